"""Which records the audit trail covers, how their events name them, and how a problem reads.

Survey of the write paths (``grep -rn audit.record app/services``), the basis of
:data:`RECORD_TYPES`:

* Each record below is created by a use case that writes an event holding all its
  columns (``audit.snapshot``) and changed by use cases writing the changed ones
  (``audit.diff``); the exchange import and conflict resolution write
  ``exchange.add`` / ``exchange.update`` events named by the exchange's record
  type.  So the state a record should have is the fold of its events' ``after``
  values in ``seq`` order, over the columns of :func:`app.services.support.audit.record_columns`.
* Three kinds of record are written beside an audited change without an event of
  their own, and are checked against that change instead (``derived``):
  a case's status changes (``cases.open_case_in_session`` and
  ``cases.transition_in_session`` write the row, the ``case.open`` / ``case.status``
  event holds the case's status before and after), a finding's deadline extensions
  (``findings.extend_deadline``: the ``finding.extend`` event holds the old and the
  new ``current_deadline``) and an inspection's checklist results
  (``inspections.record_inspection``: the ``inspection.record`` event holds the
  whole checklist as ``{item: [result, remark]}``).  Only what those events hold
  can be compared: a status change's note and day, an extension's reason,
  approver and day are recorded nowhere.
* Agencies are created by ``reports.get_or_create_agency`` without any event
  (``partial``): only those an exchange import wrote or changed are compared, and
  only in the fields their events hold.
* Links no event records are not compared: a case's officials and an inspection's
  agencies (the dossier's record digests still cover them).  An account's
  provinces and a summons's agencies (by name) are in the events and compared.

A record must have been created by an event (the first of its events holds no
``before``), unless its type is ``partial``; nothing the application keeps is ever
deleted, so a record the events name that is gone is a problem too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, select, type_coerce
from sqlalchemy.sql import Select
from sqlalchemy.types import NullType

from app.db.models import (
    Agency,
    AssessmentReport,
    Attachment,
    Base,
    CalendarDay,
    Case,
    CaseStatusChange,
    ChecklistResult,
    Company,
    DeadlineExtension,
    Finding,
    Inspection,
    Review,
    Service,
    Setting,
    Summons,
    SummonsAttendance,
    User,
    summons_agencies,
    user_provinces,
)

Mode = Literal["own", "derived", "embedded", "partial"]

# Tables whose rows are no records of the audit trail, and why.
NOT_RECORDS: dict[str, str] = {
    "provinces": "reference data, loaded by migration 0002 only",
    "assessment_items": "reference data, loaded by migration 0002 only",
    "report_triggers": "reference data, loaded by migration 0002 only",
    "case_counters": "the last case number handed out: bookkeeping of the numbering",
    "reminder_states": "what each official was reminded of: per-official state",
    "search_documents": "the search index, derived and rebuilt at will",
    "search_fts": "the search index (SQLite FTS5)",
    "search_fts_data": "the search index (SQLite FTS5)",
    "search_fts_idx": "the search index (SQLite FTS5)",
    "search_fts_config": "the search index (SQLite FTS5)",
    "audit_events": "the chain itself, verified by audit.verify_chain",
    "audit_head": "the chain's head, verified by audit.verify_chain",
    "attachment_blobs": "file contents, checked against the attachments' SHA-256",
    "exchange_records": "exchange state: the hash last exchanged per record",
    "exchange_conflicts": "exchange state; resolving one is an exchange.resolve event",
    "exchange_imports": "exchange state; each import is an exchange.import event",
    "case_officials": "a link no event records (in the dossier's record digests)",
    "inspection_agencies": "a link no event records (in the dossier's record digests)",
    "user_provinces": "compared as the field 'provinces' of an account",
    "summons_agencies": "compared as the field 'agencies' of a summons",
}
# Audit event types that name no stored record.
NOT_RECORD_EVENTS = frozenset({"exchange_package", "exchange_conflict"})


@dataclass(frozen=True)
class Link:
    """A many-to-many link compared as one field of its owner: the sorted values."""

    field: str
    query: Callable[[], Select[Any]]  # (owner id as stored, value) rows


@dataclass(frozen=True)
class RecordType:
    name: str  # as problems name it, and the exchange's record type where it travels
    model: type[Base]
    event_types: tuple[str, ...]  # the entity_type of its events
    label: Callable[[Mapping[str, Any], Names], str]
    mode: Mode = "own"
    key: str = "id"  # the column the events' entity_id names
    links: tuple[Link, ...] = ()
    # The rows belonging to one case (for a dossier); None: not a record of a case.
    in_case: Callable[[uuid.UUID], ColumnElement[bool]] | None = None
    group: str = ""  # derived: the column of the record whose event it is part of

    @property
    def table(self) -> str:
        return str(self.model.__table__.name)  # type: ignore[attr-defined]


class Names:
    """How the records a problem mentions are called: filled in bulk by the caller."""

    def __init__(self) -> None:
        self.cases: dict[str, str] = {}  # case id -> case number
        self.companies: dict[str, str] = {}  # company id -> credit code
        self.summons: dict[str, str] = {}  # summons id -> day held
        self.findings: dict[str, tuple[str, int]] = {}  # id -> (case id, number)
        self.reports: dict[str, tuple[str, str, int]] = {}  # id -> (case id, trigger, version)
        self.inspections: dict[str, tuple[str, str]] = {}  # id -> (case id, day)

    def case(self, case_id: Any) -> str:
        return self.cases.get(str(case_id), _short(case_id))

    def finding(self, finding_id: Any) -> str:
        found = self.findings.get(str(finding_id))
        return f"{self.case(found[0])} #{found[1]}" if found else _short(finding_id)

    def report(self, report_id: Any) -> str:
        found = self.reports.get(str(report_id))
        return f"{self.case(found[0])} {found[1]} v{found[2]}" if found else _short(report_id)

    def inspection(self, inspection_id: Any) -> str:
        found = self.inspections.get(str(inspection_id))
        return f"{self.case(found[0])} {found[1]}" if found else _short(inspection_id)

    def case_of(self, record_type: str, values: Mapping[str, Any]) -> str | None:
        """The case number of a record, where it belongs to a case."""
        if values.get("case_id"):
            return self.case(values["case_id"])
        parent: tuple[Any, ...] | None = None
        if record_type == "review":
            parent = self.reports.get(str(values.get("report_id")))
        elif record_type == "extension":
            parent = self.findings.get(str(values.get("finding_id")))
        elif record_type == "checklist":
            parent = self.inspections.get(str(values.get("inspection_id")))
        return self.case(parent[0]) if parent else None


def _raw(column: Any) -> Any:
    """``column`` as the database holds it (no conversion that a bad value would break)."""
    return type_coerce(column, NullType())


def _short(value: Any) -> str:
    return str(value)[:8] if value else "—"


def _arrow(a: Any, b: Any) -> str:
    return f"{a or '—'}→{b or '—'}"


def _case_rows(model: Any) -> Callable[[uuid.UUID], ColumnElement[bool]]:
    return lambda case_id: model.case_id == case_id


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(
        "company",
        Company,
        ("company",),
        lambda v, n: str(v.get("credit_code") or _short(v.get("id"))),
        in_case=lambda case_id: (
            Company.id == select(Case.company_id).where(Case.id == case_id).scalar_subquery()
        ),
    ),
    RecordType("agency", Agency, ("agency",), lambda v, n: str(v.get("name")), mode="partial"),
    RecordType("service", Service, ("service",), lambda v, n: str(v.get("name"))),
    RecordType(
        "summons",
        Summons,
        ("summons",),
        lambda v, n: str(v.get("held_on")),
        links=(
            Link(
                "agencies",
                lambda: select(_raw(summons_agencies.c.summons_id), Agency.name).join(
                    Agency, Agency.id == summons_agencies.c.agency_id
                ),
            ),
        ),
    ),
    RecordType(
        "attendance",
        SummonsAttendance,
        ("summons_attendance", "attendance"),
        lambda v, n: (
            f"{n.summons.get(str(v.get('summons_id')), '—')} "
            f"{n.companies.get(str(v.get('company_id')), _short(v.get('company_id')))}"
        ),
    ),
    RecordType(
        "user",
        User,
        ("user",),
        lambda v, n: str(v.get("login")),
        links=(
            Link(
                "provinces",
                lambda: select(_raw(user_provinces.c.user_id), user_provinces.c.province_code),
            ),
        ),
    ),
    RecordType(
        "case",
        Case,
        ("case",),
        lambda v, n: str(v.get("case_number") or n.case(v.get("id"))),
        in_case=lambda case_id: Case.id == case_id,
    ),
    RecordType(
        "status_change",
        CaseStatusChange,
        ("status_change",),
        lambda v, n: (
            f"{n.case(v.get('case_id'))} {_arrow(v.get('from_status'), v.get('to_status'))}"
        ),
        mode="derived",
        group="case_id",
        in_case=_case_rows(CaseStatusChange),
    ),
    RecordType(
        "report",
        AssessmentReport,
        ("report",),
        lambda v, n: (
            f"{n.case(v.get('case_id'))} {v.get('trigger_code')} v{v.get('report_version')}"
        ),
        in_case=_case_rows(AssessmentReport),
    ),
    RecordType(
        "review",
        Review,
        ("review",),
        lambda v, n: f"{n.report(v.get('report_id'))} {v.get('reviewed_on')}",
        in_case=lambda case_id: Review.report_id.in_(
            select(AssessmentReport.id).where(AssessmentReport.case_id == case_id)
        ),
    ),
    RecordType(
        "inspection",
        Inspection,
        ("inspection",),
        lambda v, n: f"{n.case(v.get('case_id'))} {v.get('inspected_on')}",
        in_case=_case_rows(Inspection),
    ),
    RecordType(
        "checklist",
        ChecklistResult,
        ("checklist",),
        lambda v, n: f"{n.inspection(v.get('inspection_id'))} {v.get('item_code')}",
        mode="embedded",
        in_case=lambda case_id: ChecklistResult.inspection_id.in_(
            select(Inspection.id).where(Inspection.case_id == case_id)
        ),
    ),
    RecordType(
        "finding",
        Finding,
        ("finding",),
        lambda v, n: f"{n.case(v.get('case_id'))} #{v.get('number')}",
        in_case=_case_rows(Finding),
    ),
    RecordType(
        "extension",
        DeadlineExtension,
        ("extension",),
        lambda v, n: (
            f"{n.finding(v.get('finding_id'))} "
            f"{_arrow(v.get('old_deadline'), v.get('new_deadline'))}"
        ),
        mode="derived",
        group="finding_id",
        in_case=lambda case_id: DeadlineExtension.finding_id.in_(
            select(Finding.id).where(Finding.case_id == case_id)
        ),
    ),
    RecordType(
        "attachment",
        Attachment,
        ("attachment",),
        lambda v, n: f"{n.case(v.get('case_id'))} {v.get('original_name')}",
        in_case=_case_rows(Attachment),
    ),
    RecordType(
        "calendar_day", CalendarDay, ("calendar_day",), lambda v, n: str(v.get("day")), key="day"
    ),
    RecordType("setting", Setting, ("setting",), lambda v, n: str(v.get("key")), key="key"),
)
BY_NAME = {t.name: t for t in RECORD_TYPES}
BY_EVENT_TYPE = {e: t for t in RECORD_TYPES for e in t.event_types}

# How each type reads in a message, and the messages themselves, are in
# app/catalogues/record_audit.json (labels "audit_record_type", "audit_record_problem").
