"""Read queries behind the lists: plain rows from SQL, no ORM objects.

These feed tables of up to 50,000 cases and 500,000 findings, so they return
tuples built by the database.  The overdue rule is the domain's
(:func:`app.domain.finding_lifecycle.is_overdue`): "current deadline passed and
not resolved".  :func:`unresolved` writes that rule in SQL as
``status NOT IN (resolved)`` — never ``status IN (open, submitted)``, which
SQLite 3.40.1 was seen to miscount when a composite index served it.  The
property tests in tests/services/test_aggregates.py compare every aggregate
here with the domain rule applied in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from app.db.models import AssessmentReport, Case, Company, Finding, Province
from app.domain.finding_lifecycle import RESOLVED_STATUSES
from app.domain.text import LIKE_ESCAPE, like_contains
from app.readmodel.lists import CaseListRow, OverdueRow

RESOLVED = tuple(sorted(s.value for s in RESOLVED_STATUSES))


def within(
    column: SQLColumnExpression[str], provinces: frozenset[str] | None
) -> ColumnElement[bool]:
    """The SQL form of a province scope: ``column`` (a province code) is one of ``provinces``.

    ``None`` is every province (no condition: ``true()``, which SQLAlchemy drops from an
    AND), an empty set none (``false()``).  The services build ``provinces`` from the actor
    with :func:`app.services.support.permissions.provinces_in_scope` (or call
    :func:`app.services.support.permissions.scope_clause`, which comes here): every list, search,
    export, reminder and dashboard query is limited through this one function.
    """
    if provinces is None:
        return true()
    if not provinces:
        return false()
    return column.in_(sorted(provinces))


def unresolved() -> ColumnElement[bool]:
    # The values are rendered into the SQL (literal_execute), not bound: SQLite
    # uses the partial index ix_findings_unresolved_deadline only when the query's
    # WHERE visibly implies the index's "status NOT IN ('verified', 'waived')"; with
    # a bound "NOT IN (?, ?)" the overdue list scans every case instead.
    return Finding.status.not_in([literal(s, literal_execute=True) for s in RESOLVED])


def overdue_clause(as_of: date) -> ColumnElement[bool]:
    """SQL form of the domain's is_overdue(status, current_deadline, as_of)."""
    return and_(unresolved(), Finding.current_deadline < as_of)


def report_overdue_clause(as_of: date) -> ColumnElement[bool]:
    """SQL form of report_due.is_report_overdue: awaited and past its due date."""
    return and_(
        AssessmentReport.received_on.is_(None),
        AssessmentReport.due_date.is_not(None),
        AssessmentReport.due_date < as_of,
    )


@dataclass(frozen=True)
class CaseFilter:
    provinces: frozenset[str] | None = None  # None: every province
    status: str | None = None
    text: str | None = None
    overdue_only: bool = False


def case_list_query(as_of: date, flt: CaseFilter) -> Select[*tuple[Any, ...]]:
    # Correlated sub-selects use ix_findings_case_id per case: the cost grows with
    # the cases listed, not with the size of the findings table.
    open_count = (
        select(func.count())
        .where(Finding.case_id == Case.id, unresolved())
        .correlate(Case)
        .scalar_subquery()
    )
    overdue_count = (
        select(func.count())
        .where(Finding.case_id == Case.id, overdue_clause(as_of))
        .correlate(Case)
        .scalar_subquery()
    )
    next_deadline = (
        select(func.min(Finding.current_deadline))
        .where(Finding.case_id == Case.id, unresolved())
        .correlate(Case)
        .scalar_subquery()
    )
    overdue_reports = (
        select(func.count())
        .where(AssessmentReport.case_id == Case.id, report_overdue_clause(as_of))
        .correlate(Case)
        .scalar_subquery()
    )
    query = select(
        Case.id,
        Case.case_number,
        Company.name_zh,
        Company.name_en,
        Case.province_code,
        Case.status,
        Case.opened_on,
        open_count.label("open_findings"),
        overdue_count.label("overdue_findings"),
        overdue_reports.label("overdue_reports"),
        next_deadline.label("next_deadline"),
        Case.updated_at,
    ).join(Company, Company.id == Case.company_id)
    query = query.where(within(Case.province_code, flt.provinces))
    if flt.status:
        query = query.where(Case.status == flt.status)
    if flt.text and flt.text.strip():
        like = like_contains(flt.text.strip())  # literally: "%" and "_" are no wildcards
        # Companies matching first, then their cases: joining every case to its company
        # before filtering took twice as long on 50,000 cases.
        matching = select(Company.id).where(
            or_(
                Company.name_zh.like(like, escape=LIKE_ESCAPE),
                Company.name_en.like(like, escape=LIKE_ESCAPE),
                Company.short_name.like(like, escape=LIKE_ESCAPE),
                Company.credit_code.like(like, escape=LIKE_ESCAPE),
            )
        )
        query = query.where(
            or_(Case.case_number.like(like, escape=LIKE_ESCAPE), Case.company_id.in_(matching))
        )
    if flt.overdue_only:
        query = query.where(
            or_(
                select(literal(1))
                .where(Finding.case_id == Case.id, overdue_clause(as_of))
                .correlate(Case)
                .exists(),
                select(literal(1))
                .where(AssessmentReport.case_id == Case.id, report_overdue_clause(as_of))
                .correlate(Case)
                .exists(),
            )
        )
    return query.order_by(Case.case_number)


