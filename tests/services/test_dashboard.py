"""The dashboard lists: scoped, filtered, and in agreement with the domain's overdue rule."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from app.db.engine import Database
from app.db.models import Finding
from app.domain.finding_lifecycle import FindingStatus, is_overdue
from app.services.casework import cases
from app.services.overview.dashboard import dashboard, short_province_names
from app.services.rectification import findings, inspections, reports
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope
from tests.conftest import Databases
from tests.services.helpers import add_company

AS_OF = date(2024, 6, 10)
ADMIN = Actor("boss", role="admin")


def _finding(db: Database, case: str, offset: int) -> None:
    findings.add_finding(
        db,
        ADMIN,
        case,
        findings.FindingInput(
            "A1", "high", f"deadline {offset:+d}", AS_OF - timedelta(days=60),
            deadline=AS_OF + timedelta(days=offset),
        ),
    )  # fmt: skip


@pytest.fixture
def world(db: Database) -> tuple[Database, str, str]:
    # Given a Zhejiang case and a Beijing case with findings around AS_OF
    zj = cases.open_case(db, ADMIN, add_company(db, ADMIN, 1), opened_on=date(2024, 1, 5))
    bj = cases.open_case(
        db, ADMIN, add_company(db, ADMIN, 2, "110000", "北京公司"), opened_on=date(2024, 1, 5)
    )
    for offset in (-1, -10, 0, 7, 8, 30, 31, -3):
        _finding(db, zj, offset)
    findings.waive_finding(
        db, ADMIN, zj, 8, reason="duplicate", waived_on=AS_OF
    )  # resolved: never shown
    _finding(db, bj, -5)
    # reports: one received and unreviewed, one reviewed, one awaited past due, one awaited later
    waiting = reports.add_report(
        db, ADMIN, zj, reports.ReportInput("T3", received_on="2024-06-01", event_date="2024-05-20")
    )
    reviewed = reports.add_report(
        db, ADMIN, zj, reports.ReportInput("T3", received_on="2024-05-01", event_date="2024-04-20")
    )
    reports.record_review(
        db, ADMIN, reviewed,
        reports.ReviewInput("浙江省委网信办", "cyberspace", "张三", "2024-05-10", "accepted"),
    )  # fmt: skip
    reports.add_report(db, ADMIN, bj, reports.ReportInput("T3", event_date="2024-03-01"))
    reports.add_report(db, ADMIN, bj, reports.ReportInput("T3", event_date="2024-06-01"))
    assert waiting
    # inspections: one coming, one in the past still marked scheduled
    for day in ("2024-06-20", "2024-06-01"):
        inspections.schedule_inspection(
            db, ADMIN, zj, inspections.InspectionInput(day, "杭州市西湖区")
        )
    return db, zj, bj


def test_lists_as_of_a_day(world: tuple[Database, str, str]) -> None:
    db, zj, bj = world
    data = dashboard(db, ADMIN, provinces=None, as_of=AS_OF)
    # Then overdue findings come most overdue first, with their days
    assert [(r.case_number, r.days_overdue) for r in data.overdue] == [
        (zj, 10), (bj, 5), (zj, 1),
    ]  # fmt: skip
    assert data.overdue_total == 3
    # the deadline day belongs to "due soon"; 8..30 days to "due later"; 31 to neither
    assert [r.days_left for r in data.due_soon] == [0, 7]
    assert [r.days_left for r in data.due_later] == [8, 30]
    assert [(r.case_number, r.days) for r in data.awaiting_review] == [(zj, 9)]
    assert [r.case_number for r in data.reports_overdue] == [bj]
    assert data.reports_overdue[0].awaited and data.reports_overdue[0].days > 0
    assert [(r.inspected_on, r.days_until) for r in data.upcoming_inspections] == [
        (date(2024, 6, 20), 10)
    ]
    figures = {
        p.code: (p.short_zh, p.short_en, p.open_findings, p.overdue_findings)
        for p in data.by_province
    }
    assert figures == {"330000": ("浙江", "Zhejiang", 7, 2), "110000": ("北京", "Beijing", 1, 1)}


def test_province_filter_and_actor_scope(world: tuple[Database, str, str]) -> None:
    db, zj, bj = world
    beijing = dashboard(db, ADMIN, provinces=frozenset({"110000"}), as_of=AS_OF)
    assert {r.case_number for r in beijing.overdue} == {bj}
    assert beijing.due_soon == [] and beijing.awaiting_review == []
    assert [p.code for p in beijing.by_province] == ["110000"]

    # An official of Zhejiang never sees Beijing, whatever filter is asked for
    zhejiang = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))
    mine = dashboard(db, zhejiang, provinces=None, as_of=AS_OF)
    assert {r.case_number for r in mine.overdue} == {zj}
    assert mine.reports_overdue == []
    outside = dashboard(db, zhejiang, provinces=frozenset({"110000"}), as_of=AS_OF)
    assert outside.overdue == [] and outside.by_province == [] and outside.overdue_total == 0


def test_overdue_limit_keeps_most_overdue_and_the_full_count(
    world: tuple[Database, str, str],
) -> None:
    db, zj, _bj = world
    data = dashboard(db, ADMIN, provinces=None, as_of=AS_OF, overdue_limit=1)
    assert [(r.case_number, r.days_overdue) for r in data.overdue] == [(zj, 10)]
    assert data.overdue_total == 3


def test_scope_and_names_helpers() -> None:
    assert provinces_in_scope(ADMIN, None) is None
    limited = Actor("x", "inspector", False, frozenset({"330000", "110000"}))
    assert provinces_in_scope(limited, frozenset({"110000", "440000"})) == frozenset({"110000"})
    assert short_province_names("广西壮族自治区", "Guangxi Zhuang Autonomous Region") == (
        "广西", "Guangxi",
    )  # fmt: skip
    assert short_province_names("西藏自治区", "Xizang (Tibet) Autonomous Region") == (
        "西藏", "Xizang",
    )  # fmt: skip
    assert short_province_names("香港特别行政区", "Hong Kong Special Administrative Region") == (
        "香港", "Hong Kong",
    )  # fmt: skip


def test_demo_data_agrees_with_domain_rule(db: Database) -> None:
    from app.services.seed.demo import load_demo

    today = date.today()
    load_demo(db, ADMIN, today=today)
    data = dashboard(db, ADMIN, provinces=None, as_of=today)
    expected: dict[str, list[int]] = {}
    overdue = []
    for row in cases.list_cases(db, ADMIN, as_of=today):
        detail = cases.show_case(db, ADMIN, row.case_number, as_of=today)
        for f in detail.findings:
            if f.status in ("verified", "waived"):
                continue
            counts = expected.setdefault(detail.province_code, [0, 0])
            counts[0] += 1
            if is_overdue(FindingStatus(f.status), f.current_deadline, today):
                counts[1] += 1
                overdue.append((f.current_deadline, detail.case_number, f.number))
    assert data.overdue, "the demo shows overdue findings on the dashboard"
    assert [(r.current_deadline, r.case_number, r.finding_number) for r in data.overdue] == sorted(
        overdue
    )
    assert {p.code: [p.open_findings, p.overdue_findings] for p in data.by_province} == expected


# --- randomised data ------------------------------------------------------------------------

BASE = date(2024, 1, 1)
PROVINCES = ["330000", "330000", "110000", "440000"]


@pytest.fixture(scope="module")
def random_world(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[tuple[Database, list[uuid.UUID], dict[uuid.UUID, str]]]:
    db = databases.open(backend, tmp_path_factory.mktemp("dash"))
    numbers = []
    for n, province in enumerate(PROVINCES, start=1):
        code = add_company(db, ADMIN, n, province, name=f"公司{n}")
        numbers.append(cases.open_case(db, ADMIN, code, opened_on=date(2023, 6, 1)))
    ids = {cases.case_id_for(db, ADMIN, number): number for number in numbers}
    yield db, list(ids), ids
    databases.close(db)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(st.integers(0, 3), st.sampled_from(list(FindingStatus)), st.integers(-45, 45)),
        max_size=40,
    ),
    as_of_offset=st.integers(-50, 50),
    only=st.sampled_from([None, frozenset({"330000"}), frozenset({"110000", "440000"})]),
)
def test_random_data_agrees_with_domain_rule(random_world, rows, as_of_offset, only) -> None:  # type: ignore[no-untyped-def]
    db, case_ids, numbers = random_world
    records = [
        {
            "id": uuid.uuid4(), "case_id": case_ids[c], "number": i + 1, "source": "review",
            "item_code": "A1", "severity": "low", "description": "d", "legal_basis": "",
            "required_rectification": "", "raised_on": BASE - timedelta(days=90),
            "original_deadline": BASE + timedelta(days=off),
            "current_deadline": BASE + timedelta(days=off), "deadline_provisional": False,
            "status": status.value, "rectification_evidence": "", "version": 1,
        }
        for i, (c, status, off) in enumerate(rows)
    ]  # fmt: skip
    with db.write() as s:
        s.execute(delete(Finding))
        if records:
            s.execute(insert(Finding), records)
    as_of = BASE + timedelta(days=as_of_offset)
    province_of = {cid: PROVINCES[i] for i, cid in enumerate(case_ids)}

    data = dashboard(db, ADMIN, provinces=only, as_of=as_of)

    shown = [r for r in records if only is None or province_of[r["case_id"]] in only]
    unresolved = [r for r in shown if r["status"] not in ("verified", "waived")]
    overdue = [
        r for r in shown if is_overdue(FindingStatus(r["status"]), r["current_deadline"], as_of)
    ]
    assert {r.finding_id for r in data.overdue} == {r["id"] for r in overdue}
    assert [r.current_deadline for r in data.overdue] == sorted(
        r["current_deadline"] for r in overdue
    )
    assert data.overdue_total == len(overdue)
    soon = {r["id"] for r in unresolved if 0 <= (r["current_deadline"] - as_of).days <= 7}
    later = {r["id"] for r in unresolved if 7 < (r["current_deadline"] - as_of).days <= 30}
    assert {r.finding_id for r in data.due_soon} == soon
    assert {r.finding_id for r in data.due_later} == later
    # nothing overdue is "due", nothing due is overdue
    assert not ({r.finding_id for r in data.overdue} & (soon | later))
    by_province: dict[str, tuple[int, int]] = {}
    for r in unresolved:
        code = province_of[r["case_id"]]
        n, o = by_province.get(code, (0, 0))
        by_province[code] = (n + 1, o + (r in overdue))
    assert {p.code: (p.open_findings, p.overdue_findings) for p in data.by_province} == by_province
    assert all(numbers[cid] for cid in case_ids)
