"""What each kind of record contributes to the search index: its title, excerpt and text.

One query per kind, filtered to one record by the ``index_*`` functions of
:mod:`app.services.overview.search` and unfiltered by its ``reindex_all``, so that
both always build the same document.  Building blocks of that module (they take a
session or a row and check no permission): the window and the command line use
:mod:`~app.services.overview.search`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from app.db.models import Case, ChecklistResult, Company, Finding, Inspection

SNIPPET = 100


@dataclass(frozen=True)
class Document:
    kind: str
    ref_id: str
    case_number: str | None
    province_code: str
    title: str
    snippet: str
    text: str  # every searchable field, one per line: what the index holds, tokenised


def short(value: str | None, length: int = SNIPPET) -> str:
    flat = " ".join((value or "").split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def text_of(*parts: object) -> str:
    return "\n".join(str(p) for p in parts if p)


def company_query() -> Select[*tuple[Any, ...]]:
    return select(
        Company.id,
        Company.province_code,
        Company.credit_code,
        Company.name_zh,
        Company.name_en,
        Company.short_name,
        Company.address,
        Company.legal_representative,
        Company.contact_name,
    ).order_by(Company.created_at)


def company_doc(r: Row[*tuple[Any, ...]]) -> Document:
    return Document(
        "company",
        str(r.id),
        None,
        r.province_code,
        r.name_zh,
        short(" · ".join(p for p in (r.credit_code, r.name_en) if p)),
        text_of(
            r.name_zh,
            r.name_en,
            r.short_name,
            r.credit_code,
            r.address,
            r.legal_representative,
            r.contact_name,
        ),
    )


def case_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Case.id,
            Case.case_number,
            Case.province_code,
            Case.outcome,
            Case.closing_note,
            Company.credit_code,
            Company.name_zh,
            Company.name_en,
            Company.short_name,
        )
        .join(Company, Company.id == Case.company_id)
        .order_by(Case.created_at)
    )


def case_doc(r: Row[*tuple[Any, ...]]) -> Document:
    return Document(
        "case",
        str(r.id),
        r.case_number,
        r.province_code,
        f"{r.case_number} {r.name_zh}",
        short(" · ".join(p for p in (r.name_en, r.outcome) if p)),
        text_of(
            r.case_number,
            r.name_zh,
            r.name_en,
            r.short_name,
            r.credit_code,
            r.outcome,
            r.closing_note,
        ),
    )


def finding_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Finding.id,
            Finding.number,
            Finding.item_code,
            Finding.description,
            Finding.legal_basis,
            Finding.required_rectification,
            Finding.rectification_evidence,
            Finding.waive_reason,
            Case.case_number,
            Case.province_code,
        )
        .join(Case, Case.id == Finding.case_id)
        .order_by(Finding.created_at)
    )


def finding_doc(r: Row[*tuple[Any, ...]]) -> Document:
    return Document(
        "finding",
        str(r.id),
        r.case_number,
        r.province_code,
        f"{r.case_number} #{r.number}",
        short(r.description),
        text_of(
            r.case_number,
            r.item_code,
            r.description,
            r.legal_basis,
            r.required_rectification,
            r.rectification_evidence,
            r.waive_reason,
        ),
    )


def inspection_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Inspection.id,
            Inspection.inspected_on,
            Inspection.address,
            Inspection.inspectors,
            Inspection.company_staff,
            Inspection.scope,
            Inspection.notes,
            Inspection.conclusion,
            Case.case_number,
            Case.province_code,
        )
        .join(Case, Case.id == Inspection.case_id)
        .order_by(Inspection.created_at)
    )


def checklist_remarks(
    session: Session, where: ColumnElement[bool] | None = None
) -> dict[Any, list[str]]:
    query = select(ChecklistResult.inspection_id, ChecklistResult.remark).where(
        ChecklistResult.remark != ""
    )
    if where is not None:
        query = query.where(where)
    found: dict[Any, list[str]] = {}
    for inspection_id, remark in session.execute(query.order_by(ChecklistResult.item_code)):
        found.setdefault(inspection_id, []).append(remark)
    return found


def inspection_doc(r: Row[*tuple[Any, ...]], remarks: Iterable[str]) -> Document:
    return Document(
        "inspection",
        str(r.id),
        r.case_number,
        r.province_code,
        f"{r.case_number} {r.inspected_on.isoformat()}",
        short(r.notes or r.address),
        text_of(
            r.case_number,
            r.address,
            r.inspectors,
            r.company_staff,
            r.scope,
            r.notes,
            r.conclusion,
            *remarks,
        ),
    )
