"""Self-assessment reports (awaited or received) and their written reviews."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Agency, AssessmentReport, Province, ReportTrigger, Review, Service
from app.domain.case_lifecycle import CaseStatus
from app.domain.date_order import check_not_before
from app.domain.errors import NotFoundError, ValidationError
from app.domain.report_due import TriggerRule, report_due_date
from app.domain.review import ReviewConclusion
from app.domain.workdays import PeriodUnit
from app.services.casework.cases import advance_if_allowed, touch
from app.services.overview.calendar import load_calendar
from app.services.support import audit, versioning
from app.services.support.common import (
    as_date,
    choice,
    findable,
    get_case,
    need_date,
)
from app.services.support.context import Actor
from app.services.support.permissions import require
from app.services.support.text_rules import checked

AGENCY_KINDS = ("cyberspace", "public_security", "other")
CONCLUSIONS = tuple(c.value for c in ReviewConclusion)
# What a review's conclusion means for the case, when the lifecycle allows the step.
CONCLUSION_STATUS = {
    "reassessment": CaseStatus.AWAITING_REPORT,
    "rectification": CaseStatus.RECTIFICATION,
    "inspection": CaseStatus.INSPECTION,
}


@dataclass(frozen=True)
class ReportInput:
    trigger: str
    received_on: date | str | None = None  # None: the report is still awaited
    event_date: date | str | None = None
    planned_launch: date | str | None = None
    receiving_agency: str | None = None
    agency_kind: str = "cyberspace"
    service_id: uuid.UUID | None = None
    report_version: int = 1
    summary: str = ""
    # The day an awaited report was asked for: the case's status change is dated so.
    requested_on: date | str | None = None


def get_or_create_agency(
    session: Session, name: str, kind: str, province_code: str | None, *, field: str = "agency"
) -> Agency:
    """The agency of this name in this province (None: national), created if new.

    ``field`` is how the form names it, for the refusal of a blank or bad name.
    """
    name = checked("agency", "name", name, field=field)
    kind = choice(kind, "agency_kind", AGENCY_KINDS)
    if province_code is not None and session.get(Province, province_code) is None:
        raise ValidationError("province.unknown", value=province_code, field=field)
    agency = session.execute(
        select(Agency).where(Agency.name == name, Agency.province_code == province_code)
    ).scalar_one_or_none()
    if agency is None:
        agency = Agency(name=name, kind=kind, province_code=province_code)
        session.add(agency)
        session.flush()
    return agency


def _trigger(session: Session, code: str) -> ReportTrigger:
    text = (code or "").strip().upper()
    trigger = session.get(ReportTrigger, text) if findable(text) else None
    if trigger is None:
        allowed = ", ".join(session.execute(select(ReportTrigger.code)).scalars())
        raise ValidationError("trigger.unknown", value=code, allowed=allowed)
    return trigger


def add_report(db: Database, actor: Actor, case_number: str, data: ReportInput) -> uuid.UUID:
    """Record a report awaited or received; its due date follows from the trigger's period.

    A received report moves the case to review when the lifecycle allows it; an
    awaited one moves a newly opened case to 'awaiting report'.
    """
    require(actor, "report.add")
    received = as_date(data.received_on, "received_on", required=False)
    event = as_date(data.event_date, "event_date", required=False)
    launch = as_date(data.planned_launch, "planned_launch", required=False)
    requested = as_date(data.requested_on, "requested_on", required=False)
    summary = checked("report", "summary", data.summary)
    if not 1 <= data.report_version <= 999:
        raise ValidationError(
            "field.invalid_number", field="report_version", value=data.report_version
        )
    with db.write() as session:
        case = get_case(session, actor, case_number)
        require(actor, "report.add", case)
        trigger = _trigger(session, data.trigger)
        if data.service_id is not None:
            service = session.get(Service, data.service_id)
            if service is None or service.company_id != case.company_id:
                raise NotFoundError("service.not_found", value=str(data.service_id))
        rule = TriggerRule(
            trigger.code,
            "before_launch" if trigger.due_kind == "before_launch" else "within",
            trigger.period,
            PeriodUnit(trigger.period_unit) if trigger.period_unit else None,
        )
        due = report_due_date(
            rule, event_date=event, planned_launch=launch, calendar=load_calendar(session)
        )
        agency = (
            get_or_create_agency(
                session,
                data.receiving_agency or "",
                data.agency_kind,
                case.province_code,
                field="receiving_agency",
            )
            if (data.receiving_agency or "").strip()  # blank: no agency named yet
            else None
        )
        report = AssessmentReport(
            case_id=case.id,
            service_id=data.service_id,
            trigger_code=trigger.code,
            event_date=event,
            planned_launch=launch,
            due_date=due.due if due else None,
            due_provisional=bool(due and due.provisional),
            received_on=received,
            receiving_agency_id=agency.id if agency else None,
            report_version=data.report_version,
            summary=summary,
            updated_by=actor.login,
        )
        session.add(report)
        session.flush()
        touch(case, actor)
        audit.record(
            session,
            actor,
            "report.add",
            "report",
            report.id,
            case_id=case.id,
            after=audit.snapshot(report),
        )
        on = received or requested or date.today()
        if received:
            advance_if_allowed(session, actor, case, CaseStatus.UNDER_REVIEW, on=on)
        else:
            advance_if_allowed(session, actor, case, CaseStatus.AWAITING_REPORT, on=on)
        return report.id


def mark_received(
    db: Database,
    actor: Actor,
    report_id: uuid.UUID,
    received_on: date | str,
    receiving_agency: str | None = None,
    *,
    expected_version: int | None = None,
) -> None:
    """An awaited report has arrived.

    Refused with ``record.changed`` (nothing written) if the report is no longer
    at ``expected_version``, the version the official saw.
    """
    require(actor, "report.receive")
    received = need_date(received_on, "received_on")
    with db.write() as session:
        report = _report(session, actor, report_id)
        case = get_case(session, actor, _case_number(session, report))
        label = f"{case.case_number} {report.trigger_code}"
        versioning.check(session, report, expected_version, label)
        require(actor, "report.receive", case)
        before = audit.snapshot(report)
        report.received_on = received
        if (receiving_agency or "").strip():
            report.receiving_agency_id = get_or_create_agency(
                session,
                receiving_agency or "",
                "cyberspace",
                case.province_code,
                field="receiving_agency",
            ).id
        versioning.stamp(report, actor)  # the version moves on at flush (version_id_col)
        touch(case, actor)
        versioning.flush(session, report, label)
        b, a = audit.diff(before, audit.snapshot(report))
        audit.record(
            session,
            actor,
            "report.received",
            "report",
            report.id,
            case_id=case.id,
            before=b,
            after=a,
        )
        advance_if_allowed(session, actor, case, CaseStatus.UNDER_REVIEW, on=received)


def _report(session: Session, actor: Actor, report_id: uuid.UUID) -> AssessmentReport:
    report = session.get(AssessmentReport, report_id)
    if report is None:
        raise NotFoundError("report.not_found", value=str(report_id))
    from app.db.models import Case

    case = session.get(Case, report.case_id)
    if case is None or not actor.sees(case.province_code):
        raise NotFoundError("report.not_found", value=str(report_id))
    return report


def _case_number(session: Session, report: AssessmentReport) -> str:
    from app.db.models import Case

    case = session.get(Case, report.case_id)
    assert case is not None
    return case.case_number


@dataclass(frozen=True)
class ReviewInput:
    agency: str
    agency_kind: str
    reviewer: str
    reviewed_on: date | str
    conclusion: str
    notes: str = ""


def record_review(db: Database, actor: Actor, report_id: uuid.UUID, data: ReviewInput) -> uuid.UUID:
    """A written review of a received report; its conclusion moves the case on where allowed."""
    require(actor, "review.record")
    reviewed_on = need_date(data.reviewed_on, "reviewed_on")
    conclusion = choice(data.conclusion, "conclusion", CONCLUSIONS)
    reviewer = checked("review", "reviewer", data.reviewer)
    notes = checked("review", "notes", data.notes)
    with db.write() as session:
        report = _report(session, actor, report_id)
        if report.received_on is None:
            raise ValidationError("report.not_received")
        check_not_before(reviewed_on, "reviewed_on", report.received_on, "received_on")
        case = get_case(session, actor, _case_number(session, report))
        require(actor, "review.record", case)
        agency = get_or_create_agency(session, data.agency, data.agency_kind, case.province_code)
        review = Review(
            report_id=report.id,
            agency_id=agency.id,
            reviewer=reviewer,
            reviewed_on=reviewed_on,
            conclusion=conclusion,
            notes=notes,
            updated_by=actor.login,
        )
        session.add(review)
        session.flush()
        touch(case, actor)
        audit.record(
            session,
            actor,
            "review.add",
            "review",
            review.id,
            case_id=case.id,
            after=audit.snapshot(review),
        )
        target = CONCLUSION_STATUS.get(conclusion)
        if target is not None:
            advance_if_allowed(session, actor, case, target, on=reviewed_on)
        return review.id
