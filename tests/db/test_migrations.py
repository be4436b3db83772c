"""Alembic migrations: from empty, down and up again, with data at the previous revision,
the refusal of a newer schema, and the settings of every SQLite connection."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.db.engine import BUSY_TIMEOUT_MS, Database, resolve_url
from app.db.migrate import (
    HEAD,
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    open_database,
    upgrade,
)
from app.db.models import Base
from app.domain.errors import ConflictError
from app.services.support.audit import GENESIS, event_hash, verify_chain

# The raw-SQL data test is written against the bare schema of 0001 (every later
# revision must carry such rows forward); the demo test below runs at the
# revision just before head.
PREVIOUS = "0001"


def _previous_of_head() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    previous = script.get_revision(head_revision()).down_revision
    assert isinstance(previous, str)
    return previous


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(resolve_url(str(tmp_path / "m.sqlite3")))
    yield database
    database.dispose()


def _revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return current_revision(conn)


def _count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        # (SQLite's own tables, such as sqlite_sequence for AUTOINCREMENT, left out)
        rows = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        )
        return {r[0] for r in rows}


def test_previous_revision_is_known() -> None:
    # Adding a revision means revisiting the data tests below.
    assert _previous_of_head() == "0009"


def test_the_head_constant_is_alembics_head() -> None:
    # open_database skips Alembic for a database at HEAD: a stale HEAD would leave a
    # database at the previous revision un-upgraded.
    assert head_revision() == HEAD


def test_a_database_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "at-head.sqlite3"
    open_database(str(path)).dispose()
    probe = (
        "import sys; from app.db.migrate import open_database; "
        f"open_database({str(path)!r}).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_demo_data_at_the_previous_revision_survives_the_upgrade(tmp_path: Path) -> None:
    from datetime import date

    from app.services.casework import cases
    from app.services.seed.demo import load_demo
    from app.services.support.context import Actor

    path = tmp_path / "prev.sqlite3"
    # Loaded at head, then taken down: today's use cases write what later revisions add.
    db = open_database(str(path))
    actor = Actor("migration-test", role="admin")
    try:
        load_demo(db, actor, today=date(2025, 6, 30))
        downgrade(db, _previous_of_head())
        counts = {t: _count(db, t) for t in ("companies", "cases", "findings", "audit_events")}
    finally:
        db.dispose()
    db = open_database(str(path))  # upgrades to head
    try:
        assert _revision(db) == head_revision()
        assert {t: _count(db, t) for t in counts} == counts
        assert len(cases.list_cases(db, actor, as_of=date(2025, 6, 30))) == 11
        assert verify_chain(db).ok
    finally:
        db.dispose()


def test_upgrade_from_empty_to_head(empty_db: Database) -> None:
    assert _revision(empty_db) is None
    result = upgrade(empty_db)
    assert result.before is None
    assert result.after == head_revision()
    assert result.backup is None  # nothing to copy: there was no data
    assert _revision(empty_db) == head_revision()

    assert _count(empty_db, "provinces") == 34
    assert _count(empty_db, "assessment_items") == 8
    assert _count(empty_db, "report_triggers") == 5
    with empty_db.engine.connect() as conn:
        triggers = {
            code: (kind, period, unit)
            for code, kind, period, unit in conn.execute(
                text("SELECT code, due_kind, period, period_unit FROM report_triggers")
            )
        }
        zhejiang = conn.execute(
            text("SELECT abbr, name_zh FROM provinces WHERE code = '330000'")
        ).one()
    assert triggers["T3"] == ("within", 30, "working")
    assert triggers["T1"][0] == triggers["T2"][0] == "before_launch"
    assert zhejiang == ("ZJ", "浙江省")

    # Upgrading a database already at head is a no-op that copies nothing.
    again = upgrade(empty_db)
    assert again.before == again.after == head_revision()
    assert again.backup is None


def test_migrated_schema_matches_the_models(empty_db: Database) -> None:
    upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(context, Base.metadata)
    # Nothing is filtered out: every table, column, type, index, unique and foreign key
    # constraint the models declare is exactly what the migrations create.
    assert differences == []
    assert {t for t in _tables(empty_db) if t != "alembic_version"} == set(Base.metadata.tables)


def test_downgrade_to_previous_and_upgrade_again(empty_db: Database) -> None:
    upgrade(empty_db)
    at_head = (_tables(empty_db), _indexes(empty_db))
    previous = _previous_of_head()
    downgrade(empty_db, previous)
    assert _revision(empty_db) == previous
    assert (_tables(empty_db), _indexes(empty_db)) != at_head  # the newest revision is undone

    result = upgrade(empty_db)
    assert (result.before, result.after) == (previous, head_revision())
    assert _revision(empty_db) == head_revision()
    assert (_tables(empty_db), _indexes(empty_db)) == at_head
    assert _count(empty_db, "provinces") == 34


def _indexes(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        return {r[0] for r in rows}


def test_downgrade_to_base_and_upgrade_again(empty_db: Database) -> None:
    upgrade(empty_db)
    downgrade(empty_db, "base")
    assert _revision(empty_db) is None
    assert _tables(empty_db) <= {"alembic_version"}
    upgrade(empty_db)
    assert _revision(empty_db) == head_revision()
    assert _count(empty_db, "assessment_items") == 8


# --- a database holding data at the previous revision -------------------------------------

NOW = datetime(2021, 3, 18, 9, 30, 0)  # stored naive, meaning UTC (app.db.types)


def _insert_realistic_rows(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Rows as the 0001 program wrote them (SQLAlchemy's storage forms: UUID as 32 hex)."""
    company_id = uuid.uuid4().hex
    case_id = uuid.uuid4().hex
    finding_id = uuid.uuid4().hex
    event_id = uuid.uuid4()
    ts = NOW.isoformat(sep=" ", timespec="microseconds")
    # An office's own edits of reference rows that 0002 also ships.
    conn.execute(
        "INSERT INTO provinces (code, abbr, name_zh, name_en) VALUES (?, ?, ?, ?)",
        ("330000", "ZJ", "浙江省（本地修改）", "Zhejiang (edited locally)"),
    )
    conn.execute(
        "INSERT INTO assessment_items (code, name_zh, name_en, basis) VALUES (?, ?, ?, ?)",
        ("A1", "本地评估项", "Local item", "local basis"),
    )
    conn.execute(
        "INSERT INTO report_triggers (code, name_zh, name_en, due_kind, period, period_unit, basis)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        ("T3", "用户规模显著增加", "Users grow", "within", 20, "working", "edited"),
    )
    conn.execute(
        "INSERT INTO companies (id, credit_code, name_zh, name_en, short_name, province_code,"
        " address, legal_representative, contact_name, contact_phone, contact_email, is_demo,"
        " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            company_id,
            "91330100MA2KXXXX1A",
            "杭州某某网络科技有限公司",
            "Hangzhou Example Network Technology Co., Ltd.",
            "某某网络",
            "330000",
            "浙江省杭州市西湖区文三路 1 号",
            "张三",
            "李四",
            "0571-88888888",
            "lisi@example.cn",
            0,
            ts,
            1,
        ),
    )
    conn.execute(
        "INSERT INTO case_counters (province_code, year, last_seq) VALUES ('330000', 2021, 7)"
    )
    conn.execute(
        "INSERT INTO cases (id, case_number, province_code, year, seq, company_id, summons_id,"
        " status, opened_on, closed_on, outcome, closing_note, created_at, updated_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, NULL, NULL, ?, ?, ?)",
        (
            case_id,
            "ZJ-2021-0007",
            "330000",
            2021,
            7,
            company_id,
            "rectification",
            "2021-03-18",
            ts,
            ts,
            3,
        ),
    )
    conn.execute(
        "INSERT INTO findings (id, case_id, number, source, review_id, inspection_id, item_code,"
        " severity, description, legal_basis, required_rectification, raised_on,"
        " original_deadline, current_deadline, deadline_provisional, status,"
        " rectification_evidence, submitted_on, verified_by, verified_on, waive_reason,"
        " waived_by, waived_on, created_at, version)"
        " VALUES (?, ?, 1, 'review', NULL, NULL, 'A1', 'major', ?, ?, ?, '2021-03-18',"
        " '2021-04-29', '2021-05-31', 0, 'open', '', NULL, NULL, NULL, NULL, NULL, NULL, ?, 2)",
        (
            finding_id,
            case_id,
            "未落实用户真实身份信息登记",
            "《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》第五条",
            "30 个工作日内完成整改并报送材料",
            ts,
        ),
    )
    after = {"case_number": "ZJ-2021-0007", "status": "opened", "note": "立案"}
    digest = event_hash(
        seq=1,
        event_id=str(event_id),
        at=NOW.replace(tzinfo=UTC),
        actor="inspector_zj",
        action="case.open",
        entity_type="case",
        entity_id=str(uuid.UUID(case_id)),
        case_id=str(uuid.UUID(case_id)),
        before=None,
        after=after,
        prev_hash=GENESIS,
    )
    conn.execute(
        "INSERT INTO audit_events (seq, id, at, actor, action, entity_type, entity_id, case_id,"
        " before, after, prev_hash, hash) VALUES (1, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)",
        (
            event_id.hex,
            ts,
            "inspector_zj",
            "case.open",
            "case",
            str(uuid.UUID(case_id)),
            case_id,
            json.dumps(after, ensure_ascii=False),
            GENESIS,
            digest,
        ),
    )
    conn.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, 1, ?)", (digest,))
    conn.commit()
    return _dump(conn)


