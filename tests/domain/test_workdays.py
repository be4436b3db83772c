from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.workdays import (
    Deadline,
    PeriodUnit,
    WorkCalendar,
    compute_deadline,
    parse_date,
)

CAL = WorkCalendar()
WORKING = PeriodUnit.WORKING
CALENDAR = PeriodUnit.CALENDAR


# --- the calendar ----------------------------------------------------------------


@pytest.mark.parametrize(
    "day",
    [
        date(2021, 2, 7),  # Sunday, make-up day for the Spring Festival
        date(2021, 2, 20),  # Saturday, make-up day for the Spring Festival
        date(2021, 4, 25),  # Sunday, make-up day for Labour Day
        date(2021, 9, 18),  # Saturday, make-up day for the Mid-Autumn Festival
        date(2021, 9, 26),  # Sunday, make-up day for National Day
        date(2021, 10, 9),  # Saturday, make-up day for National Day
    ],
)
def test_official_make_up_days_are_working_days(day: date) -> None:
    assert day.weekday() >= 5
    assert CAL.is_working_day(day)


@pytest.mark.parametrize(
    "day",
    [date(2021, 2, 11), date(2021, 2, 17), date(2021, 10, 1), date(2021, 10, 7), date(2021, 4, 5)],
)
def test_public_holidays_on_weekdays_are_rest_days(day: date) -> None:
    assert day.weekday() < 5
    assert not CAL.is_working_day(day)


def test_coverage_comes_from_the_package_and_from_overrides() -> None:
    assert CAL.is_covered(2021)
    assert not CAL.is_covered(2027)
    assert not CAL.is_covered(2003)
    with_2027 = WorkCalendar({date(2027, 10, 1): False})
    assert with_2027.is_covered(2027)
    assert 2021 in CAL.covered_years() and 2027 not in CAL.covered_years()
    assert with_2027.covered_years()[-1] == 2027
    assert list(with_2027.covered_years()) == sorted(with_2027.covered_years())


def test_uncovered_years_fall_back_to_monday_to_friday() -> None:
    assert CAL.is_working_day(date(2027, 1, 1))  # a Friday; the holiday is not known yet
    assert not CAL.is_working_day(date(2027, 1, 2))  # Saturday


def test_an_override_beats_the_package() -> None:
    calendar = WorkCalendar({date(2021, 10, 1): True, date(2021, 3, 18): False})
    assert calendar.is_working_day(date(2021, 10, 1))
    assert not calendar.is_working_day(date(2021, 3, 18))


# --- deadlines ----------------------------------------------------------------------


def test_thirty_working_days_from_the_summons() -> None:
    # Qingming (3-5 April) is skipped and the make-up Sunday of 25 April counts.
    assert compute_deadline(date(2021, 3, 18), 30, WORKING, CAL) == Deadline(
        due=date(2021, 4, 29), provisional=False, uncovered_years=()
    )


def test_the_start_day_is_not_counted() -> None:
    assert compute_deadline(date(2021, 3, 18), 1, WORKING, CAL).due == date(2021, 3, 19)
    assert compute_deadline(date(2021, 3, 15), 1, CALENDAR, CAL).due == date(2021, 3, 16)


@pytest.mark.parametrize(
    ("n", "due"),
    [
        (1, date(2021, 2, 7)),  # make-up Sunday
        (4, date(2021, 2, 10)),
        (5, date(2021, 2, 18)),  # 11-17 February is the Spring Festival holiday
        (7, date(2021, 2, 20)),  # make-up Saturday
        (8, date(2021, 2, 22)),
    ],
)
def test_working_days_across_the_spring_festival(n: int, due: date) -> None:
    assert compute_deadline(date(2021, 2, 5), n, WORKING, CAL).due == due


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (date(2021, 9, 17), 1, date(2021, 9, 18)),  # make-up Saturday
        (date(2021, 9, 17), 2, date(2021, 9, 22)),  # Mid-Autumn 19-21 September
        (date(2021, 9, 24), 1, date(2021, 9, 26)),  # make-up Sunday
        (date(2021, 9, 30), 1, date(2021, 10, 8)),  # National Day 1-7 October
        (date(2021, 9, 30), 2, date(2021, 10, 9)),  # make-up Saturday
        (date(2021, 9, 30), 3, date(2021, 10, 11)),
    ],
)
def test_working_days_across_national_day(start: date, n: int, due: date) -> None:
    assert compute_deadline(start, n, WORKING, CAL).due == due


def test_calendar_period_ending_on_a_holiday_moves_to_the_next_working_day() -> None:
    # 2021-09-01 + 30 days = 1 October; the holiday runs to 7 October.
    assert compute_deadline(date(2021, 9, 1), 30, CALENDAR, CAL).due == date(2021, 10, 8)


def test_calendar_period_ending_on_a_make_up_day_stays_there() -> None:
    assert compute_deadline(date(2021, 9, 16), 10, CALENDAR, CAL).due == date(2021, 9, 26)


def test_calendar_period_ending_on_an_ordinary_weekend_moves_to_monday() -> None:
    assert compute_deadline(date(2021, 5, 12), 10, CALENDAR, CAL).due == date(2021, 5, 24)


def test_a_deadline_in_2027_is_provisional_and_counts_weekends_only() -> None:
    # 2026-12-28 is a Monday: 29-31 December, then 1 January 2027 (Friday, holiday unknown).
    deadline = compute_deadline(date(2026, 12, 28), 4, WORKING, CAL)
    assert deadline == Deadline(due=date(2027, 1, 1), provisional=True, uncovered_years=(2027,))


