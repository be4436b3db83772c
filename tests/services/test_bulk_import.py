"""A bulk company import leaves what registering the companies one by one would leave:
each company with its own audit event in an unbroken chain, a search document, and
nothing `check` could tell apart from a record the commands wrote."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, Company, SearchDocument
from app.services.overview import search
from app.services.registry import companies
from app.services.safekeeping.record_audit import records_differing_from_audit
from app.services.support import audit
from app.services.support.context import Actor
from tests.services.helpers import credit_code

SUPERVISOR = Actor("wang", role="supervisor")
HEADER = ["credit_code", "name_zh", "province", "name_en", "address", "contact_email"]


def _file(path: Path, n: int, *, bad_last: bool = False) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADER)
        for i in range(n):
            code = credit_code(i + 1, "330106" if i % 2 else "110108")
            if bad_last and i == n - 1:
                code = code[:-1] + ("0" if code[-1] != "0" else "1")  # wrong check character
            province = "浙江" if i % 2 else "110000"
            out.writerow(
                [code, f"批量导入科技有限公司{i}", province, f"Bulk {i}", f"某路{i}号", ""]
            )
    return path


def test_a_bulk_import_is_what_one_by_one_registrations_leave(db: Database, tmp_path: Path) -> None:
    # Given a company registered by hand, then 1,200 imported from one file
    companies.create_company(
        db, SUPERVISOR, companies.CompanyInput(credit_code(9999, "330106"), "手工登记公司", "浙江")
    )
    imported = companies.import_companies(db, SUPERVISOR, _file(tmp_path / "c.csv", 1200))
    assert imported == 1200
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Company)).scalar_one() == 1201
        events = (
            s.execute(
                select(AuditEvent)
                .where(AuditEvent.action == "company.import")
                .order_by(AuditEvent.seq)
            )
            .scalars()
            .all()
        )
        docs = s.execute(select(func.count()).where(SearchDocument.kind == "company")).scalar_one()
        stored = {c.id: audit.snapshot(c) for c in s.execute(select(Company)).scalars()}
    # Then each company has its own event, holding the company as stored, chained after
    # the hand registration, and its search document
    assert len(events) == 1200 and docs == 1201
    assert len({e.entity_id for e in events}) == 1200
    for event in events[:50]:
        company = next(v for k, v in stored.items() if str(k) == event.entity_id)
        assert event.after == company and event.actor == "wang"
    assert audit.verify_chain(db).ok
    # And check finds no record differing from its events
    assert records_differing_from_audit(db) == []
    # And the search finds an imported company by a two-character word of its name
    hits = search.search(db, SUPERVISOR, "批量导入科技有限公司1199")
    assert [h.title for h in hits][:1] == ["批量导入科技有限公司1199"]
    # And a company registered after the import is indexed after it, both still found
    companies.create_company(
        db,
        SUPERVISOR,
        companies.CompanyInput(credit_code(8888, "330106"), "导入后登记公司", "浙江"),
    )
    for name in ("导入后登记公司", "批量导入科技有限公司7", "手工登记公司"):
        assert name in [h.title for h in search.search(db, SUPERVISOR, name)], name


def test_one_bad_row_at_the_end_refuses_the_whole_file_and_writes_nothing(
    db: Database, tmp_path: Path
) -> None:
    def counts() -> tuple[int, int, int]:
        with db.read() as s:
            return tuple(  # type: ignore[return-value]
                s.execute(select(func.count()).select_from(m)).scalar_one()
                for m in (Company, AuditEvent, SearchDocument)
            )

    before = counts()
    with pytest.raises(companies.ImportRejected) as refused:
        companies.import_companies(db, SUPERVISOR, _file(tmp_path / "bad.csv", 800, bad_last=True))
    assert [p.row for p in refused.value.problems] == [801]
    assert refused.value.problems[0].column == "credit_code"
    assert counts() == before


def test_the_import_reports_how_far_it_got_stage_by_stage(db: Database, tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    path = _file(tmp_path / "c.csv", 4500)
    assert (
        companies.import_companies(db, SUPERVISOR, path, progress=lambda *a: seen.append(a)) == 4500
    )
    stages = [stage for stage, _, _ in seen]
    # Every stage in order, each ending at its total
    assert list(dict.fromkeys(stages)) == ["check", "write", "audit", "index"]
    assert stages == sorted(stages, key=["check", "write", "audit", "index"].index)
    for stage in ("check", "write", "audit", "index"):
        done = [d for s, d, _ in seen if s == stage]
        assert done == sorted(done) and done[-1] == 4500, (stage, done)
    # The rows are checked in steps a user can watch (not one report at the end)
    assert [d for s, d, _ in seen if s == "check"] == [0, 2000, 4000, 4500]


class _Stop(Exception):
    pass


@pytest.mark.parametrize("stage", ["check", "write", "audit", "index"])
@pytest.mark.parametrize("when", ["start", "end"])
def test_stopping_the_import_at_any_stage_writes_nothing(
    db: Database, tmp_path: Path, stage: str, when: str
) -> None:
    # Given a company already there, and what the database holds
    companies.create_company(
        db, SUPERVISOR, companies.CompanyInput(credit_code(9999, "330106"), "手工登记公司", "浙江")
    )

    def held() -> tuple[int, int, int, bool]:
        with db.read() as s:
            counts = [
                s.execute(select(func.count()).select_from(m)).scalar_one()
                for m in (Company, AuditEvent, SearchDocument)
            ]
        return (*counts, bool(search.search(db, SUPERVISOR, "批量导入")))  # type: ignore[return-value]

    before = held()

    def progress(reached: str, done: int, total: int) -> None:
        if reached == stage and done == (0 if when == "start" else total):
            raise _Stop()  # what Cancel does in the window

    # When the import is stopped there (at the end of "index": every row written and indexed)
    with pytest.raises(_Stop):
        companies.import_companies(
            db, SUPERVISOR, _file(tmp_path / "c.csv", 900), progress=progress
        )
    # Then nothing of it was written, and the chain still verifies
    assert held() == before
    assert audit.verify_chain(db).ok
    # and the same file imports afterwards as if never tried
    assert companies.import_companies(db, SUPERVISOR, _file(tmp_path / "c.csv", 900)) == 900


def test_every_row_s_province_is_resolved_on_its_own(db: Database, tmp_path: Path) -> None:
    # Each spelling of a province is looked up once; an unknown one is refused on every row
    path = tmp_path / "p.csv"
    spellings = ["浙江", "330000", "Zhejiang", "浙江", "火星", "北京市", "火星", "ZJ", " 浙江 "]
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["credit_code", "name_zh", "province"])
        for i, province in enumerate(spellings):
            out.writerow([credit_code(i + 1, "330106"), f"省份测试公司{i}", province])
    preview = companies.preview_import(db, SUPERVISOR, path)
    assert [(p.row, p.column) for p in preview.problems] == [(6, "province"), (8, "province")]
    codes = [values["province_code"] for values in preview.values]
    assert codes == ["330000", "330000", "330000", "330000", "110000", "330000", "330000"]
