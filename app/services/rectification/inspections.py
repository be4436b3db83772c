"""On-site inspections: scheduling, the checklist, notes and the conclusion."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Case, ChecklistResult, Inspection
from app.domain.case_lifecycle import CaseStatus
from app.domain.errors import NotFoundError
from app.services.casework.cases import advance_if_allowed, touch
from app.services.overview import search as search_index
from app.services.rectification.reports import get_or_create_agency
from app.services.support import audit, versioning
from app.services.support.common import choice, get_case, need_date, resolve_item
from app.services.support.context import Actor
from app.services.support.permissions import require
from app.services.support.text_rules import checked

RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")


@dataclass(frozen=True)
class InspectionInput:
    inspected_on: date | str
    address: str
    agencies: tuple[tuple[str, str], ...] = ()  # (name, kind)
    inspectors: str = ""
    company_staff: str = ""
    scope: str = ""


@dataclass(frozen=True)
class InspectionRecord:
    """What is written during and after the visit."""

    checklist: Mapping[str, tuple[str, str]] = field(
        default_factory=dict
    )  # item -> (result, remark)
    notes: str | None = None
    conclusion: str | None = None
    done: bool = False


def schedule_inspection(
    db: Database, actor: Actor, case_number: str, data: InspectionInput
) -> uuid.UUID:
    """Plan an on-site inspection; the case moves to 'on-site inspection' where allowed."""
    require(actor, "inspection.schedule")
    on = need_date(data.inspected_on, "inspected_on")
    address = checked("inspection", "address", data.address)
    inspectors = checked("inspection", "inspectors", data.inspectors)
    staff = checked("inspection", "company_staff", data.company_staff)
    scope = checked("inspection", "scope", data.scope)
    with db.write() as session:
        case = get_case(session, actor, case_number)
        require(actor, "inspection.schedule", case)
        inspection = Inspection(
            case_id=case.id,
            inspected_on=on,
            address=address,
            inspectors=inspectors,
            company_staff=staff,
            scope=scope,
            updated_by=actor.login,
        )
        inspection.agencies = [
            get_or_create_agency(session, name, kind, case.province_code, field="agencies")
            for name, kind in data.agencies
        ]
        session.add(inspection)
        session.flush()
        touch(case, actor)
        audit.record(
            session,
            actor,
            "inspection.schedule",
            "inspection",
            inspection.id,
            case_id=case.id,
            after=audit.snapshot(inspection),
        )
        search_index.index_inspection(session, inspection.id)
        advance_if_allowed(session, actor, case, CaseStatus.INSPECTION, on=on)
        return inspection.id


def _inspection(
    session: Session, actor: Actor, inspection_id: uuid.UUID
) -> tuple[Case, Inspection]:
    inspection = session.get(Inspection, inspection_id)
    case = session.get(Case, inspection.case_id) if inspection else None
    if inspection is None or case is None or not actor.sees(case.province_code):
        raise NotFoundError("inspection.not_found", value=str(inspection_id))
    return case, inspection


def record_inspection(
    db: Database,
    actor: Actor,
    inspection_id: uuid.UUID,
    data: InspectionRecord,
    *,
    expected_version: int | None = None,
) -> int:
    """Save checklist results, notes and conclusion; everything is checked before anything is written.

    Returns the inspection's new version, to hand back with the next save: a save
    made on a version someone else has changed since is refused with
    ``record.changed`` (who and when) and writes nothing.
    """
    require(actor, "inspection.record")
    notes = checked("inspection", "notes", data.notes) if data.notes is not None else None
    conclusion = (
        checked("inspection", "conclusion", data.conclusion)
        if data.conclusion is not None
        else None
    )
    results: dict[str, tuple[str, str]] = {}
    for code, (result, remark) in data.checklist.items():
        results[code] = (
            choice(result, "result", RESULTS),
            checked("checklist", "remark", remark),
        )
    with db.write() as session:
        case, inspection = _inspection(session, actor, inspection_id)
        label = f"{case.case_number} {inspection.inspected_on.isoformat()}"
        versioning.check(session, inspection, expected_version, label)
        require(actor, "inspection.record", case)
        before = audit.snapshot(inspection)
        before["checklist"] = {c.item_code: [c.result, c.remark] for c in inspection.checklist}
        existing = {c.item_code: c for c in inspection.checklist}
        for code, (result, remark) in results.items():
            item = resolve_item(session, code)
            row = existing.get(item.code)
            if row is None:
                row = ChecklistResult(
                    inspection_id=inspection.id,
                    item_code=item.code,
                    result=result,
                    remark=remark,
                    updated_by=actor.login,
                )
                session.add(row)
                inspection.checklist.append(row)
            elif (row.result, row.remark) != (result, remark):
                row.result, row.remark = result, remark
                versioning.stamp(row, actor)
        if notes is not None:
            inspection.notes = notes
        if conclusion is not None:
            inspection.conclusion = conclusion
        if data.done:
            inspection.status = "done"
        versioning.stamp(inspection, actor)  # the version moves on at flush (version_id_col)
        touch(case, actor)
        versioning.flush(session, inspection, label)
        after = audit.snapshot(inspection)
        after["checklist"] = {
            c.item_code: [c.result, c.remark]
            for c in session.execute(
                select(ChecklistResult).where(ChecklistResult.inspection_id == inspection.id)
            ).scalars()
        }
        b, a = audit.diff(before, after)
        audit.record(
            session,
            actor,
            "inspection.record",
            "inspection",
            inspection.id,
            case_id=case.id,
            before=b,
            after=a,
        )
        search_index.index_inspection(session, inspection.id)
        return inspection.version
