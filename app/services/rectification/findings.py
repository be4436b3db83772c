"""Findings (hidden safety hazards): raising, extending, rectifying, verifying, waiving."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import AssessmentReport, Case, DeadlineExtension, Finding, Inspection, Review
from app.domain.date_order import check_not_before, check_record_dates
from app.domain.errors import NotFoundError, ValidationError
from app.domain.finding_lifecycle import FindingStatus, Severity, check_extension
from app.domain.workdays import Deadline, PeriodUnit, compute_deadline
from app.readmodel.case import ExtensionView, FindingView
from app.services.casework.case_record import finding_view
from app.services.casework.cases import touch
from app.services.overview import search as search_index
from app.services.overview.calendar import load_calendar
from app.services.support import audit, versioning
from app.services.support.common import (
    as_date,
    choice,
    get_case,
    need_date,
    resolve_item,
)
from app.services.support.context import Actor
from app.services.support.permissions import FindingRecord, require
from app.services.support.text_rules import checked

SEVERITIES = tuple(s.value for s in Severity)


@dataclass(frozen=True)
class FindingInput:
    item_code: str
    severity: str
    description: str
    raised_on: date | str
    # Either a period counted from raised_on ...
    period: int | None = None
    unit: str = "working"
    # ... or an explicit date.
    deadline: date | str | None = None
    legal_basis: str = ""
    required_rectification: str = ""
    source: str = "review"
    review_id: uuid.UUID | None = None
    inspection_id: uuid.UUID | None = None


def _deadline(session: Session, raised_on: date, data: FindingInput) -> Deadline:
    explicit = as_date(data.deadline, "deadline", required=False)
    if explicit is not None:
        if explicit < raised_on:
            raise ValidationError(
                "finding.deadline_before_raised",
                deadline=explicit.isoformat(),
                raised_on=raised_on.isoformat(),
            )
        return Deadline(explicit, False, ())
    if data.period is None:
        raise ValidationError("field.required", field="deadline")
    unit = PeriodUnit(choice(data.unit, "unit", tuple(u.value for u in PeriodUnit)))
    return compute_deadline(raised_on, data.period, unit, load_calendar(session))


def add_finding(
    db: Database, actor: Actor, case_number: str, data: FindingInput
) -> tuple[uuid.UUID, Deadline]:
    """Raise a finding with its rectification deadline; returns its id and the computed deadline."""
    require(actor, "finding.add")
    raised_on = need_date(data.raised_on, "raised_on")
    severity = choice(data.severity, "severity", SEVERITIES)
    source = choice(data.source, "source", ("review", "inspection"))
    description = checked("finding", "description", data.description)
    legal_basis = checked("finding", "legal_basis", data.legal_basis)
    required = checked("finding", "required_rectification", data.required_rectification)
    with db.write() as session:
        case = get_case(session, actor, case_number)
        require(actor, "finding.add", case)
        item = resolve_item(session, data.item_code)
        deadline = _deadline(session, raised_on, data)
        if data.review_id is not None:
            review = session.get(Review, data.review_id)
            report = session.get(AssessmentReport, review.report_id) if review else None
            if report is None or report.case_id != case.id:
                raise NotFoundError("review.not_found", value=str(data.review_id))
        if data.inspection_id is not None:
            inspection = session.get(Inspection, data.inspection_id)
            if inspection is None or inspection.case_id != case.id:
                raise NotFoundError("inspection.not_found", value=str(data.inspection_id))
        number = (
            session.execute(
                select(func.coalesce(func.max(Finding.number), 0)).where(Finding.case_id == case.id)
            ).scalar_one()
            + 1
        )
        finding = Finding(
            case_id=case.id,
            number=number,
            source=source,
            review_id=data.review_id,
            inspection_id=data.inspection_id,
            item_code=item.code,
            severity=severity,
            description=description,
            legal_basis=legal_basis,
            required_rectification=required,
            raised_on=raised_on,
            original_deadline=deadline.due,
            current_deadline=deadline.due,
            deadline_provisional=deadline.provisional,
            status=FindingStatus.OPEN.value,
            updated_by=actor.login,
        )
        session.add(finding)
        session.flush()
        touch(case, actor)
        audit.record(
            session,
            actor,
            "finding.add",
            "finding",
            finding.id,
            case_id=case.id,
            after=audit.snapshot(finding),
        )
        search_index.index_finding(session, finding.id)
        return finding.id, deadline


def _finding(
    session: Session,
    actor: Actor,
    case_number: str,
    number: int,
    expected_version: int | None = None,
) -> tuple[Case, Finding]:
    """The finding, locked for this write; ``record.changed`` if it moved past ``expected_version``."""
    case = get_case(session, actor, case_number)
    finding = session.execute(
        select(Finding).where(Finding.case_id == case.id, Finding.number == number)
    ).scalar_one_or_none()
    if finding is None:
        raise NotFoundError("finding.not_found", value=f"{case.case_number} #{number}")
    versioning.check(session, finding, expected_version, _label(case, finding))
    return case, finding


def _label(case: Case, finding: Finding) -> str:
    return f"{case.case_number} #{finding.number}"


def _dates(finding: Finding) -> dict[str, date | None]:
    """The finding's dates, as :func:`app.domain.date_order.check_record_dates` reads them."""
    return {
        "raised_on": finding.raised_on,
        "submitted_on": finding.submitted_on,
        "verified_on": finding.verified_on,
        "waived_on": finding.waived_on,
    }


