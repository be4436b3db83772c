"""Deadlines by day and the official working-day calendar by year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.db.engine import Database
from app.domain.finding_lifecycle import FindingStatus, is_overdue
from app.domain.workdays import PeriodUnit
from app.services.casework import cases
from app.services.overview import calendar
from app.services.overview.deadline_calendar import (
    deadlines_between,
    deadlines_in_month,
    holiday_label,
    is_official_year,
    official_calendar,
    official_years,
)
from app.services.rectification import findings, reports
from app.services.support.context import Actor
from tests.services.helpers import add_company

ZJ, BJ = "330000", "110000"


def _finding(db: Database, actor: Actor, case: str, deadline: str, item: str = "A3") -> None:
    findings.add_finding(
        db,
        actor,
        case,
        findings.FindingInput(item, "high", "日志留存不足", "2021-04-01", deadline=deadline),
    )


def _world(db: Database, actor: Actor) -> tuple[str, str]:
    """A Zhejiang case with four findings and an awaited report, a Beijing case with one."""
    zj = cases.open_case(db, actor, add_company(db, actor, 1, ZJ), opened_on=date(2021, 3, 18))
    bj = cases.open_case(
        db,
        actor,
        add_company(db, actor, 2, BJ, "北京测试科技有限公司"),
        opened_on=date(2021, 3, 18),
    )
    _finding(db, actor, zj, "2021-06-08")  # 1: open
    _finding(db, actor, zj, "2021-06-08")  # 2: submitted (still unresolved)
    _finding(db, actor, zj, "2021-06-08")  # 3: verified (resolved: not a deadline any more)
    _finding(db, actor, zj, "2021-06-21")  # 4: open, later
    findings.submit_rectification(db, actor, zj, 2, evidence="已整改", submitted_on="2021-06-01")
    findings.submit_rectification(db, actor, zj, 3, evidence="已整改", submitted_on="2021-06-01")
    findings.verify_finding(db, actor, zj, 3, verified_on="2021-06-02")
    _finding(db, actor, bj, "2021-06-08")
    # An awaited report on a new function: due the day before the planned launch.
    reports.add_report(
        db,
        actor,
        zj,
        reports.ReportInput("T1", planned_launch="2021-06-16", requested_on="2021-05-01"),
    )
    return zj, bj


def test_month_marks_count_unresolved_deadlines_and_overdue_ones(
    db: Database, actor: Actor
) -> None:
    # Given two cases with findings in June 2021 and an awaited report due 2021-06-15
    _world(db, actor)
    # When the month is read as of 2021-06-10
    marks = deadlines_in_month(db, actor, 2021, 6, provinces=None, as_of=date(2021, 6, 10))
    # Then the verified finding is gone, the 8 June ones are overdue, the others not yet
    assert sorted(marks) == [date(2021, 6, 8), date(2021, 6, 15), date(2021, 6, 21)]
    june8 = marks[date(2021, 6, 8)]
    assert (june8.findings, june8.overdue, june8.reports_due) == (3, 3, 0)
    assert june8.any_overdue
    june15 = marks[date(2021, 6, 15)]
    assert (june15.findings, june15.reports_due, june15.reports_overdue) == (0, 1, 0)
    assert not marks[date(2021, 6, 21)].any_overdue
    # On the deadline day itself nothing is overdue yet (the domain's rule).
    on_the_day = deadlines_in_month(db, actor, 2021, 6, provinces=None, as_of=date(2021, 6, 8))
    assert on_the_day[date(2021, 6, 8)].overdue == 0
    assert deadlines_in_month(db, actor, 2021, 7, provinces=None, as_of=date(2021, 6, 10)) == {}


def test_province_filter_and_actor_scope_limit_the_marks(db: Database, actor: Actor) -> None:
    _world(db, actor)
    as_of = date(2021, 6, 10)
    beijing = deadlines_in_month(db, actor, 2021, 6, provinces=frozenset({BJ}), as_of=as_of)
    assert list(beijing) == [date(2021, 6, 8)] and beijing[date(2021, 6, 8)].findings == 1
    zhejiang_official = Actor(
        "zj", role="inspector", all_provinces=False, provinces=frozenset({ZJ})
    )
    mine = deadlines_in_month(db, zhejiang_official, 2021, 6, provinces=None, as_of=as_of)
    assert mine[date(2021, 6, 8)].findings == 2
    # Asking for a province outside the actor's scope shows nothing of it.
    other = deadlines_in_month(
        db, zhejiang_official, 2021, 6, provinces=frozenset({BJ}), as_of=as_of
    )
    assert other == {}


def test_deadlines_between_lists_findings_then_reports_with_the_domain_overdue_rule(
    db: Database, actor: Actor
) -> None:
    zj, bj = _world(db, actor)
    as_of = date(2021, 6, 16)
    items = deadlines_between(
        db, actor, date(2021, 6, 7), date(2021, 6, 21), provinces=None, as_of=as_of
    )
    assert [(i.due, i.kind, i.case_number, i.finding_number) for i in items] == [
        (date(2021, 6, 8), "finding", bj, 1),
        (date(2021, 6, 8), "finding", zj, 1),
        (date(2021, 6, 8), "finding", zj, 2),
        (date(2021, 6, 15), "report", zj, None),
        (date(2021, 6, 21), "finding", zj, 4),
    ]
    for item in items:
        if item.kind == "finding":
            assert item.status is not None
            assert item.overdue == is_overdue(FindingStatus(item.status), item.due, as_of)
    first = items[1]
    assert (first.overdue, first.days_overdue, first.days_left) == (True, 8, -8)
    assert first.item_code == "A3" and first.item_name_zh and first.company
    assert items[2].status == "submitted"
    report = items[3]
    assert report.trigger_code == "T1" and report.trigger_name_zh
    assert report.overdue and report.days_overdue == 1
    assert not items[4].overdue and items[4].days_left == 5
    # One day: only that day's items; an inverted range: nothing.
    one_day = deadlines_between(
        db, actor, date(2021, 6, 21), date(2021, 6, 21), provinces=None, as_of=as_of
    )
    assert [i.finding_number for i in one_day] == [4]
    assert (
        deadlines_between(
            db, actor, date(2021, 7, 1), date(2021, 6, 1), provinces=None, as_of=as_of
        )
        == []
    )


def test_a_received_report_is_no_longer_due(db: Database, actor: Actor) -> None:
    zj, _ = _world(db, actor)
    [report] = [r for r in cases.show_case(db, actor, zj).reports if r.received_on is None]
    reports.mark_received(db, actor, report.id, "2021-06-14")
    marks = deadlines_in_month(db, actor, 2021, 6, provinces=None, as_of=date(2021, 6, 10))
    assert date(2021, 6, 15) not in marks


def test_official_calendar_2021_has_the_known_holidays_and_make_up_days() -> None:
    days = {d.day: d for d in official_calendar(2021)}
    # 2021-02-07, a Sunday, was a make-up working day for the Spring Festival.
    sunday = days[date(2021, 2, 7)]
    assert sunday.is_working and sunday.name == "Spring Festival"
    assert date(2021, 2, 7).weekday() == 6
    # National Day: 1 to 7 October 2021 were all rest days.
    for n in range(7):
        day = days[date(2021, 10, 1) + timedelta(days=n)]
        assert not day.is_working and day.name == "National Day"
    assert date(2021, 10, 8) not in days
    assert holiday_label("National Day", "zh") == "国庆节"
    assert holiday_label("Spring Festival", "en") == "Spring Festival"
    assert all(d.day.year == 2021 for d in days.values())
    assert sorted(days) == [d.day for d in official_calendar(2021)]


def test_a_year_the_package_does_not_cover_is_said_so() -> None:
    assert is_official_year(2021)
    assert not is_official_year(2027)
    assert official_calendar(2027) == []
    span = official_years()
    assert span is not None and span[0] <= 2021 < 2027 > span[1]


def test_entered_days_of_2027_change_working_day_deadlines(db: Database, actor: Actor) -> None:
    # Monday 2027-01-04 + 3 working days is Thursday the 7th while 2027 is unknown.
    before = calendar.deadline(db, date(2027, 1, 4), 3, PeriodUnit.WORKING)
    assert before.due == date(2027, 1, 7) and before.provisional
    calendar.set_calendar_day(db, actor, date(2027, 1, 5), False, "测试休息日")
    after = calendar.deadline(db, date(2027, 1, 4), 3, PeriodUnit.WORKING)
    assert after.due == date(2027, 1, 8) and not after.provisional
    assert [e.day for e in calendar.calendar_entries(db, 2027)] == [date(2027, 1, 5)]


def test_every_holiday_the_calendar_package_names_has_a_chinese_name() -> None:
    from chinese_calendar.constants import Holiday

    for holiday in Holiday:
        zh = holiday_label(holiday.value, "zh")
        assert zh != holiday.value and re.search(r"[\u4e00-\u9fff]", zh), holiday
    assert holiday_label("Some New Day", "zh") == "Some New Day"  # shown as given
