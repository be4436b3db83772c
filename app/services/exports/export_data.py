"""What the province report, the overdue list and the cases workbook are made of.

Each reads the records through the same services and queries as the lists on screen
(``cases.list_cases``, ``cases.overdue``, the dashboard), limited to the provinces the
actor may see; :mod:`app.services.exports.report_exports` writes them as PDF or Excel.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db import queries
from app.db.engine import Database
from app.db.models import AssessmentItem, Case, Company, DeadlineExtension, Finding
from app.domain.case_lifecycle import CaseStatus
from app.domain.errors import NotFoundError
from app.domain.finding_lifecycle import (
    FindingStatus,
    days_overdue,
)
from app.dossier.labels import report_label
from app.dossier.report_data import OverdueReportData, ProvinceReportData
from app.readmodel.lists import CaseListRow
from app.services.casework import cases
from app.services.overview import dashboard
from app.services.support.common import resolve_province
from app.services.support.context import Actor

CHUNK = 500  # ids per IN (...) list, well within SQLite's limit on bound parameters
Progress = Callable[[int, str], None]  # (percent, text in the export's language)


def quiet(percent: int, text: str) -> None:
    """The progress of an export nobody watches."""


def province_report_data(
    db: Database, actor: Actor, province: str, *, as_of: date | None = None
) -> ProvinceReportData:
    """One province as the actor sees it: cases, status counts, overdue and due-in-30-days findings.

    Raises ``ValidationError`` for an unknown province and ``NotFoundError`` for one
    outside the actor's provinces.
    """
    day = as_of or date.today()
    with db.read() as session:
        found = resolve_province(session, province)
        if not actor.sees(found.code):
            raise NotFoundError("report.province_out_of_scope", value=province)
        code, name_zh, name_en = found.code, found.name_zh, found.name_en
        counts = queries.status_counts(session, frozenset({code}))
    data = dashboard.dashboard(db, actor, provinces=frozenset({code}), as_of=day)
    return ProvinceReportData(
        code=code,
        name_zh=name_zh,
        name_en=name_en,
        as_of=day,
        status_counts={s.value: counts.get(s.value, 0) for s in CaseStatus},
        cases=cases.list_cases(db, actor, province=code, as_of=day),
        overdue=data.overdue,
        due_soon=[*data.due_soon, *data.due_later],
    )


def overdue_report_data(
    db: Database, actor: Actor, *, as_of: date | None = None, province: str | None = None
) -> OverdueReportData:
    """The overdue findings in scope: exactly the rows of ``cases.overdue`` for the same day."""
    day = as_of or date.today()
    rows = cases.overdue(db, actor, as_of=day, province=province)
    with db.read() as session:
        scope = resolve_province(session, province).code if province else None
        names = {
            code: (zh, en) for code, (_abbr, zh, en) in queries.province_names(session).items()
        }
        english = _english_names(session, sorted({r.case_number for r in rows}))
    return OverdueReportData(day, rows, names, english, scope)


def _english_names(session: Any, numbers: Sequence[str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for start in range(0, len(numbers), CHUNK):
        query = (
            select(Case.case_number, Company.name_en)
            .join(Company, Company.id == Case.company_id)
            .where(Case.case_number.in_(numbers[start : start + CHUNK]))
        )
        out.update({number: name for number, name in session.execute(query)})
    return out


@dataclass(frozen=True)
class FindingLine:
    case_number: str
    number: int
    item_code: str
    item_name_zh: str
    item_name_en: str
    severity: str
    description: str
    required_rectification: str
    raised_on: date
    original_deadline: date
    current_deadline: date
    status: str
    days_overdue: int


@dataclass(frozen=True)
class ExtensionLine:
    case_number: str
    finding_number: int
    old_deadline: date
    new_deadline: date
    reason: str
    approver: str
    approved_on: date


@dataclass(frozen=True)
class CasesWorkbookData:
    as_of: date
    cases: list[CaseListRow]
    findings: list[FindingLine]
    extensions: list[ExtensionLine]
    # province code -> (Chinese name, English name): the workbook names provinces
    provinces: dict[str, tuple[str, str]] = field(default_factory=dict)


def cases_workbook_data(
    db: Database,
    actor: Actor,
    *,
    province: str | None = None,
    status: str | None = None,
    text: str | None = None,
    overdue_only: bool = False,
    as_of: date | None = None,
    lang: str = "zh",
    progress: Progress | None = None,
) -> CasesWorkbookData:
    """The cases ``cases.list_cases`` gives for these filters, with all their findings and extensions."""
    day = as_of or date.today()
    report = progress or quiet
    report(2, report_label("progress_reading", lang))
    rows = cases.list_cases(
        db, actor, province=province, status=status, text=text, overdue_only=overdue_only, as_of=day
    )
    ids = [r.id for r in rows]
    findings: list[FindingLine] = []
    extensions: list[ExtensionLine] = []
    with db.read() as session:
        names = {c: (zh, en) for c, (_abbr, zh, en) in queries.province_names(session).items()}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            findings.extend(_findings(session, chunk, day))
            extensions.extend(_extensions(session, chunk))
            report(
                5 + int(40 * min(1.0, (start + CHUNK) / len(ids))),
                report_label("progress_reading", lang),
            )
    findings.sort(key=lambda f: (f.case_number, f.number))
    extensions.sort(key=lambda e: (e.case_number, e.finding_number, e.approved_on))
    return CasesWorkbookData(day, rows, findings, extensions, names)


def _findings(session: Any, case_ids: list[uuid.UUID], day: date) -> list[FindingLine]:
    query = (
        select(
            Case.case_number,
            Finding.number,
            Finding.item_code,
            AssessmentItem.name_zh,
            AssessmentItem.name_en,
            Finding.severity,
            Finding.description,
            Finding.required_rectification,
            Finding.raised_on,
            Finding.original_deadline,
            Finding.current_deadline,
            Finding.status,
        )
        .join(Case, Case.id == Finding.case_id)
        .join(AssessmentItem, AssessmentItem.code == Finding.item_code)
        .where(Finding.case_id.in_(case_ids))
    )
    lines: list[FindingLine] = []
    for row in session.execute(query):
        values: tuple[Any, ...] = (*row, days_overdue(FindingStatus(row[-1]), row[-2], day))
        lines.append(FindingLine(*values))
    return lines


def _extensions(session: Any, case_ids: list[uuid.UUID]) -> list[ExtensionLine]:
    query = (
        select(
            Case.case_number,
            Finding.number,
            DeadlineExtension.old_deadline,
            DeadlineExtension.new_deadline,
            DeadlineExtension.reason,
            DeadlineExtension.approver,
            DeadlineExtension.approved_on,
        )
        .join(Finding, Finding.id == DeadlineExtension.finding_id)
        .join(Case, Case.id == Finding.case_id)
        .where(Finding.case_id.in_(case_ids))
    )
    return [ExtensionLine(*row) for row in session.execute(query)]
