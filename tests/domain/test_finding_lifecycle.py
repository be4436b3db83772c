from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ConflictError, ValidationError
from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    RESOLVED_STATUSES,
    SEVERITY_LABELS,
    FindingStatus,
    Severity,
    check_extension,
    check_finding_transition,
    current_deadline,
    days_left,
    days_overdue,
    is_overdue,
)

F = FindingStatus
LEGAL = {
    (F.OPEN, F.SUBMITTED),
    (F.OPEN, F.WAIVED),
    (F.SUBMITTED, F.VERIFIED),
    (F.SUBMITTED, F.OPEN),
    (F.SUBMITTED, F.WAIVED),
}
DEADLINE = date(2021, 5, 31)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(F, F)))
def test_transitions_are_exactly_the_legal_ones(current: F, target: F) -> None:
    if (current, target) in LEGAL:
        check_finding_transition(current, target)
    else:
        with pytest.raises(ConflictError) as caught:
            check_finding_transition(current, target)
        assert caught.value.code == "finding.transition"
        assert caught.value.values == {"current": current.value, "target": target.value}


def test_resolved_is_verified_and_waived() -> None:
    assert frozenset({F.VERIFIED, F.WAIVED}) == RESOLVED_STATUSES
    assert sorted(RESOLVED_STATUSES) == ["verified", "waived"]  # usable as SQL values


def test_labels() -> None:
    assert {status: labels["zh"] for status, labels in FINDING_STATUS_LABELS.items()} == {
        F.OPEN: "待整改",
        F.SUBMITTED: "已提交整改",
        F.VERIFIED: "已核验",
        F.WAIVED: "已豁免",
    }
    assert [SEVERITY_LABELS[s]["zh"] for s in Severity] == ["低", "中", "高", "严重"]
    assert [SEVERITY_LABELS[s]["en"] for s in Severity] == ["Low", "Medium", "High", "Critical"]
    assert all(set(labels) == {"zh", "en"} for labels in FINDING_STATUS_LABELS.values())


@pytest.mark.parametrize(
    ("status", "as_of", "overdue", "days"),
    [
        (F.OPEN, DEADLINE, False, 0),  # on the day itself: still in time
        (F.OPEN, DEADLINE + timedelta(days=1), True, 1),
        (F.SUBMITTED, DEADLINE + timedelta(days=10), True, 10),  # submitted, not yet verified
        (F.VERIFIED, DEADLINE + timedelta(days=10), False, 0),
        (F.WAIVED, DEADLINE + timedelta(days=10), False, 0),
        (F.OPEN, DEADLINE - timedelta(days=3), False, 0),
    ],
)
def test_overdue(status: F, as_of: date, overdue: bool, days: int) -> None:
    assert is_overdue(status, DEADLINE, as_of) is overdue
    assert days_overdue(status, DEADLINE, as_of) == days


def test_no_deadline_is_never_overdue() -> None:
    assert not is_overdue(F.OPEN, None, date(2100, 1, 1))
    assert days_overdue(F.OPEN, None, date(2100, 1, 1)) == 0


def test_days_left() -> None:
    assert days_left(DEADLINE, date(2021, 5, 21)) == 10
    assert days_left(DEADLINE, DEADLINE) == 0
    assert days_left(DEADLINE, date(2021, 6, 2)) == -2


dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@given(st.sampled_from(FindingStatus), st.one_of(st.none(), dates), dates)
def test_overdue_rule_properties(status: F, deadline: date | None, as_of: date) -> None:
    overdue = is_overdue(status, deadline, as_of)
    expected = deadline is not None and status not in RESOLVED_STATUSES and as_of > deadline
    assert overdue == expected
    assert (days_overdue(status, deadline, as_of) > 0) == overdue
    if deadline is not None and overdue:
        assert days_overdue(status, deadline, as_of) == -days_left(deadline, as_of)


def test_extension_must_be_strictly_later() -> None:
    check_extension(DEADLINE, DEADLINE + timedelta(days=1), "企业申请", "张处长")
    for new in (DEADLINE, DEADLINE - timedelta(days=1)):
        with pytest.raises(ValidationError) as caught:
            check_extension(DEADLINE, new, "企业申请", "张处长")
        assert caught.value.code == "extension.not_later"
        assert caught.value.values == {"current": "2021-05-31", "new": new.isoformat()}


@pytest.mark.parametrize(
    ("reason", "approver", "field"),
    [("", "张处长", "reason"), (" \u3000\n", "张处长", "reason"), ("企业申请", "  ", "approver")],
)
def test_extension_needs_reason_and_approver(reason: str, approver: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_extension(DEADLINE, DEADLINE + timedelta(days=30), reason, approver)
    assert caught.value.code == "field.required"
    assert caught.value.values == {"field": field}


def test_current_deadline_is_the_latest_extension_or_the_original() -> None:
    assert current_deadline(DEADLINE, []) == DEADLINE
    assert current_deadline(DEADLINE, [date(2021, 6, 30), date(2021, 7, 31)]) == date(2021, 7, 31)


@given(dates, st.lists(st.integers(min_value=1, max_value=90), max_size=6))
def test_a_chain_of_accepted_extensions_ends_on_the_last_and_latest_date(
    original: date, steps: list[int]
) -> None:
    new_dates: list[date] = []
    for step in steps:
        current = current_deadline(original, new_dates)
        new = current + timedelta(days=step)
        check_extension(current, new, "理由", "审批人")
        new_dates.append(new)
    result = current_deadline(original, new_dates)
    assert result == max([original, *new_dates])
    assert result == original + timedelta(days=sum(steps))