def _change(
    session: Session,
    actor: Actor,
    case: Case,
    finding: Finding,
    action: str,
    before: dict[str, object],
) -> None:
    versioning.stamp(finding, actor)  # the version moves on at flush (version_id_col)
    touch(case, actor)
    versioning.flush(session, finding, _label(case, finding))
    b, a = audit.diff(before, audit.snapshot(finding))
    audit.record(session, actor, action, "finding", finding.id, case_id=case.id, before=b, after=a)
    search_index.index_finding(session, finding.id)


def extend_deadline(
    db: Database,
    actor: Actor,
    case_number: str,
    number: int,
    *,
    new_deadline: date | str,
    reason: str,
    approver: str,
    approved_on: date | str | None = None,
    expected_version: int | None = None,
) -> None:
    """Extend a finding's deadline; the original and every extension are kept.

    Refused with ``record.changed`` if the finding is no longer at ``expected_version``.
    """
    require(actor, "finding.extend")
    new = need_date(new_deadline, "new_deadline")
    approved = as_date(approved_on, "approved_on", required=False) or date.today()
    reason = checked("extension", "reason", reason, required=False)
    approver = checked("extension", "approver", approver, required=False)
    with db.write() as session:
        case, finding = _finding(session, actor, case_number, number, expected_version)
        require(actor, "finding.extend", FindingRecord(case, finding.status))
        check_extension(finding.current_deadline, new, reason, approver)
        check_not_before(approved, "approved_on", finding.raised_on, "raised_on")
        before = audit.snapshot(finding)
        extension = DeadlineExtension(
            finding_id=finding.id,
            old_deadline=finding.current_deadline,
            new_deadline=new,
            reason=reason,
            approver=approver,
            approved_on=approved,
        )
        session.add(extension)
        finding.current_deadline = new
        _change(session, actor, case, finding, "finding.extend", before)


def submit_rectification(
    db: Database,
    actor: Actor,
    case_number: str,
    number: int,
    *,
    evidence: str,
    submitted_on: date | str | None = None,
    expected_version: int | None = None,
) -> None:
    """The company's rectification evidence has arrived (refused on a changed finding)."""
    require(actor, "finding.submit")
    evidence = checked(
        "finding", "rectification_evidence", evidence, field="evidence", required=True
    )
    on = as_date(submitted_on, "submitted_on", required=False) or date.today()
    with db.write() as session:
        case, finding = _finding(session, actor, case_number, number, expected_version)
        require(actor, "finding.submit", FindingRecord(case, finding.status))
        before = audit.snapshot(finding)
        finding.status = FindingStatus.SUBMITTED.value
        finding.rectification_evidence = evidence
        finding.submitted_on = on
        check_record_dates("finding", _dates(finding))
        _change(session, actor, case, finding, "finding.submit", before)


def verify_finding(
    db: Database,
    actor: Actor,
    case_number: str,
    number: int,
    *,
    verified_by: str | None = None,
    verified_on: date | str | None = None,
    expected_version: int | None = None,
) -> None:
    """A supervisor confirms the rectification; the finding is closed (refused on a changed one)."""
    require(actor, "finding.verify")
    on = as_date(verified_on, "verified_on", required=False) or date.today()
    with db.write() as session:
        case, finding = _finding(session, actor, case_number, number, expected_version)
        require(actor, "finding.verify", FindingRecord(case, finding.status))
        before = audit.snapshot(finding)
        finding.status = FindingStatus.VERIFIED.value
        finding.verified_by = checked("finding", "verified_by", verified_by) or actor.login
        finding.verified_on = on
        check_record_dates("finding", _dates(finding))
        _change(session, actor, case, finding, "finding.verify", before)


