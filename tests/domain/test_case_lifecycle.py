from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.case_lifecycle import (
    REOPEN,
    STATUS_LABELS,
    TRANSITIONS,
    CaseStatus,
    allowed_next,
    check_can_close,
    check_transition,
    is_reopen,
    parse_case_status,
)
from app.domain.errors import ConflictError, ValidationError

S = CaseStatus

# The table of the issue, written out pair by pair so that a changed TRANSITIONS shows.
LEGAL = {
    (S.OPENED, S.AWAITING_REPORT),
    (S.OPENED, S.UNDER_REVIEW),
    (S.AWAITING_REPORT, S.UNDER_REVIEW),
    (S.UNDER_REVIEW, S.AWAITING_REPORT),
    (S.UNDER_REVIEW, S.RECTIFICATION),
    (S.UNDER_REVIEW, S.INSPECTION),
    (S.UNDER_REVIEW, S.CLOSED),
    (S.RECTIFICATION, S.UNDER_REVIEW),
    (S.RECTIFICATION, S.INSPECTION),
    (S.RECTIFICATION, S.CLOSED),
    (S.INSPECTION, S.RECTIFICATION),
    (S.INSPECTION, S.UNDER_REVIEW),
    (S.INSPECTION, S.CLOSED),
    (S.CLOSED, S.UNDER_REVIEW),
}
ALL_PAIRS = list(itertools.product(CaseStatus, CaseStatus))


def test_every_status_has_an_entry_and_a_label() -> None:
    assert set(TRANSITIONS) == set(CaseStatus)
    assert set(STATUS_LABELS) == set(CaseStatus)
    assert all(set(labels) == {"zh", "en"} for labels in STATUS_LABELS.values())
    assert STATUS_LABELS[S.UNDER_REVIEW] == {"zh": "书面审查中", "en": "Under review"}


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_transitions_are_exactly_the_legal_ones(current: CaseStatus, target: CaseStatus) -> None:
    if (current, target) in LEGAL:
        check_transition(current, target)
    else:
        with pytest.raises(ConflictError) as caught:
            check_transition(current, target)
        assert caught.value.code == "case.transition"
        assert caught.value.values == {"current": current.value, "target": target.value}


def test_an_illegal_transition_names_both_states() -> None:
    with pytest.raises(ConflictError) as caught:
        check_transition(S.OPENED, S.CLOSED)
    assert "Opened" in caught.value.render("en") and "Closed" in caught.value.render("en")
    assert "已立案" in caught.value.render("zh") and "已结案" in caught.value.render("zh")


def test_allowed_next_is_in_declaration_order() -> None:
    assert allowed_next(S.UNDER_REVIEW) == [
        S.AWAITING_REPORT,
        S.RECTIFICATION,
        S.INSPECTION,
        S.CLOSED,
    ]
    assert allowed_next(S.CLOSED) == [S.UNDER_REVIEW]


@given(st.sampled_from(CaseStatus))
def test_allowed_next_agrees_with_check_transition(status: CaseStatus) -> None:
    assert {(status, target) for target in allowed_next(status)} == {
        pair for pair in LEGAL if pair[0] == status
    }


def test_only_closed_to_under_review_is_a_reopen() -> None:
    assert REOPEN == (S.CLOSED, S.UNDER_REVIEW)
    assert [pair for pair in ALL_PAIRS if is_reopen(*pair)] == [REOPEN]


def test_every_status_is_reachable_from_opened_and_closed_is_reachable_from_all() -> None:
    reachable = {S.OPENED}
    frontier = [S.OPENED]
    while frontier:
        for target in allowed_next(frontier.pop()):
            if target not in reachable:
                reachable.add(target)
                frontier.append(target)
    assert reachable == set(CaseStatus)
    for status in CaseStatus:
        seen, frontier = {status}, [status]
        while frontier:
            for target in allowed_next(frontier.pop()):
                if target not in seen:
                    seen.add(target)
                    frontier.append(target)
        assert S.CLOSED in seen


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("under_review", S.UNDER_REVIEW),
        ("  CLOSED ", S.CLOSED),
        ("书面审查中", S.UNDER_REVIEW),
        ("on-site inspection", S.INSPECTION),
        ("Awaiting report", S.AWAITING_REPORT),
    ],
)
def test_parse_case_status(text: str, status: CaseStatus) -> None:
    assert parse_case_status(text) is status


def test_unknown_status_lists_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_case_status("finished")
    assert caught.value.code == "case.status_unknown"
    assert caught.value.values["value"] == "finished"
    assert caught.value.values["allowed"] == (
        "opened, awaiting_report, under_review, rectification, inspection, closed"
    )


def test_a_case_with_unresolved_findings_cannot_close() -> None:
    check_can_close(0)
    with pytest.raises(ConflictError) as caught:
        check_can_close(3)
    assert caught.value.code == "case.close_unresolved"
    assert caught.value.values == {"count": 3}


def test_transition_message_names_both_states_by_their_labels() -> None:
    with pytest.raises(ConflictError) as refused:
        check_transition(CaseStatus.CLOSED, CaseStatus.OPENED)
    assert refused.value.render("zh") == "案件状态不能从“已结案”变更为“已立案”"
    assert "Closed" in refused.value.render("en") and "Opened" in refused.value.render("en")
