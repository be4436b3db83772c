"""The full record of one case, as the read model holds it: built from the stored rows.

:func:`app.services.casework.cases.show_case` reads the case within the actor's scope and hands
it here; the dossier export, the case window and the command line all see this one
record.  What a case shows of its company only to an official who sees the company
itself is :data:`COMPANY_PROFILE`.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    AssessmentReport,
    Attachment,
    Case,
    CaseStatusChange,
    Company,
    DeadlineExtension,
    Finding,
    Inspection,
    Review,
    Summons,
)
from app.domain.case_lifecycle import (
    CaseStatus,
    allowed_next,
)
from app.domain.finding_lifecycle import FindingStatus, days_overdue, is_overdue
from app.domain.report_due import is_report_late, is_report_overdue
from app.readmodel.case import (
    AttachmentView,
    CaseCompany,
    CaseDetail,
    CaseSummons,
    ChecklistView,
    ChronologyEvent,
    ExtensionView,
    FindingView,
    InspectionView,
    ReportView,
    ReviewView,
    StatusChangeView,
)
from app.services.registry.companies import sees_company
from app.services.support import audit
from app.services.support.context import Actor


def detail(session: Session, case: Case, today: date, actor: Actor) -> CaseDetail:
    company = case.company
    province = case.province
    summons = case.summons
    summons_data = _summons_data(session, summons, company.id, actor) if summons else None

    reports = (
        session.execute(
            select(AssessmentReport)
            .where(AssessmentReport.case_id == case.id)
            .order_by(AssessmentReport.created_at)
        )
        .scalars()
        .all()
    )
    report_ids = [r.id for r in reports]
    reviews_by_report: dict[uuid.UUID, list[ReviewView]] = {rid: [] for rid in report_ids}
    if report_ids:
        for review in session.execute(
            select(Review).where(Review.report_id.in_(report_ids)).order_by(Review.reviewed_on)
        ).scalars():
            reviews_by_report[review.report_id].append(
                ReviewView(
                    review.id,
                    review.agency.name,
                    review.agency.kind,
                    review.reviewer,
                    review.reviewed_on,
                    review.conclusion,
                    review.notes,
                    review.version,
                    review.updated_by,
                    review.updated_at,
                )
            )
    report_views = [
        ReportView(
            r.id,
            r.trigger_code,
            r.trigger.name_zh,
            r.trigger.name_en,
            r.service.name if r.service else None,
            r.event_date,
            r.planned_launch,
            r.due_date,
            r.due_provisional,
            r.received_on,
            r.receiving_agency.name if r.receiving_agency else None,
            r.report_version,
            r.summary,
            bool(r.received_on and r.due_date and is_report_late(r.received_on, r.due_date)),
            is_report_overdue(r.received_on, r.due_date, today),
            reviews_by_report[r.id],
            r.version,
            r.updated_by,
            r.updated_at,
        )
        for r in reports
    ]

    findings = (
        session.execute(select(Finding).where(Finding.case_id == case.id).order_by(Finding.number))
        .scalars()
        .all()
    )
    extensions: dict[uuid.UUID, list[ExtensionView]] = {f.id: [] for f in findings}
    if findings:
        for ext in session.execute(
            select(DeadlineExtension)
            .where(DeadlineExtension.finding_id.in_(list(extensions)))
            .order_by(DeadlineExtension.created_at)
        ).scalars():
            extensions[ext.finding_id].append(
                ExtensionView(
                    ext.old_deadline, ext.new_deadline, ext.reason, ext.approver, ext.approved_on
                )
            )
    finding_views = [finding_view(f, extensions[f.id], today) for f in findings]

    inspections = (
        session.execute(
            select(Inspection)
            .where(Inspection.case_id == case.id)
            .order_by(Inspection.inspected_on)
        )
        .scalars()
        .all()
    )
    inspection_views = [
        InspectionView(
            i.id,
            i.inspected_on,
            i.address,
            [a.name for a in i.agencies],
            i.inspectors,
            i.company_staff,
            i.scope,
            i.notes,
            i.conclusion,
            i.status,
            [
                ChecklistView(
                    c.item_code,
                    _item_names(session, c.item_code)[0],
                    _item_names(session, c.item_code)[1],
                    c.result,
                    c.remark,
                )
                for c in i.checklist
            ],
            i.version,
            i.updated_by,
            i.updated_at,
        )
        for i in inspections
    ]

    attachments = [
        AttachmentView(
            a.id,
            a.owner_type,
            a.owner_id,
            a.original_name,
            a.media_type,
            a.size,
            a.sha256,
            a.added_by,
            a.added_at.isoformat(timespec="seconds"),
        )
        for a in session.execute(
            select(Attachment).where(Attachment.case_id == case.id).order_by(Attachment.added_at)
        ).scalars()
    ]
    changes = [
        StatusChangeView(c.from_status, c.to_status, c.changed_on, c.changed_by, c.note)
        for c in session.execute(
            select(CaseStatusChange)
            .where(CaseStatusChange.case_id == case.id)
            .order_by(CaseStatusChange.changed_at)
        ).scalars()
    ]
    company_data = _company_data(company, actor)
    detail = CaseDetail(
        id=case.id,
        case_number=case.case_number,
        status=case.status,
        allowed_next=[s.value for s in allowed_next(CaseStatus(case.status))],
        province_code=case.province_code,
        province_zh=province.name_zh,
        province_en=province.name_en,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        outcome=case.outcome,
        closing_note=case.closing_note,
        company=company_data,
        summons=summons_data,
        officials=[u.display_name for u in case.officials],
        reports=report_views,
        findings=finding_views,
        inspections=inspection_views,
        attachments=attachments,
        status_changes=changes,
        audit_head=audit.case_head_hash(session, case.id),
        as_of=today,
        version=case.version,
        updated_by=case.updated_by,
        updated_at=case.updated_at,
    )
    detail.chronology.extend(chronology(detail))
    return detail


# What a case shows of its company only to an official who sees the company itself.
COMPANY_PROFILE = (
    "address",
    "legal_representative",
    "contact_name",
    "contact_phone",
    "contact_email",
)


def _company_data(company: Company, actor: Actor) -> CaseCompany:
    """The company of a case: its names and credit code for anyone who sees the case; its
    profile (address, legal representative, contacts) only for an actor who sees the
    company (registered in their scope, the rule of app.services.registry.companies.visible).

    A case of the actor's province for a company registered in another one says
    ``profile_withheld``: the window, the command line and the dossier show no profile.
    """
    shown = sees_company(actor, company)
    profile = {key: getattr(company, key) if shown else None for key in COMPANY_PROFILE}
    return CaseCompany(
        credit_code=company.credit_code,
        name_zh=company.name_zh,
        name_en=company.name_en,
        short_name=company.short_name,
        province_code=company.province_code,
        is_demo=company.is_demo,
        profile_withheld=not shown,
        **profile,
    )


def finding_view(f: Finding, extensions: list[ExtensionView], today: date) -> FindingView:
    """One finding as plain data, as of ``today`` (overdue and days overdue)."""
    return FindingView(
        f.id,
        f.number,
        f.source,
        f.item_code,
        f.item.name_zh,
        f.item.name_en,
        f.severity,
        f.description,
        f.legal_basis,
        f.required_rectification,
        f.raised_on,
        f.original_deadline,
        f.current_deadline,
        f.deadline_provisional,
        f.status,
        is_overdue(FindingStatus(f.status), f.current_deadline, today),
        days_overdue(FindingStatus(f.status), f.current_deadline, today),
        f.rectification_evidence,
        f.submitted_on,
        f.verified_by,
        f.verified_on,
        f.waive_reason,
        extensions,
        f.version,
        f.updated_by,
        f.updated_at,
    )


_ITEM_CACHE: dict[str, tuple[str, str]] = {}


def _item_names(session: Session, code: str) -> tuple[str, str]:
    from app.db.models import AssessmentItem

    if code not in _ITEM_CACHE:
        item = session.get(AssessmentItem, code)
        _ITEM_CACHE[code] = (item.name_zh, item.name_en) if item else (code, code)
    return _ITEM_CACHE[code]


def _summons_data(
    session: Session, summons: Summons, company_id: uuid.UUID, actor: Actor
) -> CaseSummons:
    attendance = next((a for a in summons.attendances if a.company_id == company_id), None)
    # As on the Summons page (app.services.casework.summons_list): the companies summoned are
    # named only where the actor sees their province or a case of theirs; the others
    # are counted.
    with_case_in_scope = {
        company
        for company, province in session.execute(
            select(Case.company_id, Case.province_code).where(Case.summons_id == summons.id)
        )
        if actor.sees(province)
    }
    shown = [
        a.company
        for a in summons.attendances
        if actor.sees(a.company.province_code) or a.company_id in with_case_in_scope
    ]
    return CaseSummons(
        id=summons.id,
        held_on=summons.held_on,
        place=summons.place,
        topic=summons.topic,
        requirements=summons.requirements,
        agencies=[a.name for a in summons.agencies],
        companies=[c.name_zh for c in shown],
        companies_hidden=len(summons.attendances) - len(shown),
        attended=attendance.attended if attendance else None,
        attendees=attendance.attendees if attendance else "",
        commitments=attendance.commitments if attendance else "",
    )


def chronology(d: CaseDetail) -> list[ChronologyEvent]:
    """Every event of the case in date order (stable for events of the same day), as kinds
    and values: :func:`app.text.chronology.chronology_text` says each one."""
    events: list[ChronologyEvent] = []

    def add(on: date, kind: str, **values: object) -> None:
        events.append(ChronologyEvent(on, kind, values))

    if d.summons:
        add(d.summons.held_on, "summons", topic=d.summons.topic)
    for c in d.status_changes:
        add(
            c.changed_on,
            "case_status",
            from_status=c.from_status,
            to_status=c.to_status,
            changed_by=c.changed_by,
        )
    for r in d.reports:
        trigger = {
            "trigger_code": r.trigger_code,
            "trigger_zh": r.trigger_zh,
            "trigger_en": r.trigger_en,
        }
        if r.received_on:
            add(r.received_on, "report", **trigger, report_version=r.report_version, late=r.late)
        elif r.due_date:
            add(r.due_date, "report_due", **trigger)
        for v in r.reviews:
            add(v.reviewed_on, "review", agency=v.agency, conclusion=v.conclusion)
    for f in d.findings:
        add(
            f.raised_on,
            "finding",
            number=f.number,
            item_code=f.item_code,
            deadline=f.original_deadline,
        )
        for e in f.extensions:
            add(
                e.approved_on,
                "extension",
                number=f.number,
                old_deadline=e.old_deadline,
                new_deadline=e.new_deadline,
                approver=e.approver,
            )
        if f.submitted_on:
            add(f.submitted_on, "rectification", number=f.number)
        if f.verified_on:
            add(f.verified_on, "verification", number=f.number, verified_by=f.verified_by)
    for i in d.inspections:
        add(i.inspected_on, "inspection", address=i.address)
    order = {
        k: n
        for n, k in enumerate(
            [
                "summons",
                "case_status",
                "report",
                "review",
                "finding",
                "inspection",
                "extension",
                "rectification",
                "verification",
                "report_due",
            ]
        )
    }
    return sorted(events, key=lambda e: (e.on, order.get(e.kind, 99)))
