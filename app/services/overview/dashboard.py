"""The dashboard: what an official needs to see first thing in the morning.

One read transaction gathers every list, each filtered in SQL by the actor's
province scope and the province filter of the window:

* overdue findings, most overdue first (``queries.overdue_findings``: the SQL
  form of the domain's ``is_overdue``, property-tested against it);
* findings falling due: within 7 days (deadline in ``[as_of, as_of + 7]``) and
  later in the month (deadline in ``(as_of + 7, as_of + 30]``) — two disjoint
  lists, so no finding shows twice;
* received reports that no agency has reviewed yet, and awaited reports past
  their due date (``queries.report_overdue_clause``, the SQL form of
  ``report_due.is_report_overdue``);
* scheduled inspections from ``as_of`` on;
* open and overdue findings per province (``queries.unresolved_counts_by_province``).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from app.db import queries
from app.db.engine import Database
from app.db.models import (
    AssessmentReport,
    Case,
    Company,
    Finding,
    Inspection,
    Province,
    ReportTrigger,
    Review,
)
from app.readmodel.dashboard import (
    DashboardData,
    DeadlineRow,
    InspectionRow,
    ProvinceFigures,
    ReportRow,
)
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope

SOON_DAYS = 7
T = TypeVar("T")
MONTH_DAYS = 30


_ZH_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|壮族|回族|维吾尔)+$")
_EN_SUFFIX = re.compile(
    r"\s*(\(.*\))?\s*(Province|Municipality|Special Administrative Region|"
    r"(Zhuang |Hui |Uygur )?Autonomous Region)$"
)


def short_province_names(name_zh: str, name_en: str) -> tuple[str, str]:
    """浙江省 -> 浙江, Zhejiang Province -> Zhejiang (for chart axes and narrow columns)."""
    return _ZH_SUFFIX.sub("", name_zh) or name_zh, _EN_SUFFIX.sub("", name_en) or name_en


def dashboard(
    db: Database,
    actor: Actor,
    *,
    provinces: frozenset[str] | None,
    as_of: date,
    overdue_limit: int | None = None,
) -> DashboardData:
    """Every dashboard list as of a day, for the provinces the actor may see (and asked for).

    ``overdue_limit`` caps the overdue list (most overdue kept) and each due list
    (soonest kept); ``overdue_total``, the due totals and the province figures
    always count all of them.
    """
    scope = provinces_in_scope(actor, provinces)
    with db.read() as session:
        overdue_rows = queries.overdue_findings(session, as_of, scope, limit=overdue_limit)
        figures = queries.unresolved_counts_by_province(session, as_of, scope)
        names = {
            code: short_province_names(zh, en)
            for code, zh, en in session.execute(
                select(Province.code, Province.name_zh, Province.name_en)
            )
        }
        english = _english_names(session, {r.case_number for r in overdue_rows})
        overdue = [
            DeadlineRow(
                uuid.UUID(r.finding_id),
                r.case_number,
                r.finding_number,
                r.company,
                english.get(r.case_number),
                r.province_code,
                r.item_code,
                r.severity,
                r.status,
                r.description,
                r.current_deadline,
                -r.days_overdue,
            )
            for r in overdue_rows
        ]
        soon_end = as_of + timedelta(days=SOON_DAYS)
        month_end = as_of + timedelta(days=MONTH_DAYS)
        soon = _due_findings(session, scope, as_of, soon_end, overdue_limit)
        later = _due_findings(
            session, scope, soon_end + timedelta(days=1), month_end, overdue_limit, as_of=as_of
        )
        return DashboardData(
            as_of=as_of,
            overdue=overdue,
            overdue_total=sum(o for _n, o in figures.values()),
            due_soon=soon[0],
            due_later=later[0],
            due_soon_total=soon[1],
            due_later_total=later[1],
            awaiting_review=_awaiting_review(session, scope, as_of),
            reports_overdue=_reports_overdue(session, scope, as_of),
            upcoming_inspections=_upcoming_inspections(session, scope, as_of),
            by_province=[
                ProvinceFigures(code, *names.get(code, (code, code)), n, o)
                for code, (n, o) in sorted(figures.items())
            ],
        )


def _in_scope(scope: frozenset[str] | None) -> ColumnElement[bool]:
    return queries.within(Case.province_code, scope)


def _make(cls: Callable[..., T], *values: Any) -> T:
    """A row dataclass from a result row plus computed columns (positional, in field order)."""
    return cls(*values)


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[Any]:
    return list(session.execute(query).all())


def _english_names(session: Session, case_numbers: set[str]) -> dict[str, str | None]:
    if not case_numbers:
        return {}
    rows = session.execute(
        select(Case.case_number, Company.name_en)
        .join(Company, Company.id == Case.company_id)
        .where(Case.case_number.in_(sorted(case_numbers)))
    )
    return {number: name_en for number, name_en in rows}


def _due_findings(
    session: Session,
    scope: frozenset[str] | None,
    start: date,
    end: date,
    limit: int | None,
    *,
    as_of: date | None = None,
) -> tuple[list[DeadlineRow], int]:
    """Unresolved findings due in [start, end] (soonest first, at most ``limit``) and their count."""
    today = as_of or start
    # On the deadline day a finding is not yet overdue (is_overdue), so it belongs here.
    where = (
        queries.unresolved(),
        Finding.current_deadline >= start,
        Finding.current_deadline <= end,
        _in_scope(scope),
    )
    query = (
        select(
            Finding.id,
            Case.case_number,
            Finding.number,
            Company.name_zh,
            Company.name_en,
            Case.province_code,
            Finding.item_code,
            Finding.severity,
            Finding.status,
            Finding.description,
            Finding.current_deadline,
        )
        .join(Case, Case.id == Finding.case_id)
        .join(Company, Company.id == Case.company_id)
        .where(*where)
        .order_by(Finding.current_deadline, Case.case_number, Finding.number)
    )
    if limit is not None:
        query = query.limit(limit)
    rows = [_make(DeadlineRow, *row, (row[-1] - today).days) for row in _rows(session, query)]
    total = len(rows)
    if limit is not None and total == limit:
        total = int(
            session.execute(
                select(func.count())
                .select_from(Finding)
                .join(Case, Case.id == Finding.case_id)
                .where(*where)
            ).scalar_one()
        )
    return rows, total


def _report_columns() -> tuple[Any, ...]:
    return (
        AssessmentReport.id,
        Case.case_number,
        Company.name_zh,
        Company.name_en,
        Case.province_code,
        AssessmentReport.trigger_code,
        ReportTrigger.name_zh,
        ReportTrigger.name_en,
        AssessmentReport.report_version,
        AssessmentReport.received_on,
        AssessmentReport.due_date,
    )


def _awaiting_review(
    session: Session, scope: frozenset[str] | None, as_of: date
) -> list[ReportRow]:
    """Received reports (up to ``as_of``) with no written review yet, longest waiting first."""
    reviewed = select(Review.id).where(Review.report_id == AssessmentReport.id).exists()
    query = (
        select(*_report_columns())
        .join(Case, Case.id == AssessmentReport.case_id)
        .join(Company, Company.id == Case.company_id)
        .join(ReportTrigger, ReportTrigger.code == AssessmentReport.trigger_code)
        .where(
            and_(
                AssessmentReport.received_on.is_not(None),
                AssessmentReport.received_on <= as_of,
                ~reviewed,
            )
        )
        .order_by(AssessmentReport.received_on, Case.case_number)
    )
    return [
        _make(ReportRow, *row, (as_of - row[9]).days)
        for row in _rows(session, query.where(_in_scope(scope)))
    ]


def _reports_overdue(
    session: Session, scope: frozenset[str] | None, as_of: date
) -> list[ReportRow]:
    """Awaited reports past their due date, most overdue first."""
    query = (
        select(*_report_columns())
        .join(Case, Case.id == AssessmentReport.case_id)
        .join(Company, Company.id == Case.company_id)
        .join(ReportTrigger, ReportTrigger.code == AssessmentReport.trigger_code)
        .where(queries.report_overdue_clause(as_of))
        .order_by(AssessmentReport.due_date, Case.case_number)
    )
    return [
        _make(ReportRow, *row, (as_of - row[10]).days)
        for row in _rows(session, query.where(_in_scope(scope)))
    ]


def _upcoming_inspections(
    session: Session, scope: frozenset[str] | None, as_of: date
) -> list[InspectionRow]:
    query = (
        select(
            Inspection.id,
            Case.case_number,
            Company.name_zh,
            Company.name_en,
            Case.province_code,
            Inspection.inspected_on,
            Inspection.address,
            Inspection.inspectors,
        )
        .join(Case, Case.id == Inspection.case_id)
        .join(Company, Company.id == Case.company_id)
        .where(Inspection.status == "scheduled", Inspection.inspected_on >= as_of)
        .order_by(Inspection.inspected_on, Case.case_number)
    )
    return [
        _make(InspectionRow, *row, (row[5] - as_of).days)
        for row in _rows(session, query.where(_in_scope(scope)))
    ]
