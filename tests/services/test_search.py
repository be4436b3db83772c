"""Global search over the demo data: Chinese words of two or more characters, names,
credit codes, case numbers and inspection notes, within the actor's provinces."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, select, text

from app.db.engine import Database
from app.db.migrate import downgrade, open_database
from app.db.models import Case, Company, Finding, Inspection, SearchDocument
from app.services.overview.search import (
    index_case,
    index_company,
    index_finding,
    index_inspection,
    reindex_all,
    search,
)
from app.services.rectification import inspections
from app.services.registry import companies
from app.services.seed.demo import load_demo
from app.services.support.context import Actor
from tests.conftest import Databases

TODAY = date(2025, 6, 30)
ADMIN = Actor("search-admin", role="supervisor")
ZHEJIANG = Actor(
    "inspector_zj", role="inspector", all_provinces=False, provinces=frozenset({"330000"})
)


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[Database]:
    # Given the demo data set, indexed (the use cases do not index yet)
    database = databases.open_demo(backend, tmp_path_factory.mktemp("search"), ADMIN, TODAY)
    reindex_all(database)
    yield database
    databases.close(database)


def _documents(db: Database) -> set[tuple[object, ...]]:
    with db.read() as session:
        return {
            (d.kind, d.ref_id, d.province_code, d.digest, d.terms)
            for d in session.execute(select(SearchDocument)).scalars()
        }


def _fts_is_consistent(db: Database) -> None:
    if not db.is_sqlite:
        # PostgreSQL's index is an expression index over search_documents itself:
        # nothing to drift apart, but it must be there.
        with db.engine.connect() as conn:
            assert conn.execute(
                text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_search_documents_terms_tsv'")
            ).scalar_one()
        return
    # FTS5 checks its own structure (a contentless index has no text to compare with),
    # and every document has its tokens: its province token finds each one.
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
        missing = conn.execute(
            text(
                "SELECT count(*) FROM search_documents AS d WHERE d.docid NOT IN"
                " (SELECT rowid FROM search_fts WHERE search_fts MATCH"
                " '\"#' || d.province_code || '\"')"
            )
        ).scalar_one()
    assert missing == 0


@pytest.mark.parametrize("word", ["日志", "整改", "审核", "标识"])
def test_two_character_chinese_words_are_found(demo_db: Database, word: str) -> None:
    hits = search(demo_db, ADMIN, word)
    assert hits
    assert {h.kind for h in hits} >= {"finding", "inspection"}


def test_longer_chinese_words_and_phrases_are_found(demo_db: Database) -> None:
    hits = search(demo_db, ADMIN, "日志留存")
    assert {h.kind for h in hits} >= {"finding", "inspection"}
    # Only the 声波 case (Zhejiang) has it: in the inspection notes and in a finding.
    hits = search(demo_db, ADMIN, "未记录源端口号")
    assert {h.kind for h in hits} == {"inspection", "finding"}
    assert {h.province_code for h in hits} == {"330000"}


def test_a_word_from_inspection_notes_finds_the_inspection(demo_db: Database) -> None:
    hits = search(demo_db, ADMIN, "双重审核机制")
    assert [h.kind for h in hits] == ["inspection"]
    assert hits[0].title.split()[0] == hits[0].case_number
    assert hits[0].snippet.startswith("2021年5月18日")


@pytest.mark.parametrize("query", ["netease", "NetEase", "NETEASE CLOUD music", "ＮｅｔＥａｓｅ"])
def test_a_company_is_found_by_its_english_name_in_any_case(demo_db: Database, query: str) -> None:
    hits = search(demo_db, ADMIN, query)
    kinds = {h.kind for h in hits}
    assert kinds >= {"company", "case"}
    company = next(h for h in hits if h.kind == "company")
    assert company.title == "网易云音乐（演示）科技有限公司"
    assert company.province_code == "330000"


def test_a_company_is_found_by_its_credit_code(demo_db: Database) -> None:
    with demo_db.read() as session:
        company = session.execute(select(Company).where(Company.short_name == "快手")).scalar_one()
    for query in (company.credit_code, company.credit_code.lower()):
        hits = search(demo_db, ADMIN, query)
        # The company, and its cases (which carry the code too)
        assert {h.kind for h in hits} == {"company", "case"}
        found = [h for h in hits if h.kind == "company"]
        assert [h.ref_id for h in found] == [str(company.id)]
        assert company.credit_code in found[0].snippet


def test_a_case_is_found_by_its_number(demo_db: Database) -> None:
    with demo_db.read() as session:
        case = session.execute(select(Case).order_by(Case.case_number)).scalars().first()
    assert case is not None
    hits = search(demo_db, ADMIN, case.case_number)
    assert hits[0].kind == "case"
    assert hits[0].ref_id == str(case.id)
    assert hits[0].title.startswith(case.case_number)
    assert {h.case_number for h in hits} == {case.case_number}  # its findings, inspections


def test_a_province_official_never_sees_other_provinces(demo_db: Database) -> None:
    for query in ("日志", "演示", "整改", "demo", "网络科技有限公司"):
        every = search(demo_db, ADMIN, query, limit=1000)
        own = search(demo_db, ZHEJIANG, query, limit=1000)
        assert {h.province_code for h in own} <= {"330000"}, query
        assert own == [h for h in every if h.province_code == "330000"], query
    assert any(h.province_code == "110000" for h in search(demo_db, ADMIN, "日志"))
    assert search(demo_db, ZHEJIANG, "日志")


def test_the_province_filter_narrows_within_the_actors_scope(demo_db: Database) -> None:
    beijing = search(demo_db, ADMIN, "日志", provinces=frozenset({"110000"}))
    assert beijing and {h.province_code for h in beijing} == {"110000"}
    assert search(demo_db, ZHEJIANG, "日志", provinces=frozenset({"110000"})) == []
    assert search(demo_db, ADMIN, "日志", provinces=frozenset()) == []


def test_the_province_column_is_not_searched_as_text(demo_db: Database) -> None:
    assert search(demo_db, ADMIN, "330000") == []
    assert search(demo_db, ADMIN, "#330000") == []


@pytest.mark.parametrize("character", ["志", "存", "渗", "改"])
def test_one_chinese_character_is_found_wherever_it_stands(
    demo_db: Database, character: str
) -> None:
    # Only a run's last character is indexed alone: one in the middle of a run is
    # found through the bigrams it starts, one at the end through itself.
    with demo_db.read() as session:
        texts = {
            str(f.id): " ".join(
                filter(
                    None,
                    (
                        f.description,
                        f.legal_basis,
                        f.required_rectification,
                        f.rectification_evidence,
                        f.waive_reason,
                    ),
                )
            )
            for f in session.execute(select(Finding)).scalars()
        }
    hits = {h.ref_id for h in search(demo_db, ADMIN, character, limit=1000) if h.kind == "finding"}
    assert hits == {ref for ref, body in texts.items() if character in body}


def test_limit_and_rank_order(demo_db: Database) -> None:
    hits = search(demo_db, ADMIN, "演示", limit=5)
    assert len(hits) == 5
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    assert search(demo_db, ADMIN, "演示", limit=0) == []


@pytest.mark.parametrize("query", ["", "   ", "\n\t", "，。！？", '"', "***", "()", "^-:", "___"])
def test_blank_or_punctuation_only_queries_find_nothing(demo_db: Database, query: str) -> None:
    assert search(demo_db, ADMIN, query) == []


@pytest.mark.parametrize(
    "query",
    [
        '"日志',
        "日志*",
        "AND",
        "日志 AND OR NOT",
        "NEAR(日志 整改)",
        "(日志",
        "^日志",
        "-日志",
        "terms:日志",
        "province_code : 330000",
        "{terms}: x",
        "日志\x00整改",
        "'; DROP TABLE search_documents; --",
    ],
)
def test_fts_syntax_in_the_query_is_only_text(demo_db: Database, query: str) -> None:
    search(demo_db, ADMIN, query)
    search(demo_db, ZHEJIANG, query)


def test_operators_are_words_to_find(demo_db: Database) -> None:
    # "NOT" must not exclude 整改: it is a word looked for like any other.
    assert search(demo_db, ADMIN, "日志 NOT 整改") == []
    assert search(demo_db, ADMIN, "日志*") == search(demo_db, ADMIN, "日志")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=40))
def test_hostile_input_never_raises(demo_db: Database, query: str) -> None:
    for hit in search(demo_db, ZHEJIANG, query, limit=20):
        assert hit.province_code == "330000"


def test_reindex_all_is_complete_and_repeatable(demo_db: Database) -> None:
    with demo_db.read() as session:
        expected = sum(
            len(session.execute(select(model.id)).all())
            for model in (Company, Case, Finding, Inspection)
        )
    before = _documents(demo_db)
    assert reindex_all(demo_db) == expected == len(before)
    assert _documents(demo_db) == before
    _fts_is_consistent(demo_db)


# --- the index functions the use cases call ---------------------------------------------------


@pytest.fixture
def fresh(tmp_path: Path, backend: str, databases: Databases) -> Iterator[Database]:
    database = databases.open_demo(backend, tmp_path, ADMIN, TODAY)
    reindex_all(database)
    yield database
    databases.close(database)


def test_index_functions_add_and_refresh_documents(fresh: Database) -> None:
    # Given a new company (create_company indexes it in its own transaction)
    company_id = companies.create_company(
        fresh,
        ADMIN,
        companies.CompanyInput(
            _valid_code(), "杭州渗漏检测科技有限公司", "330000", name_en="Hangzhou Leakwatch"
        ),
    )
    # When it is indexed again (a no-op for an unchanged record)
    with fresh.write() as session:
        index_company(session, company_id)
    # Then its two-character word and its English name find it
    hits = search(fresh, ADMIN, "渗漏")
    assert [(h.kind, h.ref_id) for h in hits] == [("company", str(company_id))]
    assert search(fresh, ZHEJIANG, "leakwatch")[0].ref_id == str(company_id)

    # Re-indexing after a change replaces the old words with the new ones
    with fresh.read() as session:
        inspection = session.execute(
            select(Inspection).where(Inspection.notes.contains("源端口号"))
        ).scalar_one()
    inspections.record_inspection(
        fresh,
        ADMIN,
        inspection.id,
        inspections.InspectionRecord(notes="复查时发现防火墙配置缺陷。"),
    )
    with fresh.write() as session:
        index_inspection(session, inspection.id)
    assert [h.ref_id for h in search(fresh, ADMIN, "防火墙")] == [str(inspection.id)]
    assert str(inspection.id) not in {h.ref_id for h in search(fresh, ADMIN, "源端口号")}
    # and again while it is the newest document: its earlier words (still in a
    # contentless index) never come back under the number its new version gets
    inspections.record_inspection(
        fresh, ADMIN, inspection.id, inspections.InspectionRecord(notes="交换机端口未关闭。")
    )
    assert search(fresh, ADMIN, "防火墙") == []
    assert [h.ref_id for h in search(fresh, ADMIN, "交换机")] == [str(inspection.id)]
    assert search(fresh, ADMIN, "交换机")[0].snippet == "交换机端口未关闭。"

    # Cases and findings: indexing an unchanged record again changes nothing
    with fresh.read() as session:
        case = session.execute(select(Case).order_by(Case.case_number)).scalars().first()
        finding = session.execute(select(Finding)).scalars().first()
    assert case is not None and finding is not None
    before = _documents(fresh)
    with fresh.write() as session:
        index_case(session, case.id)
        index_finding(session, finding.id)
    assert _documents(fresh) == before
    _fts_is_consistent(fresh)


def test_indexing_an_unknown_record_is_refused(fresh: Database) -> None:
    from app.domain.errors import NotFoundError

    with pytest.raises(NotFoundError), fresh.write() as session:
        index_finding(session, uuid.uuid4())


def _valid_code() -> str:
    from tests.services.helpers import credit_code

    return credit_code(987, "330106")


# --- the migration fills the index of an existing database -----------------------------------


def test_upgrading_a_database_with_data_makes_it_searchable(
    tmp_path: Path, backend: str, databases: Databases
) -> None:
    # Given the demo data in a database at the revision before the search index
    # (loaded at head, then taken down to 0004: today's use cases write the index)
    location = databases.location(backend, tmp_path, "old")
    db = open_database(location)
    try:
        load_demo(db, ADMIN, today=TODAY)
        downgrade(db, "0004")
        assert "search_documents" not in inspect(db.engine).get_table_names()
    finally:
        db.dispose()
    # When the program opens (and so upgrades) it
    db = open_database(location)
    try:
        # Then it is searchable without any reindexing
        assert search(db, ADMIN, "日志")
        assert search(db, ADMIN, "双重审核机制")[0].kind == "inspection"
        assert search(db, ZHEJIANG, "NetEase")
        assert all(h.province_code == "330000" for h in search(db, ZHEJIANG, "演示", limit=500))
        _fts_is_consistent(db)
        # and the backfill wrote exactly the documents reindex_all writes
        backfilled = _documents(db)
        reindex_all(db)
        assert _documents(db) == backfilled
    finally:
        db.dispose()
        databases.release(location)
