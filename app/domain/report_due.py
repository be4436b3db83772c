"""When a self-assessment report is due, from its trigger (reference/triggers.csv).

A report on a new service or function (T1) or a major change (T2) is due before
it goes live; one on user growth, harmful information or a written notice
(T3-T5) is due within a period counted from the event.  The period is read from
the ``report_due`` column, which officials may edit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from app.domain.errors import ValidationError
from app.domain.workdays import (
    MAX_PERIOD,
    MIN_PERIOD,
    Deadline,
    PeriodUnit,
    WorkCalendar,
    compute_deadline,
)

DueKind = Literal["before_launch", "within"]


@dataclass(frozen=True)
class TriggerRule:
    code: str
    due_kind: DueKind
    period: int | None
    unit: PeriodUnit | None

    def __post_init__(self) -> None:
        # A "within" rule without a period (or the reverse) is a programming error,
        # not user input: parse_report_due never builds one.
        has_period = self.period is not None and self.unit is not None
        if has_period != (self.due_kind == "within"):
            raise ValueError(f"inconsistent trigger rule {self!r}")


_BEFORE_LAUNCH = re.compile(r"before launch\b.*|上线前.*", re.IGNORECASE)
# The reference data carries notes such as "(verify: ...)" after the period.
_WITHIN_EN = re.compile(
    r"within\s+(\d+)\s+(working\s+days?|calendar\s+days?|days?)\b.*", re.IGNORECASE | re.ASCII
)
_WITHIN_ZH = re.compile(r"(\d+)\s*(个工作日|工作日|个自然日|自然日|日|天)内?.*", re.ASCII)


def parse_report_due(text: str) -> tuple[DueKind, int | None, PeriodUnit | None]:
    """Read a ``report_due`` text into (kind, period, unit).

    "before launch" and "before launch of the change" (or 上线前) give
    ("before_launch", None, None); "within 30 working days" (or 30个工作日内)
    gives ("within", 30, WORKING); "within 30 days" / "within 30 calendar days"
    (or 30日内) gives ("within", 30, CALENDAR).  Trailing notes are ignored.

    Raises ``report.due_invalid`` (``value``) for any other text and
    ``deadline.period`` (``n``) for a period outside 1..3650.
    """
    cleaned = " ".join(unicodedata.normalize("NFKC", text).split())
    if _BEFORE_LAUNCH.fullmatch(cleaned):
        return "before_launch", None, None
    match = _WITHIN_EN.fullmatch(cleaned) or _WITHIN_ZH.fullmatch(cleaned)
    if match is None:
        raise ValidationError("report.due_invalid", value=text)
    period = int(match.group(1))
    if not MIN_PERIOD <= period <= MAX_PERIOD:
        raise ValidationError("deadline.period", n=period)
    unit_text = match.group(2).lower()
    working = "working" in unit_text or "工作" in unit_text
    unit = PeriodUnit.WORKING if working else PeriodUnit.CALENDAR
    return "within", period, unit


def make_trigger_rule(code: str, report_due: str) -> TriggerRule:
    """The rule of trigger ``code`` from its ``report_due`` text (see :func:`parse_report_due`)."""
    due_kind, period, unit = parse_report_due(report_due)
    return TriggerRule(code=code, due_kind=due_kind, period=period, unit=unit)


def report_due_date(
    rule: TriggerRule,
    *,
    event_date: date | None,
    planned_launch: date | None,
    calendar: WorkCalendar,
) -> Deadline:
    """The date by which a report under ``rule`` must have been received.

    Before launch: the day before ``planned_launch`` (the report must be in hand
    before the service goes live), never provisional; raises
    ``report.planned_launch_required`` (``trigger``) when it is missing.
    Within a period: :func:`compute_deadline` from ``event_date``; raises
    ``report.event_date_required`` (``trigger``) when it is missing.
    """
    if rule.due_kind == "before_launch":
        if planned_launch is None:
            raise ValidationError("report.planned_launch_required", trigger=rule.code)
        if planned_launch == date.min:
            raise ValidationError("deadline.out_of_range", start=planned_launch.isoformat(), n=1)
        return Deadline(
            due=planned_launch - timedelta(days=1), provisional=False, uncovered_years=()
        )
    if event_date is None:
        raise ValidationError("report.event_date_required", trigger=rule.code)
    assert rule.period is not None and rule.unit is not None  # guaranteed by __post_init__
    return compute_deadline(event_date, rule.period, rule.unit, calendar)


def is_report_late(received_on: date, due: date) -> bool:
    """True when the report was received after its due date (on the day is in time)."""
    return received_on > due


def is_report_overdue(received_on: date | None, due: date | None, as_of: date) -> bool:
    """True when the report is still awaited (not received) and ``as_of`` is past its
    due date; a report without a due date is never overdue."""
    return received_on is None and due is not None and as_of > due
