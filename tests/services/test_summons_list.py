"""Summons lists and the record of one summons, within the actor's provinces."""

from __future__ import annotations

import pytest

from app.db.engine import Database
from app.domain.errors import NotFoundError
from app.services.casework import summons, summons_list
from app.services.support.context import Actor
from tests.services.helpers import add_company


def _register(db: Database, actor: Actor, *codes: str, topic: str = "深度合成") -> list[str]:
    _, numbers = summons.register_summons(
        db,
        actor,
        summons.SummonsInput(
            held_on="2021-03-18",
            place="北京",
            topic=topic,
            requirements="一个月内报送评估报告",
            agencies=(("国家网信办", "cyberspace", None), ("公安部", "public_security", None)),
            attendances=tuple(
                summons.AttendanceInput(c, attended=i == 0, attendees="张三", commitments="整改")
                for i, c in enumerate(codes)
            ),
        ),
    )
    return numbers


def test_list_and_detail(db: Database, actor: Actor) -> None:
    # Given a summons of a Zhejiang and a Beijing company
    zj = add_company(db, actor, 1, "330000")
    bj = add_company(db, actor, 2, "110000", name="北京测试公司")
    numbers = _register(db, actor, zj, bj)
    _register(db, actor, zj, topic="语音社交")
    # Then a national actor sees both summons, newest first, with their counts
    rows = summons_list.list_summons(db, actor)
    assert len(rows) == 2
    assert {(r.topic, r.company_count, r.case_count) for r in rows} == {
        ("深度合成", 2, 2),
        ("语音社交", 1, 1),
    }
    assert [r.topic for r in summons_list.list_summons(db, actor, text="语音")] == ["语音社交"]
    first = next(r for r in rows if r.topic == "深度合成")
    detail = summons_list.summons_detail(db, actor, first.id)
    assert detail.requirements == "一个月内报送评估报告"
    assert {a.kind for a in detail.agencies} == {"cyberspace", "public_security"}
    by_code = {a.credit_code: a for a in detail.attendances}
    assert by_code[zj].attended and not by_code[bj].attended
    assert {n for a in detail.attendances for n in a.case_numbers} == set(numbers)
    assert detail.hidden_count == 0


def test_scope_limits_what_is_seen(db: Database, actor: Actor) -> None:
    zj = add_company(db, actor, 1, "330000")
    bj = add_company(db, actor, 2, "110000", name="北京测试公司")
    _register(db, actor, zj, bj)
    _register(db, actor, zj, topic="只有浙江")
    beijing = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    rows = summons_list.list_summons(db, beijing)
    assert [(r.topic, r.company_count, r.case_count) for r in rows] == [("深度合成", 2, 1)]
    detail = summons_list.summons_detail(db, beijing, rows[0].id)
    assert [a.credit_code for a in detail.attendances] == [bj]
    assert detail.hidden_count == 1
    only_zj = next(r for r in summons_list.list_summons(db, actor) if r.topic == "只有浙江")
    with pytest.raises(NotFoundError):
        summons_list.summons_detail(db, beijing, only_zj.id)
    # The province filter narrows a national actor's list the same way
    assert len(summons_list.list_summons(db, actor, provinces={"110000"})) == 1
