"""Optimistic locking: a save made on an outdated copy is refused, saying who changed the
record and when; nothing is written then, and no one's edit is silently lost."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import AuditEvent, Case, DeadlineExtension, Finding
from app.domain.errors import ConflictError
from app.services.casework import cases
from app.services.rectification import findings, inspections, reports
from app.services.registry import company_edit, users
from app.services.support import audit, versioning
from app.services.support.context import Actor
from tests.services.helpers import add_company

WANG = Actor("wang_fang", role="supervisor")
LI = Actor("li_qiang", role="supervisor")


@pytest.fixture
def officials(db: Database) -> None:
    admin = Actor("admin", role="admin")
    users.add_user(db, admin, "wang_fang", "王芳", "supervisor", None, "correct horse 2021")
    users.add_user(db, admin, "li_qiang", "李强", "supervisor", None, "correct horse 2021")


@pytest.fixture
def case_number(db: Database, actor: Actor) -> str:
    number = cases.open_case(db, actor, add_company(db, actor), opened_on=date(2021, 4, 1))
    for text in ("网络日志留存不足六个月", "未落实实名核验"):
        findings.add_finding(
            db, actor, number, findings.FindingInput("A3", "high", text, "2021-04-25", period=30)
        )
    return number


def _edit(view: findings.FindingView, **changes: str) -> findings.FindingEdit:
    edit = findings.FindingEdit(
        view.item_code,
        view.severity,
        view.description,
        view.legal_basis,
        view.required_rectification,
    )
    return dataclasses.replace(edit, **changes)


def _events(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


@pytest.mark.usefixtures("officials")
def test_a_save_on_an_outdated_finding_is_refused_and_writes_nothing(
    db: Database, case_number: str
) -> None:
    # Given Wang and Li both opened finding #1
    wang_copy = findings.get_finding(db, WANG, case_number, 1)
    li_copy = findings.get_finding(db, LI, case_number, 1)
    # When Li saves first
    li_saved = findings.update_finding(
        db, LI, case_number, 1, _edit(li_copy, description="李强的修改"), expected_version=1
    )
    events = _events(db)
    # Then Wang's save of his outdated copy is refused, naming Li and the time of her save
    with pytest.raises(ConflictError) as refused:
        findings.update_finding(
            db,
            WANG,
            case_number,
            1,
            _edit(wang_copy, description="王芳的修改", severity="low"),
            expected_version=wang_copy.version,
        )
    error = refused.value
    assert error.code == "record.changed"
    assert error.values["by"] == "李强"
    assert error.values["at"] == versioning.local_time(li_saved.updated_at)
    assert error.render("zh") == (
        f"该记录已于 {error.values['at']} 被 李强 修改，请重新载入后再保存"
    )
    assert error.render("en") == (
        f"This record was changed by 李强 at {error.values['at']}; reload it before saving"
    )
    # ... and nothing of it was written: Li's text stands, no audit event was added
    stored = findings.get_finding(db, WANG, case_number, 1)
    assert (stored.description, stored.severity) == ("李强的修改", "high")
    assert (stored.version, stored.updated_by) == (2, "li_qiang")
    assert _events(db) == events
    # When Wang reloads and saves again, his change goes in on top of Li's
    saved = findings.update_finding(
        db, WANG, case_number, 1, _edit(stored, severity="low"), expected_version=stored.version
    )
    assert (saved.description, saved.severity, saved.version) == ("李强的修改", "low", 3)
    assert audit.verify_chain(db).ok


def test_a_save_moves_the_version_on_and_says_who_and_when(db: Database, case_number: str) -> None:
    loaded = findings.get_finding(db, WANG, case_number, 2)
    before = datetime.now(UTC)
    saved = findings.update_finding(
        db,
        WANG,
        case_number,
        2,
        _edit(loaded, legal_basis="《网络安全法》第二十一条", item_code="a2"),
        expected_version=loaded.version,
    )
    assert saved.version == loaded.version + 1
    assert saved.updated_by == "wang_fang"
    assert saved.updated_at is not None and before <= saved.updated_at <= datetime.now(UTC)
    assert (saved.item_code, saved.legal_basis) == ("A2", "《网络安全法》第二十一条")
    assert saved.item_name_zh != loaded.item_name_zh  # the new item's name, not the old one
    # A save that changes nothing writes nothing
    events = _events(db)
    again = findings.update_finding(
        db, WANG, case_number, 2, _edit(saved), expected_version=saved.version
    )
    assert again.version == saved.version and _events(db) == events
    # Editing one finding leaves the other's version alone
    assert findings.get_finding(db, WANG, case_number, 1).version == 1


def test_changes_to_other_records_of_the_case_do_not_refuse_a_finding(
    db: Database, case_number: str
) -> None:
    # Wang opened finding #1; meanwhile Li changes finding #2 of the same case
    wang_copy = findings.get_finding(db, WANG, case_number, 1)
    li_copy = findings.get_finding(db, LI, case_number, 2)
    findings.update_finding(
        db, LI, case_number, 2, _edit(li_copy, severity="low"), expected_version=li_copy.version
    )
    # Wang's save is not refused: finding #1 has not changed
    saved = findings.update_finding(
        db, WANG, case_number, 1, _edit(wang_copy, severity="low"), expected_version=1
    )
    assert saved.version == 2


FindingStep = Callable[[Database, Actor, str, int | None], None]


def _extend(db: Database, actor: Actor, number: str, version: int | None) -> None:
    findings.extend_deadline(
        db,
        actor,
        number,
        1,
        new_deadline="2021-08-31",
        reason="疫情影响",
        approver="处长",
        expected_version=version,
    )


def _submit(db: Database, actor: Actor, number: str, version: int | None) -> None:
    findings.submit_rectification(db, actor, number, 1, evidence="已整改", expected_version=version)


def _verify(db: Database, actor: Actor, number: str, version: int | None) -> None:
    findings.verify_finding(db, actor, number, 1, expected_version=version)


def _reject(db: Database, actor: Actor, number: str, version: int | None) -> None:
    findings.reject_rectification(db, actor, number, 1, expected_version=version)


def _waive(db: Database, actor: Actor, number: str, version: int | None) -> None:
    findings.waive_finding(db, actor, number, 1, reason="业务已下线", expected_version=version)


@pytest.mark.parametrize(
    ("step", "needs_submission"),
    [(_extend, False), (_submit, False), (_verify, True), (_reject, True), (_waive, False)],
    ids=["extend", "submit", "verify", "reject", "waive"],
)
def test_every_step_of_a_finding_refuses_an_outdated_version(
    db: Database, actor: Actor, case_number: str, step: FindingStep, needs_submission: bool
) -> None:
    if needs_submission:
        _submit(db, actor, case_number, None)
    seen = findings.get_finding(db, actor, case_number, 1)
    # Someone else changes the finding after it was shown
    changed = findings.update_finding(
        db, LI, case_number, 1, _edit(seen, description="改写"), expected_version=seen.version
    )
    events = _events(db)
    with pytest.raises(ConflictError) as refused:
        step(db, actor, case_number, seen.version)
    assert refused.value.code == "record.changed"
    assert refused.value.values["by"] == "li_qiang"  # no account: the login
    after = findings.get_finding(db, actor, case_number, 1)
    assert (after.status, after.current_deadline, after.version) == (
        changed.status,
        changed.current_deadline,
        changed.version,
    )
    assert _events(db) == events
    with db.read() as session:
        assert session.execute(select(func.count(DeadlineExtension.id))).scalar_one() == 0
    # With the version it now has, the step goes through
    step(db, actor, case_number, after.version)
    assert findings.get_finding(db, actor, case_number, 1).version == after.version + 1


def test_case_status_refuses_an_outdated_case(db: Database, case_number: str) -> None:
    seen = cases.show_case(db, WANG, case_number)
    assert seen.version >= 1 and seen.updated_by
    # Activity on the case (a new finding) moves the case's version on
    findings.add_finding(
        db, LI, case_number, findings.FindingInput("A1", "low", "第三项", "2021-05-01", period=5)
    )
    with pytest.raises(ConflictError) as refused:
        cases.change_status(db, WANG, case_number, "awaiting_report", expected_version=seen.version)
    assert refused.value.code == "record.changed" and refused.value.values["by"] == "li_qiang"
    assert cases.show_case(db, WANG, case_number).status == "opened"
    now = cases.show_case(db, WANG, case_number)
    cases.change_status(db, WANG, case_number, "awaiting_report", expected_version=now.version)
    after = cases.show_case(db, WANG, case_number)
    assert (after.status, after.updated_by) == ("awaiting_report", "wang_fang")
    assert after.version > now.version


@pytest.mark.usefixtures("officials")
def test_company_report_inspection_and_account_refuse_outdated_versions(
    db: Database, case_number: str
) -> None:
    # A company
    code = cases.show_case(db, WANG, case_number).company.credit_code
    assert isinstance(code, str)
    seen = company_edit.get_company(db, WANG, code)
    company_edit.update_company(
        db,
        LI,
        code,
        dataclasses.replace(seen.data, short_name="某某"),
        expected_version=seen.version,
    )
    with pytest.raises(ConflictError) as refused:
        company_edit.update_company(
            db,
            WANG,
            code,
            dataclasses.replace(seen.data, address="杭州"),
            expected_version=seen.version,
        )
    assert refused.value.values["by"] == "李强"
    now = company_edit.get_company(db, WANG, code)
    assert (now.data.short_name, now.data.address, now.updated_by) == ("某某", None, "li_qiang")

    # An awaited report
    report_id = reports.add_report(
        db, WANG, case_number, reports.ReportInput("T3", event_date="2021-04-01")
    )
    report = cases.show_case(db, WANG, case_number).reports[0]
    assert (report.id, report.version, report.updated_by) == (report_id, 1, "wang_fang")
    reports.mark_received(db, LI, report_id, "2021-04-20", expected_version=report.version)
    with pytest.raises(ConflictError):
        reports.mark_received(db, WANG, report_id, "2021-04-21", expected_version=report.version)
    assert cases.show_case(db, WANG, case_number).reports[0].received_on == date(2021, 4, 20)

    # An inspection's record
    inspection_id = inspections.schedule_inspection(
        db, WANG, case_number, inspections.InspectionInput("2021-05-10", "杭州市西湖区")
    )
    shown = cases.show_case(db, WANG, case_number).inspections[0]
    version = inspections.record_inspection(
        db,
        LI,
        inspection_id,
        inspections.InspectionRecord(checklist={"A1": ("compliant", "")}, notes="李强的笔记"),
        expected_version=shown.version,
    )
    assert version == shown.version + 1
    with pytest.raises(ConflictError) as refused:
        inspections.record_inspection(
            db,
            WANG,
            inspection_id,
            inspections.InspectionRecord(notes="王芳的笔记"),
            expected_version=shown.version,
        )
    assert refused.value.values["by"] == "李强"
    assert cases.show_case(db, WANG, case_number).inspections[0].notes == "李强的笔记"

    # A user account
    admin = Actor("admin", role="admin")
    row = next(u for u in users.list_users(db, admin) if u.login == "wang_fang")
    users.set_role(db, admin, "wang_fang", "inspector", expected_version=row.version)
    with pytest.raises(ConflictError):
        users.disable_user(db, admin, "wang_fang", expected_version=row.version)
    after = next(u for u in users.list_users(db, admin) if u.login == "wang_fang")
    assert (after.role, after.disabled, after.version) == ("inspector", False, row.version + 1)
    assert after.updated_by == "admin"


@pytest.mark.usefixtures("officials")
def test_a_write_on_a_stale_row_is_refused_at_flush(db: Database, case_number: str) -> None:
    # A session holds finding #1 as loaded earlier (a path that skipped the locked check)
    with Session(db.engine, expire_on_commit=False) as stale:
        with stale.begin():
            finding = stale.execute(select(Finding).where(Finding.number == 1)).scalar_one()
        # Meanwhile Li saves the finding
        seen = findings.get_finding(db, LI, case_number, 1)
        findings.update_finding(
            db, LI, case_number, 1, _edit(seen, description="李强"), expected_version=1
        )
        # The stale write matches no row (WHERE version = 1) and is refused, naming Li
        finding.description = "覆盖"
        with pytest.raises(ConflictError) as refused:
            versioning.flush(stale, finding, "stale")
        stale.rollback()
    assert refused.value.code == "record.changed"
    assert refused.value.values["by"] == "李强"
    assert findings.get_finding(db, LI, case_number, 1).description == "李强"


def test_a_failed_case_opening_gives_its_number_back(db: Database, actor: Actor) -> None:
    code = add_company(db, actor)
    assert cases.open_case(db, actor, code, opened_on=date(2021, 6, 1)) == "ZJ-2021-0001"
    with pytest.raises(RuntimeError), db.write() as session:
        company = session.execute(select(Case)).scalar_one().company
        number = cases.open_case_in_session(session, actor, company, opened_on=date(2021, 6, 2))
        assert number.case_number == "ZJ-2021-0002"
        raise RuntimeError("a later step failed")
    assert cases.open_case(db, actor, code, opened_on=date(2021, 6, 3)) == "ZJ-2021-0002"
