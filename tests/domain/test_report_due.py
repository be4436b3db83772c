from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.report_due import (
    TriggerRule,
    is_report_late,
    is_report_overdue,
    make_trigger_rule,
    parse_report_due,
    report_due_date,
)
from app.domain.workdays import Deadline, PeriodUnit, WorkCalendar

CAL = WorkCalendar()
TRIGGERS_CSV = Path(__file__).resolve().parents[2] / "resources" / "reference" / "triggers.csv"


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("before launch", ("before_launch", None, None)),
        ("before launch of the change", ("before_launch", None, None)),
        ("Before  Launch", ("before_launch", None, None)),
        ("上线前", ("before_launch", None, None)),
        ("within 30 working days (verify: some sources say 30 days)", ("within", 30, "working")),
        ("within 30 working days (verify)", ("within", 30, "working")),
        ("within 15 working day", ("within", 15, "working")),
        ("within 30 days", ("within", 30, "calendar")),
        ("within 10 calendar days", ("within", 10, "calendar")),
        ("30个工作日内", ("within", 30, "working")),
        ("３０日内", ("within", 30, "calendar")),
        ("20天内", ("within", 20, "calendar")),
    ],
)
def test_parse_report_due(text: str, parsed: tuple[str, int | None, str | None]) -> None:
    assert parse_report_due(text) == parsed


@pytest.mark.parametrize(
    "text", ["", "soon", "within days", "within thirty days", "after launch", "within 30 weeks"]
)
def test_unreadable_periods_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_report_due(text)
    assert caught.value.code == "report.due_invalid"
    assert caught.value.values == {"value": text}


@pytest.mark.parametrize("text", ["within 0 days", "within 5000 working days"])
def test_periods_out_of_bounds_are_refused(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_report_due(text)
    assert caught.value.code == "deadline.period"


def test_every_row_of_the_reference_triggers_parses() -> None:
    with TRIGGERS_CSV.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rules = {row["code"]: make_trigger_rule(row["code"], row["report_due"]) for row in rows}
    assert rules["T1"].due_kind == rules["T2"].due_kind == "before_launch"
    for code in ("T3", "T4", "T5"):
        assert (rules[code].due_kind, rules[code].period, rules[code].unit) == (
            "within",
            30,
            PeriodUnit.WORKING,
        )


def test_an_inconsistent_rule_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        TriggerRule("T3", "within", None, None)
    with pytest.raises(ValueError):
        TriggerRule("T1", "before_launch", 30, PeriodUnit.WORKING)


def test_before_launch_is_due_the_day_before_launch() -> None:
    rule = make_trigger_rule("T1", "before launch")
    due = report_due_date(rule, event_date=None, planned_launch=date(2021, 5, 1), calendar=CAL)
    assert due == Deadline(due=date(2021, 4, 30), provisional=False, uncovered_years=())
    # Even far ahead: the launch date is given, nothing is counted.
    far = report_due_date(rule, event_date=None, planned_launch=date(2030, 1, 1), calendar=CAL)
    assert not far.provisional


def test_before_launch_needs_the_planned_launch() -> None:
    rule = make_trigger_rule("T2", "before launch of the change")
    with pytest.raises(ValidationError) as caught:
        report_due_date(rule, event_date=date(2021, 3, 18), planned_launch=None, calendar=CAL)
    assert caught.value.code == "report.planned_launch_required"
    assert caught.value.values == {"trigger": "T2"}


def test_within_counts_from_the_event() -> None:
    rule = make_trigger_rule("T5", "within 30 working days (verify)")
    due = report_due_date(rule, event_date=date(2021, 3, 18), planned_launch=None, calendar=CAL)
    assert due.due == date(2021, 4, 29)
    calendar_rule = make_trigger_rule("T3", "within 30 days")
    due = report_due_date(
        calendar_rule, event_date=date(2021, 9, 1), planned_launch=None, calendar=CAL
    )
    assert due.due == date(2021, 10, 8)


def test_within_a_period_reaching_2027_is_provisional() -> None:
    rule = make_trigger_rule("T4", "within 30 working days")
    due = report_due_date(rule, event_date=date(2026, 12, 1), planned_launch=None, calendar=CAL)
    assert due.provisional and due.uncovered_years == (2027,)


def test_within_needs_the_event_date() -> None:
    rule = make_trigger_rule("T3", "within 30 working days")
    with pytest.raises(ValidationError) as caught:
        report_due_date(rule, event_date=None, planned_launch=date(2021, 5, 1), calendar=CAL)
    assert caught.value.code == "report.event_date_required"
    assert caught.value.values == {"trigger": "T3"}


def test_late_and_overdue() -> None:
    due = date(2021, 4, 29)
    assert not is_report_late(due, due)
    assert is_report_late(date(2021, 4, 30), due)
    assert not is_report_overdue(None, due, due)
    assert is_report_overdue(None, due, date(2021, 4, 30))
    assert not is_report_overdue(date(2021, 5, 10), due, date(2021, 6, 1))  # received, late
    assert not is_report_overdue(None, None, date(2100, 1, 1))


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@given(st.one_of(st.none(), dates), st.one_of(st.none(), dates), dates)
def test_overdue_means_awaited_and_past_due(
    received: date | None, due: date | None, as_of: date
) -> None:
    overdue = is_report_overdue(received, due, as_of)
    assert overdue == (received is None and due is not None and as_of > due)