DATA_TABLES = (
    "provinces",
    "assessment_items",
    "report_triggers",
    "companies",
    "case_counters",
    "cases",
    "findings",
    "audit_events",
    "audit_head",
)


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in DATA_TABLES}


def test_data_at_previous_revision_survives_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = Database(resolve_url(str(path)))
    try:
        upgrade(db, PREVIOUS)
        assert _revision(db) == PREVIOUS
        assert _count(db, "provinces") == 0  # 0001 is the bare schema
    finally:
        db.dispose()

    conn = sqlite3.connect(path)
    try:
        before = _insert_realistic_rows(conn)
    finally:
        conn.close()

    db = Database(resolve_url(str(path)))
    try:
        result = upgrade(db)
        assert (result.before, result.after) == (PREVIOUS, head_revision())
        assert _revision(db) == head_revision()
        assert verify_chain(db).ok  # the audit event is still intact and still chained
    finally:
        db.dispose()

    conn = sqlite3.connect(path)
    try:
        after = _dump(conn)
        # Every row written at 0001 is still there, equal in every column it had
        # (later revisions may add columns; ADD COLUMN puts them at the end).
        for table, rows in before.items():
            for row in rows:
                assert row in [r[: len(row)] for r in after[table]], (table, row)
        # 0002 added the missing reference rows but left the office's edits alone.
        assert conn.execute(
            "SELECT name_zh, name_en FROM provinces WHERE code = '330000'"
        ).fetchone() == ("浙江省（本地修改）", "Zhejiang (edited locally)")
        assert conn.execute("SELECT period FROM report_triggers WHERE code = 'T3'").fetchone() == (
            20,
        )
        assert conn.execute("SELECT count(*) FROM provinces").fetchone() == (34,)
        assert conn.execute("SELECT count(*) FROM assessment_items").fetchone() == (8,)
        assert conn.execute("SELECT count(*) FROM report_triggers").fetchone() == (5,)
    finally:
        conn.close()

    # A timestamped copy of the file as it was before the migration, beside it.
    assert result.backup is not None
    assert result.backup.parent == path.parent
    assert re.fullmatch(
        re.escape(path.name) + r"\.\d{8}-\d{6}\.rev-0001\.bak", result.backup.name
    ), result.backup.name
    backups = list(tmp_path.glob("office.sqlite3.*.rev-0001.bak"))
    assert backups == [result.backup]
    copy = sqlite3.connect(result.backup)
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (PREVIOUS,)
        assert _dump(copy) == before
    finally:
        copy.close()

    # Opening the upgraded database through the program works and finds the case.
    db = open_database(str(path))
    try:
        with db.engine.connect() as c:
            assert c.execute(text("SELECT case_number FROM cases")).scalars().all() == [
                "ZJ-2021-0007"
            ]
    finally:
        db.dispose()


