"""The demo data set: loads into an empty database only, all or nothing, dated around 'today'."""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Attachment, Company
from app.domain.credit_code import make_credit_code, validate_credit_code
from app.domain.errors import ConflictError, ValidationError
from app.paths import resource_path
from app.readmodel.case import CaseDetail
from app.services.casework import cases
from app.services.rectification.attachments import stored_file
from app.services.registry import companies
from app.services.safekeeping import maintenance
from app.services.seed.demo import DemoSummary, load_demo
from app.services.seed.demo_data import SHAPES, read_demo_data
from app.services.support import audit
from app.services.support.context import Actor
from tests.conftest import Databases
from tests.services.images import tiny_png

PROVINCES = {"110000", "120000", "310000", "330000", "440000"}
TODAY = date(2026, 6, 15)
ACTOR = Actor("demo", role="admin")


@pytest.fixture
def demo_db(tmp_path: Path, backend: str, databases: Databases) -> Iterator[Database]:
    database = databases.open(backend, tmp_path)
    yield database
    databases.close(database)


@pytest.fixture(scope="module")
def loaded(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[tuple[Database, DemoSummary]]:
    """One loaded database shared by the tests that only read it (loading takes a while)."""
    database = databases.open(backend, tmp_path_factory.mktemp("demo"))
    yield database, load_demo(database, ACTOR, today=TODAY)
    databases.close(database)


def _details(db: Database, numbers: list[str], as_of: date) -> list[CaseDetail]:
    return [cases.show_case(db, ACTOR, n, as_of=as_of) for n in numbers]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        companies_n = session.execute(select(func.count()).select_from(Company)).scalar_one()
    return companies_n, len(cases.list_cases(db, ACTOR)), audit.verify_chain(db).events


def test_demo_loads_eleven_cases_in_five_provinces(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    assert summary.companies == 11
    assert len(summary.cases) == 11
    assert summary.cases[0] == "BJ-2021-0001"
    rows = cases.list_cases(db, ACTOR, as_of=TODAY)
    assert sorted(r.case_number for r in rows) == sorted(summary.cases)
    assert {r.province_code for r in rows} == PROVINCES
    assert summary.inspections == 2
    assert summary.attachments >= 3
    assert summary.findings > 20


def test_companies_are_marked_demo_with_valid_generated_codes(
    loaded: tuple[Database, DemoSummary],
) -> None:
    db, _ = loaded
    with db.read() as session:
        stored = list(session.execute(select(Company)).scalars())
    specs = read_demo_data().companies
    assert len(stored) == len(specs) == 11
    by_short = {c.short_name: c for c in stored}
    for spec in specs:
        company = by_short[spec.short_name]
        assert company.is_demo
        assert validate_credit_code(company.credit_code) == company.credit_code
        assert "DEM" in company.credit_code
        assert company.province_code == spec.province
        assert company.name_en == spec.name_en
        assert "演示" in company.name_zh
        assert company.address and "演示数据" in company.address
        assert company.legal_representative and "演示数据" in company.legal_representative
    assert len({c.credit_code for c in stored}) == 11


def test_overdue_findings_as_of_today(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    overdue = cases.overdue(db, ACTOR, as_of=TODAY)
    assert len(overdue) >= 1
    assert len(overdue) == summary.overdue
    assert all(row.current_deadline < TODAY for row in overdue)


def test_finding_mix_verified_open_and_one_extension(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    findings = [f for d in _details(db, summary.cases, TODAY) for f in d.findings]
    assert len(findings) == summary.findings
    assert any(f.status == "verified" for f in findings)
    open_not_overdue = [f for f in findings if f.status == "open" and not f.overdue]
    assert open_not_overdue
    assert all(f.current_deadline >= TODAY for f in open_not_overdue)
    extended = [f for f in findings if f.extensions]
    assert len(extended) == 1
    (extension,) = extended[0].extensions
    assert extension.reason and extension.approver
    assert extension.old_deadline < extension.new_deadline == extended[0].current_deadline
    assert extended[0].raised_on <= extension.approved_on <= extension.old_deadline
    assert {f.item_code for f in findings} <= {f"A{i}" for i in range(1, 9)}
    assert any(f.source == "inspection" for f in findings)
    for f in findings:
        assert f.legal_basis.startswith(
            "《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》第五条"
        )
        assert f.raised_on >= date(2021, 3, 18)
        if f.submitted_on:
            assert f.raised_on <= f.submitted_on <= TODAY
        if f.verified_on:
            assert f.submitted_on is not None and f.submitted_on <= f.verified_on <= TODAY


def test_two_inspections_with_full_checklists(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    inspections = [i for d in _details(db, summary.cases, TODAY) for i in d.inspections]
    assert len(inspections) == 2
    for inspection in inspections:
        assert len(inspection.checklist) == 8
        assert {row.item_code for row in inspection.checklist} == {f"A{i}" for i in range(1, 9)}
        assert {row.result for row in inspection.checklist} <= {
            "compliant",
            "non_compliant",
            "not_applicable",
        }
        assert inspection.status == "done"
        assert inspection.notes.count("\n\n") >= 2
        assert inspection.conclusion and inspection.inspectors and inspection.company_staff


def test_reports_awaited_in_future_and_past_due(loaded: tuple[Database, DemoSummary]) -> None:
    db, summary = loaded
    reports = [r for d in _details(db, summary.cases, TODAY) for r in d.reports]
    awaited = [r for r in reports if r.received_on is None]
    assert any(r.overdue for r in awaited)
    assert any(r.due_date is not None and r.due_date > TODAY for r in awaited)
    received = [r for r in reports if r.received_on is not None]
    for report in received:
        assert report.received_on is not None
        assert all(review.reviewed_on >= report.received_on for review in report.reviews)
    kinds = {review.agency_kind for r in received for review in r.reviews}
    assert kinds == {"cyberspace", "public_security"}


def test_attachments_are_small_valid_files(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    with db.read() as session:
        stored = list(session.execute(select(Attachment)).scalars())
    by_type = {a.media_type: a for a in stored}
    assert {"text/plain", "image/png", "application/pdf"} <= set(by_type)
    assert {a.owner_type for a in stored} >= {"case", "inspection"}
    png = stored_file(db, by_type["image/png"].stored_path).read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pdf = stored_file(db, by_type["application/pdf"].stored_path).read_bytes()
    assert pdf.startswith(b"%PDF")
    text = stored_file(db, by_type["text/plain"].stored_path).read_bytes()
    assert "演示数据" in text.decode("utf-8")
    assert all(a.size < 20_000 for a in stored)


def test_the_demo_photo_is_a_well_formed_png() -> None:
    data = resource_path("demo", "inspection-photo.png").read_bytes()
    assert data == tiny_png(4, 3)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks = 8, []
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks.append((kind, body))
        offset += 12 + length
    assert [k for k, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height = struct.unpack(">II", chunks[0][1][:8])
    assert (width, height) == (4, 3)
    assert len(zlib.decompress(chunks[1][1])) == height * (1 + 3 * width)


def test_audit_chain_and_check_are_ok(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    assert audit.verify_chain(db).ok
    report = maintenance.check(db)
    assert report.ok, [p.render() for p in report.problems]
    assert report.attachments >= 3


def test_second_load_is_refused_and_changes_nothing(loaded: tuple[Database, DemoSummary]) -> None:
    db, _ = loaded
    before = _counts(db)
    with pytest.raises(ConflictError) as err:
        load_demo(db, ACTOR, today=TODAY)
    assert err.value.code == "demo.not_empty"
    assert err.value.values["count"] == 22  # 11 companies + 11 cases
    assert _counts(db) == before


def test_database_with_one_unrelated_company_is_refused(demo_db: Database) -> None:
    companies.create_company(
        demo_db,
        ACTOR,
        companies.CompanyInput(
            credit_code=make_credit_code("91330106MA2B00001"),
            name_zh="某某科技有限公司",
            province="330000",
        ),
    )
    before = _counts(demo_db)
    with pytest.raises(ConflictError) as err:
        load_demo(demo_db, ACTOR, today=TODAY)
    assert err.value.code == "demo.not_empty"
    assert err.value.values["count"] == 1
    assert _counts(demo_db) == before == (1, 0, 1)


def test_far_year_loads_with_provisional_deadlines(demo_db: Database) -> None:
    today = date(2027, 6, 1)  # the calendar package does not cover 2027
    summary = load_demo(demo_db, ACTOR, today=today)
    assert len(summary.cases) == 11
    assert summary.overdue >= 1
    findings = [f for d in _details(demo_db, summary.cases, today) for f in d.findings]
    assert any(f.deadline_provisional for f in findings)
    assert any(f.status == "open" and not f.overdue for f in findings)
    assert audit.verify_chain(demo_db).ok


@pytest.mark.parametrize(
    "today",
    [
        date(2022, 1, 1),  # the earliest day allowed
        date(2024, 10, 8),  # just after the National Day holiday
        date(2026, 2, 20),  # inside the Spring Festival holiday
        date(2026, 3, 2),  # just after it
    ],
)
def test_mix_holds_whatever_today(demo_db: Database, today: date) -> None:
    summary = load_demo(demo_db, ACTOR, today=today)
    findings = [f for d in _details(demo_db, summary.cases, today) for f in d.findings]
    assert summary.overdue == len(cases.overdue(demo_db, ACTOR, as_of=today)) >= 4
    assert sum(1 for f in findings if f.status == "open" and not f.overdue) >= 3
    assert sum(1 for f in findings if f.extensions) == 1
    assert all(f.raised_on <= today for f in findings)


def test_load_is_deterministic_apart_from_relative_dates(
    tmp_path: Path, backend: str, databases: Databases
) -> None:
    def snapshot(name: str) -> list[object]:
        db = databases.open(backend, tmp_path, name)
        try:
            summary = load_demo(db, ACTOR, today=TODAY)
            result: list[object] = [summary.cases, summary.findings, summary.overdue]
            for d in _details(db, summary.cases, TODAY):
                result.append(d.company.credit_code)
                result += [
                    (f.number, f.item_code, f.raised_on, f.current_deadline, f.status)
                    for f in d.findings
                ]
            with db.read() as session:
                result += sorted(session.execute(select(Attachment.sha256)).scalars())
            return result
        finally:
            databases.close(db)

    assert snapshot("a") == snapshot("b")


def test_failure_part_way_leaves_nothing(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("simulated failure after everything was written")

    monkeypatch.setattr(cases, "overdue", boom)
    with pytest.raises(RuntimeError):
        load_demo(demo_db, ACTOR, today=TODAY)
    assert _counts(demo_db) == (0, 0, 0)
    assert audit.verify_chain(demo_db).ok
    monkeypatch.undo()
    assert len(load_demo(demo_db, ACTOR, today=TODAY).cases) == 11


def test_actor_who_may_not_verify_is_refused(demo_db: Database) -> None:
    with pytest.raises(ConflictError) as err:
        load_demo(demo_db, Actor("someone", role="inspector"), today=TODAY)
    assert err.value.code == "role.forbidden"
    assert _counts(demo_db) == (0, 0, 0)


def test_today_before_the_demo_period_is_refused_with_a_message(demo_db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        load_demo(demo_db, ACTOR, today=date(2021, 6, 1))
    assert refused.value.code == "demo.today_too_early"
    assert "2022年1月1日" in refused.value.render("zh")
    assert _counts(demo_db) == (0, 0, 0)


def test_default_today_is_the_current_date(demo_db: Database) -> None:
    summary = load_demo(demo_db, ACTOR)
    assert summary.overdue == len(cases.overdue(demo_db, ACTOR, as_of=date.today())) >= 1


# --- the data files --------------------------------------------------------------------------


def _damaged(tmp_path: Path, name: str, change: Callable[[Path], None]) -> Path:
    """A copy of the shipped data set with ``name`` changed by ``change``."""
    folder = tmp_path / "demo-data"
    shutil.copytree(resource_path("demo"), folder)
    change(folder / name)
    return folder


def _edit(path: Path, edit: Callable[[dict[str, list[dict[str, object]]]], None]) -> None:
    script = json.loads(path.read_text(encoding="utf-8"))
    edit(script)
    path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")


def _refused(db: Database, folder: Path) -> str:
    """The message of the refusal; and nothing was written."""
    with pytest.raises(ValidationError) as refused:
        load_demo(db, ACTOR, today=TODAY, folder=folder)
    assert _counts(db) == (0, 0, 0)
    assert audit.verify_chain(db).ok
    return refused.value.render("en")


def test_every_kind_of_event_is_used_and_every_file_read() -> None:
    data = read_demo_data()
    used = {event.kind for script in data.scripts for event in script.events}
    assert used == set(SHAPES)
    files = {p.relative_to(data.folder).as_posix() for p in data.folder.rglob("*") if p.is_file()}
    named = {f"cases/{c.case}.json" for c in data.companies}
    named |= {str(e.fields["file"]) for s in data.scripts for e in s.events if "file" in e.fields}
    assert files == named | {"companies.json", "agencies.json", "summons.json", "legal_basis.json"}


@pytest.mark.parametrize(
    ("name", "change", "says"),
    [
        ("cases/inke.json", lambda p: p.unlink(), "inke.json"),
        ("cases/inke.json", lambda p: p.write_text("{", encoding="utf-8"), "line 1"),
        ("companies.json", lambda p: p.write_bytes(b"\xff\xfe"), "companies.json"),
        ("agencies.json", lambda p: p.write_text("[]", encoding="utf-8"), "agencies.json"),
        ("cases/stray.json", lambda p: p.write_text("{}", encoding="utf-8"), "stray.json"),
    ],
    ids=["missing", "not-json", "not-utf8", "wrong-shape", "stray-script"],
)
def test_a_damaged_or_missing_file_is_refused_and_nothing_written(
    demo_db: Database, tmp_path: Path, name: str, change: Callable[[Path], None], says: str
) -> None:
    message = _refused(demo_db, _damaged(tmp_path, name, change))
    assert says in message
    assert "Cannot read the file" in message


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        (lambda s: s["events"].insert(3, {"kind": "inspect"}), "event 4: unknown kind 'inspect'"),
        (lambda s: s["events"][0].update(colour="red"), "event 1: unknown field colour"),
        (lambda s: s["events"][1].pop("on"), "event 2: on missing"),
        (lambda s: s["events"][1].update(report="nowhere"), "event 2: report 'nowhere' names no"),
        (lambda s: s["events"][1].update(on={"ago": "40"}), "event 2: on {'ago': '40'} is not"),
        (lambda s: s["events"][1].update(on="2021-02-30"), "event 2: on '2021-02-30' is not"),
        (lambda s: s["events"][3].update(period="20"), "event 4: period '20' is not"),
    ],
    ids=[
        "unknown-kind",
        "unknown-field",
        "missing-field",
        "dangling-id",
        "bad-days",
        "bad-day",
        "text-period",
    ],
)
def test_an_item_the_loader_does_not_understand_is_refused_naming_file_and_event(
    demo_db: Database,
    tmp_path: Path,
    edit: Callable[[dict[str, list[dict[str, object]]]], None],
    says: str,
) -> None:
    message = _refused(demo_db, _damaged(tmp_path, "cases/kuaishou.json", lambda p: _edit(p, edit)))
    assert "kuaishou.json" in message
    assert says in message


def test_a_value_the_use_case_refuses_rolls_the_whole_load_back(
    demo_db: Database, tmp_path: Path
) -> None:
    # Given a data set whose last case raises a finding of a severity that does not exist
    folder = _damaged(
        tmp_path,
        "cases/quyan.json",
        lambda p: _edit(p, lambda s: s["events"][3].update(severity="huge")),
    )
    # Then the finding's own validator refuses it, and the ten cases before it are gone too
    with pytest.raises(ValidationError):
        load_demo(demo_db, ACTOR, today=TODAY, folder=folder)
    assert _counts(demo_db) == (0, 0, 0)
    assert audit.verify_chain(demo_db).ok
