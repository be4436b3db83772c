"""A case from summons to closure, through the use cases the GUI and CLI share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, Case, DeadlineExtension
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.services.casework import cases, summons
from app.services.rectification import findings, inspections, reports
from app.services.support import audit
from app.services.support.context import Actor
from app.text.chronology import chronology_text
from tests.conftest import Databases
from tests.services.helpers import add_company


def _events(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


def _summons(db: Database, actor: Actor, *codes: str) -> list[str]:
    _, numbers = summons.register_summons(
        db,
        actor,
        summons.SummonsInput(
            held_on="2021-03-18",
            place="北京",
            topic="语音社交与深度合成安全评估",
            agencies=(
                ("浙江省委网信办", "cyberspace", "330000"),
                ("浙江省公安厅", "public_security", "330000"),
            ),
            attendances=tuple(
                summons.AttendanceInput(c, commitments="一个月内完成评估") for c in codes
            ),
        ),
    )
    return numbers


def test_summons_opens_one_gapless_numbered_case_per_company(db: Database, actor: Actor) -> None:
    # Given two Zhejiang companies and one in Beijing
    a = add_company(db, actor, 1)
    b = add_company(db, actor, 2, name="另一家公司")
    c = add_company(db, actor, 3, province="110000", name="北京公司")
    # When one summons names all three
    numbers = _summons(db, actor, a, b, c)
    # Then each gets a case numbered in its own province, without gaps
    assert numbers == ["ZJ-2021-0001", "ZJ-2021-0002", "BJ-2021-0001"]
    detail = cases.show_case(db, actor, "ZJ-2021-0002")
    assert detail.summons is not None and detail.summons.commitments == "一个月内完成评估"
    assert cases.open_case(db, actor, a, opened_on=date(2021, 5, 1)) == "ZJ-2021-0003"
    assert cases.open_case(db, actor, a, opened_on=date(2022, 1, 3)) == "ZJ-2022-0001"


def test_refused_case_gives_its_number_back(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    with pytest.raises(NotFoundError):
        # a summons naming an unknown company fails after the first case was allocated
        _summons(db, actor, code, "不存在的公司")
    assert cases.open_case(db, actor, code, opened_on=date(2021, 3, 18)) == "ZJ-2021-0001"


def test_full_lifecycle_moves_status_and_keeps_history(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    [number] = _summons(db, actor, code)
    report = reports.add_report(
        db,
        actor,
        number,
        reports.ReportInput(
            "T3",
            received_on="2021-04-20",
            event_date="2021-03-20",
            receiving_agency="浙江省委网信办",
        ),
    )
    assert cases.show_case(db, actor, number).status == "under_review"
    reports.record_review(
        db,
        actor,
        report,
        reports.ReviewInput(
            "浙江省公安厅",
            "public_security",
            "张警官",
            "2021-04-25",
            "rectification",
            "日志留存不足",
        ),
    )
    assert cases.show_case(db, actor, number).status == "rectification"

    _, deadline = findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput(
            "A3", "high", "网络日志留存不足六个月", "2021-04-25", period=30, unit="working"
        ),
    )
    # Apr 25 not counted; May 1-5 holiday; May 8 a make-up working Saturday: 30th working day is Jun 8
    assert deadline.due == date(2021, 6, 8)
    as_of = date(2021, 6, 15)
    assert [r.days_overdue for r in cases.overdue(db, actor, as_of=as_of)] == [7]

    findings.extend_deadline(
        db,
        actor,
        number,
        1,
        new_deadline="2021-07-15",
        reason="系统改造",
        approver="李处长",
        approved_on="2021-06-01",
    )
    assert cases.overdue(db, actor, as_of=as_of) == []
    with pytest.raises(ValidationError) as refused:
        findings.extend_deadline(
            db, actor, number, 1, new_deadline="2021-07-01", reason="x", approver="y"
        )
    assert refused.value.code == "extension.not_later"

    findings.submit_rectification(
        db, actor, number, 1, evidence="已延长至 180 天", submitted_on="2021-07-01"
    )
    findings.verify_finding(db, actor, number, 1, verified_on="2021-07-05")
    with pytest.raises(ConflictError) as premature:
        cases.change_status(db, actor, number, "opened")
    assert premature.value.code == "case.transition"

    cases.change_status(db, actor, number, "closed", outcome="整改完成", on=date(2021, 7, 10))
    detail = cases.show_case(db, actor, number, as_of=as_of)
    assert detail.status == "closed" and detail.closed_on == date(2021, 7, 10)
    [finding] = detail.findings
    assert (finding.original_deadline, finding.current_deadline) == (
        date(2021, 6, 8),
        date(2021, 7, 15),
    )
    assert [(e.old_deadline, e.new_deadline) for e in finding.extensions] == [
        (date(2021, 6, 8), date(2021, 7, 15))
    ]
    kinds = [e.kind for e in detail.chronology]
    assert kinds[0] == "summons" and "extension" in kinds and "verification" in kinds
    assert [e.on for e in detail.chronology] == sorted(e.on for e in detail.chronology)

    # Nothing may be added to a closed case
    with pytest.raises(ConflictError):
        findings.add_finding(
            db, actor, number, findings.FindingInput("A1", "low", "x", "2021-07-11", period=5)
        )
    assert audit.verify_chain(db).ok


def test_close_refused_while_findings_unresolved(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    [number] = _summons(db, actor, code)
    reports.add_report(
        db,
        actor,
        number,
        reports.ReportInput("T3", received_on="2021-04-20", event_date="2021-03-20"),
    )
    findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput("A2", "medium", "实名核验缺失", "2021-04-25", period=10),
    )
    before = _events(db)
    with pytest.raises(ConflictError) as refused:
        cases.change_status(db, actor, number, "closed", outcome="x")
    assert refused.value.code == "case.close_unresolved"
    assert _events(db) == before
    findings.waive_finding(db, actor, number, 1, reason="服务已下线")
    cases.change_status(db, actor, number, "closed", outcome="服务下线")
    assert cases.show_case(db, actor, number).status == "closed"


def test_only_supervisors_reopen_extend_and_verify(db: Database, actor: Actor) -> None:
    inspector = Actor("zj_inspector", role="inspector")
    code = add_company(db, actor, 1)
    [number] = _summons(db, actor, code)
    reports.add_report(
        db,
        actor,
        number,
        reports.ReportInput("T3", received_on="2021-04-20", event_date="2021-03-20"),
    )
    findings.add_finding(
        db, inspector, number, findings.FindingInput("A2", "medium", "x", "2021-04-25", period=10)
    )
    with pytest.raises(ConflictError):
        findings.extend_deadline(
            db, inspector, number, 1, new_deadline="2021-12-31", reason="r", approver="a"
        )
    findings.submit_rectification(db, inspector, number, 1, evidence="e")
    with pytest.raises(ConflictError):
        findings.verify_finding(db, inspector, number, 1)
    findings.verify_finding(db, actor, number, 1)
    cases.change_status(db, actor, number, "closed", outcome="ok")
    with pytest.raises(ConflictError) as refused:
        cases.change_status(db, inspector, number, "under_review")
    assert refused.value.code == "role.forbidden"
    assert refused.value.values["action"] == "case.reopen"
    assert "重新开启已结案的案件" in refused.value.render("zh")
    cases.change_status(db, actor, number, "under_review", note="复查")
    assert cases.show_case(db, actor, number).status == "under_review"


def test_refused_requests_write_nothing(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    [number] = _summons(db, actor, code)
    before = _events(db)
    bad_inputs = [
        lambda: findings.add_finding(
            db, actor, number, findings.FindingInput("A9", "high", "x", "2021-04-25", period=5)
        ),
        lambda: findings.add_finding(
            db, actor, number, findings.FindingInput("A1", "urgent", "x", "2021-04-25", period=5)
        ),
        lambda: findings.add_finding(
            db, actor, number, findings.FindingInput("A1", "high", " ", "2021-04-25", period=5)
        ),
        lambda: findings.add_finding(
            db, actor, number, findings.FindingInput("A1", "high", "x", "2021-13-01", period=5)
        ),
        lambda: findings.add_finding(
            db, actor, number, findings.FindingInput("A1", "high", "x", "2021-04-25", period=0)
        ),
        lambda: reports.add_report(db, actor, number, reports.ReportInput("T9")),
        lambda: reports.add_report(
            db, actor, number, reports.ReportInput("T1", received_on="2021-04-01")
        ),
        lambda: reports.add_report(
            db, actor, number, reports.ReportInput("T3", received_on="2021-04-01")
        ),
        lambda: findings.verify_finding(db, actor, number, 7),
        lambda: cases.show_case(db, actor, "ZJ-2099-0001"),
        lambda: inspections.schedule_inspection(
            db, actor, number, inspections.InspectionInput("2021-05-01", "")
        ),
    ]
    for call in bad_inputs:
        with pytest.raises((ValidationError, NotFoundError, ConflictError)):
            call()
    assert _events(db) == before
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(DeadlineExtension)).scalar_one() == 0


def test_inspection_checklist_notes_and_findings(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    [number] = _summons(db, actor, code)
    iid = inspections.schedule_inspection(
        db,
        actor,
        number,
        inspections.InspectionInput(
            "2021-05-10",
            "杭州市西湖区某路 1 号",
            agencies=(("浙江省委网信办", "cyberspace"),),
            inspectors="王五、赵六",
        ),
    )
    notes = "现场检查笔记。\n" + "日志系统检查情况记录。" * 10_000  # 110,000 characters
    inspections.record_inspection(
        db,
        actor,
        iid,
        inspections.InspectionRecord(
            {"A1": ("compliant", "已设安全负责人"), "A3": ("non_compliant", "日志仅保留 30 天")},
            notes=notes,
            conclusion="需整改",
            done=True,
        ),
    )
    findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput(
            "A3",
            "high",
            "日志仅保留 30 天",
            "2021-05-10",
            period=20,
            source="inspection",
            inspection_id=iid,
        ),
    )
    detail = cases.show_case(db, actor, number)
    [insp] = detail.inspections
    assert insp.notes == notes.strip() and insp.status == "done"
    assert [(c.item_code, c.result) for c in insp.checklist] == [
        ("A1", "compliant"),
        ("A3", "non_compliant"),
    ]
    assert detail.findings[0].source == "inspection"
    assert detail.status == "opened"  # the lifecycle has no step from opened to inspection


def test_case_numbers_unique_under_concurrent_writers(
    tmp_path: Path, actor: Actor, backend: str, databases: Databases
) -> None:
    import multiprocessing as mp

    from app.db.migrate import open_database

    path = databases.location(backend, tmp_path, "shared")
    db = open_database(path)
    code = add_company(db, actor, 1)
    db.dispose()
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        results = pool.starmap(_open_many, [(path, code, 15), (path, code, 15)])
    numbers = sorted(n for batch in results for n in batch)
    assert numbers == [f"ZJ-2021-{i:04d}" for i in range(1, 31)]
    db = open_database(path)
    try:
        with db.read() as s:
            assert s.execute(select(func.count()).select_from(Case)).scalar_one() == 30
        assert audit.verify_chain(db).ok
    finally:
        db.dispose()
        databases.release(path)


def _open_many(path: str, code: str, count: int) -> list[str]:
    from app.db.migrate import open_database

    db = open_database(path)
    try:
        return [
            cases.open_case(db, Actor(f"p{i}", role="inspector"), code, opened_on=date(2021, 3, 18))
            for i in range(count)
        ]
    finally:
        db.dispose()


def test_chronology_and_reference_read_in_both_languages(db: Database, actor: Actor) -> None:
    from app.services.registry import reference

    code = add_company(db, actor, 1)
    [number] = _summons(db, actor, code)
    report = reports.add_report(
        db,
        actor,
        number,
        reports.ReportInput("T3", received_on="2021-04-20", event_date="2021-03-20"),
    )
    reports.record_review(
        db,
        actor,
        report,
        reports.ReviewInput("浙江省公安厅", "public_security", "张", "2021-04-25", "inspection"),
    )
    review = cases.show_case(db, actor, number).chronology[-1]
    assert review.kind == "review"
    assert chronology_text(review, "zh").endswith("结论：需现场检查")
    assert chronology_text(review, "en").endswith("On-site inspection required")
    provinces = reference.provinces(db)
    assert len(provinces) == 34 and provinces["330000"].name("zh") == "浙江省"
    assert [i.code for i in reference.assessment_items(db)] == [f"A{n}" for n in range(1, 9)]
    assert reference.report_triggers(db)[2].name("en").startswith("The number of users")


def test_only_supervisors_change_the_working_day_calendar(db: Database, actor: Actor) -> None:
    from app.services.overview import calendar

    with pytest.raises(ConflictError):
        calendar.set_calendar_day(db, Actor("i", role="inspector"), date(2027, 1, 5), False)
    calendar.set_calendar_day(db, actor, date(2027, 1, 5), False, "元旦调休")
    assert [e.day for e in calendar.calendar_entries(db, 2027)] == [date(2027, 1, 5)]