def reject_rectification(
    db: Database,
    actor: Actor,
    case_number: str,
    number: int,
    *,
    expected_version: int | None = None,
) -> None:
    """The evidence does not show the hazard removed: the finding is open again."""
    require(actor, "finding.reject")
    with db.write() as session:
        case, finding = _finding(session, actor, case_number, number, expected_version)
        require(actor, "finding.reject", FindingRecord(case, finding.status))
        before = audit.snapshot(finding)
        finding.status = FindingStatus.OPEN.value
        _change(session, actor, case, finding, "finding.reject", before)


def waive_finding(
    db: Database,
    actor: Actor,
    case_number: str,
    number: int,
    *,
    reason: str,
    waived_on: date | str | None = None,
    expected_version: int | None = None,
) -> None:
    """A supervisor formally waives a finding, with the reason kept (refused on a changed one)."""
    require(actor, "finding.waive")
    reason = checked("finding", "waive_reason", reason, field="reason", required=True)
    on = as_date(waived_on, "waived_on", required=False) or date.today()
    with db.write() as session:
        case, finding = _finding(session, actor, case_number, number, expected_version)
        require(actor, "finding.waive", FindingRecord(case, finding.status))
        before = audit.snapshot(finding)
        finding.status = FindingStatus.WAIVED.value
        finding.waive_reason = reason
        finding.waived_by = actor.login
        finding.waived_on = on
        check_record_dates("finding", _dates(finding))
        _change(session, actor, case, finding, "finding.waive", before)


# --- reading one finding and correcting its texts --------------------------------------------


@dataclass(frozen=True)
class FindingEdit:
    """The fields of a finding an official may correct after raising it.

    The deadline is not among them: it moves only by an approved extension.
    """

    item_code: str
    severity: str
    description: str
    legal_basis: str = ""
    required_rectification: str = ""


def _view(session: Session, finding: Finding, today: date) -> FindingView:
    extensions = [
        ExtensionView(e.old_deadline, e.new_deadline, e.reason, e.approver, e.approved_on)
        for e in session.execute(
            select(DeadlineExtension)
            .where(DeadlineExtension.finding_id == finding.id)
            .order_by(DeadlineExtension.created_at)
        ).scalars()
    ]
    return finding_view(finding, extensions, today)


def get_finding(
    db: Database, actor: Actor, case_number: str, number: int, *, as_of: date | None = None
) -> FindingView:
    """One finding of a case the actor may see, as stored now (with its version)."""
    with db.read() as session:
        case = get_case(session, actor, case_number)
        finding = session.execute(
            select(Finding).where(Finding.case_id == case.id, Finding.number == number)
        ).scalar_one_or_none()
        if finding is None:
            raise NotFoundError("finding.not_found", value=f"{case.case_number} #{number}")
        return _view(session, finding, as_of or date.today())


def update_finding(
    db: Database,
    actor: Actor,
    case_number: str,
    number: int,
    data: FindingEdit,
    *,
    expected_version: int | None = None,
) -> FindingView:
    """Correct a finding's item, severity and texts; returns it as saved (new version).

    ``expected_version`` is the version the official loaded: if someone else saved
    the finding since, the save is refused with ``record.changed`` (who and when)
    and nothing is written, so no one's edit is silently lost. A save that changes
    nothing writes nothing. One audit event holds the fields that changed.
    """
    require(actor, "finding.edit")
    severity = choice(data.severity, "severity", SEVERITIES)
    description = checked("finding", "description", data.description)
    legal_basis = checked("finding", "legal_basis", data.legal_basis)
    required = checked("finding", "required_rectification", data.required_rectification)
    with db.write() as session:
        case, finding = _finding(session, actor, case_number, number, expected_version)
        require(actor, "finding.edit", case)
        item = resolve_item(session, data.item_code)
        values = {
            "item_code": item.code,
            "severity": severity,
            "description": description,
            "legal_basis": legal_basis,
            "required_rectification": required,
        }
        changed = {k: v for k, v in values.items() if getattr(finding, k) != v}
        if changed:
            before = audit.snapshot(finding)
            for key, value in changed.items():
                setattr(finding, key, value)
            _change(session, actor, case, finding, "finding.edit", before)
            session.expire(finding, ["item"])  # the item may be another one now
        return _view(session, finding, date.today())
