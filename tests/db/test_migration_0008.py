"""Migration 0008 (record versions): a database holding data at 0007 upgrades and keeps it.

The data is what the program wrote at 0007 (the demo data set, taken down to 0007),
and the upgrade is checked on the tables themselves: every row is still there with
every value it had, each editable record now has a version (the one it had, else
1) and says who changed it last and when, taken from its newest audit event.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from app.db.engine import Database
from app.db.migrate import current_revision, downgrade, open_database, upgrade
from app.services.casework import cases
from app.services.rectification import findings
from app.services.seed.demo import load_demo
from app.services.support import audit
from app.services.support.context import Actor

EDITABLE = (
    "users",
    "companies",
    "services",
    "summons",
    "summons_attendances",
    "cases",
    "assessment_reports",
    "reviews",
    "inspections",
    "checklist_results",
    "findings",
)
ADDED = ("version", "updated_at", "updated_by")


def _columns(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns(table)}


def _rows(db: Database, table: str) -> dict[Any, dict[str, Any]]:
    with db.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table}")).mappings().all()
    return {row["id"]: dict(row) for row in result}


@pytest.fixture
def at_0007(db: Database) -> Database:
    """The test database (SQLite or PostgreSQL) at revision 0007, holding the demo data set
    and the demo accounts, as the program at 0007 would have written them."""
    load_demo(db, Actor("migration-test", role="admin"), today=date(2025, 6, 30), with_users=True)
    downgrade(db, "0007")
    return db


def test_data_at_0007_upgrades_and_keeps_every_row(at_0007: Database) -> None:
    db = at_0007
    with db.engine.connect() as conn:
        assert current_revision(conn) == "0007"
    for table in EDITABLE:
        assert "updated_by" not in _columns(db, table), table
    before = {table: _rows(db, table) for table in EDITABLE}
    assert all(before[t] for t in ("users", "companies", "cases", "findings", "inspections"))
    with db.engine.connect() as conn:
        newest = {
            (entity_type, entity_id): (at, actor)
            for entity_type, entity_id, at, actor in conn.execute(
                text("SELECT entity_type, entity_id, at, actor FROM audit_events ORDER BY seq")
            )
        }

    assert upgrade(db).before == "0007"
    entity = {"findings": "finding", "companies": "company", "inspections": "inspection"}
    for table in EDITABLE:
        assert set(ADDED) <= _columns(db, table), table
        after = _rows(db, table)
        assert after.keys() == before[table].keys(), table
        for key, old in before[table].items():
            new = after[key]
            # every value the row had is unchanged
            assert {k: new[k] for k in old} == old, (table, key)
            if "version" not in old:
                assert new["version"] == 1, (table, key)
            assert new["updated_at"] is not None, (table, key)
            if table in entity:
                event = newest.get((entity[table], str(uuid.UUID(str(key)))))
                if event is not None:
                    assert (new["updated_at"], new["updated_by"]) == event, (table, key)
    # The users who loaded the demo are named as the last writers
    assert {r["updated_by"] for r in _rows(db, "findings").values()} == {"migration-test"}


def test_the_upgraded_database_is_edited_with_versions(at_0007: Database) -> None:
    upgrade(at_0007)
    db = open_database(at_0007.url)  # as the program opens it
    try:
        actor = Actor("demo_supervisor", role="supervisor")
        number = cases.list_cases(db, actor, as_of=date(2025, 6, 30))[0].case_number
        detail = cases.show_case(db, actor, number)
        assert detail.version >= 1 and detail.updated_by == "migration-test"
        finding = next(f for f in detail.findings)
        edit = findings.FindingEdit(
            finding.item_code, finding.severity, finding.description + "（补充）"
        )
        saved = findings.update_finding(
            db, actor, number, finding.number, edit, expected_version=finding.version
        )
        assert (saved.version, saved.updated_by) == (finding.version + 1, "demo_supervisor")
        assert audit.verify_chain(db).ok
        with db.read() as session:
            from app.db.models import User

            names = session.execute(select(User.login, User.version)).all()
        assert names and all(version == 1 for _, version in names)
    finally:
        db.dispose()
