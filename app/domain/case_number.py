"""Case numbers: ``<province abbreviation>-<year>-<sequence>``, e.g. ``ZJ-2021-0007``.

The sequence runs per province and year from 1 and is written with at least four
digits.  :func:`format_case_number` is the one place a number is made (opening a
case) and :func:`case_number_problem` the one place a number given from outside
(an exchange package) is held against what opening the case would have made.
"""

from __future__ import annotations

from app.domain.ranges import MAX_YEAR, MIN_YEAR

MIN_SEQ = 1
# Far more cases than a province opens in a year, and small enough that the number
# fits its column (20 characters) and the counter never leaves a 32-bit integer.
MAX_SEQ = 999_999


def format_case_number(abbr: str, year: int, seq: int) -> str:
    """The number of the ``seq``-th case opened in a province (``abbr``) in ``year``."""
    return f"{abbr}-{year}-{seq:04d}"


def case_number_problem(number: str, abbr: str, year: int, seq: int) -> str | None:
    """Why ``number`` is not the number of case ``seq`` of ``year`` in the province
    ``abbr`` as the application numbers cases, or None when it is.

    The problems: ``year`` (outside the years a case can be opened in), ``seq``
    (outside 1..MAX_SEQ), ``number`` (not ``format_case_number(abbr, year, seq)``).
    """
    if not MIN_YEAR <= year <= MAX_YEAR:
        return "year"
    if not MIN_SEQ <= seq <= MAX_SEQ:
        return "seq"
    if number != format_case_number(abbr, year, seq):
        return "number"
    return None
