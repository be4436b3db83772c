"""The one table of what each text field of a record may hold, and the check that applies it.

Every command that writes one of these fields checks it with :func:`checked`, and an
exchange import checks every incoming record against the same :data:`TEXTS`
(``app.services.exchange.rules``): one owner, so a limit changed here changes both.
Company fields go through ``companies.validated_values`` and an attachment's name
through ``sanitize_filename``; those are their owners.
"""

from __future__ import annotations

from typing import NamedTuple

from app.services.support.common import LONG_TEXT, PERSON_NAME, SHORT_TEXT, clean_text

LOGIN = 64  # a login as the columns hold it (changed_by, added_by)


class TextRule(NamedTuple):
    max_length: int
    multiline: bool = False
    required: bool = False  # the record always holds it (a command may ask for more)


# record kind (as the exchange names it) -> column -> its rule
TEXTS: dict[str, dict[str, TextRule]] = {
    "agency": {"name": TextRule(SHORT_TEXT, required=True)},
    "service": {"name": TextRule(SHORT_TEXT, required=True), "kind": TextRule(40, required=True)},
    "summons": {
        "place": TextRule(500, required=True),
        "topic": TextRule(1_000, required=True),
        "requirements": TextRule(20_000, multiline=True),
    },
    "attendance": {
        "attendees": TextRule(2_000, multiline=True),
        "commitments": TextRule(20_000, multiline=True),
    },
    "case": {"outcome": TextRule(5_000), "closing_note": TextRule(5_000, multiline=True)},
    "status_change": {
        "changed_by": TextRule(LOGIN, required=True),
        "note": TextRule(5_000, multiline=True),
    },
    "report": {"summary": TextRule(20_000, multiline=True)},
    "review": {
        "reviewer": TextRule(PERSON_NAME, required=True),
        "notes": TextRule(50_000, multiline=True),
    },
    "inspection": {
        "address": TextRule(500, required=True),
        "inspectors": TextRule(2_000, multiline=True),
        "company_staff": TextRule(2_000, multiline=True),
        "scope": TextRule(5_000, multiline=True),
        "notes": TextRule(LONG_TEXT, multiline=True),
        "conclusion": TextRule(20_000, multiline=True),
    },
    "checklist": {"remark": TextRule(5_000, multiline=True)},
    "finding": {
        "description": TextRule(20_000, multiline=True, required=True),
        "legal_basis": TextRule(5_000, multiline=True),
        "required_rectification": TextRule(20_000, multiline=True),
        "rectification_evidence": TextRule(50_000, multiline=True),
        "verified_by": TextRule(PERSON_NAME),
        "waive_reason": TextRule(5_000, multiline=True),
        "waived_by": TextRule(PERSON_NAME),
    },
    "extension": {
        "reason": TextRule(5_000, multiline=True, required=True),
        "approver": TextRule(PERSON_NAME, required=True),
    },
    "attachment": {
        "media_type": TextRule(127, required=True),
        "added_by": TextRule(LOGIN, required=True),
    },
}


def checked(
    record: str,
    column: str,
    value: str | None,
    *,
    field: str | None = None,
    required: bool | None = None,
) -> str:
    """``value`` trimmed and checked against the rule of ``record``'s ``column``.

    ``field`` names it in the message when the command calls it otherwise (``evidence``
    for ``rectification_evidence``); ``required`` overrides the record's rule where the
    command asks for more (an outcome to close) or, before a default applies, less.
    """
    rule = TEXTS[record][column]
    return clean_text(
        value,
        field or column,
        required=rule.required if required is None else required,
        max_length=rule.max_length,
        multiline=rule.multiline,
    )
