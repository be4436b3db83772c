"""Commands on findings: raise one in a case, extend its rectification deadline."""

from __future__ import annotations

from typing import Any

from app.cli.base import INT32, Context, Registry, whole_number
from app.text import text


def _say(key: str, lang: str, **values: Any) -> str:
    return text(f"cli.findings.{key}", lang, **values)  # app/catalogues/cli.json


def cmd_finding(ctx: Context) -> int:
    from app.services.casework import cases
    from app.services.rectification import findings

    a = ctx.args
    if a.subcommand == "add":
        data = findings.FindingInput(
            item_code=a.item,
            severity=a.severity,
            description=a.description,
            raised_on=a.raised_on,
            period=None if a.period is None else whole_number(a.period, "--period"),
            unit="calendar" if a.calendar else "working",
            deadline=a.deadline,
            legal_basis=a.legal_basis,
            required_rectification=a.required,
            source=a.source,
        )
        finding_id, deadline = findings.add_finding(ctx.db, ctx.actor, a.case_number, data)
        detail = cases.show_case(ctx.db, ctx.actor, a.case_number)
        number = next(f.number for f in detail.findings if f.id == finding_id)
        text = _say(
            "added",
            ctx.lang,
            case_number=detail.case_number,
            number=number,
            deadline=deadline.due.isoformat(),
        )
        if deadline.provisional:
            text += _say("provisional", ctx.lang)
        ctx.out.write(text + "\n")
        return 0
    number = whole_number(a.number, "NUMBER", 1, INT32)
    findings.extend_deadline(
        ctx.db,
        ctx.actor,
        a.case_number,
        number,
        new_deadline=a.to,
        reason=a.reason,
        approver=a.approver or ctx.actor.login,
        approved_on=a.on,
    )
    detail = cases.show_case(ctx.db, ctx.actor, a.case_number)
    finding = next(f for f in detail.findings if f.number == number)
    text = _say(
        "extended",
        ctx.lang,
        case_number=detail.case_number,
        number=number,
        deadline=finding.current_deadline.isoformat(),
    )
    ctx.out.write(text + "\n")
    return 0


def register(r: Registry) -> None:
    add = r.subcommands(r.command("finding", "findings: add, extend", cmd_finding))
    p = add("add", "raise a finding (a hidden safety hazard) in a case")
    p.add_argument("case_number")
    p.add_argument("--item", required=True, help="assessment item, e.g. A2")
    p.add_argument("--severity", required=True, help="low, medium, high or critical")
    p.add_argument("--description", required=True, help="what is wrong")
    p.add_argument("--raised-on", required=True, help="the day it was raised (YYYY-MM-DD)")
    deadline = p.add_mutually_exclusive_group(required=True)
    deadline.add_argument("--period", help="days to rectify, counted from --raised-on")
    deadline.add_argument("--deadline", help="or the rectification deadline itself")
    p.add_argument(
        "--calendar", action="store_true", help="--period in calendar days (default working days)"
    )
    p.add_argument("--legal-basis", default="", help="the provision it breaches")
    p.add_argument("--required", default="", help="the rectification required")
    p.add_argument("--source", default="review", help="review (default) or inspection")
    p = add("extend", "extend a finding's deadline (supervisors: with a reason and an approver)")
    p.add_argument("case_number")
    p.add_argument("number", help="the finding's number in the case (1, 2, …)")
    p.add_argument("--to", required=True, help="the new deadline (YYYY-MM-DD)")
    p.add_argument("--reason", required=True)
    p.add_argument("--approver", help="who approved it (default: your login)")
    p.add_argument("--on", help="the day it was approved (default today)")
