"""Records against their audit trail: an edit made behind the application's back is named.

The audit chain proves the events unchanged; ``records_differing_from_audit`` (run by
``check``) and ``verify-dossier --db`` compare the records with what the events say.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.db.engine import Database
from app.db.models import Base, Finding
from app.domain.errors import IntegrityProblem
from app.services.casework import cases
from app.services.exchange import export_package, import_package
from app.services.exports.dossier_export import export_dossier
from app.services.exports.dossier_verify import describe, verify_dossier
from app.services.overview import calendar
from app.services.rectification import attachments, findings, inspections, reports
from app.services.registry import settings, users
from app.services.safekeeping.record_audit import records_differing_from_audit
from app.services.safekeeping.record_audit_types import NOT_RECORDS, RECORD_TYPES
from app.services.support.context import Actor
from tests.conftest import Databases
from tests.services.helpers import add_company, credit_code

ADMIN = Actor("admin_zj", role="admin")
OTHER = Actor("office_bj", role="admin")
TODAY = date(2026, 5, 4)
CASE = "ZJ-2026-0001"
IMPORTED = "BJ-2026-0001"
PASSWORD = "correct-horse-battery"


def _named(problems: list[IntegrityProblem]) -> set[tuple[str, str, str, str]]:
    return {
        (p.code, str(p.values["type"]), str(p.values["record"]), str(p.values["fields"]))
        for p in problems
    }


def _case_flow(db: Database, actor: Actor, number: int, province: str, tmp: Path) -> str:
    """A case as officials work it: report, review, findings (one extended, one verified),
    an inspection with its checklist, an attachment. Returns the case number."""
    code = add_company(db, actor, number, province, name=f"测试网络科技有限公司{number}")
    case = cases.open_case(db, actor, code, opened_on=TODAY)
    report = reports.add_report(
        db,
        actor,
        case,
        reports.ReportInput(
            "T1", received_on=TODAY, planned_launch=date(2026, 6, 1), receiving_agency="网信办"
        ),
    )
    reports.record_review(
        db,
        actor,
        report,
        reports.ReviewInput("网信办", "cyberspace", "张三", TODAY, "rectification", "需整改"),
    )
    for description in ("日志留存不足", "未落实实名制"):
        findings.add_finding(
            db,
            actor,
            case,
            findings.FindingInput("A2", "medium", description, TODAY, period=20),
        )
    first = findings.get_finding(db, actor, case, 1)
    findings.extend_deadline(
        db,
        actor,
        case,
        1,
        new_deadline=date(first.current_deadline.year + 1, 1, 15),
        reason="系统重构",
        approver="王主任",
        approved_on=TODAY,
    )
    findings.submit_rectification(db, actor, case, 2, evidence="已整改", submitted_on=TODAY)
    findings.verify_finding(db, actor, case, 2, verified_on=TODAY)
    inspection = inspections.schedule_inspection(
        db,
        actor,
        case,
        inspections.InspectionInput(date(2026, 5, 20), "杭州市", (("网信办", "cyberspace"),)),
    )
    inspections.record_inspection(
        db,
        actor,
        inspection,
        inspections.InspectionRecord(
            {"A1": ("compliant", ""), "A2": ("non_compliant", "日志仅保存三十天")}, "现场记录"
        ),
    )
    evidence = tmp / "evidence.txt"
    evidence.write_text("整改材料", encoding="utf-8")
    attachments.add_attachment(db, actor, case, evidence)
    return case


@pytest.fixture
def office(backend: str, databases: Databases, tmp_path: Path) -> Iterator[Database]:
    """A database after a normal round of work, with another office's case imported."""
    here = databases.open(backend, tmp_path, "here")
    there = databases.open(backend, tmp_path, "there")
    try:
        users.add_user(
            here, ADMIN, "zj_inspector", "浙江检查员", "inspector", frozenset({"330000"}), PASSWORD
        )
        settings.set_setting(here, ADMIN, "attachment_max_mb", 50)
        calendar.set_calendar_day(here, ADMIN, date(2031, 10, 8), False, "国庆")
        _case_flow(here, ADMIN, 1, "330000", tmp_path)
        _case_flow(there, OTHER, 2, "110000", tmp_path)
        package = tmp_path / "bj.zip"
        export_package(there, OTHER, package, case_number=IMPORTED)
        import_package(here, ADMIN, package)
        yield here
    finally:
        databases.close(there)
        databases.close(here)


def _sql(db: Database, *statements: str) -> None:
    """Statements run on the database directly, as someone with sqlite3 or psql would."""
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


