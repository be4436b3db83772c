"""The exchange format, version 1: which records travel, their fields, and their hash.

A package carries records of the types in :data:`TYPES`, in that order (a type
only refers to types before it, except an attachment's owner).  Each record is
``{"id", "hash", "base", "fields"}``: ``fields`` are the values listed here as
JSON (dates ``YYYY-MM-DD``, moments ISO 8601 in UTC, UUIDs as text); ``hash``
is :func:`record_hash` of them; ``base`` is the hash the exporting office had
last exchanged for the record (None if never), which lets the importing office
tell "the sender built on what I hold" from "both sides changed it".

The fields are listed explicitly rather than read from the models, so that a
column added later does not silently change the format (a test compares the two).
Bookkeeping columns (``version``, ``updated_at``, ``updated_by``) and the stored
path of an attachment are local matters and never part of a record's content.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.db.models import (
    Agency,
    AssessmentReport,
    Attachment,
    Base,
    Case,
    CaseStatusChange,
    ChecklistResult,
    Company,
    DeadlineExtension,
    Finding,
    Inspection,
    Review,
    Service,
    Summons,
    SummonsAttendance,
)
from app.domain.case_lifecycle import CaseStatus
from app.domain.case_number import MAX_SEQ, MIN_SEQ
from app.domain.finding_lifecycle import FindingStatus, Severity
from app.domain.ranges import (
    MAX_FINDING_NUMBER,
    MAX_REPORT_VERSION,
    MAX_USER_COUNT,
    MAX_YEAR,
    MIN_REPORT_VERSION,
    MIN_YEAR,
)
from app.domain.review import ReviewConclusion

FORMAT = "inspectdesk-exchange"
SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
LONG_TEXT = 200_000
# Never part of a record's content: each database keeps its own.
BOOKKEEPING = frozenset({"id", "version", "updated_at", "updated_by", "stored_path"})


@dataclass(frozen=True)
class Field:
    """One field of a record as it travels.

    ``kind``: str | int | bool | date | datetime | ref | refs | choice | code | logins.
    ``hashed=False`` marks values carried for a new record but not compared
    (creation times, which differ for the same company registered twice).
    """

    kind: str
    nullable: bool = False
    max_length: int = LONG_TEXT
    target: str = ""  # the record type a ref points to
    choices: tuple[str, ...] = ()
    table: str = ""  # code: province | item | trigger
    hashed: bool = True
    # int: the range the commands accept (and the columns hold)
    low: int = -(2**63)
    high: int = 2**63 - 1


def _s(max_length: int = LONG_TEXT, nullable: bool = False) -> Field:
    return Field("str", nullable, max_length)


def _ref(target: str, nullable: bool = False) -> Field:
    return Field("ref", nullable, target=target)


def _choice(values: tuple[str, ...], nullable: bool = False) -> Field:
    return Field("choice", nullable, choices=values)


def _code(table: str, nullable: bool = False) -> Field:
    return Field("code", nullable, table=table)


def _int(low: int, high: int, nullable: bool = False) -> Field:
    return Field("int", nullable, low=low, high=high)


_DATE = Field("date")
_DATE_OR_NONE = Field("date", nullable=True)
_BOOL = Field("bool")
_CREATED = Field("datetime", hashed=False)
_CASE_STATUSES = tuple(s.value for s in CaseStatus)
_FINDING_STATUSES = tuple(s.value for s in FindingStatus)
_SEVERITIES = tuple(s.value for s in Severity)
_CONCLUSIONS = tuple(c.value for c in ReviewConclusion)
AGENCY_KINDS = ("cyberspace", "public_security", "other")
CHECK_RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")
OWNER_TYPES = ("case", "report", "inspection", "finding")


@dataclass(frozen=True)
class RecordSpec:
    name: str
    model: type[Base]
    fields: Mapping[str, Field]
    # The field leading to the record's case (province scope, audit), if any.
    parent: str = ""
    # A local record with these values under another id IS this record (aliased).
    natural_key: tuple[str, ...] = ()
    # A local record with these values under another id is a clash: refused.
    unique: tuple[tuple[str, ...], ...] = ()

    @property
    def file(self) -> str:
        return f"records/{self.name}.json"


SPECS: dict[str, RecordSpec] = {
    s.name: s
    for s in (
        RecordSpec(
            "agency",
            Agency,
            {
                "name": _s(200),
                "kind": _choice(AGENCY_KINDS),
                "province_code": _code("province", nullable=True),
            },
            natural_key=("name", "province_code"),
        ),
        RecordSpec(
            "company",
            Company,
            {
                "credit_code": Field("credit_code"),
                "name_zh": _s(200),
                "name_en": _s(200, nullable=True),
                "short_name": _s(100, nullable=True),
                "province_code": _code("province"),
                "address": _s(nullable=True),
                "legal_representative": _s(100, nullable=True),
                "contact_name": _s(100, nullable=True),
                "contact_phone": _s(50, nullable=True),
                "contact_email": _s(200, nullable=True),
                "is_demo": _BOOL,
                "created_at": _CREATED,
            },
            natural_key=("credit_code",),
        ),
        RecordSpec(
            "service",
            Service,
            {
                "company_id": _ref("company"),
                "name": _s(200),
                "kind": _s(40),
                "launch_date": _DATE_OR_NONE,
                "user_count": _int(0, MAX_USER_COUNT, nullable=True),
            },
        ),
        RecordSpec(
            "summons",
            Summons,
            {
                "held_on": _DATE,
                "place": _s(),
                "topic": _s(),
                "requirements": _s(),
                "created_at": _CREATED,
                "agency_ids": Field("refs", target="agency"),
            },
        ),
        RecordSpec(
            "attendance",
            SummonsAttendance,
            {
                "summons_id": _ref("summons"),
                "company_id": _ref("company"),
                "attended": _BOOL,
                "attendees": _s(),
                "commitments": _s(),
            },
            natural_key=("summons_id", "company_id"),
        ),
        RecordSpec(
            "case",
            Case,
            {
                "case_number": Field("case_number"),
                "province_code": _code("province"),
                "year": _int(MIN_YEAR, MAX_YEAR),
                "seq": _int(MIN_SEQ, MAX_SEQ),
                "company_id": _ref("company"),
                "summons_id": _ref("summons", nullable=True),
                "status": _choice(_CASE_STATUSES),
                "opened_on": _DATE,
                "closed_on": _DATE_OR_NONE,
                "outcome": _s(nullable=True),
                "closing_note": _s(nullable=True),
                "created_at": _CREATED,
                # Officials are accounts of the sending office: linked by login where
                # this office has the same login, never created, never compared.
                "official_logins": Field("logins", hashed=False),
            },
            unique=(("case_number",), ("province_code", "year", "seq")),
        ),
        RecordSpec(
            "status_change",
            CaseStatusChange,
            {
                "case_id": _ref("case"),
                "from_status": _choice(_CASE_STATUSES, nullable=True),
                "to_status": _choice(_CASE_STATUSES),
                "changed_on": _DATE,
                "changed_at": Field("datetime"),
                "changed_by": _s(64),
                "note": _s(),
            },
            parent="case_id",
        ),
        RecordSpec(
            "report",
            AssessmentReport,
            {
                "case_id": _ref("case"),
                "service_id": _ref("service", nullable=True),
                "trigger_code": _code("trigger"),
                "event_date": _DATE_OR_NONE,
                "planned_launch": _DATE_OR_NONE,
                "due_date": _DATE_OR_NONE,
                "due_provisional": _BOOL,
                "received_on": _DATE_OR_NONE,
                "receiving_agency_id": _ref("agency", nullable=True),
                "report_version": _int(MIN_REPORT_VERSION, MAX_REPORT_VERSION),
                "summary": _s(),
                "created_at": _CREATED,
            },
            parent="case_id",
        ),
        RecordSpec(
            "review",
            Review,
            {
                "report_id": _ref("report"),
                "agency_id": _ref("agency"),
                "reviewer": _s(120),
                "reviewed_on": _DATE,
                "conclusion": _choice(_CONCLUSIONS),
                "notes": _s(),
                "created_at": _CREATED,
            },
            parent="report_id",
        ),
        RecordSpec(
            "inspection",
            Inspection,
            {
                "case_id": _ref("case"),
                "inspected_on": _DATE,
                "address": _s(),
                "inspectors": _s(),
                "company_staff": _s(),
                "scope": _s(),
                "notes": _s(),
                "conclusion": _s(),
                "status": _choice(("scheduled", "done")),
                "created_at": _CREATED,
                "agency_ids": Field("refs", target="agency"),
            },
            parent="case_id",
        ),
        RecordSpec(
            "checklist",
            ChecklistResult,
            {
                "inspection_id": _ref("inspection"),
                "item_code": _code("item"),
                "result": _choice(CHECK_RESULTS),
                "remark": _s(),
            },
            parent="inspection_id",
            natural_key=("inspection_id", "item_code"),
        ),
        RecordSpec(
            "finding",
            Finding,
            {
                "case_id": _ref("case"),
                "number": _int(1, MAX_FINDING_NUMBER),
                "source": _choice(("review", "inspection")),
                "review_id": _ref("review", nullable=True),
                "inspection_id": _ref("inspection", nullable=True),
                "item_code": _code("item"),
                "severity": _choice(_SEVERITIES),
                "description": _s(),
                "legal_basis": _s(),
                "required_rectification": _s(),
                "raised_on": _DATE,
                "original_deadline": _DATE,
                "current_deadline": _DATE,
                "deadline_provisional": _BOOL,
                "status": _choice(_FINDING_STATUSES),
                "rectification_evidence": _s(),
                "submitted_on": _DATE_OR_NONE,
                "verified_by": _s(120, nullable=True),
                "verified_on": _DATE_OR_NONE,
                "waive_reason": _s(nullable=True),
                "waived_by": _s(120, nullable=True),
                "waived_on": _DATE_OR_NONE,
                "created_at": _CREATED,
            },
            parent="case_id",
            unique=(("case_id", "number"),),
        ),
        RecordSpec(
            "extension",
            DeadlineExtension,
            {
                "finding_id": _ref("finding"),
                "old_deadline": _DATE,
                "new_deadline": _DATE,
                "reason": _s(),
                "approver": _s(120),
                "approved_on": _DATE,
                "created_at": _CREATED,
            },
            parent="finding_id",
        ),
        RecordSpec(
            "attachment",
            Attachment,
            {
                "case_id": _ref("case", nullable=True),
                "owner_type": _choice(OWNER_TYPES),
                "owner_id": Field("ref", target="owner"),  # the type named by owner_type
                "original_name": _s(255),
                "media_type": _s(127),
                "size": _int(0, 2**63 - 1),
                "sha256": Field("sha256"),
                "added_by": _s(64),
                "added_at": Field("datetime"),
            },
            parent="case_id",
        ),
    )
}
TYPES: tuple[str, ...] = tuple(SPECS)
# Types whose references are compared by what identifies them in every office
# (credit code; agency name and province), not by a UUID each office gave itself.
NATURAL_REFS = ("company", "agency")
OWNER_TARGETS = {
    "case": "case",
    "report": "report",
    "inspection": "inspection",
    "finding": "finding",
}


def ref_target(spec: RecordSpec, name: str, fields: Mapping[str, Any]) -> str:
    """The record type a ref field points to (an attachment's owner: per owner_type)."""
    target = spec.fields[name].target
    if target == "owner":
        return OWNER_TARGETS.get(str(fields.get("owner_type")), "case")
    return target


Natural = Callable[[str, str], str | None]


def record_hash(spec: RecordSpec, fields: Mapping[str, Any], natural: Natural) -> str:
    """SHA-256 of a record's content: the hashed fields, with references to companies
    and agencies replaced by what identifies them in every office (``natural``)."""
    content: dict[str, Any] = {}
    for name, field in spec.fields.items():
        if not field.hashed:
            continue
        value = fields.get(name)
        if field.kind in ("ref", "refs") and value is not None:
            target = ref_target(spec, name, fields)
            if target in NATURAL_REFS:
                if field.kind == "refs":
                    value = sorted(natural(target, v) or v for v in value)
                else:
                    value = natural(target, value) or value
            elif field.kind == "refs":
                value = sorted(value)
        content[name] = value
    canonical = json.dumps(
        {"type": spec.name, "fields": content},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def natural_key_text(record_type: str, fields: Mapping[str, Any]) -> str:
    """What identifies a company or an agency in every office, as one string."""
    if record_type == "company":
        return f"company:{fields.get('credit_code')}"
    return f"agency:{fields.get('name')}|{fields.get('province_code') or ''}"