# --- a newer schema ------------------------------------------------------------------------


def _stamp_newer(path: Path, journal_mode: str | None = None) -> None:
    db = open_database(str(path))
    db.dispose()
    conn = sqlite3.connect(path)
    try:
        if journal_mode:
            conn.execute(f"PRAGMA journal_mode = {journal_mode}")
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    finally:
        conn.close()


def _files_beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    _stamp_newer(path)
    digest, files = _sha(path), _files_beside(path)

    with pytest.raises(ConflictError) as info:
        open_database(str(path))
    assert info.value.code == "db.newer_schema"
    assert info.value.values["revision"] == "9999"
    assert info.value.values["head"] == head_revision()
    assert "newer" in info.value.render("en")
    assert "9999" in info.value.render("zh")

    db = Database(resolve_url(str(path)))
    try:
        with pytest.raises(ConflictError):
            upgrade(db)
    finally:
        db.dispose()

    assert _sha(path) == digest
    assert _files_beside(path) == files  # no backup copy, no leftover -wal/-shm
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    finally:
        conn.close()


def test_newer_schema_in_rollback_journal_mode_is_left_untouched(tmp_path: Path) -> None:
    # A backup made by `python -m app backup` is in DELETE journal mode, as is a file
    # made by other SQLite tools; refusing it must not change a single byte either.
    path = tmp_path / "newer.sqlite3"
    _stamp_newer(path, journal_mode="DELETE")
    digest = _sha(path)
    with pytest.raises(ConflictError):
        open_database(str(path))
    assert _sha(path) == digest


# --- connection settings -------------------------------------------------------------------


def test_every_sqlite_connection_has_the_pragmas(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "p.sqlite3"))
    try:
        # Two connections at once: the pool cannot hand back the same one.
        with db.engine.connect() as first, db.engine.connect() as second:
            for conn in (first, second):
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
                timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
                assert timeout > 0
                assert timeout == BUSY_TIMEOUT_MS
        with db.read() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        with db.write() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar_one() > 0
    finally:
        db.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "fk.sqlite3"))
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO case_counters (province_code, year, last_seq)"
                    " VALUES ('999999', 2021, 1)"
                )
            )
        assert _count(db, "case_counters") == 0
    finally:
        db.dispose()
