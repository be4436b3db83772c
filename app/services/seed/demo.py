"""The demo data set: the meeting of 18 March 2021 and the follow-up work on its 11 cases.

The data is in ``resources/demo`` (:mod:`app.services.seed.demo_data` says what each file
holds and checks it before anything is written); this module writes it through the use
cases of this package inside ONE write transaction (``Database.write()`` is re-entrant),
so a failure part-way leaves nothing behind except, possibly, attachment files in the
content-addressed store (harmless: see :mod:`app.services.rectification.attachments`).

The data is fictitious and marked as such: companies carry ``is_demo``, their
names, addresses and legal representatives say （演示）/（演示数据）, and their
credit codes are generated (valid check character, body ``MA01DEMnn``), never a
real company's code.  The first round (reports, reviews, findings, inspections)
happens in 2021; a follow-up round is dated relative to ``today`` so that some
findings are overdue and some due within the next weeks whenever the demo is
loaded.  Apart from those relative dates the data set is deterministic.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Attachment, Case, Company, Finding, Inspection
from app.domain.errors import ConflictError, ValidationError
from app.domain.workdays import Deadline, PeriodUnit
from app.services.casework import cases, summons
from app.services.overview import calendar
from app.services.overview.calendar import load_calendar
from app.services.rectification import attachments, findings, inspections, reports
from app.services.registry import companies, users
from app.services.seed.demo_data import Days, DemoData, Event, read_demo_data
from app.services.support.context import Actor
from app.services.support.permissions import require

SUMMONS_DATE = date(2021, 3, 18)
# The first round ends by 2021-08-31; the follow-up round starts up to 120 days
# before ``today``.  An earlier ``today`` would put the rounds out of order.
EARLIEST_TODAY = date(2022, 1, 1)
DEMO_MARK = "（演示数据）"  # marks the texts of the data set as fictitious


@dataclass(frozen=True)
class DemoSummary:
    companies: int
    cases: list[str]
    findings: int
    overdue: int
    inspections: int
    attachments: int


def legal_basis(item_code: str, data: DemoData | None = None) -> str:
    """The legal basis quoted in a finding against assessment item ``item_code``."""
    law = (data or read_demo_data()).legal_basis
    text = f"{law['provisions']}第五条第{law['clauses'][item_code]}项"
    if item_code in law["related_law"]:
        text += f"；{law['related_law'][item_code]}"
    return text


@dataclass(frozen=True)
class _Raised:
    """A finding as raised: its number in the case, its deadline, the day it was raised."""

    number: int
    deadline: Deadline
    raised_on: date


class _Loader:
    """Writes the data set through the use cases; every call joins the caller's transaction.

    One method per kind of event (``demo_data.SHAPES``). What the events of the current
    case named: ``ids`` the reports, reviews and inspections (``kinds`` says which),
    ``findings`` the findings as raised.
    """

    def __init__(
        self, db: Database, actor: Actor, today: date, files: Path, data: DemoData
    ) -> None:
        self.db, self.actor, self.files, self.data = db, actor, files, data
        self.case = ""
        self.company = data.companies[0]
        self.ids: dict[str, uuid.UUID] = {}  # report, review, inspection
        self.kinds: dict[str, str] = {}  # id -> the kind of the event that named it
        self.findings: dict[str, _Raised] = {}
        self.writers: dict[str, Callable[[Event], None]] = {
            "report": self.report,
            "review": self.review,
            "inspection": self.inspection,
            "finding": self.finding,
            "rectification": self.rectification,
            "submission": self.submission,
            "extension": self.extension,
            "status": self.status,
            "attachment": self.attachment,
        }
        with db.read() as session:
            self.days = Days(today, load_calendar(session))

    def on(self, event: Event, key: str = "on") -> date:
        found = self.days.of(event.day(key))
        assert found is not None  # only received_on may be null (demo_data checks)
        return found

    def id_of(self, event: Event, key: str) -> uuid.UUID | None:
        return self.ids.get(event.get(key) or "")

    def named(self, event: Event, value: uuid.UUID) -> None:
        if name := event.get("id"):
            self.ids[name], self.kinds[name] = value, event.kind

    @property
    def agencies(self) -> tuple[str, str, str, str]:
        a = self.data.agencies[self.company.province]
        return a.cyberspace, a.public_security, a.cyberspace_reviewer, a.public_security_reviewer

    # the data set ---------------------------------------------------------------------------

    def load(self) -> list[str]:
        for company in self.data.companies:
            companies.create_company(
                self.db,
                self.actor,
                companies.CompanyInput(
                    credit_code=company.credit_code,
                    name_zh=company.name_zh,
                    province=company.province,
                    name_en=company.name_en,
                    short_name=company.short_name,
                    address=company.address,
                    legal_representative=company.legal_representative,
                    contact_name=company.contact_name,
                ),
                demo=True,
            )
        agencies: list[tuple[str, str, str | None]] = []
        for code, a in self.data.agencies.items():
            agencies += [
                (a.cyberspace, "cyberspace", code),
                (a.public_security, "public_security", code),
            ]
        meeting = self.data.summons
        _, numbers = summons.register_summons(
            self.db,
            self.actor,
            summons.SummonsInput(
                held_on=SUMMONS_DATE,
                place=meeting["place"],
                topic=meeting["topic"],
                requirements=meeting["requirements"],
                agencies=tuple(agencies),
                attendances=tuple(
                    summons.AttendanceInput(
                        company=company.credit_code,
                        attended=True,
                        attendees=meeting["attendees"].format(
                            short_name=company.short_name, service=company.service
                        ),
                        commitments=meeting["commitments"].format(
                            short_name=company.short_name, service=company.service
                        ),
                    )
                    for company in self.data.companies
                ),
            ),
        )
        for number, script in zip(numbers, self.data.scripts, strict=True):
            self.case, self.company = number, script.company
            self.ids, self.kinds, self.findings = {}, {}, {}
            for event in script.events:
                try:
                    self.writers[event.kind](event)
                except Exception as exc:  # a use case refused a value: say which one
                    exc.add_note(f"demo data: {event.where}")
                    raise
        return numbers

    # one writer per kind of event -------------------------------------------------------------

    def report(self, event: Event) -> None:
        received_on = self.days.of(event.day("received_on"))
        self.named(
            event,
            reports.add_report(
                self.db,
                self.actor,
                self.case,
                reports.ReportInput(
                    trigger=event.text("trigger"),
                    received_on=received_on,
                    event_date=self.days.of(event.day("event_date")),
                    planned_launch=self.days.of(event.day("planned_launch")),
                    receiving_agency=self.agencies[0] if received_on else None,
                    agency_kind="cyberspace",
                    report_version=event.number("version", 1),
                    summary=event.text("summary"),
                ),
            ),
        )

    def review(self, event: Event) -> None:
        cyber, police, cyber_reviewer, police_reviewer = self.agencies
        public_security = event.text("agency") == "public_security"
        report_id = self.id_of(event, "report")
        assert report_id is not None
        self.named(
            event,
            reports.record_review(
                self.db,
                self.actor,
                report_id,
                reports.ReviewInput(
                    agency=police if public_security else cyber,
                    agency_kind="public_security" if public_security else "cyberspace",
                    reviewer=police_reviewer if public_security else cyber_reviewer,
                    reviewed_on=self.on(event),
                    conclusion=event.text("conclusion"),
                    notes=event.text("notes"),
                ),
            ),
        )

    def inspection(self, event: Event) -> None:
        """Scheduled with both agencies of the province at the company's address, then done."""
        cyber, police, _, _ = self.agencies
        inspection = inspections.schedule_inspection(
            self.db,
            self.actor,
            self.case,
            inspections.InspectionInput(
                inspected_on=self.on(event),
                address=self.company.address,
                agencies=((cyber, "cyberspace"), (police, "public_security")),
                inspectors=event.text("inspectors"),
                company_staff=event.text("company_staff"),
                scope=event.text("scope"),
            ),
        )
        checklist = event.fields["checklist"]
        inspections.record_inspection(
            self.db,
            self.actor,
            inspection,
            inspections.InspectionRecord(
                checklist={item: (result, note) for item, (result, note) in checklist.items()},
                notes=event.text("notes"),
                conclusion=event.text("conclusion"),
                done=True,
            ),
        )
        self.named(event, inspection)

    def finding(self, event: Event) -> None:
        item = event.text("item")
        raised_on = self.on(event, "raised_on")
        inspection_id = self.id_of(event, "inspection")
        finding_id, deadline = findings.add_finding(
            self.db,
            self.actor,
            self.case,
            findings.FindingInput(
                item_code=item,
                severity=event.text("severity"),
                description=event.text("description"),
                raised_on=raised_on,
                period=event.number("period", 0),
                unit=event.get("unit") or PeriodUnit.WORKING.value,
                legal_basis=legal_basis(item, self.data),
                required_rectification=event.text("required"),
                source="inspection" if inspection_id else "review",
                review_id=self.id_of(event, "review"),
                inspection_id=inspection_id,
            ),
        )
        with self.db.read() as session:
            number = session.execute(
                select(Finding.number).where(Finding.id == finding_id)
            ).scalar_one()
        if name := event.get("id"):
            self.findings[name] = _Raised(number, deadline, raised_on)

    def rectification(self, event: Event) -> None:
        """Evidence submitted a few days before the deadline, verified a week later."""
        finding = self.findings[event.text("finding")]
        submitted = self.days.workday(
            max(finding.deadline.due - timedelta(days=3), finding.raised_on + timedelta(days=1)),
            step=-1,
        )
        findings.submit_rectification(
            self.db,
            self.actor,
            self.case,
            finding.number,
            evidence=event.text("evidence"),
            submitted_on=submitted,
        )
        findings.verify_finding(
            self.db,
            self.actor,
            self.case,
            finding.number,
            verified_by=f"{self.agencies[0]} {self.agencies[2]}",
            verified_on=self.days.workday(submitted + timedelta(days=7)),
        )

    def submission(self, event: Event) -> None:
        """Evidence submitted on the day the data says (and not verified)."""
        findings.submit_rectification(
            self.db,
            self.actor,
            self.case,
            self.findings[event.text("finding")].number,
            evidence=event.text("evidence"),
            submitted_on=self.on(event),
        )

    def extension(self, event: Event) -> None:
        """The deadline moved ``period`` days on, approved a few days before it fell due."""
        finding = self.findings[event.text("finding")]
        due = finding.deadline.due
        unit = PeriodUnit(event.get("unit") or PeriodUnit.WORKING.value)
        findings.extend_deadline(
            self.db,
            self.actor,
            self.case,
            finding.number,
            new_deadline=calendar.deadline(self.db, due, event.number("period", 0), unit).due,
            reason=event.text("reason"),
            approver=event.text("approver"),
            approved_on=self.days.workday(
                due - timedelta(days=event.number("approved_days_before_due", 0)), step=-1
            ),
        )

    def status(self, event: Event) -> None:
        cases.change_status(
            self.db,
            self.actor,
            self.case,
            event.text("to"),
            outcome=event.get("outcome"),
            note=event.text("note"),
            on=self.on(event),
        )

    def attachment(self, event: Event) -> None:
        """A text or PDF written for the occasion, or a file of the data set, as ``name``."""
        owner = event.get("owner")
        owner_type = self.kinds[owner] if owner else "case"
        attachments.add_attachment(
            self.db,
            self.actor,
            self.case,
            self.data.attachment_file(event, self.files),
            owner_type=owner_type,
            owner_id=self.id_of(event, "owner"),
            name=event.text("name"),
        )