IN_CASE = "case_id = (SELECT id FROM cases WHERE case_number = '{case}')"
FINDING_1 = f"number = 1 AND {IN_CASE.format(case=CASE)}"


def _copy_of_finding(number: int, new_number: int) -> str:
    columns = [c.name for c in inspect(Finding).columns]
    chosen = [
        f"'{uuid.uuid4().hex}'" if c == "id" else str(new_number) if c == "number" else c
        for c in columns
    ]
    return (
        f"INSERT INTO findings ({', '.join(columns)}) SELECT {', '.join(chosen)} FROM findings "
        f"WHERE number = {number} AND {IN_CASE.format(case=CASE)}"
    )


def test_a_normal_round_of_work_agrees_with_its_audit_trail(office: Database) -> None:
    # Given a case worked through the application and another office's case imported,
    # Then every record is exactly what its audit events recorded
    assert records_differing_from_audit(office) == []


def test_edits_behind_the_applications_back_are_each_named(office: Database) -> None:
    first = findings.get_finding(office, ADMIN, CASE, 1)
    original, extended = first.original_deadline, first.current_deadline
    # When the database is changed directly, with no audit event: a deadline moved,
    # a finding inserted, an attachment and a deadline extension deleted, a company's
    # address, a checklist remark, an official's provinces and an imported finding changed
    _sql(
        office,
        f"UPDATE findings SET current_deadline = '2030-12-31' WHERE {FINDING_1}",
        _copy_of_finding(2, 3),
        "DELETE FROM attachments WHERE original_name = 'evidence.txt' AND "
        + IN_CASE.format(case=CASE),
        "DELETE FROM deadline_extensions WHERE finding_id IN "
        f"(SELECT id FROM findings WHERE {FINDING_1})",
        f"UPDATE companies SET address = '杭州市西湖区某路1号' WHERE credit_code = '{credit_code(1, '330106')}'",
        "UPDATE checklist_results SET remark = '已整改' WHERE item_code = 'A2' AND inspection_id IN "
        f"(SELECT id FROM inspections WHERE {IN_CASE.format(case=CASE)})",
        "INSERT INTO user_provinces (user_id, province_code) "
        "SELECT id, '110000' FROM users WHERE login = 'zj_inspector'",
        "UPDATE findings SET severity = 'low' WHERE number = 1 AND "
        + IN_CASE.format(case=IMPORTED),
    )
    problems = records_differing_from_audit(office)

    # Then check names each record: its type, the case number, the field(s)
    assert _named(problems) == {
        ("audit.record_differs", "company", credit_code(1, "330106"), "address"),
        ("audit.record_differs", "user", "zj_inspector", "provinces"),
        ("audit.record_differs", "checklist", f"{CASE} 2026-05-20 A2", "remark"),
        ("audit.record_differs", "finding", f"{CASE} #1", "current_deadline"),
        ("audit.record_unaudited", "finding", f"{CASE} #3", ""),
        ("audit.record_differs", "finding", f"{IMPORTED} #1", "severity"),
        ("audit.record_missing", "extension", f"{CASE} #1 {original}→{extended}", ""),
        ("audit.record_missing", "attachment", f"{CASE} evidence.txt", ""),
    }
    by_record = {(p.values["type"], p.values["record"]): p for p in problems}
    deadline = by_record[("finding", f"{CASE} #1")]
    assert deadline.values["case_number"] == CASE
    assert deadline.render("en") == (
        f"Finding {CASE} #1 differs from what its audit events recorded in current_deadline "
        "(changed outside InspectDesk)"
    )
    assert deadline.render("zh").startswith(f"问题 {CASE} #1：current_deadline 与其审计事件")
    inserted = by_record[("finding", f"{CASE} #3")].render("en")
    assert (
        inserted
        == f"Finding {CASE} #3 has no audit event creating it (written outside InspectDesk)"
    )
    assert "已不在数据库中" in by_record[("attachment", f"{CASE} evidence.txt")].render("zh")


def test_demo_data_agrees_with_its_audit_trail(
    backend: str, databases: Databases, tmp_path: Path
) -> None:
    demo = databases.open_demo(backend, tmp_path, ADMIN, TODAY)
    try:
        problems = records_differing_from_audit(demo)
    finally:
        databases.close(demo)
    # Every write path audits what it writes (closing a case records its outcome too)
    assert problems == []


def test_many_records_are_counted_beyond_the_ones_named(office: Database) -> None:
    _sql(office, _copy_of_finding(1, 7), _copy_of_finding(1, 8), _copy_of_finding(2, 9))
    problems = records_differing_from_audit(office, limit=2)
    assert [p.code for p in problems] == [
        "audit.record_unaudited",
        "audit.record_unaudited",
        "audit.records_more",
    ]
    assert problems[-1].render("en") == (
        "… and 1 more Finding records with no audit event creating them"
    )
    assert problems[-1].render("zh") == "……另有 1 条问题记录没有创建事件"


