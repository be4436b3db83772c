"""The province report, the overdue list and the cases workbook: gathered for the actor, written whole.

Every export here reads the records through the same services and queries as
the lists on screen (``cases.list_cases``, ``cases.overdue``, the dashboard),
limited to the provinces the actor may see, and writes its file through a
temporary file beside the target that is renamed over it only when complete:
the target is either the whole new file or left as it was.

Each takes ``progress(percent, text)``, called now and then; when it raises
(the GUI's cancel button raises :class:`ExportCancelled`), the export stops,
the temporary file is removed and the exception propagates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

from reportlab.platypus.doctemplate import LayoutError

from app.db.engine import Database
from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.domain.errors import ValidationError
from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    SEVERITY_LABELS,
    FindingStatus,
    Severity,
)
from app.dossier.labels import label, report_label
from app.dossier.model import DossierOptions, DossierWarning
from app.dossier.report_data import OverdueReportData
from app.readmodel.lists import CaseListRow, OverdueRow
from app.services.exports.excel_exports import Column, Sheet, write_workbook
from app.services.exports.export_data import (
    ExtensionLine,
    FindingLine,
    Progress,
    cases_workbook_data,
    overdue_report_data,
    province_report_data,
    quiet,
)
from app.services.support.atomic import EXPORT_MODE, atomic_write
from app.services.support.context import Actor
from app.text import named

LANGS = ("zh", "en")


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export (the user pressed Cancel)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str  # "pdf" | "xlsx"
    rows: int  # the main rows exported: cases, or overdue findings
    pages: int | None = None  # PDF only
    warnings: list[DossierWarning] = field(default_factory=list)


# --- the exports -----------------------------------------------------------------------------


def export_province_report(
    db: Database,
    actor: Actor,
    province: str,
    target: Path,
    *,
    lang: str = "zh",
    office: str | None = None,
    marking: str | None = None,
    as_of: date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the report of ``province`` (code or name) as a PDF to ``target`` (``.pdf``).

    Guarantees: ``target`` is replaced by the complete PDF or left as it was; the
    database is only read; only a province the actor sees is reported.
    """
    from app.dossier.province_report import build_province_report

    target = _check_target(target, ("pdf",), lang)
    report = progress or quiet
    report(0, _text("progress_reading", lang))
    data = province_report_data(db, actor, province, as_of=as_of)
    report(25, _text("progress_layout", lang))
    options = _options(actor, lang, office, marking)
    outcome = _write_pdf(
        target, lambda out: build_province_report(data, out, options, progress=progress)
    )
    report(100, _text("progress_done", lang))
    return ExportResult(target, "pdf", len(data.cases), outcome.pages, outcome.warnings)


