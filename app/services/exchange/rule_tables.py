"""What the commands check of each kind of record, as tables the import rules read.

``TEXTS``: every text field with the limits the command writing it applies
through :func:`app.services.common.clean_text`; ``FIXED``: the fields no command
changes once the record exists; ``FINDING_STATE``: the fields each finding
status carries, as the finding commands leave them.
"""

from __future__ import annotations

from app.services.common import LONG_TEXT, PERSON_NAME

LOGIN = 64  # a login as the columns hold it (changed_by, added_by)

# (max length, multiline, required) of each text field, as the command writing it
# checks it with clean_text: company fields go through companies.validated_values,
# an attachment's name through sanitize_filename.
TEXTS: dict[str, dict[str, tuple[int, bool, bool]]] = {
    "agency": {"name": (200, False, True)},  # reports.get_or_create_agency
    "service": {"name": (200, False, True), "kind": (40, False, True)},
    "summons": {  # summons.register_summons
        "place": (500, False, True),
        "topic": (1_000, False, True),
        "requirements": (20_000, True, False),
    },
    "attendance": {"attendees": (2_000, True, False), "commitments": (20_000, True, False)},
    "case": {"outcome": (5_000, False, False), "closing_note": (5_000, True, False)},
    "status_change": {"changed_by": (LOGIN, False, True), "note": (5_000, True, False)},
    "report": {"summary": (20_000, True, False)},  # reports.add_report
    "review": {"reviewer": (PERSON_NAME, False, True), "notes": (50_000, True, False)},
    "inspection": {  # inspections.schedule_inspection, record_inspection
        "address": (500, False, True),
        "inspectors": (2_000, True, False),
        "company_staff": (2_000, True, False),
        "scope": (5_000, True, False),
        "notes": (LONG_TEXT, True, False),
        "conclusion": (20_000, True, False),
    },
    "checklist": {"remark": (5_000, True, False)},
    "finding": {  # findings.add_finding, submit_rectification, verify_finding, waive_finding
        "description": (20_000, True, True),
        "legal_basis": (5_000, True, False),
        "required_rectification": (20_000, True, False),
        "rectification_evidence": (50_000, True, False),
        "verified_by": (PERSON_NAME, False, False),
        "waive_reason": (5_000, True, False),
        "waived_by": (PERSON_NAME, False, False),
    },
    "extension": {"reason": (5_000, True, True), "approver": (PERSON_NAME, False, True)},
    "attachment": {"media_type": (127, False, True), "added_by": (LOGIN, False, True)},
}

ALL = "*"
# The fields no command changes once the record exists (every field: no command
# changes the record at all).
FIXED: dict[str, tuple[str, ...]] = {
    "agency": (ALL,),
    "company": ("credit_code", "is_demo"),  # the code identifies it between offices
    "service": ("company_id",),
    "summons": (ALL,),
    "attendance": (ALL,),
    "case": (
        "case_number",
        "province_code",
        "year",
        "seq",
        "company_id",
        "summons_id",
        "opened_on",
    ),
    "status_change": (ALL,),
    "report": (
        "case_id",
        "service_id",
        "trigger_code",
        "event_date",
        "planned_launch",
        "due_date",
        "due_provisional",
        "report_version",
        "summary",
    ),
    "review": (ALL,),
    "inspection": (
        "case_id",
        "inspected_on",
        "address",
        "inspectors",
        "company_staff",
        "scope",
        "agency_ids",
    ),
    "checklist": ("inspection_id", "item_code"),
    "finding": (
        "case_id",
        "number",
        "source",
        "review_id",
        "inspection_id",
        "raised_on",
        "original_deadline",
        "deadline_provisional",
    ),
    "extension": (ALL,),
    "attachment": (ALL,),
}

VERIFIED = ("verified_by", "verified_on")
WAIVED = ("waive_reason", "waived_by", "waived_on")
SUBMITTED = ("submitted_on", "rectification_evidence")
# status -> (fields it must carry, fields it must not carry), as the commands leave them
FINDING_STATE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "open": ((), VERIFIED + WAIVED),
    "submitted": (SUBMITTED, VERIFIED + WAIVED),
    "verified": (SUBMITTED + VERIFIED, WAIVED),
    "waived": (WAIVED, VERIFIED),
}
FINDING_EDIT = ("item_code", "severity", "description", "legal_basis", "required_rectification")
