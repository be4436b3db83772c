"""Cases: opening with a gapless number, status changes, lists, and reading one case whole
(its record is built by :mod:`app.services.casework.case_record`)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db import queries
from app.db.engine import Database
from app.db.models import (
    Case,
    CaseCounter,
    CaseStatusChange,
    Company,
    Finding,
    Province,
)
from app.db.types import utcnow
from app.domain.case_lifecycle import (
    CaseStatus,
    allowed_next,
    check_can_close,
    check_transition,
    check_writable,
    parse_case_status,
)
from app.domain.case_number import format_case_number
from app.domain.date_order import check_not_before
from app.readmodel.case import (
    CaseDetail,
)
from app.readmodel.lists import CaseListRow, OverdueRow
from app.services.casework import case_record
from app.services.overview import search as search_index
from app.services.registry.companies import find_company
from app.services.support import audit, versioning
from app.services.support.common import filter_text, get_case, resolve_province
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope, require, transition_action
from app.services.support.text_rules import checked


def _allocate_number(session: Session, province: Province, year: int) -> tuple[int, str]:
    """The next number for this province and year, in the caller's transaction.

    The counter row is created if missing and then incremented with one UPDATE:
    the write lock taken there (SQLite: BEGIN IMMEDIATE; PostgreSQL: the row
    lock) makes concurrent writers queue, and a rolled-back case gives its
    number back, so numbers have neither gaps nor duplicates.
    """
    dialect = session.get_bind().dialect.name
    values = {"province_code": province.code, "year": year, "last_seq": 0}
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        from sqlalchemy.dialects.postgresql import insert as dialect_insert  # type: ignore[assignment]
    session.execute(dialect_insert(CaseCounter).values(**values).on_conflict_do_nothing())
    seq = session.execute(
        update(CaseCounter)
        .where(CaseCounter.province_code == province.code, CaseCounter.year == year)
        .values(last_seq=CaseCounter.last_seq + 1)
        .returning(CaseCounter.last_seq)
    ).scalar_one()
    return seq, format_case_number(province.abbr, year, seq)


def touch(case: Case, actor: Actor | None = None) -> None:
    """Mark activity on a case (the 'last activity' column of lists, and its version).

    The version is incremented in SQL (``version = version + 1``), not from the
    value this session loaded: two officials changing different findings of one
    case at once both count, and neither is refused for the other's change.
    """
    case.updated_at = utcnow()
    case.version = Case.version + 1
    if actor is not None:
        case.updated_by = actor.login


def open_case_in_session(
    session: Session,
    actor: Actor,
    company: Company,
    *,
    province_code: str | None = None,
    opened_on: date,
    summons_id: uuid.UUID | None = None,
) -> Case:
    province = session.get(Province, province_code or company.province_code)
    assert province is not None
    seq, number = _allocate_number(session, province, opened_on.year)
    case = Case(
        case_number=number,
        province_code=province.code,
        year=opened_on.year,
        seq=seq,
        company_id=company.id,
        summons_id=summons_id,
        status=CaseStatus.OPENED.value,
        opened_on=opened_on,
        updated_by=actor.login,
    )
    session.add(case)
    session.flush()
    session.add(
        CaseStatusChange(
            case_id=case.id,
            from_status=None,
            to_status=case.status,
            changed_on=opened_on,
            changed_by=actor.login,
        )
    )
    audit.record(
        session, actor, "case.open", "case", case.id, case_id=case.id, after=audit.snapshot(case)
    )
    search_index.index_case(session, case.id)
    return case


def open_case(
    db: Database,
    actor: Actor,
    company: str,
    *,
    province: str | None = None,
    opened_on: date | None = None,
    summons_id: uuid.UUID | None = None,
) -> str:
    """Open a case for a company (credit code or name); returns the new case number.

    The company must be one the actor sees (registered in a province of their scope,
    :func:`app.services.registry.companies.visible`): any other is "not found or not permitted",
    whichever province the case would be opened in, so that no official can open a
    case in their own province to read a company registered elsewhere. The case is
    opened in ``province`` (default: where the company is registered), which must be
    a province the actor sees too; an official who sees both provinces (a national
    supervisor, say) may open one for a headquarters registered in another province.
    """
    require(actor, "case.open")
    with db.write() as session:
        found = find_company(session, actor, company)
        province_code = resolve_province(session, province).code if province else None
        require(actor, "case.open", province_code or found.province_code)
        case = open_case_in_session(
            session,
            actor,
            found,
            province_code=province_code,
            opened_on=opened_on or date.today(),
            summons_id=summons_id,
        )
        return case.case_number


def transition_in_session(
    session: Session,
    actor: Actor,
    case: Case,
    target: CaseStatus,
    *,
    on: date,
    note: str = "",
    outcome: str | None = None,
) -> None:
    """Move ``case`` to ``target`` (a closing with its ``outcome``), audited as one change."""
    current = CaseStatus(case.status)
    check_transition(current, target)
    require(actor, transition_action(current, target), case)
    check_not_before(on, "changed_on", case.opened_on, "opened_on")
    check_not_before(on, "changed_on", _last_move_on(session, case), "last_change")
    before = audit.snapshot(case)  # before anything changes: the event holds all of it
    case.status = target.value
    if target is CaseStatus.CLOSED:
        case.closed_on = on
        case.outcome = outcome
        case.closing_note = note
    elif current is CaseStatus.CLOSED:
        case.closed_on = None
    touch(case, actor)
    session.add(
        CaseStatusChange(
            case_id=case.id,
            from_status=current.value,
            to_status=target.value,
            changed_on=on,
            changed_by=actor.login,
            note=note,
        )
    )
    session.flush()
    b, a = audit.diff(before, audit.snapshot(case))
    audit.record(session, actor, "case.status", "case", case.id, case_id=case.id, before=b, after=a)


def _last_move_on(session: Session, case: Case) -> date | None:
    """The day of the case's latest status change (None before its first)."""
    return session.execute(
        select(func.max(CaseStatusChange.changed_on)).where(CaseStatusChange.case_id == case.id)
    ).scalar_one_or_none()


