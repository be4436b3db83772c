"""The ranges dates and counts of the records stay within.

Dates outside these years are typing mistakes or hostile input: nothing the
offices record happened before 1900 or is due after 2200, and such dates break
the arithmetic of deadlines and calendars (``date.max`` plus a day overflows).
"""

from __future__ import annotations

from datetime import date, datetime

MIN_YEAR = 1900
MAX_YEAR = 2200
# A finding's number within its case (1, 2, ...): far beyond any real case, and the
# next number (max + 1) always fits the column.
MAX_FINDING_NUMBER = 99_999
# The versions of a self-assessment report (re-filed after rectification), as the
# report command accepts them.
MIN_REPORT_VERSION = 1
MAX_REPORT_VERSION = 999
# The users of a service: more than anyone has, within a 64-bit column.
MAX_USER_COUNT = 10**12


def in_year_range(value: date | datetime) -> bool:
    """Whether ``value`` falls in the years MIN_YEAR..MAX_YEAR."""
    return MIN_YEAR <= value.year <= MAX_YEAR
