"""Dates that follow one another: what happens to a record never happens before it began.

A case is closed on or after the day it was opened, and every move of its status
is on or after the day it was opened and the day of the move before; a finding's
rectification is submitted, verified or waived on or after the day it was raised
(a verification on or after the submission), and its deadline is extended on or
after that day too; a report is reviewed on or after the day it was received.

One table, :data:`ORDER`, holds the rules within one record; the commands
(:mod:`app.services.casework.cases`, :mod:`app.services.rectification.findings`,
:mod:`app.services.rectification.reports`) and the exchange import
(:mod:`app.services.exchange.rules`) both check a record with
:func:`check_record_dates`, and the rules across two records with
:func:`check_not_before`.  How each date reads in the message is the labels
``date_field`` of ``app/catalogues/rules.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from app.domain.errors import ValidationError

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
