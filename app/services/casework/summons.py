"""Summons (约谈): the meeting, who attended, what they committed to, and a case each."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.db.engine import Database
from app.db.models import Summons, SummonsAttendance
from app.domain.errors import ValidationError
from app.services.casework.cases import open_case_in_session
from app.services.rectification.reports import get_or_create_agency
from app.services.registry.companies import find_company
from app.services.support import audit
from app.services.support.common import need_date
from app.services.support.context import Actor
from app.services.support.permissions import require
from app.services.support.text_rules import checked


@dataclass(frozen=True)
class AttendanceInput:
    company: str  # credit code or name
    attended: bool = True
    attendees: str = ""
    commitments: str = ""


@dataclass(frozen=True)
class SummonsInput:
    held_on: date | str
    place: str
    topic: str
    requirements: str = ""
    agencies: tuple[tuple[str, str, str | None], ...] = ()  # (name, kind, province code)
    attendances: tuple[AttendanceInput, ...] = ()


def register_summons(
    db: Database, actor: Actor, data: SummonsInput, *, open_cases: bool = True
) -> tuple[uuid.UUID, list[str]]:
    """Record a meeting and, in the same transaction, open one case per company summoned.

    Returns the summons id and the new case numbers in the order the companies were given.
    Every company must be registered in a province the actor sees (otherwise
    "not found or not permitted", and nothing is written).
    """
    require(actor, "summons.register")
    held_on = need_date(data.held_on, "held_on")
    place = checked("summons", "place", data.place)
    topic = checked("summons", "topic", data.topic)
    requirements = checked("summons", "requirements", data.requirements)
    if not data.attendances:
        raise ValidationError("field.required", field="companies")
    with db.write() as session:
        summons = Summons(held_on=held_on, place=place, topic=topic, requirements=requirements)
        summons.agencies = [
            get_or_create_agency(session, n, k, p, field="agencies") for n, k, p in data.agencies
        ]
        session.add(summons)
        session.flush()
        audit.record(
            session,
            actor,
            "summons.add",
            "summons",
            summons.id,
            after=audit.snapshot(summons) | {"agencies": [a.name for a in summons.agencies]},
        )
        numbers: list[str] = []
        seen: set[uuid.UUID] = set()
        for entry in data.attendances:
            # Only a company the actor sees (registered in their scope), so its case
            # opens in a province they see; any other is "not found or not permitted".
            company = find_company(session, actor, entry.company)
            if company.id in seen:
                continue
            seen.add(company.id)
            attendance = SummonsAttendance(
                summons_id=summons.id,
                company_id=company.id,
                attended=entry.attended,
                attendees=checked("attendance", "attendees", entry.attendees),
                commitments=checked("attendance", "commitments", entry.commitments),
            )
            session.add(attendance)
            session.flush()
            audit.record(
                session,
                actor,
                "summons.attendance",
                "summons_attendance",
                attendance.id,
                after=audit.snapshot(attendance),
            )
            if open_cases:
                case = open_case_in_session(
                    session, actor, company, opened_on=held_on, summons_id=summons.id
                )
                numbers.append(case.case_number)
        return summons.id, numbers
