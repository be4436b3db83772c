"""Nothing happens to a record before it began: the commands keep dates in order.

The same rules (app.domain.date_order) hold for an exchange import; those are in
test_exchange_rules.  Each refusal here is checked to write nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, CaseStatusChange, DeadlineExtension
from app.domain.date_order import ORDER, check_record_dates
from app.domain.errors import ValidationError
from app.services.casework import cases, summons
from app.services.rectification import findings, reports
from app.services.support.context import Actor
from tests.services.helpers import add_company


def _case(db: Database, actor: Actor) -> str:
    code = add_company(db, actor, 1)
    _, [number] = summons.register_summons(
        db,
        actor,
        summons.SummonsInput(
            held_on="2022-03-10",
            place="杭州",
            topic="数据安全约谈",
            agencies=(("浙江省委网信办", "cyberspace", "330000"),),
            attendances=(summons.AttendanceInput(code),),
        ),
    )
    return number


def _finding(db: Database, actor: Actor, number: str, raised_on: str = "2022-04-01") -> None:
    findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput("A3", "high", "日志留存不足", raised_on, period=30, unit="calendar"),
    )


def _received_report(db: Database, actor: Actor, number: str) -> uuid.UUID:
    """A T3 report of the case, received on 2022-04-20."""
    return reports.add_report(
        db,
        actor,
        number,
        reports.ReportInput(
            "T3",
            received_on="2022-04-20",
            event_date="2022-03-20",
            receiving_agency="浙江省委网信办",
        ),
    )


def _written(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.execute(select(func.count()).select_from(model)).scalar_one())
            for model in (AuditEvent, CaseStatusChange, DeadlineExtension)
        )


def _refused(db: Database, act: Callable[[], object]) -> ValidationError:
    before = _written(db)
    with pytest.raises(ValidationError) as refused:
        act()
    assert refused.value.code == "date.order"
    assert _written(db) == before
    return refused.value


def test_a_rectification_is_not_submitted_verified_or_waived_before_the_finding_was_raised(
    db: Database, actor: Actor
) -> None:
    number = _case(db, actor)
    _finding(db, actor, number)
    error = _refused(
        db,
        lambda: findings.submit_rectification(
            db, actor, number, 1, evidence="已整改", submitted_on="2022-03-31"
        ),
    )
    assert error.values == {
        "field": "submitted_on",
        "value": "2022-03-31",
        "earlier_field": "raised_on",
        "earlier": "2022-04-01",
    }
    # The messages name both dates by what they are, in either language
    assert "2022-03-31" in error.render("en") and "date the finding was raised" in error.render(
        "en"
    )
    assert "问题提出日期" in error.render("zh") and "整改材料提交日期" in error.render("zh")

    _refused(
        db,
        lambda: findings.waive_finding(db, actor, number, 1, reason="x", waived_on="2022-01-01"),
    )
    findings.submit_rectification(
        db, actor, number, 1, evidence="已整改", submitted_on="2022-04-20"
    )
    error = _refused(
        db, lambda: findings.verify_finding(db, actor, number, 1, verified_on="2022-04-19")
    )
    assert error.values["earlier_field"] == "submitted_on"
    # The same day is allowed: a rectification can be checked the day it arrives
    findings.verify_finding(db, actor, number, 1, verified_on="2022-04-20")
    [view] = cases.show_case(db, actor, number).findings
    assert view.status == "verified"


def test_an_extension_is_not_approved_before_the_finding_was_raised(
    db: Database, actor: Actor
) -> None:
    number = _case(db, actor)
    _finding(db, actor, number, raised_on="2022-05-10")
    error = _refused(
        db,
        lambda: findings.extend_deadline(
            db,
            actor,
            number,
            1,
            new_deadline="2022-08-01",
            reason="系统改造",
            approver="李处长",
            approved_on="2022-05-09",
        ),
    )
    assert error.values["field"] == "approved_on"


def test_a_case_does_not_move_before_it_was_opened_or_before_its_last_move(
    db: Database, actor: Actor
) -> None:
    number = _case(db, actor)  # opened on the summons day, 2022-03-10
    error = _refused(
        db, lambda: cases.change_status(db, actor, number, "under_review", on=date(2022, 3, 9))
    )
    assert (error.values["field"], error.values["earlier_field"]) == ("changed_on", "opened_on")
    cases.change_status(db, actor, number, "under_review", on=date(2022, 4, 1))
    error = _refused(
        db, lambda: cases.change_status(db, actor, number, "rectification", on=date(2022, 3, 31))
    )
    assert (error.values["earlier_field"], error.values["earlier"]) == ("last_change", "2022-04-01")
    assert cases.show_case(db, actor, number).status == "under_review"


def test_a_review_is_not_dated_before_its_report_was_received(db: Database, actor: Actor) -> None:
    number = _case(db, actor)
    report = _received_report(db, actor, number)
    review = reports.ReviewInput(
        "浙江省委网信办", "cyberspace", "张审查", "2022-04-19", "rectification", ""
    )
    error = _refused(db, lambda: reports.record_review(db, actor, report, review))
    assert (error.values["field"], error.values["earlier_field"]) == ("reviewed_on", "received_on")


def test_a_report_entered_late_moves_the_case_on_the_day_of_its_last_move(
    db: Database, actor: Actor
) -> None:
    # Given a case already moved on 2022-05-01, then a paper report received back in April
    number = _case(db, actor)
    cases.change_status(db, actor, number, "awaiting_report", on=date(2022, 5, 1))
    _received_report(db, actor, number)
    # Then the case moves to review, dated with its last move, not before it
    detail = cases.show_case(db, actor, number)
    assert detail.status == "under_review"
    assert [c.changed_on for c in detail.status_changes][-2:] == [date(2022, 5, 1)] * 2


@pytest.mark.parametrize("record", sorted(ORDER))
def test_every_order_rule_refuses_the_day_before_and_allows_the_same_day(record: str) -> None:
    for later, earlier in ORDER[record]:
        check_record_dates(record, {earlier: date(2022, 5, 2), later: date(2022, 5, 2)})
        check_record_dates(record, {earlier: date(2022, 5, 2), later: None})
        with pytest.raises(ValidationError) as refused:
            check_record_dates(record, {earlier: date(2022, 5, 2), later: date(2022, 5, 1)})
        assert refused.value.values["field"] == later
        for lang in ("zh", "en"):
            assert "{" not in refused.value.render(lang)
