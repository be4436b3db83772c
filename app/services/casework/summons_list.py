"""Summons as lists and as one record: what the desktop client's Summons page shows.

A summons is national, its companies are registered in several provinces. An
official sees a summons when at least one company summoned is registered in, or
has a case from it in, a province they see; its attendance lists only those
companies (the others are counted, not named).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.db import queries
from app.db.engine import Database
from app.db.models import Case, Company, Province, Summons, SummonsAttendance
from app.domain.errors import NotFoundError
from app.domain.text import LIKE_ESCAPE, like_contains
from app.services.support.common import filter_text
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope


@dataclass(frozen=True)
class SummonsRow:
    id: uuid.UUID
    held_on: date
    place: str
    topic: str
    company_count: int  # every company summoned, seen or not
    case_count: int  # cases opened from it in the provinces shown


@dataclass(frozen=True)
class AgencyView:
    name: str
    kind: str  # cyberspace | public_security | other
    province_code: str | None


@dataclass(frozen=True)
class AttendanceView:
    credit_code: str
    name_zh: str
    name_en: str | None
    province_code: str
    province_zh: str
    province_en: str
    attended: bool
    attendees: str
    commitments: str
    case_numbers: tuple[str, ...]  # the cases opened from this summons for the company


@dataclass(frozen=True)
class SummonsDetail:
    id: uuid.UUID
    held_on: date
    place: str
    topic: str
    requirements: str
    agencies: list[AgencyView]
    attendances: list[AttendanceView]
    hidden_count: int  # companies summoned in provinces the actor does not see


def _visible_ids(scope: frozenset[str]) -> ColumnElement[bool]:
    """The summons with a company summoned, or a case opened, in one of ``scope``."""
    by_company = (
        select(SummonsAttendance.summons_id)
        .join(Company, Company.id == SummonsAttendance.company_id)
        .where(queries.within(Company.province_code, scope))
    )
    by_case = select(Case.summons_id).where(
        Case.summons_id.is_not(None), queries.within(Case.province_code, scope)
    )
    return or_(Summons.id.in_(by_company), Summons.id.in_(by_case))


def list_summons(
    db: Database,
    actor: Actor,
    *,
    provinces: Iterable[str] | None = None,
    text: str | None = None,
) -> list[SummonsRow]:
    """Summons the actor may see (optionally only those touching ``provinces``), newest first.

    ``text`` matches the place or the topic.
    """
    scope = provinces_in_scope(actor, provinces)
    with db.read() as session:
        companies = (
            select(func.count(SummonsAttendance.id))
            .where(SummonsAttendance.summons_id == Summons.id)
            .scalar_subquery()
        )
        cases = (
            select(func.count(Case.id))
            .where(Case.summons_id == Summons.id, queries.within(Case.province_code, scope))
            .scalar_subquery()
        )
        query = select(Summons, companies, cases).order_by(
            Summons.held_on.desc(), Summons.created_at.desc()
        )
        if scope is not None:
            query = query.where(_visible_ids(scope))
        wanted = filter_text(text)
        if wanted:
            like = like_contains(wanted)  # literally: "%" and "_" are no wildcards
            query = query.where(
                Summons.place.like(like, escape=LIKE_ESCAPE)
                | Summons.topic.like(like, escape=LIKE_ESCAPE)
            )
        return [
            SummonsRow(s.id, s.held_on, s.place, s.topic, int(n_companies), int(n_cases))
            for s, n_companies, n_cases in session.execute(query)
        ]


def summons_detail(db: Database, actor: Actor, summons_id: uuid.UUID) -> SummonsDetail:
    """One summons with its agencies and the attendance of the companies the actor sees."""
    scope = provinces_in_scope(actor)
    with db.read() as session:
        summons = session.get(Summons, summons_id)
        if summons is None:
            raise NotFoundError("summons.not_found")
        if scope is not None:
            visible = session.execute(
                select(Summons.id).where(Summons.id == summons_id, _visible_ids(scope))
            ).first()
            if visible is None:
                raise NotFoundError("summons.not_found")
        return _detail(session, summons, scope)


def _detail(session: Session, summons: Summons, scope: frozenset[str] | None) -> SummonsDetail:
    agencies = [
        AgencyView(a.name, a.kind, a.province_code)
        for a in sorted(summons.agencies, key=lambda a: (a.province_code or "", a.kind, a.name))
    ]
    cases: dict[uuid.UUID, list[str]] = {}
    case_query = select(Case.company_id, Case.case_number).where(
        Case.summons_id == summons.id, queries.within(Case.province_code, scope)
    )
    for company_id, number in session.execute(case_query.order_by(Case.case_number)):
        cases.setdefault(company_id, []).append(number)
    rows = session.execute(
        select(SummonsAttendance, Company, Province)
        .join(Company, Company.id == SummonsAttendance.company_id)
        .join(Province, Province.code == Company.province_code)
        .where(SummonsAttendance.summons_id == summons.id)
        .order_by(Company.province_code, Company.credit_code)
    ).all()
    attendances: list[AttendanceView] = []
    hidden = 0
    for attendance, company, province in rows:
        if scope is not None and company.province_code not in scope and company.id not in cases:
            hidden += 1
            continue
        attendances.append(
            AttendanceView(
                company.credit_code,
                company.name_zh,
                company.name_en,
                company.province_code,
                province.name_zh,
                province.name_en,
                attendance.attended,
                attendance.attendees,
                attendance.commitments,
                tuple(cases.get(company.id, ())),
            )
        )
    return SummonsDetail(
        summons.id,
        summons.held_on,
        summons.place,
        summons.topic,
        summons.requirements,
        agencies,
        attendances,
        hidden,
    )
