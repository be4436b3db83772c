"""Migration 0010 (smaller search index): a database at 0009 with its search index full
upgrades to the index a rebuild writes, without reading a record; taking 0010 down gives
0009 its documents back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from app.db.engine import Database
from app.db.migrate import downgrade, head_revision, open_database
from app.services.overview.search import reindex_all, search
from app.services.support.context import Actor
from tests.conftest import Databases, location_of

ACTOR = Actor("migration-test", role="supervisor")
ZHEJIANG = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))
INDEX = "SELECT kind, ref_id, province_code, digest, terms FROM search_documents"


def _rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(text(sql)))


def test_a_0009_index_is_converted_to_what_a_rebuild_writes(
    backend: str, databases: Databases, tmp_path: Path
) -> None:
    # Given the demo data at head, indexed, then taken down to 0009 (its documents
    # with title, excerpt and terms, as the 0009 program kept them)
    db = databases.open_demo(backend, tmp_path, ACTOR, date(2025, 6, 30))
    location = location_of(db)
    reindex_all(db)
    fresh = _rows(db, INDEX)
    downgrade(db, "0009")
    old = _rows(db, "SELECT kind, ref_id, province_code, title, terms FROM search_documents")
    assert len(old) == len(fresh) > 50
    assert all(terms for *_, terms in old)  # 0009's documents are back, text and all
    if db.is_sqlite:  # and 0009's index finds them
        with db.engine.connect() as conn:
            found = conn.execute(
                text("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'terms : 日志'")
            ).scalar_one()
        assert found > 0
    db.dispose()

    # When this program opens it
    db = open_database(location)
    try:
        assert _rows(db, "SELECT version_num FROM alembic_version") == [(head_revision(),)]
        # Then the converted index is document for document what a rebuild writes
        # (digests included: on PostgreSQL computed in SQL, here in Python)
        assert _rows(db, INDEX) == fresh
        if db.is_sqlite:
            assert all(terms is None for *_, terms in fresh)  # the text is not stored
        # and it finds words, single characters and only what the official may see
        assert {h.kind for h in search(db, ACTOR, "日志")} >= {"finding", "inspection"}
        assert search(db, ACTOR, "志")
        assert {h.province_code for h in search(db, ZHEJIANG, "演示", limit=500)} == {"330000"}
        hit = search(db, ACTOR, "双重审核机制")[0]
        assert hit.kind == "inspection" and hit.title.startswith(hit.case_number or "?")
    finally:
        db.dispose()
        databases.release(location)