def export_overdue(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    as_of: date | None = None,
    province: str | None = None,
    lang: str = "zh",
    office: str | None = None,
    marking: str | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the overdue findings in scope to ``target``: a PDF or an XLSX, chosen by its suffix.

    The rows are those of ``cases.overdue(db, actor, as_of=..., province=...)``, in
    that order.  Any other suffix is a ``ValidationError``.  Written whole or not at all.
    """
    from app.dossier.overdue_report import build_overdue_report

    target = _check_target(target, ("pdf", "xlsx"), lang)
    report = progress or quiet
    report(0, _text("progress_reading", lang))
    data = overdue_report_data(db, actor, as_of=as_of, province=province)
    report(25, _text("progress_layout", lang))
    if target.suffix.lower() == ".pdf":
        options = _options(actor, lang, office, marking)
        outcome = _write_pdf(
            target, lambda out: build_overdue_report(data, out, options, progress=progress)
        )
        report(100, _text("progress_done", lang))
        return ExportResult(target, "pdf", len(data.rows), outcome.pages, outcome.warnings)
    sheet = Sheet(
        "sheet_overdue", OVERDUE_COLUMNS, [_overdue_line(data, r, lang) for r in data.rows]
    )
    _write_atomically(
        target,
        lambda out: write_workbook([sheet], out, lang, tick=_ticker(report, len(data.rows), lang)),
    )
    report(100, _text("progress_done", lang))
    return ExportResult(target, "xlsx", len(data.rows))


def export_cases(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    province: str | None = None,
    status: str | None = None,
    text: str | None = None,
    overdue_only: bool = False,
    as_of: date | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the cases of ``cases.list_cases`` (same filters) with their findings as an XLSX.

    Sheets: cases, findings, extensions; a frozen header row, real date cells,
    fitted widths and filters on every sheet.  Written whole or not at all.
    """
    target = _check_target(target, ("xlsx",), lang)
    report = progress or quiet
    data = cases_workbook_data(
        db,
        actor,
        province=province,
        status=status,
        text=text,
        overdue_only=overdue_only,
        as_of=as_of,
        lang=lang,
        progress=progress,
    )
    sheets = [
        Sheet(
            "sheet_cases",
            CASE_COLUMNS,
            [_case_line(r, lang, data.provinces) for r in data.cases],
        ),
        Sheet("sheet_findings", FINDING_COLUMNS, [_finding_line(f, lang) for f in data.findings]),
        Sheet("sheet_extensions", EXTENSION_COLUMNS, [_extension_line(e) for e in data.extensions]),
    ]
    total = sum(len(s.rows) for s in sheets)
    _write_atomically(
        target, lambda out: write_workbook(sheets, out, lang, tick=_ticker(report, total, lang))
    )
    report(100, _text("progress_done", lang))
    return ExportResult(target, "xlsx", len(data.cases))


# --- columns ---------------------------------------------------------------------------------

CASE_COLUMNS = (
    Column("case"),
    Column("company"),
    Column("company_en"),
    Column("province"),
    Column("status"),
    Column("opened_on", "date"),
    Column("open_findings", "int"),
    Column("overdue_findings", "int"),
    Column("overdue_reports", "int"),
    Column("next_deadline", "date"),
)
FINDING_COLUMNS = (
    Column("case"),
    Column("finding_no", "int"),
    Column("item"),
    Column("item_name"),
    Column("severity"),
    Column("description"),
    Column("required"),
    Column("raised_on", "date"),
    Column("original_deadline", "date"),
    Column("current_deadline", "date"),
    Column("status"),
    Column("days_overdue", "int"),
)
EXTENSION_COLUMNS = (
    Column("case"),
    Column("finding_no", "int"),
    Column("old_deadline", "date"),
    Column("new_deadline", "date"),
    Column("reason"),
    Column("approver"),
    Column("approved_on", "date"),
)
OVERDUE_COLUMNS = (
    Column("case"),
    Column("finding_no", "int"),
    Column("company"),
    Column("province"),
    Column("item"),
    Column("severity"),
    Column("status"),
    Column("description"),
    Column("current_deadline", "date"),
    Column("days_overdue", "int"),
)


def _case_line(r: CaseListRow, lang: str, provinces: Mapping[str, tuple[str, str]]) -> list[Any]:
    zh, en = provinces.get(r.province_code, (r.province_code, r.province_code))
    return [
        r.case_number,
        r.company,
        r.company_en or "",
        named(zh, en, lang),
        STATUS_LABELS[CaseStatus(r.status)][lang],
        r.opened_on,
        r.open_findings,
        r.overdue_findings,
        r.overdue_reports,
        r.next_deadline,
    ]


def _finding_line(f: FindingLine, lang: str) -> list[Any]:
    return [
        f.case_number,
        f.number,
        f.item_code,
        named(f.item_name_zh, f.item_name_en, lang),
        SEVERITY_LABELS[Severity(f.severity)][lang],
        f.description,
        f.required_rectification,
        f.raised_on,
        f.original_deadline,
        f.current_deadline,
        FINDING_STATUS_LABELS[FindingStatus(f.status)][lang],
        f.days_overdue,
    ]


def _extension_line(e: ExtensionLine) -> list[Any]:
    return [
        e.case_number,
        e.finding_number,
        e.old_deadline,
        e.new_deadline,
        e.reason,
        e.approver,
        e.approved_on,
    ]


def _overdue_line(data: OverdueReportData, r: OverdueRow, lang: str) -> list[Any]:
    company = named(r.company, data.company_en.get(r.case_number), lang)
    return [
        r.case_number,
        r.finding_number,
        company,
        data.province(r.province_code, lang),
        r.item_code,
        SEVERITY_LABELS[Severity(r.severity)][lang],
        FINDING_STATUS_LABELS[FindingStatus(r.status)][lang],
        r.description,
        r.current_deadline,
        r.days_overdue,
    ]


# --- writing ---------------------------------------------------------------------------------


def _text(key: str, lang: str = "zh", **values: object) -> str:
    return report_label(key, lang, **values)


def _ticker(report: Progress, total: int, lang: str) -> Callable[[int], None]:
    def tick(written: int) -> None:
        report(50 + int(45 * written / max(total, 1)), _text("progress_rows", lang, n=written))

    return tick


def _options(actor: Actor, lang: str, office: str | None, marking: str | None) -> DossierOptions:
    return DossierOptions(
        lang=lang,
        office=office or label("default_office", lang),
        marking=marking or label("default_marking", lang),
        generated_by=actor.login,
    )


def _check_target(target: Path, formats: Sequence[str], lang: str) -> Path:
    if lang not in LANGS:
        raise ValidationError("dossier.bad_lang", value=lang)
    target = Path(target)
    if target.suffix.lower().lstrip(".") not in formats:
        raise ValidationError(
            "report.bad_format", path=str(target), allowed=", ".join(f".{f}" for f in formats)
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("dossier.target_folder", path=str(target))
    return target


def _write_pdf(target: Path, build: Callable[[IO[bytes]], Any]) -> Any:
    outcomes: list[Any] = []

    def write(out: IO[bytes]) -> None:
        try:
            outcomes.append(build(out))
        except LayoutError as exc:  # something ReportLab could not place on a page
            raise ValidationError("report.build_failed", reason=str(exc)[:300]) from exc

    _write_atomically(target, write)
    return outcomes[0]


def _write_atomically(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``target`` through a temporary file beside it: all of it, or nothing changes."""
    try:
        with atomic_write(target, mode=EXPORT_MODE) as out:
            write(out)
    except OSError as exc:
        raise ValidationError(
            "report.write_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
