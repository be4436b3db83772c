"""Dates that follow one another: what happens to a record never happens before it began.

A case is closed on or after the day it was opened, and every move of its status
is on or after the day it was opened and the day of the move before; a finding's
rectification is submitted, verified or waived on or after the day it was raised
(a verification on or after the submission), and its deadline is extended on or
after that day too; a report is reviewed on or after the day it was received.

One table, :data:`ORDER`, holds the rules within one record; the commands
(:mod:`app.services.cases`, :mod:`app.services.findings`,
:mod:`app.services.reports`) and the exchange import
(:mod:`app.services.exchange.rules`) both check a record with
:func:`check_record_dates`, and the rules across two records with
:func:`check_not_before`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import app.domain.messages  # noqa: F401  (registers the message templates)
from app.domain.errors import ValidationError, register_value_labels

# record -> (later field, earlier field): the later one, when set, is not before the earlier.
ORDER: dict[str, tuple[tuple[str, str], ...]] = {
    "case": (("closed_on", "opened_on"),),
    "finding": (
        ("submitted_on", "raised_on"),
        ("verified_on", "raised_on"),
        ("verified_on", "submitted_on"),
        ("waived_on", "raised_on"),
    ),
}

# How each date reads in a message.
LABELS: dict[str, dict[str, str]] = {
    "opened_on": {"zh": "立案日期", "en": "opening date"},
    "closed_on": {"zh": "结案日期", "en": "closing date"},
    "changed_on": {"zh": "状态变更日期", "en": "date of the status change"},
    "last_change": {"zh": "上一次状态变更日期", "en": "date of the previous status change"},
    "raised_on": {"zh": "问题提出日期", "en": "date the finding was raised"},
    "submitted_on": {"zh": "整改材料提交日期", "en": "date the rectification was submitted"},
    "verified_on": {"zh": "核验日期", "en": "verification date"},
    "waived_on": {"zh": "免于整改日期", "en": "waiver date"},
    "approved_on": {"zh": "延期批准日期", "en": "date the extension was approved"},
    "received_on": {"zh": "报告收到日期", "en": "date the report was received"},
    "reviewed_on": {"zh": "审查日期", "en": "review date"},
}

register_value_labels("date.order", ("field", "earlier_field"), LABELS)


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def check_not_before(value: Any, field: str, earlier: Any, earlier_field: str) -> None:
    """Refuse ``value`` (date ``field``) before ``earlier`` (``earlier_field``); None passes."""
    later_day, earlier_day = _as_date(value), _as_date(earlier)
    if later_day is None or earlier_day is None or later_day >= earlier_day:
        return
    raise ValidationError(
        "date.order",
        field=field,
        value=later_day.isoformat(),
        earlier_field=earlier_field,
        earlier=earlier_day.isoformat(),
    )


def check_record_dates(record: str, values: Mapping[str, Any]) -> None:
    """Every rule of :data:`ORDER` for ``record`` (a type), on ``values`` (field -> date)."""
    for later, earlier in ORDER.get(record, ()):
        check_not_before(values.get(later), later, values.get(earlier), earlier)
