"""The command line: the same use cases as the GUI, for scripts and for officials at a terminal.

Exit status: 0 success, 1 a check found a problem, 2 bad input or usage.
Messages go to stderr in the language of ``--lang`` (default: the system's).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import locale
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from app.domain.errors import InspectDeskError

# Texts the command line itself prints (the services' messages live in their catalogues).
TEXTS: dict[str, dict[str, str]] = {
    "schema": {
        "zh": "数据库：{db}\n架构版本：{revision}",
        "en": "Database: {db}\nSchema revision: {revision}",
    },
    "migrated": {
        "zh": "已从 {before} 升级，原文件备份为 {backup}",
        "en": "Upgraded from {before}; the previous file was copied to {backup}",
    },
    "demo_loaded": {
        "zh": "已载入演示数据：{companies} 家企业，{cases} 个案件，{findings} 个问题（{overdue} 个已逾期），{inspections} 次现场检查，{attachments} 个附件",
        "en": "Demo data loaded: {companies} companies, {cases} cases, {findings} findings ({overdue} overdue), {inspections} inspections, {attachments} attachments",
    },
    "imported": {"zh": "已导入 {count} 家企业", "en": "Imported {count} companies"},
    "none": {"zh": "（无）", "en": "(none)"},
    "provisional": {
        "zh": "provisional（暂定：{years} 年尚无官方节假日安排，仅按周末计算）",
        "en": "provisional (no official holiday calendar for {years}: weekends only)",
    },
    "chain_ok": {
        "zh": "审计链完整：{events} 个事件，链尾哈希 {head}",
        "en": "Audit chain intact: {events} events, head {head}",
    },
    "check_ok": {
        "zh": "检查通过：数据库完整，{events} 个审计事件，{attachments} 个附件哈希一致",
        "en": "Check passed: database intact, {events} audit events, {attachments} attachment hashes match",
    },
    "check_failed": {"zh": "检查发现 {count} 个问题", "en": "Check found {count} problems"},
    "sqlite_version": {"zh": "SQLite 版本：{version}", "en": "SQLite version: {version}"},
    "backup_done": {
        "zh": "备份已写入 {path}（{files} 个附件，{size} 字节）",
        "en": "Backup written to {path} ({files} attachment files, {size} bytes)",
    },
    "restored": {"zh": "已恢复到 {path}", "en": "Restored to {path}"},
    "case_opened": {"zh": "已立案：{case_number}", "en": "Case opened: {case_number}"},
    "user_added": {"zh": "已添加用户 {login}（{role}）", "en": "User {login} added ({role})"},
    "user_changed": {"zh": "已更新用户 {login}", "en": "User {login} updated"},
    "password_prompt": {"zh": "{login} 的密码：", "en": "Password for {login}: "},
    "new_password_prompt": {"zh": "{login} 的新密码：", "en": "New password for {login}: "},
    "repeat_prompt": {"zh": "再次输入新密码：", "en": "Repeat the new password: "},
    "all_provinces": {"zh": "全部省份", "en": "all provinces"},
    "disabled": {"zh": "已停用", "en": "disabled"},
    "unexpected": {
        "zh": "意外错误：{error}（详情见日志 {log}）",
        "en": "Unexpected error: {error} (details in the log {log})",
    },
}


def say(key: str, lang: str, **values: Any) -> str:
    return TEXTS[key].get(lang, TEXTS[key]["en"]).format(**values)


def default_lang() -> str:
    for var in ("INSPECTDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh" if code.lower().startswith("zh") else "en"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    def global_options(suppress: bool) -> _Parser:
        # Sub-commands accept the global options too; SUPPRESS keeps a value given
        # before the sub-command from being reset to None after it.
        extra: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
        p = _Parser(add_help=False)
        p.add_argument(
            "--db",
            help="database file or URL (default: $INSPECTDESK_DB, then the file in the user data folder)",
            **extra,
        )
        p.add_argument("--lang", choices=("zh", "en"), help="language of messages", **extra)
        p.add_argument(
            "--user",
            help="your login (needed once user accounts exist; password from "
            "$INSPECTDESK_PASSWORD or a prompt)",
            **extra,
        )
        return p

    common = global_options(suppress=True)
    parser = _Parser(
        prog="python -m app",
        description="InspectDesk: security-assessment case management",
        parents=[global_options(suppress=False)],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, **kw: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, parents=[common], **kw)
        return p

    def with_json(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON (an array of objects)")

    command("init", "create or upgrade the database and print the schema revision")
    p = command("demo", "load the demo data set (only into an empty database)")
    p.add_argument("--as-of", help="the day the demo is loaded as (default today)")
    p.add_argument(
        "--with-users",
        action="store_true",
        help="also create the demo user accounts (password demo-pass-2021) if none exist",
    )

    companies = command("companies", "companies: import, list")
    csub = companies.add_subparsers(
        dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    p = csub.add_parser(
        "import", help="import companies from CSV or XLSX (all or nothing)", parents=[common]
    )
    p.add_argument("file", type=Path)
    p = csub.add_parser("list", help="list companies", parents=[common])
    p.add_argument("--province")
    with_json(p)

    cases = command("cases", "cases: list")
    ssub = cases.add_subparsers(
        dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    p = ssub.add_parser("list", help="list cases", parents=[common])
    p.add_argument("--province")
    p.add_argument("--status")
    p.add_argument(
        "--overdue", action="store_true", help="only cases with overdue findings or reports"
    )
    p.add_argument("--as-of")
    with_json(p)

    case = command("case", "one case: show, open, status")
    osub = case.add_subparsers(
        dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    p = osub.add_parser("show", help="show a case", parents=[common])
    p.add_argument("case_number")
    p.add_argument("--as-of")
    with_json(p)
    p = osub.add_parser("open", help="open a case for a company", parents=[common])
    p.add_argument("company", help="credit code or name")
    p.add_argument("--province")
    p.add_argument("--opened-on")
    p = osub.add_parser("status", help="move a case to another status", parents=[common])
    p.add_argument("case_number")
    p.add_argument("target")
    p.add_argument("--note", default="")
    p.add_argument("--outcome")

    p = command("overdue", "overdue findings, most overdue first")
    p.add_argument("--as-of")
    p.add_argument("--province")
    with_json(p)

    p = command("deadline", "compute a deadline in calendar or working days")
    p.add_argument("start_date")
    p.add_argument("n")
    unit = p.add_mutually_exclusive_group(required=True)
    unit.add_argument("--working", action="store_true")
    unit.add_argument("--calendar", action="store_true")

    audit = command("audit", "audit trail: verify")
    asub = audit.add_subparsers(
        dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    asub.add_parser("verify", help="verify the whole audit chain", parents=[common])

    p = command("backup", "consistent copy of the database and attachments")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = command("restore", "unpack a backup into a new database file")
    p.add_argument("archive", type=Path)
    p.add_argument("-o", "--output", type=Path, required=True)
    command("check", "integrity check, audit verification and attachment hashes")
    settings = command("settings", "office settings: list, set")
    tsub = settings.add_subparsers(
        dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    tsub.add_parser("list", help="list the settings", parents=[common])
    p = tsub.add_parser("set", help="change a setting", parents=[common])
    p.add_argument("key")
    p.add_argument("value")
    command("gui", "start the desktop application")
    user = command("user", "user accounts (administrators): add, list, disable, role, scope")
    usub = user.add_subparsers(
        dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=_Parser
    )
    p = usub.add_parser(
        "add",
        help="add a user (password from $INSPECTDESK_NEW_PASSWORD or a prompt)",
        parents=[common],
    )
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=("viewer", "inspector", "supervisor", "admin"))
    p.add_argument("--name", help="display name (default: the login)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--provinces", help="province codes or names, comma-separated")
    scope.add_argument("--all", action="store_true", help="every province")
    p = usub.add_parser("list", help="list the users", parents=[common])
    with_json(p)
    p = usub.add_parser(
        "disable", help="disable a user (users are never deleted)", parents=[common]
    )
    p.add_argument("login")
    p = usub.add_parser("enable", help="enable a disabled or locked user again", parents=[common])
    p.add_argument("login")
    p = usub.add_parser("role", help="change a user's role", parents=[common])
    p.add_argument("login")
    p.add_argument("role", choices=("viewer", "inspector", "supervisor", "admin"))
    p = usub.add_parser("scope", help="change a user's provinces", parents=[common])
    p.add_argument("login")
    p.add_argument("provinces", nargs="?", help="province codes or names, comma-separated")
    p.add_argument("--all", action="store_true", help="every province")
    p = usub.add_parser(
        "reset-password",
        help="set a new password (from $INSPECTDESK_NEW_PASSWORD or a prompt)",
        parents=[common],
    )
    p.add_argument("login")
    p = command("export-dossier", "export the dossier of a case as PDF (language: --lang)")
    p.add_argument("case_number")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--office", help="the office named as author (default InspectDesk)")
    p.add_argument("--marking", help="classification marking (default 内部 / Internal)")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    p.add_argument(
        "--with-files", type=Path, help="also write a zip of the PDF and every original attachment"
    )
    p = command("export-province", "one province's cases, overdue findings and deadlines as PDF")
    p.add_argument("province", help="province code or name")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    p.add_argument("--office", help="the office named as author (default InspectDesk)")
    p.add_argument("--marking", help="classification marking (default 内部 / Internal)")
    p = command("export-overdue", "overdue findings of every province in scope as PDF or XLSX")
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    p.add_argument("--province")
    p.add_argument("--office", help="the office named as author (PDF; default InspectDesk)")
    p.add_argument("--marking", help="classification marking (PDF; default 内部 / Internal)")
    p = command("export-cases", "cases, findings and extensions as an Excel workbook")
    p.add_argument("-o", "--output", type=Path, required=True, help="the XLSX file to write")
    p.add_argument("--province")
    p.add_argument("--status")
    p.add_argument(
        "--overdue", action="store_true", help="only cases with overdue findings or reports"
    )
    p.add_argument("--text", help="case number, company name or credit code contains")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    return parser


# --- output helpers -------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(_jsonable(data), ensure_ascii=False, indent=2) + "\n")


def _print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO, lang: str
) -> None:
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(values)).rstrip()

    out.write(line(headers) + "\n")
    for row in cells:
        out.write(line(row) + "\n")
    if not cells:
        out.write(say("none", lang) + "\n")


# --- commands -------------------------------------------------------------------------------


class Context:
    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        from app.services.context import local_actor

        self.args = args
        self.lang: str = args.lang or default_lang()
        self.out = out
        self.actor = local_actor(args.user)
        self._db: Any = None
        self.provinces: dict[str, Any] | None = None

    @property
    def db(self) -> Any:
        if self._db is None:
            from app.db.migrate import open_database

            self._db = open_database(self.args.db)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def _as_of(value: str | None) -> date | None:
    from app.domain.workdays import parse_date

    return parse_date(value, "--as-of") if value else None


def cmd_init(ctx: Context) -> int:
    from app.db.engine import Database, resolve_url
    from app.db.migrate import upgrade

    db = Database(resolve_url(ctx.args.db))
    ctx._db = db
    result = upgrade(db)
    ctx.out.write(say("schema", ctx.lang, db=db.display_name(), revision=result.after) + "\n")
    if result.backup:
        ctx.out.write(say("migrated", ctx.lang, before=result.before, backup=result.backup) + "\n")
    return 0


def cmd_demo(ctx: Context) -> int:
    from app.services.demo import load_demo

    summary = load_demo(
        ctx.db, ctx.actor, today=_as_of(ctx.args.as_of), with_users=ctx.args.with_users
    )
    ctx.out.write(
        say(
            "demo_loaded",
            ctx.lang,
            companies=summary.companies,
            cases=len(summary.cases),
            findings=summary.findings,
            overdue=summary.overdue,
            inspections=summary.inspections,
            attachments=summary.attachments,
        )
        + "\n"
    )
    return 0


def cmd_companies(ctx: Context) -> int:
    from app.services import companies

    if ctx.args.subcommand == "import":
        count = companies.import_companies(ctx.db, ctx.actor, ctx.args.file)
        ctx.out.write(say("imported", ctx.lang, count=count) + "\n")
        return 0
    rows = companies.list_companies(ctx.db, ctx.actor, province=ctx.args.province)
    if ctx.args.json:
        _print_json(
            [
                {
                    "credit_code": r.credit_code,
                    "name_zh": r.name_zh,
                    "name_en": r.name_en,
                    "short_name": r.short_name,
                    "province_code": r.province_code,
                    "province": r.province_name_zh if ctx.lang == "zh" else r.province_name_en,
                    "is_demo": r.is_demo,
                    "cases": r.case_count,
                }
                for r in rows
            ],
            ctx.out,
        )
        return 0
    zh = ctx.lang == "zh"
    headers = (
        ["统一社会信用代码", "企业名称", "省份", "案件数"]
        if zh
        else ["Credit code", "Name", "Province", "Cases"]
    )
    demo = "（演示）" if zh else " (demo)"
    _print_table(
        headers,
        [
            (
                r.credit_code,
                (r.name_zh if zh else (r.name_en or r.name_zh)) + (demo if r.is_demo else ""),
                r.province_name_zh if zh else r.province_name_en,
                r.case_count,
            )
            for r in rows
        ],
        ctx.out,
        ctx.lang,
    )
    return 0


def _status_label(status: str, lang: str) -> str:
    from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus

    return STATUS_LABELS[CaseStatus(status)][lang]


def cmd_cases(ctx: Context) -> int:
    from app.services import cases

    rows = cases.list_cases(
        ctx.db,
        ctx.actor,
        province=ctx.args.province,
        status=ctx.args.status,
        overdue_only=ctx.args.overdue,
        as_of=_as_of(ctx.args.as_of),
    )
    if ctx.args.json:
        _print_json(
            [
                {
                    "case_number": r.case_number,
                    "company": r.company,
                    "company_en": r.company_en,
                    "province_code": r.province_code,
                    "status": r.status,
                    "opened_on": r.opened_on,
                    "open_findings": r.open_findings,
                    "overdue_findings": r.overdue_findings,
                    "overdue_reports": r.overdue_reports,
                    "next_deadline": r.next_deadline,
                    "last_activity": r.last_activity,
                }
                for r in rows
            ],
            ctx.out,
        )
        return 0
    zh = ctx.lang == "zh"
    headers = (
        ["案件编号", "企业", "省份", "状态", "未整改", "逾期", "最近期限"]
        if zh
        else ["Case", "Company", "Province", "Status", "Open", "Overdue", "Next deadline"]
    )
    mark = "（逾期）" if zh else " (overdue)"
    _print_table(
        headers,
        [
            (
                r.case_number,
                r.company if zh else (r.company_en or r.company),
                _province_name(ctx, r.province_code),
                _status_label(r.status, ctx.lang),
                r.open_findings,
                f"{r.overdue_findings + r.overdue_reports}"
                + (mark if r.overdue_findings + r.overdue_reports else ""),
                r.next_deadline or "—",
            )
            for r in rows
        ],
        ctx.out,
        ctx.lang,
    )
    return 0


def _province_name(ctx: Context, code: str) -> str:
    from app.services.reference import provinces

    if ctx.provinces is None:
        ctx.provinces = provinces(ctx.db)
    ref = ctx.provinces.get(code)
    return ref.name(ctx.lang) if ref else code


def cmd_case(ctx: Context) -> int:
    from app.services import cases

    if ctx.args.subcommand == "open":
        number = cases.open_case(
            ctx.db,
            ctx.actor,
            ctx.args.company,
            province=ctx.args.province,
            opened_on=_as_of(ctx.args.opened_on),
        )
        ctx.out.write(say("case_opened", ctx.lang, case_number=number) + "\n")
        return 0
    if ctx.args.subcommand == "status":
        cases.change_status(
            ctx.db,
            ctx.actor,
            ctx.args.case_number,
            ctx.args.target,
            note=ctx.args.note,
            outcome=ctx.args.outcome,
        )
        return 0
    detail = cases.show_case(ctx.db, ctx.actor, ctx.args.case_number, as_of=_as_of(ctx.args.as_of))
    if ctx.args.json:
        _print_json(detail, ctx.out)
        return 0
    _print_case(detail, ctx.out, ctx.lang)
    return 0


def _print_case(d: Any, out: TextIO, lang: str) -> None:
    from app.domain.finding_lifecycle import (
        FINDING_STATUS_LABELS,
        SEVERITY_LABELS,
        FindingStatus,
        Severity,
    )

    zh = lang == "zh"
    company = d.company
    out.write(
        f"{d.case_number}  {company['name_zh']}"
        + (f" / {company['name_en']}" if company["name_en"] else "")
        + "\n"
    )
    out.write(("省份：" if zh else "Province: ") + (d.province_zh if zh else d.province_en) + "\n")
    out.write(("状态：" if zh else "Status: ") + _status_label(d.status, lang) + "\n")
    out.write(
        ("统一社会信用代码：" if zh else "Credit code: ") + str(company["credit_code"]) + "\n"
    )
    out.write(("立案日期：" if zh else "Opened: ") + d.opened_on.isoformat() + "\n\n")
    out.write(("大事记" if zh else "Chronology") + "\n")
    for e in d.chronology:
        out.write(f"  {e.on}  {e.text_zh if zh else e.text_en}\n")
    out.write("\n" + ("整改问题" if zh else "Findings") + "\n")
    overdue_word = "逾期 {n} 天" if zh else "overdue {n} days"
    _print_table(
        [
            "#",
            "评估项" if zh else "Item",
            "严重程度" if zh else "Severity",
            "状态" if zh else "Status",
            "期限" if zh else "Deadline",
            "",
        ],
        [
            (
                f.number,
                f.item_code,
                SEVERITY_LABELS[Severity(f.severity)][lang],
                FINDING_STATUS_LABELS[FindingStatus(f.status)][lang],
                f.current_deadline,
                overdue_word.format(n=f.days_overdue) if f.overdue else "",
            )
            for f in d.findings
        ],
        out,
        lang,
    )
    awaited = [r for r in d.reports if r.received_on is None]
    if awaited:
        out.write("\n" + ("待报送报告" if zh else "Reports awaited") + "\n")
        for r in awaited:
            flag = (" 逾期" if zh else " OVERDUE") if r.overdue else ""
            out.write(f"  {r.trigger_code}  {'截止' if zh else 'due'} {r.due_date}{flag}\n")


def cmd_overdue(ctx: Context) -> int:
    from app.services import cases

    rows = cases.overdue(
        ctx.db, ctx.actor, as_of=_as_of(ctx.args.as_of), province=ctx.args.province
    )
    if ctx.args.json:
        _print_json(
            [
                {
                    "case_number": r.case_number,
                    "finding_id": r.finding_id,
                    "finding_number": r.finding_number,
                    "company": r.company,
                    "province_code": r.province_code,
                    "item_code": r.item_code,
                    "severity": r.severity,
                    "status": r.status,
                    "description": r.description,
                    "current_deadline": r.current_deadline,
                    "days_overdue": r.days_overdue,
                }
                for r in rows
            ],
            ctx.out,
        )
        return 0
    zh = ctx.lang == "zh"
    headers = (
        ["案件编号", "问题", "企业", "评估项", "期限", "逾期天数"]
        if zh
        else ["Case", "Finding", "Company", "Item", "Deadline", "Days overdue"]
    )
    _print_table(
        headers,
        [
            (
                r.case_number,
                f"#{r.finding_number}",
                r.company,
                r.item_code,
                r.current_deadline,
                r.days_overdue,
            )
            for r in rows
        ],
        ctx.out,
        ctx.lang,
    )
    return 0


def cmd_deadline(ctx: Context) -> int:
    from app.domain.errors import ValidationError
    from app.domain.workdays import PeriodUnit, parse_date
    from app.services.calendar import deadline

    start = parse_date(ctx.args.start_date, "START_DATE")
    try:
        n = int(ctx.args.n)
    except ValueError as exc:
        raise ValidationError("field.invalid_number", field="N", value=ctx.args.n) from exc
    unit = PeriodUnit.WORKING if ctx.args.working else PeriodUnit.CALENDAR
    # The database holds the days users entered for years the official calendar lacks.
    result = deadline(ctx.db, start, n, unit)
    ctx.out.write(result.due.isoformat())
    if result.provisional:
        years = ", ".join(str(y) for y in result.uncovered_years)
        ctx.out.write("  " + say("provisional", ctx.lang, years=years))
    ctx.out.write("\n")
    return 0


def cmd_audit(ctx: Context) -> int:
    from app.services.audit import verify_chain
    from app.services.maintenance import audit_problem

    report = verify_chain(ctx.db)
    if not report.ok:
        problem = audit_problem(report.bad_seq, report.bad_id, report.reason, ctx.lang)
        sys.stderr.write(problem.render(ctx.lang) + "\n")
        return 1
    ctx.out.write(say("chain_ok", ctx.lang, events=report.events, head=report.head_hash) + "\n")
    return 0


def cmd_backup(ctx: Context) -> int:
    from app.services.maintenance import backup

    result = backup(ctx.db, ctx.args.output)
    ctx.out.write(
        say("backup_done", ctx.lang, path=result.path, files=result.files, size=result.size) + "\n"
    )
    return 0


def cmd_restore(ctx: Context) -> int:
    from app.services.maintenance import restore

    path = restore(ctx.args.archive, ctx.args.output)
    ctx.out.write(say("restored", ctx.lang, path=path) + "\n")
    return 0


def cmd_check(ctx: Context) -> int:
    from app.services.maintenance import check

    report = check(ctx.db, ctx.lang)
    if report.sqlite_version:
        ctx.out.write(say("sqlite_version", ctx.lang, version=report.sqlite_version) + "\n")
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
    from app.services import settings

    if ctx.args.subcommand == "set":
        settings.set_setting(ctx.db, ctx.actor, ctx.args.key, ctx.args.value)
    for key, value in settings.all_settings(ctx.db).items():
        spec = settings.SPECS[key]
        label = spec.label_zh if ctx.lang == "zh" else spec.label_en
        ctx.out.write(f"{key} = {value}    # {label}\n")
    return 0


def cmd_export_dossier(ctx: Context) -> int:
    import app.dossier.messages  # noqa: F401  (registers the dossier's catalogue)
    from app.domain.errors import render
    from app.services.dossier_export import export_dossier

    result = export_dossier(
        ctx.db,
        ctx.actor,
        ctx.args.case_number,
        ctx.args.output,
        lang=ctx.lang,
        office=ctx.args.office,
        marking=ctx.args.marking,
        as_of=_as_of(ctx.args.as_of),
        with_files=ctx.args.with_files,
    )
    values = {"path": result.path, "pages": result.pages}
    ctx.out.write(render("dossier.exported", values, ctx.lang) + "\n")
    if result.bundle:
        ctx.out.write(render("dossier.bundled", {"path": result.bundle}, ctx.lang) + "\n")
    for warning in result.warnings:
        sys.stderr.write(warning.render(ctx.lang) + "\n")
    return 0


def _exported(ctx: Context, result: Any) -> int:
    from app.domain.errors import render

    values = {"path": result.path, "rows": result.rows, "pages": result.pages}
    ctx.out.write(render(f"report.exported_{result.format}", values, ctx.lang) + "\n")
    for warning in result.warnings:
        sys.stderr.write(warning.render(ctx.lang) + "\n")
    return 0


def cmd_export_province(ctx: Context) -> int:
    from app.services.report_exports import export_province_report

    a = ctx.args
    result = export_province_report(
        ctx.db,
        ctx.actor,
        a.province,
        a.output,
        lang=ctx.lang,
        office=a.office,
        marking=a.marking,
        as_of=_as_of(a.as_of),
    )
    return _exported(ctx, result)


def cmd_export_overdue(ctx: Context) -> int:
    from app.services.report_exports import export_overdue

    a = ctx.args
    result = export_overdue(
        ctx.db,
        ctx.actor,
        a.output,
        as_of=_as_of(a.as_of),
        province=a.province,
        lang=ctx.lang,
        office=a.office,
        marking=a.marking,
    )
    return _exported(ctx, result)


def cmd_export_cases(ctx: Context) -> int:
    from app.services.report_exports import export_cases

    a = ctx.args
    result = export_cases(
        ctx.db,
        ctx.actor,
        a.output,
        province=a.province,
        status=a.status,
        text=a.text,
        overdue_only=a.overdue,
        as_of=_as_of(a.as_of),
        lang=ctx.lang,
    )
    return _exported(ctx, result)


# --- authentication and user accounts -----------------------------------------------------

# Commands that run without logging in: ``init`` (creates or upgrades the file),
# ``deadline`` (reads only the public calendar), ``restore`` (unpacks an archive into a
# new file, never opening the database in use) and ``gui`` (asks in its login dialog).
NO_LOGIN = frozenset({"init", "deadline", "restore", "gui"})
PASSWORD_VAR = "INSPECTDESK_PASSWORD"
NEW_PASSWORD_VAR = "INSPECTDESK_NEW_PASSWORD"


def _read_password(variable: str, prompt: str, *, confirm: str | None = None) -> str:
    """The password in ``variable``, else asked at the terminal; never asked when not a tty."""
    import getpass

    from app.domain.errors import ValidationError

    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ValidationError("auth.password_required", variable=variable)
    password = getpass.getpass(prompt)
    if confirm is not None and getpass.getpass(confirm) != password:
        raise ValidationError("auth.password_mismatch")
    return password


def authenticate(ctx: Context) -> None:
    """Once any user exists, replace the local actor by the authenticated user."""
    from app.domain.errors import ValidationError
    from app.services.users import authenticate as check
    from app.services.users import users_exist

    if ctx.args.command in NO_LOGIN or not users_exist(ctx.db):
        return  # a workstation without accounts: the local actor, as always
    login = getattr(ctx.args, "user", None)
    if not login:
        raise ValidationError("auth.login_required")
    password = _read_password(PASSWORD_VAR, say("password_prompt", ctx.lang, login=login))
    ctx.actor = check(ctx.db, login, password)


def _scope_arg(value: str | None, all_provinces: bool) -> frozenset[str] | None:
    if all_provinces:
        return None
    return frozenset(v.strip() for v in (value or "").split(",") if v.strip())


def _new_password(ctx: Context, login: str) -> str:
    return _read_password(
        NEW_PASSWORD_VAR,
        say("new_password_prompt", ctx.lang, login=login),
        confirm=say("repeat_prompt", ctx.lang),
    )


def cmd_user(ctx: Context) -> int:
    from app.services import users

    a = ctx.args
    if a.subcommand == "list":
        rows = users.list_users(ctx.db, ctx.actor)
        if a.json:
            _print_json(rows, ctx.out)
            return 0
        zh = ctx.lang == "zh"
        headers = (
            ["登录名", "姓名", "角色", "省份", "状态"]
            if zh
            else ["Login", "Name", "Role", "Provinces", "State"]
        )
        _print_table(
            headers,
            [
                (
                    r.login,
                    r.display_name,
                    r.role,
                    say("all_provinces", ctx.lang) if r.all_provinces else ", ".join(r.provinces),
                    say("disabled", ctx.lang) if r.disabled else "",
                )
                for r in rows
            ],
            ctx.out,
            ctx.lang,
        )
        return 0
    if a.subcommand == "add":
        scope = _scope_arg(a.provinces, a.all or a.role == "admin")
        if scope is not None and not scope:
            from app.domain.errors import ValidationError

            raise ValidationError("user.scope_required", field="provinces")
        password = _new_password(ctx, a.login)
        users.add_user(ctx.db, ctx.actor, a.login, a.name or a.login, a.role, scope, password)
        ctx.out.write(say("user_added", ctx.lang, login=a.login, role=a.role) + "\n")
        return 0
    if a.subcommand == "disable":
        users.disable_user(ctx.db, ctx.actor, a.login)
    elif a.subcommand == "enable":
        users.enable_user(ctx.db, ctx.actor, a.login)
    elif a.subcommand == "role":
        users.set_role(ctx.db, ctx.actor, a.login, a.role)
    elif a.subcommand == "scope":
        users.set_scope(ctx.db, ctx.actor, a.login, _scope_arg(a.provinces, a.all))
    elif a.subcommand == "reset-password":
        from app.services.permissions import require

        require(ctx.actor, "user.manage")  # refuse before asking for a password
        users.reset_password(ctx.db, ctx.actor, a.login, _new_password(ctx, a.login))
    ctx.out.write(say("user_changed", ctx.lang, login=a.login) + "\n")
    return 0


def cmd_gui(ctx: Context) -> int:
    from app.ui.app import run_gui

    return run_gui(ctx.args.db, ctx.lang if ctx.args.lang else None)


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "companies": cmd_companies,
    "cases": cmd_cases,
    "case": cmd_case,
    "overdue": cmd_overdue,
    "deadline": cmd_deadline,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "settings": cmd_settings,
    "gui": cmd_gui,
    "user": cmd_user,
    "export-dossier": cmd_export_dossier,
    "export-province": cmd_export_province,
    "export-overdue": cmd_export_overdue,
    "export-cases": cmd_export_cases,
}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the exit status (never raises for user errors)."""
    import app.services  # noqa: F401  (registers the message catalogues)

    args = build_parser().parse_args(argv)
    ctx = Context(args, out or sys.stdout)
    if not args.command:
        args.command = "gui"
    try:
        authenticate(ctx)
        return COMMANDS[args.command](ctx)
    except InspectDeskError as exc:
        sys.stderr.write(exc.render(ctx.lang) + "\n")
        return exc.exit_code
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            from app.domain.errors import render

            url = args.db or os.environ.get("INSPECTDESK_DB") or "default"
            sys.stderr.write(
                render("db.unreachable", {"url": url, "reason": str(exc.orig)}, ctx.lang) + "\n"
            )
            return 2
        log = _log_exception()
        sys.stderr.write(say("unexpected", ctx.lang, error=repr(exc), log=log) + "\n")
        return 3
    finally:
        ctx.close()


def _log_exception() -> Path:
    import logging
    import logging.handlers

    from app.paths import log_dir

    path = log_dir() / "inspectdesk.log"
    logger = logging.getLogger("inspectdesk.cli")
    if not logger.handlers:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.exception("unexpected error in command line")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