# The demo's user accounts (login, name, role, provinces or None for all), created by
# ``load_demo(..., with_users=True)`` when the database has no users yet.
DEMO_PASSWORD = "demo-pass-2021"
DEMO_USERS: tuple[tuple[str, str, str, frozenset[str] | None], ...] = (
    ("demo_admin", "演示管理员", "admin", None),
    ("demo_supervisor", "演示督导", "supervisor", None),
    ("demo_zj_inspector", "演示检查员（浙江）", "inspector", frozenset({"330000"})),
    ("demo_bj_viewer", "演示查阅人员（北京）", "viewer", frozenset({"110000"})),
)


def load_demo(
    db: Database,
    actor: Actor,
    *,
    today: date | None = None,
    with_users: bool = False,
    folder: Path | None = None,
) -> DemoSummary:
    """Load the demo data set into an empty database, all or nothing.

    Refuses with ``ConflictError("demo.not_empty")`` when any company or case is
    already stored, and as :func:`app.services.support.permissions.can` says for "demo.load":
    ``role.forbidden`` for an actor who may not verify findings and approve extensions
    (the demo does both), ``scope.every_province`` for one who does not see every
    province (the demo has cases in five).  ``today``
    (default: the current date) is the day the follow-up round is dated from; it must
    not be before :data:`EARLIEST_TODAY`.  ``with_users`` also creates the demo
    accounts of :data:`DEMO_USERS` (password :data:`DEMO_PASSWORD`) if no user exists yet.
    ``folder`` holds the data set (default: ``resources/demo``); a damaged file in it is
    refused with ``import.unreadable`` before anything is written.
    """
    day = today or date.today()
    if day < EARLIEST_TODAY:
        raise ValidationError(
            "demo.today_too_early", earliest=EARLIEST_TODAY.isoformat(), value=day.isoformat()
        )
    require(actor, "demo.load")  # the demo opens cases in five provinces: every province
    data = read_demo_data(folder)
    with db.write() as session, tempfile.TemporaryDirectory(prefix="inspectdesk-demo-") as tmp:
        existing = session.execute(select(func.count()).select_from(Company)).scalar_one()
        existing += session.execute(select(func.count()).select_from(Case)).scalar_one()
        if existing:
            raise ConflictError("demo.not_empty", count=int(existing))
        numbers = _Loader(db, actor, day, Path(tmp), data).load()
        if with_users and not users.users_exist(db):
            for login, name, role, scope in DEMO_USERS:
                users.add_user(db, actor, login, name, role, scope, DEMO_PASSWORD)
        finding_count = session.execute(select(func.count()).select_from(Finding)).scalar_one()
        attachment_count = session.execute(
            select(func.count()).select_from(Attachment)
        ).scalar_one()
        inspection_count = session.execute(
            select(func.count()).select_from(Inspection)
        ).scalar_one()
        overdue = cases.overdue(db, actor, as_of=day)
        return DemoSummary(
            companies=len(data.companies),
            cases=numbers,
            findings=int(finding_count),
            overdue=len(overdue),
            inspections=int(inspection_count),
            attachments=int(attachment_count),
        )
