"""The same Alembic migrations on PostgreSQL: create, match the models, go down and up
again, carry data forward, and refuse a newer schema untouched.

The SQLite side (and what only a SQLite file has: the copy made before a migration)
is in test_migrations.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.db.engine import Database, resolve_url
from app.db.migrate import (
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    open_database,
    upgrade,
)
from app.db.models import Base
from app.domain.errors import ConflictError, ValidationError
from app.services.support.audit import verify_chain
from app.services.support.context import Actor
from tests.conftest import new_pg_name, pg_admin, pg_url

pytestmark = pytest.mark.pg_only


@pytest.fixture
def url(backend: str) -> Iterator[str]:
    """An empty database (no schema) on the test server."""
    name = new_pg_name()
    pg_admin(f'CREATE DATABASE "{name}"')
    yield pg_url(name)
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_db(url: str) -> Iterator[Database]:
    database = Database(resolve_url(url))
    yield database
    database.dispose()


def _revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return current_revision(conn)


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _schema(db: Database) -> tuple[set[str], set[str]]:
    """Table names and index names."""
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        indexes = set(
            conn.execute(text("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))
            .scalars()
            .all()
        )
    return tables, indexes


def _previous_of_head() -> str:
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    assert isinstance(previous.down_revision, str)
    return previous.down_revision


def test_upgrade_from_empty_to_head(empty_db: Database) -> None:
    result = upgrade(empty_db)
    assert (result.before, result.after, result.backup) == (None, head_revision(), None)
    assert _revision(empty_db) == head_revision()
    assert _count(empty_db, "provinces") == 34
    assert _count(empty_db, "assessment_items") == 8
    assert _count(empty_db, "report_triggers") == 5
    tables, indexes = _schema(empty_db)
    assert "attachment_blobs" in tables
    # The dialect-specific parts: the partial index of unresolved findings and the
    # full-text index of the search documents.
    assert {"ix_findings_case_unresolved", "ix_search_documents_terms_tsv"} <= indexes
    again = upgrade(empty_db)
    assert again.before == again.after == head_revision()


def test_migrated_schema_matches_the_models(empty_db: Database) -> None:
    upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_object": _not_sqlite_only,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def _not_sqlite_only(obj: object, name: str | None, type_: str, *_: object) -> bool:
    # The FTS5 tables are SQLite's search index (PostgreSQL has an expression index
    # instead, made by 0005 and not a model's index).
    if type_ == "table":
        return not getattr(obj, "info", {}).get("sqlite_fts5")
    return not (type_ == "index" and name == "ix_search_documents_terms_tsv")


def test_downgrade_to_base_and_upgrade_again(empty_db: Database) -> None:
    upgrade(empty_db)
    at_head = _schema(empty_db)
    downgrade(empty_db, _previous_of_head())
    assert _schema(empty_db) != at_head
    downgrade(empty_db, "base")
    assert _revision(empty_db) is None
    assert _schema(empty_db)[0] <= {"alembic_version"}
    upgrade(empty_db)
    assert _schema(empty_db) == at_head
    assert _count(empty_db, "provinces") == 34


def test_demo_data_at_the_previous_revision_survives_the_upgrade(url: str) -> None:
    from app.services.casework import cases
    from app.services.overview import search
    from app.services.seed.demo import load_demo

    actor = Actor("migration-test", role="admin")
    db = open_database(url)
    try:
        load_demo(db, actor, today=date(2025, 6, 30))
        downgrade(db, _previous_of_head())
        tables = ("companies", "cases", "findings", "attachments", "audit_events")
        counts = {t: _count(db, t) for t in tables}
    finally:
        db.dispose()
    db = open_database(url)  # upgrades to head
    try:
        assert _revision(db) == head_revision()
        assert {t: _count(db, t) for t in counts} == counts
        assert len(cases.list_cases(db, actor, as_of=date(2025, 6, 30))) == 11
        assert search.search(db, actor, "日志")
        assert verify_chain(db).ok
    finally:
        db.dispose()


def test_newer_schema_is_refused_and_left_untouched(url: str) -> None:
    open_database(url).dispose()
    db = Database(resolve_url(url))
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        db.dispose()
    with pytest.raises(ConflictError) as refused:
        open_database(url)
    assert refused.value.code == "db.newer_schema"
    db = Database(resolve_url(url))
    try:
        assert _revision(db) == "9999"
    finally:
        db.dispose()


def test_a_closed_port_is_unreachable_with_the_password_hidden(backend: str) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ValidationError) as refused:
        open_database(f"postgresql+psycopg://clerk:s3cret@127.0.0.1:{port}/inspectdesk")
    assert refused.value.code == "db.unreachable"
    message = refused.value.render("en")
    assert f"127.0.0.1:{port}" in message and "s3cret" not in message
    assert "Cannot open the database" in message
    assert "无法打开数据库" in refused.value.render("zh")