def test_a_calendar_deadline_reaching_into_2027_is_provisional() -> None:
    deadline = compute_deadline(date(2026, 12, 20), 30, CALENDAR, CAL)
    assert deadline.due == date(2027, 1, 19)
    assert deadline.provisional and deadline.uncovered_years == (2027,)


def test_an_override_makes_a_2027_day_a_rest_day_and_the_year_covered() -> None:
    start = date(2027, 3, 1)  # Monday
    assert compute_deadline(start, 5, WORKING, CAL).due == date(2027, 3, 8)
    calendar = WorkCalendar({date(2027, 3, 8): False})
    assert compute_deadline(start, 5, WORKING, calendar) == Deadline(
        due=date(2027, 3, 9), provisional=False, uncovered_years=()
    )


def test_a_long_period_lists_every_uncovered_year_it_touches() -> None:
    deadline = compute_deadline(date(2026, 6, 1), 800, WORKING, CAL)
    assert deadline.uncovered_years == (2027, 2028, 2029)


@pytest.mark.parametrize("n", [0, -1, 3651])
def test_period_out_of_bounds_is_refused(n: int) -> None:
    with pytest.raises(ValidationError) as caught:
        compute_deadline(date(2021, 1, 1), n, WORKING, CAL)
    assert caught.value.code == "deadline.period"
    assert caught.value.values == {"n": n}


@pytest.mark.parametrize("unit", list(PeriodUnit))
def test_far_future_is_provisional_then_refused_never_a_crash(unit: PeriodUnit) -> None:
    assert compute_deadline(date(9999, 1, 1), 30, unit, CAL).provisional
    with pytest.raises(ValidationError) as caught:
        compute_deadline(date(9999, 12, 1), 3650, unit, CAL)
    assert caught.value.code == "deadline.out_of_range"
    # Ending exactly on 31 December 9999 (a Friday) still works.
    assert compute_deadline(date(9999, 12, 30), 1, unit, CAL).due == date(9999, 12, 31)


def test_a_rest_day_on_the_last_date_is_out_of_range() -> None:
    calendar = WorkCalendar({date(9999, 12, 31): False})
    with pytest.raises(ValidationError) as caught:
        compute_deadline(date(9999, 12, 30), 1, CALENDAR, calendar)
    assert caught.value.code == "deadline.out_of_range"


starts = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
periods = st.integers(min_value=1, max_value=400)
units = st.sampled_from(list(PeriodUnit))
rest_overrides = st.dictionaries(
    st.dates(min_value=date(2027, 1, 1), max_value=date(2029, 12, 31)), st.booleans(), max_size=30
)


@given(starts, periods, units, rest_overrides)
def test_due_is_a_working_day_strictly_after_start(
    start: date, n: int, unit: PeriodUnit, overrides: dict[date, bool]
) -> None:
    calendar = WorkCalendar(overrides)
    deadline = compute_deadline(start, n, unit, calendar)
    assert deadline.due > start
    assert calendar.is_working_day(deadline.due)
    assert deadline.provisional == bool(deadline.uncovered_years)
    assert all(not calendar.is_covered(year) for year in deadline.uncovered_years)


@given(starts, periods, units)
def test_due_is_monotonic_in_n(start: date, n: int, unit: PeriodUnit) -> None:
    shorter = compute_deadline(start, n, unit, CAL).due
    longer = compute_deadline(start, n + 1, unit, CAL).due
    if unit is WORKING:
        assert longer > shorter
    else:
        assert longer >= shorter


@given(starts, periods)
def test_working_deadline_has_exactly_n_working_days(start: date, n: int) -> None:
    due = compute_deadline(start, n, WORKING, CAL).due
    days = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(CAL.is_working_day(day) for day in days) == n


@given(starts, periods)
def test_calendar_deadline_is_the_first_working_day_from_start_plus_n(start: date, n: int) -> None:
    due = compute_deadline(start, n, CALENDAR, CAL).due
    target = start + timedelta(days=n)
    assert due >= target
    skipped = [target + timedelta(days=i) for i in range((due - target).days)]
    assert not any(CAL.is_working_day(day) for day in skipped)


# --- parsing dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2021-03-18",
        "2021/03/18",
        "2021/3/18",
        "2021年3月18日",
        "2021年03月18日",
        " 2021-3-18 ",
        "２０２１年３月１８日",
        "２０２１－０３－１８",
    ],
)
def test_accepted_date_forms(text: str) -> None:
    assert parse_date(text, "received_on") == date(2021, 3, 18)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "18/03/2021",
        "2021-02-30",
        "2021-13-01",
        "21-03-18",
        "2021.03.18",
        "2021-03-18T10:00",
        "2021年3月18",
        "0000-01-01",
        "\u0662\u0660\u0662\u0661-03-18",
    ],
)
def test_refused_date_forms_name_the_value_and_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "received_on")
    assert caught.value.code == "date.invalid"
    assert caught.value.values == {"value": text, "field": "received_on"}


@given(st.dates(min_value=date(1000, 1, 1)))
def test_written_dates_round_trip(day: date) -> None:
    assert parse_date(day.isoformat(), "d") == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日", "d") == day
    assert parse_date(f"{day.year}/{day.month}/{day.day}", "d") == day
