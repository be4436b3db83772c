"""What the services hand to the window, the command line and the dossier about one case.

Frozen dataclasses of plain values (no database session, no ORM object): a reader
of a case never reaches into storage, and the dossier builds its PDF from these
alone.  :func:`app.services.casework.cases.show_case` makes a :class:`CaseDetail`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class CaseCompany:
    """The company of a case: its names and credit code for anyone who sees the case; its
    profile (address, legal representative, contacts) only for an official who sees the
    company itself, else ``None`` with ``profile_withheld`` set."""

    credit_code: str
    name_zh: str
    name_en: str | None
    short_name: str | None
    province_code: str
    address: str | None
    legal_representative: str | None
    contact_name: str | None
    contact_phone: str | None
    contact_email: str | None
    is_demo: bool
    profile_withheld: bool

    def name(self, lang: str) -> str:
        """The name to show in ``lang``: the English one where there is one, else Chinese."""
        return (self.name_en or self.name_zh) if lang == "en" else self.name_zh


@dataclass(frozen=True)
class CaseSummons:
    """The summons that opened a case, with this company's attendance.  ``companies``
    names the companies summoned that the official may see; the others are counted in
    ``companies_hidden``."""

    id: uuid.UUID
    held_on: date
    place: str
    topic: str
    requirements: str
    agencies: list[str]
    companies: list[str]
    companies_hidden: int
    attended: bool | None
    attendees: str
    commitments: str


@dataclass(frozen=True)
class ExtensionView:
    old_deadline: date
    new_deadline: date
    reason: str
    approver: str
    approved_on: date


@dataclass(frozen=True)
class FindingView:
    id: uuid.UUID
    number: int
    source: str
    item_code: str
    item_name_zh: str
    item_name_en: str
    severity: str
    description: str
    legal_basis: str
    required_rectification: str
    raised_on: date
    original_deadline: date
    current_deadline: date
    deadline_provisional: bool
    status: str
    overdue: bool
    days_overdue: int
    rectification_evidence: str
    submitted_on: date | None
    verified_by: str | None
    verified_on: date | None
    waive_reason: str | None
    extensions: list[ExtensionView]
    # Optimistic locking: hand ``version`` back with an edit (app.services.support.versioning).
    version: int = 0
    updated_by: str = ""  # login of the last writer
    updated_at: datetime | None = None  # UTC


@dataclass(frozen=True)
class ReviewView:
    id: uuid.UUID
    agency: str
    agency_kind: str
    reviewer: str
    reviewed_on: date
    conclusion: str
    notes: str
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ReportView:
    id: uuid.UUID
    trigger_code: str
    trigger_zh: str
    trigger_en: str
    service: str | None
    event_date: date | None
    planned_launch: date | None
    due_date: date | None
    due_provisional: bool
    received_on: date | None
    receiving_agency: str | None
    report_version: int
    summary: str
    late: bool
    overdue: bool
    reviews: list[ReviewView]
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ChecklistView:
    item_code: str
    item_name_zh: str
    item_name_en: str
    result: str
    remark: str


@dataclass(frozen=True)
class InspectionView:
    id: uuid.UUID
    inspected_on: date
    address: str
    agencies: list[str]
    inspectors: str
    company_staff: str
    scope: str
    notes: str
    conclusion: str
    status: str
    checklist: list[ChecklistView]
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    owner_type: str
    owner_id: uuid.UUID
    original_name: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: str


@dataclass(frozen=True)
class StatusChangeView:
    from_status: str | None
    to_status: str
    changed_on: date
    changed_by: str
    note: str


@dataclass(frozen=True)
class ChronologyEvent:
    on: date
    kind: str  # summons | case_status | report_due | report | review | finding | extension | ...
    # What happened, as codes, names and days; app.text.chronology says it in a language.
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    case_number: str
    status: str
    allowed_next: list[str]
    province_code: str
    province_zh: str
    province_en: str
    opened_on: date
    closed_on: date | None
    outcome: str | None
    closing_note: str | None
    company: CaseCompany
    summons: CaseSummons | None
    officials: list[str]
    reports: list[ReportView]
    findings: list[FindingView]
    inspections: list[InspectionView]
    attachments: list[AttachmentView]
    status_changes: list[StatusChangeView]
    chronology: list[ChronologyEvent] = field(default_factory=list)
    audit_head: str | None = None
    as_of: date = field(default_factory=date.today)
    # The case's version counts activity on the whole case (see touch).
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None
