"""Case exchange between two offices that share no server: a province exported from one
database and imported into another, merged again after changes on either side or both."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from app.db.engine import Database
from app.db.models import (
    Agency,
    AssessmentReport,
    Attachment,
    AuditEvent,
    Case,
    CaseStatusChange,
    ChecklistResult,
    Company,
    DeadlineExtension,
    Finding,
    Inspection,
    Review,
    Summons,
    SummonsAttendance,
)
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.services.casework import cases
from app.services.exchange import (
    export_package,
    import_package,
    list_conflicts,
    plan_import,
    resolve_conflict,
)
from app.services.exchange.spec import BOOKKEEPING, SPECS
from app.services.overview import search
from app.services.rectification import findings
from app.services.registry import companies
from app.services.support.audit import verify_chain
from app.services.support.context import Actor
from tests.conftest import Databases
from tests.services.exchange_helpers import LOCAL_COLUMNS, file_sha, links, rows, state

TODAY = date(2025, 6, 30)
ZJ = "330000"
SUPERVISOR = Actor("office_a", role="supervisor")
OTHER = Actor("office_b", role="supervisor")
COMPARED = (
    Agency,
    Company,
    Summons,
    SummonsAttendance,
    Case,
    CaseStatusChange,
    AssessmentReport,
    Review,
    Inspection,
    ChecklistResult,
    Finding,
    DeadlineExtension,
    Attachment,
)


@pytest.fixture
def office_a(backend: str, databases: Databases, tmp_path: Path) -> Iterator[Database]:
    folder = tmp_path / "a"
    folder.mkdir()
    database = databases.open_demo(backend, folder, SUPERVISOR, TODAY)
    yield database
    databases.close(database)


@pytest.fixture
def office_b(backend: str, databases: Databases, tmp_path: Path) -> Iterator[Database]:
    folder = tmp_path / "b"
    folder.mkdir()
    database = databases.open(backend, folder, "b")
    yield database
    databases.close(database)


def _zj_ids(db: Database, model: type) -> set[str]:
    """The ids of Zhejiang's records of ``model``, found through their case."""
    via_case = {
        CaseStatusChange: CaseStatusChange.case_id,
        AssessmentReport: AssessmentReport.case_id,
        Inspection: Inspection.case_id,
        Finding: Finding.case_id,
        Attachment: Attachment.case_id,
    }
    query = select(model.id)  # type: ignore[attr-defined]
    if model is Case:
        pass
    elif model in via_case:
        query = query.join(Case, Case.id == via_case[model])
    elif model is Review:
        query = query.join(AssessmentReport).join(Case, Case.id == AssessmentReport.case_id)
    elif model is ChecklistResult:
        query = query.join(Inspection).join(Case, Case.id == Inspection.case_id)
    elif model is DeadlineExtension:
        query = query.join(Finding).join(Case, Case.id == Finding.case_id)
    else:
        raise AssertionError(model)
    with db.read() as session:
        return {str(i) for i in session.execute(query.where(Case.province_code == ZJ)).scalars()}


