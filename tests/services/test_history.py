"""The history of one case: its audit events, scoped to what the actor may see."""

from __future__ import annotations

from datetime import UTC

import pytest

from app.db.engine import Database
from app.domain.errors import NotFoundError
from app.services.casework import case_paging, cases
from app.services.casework.history import case_history
from app.services.support.context import Actor
from tests.services.helpers import add_company


def test_history_lists_the_case_events_with_before_and_after(db: Database, actor: Actor) -> None:
    # Given a case opened and moved on
    code = add_company(db, actor, 1)
    number = cases.open_case(db, actor, code)
    other = cases.open_case(db, actor, code)
    cases.change_status(db, actor, number, "awaiting_report", note="report requested")

    # When its history is read
    entries = case_history(db, actor, number)

    # Then it holds its own events only, oldest first, with who/when and the change
    assert [e.action for e in entries] == ["case.open", "case.status"]
    assert all(e.actor == "inspector_zj" for e in entries)
    assert entries[0].at.tzinfo is not None and entries[0].at.utcoffset() == UTC.utcoffset(None)
    assert entries[0].created
    status = [c for c in entries[1].changes() if c.field == "status"]
    assert status and (status[0].before, status[0].after) == ("opened", "awaiting_report")
    assert all(c.field not in ("version", "updated_at") for c in entries[1].changes())
    assert [e.action for e in case_history(db, actor, other)] == ["case.open"]


def test_history_of_a_case_outside_the_scope_is_not_found(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)  # Zhejiang
    number = cases.open_case(db, actor, code)
    beijing = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    with pytest.raises(NotFoundError):
        case_history(db, beijing, number)


def test_paging_orders_by_any_column_with_the_counts_of_list_cases(
    db: Database, actor: Actor
) -> None:
    # Given cases in two provinces
    for n, province in enumerate(("330000", "110000", "330000"), start=1):
        cases.open_case(db, actor, add_company(db, actor, n, province, name=f"公司{n}"))
    cases.change_status(db, actor, cases.list_cases(db, actor)[-1].case_number, "awaiting_report")
    expected = {r.case_number: r for r in cases.list_cases(db, actor)}

    for key in case_paging.SORT_KEYS:
        for descending in (False, True):
            query = case_paging.CaseQuery(sort_key=key, descending=descending)
            rows = case_paging.list_cases_page(db, actor, query)
            # every case once, with exactly the figures list_cases gives
            assert sorted(r.case_number for r in rows) == sorted(expected)
            assert all(r == expected[r.case_number] for r in rows)

    query = case_paging.CaseQuery(sort_key="case_number", descending=True)
    numbers = [r.case_number for r in case_paging.list_cases_page(db, actor, query)]
    assert numbers == sorted(expected, reverse=True)
    page = case_paging.list_cases_page(db, actor, case_paging.CaseQuery(), limit=2, offset=2)
    assert [r.case_number for r in page] == sorted(expected)[2:]
    zj = case_paging.CaseQuery(provinces=frozenset({"330000"}))
    assert case_paging.count_cases(db, actor, zj) == 2
    scoped = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    assert case_paging.list_cases_page(db, scoped, zj) == []
    status = case_paging.CaseQuery(status="awaiting_report")
    assert len(case_paging.list_cases_page(db, actor, status)) == 1


def test_paging_text_filter_finds_what_list_cases_finds(db: Database, actor: Actor) -> None:
    names = ("杭州云端科技有限公司", "北京语音社交网络公司", "Shanghai Deep Synthesis Ltd")
    for n, (province, name) in enumerate(
        zip(("330000", "110000", "310000"), names, strict=True), start=1
    ):
        cases.open_case(db, actor, add_company(db, actor, n, province, name=name))
    for text in ("科技", "网络", "Deep", "deep", "ZJ-", "-0001", "9133", "无此公司", "%", "_"):
        expected = [r.case_number for r in cases.list_cases(db, actor, text=text)]
        query = case_paging.CaseQuery(text=text)
        assert [r.case_number for r in case_paging.list_cases_page(db, actor, query)] == expected
        assert case_paging.count_cases(db, actor, query) == len(expected)
