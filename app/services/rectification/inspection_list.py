"""Reads behind the inspection views: the list of inspections, their files, when they were saved.

Plain data only; every function opens one read session and checks the actor's
province scope, so an inspection of a province the actor may not see is
"not found" exactly as in :mod:`app.services.rectification.inspections`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Attachment, AuditEvent, Case, Company, Inspection
from app.domain.errors import NotFoundError
from app.services.rectification.attachments import stored_file
from app.services.support.context import Actor
from app.services.support.permissions import scope_clause


@dataclass(frozen=True)
class InspectionRow:
    """One inspection as the lists show it."""

    id: uuid.UUID
    case_number: str
    province_code: str
    company: str  # Chinese legal name
    company_en: str | None
    inspected_on: date
    address: str
    status: str  # scheduled | done
    inspectors: str
    upcoming: bool  # on or after the day the list was made for


@dataclass(frozen=True)
class InspectionFile:
    """A photo or document attached to an inspection, with where its bytes are stored."""

    id: uuid.UUID
    name: str
    media_type: str
    size: int
    path: Path

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def list_inspections(
    db: Database,
    actor: Actor,
    *,
    provinces: frozenset[str] | None = None,
    as_of: date | None = None,
    limit: int | None = 1000,
) -> list[InspectionRow]:
    """Inspections in the actor's scope (narrowed to ``provinces`` if given).

    Upcoming ones (dated ``as_of`` or later) come first, nearest first; then the
    past ones, most recent first.  ``limit`` caps each of the two groups.
    """
    today = as_of or date.today()
    base = (
        select(
            Inspection.id,
            Case.case_number,
            Case.province_code,
            Company.name_zh,
            Company.name_en,
            Inspection.inspected_on,
            Inspection.address,
            Inspection.status,
            Inspection.inspectors,
        )
        .join(Case, Case.id == Inspection.case_id)
        .join(Company, Company.id == Case.company_id)
        .where(scope_clause(actor, Case.province_code, provinces))
    )
    upcoming = (
        base.where(Inspection.inspected_on >= today)
        .order_by(Inspection.inspected_on, Case.case_number)
        .limit(limit)
    )
    past = (
        base.where(Inspection.inspected_on < today)
        .order_by(Inspection.inspected_on.desc(), Case.case_number)
        .limit(limit)
    )
    with db.read() as session:
        rows = [(r, True) for r in session.execute(upcoming)]
        rows += [(r, False) for r in session.execute(past)]
    return [
        InspectionRow(
            id=r.id,
            case_number=r.case_number,
            province_code=r.province_code,
            company=r.name_zh,
            company_en=r.name_en,
            inspected_on=r.inspected_on,
            address=r.address,
            status=r.status,
            inspectors=r.inspectors,
            upcoming=is_upcoming,
        )
        for r, is_upcoming in rows
    ]


def _check_access(session: Session, actor: Actor, inspection_id: uuid.UUID) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    case = session.get(Case, inspection.case_id) if inspection else None
    if inspection is None or case is None or not actor.sees(case.province_code):
        raise NotFoundError("inspection.not_found", value=str(inspection_id))
    return inspection


def inspection_files(db: Database, actor: Actor, inspection_id: uuid.UUID) -> list[InspectionFile]:
    """The files attached to one inspection, oldest first, with their stored file paths."""
    with db.read() as session:
        _check_access(session, actor, inspection_id)
        rows = session.execute(
            select(Attachment)
            .where(Attachment.owner_type == "inspection", Attachment.owner_id == inspection_id)
            .order_by(Attachment.added_at)
        ).scalars()
        found = [(a.id, a.original_name, a.media_type, a.size, a.stored_path) for a in rows]
    # Outside the session: on a server, stored_file may fetch the content into the cache.
    return [
        InspectionFile(att_id, name, media, size, stored_file(db, stored))
        for att_id, name, media, size, stored in found
    ]


def inspection_saved_at(db: Database, actor: Actor, inspection_id: uuid.UUID) -> datetime | None:
    """When the inspection was last written (scheduled or recorded), as a UTC moment.

    Taken from the audit trail, which every write of an inspection appends to;
    an editor compares it with the time of a local draft to tell which is newer.
    """
    with db.read() as session:
        _check_access(session, actor, inspection_id)
        at = session.execute(
            select(func.max(AuditEvent.at)).where(
                AuditEvent.entity_type == "inspection",
                AuditEvent.entity_id == str(inspection_id),
            )
        ).scalar_one_or_none()
    return at