def test_a_province_exported_and_imported_reproduces_every_record(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    # Given Zhejiang's cases in office A (one deadline extended), exported as one package
    findings.extend_deadline(
        office_a,
        SUPERVISOR,
        "ZJ-2021-0001",
        3,
        new_deadline=date(2025, 12, 31),
        reason="整改涉及系统重构",
        approver="王主任（演示）",
        approved_on=TODAY,
    )
    package = tmp_path / "zj.zip"
    exported = export_package(office_a, SUPERVISOR, package, province=ZJ, office="浙江省网信办")
    assert exported.counts["case"] == 2 and exported.files == 2

    # When office B (an empty database) imports it
    summary = import_package(office_b, OTHER, package)

    # Then every record arrives, field for field, and every attachment's content is the same
    assert summary.total("new") == sum(exported.counts.values())
    assert summary.total("updated") == summary.total("conflicts") == 0
    for model in COMPARED:
        received = rows(office_b, model)
        assert received, model.__name__
        if model not in (Agency, Company, Summons, SummonsAttendance):
            assert set(received) == _zj_ids(office_a, model), model.__name__
        sent = {k: v for k, v in rows(office_a, model).items() if k in received}
        assert received == sent, model.__name__
    assert len(rows(office_b, Finding)) == 7 and len(rows(office_b, Inspection)) == 1
    for att in rows(office_b, Attachment).values():
        assert file_sha(office_b, str(att["stored_path"])) == att["sha256"]
        assert file_sha(office_a, str(att["stored_path"])) == att["sha256"]
    assert links(office_b, "inspection_agencies") <= links(office_a, "inspection_agencies")
    assert links(office_b, "inspection_agencies")
    assert links(office_b, "summons_agencies") == links(office_a, "summons_agencies")

    # The import is in B's audit chain, which stays verifiable; the search finds the cases
    assert verify_chain(office_b).ok
    with office_b.read() as session:
        events = (
            session.execute(select(AuditEvent).where(AuditEvent.action == "exchange.import"))
            .scalars()
            .all()
        )
    assert [e.entity_id for e in events] == [summary.package_id]
    assert events[0].after and events[0].after["file_sha256"] == summary.file_sha256
    assert events[0].after["new"] == summary.total("new")
    hits = search.search(office_b, OTHER, "网易云音乐")
    assert {h.case_number for h in hits if h.kind == "case"} == {"ZJ-2021-0002"}

    # And the imported cases read as they do at home
    shown_b = cases.show_case(office_b, OTHER, "ZJ-2021-0001", as_of=TODAY)
    shown_a = cases.show_case(office_a, SUPERVISOR, "ZJ-2021-0001", as_of=TODAY)
    assert _content(shown_b.findings) == _content(shown_a.findings)
    assert _content(shown_b.inspections) == _content(shown_a.inspections)


def _content(views: Sequence[Any]) -> list[dict[str, Any]]:
    """Views without what each office keeps for itself (version, last writer)."""
    return [
        {k: v for k, v in dataclasses.asdict(view).items() if k not in LOCAL_COLUMNS}
        for view in views
    ]


def test_the_format_carries_every_column_of_every_record() -> None:
    # A column added to a model must be added to the exchange format (or declared local).
    extra = {"agency_ids", "official_logins"}
    for spec in SPECS.values():
        columns = {c.key for c in inspect(spec.model).column_attrs} - BOOKKEEPING
        assert columns == set(spec.fields) - extra, spec.name


def test_importing_the_same_package_twice_changes_nothing(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    package = tmp_path / "zj.zip"
    export_package(office_a, SUPERVISOR, package, province=ZJ)
    import_package(office_b, OTHER, package)
    before = state(office_b)

    again = import_package(office_b, OTHER, package)

    assert again.already_imported and not again.changes_anything
    assert state(office_b) == before


def test_a_package_of_what_is_already_here_changes_no_record(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    # Given B holds Zhejiang's cases, and A exports them again unchanged (a new package)
    export_package(office_a, SUPERVISOR, tmp_path / "1.zip", province=ZJ)
    import_package(office_b, OTHER, tmp_path / "1.zip")
    export_package(office_a, SUPERVISOR, tmp_path / "2.zip", province=ZJ)
    records_before = {m.__name__: rows(office_b, m) for m in COMPARED}

    summary = import_package(office_b, OTHER, tmp_path / "2.zip")

    assert summary.total("unchanged") == sum(summary.unchanged.values()) > 0
    assert summary.total("new") == summary.total("updated") == summary.total("conflicts") == 0
    assert {m.__name__: rows(office_b, m) for m in COMPARED} == records_before


def _finding(db: Database, case_number: str, number: int) -> dict[str, Any]:
    with db.read() as session:
        found = session.execute(
            select(Finding)
            .join(Case, Case.id == Finding.case_id)
            .where(Case.case_number == case_number, Finding.number == number)
        ).scalar_one()
        return {
            "status": found.status,
            "evidence": found.rectification_evidence,
            "version": found.version,
        }


def test_a_record_changed_only_on_one_side_is_updated_on_the_other(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    export_package(office_a, SUPERVISOR, tmp_path / "1.zip", province=ZJ)
    import_package(office_b, OTHER, tmp_path / "1.zip")
    version_before = _finding(office_b, "ZJ-2021-0001", 3)["version"]

    # A records the company's rectification; B has not touched the finding since
    findings.submit_rectification(
        office_a, SUPERVISOR, "ZJ-2021-0001", 3, evidence="整改报告已提交", submitted_on=TODAY
    )
    export_package(office_a, SUPERVISOR, tmp_path / "2.zip", province=ZJ)
    plan = plan_import(office_b, OTHER, tmp_path / "2.zip")
    assert plan.updated == {"finding": 1}
    assert _finding(office_b, "ZJ-2021-0001", 3)["status"] == "open"  # a plan writes nothing

    summary = import_package(office_b, OTHER, tmp_path / "2.zip")

    assert summary.updated == {"finding": 1} and summary.total("conflicts") == 0
    after = _finding(office_b, "ZJ-2021-0001", 3)
    assert after["status"] == "submitted" and after["evidence"] == "整改报告已提交"
    assert after["version"] == version_before + 1  # an exchange update is a new version
    assert verify_chain(office_b).ok

    # And back: B verifies it, A (unchanged since its export) takes B's version
    findings.verify_finding(office_b, OTHER, "ZJ-2021-0001", 3, verified_on=TODAY)
    export_package(office_b, OTHER, tmp_path / "3.zip", province=ZJ)
    back = import_package(office_a, SUPERVISOR, tmp_path / "3.zip")
    assert back.updated == {"finding": 1} and back.total("conflicts") == 0
    assert _finding(office_a, "ZJ-2021-0001", 3)["status"] == "verified"


def test_a_record_changed_on_both_sides_is_kept_as_a_conflict_and_resolved_field_by_field(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    export_package(office_a, SUPERVISOR, tmp_path / "1.zip", province=ZJ)
    import_package(office_b, OTHER, tmp_path / "1.zip")
    # Both offices record a different rectification of the same finding
    findings.submit_rectification(
        office_a, SUPERVISOR, "ZJ-2021-0002", 4, evidence="A 收到的整改材料", submitted_on=TODAY
    )
    findings.submit_rectification(
        office_b,
        OTHER,
        "ZJ-2021-0002",
        4,
        evidence="B 收到的整改材料",
        submitted_on=date(2025, 6, 27),
    )
    export_package(office_a, SUPERVISOR, tmp_path / "2.zip", province=ZJ)

    summary = import_package(office_b, OTHER, tmp_path / "2.zip")

    # The finding is left as B has it, and the question is kept
    assert summary.conflicts == {"finding": 1}
    assert _finding(office_b, "ZJ-2021-0002", 4)["evidence"] == "B 收到的整改材料"
    (conflict,) = list_conflicts(office_b, OTHER)
    assert conflict.label == "ZJ-2021-0002 #4"
    differing = {f.name: (f.local, f.incoming) for f in conflict.differing}
    assert differing == {
        "rectification_evidence": ("B 收到的整改材料", "A 收到的整改材料"),
        "submitted_on": ("2025-06-27", TODAY.isoformat()),
    }

    # When the official takes A's evidence and keeps B's date
    resolve_conflict(
        office_b,
        OTHER,
        str(conflict.id)[:8],
        take="local",
        fields={"rectification_evidence": "incoming"},
    )

    with office_b.read() as session:
        found = session.execute(
            select(Finding)
            .join(Case)
            .where(Case.case_number == "ZJ-2021-0002", Finding.number == 4)
        ).scalar_one()
        assert (found.rectification_evidence, found.submitted_on) == (
            "A 收到的整改材料",
            date(2025, 6, 27),
        )
        actions = list(
            session.execute(select(AuditEvent.action).order_by(AuditEvent.seq)).scalars()
        )
    assert actions[-2:] == ["exchange.update", "exchange.resolve"]
    assert list_conflicts(office_b, OTHER) == []
    assert verify_chain(office_b).ok

    # The same version of A's does not raise the question again...
    export_package(office_a, SUPERVISOR, tmp_path / "3.zip", province=ZJ)
    again = import_package(office_b, OTHER, tmp_path / "3.zip")
    assert again.total("conflicts") == 0 and again.total("updated") == 0
    # ...and B's merged version goes back to A as an update
    export_package(office_b, OTHER, tmp_path / "4.zip", province=ZJ)
    back = import_package(office_a, SUPERVISOR, tmp_path / "4.zip")
    assert back.updated == {"finding": 1} and back.total("conflicts") == 0
    assert _finding(office_a, "ZJ-2021-0002", 4)["evidence"] == "A 收到的整改材料"


def test_changes_made_independently_on_both_sides_after_an_export_conflict_both_ways(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    # A's export does not make A's later edit look like "unchanged since the exchange"
    export_package(office_a, SUPERVISOR, tmp_path / "1.zip", province=ZJ)
    import_package(office_b, OTHER, tmp_path / "1.zip")
    findings.submit_rectification(office_a, SUPERVISOR, "ZJ-2021-0001", 3, evidence="甲")
    export_package(office_a, SUPERVISOR, tmp_path / "a.zip", province=ZJ)
    findings.submit_rectification(office_b, OTHER, "ZJ-2021-0001", 3, evidence="乙")
    export_package(office_b, OTHER, tmp_path / "b.zip", province=ZJ)

    assert plan_import(office_a, SUPERVISOR, tmp_path / "b.zip").conflicts == {"finding": 1}
    assert plan_import(office_b, OTHER, tmp_path / "a.zip").conflicts == {"finding": 1}


def test_a_company_registered_in_both_offices_is_one_company(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    # Given B registered NetEase's company itself (another UUID, the same credit code)
    companies.create_company(
        office_b,
        OTHER,
        companies.CompanyInput("91330108MA01DEM09F", "网易云音乐科技有限公司", ZJ),
    )
    export_package(office_a, SUPERVISOR, tmp_path / "zj.zip", province=ZJ)

    summary = import_package(office_b, OTHER, tmp_path / "zj.zip")

    # Then the case is filed under B's company, and the differing names are a question
    assert summary.matched == {"company": 1}
    assert summary.conflicts == {"company": 1}
    with office_b.read() as session:
        company = session.execute(
            select(Company).where(Company.credit_code == "91330108MA01DEM09F")
        ).scalar_one()
        case = session.execute(select(Case).where(Case.case_number == "ZJ-2021-0002")).scalar_one()
        assert case.company_id == company.id
        assert company.name_zh == "网易云音乐科技有限公司"
    (conflict,) = list_conflicts(office_b, OTHER)
    assert conflict.record_type == "company"
    assert {f.name for f in conflict.differing} >= {"name_zh"}


def test_a_case_number_used_here_by_another_case_is_refused(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    companies.create_company(
        office_b, OTHER, companies.CompanyInput("91330108MA01DEM09F", "网易云音乐科技有限公司", ZJ)
    )
    cases.open_case(
        office_b, OTHER, "91330108MA01DEM09F", opened_on=date(2021, 3, 20)
    )  # ZJ-2021-0001
    export_package(office_a, SUPERVISOR, tmp_path / "zj.zip", province=ZJ)
    before = state(office_b)

    with pytest.raises(ValidationError) as caught:
        import_package(office_b, OTHER, tmp_path / "zj.zip")

    assert caught.value.code == "exchange.case_number_taken"
    assert caught.value.values == {"case_number": "ZJ-2021-0001"}
    assert state(office_b) == before


def test_imported_case_numbers_are_not_handed_out_again(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    export_package(office_a, SUPERVISOR, tmp_path / "zj.zip", province=ZJ)
    import_package(office_b, OTHER, tmp_path / "zj.zip")
    number = cases.open_case(office_b, OTHER, "91330108MA01DEM08C", opened_on=date(2021, 9, 1))
    assert number == "ZJ-2021-0003"


def test_province_scope_and_role_are_enforced(
    office_a: Database, office_b: Database, tmp_path: Path
) -> None:
    zj_inspector = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({ZJ}))
    # Exporting only what the actor sees
    with pytest.raises(NotFoundError):
        export_package(office_a, zj_inspector, tmp_path / "bj.zip", province="110000")
    with pytest.raises(NotFoundError):
        export_package(office_a, zj_inspector, tmp_path / "bj.zip", case_number="BJ-2021-0001")
    assert not (tmp_path / "bj.zip").exists()
    since = export_package(office_a, zj_inspector, tmp_path / "since.zip", since=date(2021, 1, 1))
    assert since.counts["case"] == 2  # Zhejiang's only

    # Importing Beijing's cases needs Beijing in scope; a viewer may not import at all
    export_package(office_a, SUPERVISOR, tmp_path / "bj.zip", province="110000")
    before = state(office_b)
    with pytest.raises(ValidationError) as caught:
        import_package(office_b, zj_inspector, tmp_path / "bj.zip")
    assert caught.value.code == "exchange.out_of_scope"
    assert caught.value.values["province"] == "110000"
    viewer = Actor("v", role="viewer")
    with pytest.raises(ConflictError) as forbidden:
        import_package(office_b, viewer, tmp_path / "bj.zip")
    assert forbidden.value.code == "role.forbidden"
    assert state(office_b) == before
    # Zhejiang's cases hold verified findings: only an official who may verify brings them in
    with pytest.raises(ValidationError) as verified:
        import_package(office_b, zj_inspector, tmp_path / "since.zip")
    assert verified.value.values["rule"] == "role.forbidden"
    assert state(office_b) == before
    zj_supervisor = dataclasses.replace(zj_inspector, role="supervisor")
    assert import_package(office_b, zj_supervisor, tmp_path / "since.zip").new["case"] == 2
