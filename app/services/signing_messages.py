"""Message templates (Chinese and English) of signed dossiers and their verification."""

from __future__ import annotations

from app.domain.errors import register_catalogue

MESSAGES: dict[str, dict[str, str]] = {
    # --- the office certificate ---------------------------------------------------------
    "signing.not_configured": {
        "zh": "尚未设置签名证书：请先用“python -m app signing set 证书.p12”（或“工具 → 签名证书…”）选择单位的 PKCS#12 证书",
        "en": "No signing certificate is configured: choose the office's PKCS#12 certificate "
        "with “python -m app signing set FILE.p12” (or Tools → Signing certificate…) first",
    },
    "signing.file_missing": {
        "zh": "找不到签名证书文件 {path}",
        "en": "The signing certificate file {path} does not exist",
    },
    "signing.file_unreadable": {
        "zh": "无法读取签名证书文件 {path}：{reason}",
        "en": "Cannot read the signing certificate file {path}: {reason}",
    },
    "signing.bad_password": {
        "zh": "密码无法打开签名证书 {path}",
        "en": "The password does not open the signing certificate {path}",
    },
    "signing.not_pkcs12": {
        "zh": "{path} 不是 PKCS#12 证书文件（.p12 / .pfx）",
        "en": "{path} is not a PKCS#12 certificate file (.p12 / .pfx)",
    },
    "signing.no_key": {
        "zh": "证书文件 {path} 中没有私钥和证书，不能用于签名",
        "en": "The certificate file {path} holds no private key and certificate to sign with",
    },
    "signing.expired": {
        "zh": "签名证书“{subject}”已于 {until} 过期，不能再用于签名",
        "en": "The signing certificate “{subject}” expired on {until} and can no longer sign",
    },
    "signing.not_yet_valid": {
        "zh": "签名证书“{subject}”自 {since} 起才生效",
        "en": "The signing certificate “{subject}” is valid only from {since}",
    },
    "signing.password_required": {
        "zh": "签名证书的密码未保存：请在环境变量 {variable} 中提供",
        "en": "The signing certificate's password is not stored: give it in the variable {variable}",
    },
    "signing.config_unreadable": {
        "zh": "签名设置文件 {path} 无法读取：{reason}",
        "en": "The signing settings file {path} cannot be read: {reason}",
    },
    "signing.failed": {
        "zh": "签名失败：{reason}（原有文件未改动）",
        "en": "Signing failed: {reason} (any existing file was left unchanged)",
    },
    "signing.bad_root": {
        "zh": "受信任证书文件夹中的 {path} 不是可读取的证书（PEM 或 DER）",
        "en": "{path} in the trusted certificates folder is not a readable certificate (PEM or DER)",
    },
    "signing.trusted_folder": {
        "zh": "另行信任的证书机构：{count} 个，放在 {path}",
        "en": "Certificate authorities trusted besides the public ones: {count}, in {path}",
    },
    "signing.configured": {
        "zh": "签名证书：{path}",
        "en": "Signing certificate: {path}",
    },
    "signing.subject": {"zh": "持有人：{subject}", "en": "Subject: {subject}"},
    "signing.issuer": {"zh": "签发者：{issuer}", "en": "Issuer: {issuer}"},
    "signing.validity": {
        "zh": "有效期：{since} 至 {until}",
        "en": "Valid: {since} to {until}",
    },
    "signing.fingerprint": {"zh": "SHA-256 指纹：{sha}", "en": "SHA-256 fingerprint: {sha}"},
    "signing.self_signed_note": {
        "zh": "这是自签名证书：核验时会显示签名完整，但不是由受信任的证书机构签发",
        "en": "This is a self-signed certificate: verification will show the signature intact "
        "but not from a trusted authority",
    },
    "signing.password_from_env": {
        "zh": "密码：取自环境变量 {variable}",
        "en": "Password: from the variable {variable}",
    },
    "signing.password_from_file": {
        "zh": "密码：保存在 {path}（仅本用户可读）",
        "en": "Password: stored in {path} (readable by this user only)",
    },
    "signing.cleared": {
        "zh": "已清除签名证书设置（证书文件本身未删除）",
        "en": "The signing certificate setting was removed (the certificate file itself was kept)",
    },
    "signing.nothing_to_clear": {
        "zh": "没有设置签名证书",
        "en": "No signing certificate was configured",
    },
    "signing.signed": {
        "zh": "已用“{signer}”的证书签名",
        "en": "Signed with the certificate of “{signer}”",
    },
    # --- verifying a dossier -------------------------------------------------------------
    "verify.file_missing": {"zh": "找不到文件 {path}", "en": "The file {path} does not exist"},
    "verify.not_pdf": {"zh": "{path} 不是 PDF 文件", "en": "{path} is not a PDF file"},
    "verify.unreadable": {
        "zh": "无法读取 {path}：{reason}",
        "en": "Cannot read {path}: {reason}",
    },
    "verify.no_facts": {
        "zh": "{path} 中没有 InspectDesk 导出信息：它不是 InspectDesk 导出的卷宗，或由较早的版本导出，无法核验",
        "en": "{path} holds no InspectDesk export facts: it is not a dossier exported by "
        "InspectDesk, or an earlier version exported it; it cannot be verified",
    },
    "verify.bad_facts": {
        "zh": "卷宗中的导出信息无法读取：{reason}",
        "en": "The export facts in the dossier cannot be read: {reason}",
    },
    "verify.other_case": {
        "zh": "本数据库中的案件 {case_number} 与卷宗中的不是同一案件：该卷宗来自另一个数据库",
        "en": "Case {case_number} in this database is not the case of the dossier: "
        "the dossier comes from another database",
    },
    "verify.damaged": {
        "zh": "文件已损坏或被改动，无法作为 PDF 读取（{reason}）：核验不通过",
        "en": "The file is damaged or was altered and cannot be read as a PDF ({reason}): "
        "verification fails",
    },
    "verify.not_signed": {
        "zh": "该卷宗未签名：无法证明它在导出后未被改动",
        "en": "This dossier is not signed: nothing shows it is unchanged since the export",
    },
    "verify.sig_intact": {
        "zh": "签名有效：自 {when} 由 {signer} 签名以来，文件未被改动",
        "en": "Signature valid: the file is unchanged since {signer} signed it at {when}",
    },
    "verify.sig_broken": {
        "zh": "签名无效：{signer} 签名后文件内容被改动过",
        "en": "Signature INVALID: the file was changed after {signer} signed it",
    },
    "verify.sig_partial": {
        "zh": "签名无效：{signer} 签名后文件末尾被追加了内容",
        "en": "Signature INVALID: content was added to the file after {signer} signed it",
    },
    "verify.sig_error": {
        "zh": "签名无法核验：{reason}",
        "en": "The signature cannot be checked: {reason}",
    },
    "verify.trusted": {
        "zh": "签名证书由受信任的证书机构签发（{issuer}）",
        "en": "The certificate was issued by a trusted certificate authority ({issuer})",
    },
    "verify.self_signed": {
        "zh": "签名证书为自签名证书，不是由受信任的证书机构签发：签名完整，但签署人身份需另行确认（如核对证书指纹）",
        "en": "The certificate is self-signed, not from a trusted authority: the signature is "
        "intact, but who signed must be confirmed another way (e.g. by its fingerprint)",
    },
    "verify.untrusted": {
        "zh": "签名证书的签发者（{issuer}）不在受信任的证书机构之列：签名完整，但签署人身份需另行确认",
        "en": "The certificate's issuer ({issuer}) is not a trusted certificate authority: "
        "the signature is intact, but who signed must be confirmed another way",
    },
    "verify.certificate": {
        "zh": "证书：{subject}；SHA-256 指纹 {sha}",
        "en": "Certificate: {subject}; SHA-256 fingerprint {sha}",
    },
    "verify.exported": {
        "zh": "案件 {case_number}，{when} 由 {user} 导出；含 {records} 条记录摘要、{files} 个附件哈希",
        "en": "Case {case_number}, exported at {when} by {user}; "
        "record digests: {records}, attachment hashes: {files}",
    },
    "verify.no_db": {
        "zh": "未与数据库比对（用 --db 指定数据库即可比对）",
        "en": "Not compared with a database (give one with --db to compare)",
    },
    "verify.audit_ok": {
        "zh": "导出时的审计链尾（事件 #{seq}）仍在审计链中，未被改写",
        "en": "The audit head at export (event #{seq}) is still in the audit chain, unchanged",
    },
    "verify.audit_none": {
        "zh": "导出时审计链为空",
        "en": "The audit chain was empty at export",
    },
    "verify.audit_missing": {
        "zh": "导出时的审计链尾（事件 #{seq}）已不在数据库中：审计链被截断或替换",
        "en": "The audit head at export (event #{seq}) is no longer in the database: "
        "the audit chain was cut or replaced",
    },
    "verify.audit_rewritten": {
        "zh": "导出时的审计链尾（事件 #{seq}）已被改写",
        "en": "The audit head at export (event #{seq}) was rewritten",
    },
    "verify.audit_broken": {
        "zh": "导出（事件 #{seq}）之后的审计事件不再构成完整的链",
        "en": "The audit events after the export (event #{seq}) no longer form an unbroken chain",
    },
    "verify.events_since": {
        "zh": "导出后有 {n} 个审计事件涉及本案件：",
        "en": "Audit events since the export that touch this case: {n}",
    },
    "verify.event": {
        "zh": "  #{seq} {when} {user}：{action} {record}",
        "en": "  #{seq} {when} {user}: {action} {record}",
    },
    "verify.records_match": {
        "zh": "{n} 条记录与数据库一致",
        "en": "Records matching the database: {n}",
    },
    "verify.record_changed": {
        "zh": "{record} 自导出后已被修改（{fields}）",
        "en": "{record} changed since the export ({fields})",
    },
    "verify.record_deleted": {
        "zh": "{record} 自导出后已从数据库中消失",
        "en": "{record} is no longer in the database",
    },
    "verify.record_added": {
        "zh": "{record} 是导出后新增的记录",
        "en": "{record} was added after the export",
    },
    "verify.files_match": {
        "zh": "{n} 个附件文件与卷宗中的哈希一致",
        "en": "Attachment files matching their hash in the dossier: {n}",
    },
    "verify.file_deleted": {
        "zh": "附件“{name}”的记录已不在数据库中",
        "en": "The record of attachment “{name}” is no longer in the database",
    },
    "verify.file_hash_changed": {
        "zh": "附件“{name}”在数据库中记录的哈希已改变（卷宗 {expected}，现为 {actual}）",
        "en": "The hash recorded for attachment “{name}” changed (dossier {expected}, now {actual})",
    },
    "verify.file_file_missing": {
        "zh": "附件“{name}”的存储文件缺失",
        "en": "The stored file of attachment “{name}” is missing",
    },
    "verify.file_file_altered": {
        "zh": "附件“{name}”的存储文件已被改动（卷宗 {expected}，现为 {actual}）",
        "en": "The stored file of attachment “{name}” was altered (dossier {expected}, now {actual})",
    },
    "verify.ok": {
        "zh": "核验通过",
        "en": "Verification passed",
    },
    "verify.failed": {
        "zh": "核验不通过",
        "en": "Verification FAILED",
    },
}

register_catalogue(MESSAGES)
