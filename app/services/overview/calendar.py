"""Working-day calendar: the package's official calendar plus days entered by users."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import CalendarDay
from app.domain.workdays import Deadline, PeriodUnit, WorkCalendar, compute_deadline
from app.services.support import audit
from app.services.support.common import clean_text
from app.services.support.context import Actor
from app.services.support.permissions import require


def load_calendar(session: Session) -> WorkCalendar:
    overrides = {
        day: working
        for day, working in session.execute(select(CalendarDay.day, CalendarDay.is_working))
    }
    return WorkCalendar(overrides)


def deadline(db: Database, start: date, n: int, unit: PeriodUnit) -> Deadline:
    """The deadline ``n`` calendar or working days after ``start`` (start not counted)."""
    with db.read() as session:
        return compute_deadline(start, n, unit, load_calendar(session))


@dataclass(frozen=True)
class CalendarEntry:
    day: date
    is_working: bool
    note: str


def set_calendar_day(
    db: Database, actor: Actor, day: date, is_working: bool, note: str = ""
) -> None:
    """Enter (or correct) one day of a year the official calendar does not cover yet.

    The office's calendar moves every working-day deadline: supervisors and
    administrators only.
    """
    require(actor, "calendar.set")
    note = clean_text(note, "note")
    with db.write() as session:
        entry = session.get(CalendarDay, day)
        before = audit.snapshot(entry) if entry else None
        if entry is None:
            entry = CalendarDay(day=day, is_working=is_working, note=note)
            session.add(entry)
        else:
            entry.is_working, entry.note = is_working, note
        session.flush()
        audit.record(
            session,
            actor,
            "calendar.set",
            "calendar_day",
            day.isoformat(),
            before=before,
            after=audit.snapshot(entry),
        )


def calendar_entries(db: Database, year: int | None = None) -> list[CalendarEntry]:
    with db.read() as session:
        query = select(CalendarDay).order_by(CalendarDay.day)
        if year is not None:
            query = query.where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        return [
            CalendarEntry(d.day, d.is_working, d.note) for d in session.execute(query).scalars()
        ]
