"""Commands on the records: the database itself, demo data, companies, cases, deadlines."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app.cli.base import (
    INT32,
    Context,
    Registry,
    as_of,
    columns,
    print_json,
    print_table,
    say,
    whole_number,
    with_json,
)
from app.text import aside, named

if TYPE_CHECKING:
    from app.readmodel.case import CaseDetail


def _overdue_count(count: int, lang: str) -> str:
    """How many deadlines of a case have passed, marked when any has: 2（逾期）."""
    return aside(str(count), say("overdue_mark", lang), lang) if count else str(count)


def cmd_init(ctx: Context) -> int:
    from app.db.engine import Database, resolve_url
    from app.db.migrate import upgrade

    db = Database(resolve_url(ctx.args.db))
    ctx._db = db
    result = upgrade(db)
    ctx.out.write(say("schema", ctx.lang, db=db.display_name(), revision=result.after) + "\n")
    if result.backup:
        ctx.out.write(say("migrated", ctx.lang, before=result.before, backup=result.backup) + "\n")
    elif result.before is not None and result.before != result.after and not db.is_sqlite:
        ctx.out.write(say("migrated_server", ctx.lang, before=result.before) + "\n")
    return 0


def cmd_demo(ctx: Context) -> int:
    from app.services.seed.demo import load_demo

    summary = load_demo(
        ctx.db, ctx.actor, today=as_of(ctx.args.as_of), with_users=ctx.args.with_users
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
    from app.services.registry import companies

    if ctx.args.subcommand == "import":
        count = companies.import_companies(ctx.db, ctx.actor, ctx.args.file)
        ctx.out.write(say("imported", ctx.lang, count=count) + "\n")
        return 0
    rows = companies.list_companies(ctx.db, ctx.actor, province=ctx.args.province)
    if ctx.args.json:
        print_json(
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
    lang = ctx.lang
    print_table(
        columns(lang, "credit_code", "company_name", "province", "cases"),
        [
            (
                r.credit_code,
                aside(named(r.name_zh, r.name_en, lang), say("demo_mark", lang), lang)
                if r.is_demo
                else named(r.name_zh, r.name_en, lang),
                named(r.province_name_zh, r.province_name_en, lang),
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
    from app.services.casework import cases

    rows = cases.list_cases(
        ctx.db,
        ctx.actor,
        province=ctx.args.province,
        status=ctx.args.status,
        overdue_only=ctx.args.overdue,
        as_of=as_of(ctx.args.as_of),
    )
    if ctx.args.json:
        print_json(
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
    lang = ctx.lang
    print_table(
        columns(lang, "case", "company", "province", "status", "open", "overdue", "next_deadline"),
        [
            (
                r.case_number,
                named(r.company, r.company_en, lang),
                _province_name(ctx, r.province_code),
                _status_label(r.status, ctx.lang),
                r.open_findings,
                _overdue_count(r.overdue_findings + r.overdue_reports, lang),
                r.next_deadline or "—",
            )
            for r in rows
        ],
        ctx.out,
        ctx.lang,
    )
    return 0


def _province_name(ctx: Context, code: str) -> str:
    from app.services.registry.reference import provinces

    if ctx.provinces is None:
        ctx.provinces = provinces(ctx.db)
    ref = ctx.provinces.get(code)
    return ref.name(ctx.lang) if ref else code


def cmd_case(ctx: Context) -> int:
    from app.services.casework import cases

    if ctx.args.subcommand == "open":
        number = cases.open_case(
            ctx.db,
            ctx.actor,
            ctx.args.company,
            province=ctx.args.province,
            opened_on=as_of(ctx.args.opened_on, "--opened-on"),
        )
        ctx.out.write(say("case_opened", ctx.lang, case_number=number) + "\n")
        return 0
    if ctx.args.subcommand == "status":
        version = ctx.args.expected_version
        cases.change_status(
            ctx.db,
            ctx.actor,
            ctx.args.case_number,
            ctx.args.target,
            note=ctx.args.note,
            outcome=ctx.args.outcome,
            expected_version=None
            if version is None
            else whole_number(version, "--expected-version", 0, INT32),
        )
        return 0
    detail = cases.show_case(ctx.db, ctx.actor, ctx.args.case_number, as_of=as_of(ctx.args.as_of))
    if ctx.args.json:
        print_json(detail, ctx.out)
        return 0
    _print_case(detail, ctx.out, ctx.lang)
    return 0


def _print_case(d: CaseDetail, out: TextIO, lang: str) -> None:
    from app.domain.finding_lifecycle import (
        FINDING_STATUS_LABELS,
        SEVERITY_LABELS,
        FindingStatus,
        Severity,
    )
    from app.text import text
    from app.text.chronology import chronology_text

    def line(key: str, **values: object) -> str:
        return text(f"case_show.{key}", lang, **values)  # app/catalogues/cli.json

    company = d.company
    out.write(
        f"{d.case_number}  {company.name_zh}"
        + (f" / {company.name_en}" if company.name_en else "")
        + "\n"
    )
    province = d.province_zh if lang == "zh" else d.province_en
    out.write(line("province", province=province) + "\n")
    out.write(line("status", status=_status_label(d.status, lang)) + "\n")
    out.write(line("credit_code", code=company.credit_code) + "\n")
    out.write(line("opened", day=d.opened_on.isoformat()) + "\n\n")
    out.write(line("chronology") + "\n")
    for e in d.chronology:
        out.write(f"  {e.on}  {chronology_text(e, lang)}\n")
    out.write("\n" + line("findings") + "\n")
    print_table(
        ["#", line("item"), line("severity"), line("finding_status"), line("deadline"), ""],
        [
            (
                f.number,
                f.item_code,
                SEVERITY_LABELS[Severity(f.severity)][lang],
                FINDING_STATUS_LABELS[FindingStatus(f.status)][lang],
                f.current_deadline,
                line("overdue_days", n=f.days_overdue) if f.overdue else "",
            )
            for f in d.findings
        ],
        out,
        lang,
    )
    awaited = [r for r in d.reports if r.received_on is None]
    if awaited:
        out.write("\n" + line("reports_awaited") + "\n")
        for r in awaited:
            flag = line("report_overdue") if r.overdue else ""
            due = line("report_due", day=str(r.due_date))
            out.write(f"  {r.trigger_code}  {due}{flag}\n")


def cmd_overdue(ctx: Context) -> int:
    from app.services.casework import cases

    rows = cases.overdue(ctx.db, ctx.actor, as_of=as_of(ctx.args.as_of), province=ctx.args.province)
    if ctx.args.json:
        print_json(
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
    print_table(
        columns(ctx.lang, "case", "finding", "company", "item", "deadline", "days_overdue"),
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
    from app.domain.workdays import PeriodUnit, parse_date
    from app.services.overview.calendar import deadline

    start = parse_date(ctx.args.start_date, "START_DATE")
    n = whole_number(ctx.args.n, "N")
    unit = PeriodUnit.WORKING if ctx.args.working else PeriodUnit.CALENDAR
    # The database holds the days users entered for years the official calendar lacks.
    result = deadline(ctx.db, start, n, unit)
    ctx.out.write(result.due.isoformat())
    if result.provisional:
        years = ", ".join(str(y) for y in result.uncovered_years)
        ctx.out.write("  " + say("provisional", ctx.lang, years=years))
    ctx.out.write("\n")
    return 0


def register(r: Registry) -> None:
    r.command("init", "create or upgrade the database and print the schema revision", cmd_init)
    p = r.command("demo", "load the demo data set (only into an empty database)", cmd_demo)
    p.add_argument("--as-of", help="the day the demo is loaded as (default today)")
    p.add_argument(
        "--with-users",
        action="store_true",
        help="also create the demo user accounts (password demo-pass-2021) if none exist",
    )

    add = r.subcommands(r.command("companies", "companies: import, list", cmd_companies))
    p = add("import", "import companies from CSV or XLSX (all or nothing)")
    p.add_argument("file", type=Path)
    p = add("list", "list companies")
    p.add_argument("--province")
    with_json(p)

    add = r.subcommands(r.command("cases", "cases: list", cmd_cases))
    p = add("list", "list cases")
    p.add_argument("--province")
    p.add_argument("--status")
    p.add_argument(
        "--overdue", action="store_true", help="only cases with overdue findings or reports"
    )
    p.add_argument("--as-of")
    with_json(p)

    add = r.subcommands(r.command("case", "one case: show, open, status", cmd_case))
    p = add("show", "show a case")
    p.add_argument("case_number")
    p.add_argument("--as-of")
    with_json(p)
    p = add("open", "open a case for a company")
    p.add_argument("company", help="credit code or name")
    p.add_argument("--province")
    p.add_argument("--opened-on")
    p = add("status", "move a case to another status")
    p.add_argument("case_number")
    p.add_argument("target")
    p.add_argument("--note", default="")
    p.add_argument("--outcome")
    p.add_argument(
        "--expected-version",
        help="the case's version as last shown (`case show --json`): refused, exit 2, "
        "if the case has changed since",
    )

    p = r.command("overdue", "overdue findings, most overdue first", cmd_overdue)
    p.add_argument("--as-of")
    p.add_argument("--province")
    with_json(p)

    p = r.command("deadline", "compute a deadline in calendar or working days", cmd_deadline)
    p.add_argument("start_date")
    p.add_argument("n")
    unit = p.add_mutually_exclusive_group(required=True)
    unit.add_argument("--working", action="store_true")
    unit.add_argument("--calendar", action="store_true")
