"""Permissions in the services: every write use case x every role, and the province scope."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, Case
from app.domain.errors import ConflictError, InspectDeskError, NotFoundError
from app.services import (
    attachments,
    calendar,
    cases,
    companies,
    company_edit,
    dashboard,
    findings,
    inspections,
    reports,
    search,
    settings,
    summons,
    users,
)
from app.services.context import Actor
from app.services.demo import load_demo
from app.services.permissions import PERMISSIONS, ROLES, require
from tests.conftest import Databases

TODAY = date(2025, 6, 30)
ZJ, BJ = "330000", "110000"
ALL = frozenset({"viewer", "inspector", "supervisor", "admin"})
EDITORS = frozenset({"inspector", "supervisor", "admin"})
SUPERVISORS = frozenset({"supervisor", "admin"})
ADMINS = frozenset({"admin"})

Call = Callable[[Database, Actor, Path], Any]
ANY_CASE = "ZJ-2021-0001"
NO_ID = uuid.UUID(int=0)

# (use case, roles allowed, a call with that actor).  Refusals come before any look-up,
# so the arguments of a refused call need not name existing records.
WRITE_USE_CASES: list[tuple[str, frozenset[str], Call]] = [
    (
        "companies.create_company",
        EDITORS,
        lambda db, a, tmp: companies.create_company(
            db, a, companies.CompanyInput("91330106MA0000001X", "x", ZJ)
        ),
    ),
    (
        "companies.import_companies",
        EDITORS,
        lambda db, a, tmp: companies.import_companies(db, a, tmp / "none.csv"),
    ),
    (
        "company_edit.update_company",
        EDITORS,
        lambda db, a, tmp: company_edit.update_company(
            db, a, "91330106MA0000001X", companies.CompanyInput("91330106MA0000001X", "x", ZJ)
        ),
    ),
    ("cases.open_case", EDITORS, lambda db, a, tmp: cases.open_case(db, a, "nobody")),
    (
        "cases.change_status",
        EDITORS,
        lambda db, a, tmp: cases.change_status(db, a, ANY_CASE, "under_review"),
    ),
    (
        "cases.change_status(closed)",
        SUPERVISORS,
        lambda db, a, tmp: cases.change_status(db, a, ANY_CASE, "closed", outcome="o"),
    ),
    (
        "reports.add_report",
        EDITORS,
        lambda db, a, tmp: reports.add_report(db, a, ANY_CASE, reports.ReportInput("T1")),
    ),
    (
        "reports.mark_received",
        EDITORS,
        lambda db, a, tmp: reports.mark_received(db, a, NO_ID, "2021-04-01"),
    ),
    (
        "reports.record_review",
        EDITORS,
        lambda db, a, tmp: reports.record_review(
            db, a, NO_ID, reports.ReviewInput("x", "cyberspace", "r", "2021-04-01", "passed")
        ),
    ),
    (
        "findings.add_finding",
        EDITORS,
        lambda db, a, tmp: findings.add_finding(
            db, a, ANY_CASE, findings.FindingInput("A2", "medium", "x", "2021-04-25", period=10)
        ),
    ),
    (
        "findings.extend_deadline",
        SUPERVISORS,
        lambda db, a, tmp: findings.extend_deadline(
            db, a, ANY_CASE, 99, new_deadline="2030-01-01", reason="r", approver="a"
        ),
    ),
    (
        "findings.submit_rectification",
        EDITORS,
        lambda db, a, tmp: findings.submit_rectification(db, a, ANY_CASE, 99, evidence="e"),
    ),
    (
        "findings.verify_finding",
        SUPERVISORS,
        lambda db, a, tmp: findings.verify_finding(db, a, ANY_CASE, 99),
    ),
    (
        "findings.reject_rectification",
        EDITORS,
        lambda db, a, tmp: findings.reject_rectification(db, a, ANY_CASE, 99),
    ),
    (
        "findings.waive_finding",
        SUPERVISORS,
        lambda db, a, tmp: findings.waive_finding(db, a, ANY_CASE, 99, reason="r"),
    ),
    (
        "inspections.schedule_inspection",
        EDITORS,
        lambda db, a, tmp: inspections.schedule_inspection(
            db, a, ANY_CASE, inspections.InspectionInput("2021-05-01", "addr")
        ),
    ),
    (
        "inspections.record_inspection",
        EDITORS,
        lambda db, a, tmp: inspections.record_inspection(
            db, a, NO_ID, inspections.InspectionRecord()
        ),
    ),
    (
        "attachments.add_attachment",
        EDITORS,
        lambda db, a, tmp: attachments.add_attachment(db, a, ANY_CASE, tmp / "none.pdf"),
    ),
    (
        "summons.register_summons",
        EDITORS,
        lambda db, a, tmp: summons.register_summons(
            db, a, summons.SummonsInput("2021-03-18", "p", "t")
        ),
    ),
    (
        "calendar.set_calendar_day",
        SUPERVISORS,
        lambda db, a, tmp: calendar.set_calendar_day(db, a, date(2099, 1, 5), False),
    ),
    (
        "settings.set_setting(attachment_max_mb)",
        SUPERVISORS,
        lambda db, a, tmp: settings.set_setting(db, a, "attachment_max_mb", 50),
    ),
    (
        "users.set_lockout_minutes",
        ADMINS,
        lambda db, a, tmp: users.set_lockout_minutes(db, a, 20),
    ),
    (
        "demo.load_demo",
        SUPERVISORS,
        lambda db, a, tmp: load_demo(db, a, today=TODAY),
    ),
]


def _events(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "allowed", "call"), WRITE_USE_CASES, ids=[u[0] for u in WRITE_USE_CASES]
)
def test_every_write_use_case_checks_the_role(
    db: Database, tmp_path: Path, role: str, name: str, allowed: frozenset[str], call: Call
) -> None:
    actor = Actor(f"a_{role}", role=role)
    before = _events(db)
    if role in allowed:
        try:
            call(db, actor, tmp_path)
        except InspectDeskError as exc:  # other refusals (no such record) are fine here
            assert exc.code != "role.forbidden", name
    else:
        with pytest.raises(ConflictError) as caught:
            call(db, actor, tmp_path)
        assert caught.value.code == "role.forbidden"
        assert caught.value.values["role"] == role
        assert _events(db) == before  # nothing written


def test_the_role_table_grows_with_the_role() -> None:
    for lower, higher in itertools.pairwise(ROLES):
        assert PERMISSIONS[lower] < PERMISSIONS[higher]
    assert "export" in PERMISSIONS["viewer"] and "finding.add" not in PERMISSIONS["viewer"]
    with pytest.raises(ConflictError):
        require(Actor("x", role="stranger"), "read")


# --- province scope ------------------------------------------------------------------------

ZJ_INSPECTOR = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({ZJ}))


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[Database]:
    database = databases.open_demo(
        backend, tmp_path_factory.mktemp("demo"), Actor("loader", role="admin"), TODAY
    )
    yield database
    databases.close(database)


def _a_beijing_case(db: Database) -> str:
    with db.read() as s:
        return str(
            s.execute(
                select(Case.case_number).where(Case.province_code == BJ).limit(1)
            ).scalar_one()
        )


def test_a_zhejiang_inspector_sees_only_zhejiang(demo_db: Database, tmp_path: Path) -> None:
    everyone = Actor("all", role="admin")
    assert {r.province_code for r in cases.list_cases(demo_db, everyone, as_of=TODAY)} > {ZJ}
    rows = cases.list_cases(demo_db, ZJ_INSPECTOR, as_of=TODAY)
    assert rows and {r.province_code for r in rows} == {ZJ}
    assert {r.province_code for r in cases.list_cases(demo_db, ZJ_INSPECTOR, province=BJ)} == set()
    overdue = cases.overdue(demo_db, ZJ_INSPECTOR, as_of=TODAY)
    assert {r.province_code for r in overdue} <= {ZJ}
    assert {r.province_code for r in cases.overdue(demo_db, everyone, as_of=TODAY)} - {ZJ}
    assert {r.province_code for r in companies.list_companies(demo_db, ZJ_INSPECTOR)} == {ZJ}
    # search: every hit of a query that matches every province is in Zhejiang
    hits_all = search.search(demo_db, everyone, "演示")
    hits = search.search(demo_db, ZJ_INSPECTOR, "演示")
    assert hits and len(hits) < len(hits_all)
    assert {h.province_code for h in hits} == {ZJ}
    board = dashboard.dashboard(demo_db, ZJ_INSPECTOR, provinces=None, as_of=TODAY)
    assert {p.code for p in board.by_province} <= {ZJ}
    rows_seen = board.overdue + board.due_soon + board.due_later
    assert rows_seen and {r.province_code for r in rows_seen} == {ZJ}
    wide = dashboard.dashboard(demo_db, ZJ_INSPECTOR, provinces=frozenset({BJ}), as_of=TODAY)
    assert not (wide.overdue + wide.due_soon + wide.due_later)


def test_a_direct_request_for_a_case_out_of_scope_is_not_found(demo_db: Database) -> None:
    number = _a_beijing_case(demo_db)
    with pytest.raises(NotFoundError) as caught:
        cases.show_case(demo_db, ZJ_INSPECTOR, number)
    assert caught.value.code == "case.not_found"
    assert "not permitted" in caught.value.render("en")
    before = _events(demo_db)
    with pytest.raises(NotFoundError):
        findings.add_finding(
            demo_db,
            ZJ_INSPECTOR,
            number,
            findings.FindingInput("A2", "medium", "x", "2021-04-25", period=10),
        )
    assert _events(demo_db) == before
