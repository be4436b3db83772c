"""Exports: the case dossier, the province report, overdue findings, the cases workbook."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from app.cli.base import (
    Context,
    Registry,
    as_of,
    check_output,
)


def cmd_export_dossier(ctx: Context) -> int:
    from app.domain.errors import render
    from app.services.exports.dossier_export import export_dossier

    check_output(ctx.args.output)
    check_output(ctx.args.with_files)
    result = export_dossier(
        ctx.db,
        ctx.actor,
        ctx.args.case_number,
        ctx.args.output,
        lang=ctx.lang,
        office=ctx.args.office,
        marking=ctx.args.marking,
        as_of=as_of(ctx.args.as_of),
        with_files=ctx.args.with_files,
        sign=ctx.args.sign,
    )
    values = {"path": result.path, "pages": result.pages}
    ctx.out.write(render("dossier.exported", values, ctx.lang) + "\n")
    if result.signed_by:
        ctx.out.write(render("signing.signed", {"signer": result.signed_by}, ctx.lang) + "\n")
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
    from app.services.exports.report_exports import export_province_report

    a = ctx.args
    check_output(a.output)
    result = export_province_report(
        ctx.db,
        ctx.actor,
        a.province,
        a.output,
        lang=ctx.lang,
        office=a.office,
        marking=a.marking,
        as_of=as_of(a.as_of),
    )
    return _exported(ctx, result)


def cmd_export_overdue(ctx: Context) -> int:
    from app.services.exports.report_exports import export_overdue

    a = ctx.args
    check_output(a.output)
    result = export_overdue(
        ctx.db,
        ctx.actor,
        a.output,
        as_of=as_of(a.as_of),
        province=a.province,
        lang=ctx.lang,
        office=a.office,
        marking=a.marking,
    )
    return _exported(ctx, result)


def cmd_export_cases(ctx: Context) -> int:
    from app.services.exports.report_exports import export_cases

    a = ctx.args
    check_output(a.output)
    result = export_cases(
        ctx.db,
        ctx.actor,
        a.output,
        province=a.province,
        status=a.status,
        text=a.text,
        overdue_only=a.overdue,
        as_of=as_of(a.as_of),
        lang=ctx.lang,
    )
    return _exported(ctx, result)


# --- authentication and user accounts -----------------------------------------------------


def register(r: Registry) -> None:
    p = r.command(
        "export-dossier",
        "export the dossier of a case as PDF (language: --lang)",
        cmd_export_dossier,
    )
    p.add_argument("case_number")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--office", help="the office named as author (default InspectDesk)")
    p.add_argument("--marking", help="classification marking (default 内部 / Internal)")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    p.add_argument(
        "--with-files", type=Path, help="also write a zip of the PDF and every original attachment"
    )
    p.add_argument(
        "--sign",
        action="store_true",
        help="sign the PDF with the office certificate (see `signing set`)",
    )
    p = r.command(
        "export-province",
        "one province's cases, overdue findings and deadlines as PDF",
        cmd_export_province,
    )
    p.add_argument("province", help="province code or name")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    p.add_argument("--office", help="the office named as author (default InspectDesk)")
    p.add_argument("--marking", help="classification marking (default 内部 / Internal)")
    p = r.command(
        "export-overdue",
        "overdue findings of every province in scope as PDF or XLSX",
        cmd_export_overdue,
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
    p.add_argument("--province")
    p.add_argument("--office", help="the office named as author (PDF; default InspectDesk)")
    p.add_argument("--marking", help="classification marking (PDF; default 内部 / Internal)")
    p = r.command(
        "export-cases", "cases, findings and extensions as an Excel workbook", cmd_export_cases
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="the XLSX file to write")
    p.add_argument("--province")
    p.add_argument("--status")
    p.add_argument(
        "--overdue", action="store_true", help="only cases with overdue findings or reports"
    )
    p.add_argument("--text", help="case number, company name or credit code contains")
    p.add_argument("--as-of", help="the day overdue findings are counted to (default today)")
