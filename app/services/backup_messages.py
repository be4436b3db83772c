"""Message templates (Chinese and English) of backup and restore.

Backup: what it found while copying (problems, exit status 1).  Restore: why a zip
was refused (nothing written, exit status 2), and what was restored but is not
sound (warnings, exit status 1).
"""

from __future__ import annotations

from app.domain.errors import register_catalogue, register_value_labels
from app.services.messages import AUDIT_REASONS, SCHEMA_OBJECT_KINDS

MESSAGES: dict[str, dict[str, str]] = {
    # Backup (app.services.backup): what the backup found while copying (exit status 1)
    "backup.attachment_missing": {
        "zh": "附件文件缺失，未能备份：{name}（案件 {case_number}，SHA-256 {sha256}）",
        "en": "Attachment file missing, not in the backup: {name} (case {case_number}, "
        "SHA-256 {sha256})",
    },
    "backup.attachment_changed": {
        "zh": "附件内容已被改动，按现状备份：{name}（案件 {case_number}；"
        "应为 SHA-256 {sha256}，实际为 {actual}）",
        "en": "Attachment damaged, backed up as found: {name} (case {case_number}; "
        "expected SHA-256 {sha256}, found {actual})",
    },
    "backup.with_problems": {
        "zh": "备份已写入，可以恢复；但上述 {count} 个附件文件已损坏或缺失，恢复出的数据库同样存在这些问题"
        "（check 命令会列出）。请从更早的备份或原始来源找回这些文件。",
        "en": "The backup was written and restores, but the {count} attachment files above are "
        "damaged or missing, and will be so in the restored copy too (check lists them). "
        "Recover those files from an earlier backup or from their source.",
    },
    "backup.write_failed": {
        "zh": "无法写入备份 {path}：{reason}；未留下任何文件",
        "en": "Cannot write the backup {path}: {reason}; nothing was left behind",
    },
    # Restore (app.services.restore, app.services.backup_format): refusals, nothing written
    "restore.files_exist": {
        "zh": "附件文件夹 {path} 已存在；请为恢复的数据库指定一个新文件名",
        "en": "The attachment folder {path} already exists; name a new database file",
    },
    "restore.unreadable": {
        "zh": "无法读取备份文件 {path}：{reason}",
        "en": "Cannot read the backup {path}: {reason}",
    },
    "restore.not_a_zip": {
        "zh": "{path} 不是 zip 文件，不是 InspectDesk 备份（{reason}）",
        "en": "{path} is not a zip file, so not an InspectDesk backup ({reason})",
    },
    "restore.too_many_members": {
        "zh": "备份 {path} 含有 {count} 个文件，超过上限 {limit} 个；未恢复任何内容",
        "en": "The backup {path} holds {count} files, more than the limit of {limit}; "
        "nothing was restored",
    },
    "restore.unexpected_member": {
        "zh": "备份 {path} 中含有备份从不写入的文件 {member}（可能被人改动过）；未恢复任何内容",
        "en": "The backup {path} holds {member}, which no backup writes (it may have been "
        "tampered with); nothing was restored",
    },
    "restore.duplicate_member": {
        "zh": "备份 {path} 中文件 {member} 出现了两次，无法确定哪一个是真的；未恢复任何内容",
        "en": "The backup {path} holds {member} twice (which one is genuine?); "
        "nothing was restored",
    },
    "restore.no_manifest": {
        "zh": "{path} 中没有 manifest.json，不是 InspectDesk 备份",
        "en": "{path} has no manifest.json: it is not an InspectDesk backup",
    },
    "restore.manifest_unreadable": {
        "zh": "备份 {path} 的 manifest.json 不是有效的 UTF-8 JSON：{reason}；未恢复任何内容",
        "en": "The manifest.json of {path} is not valid UTF-8 JSON: {reason}; nothing was restored",
    },
    "restore.manifest_duplicate": {
        "zh": "备份 {path} 的 manifest.json 中“{key}”出现了两次；未恢复任何内容",
        "en": "The manifest.json of {path} gives “{key}” twice; nothing was restored",
    },
    "restore.manifest_not_object": {
        "zh": "备份 {path} 的 manifest.json 不是 JSON 对象；未恢复任何内容",
        "en": "The manifest.json of {path} is not a JSON object; nothing was restored",
    },
    "restore.not_a_backup": {
        "zh": "{path} 不是 InspectDesk 备份（manifest.json 的 format 为“{value}”，"
        "应为“inspectdesk-backup”）",
        "en": "{path} is not an InspectDesk backup (its manifest.json gives the format "
        "“{value}”, not “inspectdesk-backup”)",
    },
    "restore.manifest_field": {
        "zh": "备份 {path} 的 manifest.json 中“{field}”{problem}；未恢复任何内容",
        "en": "The manifest.json of {path}: “{field}” {problem}; nothing was restored",
    },
    "restore.manifest_entry": {
        "zh": "备份 {path} 的 manifest.json 中文件条目“{entry}”无效：{problem}；未恢复任何内容",
        "en": "The manifest.json of {path} lists the file “{entry}”, which is not valid: "
        "{problem}; nothing was restored",
    },
    "restore.member_missing": {
        "zh": "备份 {path} 中缺少 {member}；未恢复任何内容",
        "en": "The backup {path} has no {member}; nothing was restored",
    },
    "restore.member_too_large": {
        "zh": "备份 {path} 中的 {member} 解压后为 {size_mb} MB，超过上限 {limit_mb} MB；未恢复任何内容",
        "en": "{member} in the backup {path} unpacks to {size_mb} MB, more than the limit of "
        "{limit_mb} MB; nothing was restored",
    },
    "restore.member_ratio": {
        "zh": "备份 {path} 中的 {member} 解压后是压缩大小的 {ratio} 倍（上限 {limit} 倍），"
        "像是压缩炸弹；未恢复任何内容",
        "en": "{member} in the backup {path} unpacks to {ratio} times its packed size (at most "
        "{limit}): it looks like a zip bomb; nothing was restored",
    },
    "restore.too_large": {
        "zh": "备份 {path} 解压后共 {size_mb} MB，超过上限 {limit_mb} MB；未恢复任何内容",
        "en": "The backup {path} unpacks to {size_mb} MB in all, more than the limit of "
        "{limit_mb} MB; nothing was restored",
    },
    "restore.no_space": {
        "zh": "{folder} 所在磁盘剩余 {free_mb} MB，恢复备份 {path} 需要 {needed_mb} MB；未恢复任何内容",
        "en": "Restoring {path} needs {needed_mb} MB, and the disk of {folder} has {free_mb} MB "
        "free; nothing was restored",
    },
    "restore.member_damaged": {
        "zh": "备份 {path} 中的 {member} 已损坏，无法解压（{reason}）；未恢复任何内容",
        "en": "{member} in the backup {path} is damaged and cannot be unpacked ({reason}); "
        "nothing was restored",
    },
    "restore.file_changed": {
        "zh": "备份 {path} 中的 {member} 与备份记录的哈希不符（应为 SHA-256 {expected}，"
        "实际为 {actual}）：备份文件在写入后被改动或损坏；未恢复任何内容",
        "en": "{member} in the backup {path} does not match the hash the backup recorded "
        "(expected SHA-256 {expected}, found {actual}): the backup was changed or damaged "
        "after it was written; nothing was restored",
    },
    "restore.not_a_database": {
        "zh": "备份 {path} 中的 {member} 不是 SQLite 数据库；未恢复任何内容",
        "en": "{member} in the backup {path} is not a SQLite database; nothing was restored",
    },
    "restore.foreign_object": {
        "zh": "无法恢复 {path}：数据库中含有本程序从不创建的{kind}“{name}”（可能被人植入），已拒绝恢复",
        "en": "Cannot restore {path}: the database holds a {kind} “{name}” that InspectDesk "
        "never creates (it may have been planted); nothing was restored",
    },
    "restore.integrity": {
        "zh": "备份 {path} 中的数据库未通过完整性检查：{detail}；未恢复任何内容",
        "en": "The database in the backup {path} fails the integrity check: {detail}; "
        "nothing was restored",
    },
    "restore.not_inspectdesk": {
        "zh": "备份 {path} 中的 SQLite 数据库不是 InspectDesk 数据库（缺少 {table} 表或其内容）；"
        "未恢复任何内容",
        "en": "The SQLite database in the backup {path} is not an InspectDesk database "
        "(no {table} table, or nothing in it); nothing was restored",
    },
    "restore.newer_schema": {
        "zh": "备份 {path} 中的数据库架构版本 {revision} 不为本程序所知（本程序最高支持 {head}）："
        "它由更新版本的 InspectDesk 写入，或不是 InspectDesk 数据库；未恢复任何内容。请升级程序后再恢复。",
        "en": "The database in the backup {path} has the schema revision {revision}, unknown to "
        "this program (it knows up to {head}): written by a newer InspectDesk, or not by "
        "InspectDesk; nothing was restored. Upgrade the program to restore it.",
    },
    "restore.target_folder": {
        "zh": "无法创建目标文件夹 {path}：{reason}；未恢复任何内容",
        "en": "Cannot create the target folder {path}: {reason}; nothing was restored",
    },
    "restore.write_failed": {
        "zh": "无法写入 {path}：{reason}；未留下任何文件",
        "en": "Cannot write {path}: {reason}; nothing was left behind",
    },
    # Restore: restored, but not sound (warnings, exit status 1)
    "restore.audit_broken": {
        "zh": "警告：恢复出的数据库审计链在第 {seq} 号事件处断开（{reason}），事件 ID：{event_id}。"
        "有记录在本程序之外被改动（备份之前，或之后在备份文件中）；数据库按备份原样恢复，"
        "请保留该备份文件作为证据。",
        "en": "Warning: the restored database's audit chain breaks at event #{seq} ({reason}), "
        "event id {event_id}: records were changed outside the program (before the backup "
        "was made, or in the backup file since). The database was restored as the backup "
        "holds it; keep the backup file as evidence.",
    },
    "restore.audit_unreadable": {
        "zh": "警告：无法读取恢复出的数据库的审计记录（{reason}），审计链未能验证",
        "en": "Warning: the restored database's audit events cannot be read ({reason}); "
        "the audit chain was not verified",
    },
    "restore.attachment_missing": {
        "zh": "警告：备份中没有附件文件 {name}（案件 {case_number}，SHA-256 {sha256}），"
        "备份时该文件已缺失",
        "en": "Warning: the backup does not hold the attachment file {name} (case "
        "{case_number}, SHA-256 {sha256}): it was missing when the backup was made",
    },
    "restore.attachment_changed": {
        "zh": "警告：附件 {name}（案件 {case_number}）按备份原样恢复，但备份时已被改动"
        "（应为 SHA-256 {sha256}，实际为 {actual}）",
        "en": "Warning: the attachment {name} (case {case_number}) was restored as the backup "
        "holds it, already damaged when the backup was made (expected SHA-256 {sha256}, "
        "found {actual})",
    },
    "restore.with_warnings": {
        "zh": "数据库已恢复到 {path}，但有上述 {count} 项问题",
        "en": "The database was restored to {path}, with the {count} problems above",
    },
}