def advance_if_allowed(
    session: Session, actor: Actor, case: Case, target: CaseStatus, *, on: date, note: str = ""
) -> bool:
    """Move a case along when a record implies it (a report arrives, a review concludes).

    The move is dated ``on``, the record's own day, unless the case moved later than
    that already (a paper entered late): then it is dated with that latest move, since
    a case's moves follow one another (:mod:`app.domain.date_order`).
    """
    current = CaseStatus(case.status)
    if current is target or target not in allowed_next(current) or current is CaseStatus.CLOSED:
        return False
    on = max(d for d in (on, case.opened_on, _last_move_on(session, case)) if d is not None)
    transition_in_session(session, actor, case, target, on=on, note=note)
    return True


def ensure_open(case: Case) -> None:
    """Nothing is added to a closed case; corrections come after a reopen.

    The use cases ask ``permissions.require(actor, action, case)``, which applies this rule
    with the others; this is the rule alone, for a caller without an action.
    """
    check_writable(CaseStatus(case.status), case.case_number)


def change_status(
    db: Database,
    actor: Actor,
    case_number: str,
    target: str,
    *,
    note: str = "",
    outcome: str | None = None,
    on: date | None = None,
    expected_version: int | None = None,
) -> None:
    """Move a case to ``target`` if the lifecycle allows it; closing needs every finding resolved.

    ``expected_version`` is the case's version as the official saw it: if anything
    in the case changed since, the move is refused with ``record.changed``.
    """
    require(actor, "case.status")
    status = parse_case_status(target)
    if status is CaseStatus.CLOSED:
        require(actor, "case.close")
    note = checked("status_change", "note", note)
    with db.write() as session:
        case = get_case(session, actor, case_number)
        versioning.check(session, case, expected_version, case.case_number)
        if status is CaseStatus.CLOSED:
            check_transition(CaseStatus(case.status), status)
            unresolved = session.execute(
                select(func.count()).where(Finding.case_id == case.id, queries.unresolved())
            ).scalar_one()
            check_can_close(int(unresolved))
            outcome = checked("case", "outcome", outcome, required=True)
        transition_in_session(
            session, actor, case, status, on=on or date.today(), note=note, outcome=outcome
        )
        search_index.index_case(session, case.id)


# --- lists ----------------------------------------------------------------------------------------


def _scope(actor: Actor, session: Session, province: str | None) -> frozenset[str] | None:
    wanted = {resolve_province(session, province).code} if province else None
    return provinces_in_scope(actor, wanted)


def list_cases(
    db: Database,
    actor: Actor,
    *,
    province: str | None = None,
    status: str | None = None,
    text: str | None = None,
    overdue_only: bool = False,
    as_of: date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[CaseListRow]:
    """Cases the actor may see, with open/overdue counts and the next deadline as of a day."""
    status_value = parse_case_status(status).value if status else None
    with db.read() as session:
        flt = queries.CaseFilter(
            _scope(actor, session, province), status_value, filter_text(text), overdue_only
        )
        return queries.list_cases(session, as_of or date.today(), flt, limit=limit, offset=offset)


def overdue(
    db: Database,
    actor: Actor,
    *,
    as_of: date | None = None,
    province: str | None = None,
    limit: int | None = None,
) -> list[OverdueRow]:
    """Overdue findings the actor may see, most overdue first."""
    with db.read() as session:
        return queries.overdue_findings(
            session, as_of or date.today(), _scope(actor, session, province), limit=limit
        )


# --- the full record of one case ------------------------------------------------------------


def show_case(
    db: Database, actor: Actor, case_number: str, *, as_of: date | None = None
) -> CaseDetail:
    """The complete record of one case as plain data (for the case view, CLI and dossier)."""
    today = as_of or date.today()
    with db.read() as session:
        case = get_case(session, actor, case_number)
        return case_record.detail(session, case, today, actor)


def case_id_for(db: Database, actor: Actor, case_number: str) -> uuid.UUID:
    with db.read() as session:
        return get_case(session, actor, case_number).id
