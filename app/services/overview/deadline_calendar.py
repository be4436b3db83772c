"""Deadlines by day for the calendar page, and the official working-day calendar by year.

Read use cases only.  The overdue rule is the domain's
(:func:`app.domain.finding_lifecycle.is_overdue`), written in SQL by
:func:`app.db.queries.overdue_clause`; a report is "due" while it is awaited
(not yet received), as in :func:`app.domain.report_due.is_report_overdue`.
Days a user enters for a year the official calendar does not cover are written
with :func:`app.services.overview.calendar.set_calendar_day`.
"""

from __future__ import annotations

import calendar as pycalendar
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import chinese_calendar
from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from app.db import queries
from app.db.engine import Database
from app.db.models import AssessmentItem, AssessmentReport, Case, Company, Finding, ReportTrigger
from app.domain.finding_lifecycle import FindingStatus, days_left, days_overdue, is_overdue
from app.domain.labels import label
from app.domain.report_due import is_report_overdue
from app.domain.workdays import WorkCalendar
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope


def holiday_label(name: str, lang: str) -> str:
    """The holiday's name in ``lang``: chinesecalendar names holidays in English, the
    labels ``holiday`` of app/catalogues/rules.json hold their official Chinese names;
    a name the catalogue does not know (a newer package) is shown as given."""
    return label("holiday", name, lang)


@dataclass(frozen=True)
class DayMarks:
    """What falls due on one day of the calendar."""

    findings: int  # unresolved findings whose current deadline is this day
    overdue: int  # of those, overdue as of the day asked about
    reports_due: int  # awaited (not received) reports due this day
    reports_overdue: int  # of those, overdue as of the day asked about

    @property
    def any_overdue(self) -> bool:
        return bool(self.overdue or self.reports_overdue)


@dataclass(frozen=True)
class DeadlineItem:
    """One deadline: a finding's rectification deadline or an awaited report's due date."""

    kind: Literal["finding", "report"]
    due: date
    case_number: str
    company: str
    company_en: str | None
    province_code: str
    overdue: bool
    days_overdue: int  # 0 unless overdue
    days_left: int  # negative once passed
    # Findings
    finding_number: int | None = None
    item_code: str | None = None
    item_name_zh: str | None = None
    item_name_en: str | None = None
    severity: str | None = None
    status: str | None = None  # FindingStatus value
    description: str = ""
    # Awaited reports
    trigger_code: str | None = None
    trigger_name_zh: str | None = None
    trigger_name_en: str | None = None
    due_provisional: bool = False


@dataclass(frozen=True)
class CalendarDayInfo:
    """A day of the official calendar that is not an ordinary weekday or weekend."""

    day: date
    is_working: bool  # True: a make-up working day (调休); False: a public holiday
    name: str  # the holiday it belongs to, as the package names it (see holiday_label)
    in_lieu: bool = False  # a rest day given in lieu of a make-up working day


def _in_scope(scope: frozenset[str] | None) -> list[ColumnElement[bool]]:
    """WHERE clauses limiting a query joined with Case to ``scope`` (None: no limit)."""
    return [queries.within(Case.province_code, scope)]


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, pycalendar.monthrange(year, month)[1])


def _as_date(value: Any) -> date:
    # SQLite hands aggregated dates back as text.
    return date.fromisoformat(value) if isinstance(value, str) else value


def deadlines_in_month(
    db: Database,
    actor: Actor,
    year: int,
    month: int,
    *,
    provinces: frozenset[str] | None,
    as_of: date,
) -> dict[date, DayMarks]:
    """Marks for every day of ``year``-``month`` on which something falls due.

    Only days with at least one unresolved finding deadline or awaited report are
    in the result.  Only cases in the actor's scope (narrowed to ``provinces``
    when given) count.  "Overdue" follows ``is_overdue`` / ``is_report_overdue``
    as of ``as_of``.
    """
    first, last = _month_range(year, month)
    with db.read() as session:
        return _marks(session, provinces_in_scope(actor, provinces), first, last, as_of)


def _marks(
    session: Session, scope: frozenset[str] | None, first: date, last: date, as_of: date
) -> dict[date, DayMarks]:
    finding_query = (
        select(
            Finding.current_deadline,
            func.count(),
            # queries.overdue_clause within the unresolved rows: deadline before as_of.
            func.sum(case((Finding.current_deadline < as_of, 1), else_=0)),
        )
        .join(Case, Case.id == Finding.case_id)
        .where(
            queries.unresolved(),
            Finding.current_deadline >= first,
            Finding.current_deadline <= last,
            *_in_scope(scope),
        )
        .group_by(Finding.current_deadline)
    )
    report_query = (
        select(
            AssessmentReport.due_date,
            func.count(),
            func.sum(case((AssessmentReport.due_date < as_of, 1), else_=0)),
        )
        .join(Case, Case.id == AssessmentReport.case_id)
        .where(
            AssessmentReport.received_on.is_(None),
            AssessmentReport.due_date >= first,
            AssessmentReport.due_date <= last,
            *_in_scope(scope),
        )
        .group_by(AssessmentReport.due_date)
    )
    counts: dict[date, list[int]] = {}
    for day, n, overdue in session.execute(finding_query):
        counts.setdefault(_as_date(day), [0, 0, 0, 0])[0:2] = [int(n), int(overdue or 0)]
    for day, n, overdue in session.execute(report_query):
        counts.setdefault(_as_date(day), [0, 0, 0, 0])[2:4] = [int(n), int(overdue or 0)]
    return {day: DayMarks(*values) for day, values in sorted(counts.items())}