def test_verify_dossier_names_the_record_the_check_names(office: Database, tmp_path: Path) -> None:
    pdf = tmp_path / "dossier.pdf"
    export_dossier(office, ADMIN, CASE, pdf, lang="en", as_of=TODAY)
    before = verify_dossier(pdf, office, ADMIN).comparison
    assert before is not None and before.matches and before.unaudited == []
    # When a deadline is moved in the database after the export, with no event
    _sql(office, f"UPDATE findings SET current_deadline = '2030-12-31' WHERE {FINDING_1}")
    report = verify_dossier(pdf, office, ADMIN)
    c = report.comparison
    assert c is not None and not c.matches
    # Then the dossier's record digest and the audit trail name the same finding and field
    (change,) = c.changes
    assert (change.label("en"), change.fields) == ("Finding #1", ["current_deadline"])
    (unaudited,) = c.unaudited
    (checked,) = records_differing_from_audit(office)
    assert unaudited.problem().render("en") == checked.render("en")
    assert checked.render("en") in [line.text for line in describe(report, "en")]
    assert checked.render("zh") in [line.text for line in describe(report, "zh")]
    # And no event explains the change: none since the export
    assert c.events == [] and c.audit == "ok"


def test_verify_dossier_notices_an_event_rewritten_after_the_export(
    office: Database, tmp_path: Path
) -> None:
    pdf = tmp_path / "dossier.pdf"
    export_dossier(office, ADMIN, CASE, pdf, lang="en", as_of=TODAY)
    findings.submit_rectification(office, ADMIN, CASE, 1, evidence="补充材料", submitted_on=TODAY)
    # An event after the export is changed in place: the chain from the export's head breaks
    _sql(
        office,
        "UPDATE audit_events SET actor = 'someone' WHERE action = 'finding.submit' AND seq = (SELECT max(seq) FROM audit_events)",
    )
    c = verify_dossier(pdf, office, ADMIN).comparison
    assert c is not None and c.audit == "broken" and not c.matches


def test_every_table_is_compared_or_listed_with_the_reason_it_is_not() -> None:
    # A table added later must be registered as a record type or excluded explicitly.
    compared = {t.table for t in RECORD_TYPES}
    tables = set(Base.metadata.tables)
    assert not compared & set(NOT_RECORDS)
    assert tables == compared | set(NOT_RECORDS)
    assert all(len(reason) > 10 for reason in NOT_RECORDS.values())


def _closed_case(db: Database) -> str:
    code = add_company(db, ADMIN, 90, "330000", name="结案测试网络科技有限公司")
    number = cases.open_case(db, ADMIN, code, opened_on=TODAY)
    cases.change_status(db, ADMIN, number, "under_review", on=TODAY)
    cases.change_status(
        db, ADMIN, number, "closed", note="材料齐全", outcome="未发现问题，结案", on=TODAY
    )
    return number


def test_a_closed_cases_outcome_is_in_its_audit_trail(office: Database) -> None:
    # Given a case closed through the application, whose outcome is then rewritten directly
    number = _closed_case(office)
    assert records_differing_from_audit(office) == []
    _sql(office, f"UPDATE cases SET outcome = '企业已整改' WHERE case_number = '{number}'")
    # Then the check names the case and the outcome
    assert _named(records_differing_from_audit(office)) == {
        ("audit.record_differs", "case", number, "outcome")
    }


def test_a_closing_written_by_an_earlier_version_is_not_reported(office: Database) -> None:
    # Given a closing whose event, as earlier versions wrote it, left out the outcome and note
    _closed_case(office)
    with office.engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT seq, after FROM audit_events WHERE action = 'case.status' "
                "ORDER BY seq DESC LIMIT 1"
            )
        ).one()  # the closing: the newest status change
    after = row.after if isinstance(row.after, dict) else json.loads(row.after)
    assert after["outcome"] == "未发现问题，结案" and after["closing_note"] == "材料齐全"
    stale = {k: v for k, v in after.items() if k not in ("outcome", "closing_note")}
    # (this breaks the chain, which check reports on its own; here only the records count)
    _sql(
        office,
        "UPDATE audit_events SET after = '" + json.dumps(stale) + f"' WHERE seq = {row.seq}",
    )
    # Then the outcome and note are not reported: the events cannot tell them
    assert records_differing_from_audit(office) == []
