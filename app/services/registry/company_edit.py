"""Companies after registration: read one for editing, change its fields, list its cases.

Registration and import live in :mod:`app.services.registry.companies`; this module adds
the editing use cases the desktop client needs. The same field rules apply as
at registration (credit code check, required Chinese name, known province,
lengths, e-mail form); they are applied here with the same public helpers.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Case, Company, Province, Summons
from app.domain.credit_code import normalize_credit_code
from app.domain.errors import NotFoundError
from app.services.overview import search as search_index
from app.services.registry.companies import (
    CompanyInput,
    duplicate_refusal,
    validated_values,
    visible,
)
from app.services.support import audit, versioning
from app.services.support.common import findable
from app.services.support.context import Actor
from app.services.support.permissions import require, scope_clause


@dataclass(frozen=True)
class CompanyDetail:
    """Every stored field of one company, as the editor shows it."""

    id: uuid.UUID
    version: int
    is_demo: bool
    province_zh: str
    province_en: str
    data: CompanyInput  # ``province`` holds the GB/T 2260 code
    updated_by: str = ""  # login of the last writer
    updated_at: datetime | None = None  # UTC


@dataclass(frozen=True)
class CompanyCaseRow:
    case_number: str
    province_code: str
    province_zh: str
    province_en: str
    status: str
    opened_on: date
    closed_on: date | None
    summons_topic: str | None


def _visible_company(session: Session, actor: Actor, credit_code: str) -> Company:
    """The company under ``credit_code`` if ``actor`` sees it (companies.visible), else
    ``company.not_found``, as for a code nobody registered."""
    code = normalize_credit_code(credit_code or "")
    company = (
        session.execute(
            select(Company).where(Company.credit_code == code, visible(actor))
        ).scalar_one_or_none()
        if findable(code)
        else None
    )
    if company is None:
        raise NotFoundError("company.not_found", value=credit_code)
    return company


def get_company(db: Database, actor: Actor, credit_code: str) -> CompanyDetail:
    """One company the actor may see, with every field; otherwise ``company.not_found``."""
    with db.read() as session:
        company = _visible_company(session, actor, credit_code)
        province = company.province
        return CompanyDetail(
            id=company.id,
            version=company.version,
            is_demo=company.is_demo,
            province_zh=province.name_zh,
            province_en=province.name_en,
            data=CompanyInput(
                credit_code=company.credit_code,
                name_zh=company.name_zh,
                province=company.province_code,
                name_en=company.name_en,
                short_name=company.short_name,
                address=company.address,
                legal_representative=company.legal_representative,
                contact_name=company.contact_name,
                contact_phone=company.contact_phone,
                contact_email=company.contact_email,
            ),
            updated_by=company.updated_by,
            updated_at=company.updated_at,
        )


def update_company(
    db: Database,
    actor: Actor,
    credit_code: str,
    data: CompanyInput,
    *,
    expected_version: int | None = None,
) -> str:
    """Change the fields of the company registered under ``credit_code``; returns its
    (possibly corrected) credit code.

    One transaction: every field is checked as at registration, a corrected credit
    code must not belong to another company, the new province must be one the actor
    sees, and an audit event records only the fields that changed. Viewers are
    refused; so is an edit made on a version someone else has changed since
    (``expected_version``: ``record.changed`` naming who and when, nothing written).
    Cases already opened keep their province and number.
    """
    require(actor, "company.edit")
    with db.write() as session:
        company = _visible_company(session, actor, credit_code)
        versioning.check(session, company, expected_version, company.credit_code)
        values = validated_values(session, data)
        require(actor, "company.edit", values["province_code"])  # moved within scope only
        if values["credit_code"] != company.credit_code:
            other = session.execute(
                select(Company.name_zh, Company.province_code).where(
                    Company.credit_code == values["credit_code"]
                )
            ).one_or_none()
            if other is not None:
                raise duplicate_refusal(actor, values["credit_code"], *other)
        before = audit.snapshot(company)
        changed = {k: v for k, v in values.items() if getattr(company, k) != v}
        if not changed:
            return company.credit_code
        for key, value in changed.items():
            setattr(company, key, value)
        versioning.stamp(company, actor)  # the version moves on at flush (version_id_col)
        versioning.flush(session, company, company.credit_code)
        b, a = audit.diff(before, audit.snapshot(company))
        audit.record(session, actor, "company.update", "company", company.id, before=b, after=a)
        search_index.index_company(session, company.id)
        for case_id in session.execute(
            select(Case.id).where(Case.company_id == company.id)
        ).scalars():
            search_index.index_case(session, case_id)  # case documents carry the company's names
        return company.credit_code


def company_cases(db: Database, actor: Actor, credit_code: str) -> list[CompanyCaseRow]:
    """The company's cases in every province the actor sees, newest first.

    The company itself may be registered in a province the actor does not see
    (a headquarters elsewhere): its cases in the actor's provinces are still listed.
    """
    code = normalize_credit_code(credit_code or "")
    if not findable(code):
        return []
    with db.read() as session:
        query = (
            select(Case, Province.name_zh, Province.name_en, Summons.topic)
            .join(Company, Company.id == Case.company_id)
            .join(Province, Province.code == Case.province_code)
            .outerjoin(Summons, Summons.id == Case.summons_id)
            .where(Company.credit_code == code)
            .order_by(Case.opened_on.desc(), Case.case_number)
        )
        query = query.where(scope_clause(actor, Case.province_code))
        return [
            CompanyCaseRow(
                case.case_number,
                case.province_code,
                pzh,
                pen,
                case.status,
                case.opened_on,
                case.closed_on,
                topic,
            )
            for case, pzh, pen, topic in session.execute(query)
        ]
