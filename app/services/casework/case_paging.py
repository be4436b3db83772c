"""The case list one page at a time, ordered by any column, for the desktop client.

:func:`app.services.casework.cases.list_cases` always orders by case number. The cases
table lets the official sort by any column, so this module takes the very same
query (:func:`app.db.queries.case_list_query`: the same counts, the same
overdue rule, the same filters) and replaces its ORDER BY. Every order
ends with the case number, so pages fetched with LIMIT/OFFSET neither repeat
nor skip a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select

from app.db import queries
from app.db.engine import Database
from app.db.models import Case, Company, Province
from app.domain.case_lifecycle import CaseStatus, parse_case_status
from app.domain.errors import ValidationError
from app.readmodel.lists import CaseListRow
from app.services.support.common import filter_text
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope

SORT_KEYS = (
    "case_number",
    "company",
    "province",
    "status",
    "open_findings",
    "overdue",
    "next_deadline",
    "last_activity",
)


@dataclass(frozen=True)
class CaseQuery:
    """What the cases table shows: filters and order (``lang`` decides how names sort)."""

    provinces: frozenset[str] | None = None  # None: every province the actor sees
    status: str | None = None
    text: str | None = None
    overdue_only: bool = False
    sort_key: str = "case_number"
    descending: bool = False
    lang: str = "zh"


def _filter(actor: Actor, query: CaseQuery) -> queries.CaseFilter:
    status = parse_case_status(query.status).value if query.status else None
    text = filter_text(query.text)
    scope = provinces_in_scope(actor, query.provinces)
    return queries.CaseFilter(scope, status, text, query.overdue_only)


def _base(actor: Actor, query: CaseQuery, as_of: date) -> Any:
    return queries.case_list_query(as_of, _filter(actor, query))


def _sort_expression(select_query: Any, key: str, lang: str) -> Any:
    columns = select_query.selected_columns
    if key == "case_number":
        return Case.case_number
    if key == "company":
        return Company.name_zh if lang == "zh" else func.coalesce(Company.name_en, Company.name_zh)
    if key == "province":
        name = Province.name_zh if lang == "zh" else Province.name_en
        return (
            select(name)
            .where(Province.code == Case.province_code)
            .correlate(Case)
            .scalar_subquery()
        )
    if key == "status":
        # The lifecycle's order, not the alphabet of the stored values.
        return case(
            {status.value: n for n, status in enumerate(CaseStatus)}, value=Case.status, else_=99
        )
    if key == "open_findings":
        return columns.open_findings
    if key == "overdue":
        return columns.overdue_findings + columns.overdue_reports
    if key == "next_deadline":
        return columns.next_deadline
    if key == "last_activity":
        return Case.updated_at
    raise ValidationError(
        "field.invalid_choice", field="sort", value=key, allowed=", ".join(SORT_KEYS)
    )


def _ordered(actor: Actor, query: CaseQuery, as_of: date) -> Any:
    base = _base(actor, query, as_of)
    expression = _sort_expression(base, query.sort_key, query.lang)
    if query.sort_key == "next_deadline":
        # Cases without an open deadline come last in either direction.
        first = expression.is_(None)
        main = expression.desc() if query.descending else expression.asc()
        return base.order_by(None).order_by(first, main, Case.case_number)
    main = expression.desc() if query.descending else expression.asc()
    return base.order_by(None).order_by(main, Case.case_number)


def list_cases_page(
    db: Database,
    actor: Actor,
    query: CaseQuery,
    *,
    as_of: date | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[CaseListRow]:
    """One page of the cases the actor may see, filtered and ordered as ``query`` says.

    The rows and their counts are those of :func:`app.services.casework.cases.list_cases`
    (same SQL); the order is total (ties broken by case number) so consecutive
    pages fit together.
    """
    with db.read() as session:
        statement = _ordered(actor, query, as_of or date.today())
        rows = session.execute(statement.limit(limit).offset(offset))
        return [CaseListRow(*row) for row in rows]


def count_cases(db: Database, actor: Actor, query: CaseQuery, *, as_of: date | None = None) -> int:
    """How many cases ``query`` matches (ordering aside)."""
    with db.read() as session:
        inner = _base(actor, query, as_of or date.today()).order_by(None).subquery()
        return int(session.execute(select(func.count()).select_from(inner)).scalar_one())