def deadlines_between(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    provinces: frozenset[str] | None,
    as_of: date,
) -> list[DeadlineItem]:
    """Every unresolved finding deadline and awaited report due from ``start`` to ``end``
    (both included), in date order, then case number; findings before reports on a day.

    Same scope and overdue rule as :func:`deadlines_in_month`.  An empty list when
    ``end`` is before ``start``.
    """
    if end < start:
        return []
    scope = provinces_in_scope(actor, provinces)
    with db.read() as session:
        items = _finding_items(session, scope, start, end, as_of)
        items += _report_items(session, scope, start, end, as_of)
    items.sort(key=lambda i: (i.due, i.kind != "finding", i.case_number, i.finding_number or 0))
    return items


def _finding_items(
    session: Session, scope: frozenset[str] | None, start: date, end: date, as_of: date
) -> list[DeadlineItem]:
    query = (
        select(
            Case.case_number,
            Company.name_zh,
            Company.name_en,
            Case.province_code,
            Finding.number,
            Finding.item_code,
            AssessmentItem.name_zh,
            AssessmentItem.name_en,
            Finding.severity,
            Finding.status,
            Finding.description,
            Finding.current_deadline,
        )
        .join(Case, Case.id == Finding.case_id)
        .join(Company, Company.id == Case.company_id)
        .join(AssessmentItem, AssessmentItem.code == Finding.item_code)
        .where(
            queries.unresolved(),
            Finding.current_deadline >= start,
            Finding.current_deadline <= end,
            *_in_scope(scope),
        )
    )
    items = []
    for row in session.execute(query):
        number, company, company_en, province, fnum, code, iz, ie, sev, st, desc, due = row
        status = FindingStatus(st)
        items.append(
            DeadlineItem(
                kind="finding",
                due=due,
                case_number=number,
                company=company,
                company_en=company_en,
                province_code=province,
                overdue=is_overdue(status, due, as_of),
                days_overdue=days_overdue(status, due, as_of),
                days_left=days_left(due, as_of),
                finding_number=fnum,
                item_code=code,
                item_name_zh=iz,
                item_name_en=ie,
                severity=sev,
                status=st,
                description=desc,
            )
        )
    return items


def _report_items(
    session: Session, scope: frozenset[str] | None, start: date, end: date, as_of: date
) -> list[DeadlineItem]:
    query = (
        select(
            Case.case_number,
            Company.name_zh,
            Company.name_en,
            Case.province_code,
            AssessmentReport.trigger_code,
            ReportTrigger.name_zh,
            ReportTrigger.name_en,
            AssessmentReport.due_date,
            AssessmentReport.due_provisional,
            AssessmentReport.summary,
        )
        .join(Case, Case.id == AssessmentReport.case_id)
        .join(Company, Company.id == Case.company_id)
        .join(ReportTrigger, ReportTrigger.code == AssessmentReport.trigger_code)
        .where(
            AssessmentReport.received_on.is_(None),
            AssessmentReport.due_date >= start,
            AssessmentReport.due_date <= end,
            *_in_scope(scope),
        )
    )
    items = []
    for row in session.execute(query):
        number, company, company_en, province, code, tz, te, due, provisional, summary = row
        assert due is not None  # the WHERE clause bounds it
        overdue = is_report_overdue(None, due, as_of)
        items.append(
            DeadlineItem(
                kind="report",
                due=due,
                case_number=number,
                company=company,
                company_en=company_en,
                province_code=province,
                overdue=overdue,
                days_overdue=(as_of - due).days if overdue else 0,
                days_left=days_left(due, as_of),
                description=summary,
                trigger_code=code,
                trigger_name_zh=tz,
                trigger_name_en=te,
                due_provisional=provisional,
            )
        )
    return items


def official_calendar(year: int) -> list[CalendarDayInfo]:
    """The public holidays and make-up working days of ``year`` from the official
    calendar (the ``chinese_calendar`` package), in date order.

    Empty when the package does not cover ``year`` (see :func:`is_official_year`).
    Weekends inside a holiday period count as holidays, as the package lists them.
    """
    if not is_official_year(year):
        return []
    days = [
        CalendarDayInfo(day, False, name, in_lieu=day in chinese_calendar.in_lieu_days)
        for day, name in chinese_calendar.holidays.items()
        if day.year == year
    ]
    days += [
        CalendarDayInfo(day, True, name)
        for day, name in chinese_calendar.workdays.items()
        if day.year == year
    ]
    return sorted(days, key=lambda d: d.day)


def is_official_year(year: int) -> bool:
    """True when the official calendar package covers ``year`` (days a user entered
    do not count here; see :meth:`WorkCalendar.is_covered` for that)."""
    if not 1 <= year <= 9999:
        return False
    # An empty WorkCalendar is covered exactly where the package is.
    return WorkCalendar().is_covered(year)


def official_years() -> tuple[int, int] | None:
    """The first and last year the official calendar package covers, or None."""
    years = WorkCalendar().covered_years()
    return (years[0], years[-1]) if years else None
