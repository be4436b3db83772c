"""Keeping the search index in step with records written by an exchange."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Case, ChecklistResult, Finding
from app.services.overview import search


def _ids(session: Session, wanted: Any, column: Any, values: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    items = list(values)
    found: set[uuid.UUID] = set()
    for start in range(0, len(items), 500):
        chunk = items[start : start + 500]
        found |= set(session.execute(select(wanted).where(column.in_(chunk))).scalars())
    return found


def after_changes(session: Session, changed: Mapping[str, set[str]]) -> None:
    """Refresh the search documents of every company, case, finding and inspection
    written (or whose searchable parts were written) in this transaction."""
    session.flush()
    companies = {uuid.UUID(i) for i in changed.get("company", ())}
    cases = {uuid.UUID(i) for i in changed.get("case", ())}
    findings = {uuid.UUID(i) for i in changed.get("finding", ())}
    inspections = {uuid.UUID(i) for i in changed.get("inspection", ())}
    checklist = [uuid.UUID(i) for i in changed.get("checklist", ())]
    # A case's document shows its company's names; a finding's carries its case's
    # number and province; an inspection's, its checklist remarks.
    cases |= _ids(session, Case.id, Case.company_id, companies)
    findings |= _ids(session, Finding.id, Finding.case_id, cases)
    inspections |= _ids(session, ChecklistResult.inspection_id, ChecklistResult.id, checklist)
    for company_id in sorted(companies):
        search.index_company(session, company_id)
    for case_id in sorted(cases):
        search.index_case(session, case_id)
    for finding_id in sorted(findings):
        search.index_finding(session, finding_id)
    for inspection_id in sorted(inspections):
        search.index_inspection(session, inspection_id)
