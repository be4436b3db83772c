"""Deadlines counted in calendar days or working days (工作日).

Working days are taken from the ``chinesecalendar`` package (official public
holidays and the make-up working days, 调休) and from days a user enters for
years the package does not cover yet.  A deadline that reaches into a year
covered by neither is computed with weekends only and marked provisional, so
the user can be warned instead of the application failing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import chinese_calendar

from app.domain.errors import ValidationError

MIN_PERIOD = 1
MAX_PERIOD = 3650


class PeriodUnit(StrEnum):
    CALENDAR = "calendar"
    WORKING = "working"


@dataclass(frozen=True)
class Deadline:
    due: date
    provisional: bool
    uncovered_years: tuple[int, ...]


@cache
def _package_covers(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


# chinese_calendar.is_workday scans its whole holiday table on every call; the
# cache is bounded because only dates of covered years reach it.
@cache
def _package_is_workday(day: date) -> bool:
    return bool(chinese_calendar.is_workday(day))


def _package_years() -> range:
    known = chinese_calendar.holidays
    if not known:
        return range(0)
    return range(min(known).year, max(known).year + 1)


class WorkCalendar:
    """Which days are working days: user overrides, then the official calendar,
    then Monday to Friday for years nobody has entered."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides: dict[date, bool] = dict(overrides or {})
        self._override_years = frozenset(day.year for day in self._overrides)

    def is_working_day(self, day: date) -> bool:
        """True when ``day`` is a working day: an override wins, then the official
        calendar, and in a year neither covers, Monday to Friday."""
        override = self._overrides.get(day)
        if override is not None:
            return override
        if _package_covers(day.year):
            return _package_is_workday(day)
        return day.weekday() < 5

    def is_covered(self, year: int) -> bool:
        """True when the official calendar knows ``year`` or the user entered a day of it."""
        return year in self._override_years or _package_covers(year)

    def covered_years(self) -> tuple[int, ...]:
        """The covered years in ascending order."""
        years = {year for year in _package_years() if _package_covers(year)}
        return tuple(sorted(years | self._override_years))


def compute_deadline(start: date, n: int, unit: PeriodUnit, calendar: WorkCalendar) -> Deadline:
    """The deadline of a period of ``n`` days starting on the day of the event.

    The start day is not counted.  In working days the due date is the ``n``-th
    working day after ``start``; in calendar days it is ``start + n``, moved to
    the next working day when that is a rest day.  The due date is therefore
    always a working day strictly after ``start``, and never earlier for a
    larger ``n``.  ``provisional`` is set when a day that had to be classified
    lies in a year the calendar does not cover (those years are listed).

    Raises ``deadline.period`` unless 1 <= n <= 3650, and
    ``deadline.out_of_range`` when the count runs past 9999-12-31.
    """
    if not MIN_PERIOD <= n <= MAX_PERIOD:
        raise ValidationError("deadline.period", n=n)
    uncovered: set[int] = set()

    def working(day: date) -> bool:
        if not calendar.is_covered(day.year):
            uncovered.add(day.year)
        return calendar.is_working_day(day)

    try:
        if unit is PeriodUnit.WORKING:
            day, counted = start, 0
            while counted < n:
                day += timedelta(days=1)
                if working(day):
                    counted += 1
        else:
            day = start + timedelta(days=n)
            while not working(day):
                day += timedelta(days=1)
    except OverflowError:
        raise ValidationError("deadline.out_of_range", start=start.isoformat(), n=n) from None
    return Deadline(due=day, provisional=bool(uncovered), uncovered_years=tuple(sorted(uncovered)))


_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})", re.ASCII),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", re.ASCII),
)


def parse_date(text: str, field: str) -> date:
    """Read a date written YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日 (full-width digits
    allowed, surrounding whitespace ignored).

    Raises ``date.invalid`` (``value``, ``field``) for anything else, including
    dates that do not exist such as 2021-02-30.
    """
    # NFKC turns full-width digits and punctuation into ASCII and leaves 年月日 alone.
    cleaned = unicodedata.normalize("NFKC", text).strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(cleaned)
        if match is None:
            continue
        year, month, day = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            break
    raise ValidationError("date.invalid", value=text, field=field)