def list_cases(
    session: Session,
    as_of: date,
    flt: CaseFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[CaseListRow]:
    query = case_list_query(as_of, flt).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [CaseListRow(*row) for row in session.execute(query)]


def count_cases(session: Session, as_of: date, flt: CaseFilter) -> int:
    inner = case_list_query(as_of, flt).order_by(None).subquery()
    return int(session.execute(select(func.count()).select_from(inner)).scalar_one())


class IdText(FunctionElement[str]):
    """A UUID column as canonical 8-4-4-4-12 text, formatted by the database."""

    type = String()
    name = "id_text"
    inherit_cache = True


@compiles(IdText)
def _id_text_default(element: IdText, compiler: Any, **kw: Any) -> str:
    # PostgreSQL's uuid type prints itself in the canonical form.
    return f"CAST({compiler.process(element.clauses, **kw)} AS VARCHAR)"


@compiles(IdText, "sqlite")
def _id_text_sqlite(element: IdText, compiler: Any, **kw: Any) -> str:
    # SQLAlchemy keeps UUIDs on SQLite as 32 hex digits.
    column = compiler.process(element.clauses, **kw)
    parts = [
        f"substr({column}, {start}, {length})"
        for start, length in ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))
    ]
    return " || '-' || ".join(parts)


def overdue_findings_query(
    as_of: date, provinces: frozenset[str] | None
) -> Select[*tuple[Any, ...]]:
    """Overdue findings, most overdue first (oldest current deadline first)."""
    query: Select[*tuple[Any, ...]] = (
        select(
            # The id as 8-4-4-4-12 text made by the database: building 40,000
            # uuid.UUID objects in Python cost a quarter of the whole list.
            IdText(Finding.id),
            Case.case_number,
            Finding.number,
            Company.name_zh,
            Case.province_code,
            Finding.item_code,
            Finding.severity,
            Finding.status,
            Finding.description,
            Finding.current_deadline,
        )
        .join(Case, Case.id == Finding.case_id)
        .join(Company, Company.id == Case.company_id)
        .where(overdue_clause(as_of))
        .order_by(Finding.current_deadline, Case.case_number, Finding.number)
    )
    query = query.where(within(Case.province_code, provinces))
    return query


def overdue_findings(
    session: Session,
    as_of: date,
    provinces: frozenset[str] | None = None,
    *,
    limit: int | None = None,
) -> list[OverdueRow]:
    query = overdue_findings_query(as_of, provinces)
    if limit is not None:
        query = query.limit(limit)
    # The whole list runs to 40,000 rows: SQLAlchemy builds the SQL, the driver
    # returns plain tuples, and only the two columns that need it are converted
    # here (SQLite hands dates back as text). This keeps the list within 1.5x
    # of the bare query (benchmarks/bench_queries.py).
    connection = session.connection()
    compiled = query.compile(
        dialect=connection.dialect, compile_kwargs={"render_postcompile": True}
    )
    params: Any = (
        tuple(compiled.params[key] for key in compiled.positiontup)
        if compiled.positiontup is not None
        else compiled.params
    )
    ordinal = as_of.toordinal()
    to_date = date.fromisoformat
    rows = []
    result = connection.exec_driver_sql(str(compiled), params)
    try:
        # The driver's own tuples: wrapping each in a Row object would cost more than
        # every conversion below together.
        raw_rows = result.cursor.fetchall() if result.cursor is not None else []
    finally:
        result.close()
    for fid, num, n, co, prov, item, sev, st, desc, raw_deadline in raw_rows:
        deadline = to_date(raw_deadline) if isinstance(raw_deadline, str) else raw_deadline
        rows.append(
            OverdueRow(
                fid,
                num,
                n,
                co,
                prov,
                item,
                sev,
                st,
                desc,
                deadline,
                ordinal - deadline.toordinal(),
            )
        )
    return rows


def province_names(session: Session) -> dict[str, tuple[str, str, str]]:
    """code -> (abbr, name_zh, name_en)."""
    return {
        code: (abbr, zh, en)
        for code, abbr, zh, en in session.execute(
            select(Province.code, Province.abbr, Province.name_zh, Province.name_en)
        )
    }


def status_counts(session: Session, provinces: frozenset[str] | None) -> dict[str, int]:
    query = select(Case.status, func.count()).group_by(Case.status)
    query = query.where(within(Case.province_code, provinces))
    return {status: int(n) for status, n in session.execute(query)}


def unresolved_counts_by_province(
    session: Session, as_of: date, provinces: frozenset[str] | None
) -> dict[str, tuple[int, int]]:
    """province code -> (unresolved findings, overdue findings)."""
    query = (
        select(
            Case.province_code,
            func.count(),
            func.sum(case((Finding.current_deadline < as_of, 1), else_=0)),
        )
        .join(Case, Case.id == Finding.case_id)
        .where(unresolved())
        .group_by(Case.province_code)
    )
    query = query.where(within(Case.province_code, provinces))
    return {code: (int(n), int(o or 0)) for code, n, o in session.execute(query)}
