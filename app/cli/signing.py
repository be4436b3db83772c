"""The office signing certificate (``signing set|show|clear``) and ``verify-dossier``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from app.cli.base import Context, Registry, check_input, print_json

# How each kind of report line starts: ASCII, so any console encoding can print it.
MARKS = {"ok": "[OK] ", "warn": "[!!] ", "bad": "[XX] ", "info": "     "}


def _password(ctx: Context) -> str:
    import getpass

    from app.domain.errors import ValidationError
    from app.services.exports.signing_config import PASSWORD_ENV

    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ValidationError("signing.password_required", variable=PASSWORD_ENV)
    prompt = "证书密码：" if ctx.lang == "zh" else "Certificate password: "
    return getpass.getpass(prompt)


def _show_certificate(ctx: Context, info: Any) -> None:
    from app.domain.errors import render
    from app.services.exports.signing_config import grouped

    lang = ctx.lang
    lines = [
        render("signing.subject", {"subject": info.subject}, lang),
        render("signing.issuer", {"issuer": info.issuer}, lang),
        render(
            "signing.validity",
            {
                "since": info.not_before.date().isoformat(),
                "until": info.not_after.date().isoformat(),
            },
            lang,
        ),
        render("signing.fingerprint", {"sha": grouped(info.fingerprint)}, lang),
    ]
    if info.self_signed:
        lines.append(render("signing.self_signed_note", {}, lang))
    ctx.out.write("\n".join(lines) + "\n")


def cmd_signing(ctx: Context) -> int:
    from app.domain.errors import ValidationError, render
    from app.services.exports import signing_config

    a = ctx.args
    lang = ctx.lang
    if a.subcommand == "set":
        check_input(Path(a.pkcs12))
        if not Path(a.pkcs12).is_file():  # say so before asking for its password
            raise ValidationError("signing.file_missing", path=str(a.pkcs12))
        info = signing_config.configure(
            a.pkcs12, _password(ctx), store_password=not a.no_store_password
        )
        path = signing_config.config_path()
        ctx.out.write(render("signing.configured", {"path": Path(a.pkcs12).resolve()}, lang) + "\n")
        _show_certificate(ctx, info)
        if a.no_store_password:
            variable = signing_config.PASSWORD_ENV
            ctx.out.write(render("signing.password_from_env", {"variable": variable}, lang) + "\n")
        else:
            ctx.out.write(render("signing.password_from_file", {"path": path}, lang) + "\n")
        return 0
    if a.subcommand == "clear":
        code = "signing.cleared" if signing_config.clear() else "signing.nothing_to_clear"
        ctx.out.write(render(code, {}, lang) + "\n")
        return 0
    status = signing_config.status()
    if a.json:
        print_json(
            {
                "configured": status.configured,
                "usable": status.usable,
                "pkcs12": str(status.pkcs12) if status.pkcs12 else None,
                "password_from": status.password_from,
                "certificate": status.certificate,
                "problem": status.problem.render(lang) if status.problem else None,
            },
            ctx.out,
        )
        return 0 if status.usable else 1
    if status.pkcs12 is not None:
        ctx.out.write(render("signing.configured", {"path": status.pkcs12}, lang) + "\n")
    if status.certificate is not None:
        _show_certificate(ctx, status.certificate)
    if status.password_from == "env":
        variable = signing_config.PASSWORD_ENV
        ctx.out.write(render("signing.password_from_env", {"variable": variable}, lang) + "\n")
    elif status.password_from == "file":
        path = signing_config.config_path()
        ctx.out.write(render("signing.password_from_file", {"path": path}, lang) + "\n")
    folder = signing_config.trusted_folder()
    count = len(signing_config.trusted_roots())
    ctx.out.write(render("signing.trusted_folder", {"count": count, "path": folder}, lang) + "\n")
    if status.problem is not None:
        sys.stderr.write(status.problem.render(lang) + "\n")
        return 1
    return 0


def cmd_verify_dossier(ctx: Context) -> int:
    from app.services.exports.dossier_verify import describe, verify_dossier

    a = ctx.args
    check_input(a.file)
    compare = bool(getattr(a, "db", None))
    report = verify_dossier(a.file, ctx.db if compare else None, ctx.actor if compare else None)
    lines = describe(report, ctx.lang)
    if a.json:
        print_json(_report_json(report, lines), ctx.out)
    else:
        for line in lines:
            ctx.out.write(MARKS[line.level] + line.text + "\n")
    return 0 if report.ok else 1


def _report_json(report: Any, lines: list[Any]) -> dict[str, Any]:
    facts = report.facts
    c = report.comparison
    return {
        "file": str(report.path),
        "ok": report.ok,
        "damaged": report.damaged,
        "signed": report.signed,
        "signature_ok": report.signature_ok,
        "signatures": report.signatures,
        "case_number": facts.case_number if facts else None,
        "exported_at": facts.exported_at if facts else None,
        "exported_by": facts.exported_by if facts else None,
        "comparison": None
        if c is None
        else {
            "matches": c.matches,
            "audit": c.audit,
            "audit_seq": c.audit_seq,
            "events": c.events,
            "changes": c.changes,
            "files": c.files,
        },
        "messages": [{"level": line.level, "text": line.text} for line in lines],
    }


def register(r: Registry) -> None:
    p = r.command(
        "signing",
        "the office certificate that signs dossiers (kept outside the database)",
        cmd_signing,
    )
    add = r.subcommands(p)
    s = add(
        "set",
        "choose the PKCS#12 file (.p12/.pfx); password from $INSPECTDESK_SIGN_PASSWORD or a prompt",
    )
    s.add_argument("pkcs12", type=Path, help="the PKCS#12 file holding the key and certificate")
    s.add_argument(
        "--no-store-password",
        action="store_true",
        help="do not keep the password; signing then reads $INSPECTDESK_SIGN_PASSWORD",
    )
    s = add("show", "the configured certificate: subject, issuer, validity")
    s.add_argument("--json", action="store_true", help="print JSON")
    add("clear", "forget the configured certificate (the file itself is kept)")
    p = r.command(
        "verify-dossier",
        "check a dossier's signature; with --db, whether its records changed since export",
        cmd_verify_dossier,
    )
    p.add_argument("file", type=Path, help="the dossier PDF")
    p.add_argument("--json", action="store_true", help="print JSON")
