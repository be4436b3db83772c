"""Cases: opening with a gapless number, status changes, lists and the full case record."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.db import queries
from app.db.engine import Database
from app.db.models import (
    AssessmentReport,
    Attachment,
    Case,
    CaseCounter,
    CaseStatusChange,
    Company,
    DeadlineExtension,
    Finding,
    Inspection,
    Province,
    Review,
    Summons,
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
from app.readmodel.lists import CaseListRow, OverdueRow
from app.services import audit, versioning
from app.services import search as search_index
from app.services.common import filter_text, get_case, resolve_province
from app.services.companies import find_company, sees_company
from app.services.context import Actor
from app.services.permissions import provinces_in_scope, require, transition_action
from app.services.text_rules import checked


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
    :func:`app.services.companies.visible`): any other is "not found or not permitted",
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
        return _detail(session, case, today, actor)


def _detail(session: Session, case: Case, today: date, actor: Actor) -> CaseDetail:
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
    company (registered in their scope, the rule of app.services.companies.visible).

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
    # As on the Summons page (app.services.summons_list): the companies summoned are
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


def case_id_for(db: Database, actor: Actor, case_number: str) -> uuid.UUID:
    with db.read() as session:
        return get_case(session, actor, case_number).id
