"""Records are searchable as soon as the use case that writes them commits."""

from __future__ import annotations

from app.db.engine import Database
from app.services.casework import cases
from app.services.overview import search
from app.services.rectification import findings, inspections
from app.services.support.context import Actor
from tests.services.helpers import add_company


def _kinds(db: Database, actor: Actor, query: str) -> set[str]:
    return {hit.kind for hit in search.search(db, actor, query)}


def test_new_and_changed_records_are_found_without_reindexing(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1, name="杭州渗漏测试网络有限公司")
    number = cases.open_case(db, actor, code)
    assert _kinds(db, actor, "渗漏") == {"company", "case"}
    findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput("A3", "high", "服务器日志未按规定留存", "2021-04-25", period=10),
    )
    assert "finding" in _kinds(db, actor, "日志")
    iid = inspections.schedule_inspection(
        db, actor, number, inspections.InspectionInput("2021-05-10", "杭州")
    )
    assert "inspection" not in _kinds(db, actor, "机房")
    inspections.record_inspection(
        db, actor, iid, inspections.InspectionRecord(notes="查看了机房门禁记录")
    )
    assert "inspection" in _kinds(db, actor, "机房")
    findings.submit_rectification(db, actor, number, 1, evidence="已部署集中审计平台")
    assert "finding" in _kinds(db, actor, "审计平台")
    zj_only = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    assert search.search(db, zj_only, "渗漏") == []
