"""Keeping the records sound: audit verification, backup, restore, check, settings."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.base import (
    Context,
    Registry,
    say,
)
from app.domain.errors import render


def cmd_audit(ctx: Context) -> int:
    from app.services.safekeeping.maintenance import audit_problem
    from app.services.support.audit import verify_chain

    report = verify_chain(ctx.db)
    if not report.ok:
        problem = audit_problem(report.bad_seq, report.bad_id, report.reason, ctx.lang)
        sys.stderr.write(problem.render(ctx.lang) + "\n")
        return 1
    ctx.out.write(say("chain_ok", ctx.lang, events=report.events, head=report.head_hash) + "\n")
    return 0


def cmd_backup(ctx: Context) -> int:
    """Exit 0: written, everything sound. Exit 1: written and it restores, but attachment
    files were damaged (backed up as found) or missing (not in it), each named on stderr."""
    from app.services.safekeeping.backup import backup

    result = backup(ctx.db, ctx.args.output, actor=ctx.actor)
    ctx.out.write(
        say("backup_done", ctx.lang, path=result.path, files=result.files, size=result.size) + "\n"
    )
    if result.ok:
        return 0
    for problem in result.problems:
        sys.stderr.write(problem.render(ctx.lang) + "\n")
    summary = render("backup.with_problems", {"count": len(result.problems)}, ctx.lang)
    sys.stderr.write(summary + "\n")
    return 1


def cmd_restore(ctx: Context) -> int:
    """Exit 0: restored and sound. Exit 1: restored, with warnings (a broken audit chain,
    attachments damaged or missing in the backup). Exit 2: refused, nothing written."""
    from app.services.safekeeping.restore import restore

    result = restore(ctx.args.archive, ctx.args.output)
    ctx.out.write(say("restored", ctx.lang, path=result.path) + "\n")
    if not result.warnings:
        return 0
    for warning in result.warnings:
        sys.stderr.write(warning.render(ctx.lang) + "\n")
    values = {"path": result.path, "count": len(result.warnings)}
    sys.stderr.write(render("restore.with_warnings", values, ctx.lang) + "\n")
    return 1


def cmd_check(ctx: Context) -> int:
    from app.services.safekeeping.maintenance import check

    report = check(ctx.db, ctx.lang)
    if report.sqlite_version:
        ctx.out.write(say("sqlite_version", ctx.lang, version=report.sqlite_version) + "\n")
    if report.server_version:
        ctx.out.write(say("server_version", ctx.lang, version=report.server_version) + "\n")
    if report.ok:
        ctx.out.write(
            say("check_ok", ctx.lang, events=report.events, attachments=report.attachments) + "\n"
        )
        return 0
    for problem in report.problems:
        sys.stderr.write(problem.render(ctx.lang) + "\n")
    sys.stderr.write(say("check_failed", ctx.lang, count=len(report.problems)) + "\n")
    return 1


def cmd_settings(ctx: Context) -> int:
    from app.services.registry import settings

    if ctx.args.subcommand == "set":
        settings.set_setting(ctx.db, ctx.actor, ctx.args.key, ctx.args.value)
    for key, value in settings.all_settings(ctx.db).items():
        spec = settings.SPECS[key]
        label = spec.label_zh if ctx.lang == "zh" else spec.label_en
        ctx.out.write(f"{key} = {value}    # {label}\n")
    return 0


def register(r: Registry) -> None:
    add = r.subcommands(r.command("audit", "audit trail: verify", cmd_audit))
    add("verify", "verify the whole audit chain")
    p = r.command(
        "backup",
        "consistent copy of the database and attachments; damaged or missing attachment "
        "files are named and the exit status is 1 (the backup is written and restores)",
        cmd_backup,
    )
    p.add_argument("-o", "--output", type=Path, required=True)
    p = r.command(
        "restore",
        "check a backup and unpack it into a new database file; refused (exit 2, nothing "
        "written) unless sound; exit 1 with warnings for a broken audit chain or damaged files",
        cmd_restore,
    )
    p.add_argument("archive", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    r.command("check", "integrity check, audit verification and attachment hashes", cmd_check)
    add = r.subcommands(r.command("settings", "office settings: list, set", cmd_settings))
    add("list", "list the settings")
    p = add("set", "change a setting")
    p.add_argument("key")
    p.add_argument("value")
