"""Case exchange between offices: export a package, import one, review and resolve conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.cli.base import Context, Registry, print_json, print_table, with_json
from app.text import text


def _say(key: str, lang: str, **values: Any) -> str:
    return text(f"cli.exchange.{key}", lang, **values)  # app/catalogues/cli.json


def cmd_exchange(ctx: Context) -> int:
    sub = ctx.args.subcommand
    if sub == "export":
        return _export(ctx)
    if sub == "import":
        return _import(ctx)
    if sub == "conflicts":
        return _conflicts(ctx)
    return _resolve(ctx)


def _export(ctx: Context) -> int:
    from app.domain.workdays import parse_date
    from app.services.exchange import export_package

    a = ctx.args
    result = export_package(
        ctx.db,
        ctx.actor,
        a.output,
        case_number=a.case,
        province=a.province,
        since=parse_date(a.since, "--since") if a.since else None,
        office=a.office,
    )
    ctx.out.write(
        _say(
            "exported",
            ctx.lang,
            path=result.path,
            records=sum(result.counts.values()),
            cases=result.counts.get("case", 0),
            files=result.files,
            size=result.size,
        )
        + "\n"
    )
    return 0


def print_summary(ctx: Context, summary: Any) -> None:
    from app.domain.labels import label
    from app.services.exchange.import_ import ACTIONS
    from app.services.exchange.spec import TYPES

    lang = ctx.lang
    office = _say("office", lang, office=summary.office) if summary.office else ""
    ctx.out.write(
        _say(
            "package",
            lang,
            package_id=summary.package_id,
            exported_by=summary.exported_by,
            created_at=summary.created_at,
            office=office,
        )
        + "\n"
    )
    rows = [
        [label("exchange_record_type", t, lang), *(getattr(summary, a).get(t, 0) for a in ACTIONS)]
        for t in TYPES
        if any(getattr(summary, a).get(t, 0) for a in ACTIONS)
    ]
    rows.append([_say("total", lang), *(summary.total(a) for a in ACTIONS)])
    print_table(_say("headers", lang).split("|"), rows, ctx.out, lang)
    if summary.unmatched_officials:
        logins = ", ".join(summary.unmatched_officials)
        ctx.out.write(_say("officials", lang, logins=logins) + "\n")


def _import(ctx: Context) -> int:
    from app.services.exchange import import_package, plan_import

    a = ctx.args
    run = plan_import if a.dry_run else import_package
    summary = run(ctx.db, ctx.actor, a.package)
    if a.json:
        from dataclasses import asdict

        data = asdict(summary)
        data["dry_run"] = bool(a.dry_run)
        print_json(data, ctx.out)
        return 0
    print_summary(ctx, summary)
    if summary.already_imported:
        ctx.out.write(_say("already", ctx.lang) + "\n")
    elif a.dry_run:
        ctx.out.write(_say("dry_run", ctx.lang) + "\n")
    else:
        ctx.out.write(_say("imported", ctx.lang) + "\n")
    if summary.total("conflicts") and not summary.already_imported:
        ctx.out.write(_say("conflicts_hint", ctx.lang, count=summary.total("conflicts")) + "\n")
    return 0


def _conflicts(ctx: Context) -> int:
    from app.domain.labels import label
    from app.services.exchange import list_conflicts

    views = list_conflicts(ctx.db, ctx.actor)
    if ctx.args.json:
        print_json(views, ctx.out)
        return 0
    rows = [
        [
            str(v.id)[:8],
            label("exchange_record_type", v.record_type, ctx.lang),
            v.label,
            ", ".join(f.name for f in v.differing),
            v.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        ]
        for v in views
    ]
    print_table(_say("conflict_headers", ctx.lang).split("|"), rows, ctx.out, ctx.lang)
    return 0


def _resolve(ctx: Context) -> int:
    from app.domain.errors import ValidationError
    from app.services.exchange import resolve_conflict

    a = ctx.args
    choices: dict[str, str] = {}
    for value in a.field or []:
        name, sep, side = value.partition("=")
        if not sep or not name.strip():
            raise ValidationError("exchange.conflict_side", value=value)
        choices[name.strip()] = side.strip()
    view = resolve_conflict(ctx.db, ctx.actor, a.conflict, take=a.take, fields=choices)
    content = [f.name for f in view.fields]
    incoming = sum(1 for n in content if choices.get(n, a.take) == "incoming")
    ctx.out.write(
        _say(
            "resolved",
            ctx.lang,
            id=str(view.id)[:8],
            incoming=incoming,
            local=len(content) - incoming,
        )
        + "\n"
    )
    return 0


def register(r: Registry) -> None:
    p = r.command(
        "exchange",
        "case exchange packages for offices that do not share a server",
        cmd_exchange,
    )
    add = r.subcommands(p)
    e = add("export", "write cases and everything in them to an exchange package (zip)")
    scope = e.add_mutually_exclusive_group(required=True)
    scope.add_argument("--case", help="one case, by its number")
    scope.add_argument("--province", help="every case of a province (code or name)")
    scope.add_argument("--since", help="every case with activity on or after DATE")
    e.add_argument("-o", "--output", type=Path, required=True, help="the zip file to write")
    e.add_argument("--office", help="the exporting office, named in the package")
    i = add("import", "merge an exchange package (prints new, updated, unchanged, conflicts)")
    i.add_argument("package", type=Path, help="the exchange package (zip)")
    i.add_argument(
        "--dry-run", action="store_true", help="only say what the import would do; write nothing"
    )
    with_json(i)
    c = add("conflicts", "records changed on both sides, kept for review")
    with_json(c)
    s = add("resolve", "resolve a conflict: keep the local value or take the package's, per field")
    s.add_argument("conflict", help="the conflict's id (or the first characters shown by the list)")
    s.add_argument(
        "--take",
        choices=("local", "incoming"),
        required=True,
        help="the side for every field not named by --field",
    )
    s.add_argument(
        "--field",
        action="append",
        metavar="FIELD=SIDE",
        help="the side for one field (local or incoming); may be repeated",
    )
