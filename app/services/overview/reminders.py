"""Deadline reminders without a mail server: a ladder of steps, each announced once.

A step is a number of days relative to a finding's *current* deadline
(``STEPS``: 30, 10, 5 and 1 days before, 1, 5, 10 and 30 days after).  For each
unresolved finding in scope, :func:`due_reminders` returns the highest step
reached as of a day if that step is later than every step already announced to
(or dismissed by) this login — one reminder per finding, never a step twice.
After a long absence only the latest step is announced, not every one missed.

:func:`dismiss` records the step reached as dismissed: the finding stays silent
until the next step.  An extension moves the deadline and so restarts the
ladder: a state written before the finding's latest extension is ignored.

Whose findings remind whom (the case's assigned officials are not yet
maintained by any use case, so this is written to work with and without them):

* supervisor and admin: every unresolved finding in their province scope —
  the overdue findings of every official included;
* inspector and viewer: findings of cases assigned to them, and of cases
  assigned to nobody within their province scope (today: all of them).

The states are one official's notification bookkeeping, not case records, so
they are not written to the audit trail.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import ScalarSelect

from app.db import queries
from app.db.engine import Database
from app.db.models import (
    Case,
    Company,
    DeadlineExtension,
    Finding,
    ReminderState,
    User,
    case_officials,
)
from app.db.types import utcnow
from app.domain.errors import NotFoundError
from app.services.support.context import Actor
from app.services.support.permissions import can, scope_clause

STEPS: tuple[int, ...] = (-30, -10, -5, -1, 1, 5, 10, 30)


@dataclass(frozen=True)
class Reminder:
    finding_id: uuid.UUID
    case_number: str
    finding_number: int
    company: str
    company_en: str | None
    province_code: str
    item_code: str
    severity: str
    description: str
    current_deadline: date
    step: int  # the ladder step reached: negative before the deadline, positive after
    days: int  # as_of - deadline: negative = days left, positive = days overdue

    @property
    def overdue(self) -> bool:
        return self.days > 0


def reached_step(deadline: date, as_of: date) -> int | None:
    """The highest step of the ladder reached on ``as_of`` (None before the first)."""
    offset = (as_of - deadline).days
    reached = [step for step in STEPS if step <= offset]
    return reached[-1] if reached else None


def is_due(step: int | None, announced: int | None, dismissed: int | None) -> bool:
    """A reached step is announced when it is later than every step told or dismissed."""
    if step is None:
        return False
    told = [s for s in (announced, dismissed) if s is not None]
    return not told or step > max(told)


def _mine(actor: Actor) -> ColumnElement[bool]:
    """The cases whose findings remind this actor (see the module docstring)."""
    if can(actor, "finding.extend"):  # who approves extensions follows every deadline
        return true()
    assigned = select(case_officials.c.case_id).where(case_officials.c.case_id == Case.id)
    mine = (
        select(case_officials.c.case_id)
        .join(User, User.id == case_officials.c.user_id)
        .where(case_officials.c.case_id == Case.id, User.login == actor.login)
    )
    return or_(~exists(assigned), exists(mine))


def _last_extension() -> ScalarSelect[Any]:
    return (
        select(func.max(DeadlineExtension.created_at))
        .where(DeadlineExtension.finding_id == Finding.id)
        .correlate(Finding)
        .scalar_subquery()
    )


def _finished() -> ColumnElement[bool]:
    never = STEPS[0] - 1
    return or_(
        func.coalesce(ReminderState.announced_step, never) >= STEPS[-1],
        func.coalesce(ReminderState.dismissed_step, never) >= STEPS[-1],
    )


def due_reminders(
    db: Database, actor: Actor, *, as_of: date, provinces: frozenset[str] | None = None
) -> list[Reminder]:
    """The reminders to announce to ``actor`` on ``as_of``, most overdue first.

    Only unresolved findings in the actor's province scope (narrowed further by
    ``provinces`` when given); at most one per finding; never a step already
    announced or dismissed for the deadline in force.
    """
    last_extension = _last_extension()
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
            Finding.description,
            Finding.current_deadline,
            ReminderState.announced_step,
            ReminderState.dismissed_step,
            ReminderState.updated_at,
            last_extension,
        )
        .join(Case, Case.id == Finding.case_id)
        .join(Company, Company.id == Case.company_id)
        .outerjoin(
            ReminderState,
            (ReminderState.finding_id == Finding.id) & (ReminderState.login == actor.login),
        )
        # In SQL: the first step reached, and not past the ladder's end (the bulk of a
        # large database's overdue findings); the steps in between are checked below.
        .where(
            queries.unresolved(),
            Finding.current_deadline <= as_of - timedelta(days=STEPS[0]),
            _mine(actor),
            or_(~_finished(), last_extension > ReminderState.updated_at),
            scope_clause(actor, Case.province_code, provinces),
        )
        .order_by(Finding.current_deadline, Case.case_number, Finding.number)
    )
    reminders = []
    with db.read() as session:
        for row in session.execute(query):
            (fid, number, n, company, company_en, province, item, severity, desc, deadline) = row[
                :10
            ]
            announced, dismissed, updated_at, extended_at = row[10:]
            if extended_at is not None and updated_at is not None and extended_at > updated_at:
                announced = dismissed = None  # a new deadline: the ladder starts again
            step = reached_step(deadline, as_of)
            if not is_due(step, announced, dismissed):
                continue
            assert step is not None
            reminders.append(
                Reminder(
                    fid,
                    number,
                    n,
                    company,
                    company_en,
                    province,
                    item,
                    severity,
                    desc,
                    deadline,
                    step,
                    (as_of - deadline).days,
                )
            )
    return reminders


def _state(session: Session, actor: Actor, finding_id: uuid.UUID) -> ReminderState:
    state = session.get(ReminderState, (actor.login, finding_id))
    if state is None:
        state = ReminderState(
            login=actor.login, finding_id=finding_id, announced_step=None, dismissed_step=None
        )
        session.add(state)
    return state


def _restart_if_extended(session: Session, state: ReminderState) -> None:
    if state.updated_at is None:
        return
    extended = session.execute(
        select(func.max(DeadlineExtension.created_at)).where(
            DeadlineExtension.finding_id == state.finding_id
        )
    ).scalar_one()
    if extended is not None and extended > state.updated_at:
        state.announced_step = state.dismissed_step = None


def _visible_finding(session: Session, actor: Actor, finding_id: uuid.UUID) -> Finding:
    row = session.execute(
        select(Finding, Case.province_code)
        .join(Case, Case.id == Finding.case_id)
        .where(Finding.id == finding_id)
    ).one_or_none()
    if row is None or not actor.sees(row[1]):
        raise NotFoundError("finding.not_found", value=str(finding_id))
    finding: Finding = row[0]
    return finding


def mark_announced(db: Database, actor: Actor, reminders: Iterable[Reminder]) -> None:
    """Record that these reminders were shown to ``actor`` (one transaction).

    A finding the actor may not see is "not found" and nothing is recorded.
    """
    with db.write() as session:
        for reminder in reminders:
            _visible_finding(session, actor, reminder.finding_id)
            state = _state(session, actor, reminder.finding_id)
            _restart_if_extended(session, state)
            state.announced_step = max(reminder.step, state.announced_step or reminder.step)
            state.updated_at = utcnow()


def dismiss(db: Database, actor: Actor, finding_id: uuid.UUID | str, *, as_of: date) -> int | None:
    """Silence a finding's reminders until the next step of the ladder.

    Returns the step dismissed, or None when no step has been reached yet (or the
    finding is resolved) and there is nothing to silence.  A finding the actor may
    not see is "not found".
    """
    try:
        fid = finding_id if isinstance(finding_id, uuid.UUID) else uuid.UUID(str(finding_id))
    except ValueError as exc:  # not an id at all: no such finding
        raise NotFoundError("finding.not_found", value=str(finding_id)) from exc
    with db.write() as session:
        finding = _visible_finding(session, actor, fid)
        if finding.status in queries.RESOLVED:
            return None
        step = reached_step(finding.current_deadline, as_of)
        if step is None:
            return None
        state = _state(session, actor, fid)
        _restart_if_extended(session, state)
        state.dismissed_step = max(step, state.dismissed_step or step)
        state.updated_at = utcnow()
        return step


def silenced(
    db: Database, actor: Actor, finding_ids: Sequence[uuid.UUID], *, as_of: date
) -> set[uuid.UUID]:
    """The findings among ``finding_ids`` whose current step ``actor`` has dismissed."""
    if not finding_ids:
        return set()
    with db.read() as session:
        rows = session.execute(
            select(
                Finding.id,
                Finding.current_deadline,
                ReminderState.dismissed_step,
                ReminderState.updated_at,
                _last_extension(),
            )
            .join(ReminderState, ReminderState.finding_id == Finding.id)
            .where(ReminderState.login == actor.login, Finding.id.in_(list(finding_ids)))
        )
        return {
            fid
            for fid, deadline, dismissed, updated_at, extended_at in rows
            if dismissed is not None
            and not (extended_at is not None and extended_at > updated_at)
            and reached_step(deadline, as_of) == dismissed
        }
