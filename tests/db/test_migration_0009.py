"""Migration 0009 (case exchange state): a database at 0008 holding data upgrades, keeps its
records and can exchange them at once; taking 0009 down again keeps them too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

from app.db.engine import Database
from app.db.migrate import downgrade, head_revision, open_database
from app.services.exchange import export_package, import_package, plan_import
from app.services.support.audit import verify_chain
from app.services.support.context import Actor
from tests.conftest import Databases, location_of

EXCHANGE_TABLES = {"exchange_records", "exchange_conflicts", "exchange_imports"}
DATA_TABLES = ("companies", "cases", "findings", "inspections", "attachments", "audit_events")
ACTOR = Actor("migration-test", role="supervisor")


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in DATA_TABLES
        }


def _revision(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())


def test_a_database_at_0008_with_data_upgrades_and_exchanges(
    backend: str, databases: Databases, tmp_path: Path
) -> None:
    # Given a database with the demo data, taken down to 0008 (as an older program left it)
    db = databases.open_demo(backend, tmp_path, ACTOR, date(2025, 6, 30))
    location = location_of(db)
    downgrade(db, "0008")
    assert _revision(db) == "0008"
    assert not EXCHANGE_TABLES & _tables(db)
    counts = _counts(db)
    db.dispose()

    # When this program opens it
    db = open_database(location)
    try:
        # Then it is at head with every record kept and empty exchange state
        assert _revision(db) == head_revision()
        assert _tables(db) >= EXCHANGE_TABLES
        with db.engine.connect() as conn:
            for table in EXCHANGE_TABLES:
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        assert _counts(db) == counts
        assert verify_chain(db).ok
        # And its cases can be exchanged at once
        package = export_package(db, ACTOR, tmp_path / "zj.zip", province="330000").path
        other = databases.open(backend, tmp_path, "other")
        try:
            assert import_package(other, ACTOR, package).new["case"] == 2
            export_package(other, ACTOR, tmp_path / "back.zip", province="330000")
        finally:
            databases.close(other)
        assert plan_import(db, ACTOR, tmp_path / "back.zip").total("conflicts") == 0
    finally:
        db.dispose()
        databases.release(location)


def test_taking_0009_down_keeps_the_records(
    backend: str, databases: Databases, tmp_path: Path
) -> None:
    db = databases.open_demo(backend, tmp_path, ACTOR, date(2025, 6, 30))
    try:
        export_package(db, ACTOR, tmp_path / "zj.zip", province="330000")  # exchange state exists
        counts = _counts(db)
        downgrade(db, "0008")
        assert not EXCHANGE_TABLES & _tables(db)
        assert _counts(db) == counts
    finally:
        databases.close(db)
