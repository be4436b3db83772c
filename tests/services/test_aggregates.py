"""Every aggregate the application shows agrees with the domain's own overdue rule.

SQLite 3.40.1 was seen miscounting "status IN (...) AND current_deadline < ?"
when a composite index served it; these property tests compare the SQL results
with :func:`is_overdue` applied in Python on randomised data, whatever the
SQLite in use.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from app.db import queries
from app.db.engine import Database
from app.db.models import Finding
from app.domain.finding_lifecycle import FindingStatus, is_overdue
from app.services.casework import cases
from app.services.support.context import Actor
from tests.conftest import Databases
from tests.services.helpers import add_company

ACTOR = Actor("prop", role="admin")
BASE = date(2024, 1, 1)


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[tuple[Database, list[uuid.UUID], dict[uuid.UUID, str]]]:
    db = databases.open(backend, tmp_path_factory.mktemp("agg"))
    numbers = []
    for n, province in enumerate(["330000", "330000", "330000", "110000", "440000"], start=1):
        code = add_company(db, ACTOR, n, province, name=f"公司{n}")
        numbers.append(cases.open_case(db, ACTOR, code, opened_on=date(2023, 6, 1)))
    ids = {cases.case_id_for(db, ACTOR, number): number for number in numbers}
    yield db, list(ids), ids
    databases.close(db)


finding_rows = st.lists(
    st.tuples(
        st.integers(0, 4),  # which case
        st.sampled_from(list(FindingStatus)),
        st.integers(-60, 60),  # deadline offset from BASE
    ),
    max_size=60,
)


def _load(
    db: Database, case_ids: list[uuid.UUID], rows: list[tuple[int, FindingStatus, int]]
) -> list[dict[str, object]]:
    records = [
        {
            "id": uuid.uuid4(),
            "case_id": case_ids[c],
            "number": i + 1,
            "source": "review",
            "item_code": "A1",
            "severity": "low",
            "description": "d",
            "legal_basis": "",
            "required_rectification": "",
            "raised_on": BASE - timedelta(days=90),
            "original_deadline": BASE + timedelta(days=off),
            "current_deadline": BASE + timedelta(days=off),
            "deadline_provisional": False,
            "status": status.value,
            "rectification_evidence": "",
            "version": 1,
        }
        for i, (c, status, off) in enumerate(rows)
    ]
    with db.write() as s:
        s.execute(delete(Finding))
        if records:
            s.execute(insert(Finding), records)
    return records


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=finding_rows, as_of_offset=st.integers(-70, 70))
def test_case_list_counts_match_domain_rule(world, rows, as_of_offset) -> None:  # type: ignore[no-untyped-def]
    db, case_ids, numbers = world
    records = _load(db, case_ids, rows)
    as_of = BASE + timedelta(days=as_of_offset)

    listed = {r.case_number: r for r in cases.list_cases(db, ACTOR, as_of=as_of)}
    for case_id in case_ids:
        mine = [r for r in records if r["case_id"] == case_id]
        unresolved = [r for r in mine if r["status"] not in ("verified", "waived")]
        overdue = [
            r for r in mine if is_overdue(FindingStatus(r["status"]), r["current_deadline"], as_of)
        ]  # type: ignore[arg-type]
        row = listed[numbers[case_id]]
        assert row.open_findings == len(unresolved)
        assert row.overdue_findings == len(overdue)
        assert row.next_deadline == min((r["current_deadline"] for r in unresolved), default=None)  # type: ignore[type-var]

    zhejiang = cases.list_cases(db, ACTOR, province="330000", as_of=as_of, overdue_only=True)
    expected_zj = {
        numbers[r["case_id"]]
        for r in records  # type: ignore[index]
        if is_overdue(FindingStatus(r["status"]), r["current_deadline"], as_of)  # type: ignore[arg-type]
        and numbers[r["case_id"]].startswith("ZJ")  # type: ignore[index]
    }
    assert {r.case_number for r in zhejiang} == expected_zj


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=finding_rows, as_of_offset=st.integers(-70, 70))
def test_overdue_list_and_province_figures_match_domain_rule(world, rows, as_of_offset) -> None:  # type: ignore[no-untyped-def]
    db, case_ids, numbers = world
    records = _load(db, case_ids, rows)
    as_of = BASE + timedelta(days=as_of_offset)
    expected = sorted(
        (r["current_deadline"], numbers[r["case_id"]], r["number"])  # type: ignore[index]
        for r in records
        if is_overdue(FindingStatus(r["status"]), r["current_deadline"], as_of)  # type: ignore[arg-type]
    )
    listed = cases.overdue(db, ACTOR, as_of=as_of)
    assert [(r.current_deadline, r.case_number, r.finding_number) for r in listed] == expected
    assert all(r.days_overdue == (as_of - r.current_deadline).days > 0 for r in listed)
    assert [r.finding_id for r in cases.overdue(db, ACTOR, as_of=as_of, limit=3)] == [
        r.finding_id for r in listed[:3]
    ]

    with db.read() as s:
        figures = queries.unresolved_counts_by_province(s, as_of, None)
    by_province: dict[str, list[int]] = {}
    for r in records:
        province = {"ZJ": "330000", "BJ": "110000", "GD": "440000"}[numbers[r["case_id"]][:2]]  # type: ignore[index]
        if r["status"] not in ("verified", "waived"):
            counts = by_province.setdefault(province, [0, 0])
            counts[0] += 1
            counts[1] += is_overdue(FindingStatus(r["status"]), r["current_deadline"], as_of)  # type: ignore[arg-type]
    assert figures == {k: (v[0], v[1]) for k, v in by_province.items()}
