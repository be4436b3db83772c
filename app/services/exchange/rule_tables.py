"""What the commands check of each kind of record, as tables the import rules read.

``TEXTS``: every text field with the limits the commands apply, from their own table
(:mod:`app.services.support.text_rules`, re-exported here); ``FIXED``: the fields no command
changes once the record exists; ``FINDING_STATE``: the fields each finding
status carries, as the finding commands leave them.
"""

from __future__ import annotations

from app.services.support.text_rules import TEXTS

# Every text field's limits: the commands' own table (app.services.support.text_rules).
__all__ = ["ALL", "FINDING_EDIT", "FINDING_STATE", "FIXED", "TEXTS"]

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