# How a problem of a manifest field or file entry reads in restore.manifest_field/_entry.
MANIFEST_PROBLEMS = {
    "missing": {"zh": "缺失", "en": "is missing"},
    "not_object": {"zh": "不是 JSON 对象", "en": "is not a JSON object"},
    "unsupported": {
        "zh": "不是本程序支持的备份格式版本（应为 1）",
        "en": "is not a backup format version this program reads (1)",
    },
    "not_text": {"zh": "其哈希不是文本", "en": "its hash is not text"},
    "bad_sha": {
        "zh": "其哈希不是 64 位小写十六进制的 SHA-256",
        "en": "its hash is not a SHA-256 of 64 lower-case hex digits",
    },
    "backslash": {"zh": "路径含有反斜杠", "en": "the path contains a backslash"},
    "absolute": {"zh": "是绝对路径", "en": "the path is absolute"},
    "dotdot": {"zh": "路径含有“..”", "en": "the path contains “..”"},
    "parts": {
        "zh": "路径应为两级（如 ab/ab12…）",
        "en": "the path must have two parts (ab/ab12…)",
    },
    "bad_name": {
        "zh": "不是附件存储的文件名（ab/ 加 64 位十六进制哈希）",
        "en": "not a stored file name (ab/ followed by a 64-digit hex hash)",
    },
    "not_in_zip": {"zh": "zip 中没有该文件", "en": "the zip does not hold that file"},
}


register_catalogue(MESSAGES)
register_value_labels("restore.manifest_field", ("problem",), MANIFEST_PROBLEMS)
register_value_labels("restore.manifest_entry", ("problem",), MANIFEST_PROBLEMS)
register_value_labels("restore.audit_broken", ("reason",), AUDIT_REASONS)
register_value_labels("restore.foreign_object", ("kind",), SCHEMA_OBJECT_KINDS)
