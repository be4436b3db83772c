"""Migration 0007 (attachment contents in the database) on a database holding data at 0006,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import inspect

from app.db.engine import Database, resolve_url
from app.db.migrate import current_revision, downgrade, upgrade
from tests.conftest import new_pg_name, pg_admin, pg_url

attachments = sa.table(
    "attachments",
    sa.column("id", sa.Uuid),
    sa.column("case_id", sa.Uuid),
    sa.column("owner_type", sa.String),
    sa.column("owner_id", sa.Uuid),
    sa.column("original_name", sa.String),
    sa.column("media_type", sa.String),
    sa.column("size", sa.BigInteger),
    sa.column("sha256", sa.String),
    sa.column("stored_path", sa.String),
    sa.column("added_by", sa.String),
    sa.column("added_at", sa.DateTime),
)
blobs = sa.table(
    "attachment_blobs",
    sa.column("sha256", sa.String),
    sa.column("size", sa.BigInteger),
    sa.column("content", sa.LargeBinary),
)

CONTENT = "现场检查照片".encode()
SHA = hashlib.sha256(CONTENT).hexdigest()


@pytest.fixture
def db(backend: str, tmp_path: Path) -> Iterator[Database]:
    """An empty database (no schema yet) on the backend under test."""
    if backend == "sqlite":
        database = Database(resolve_url(str(tmp_path / "m.sqlite3")))
        yield database
        database.dispose()
        return
    name = new_pg_name()
    pg_admin(f'CREATE DATABASE "{name}"')
    database = Database(resolve_url(pg_url(name)))
    yield database
    database.dispose()
    pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _rows(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(sa.select(attachments))]


def test_0007_adds_the_content_table_and_keeps_the_attachments(db: Database) -> None:
    # Given an office's database at 0006 with an attachment record
    upgrade(db, "0006")
    with db.engine.begin() as conn:
        conn.execute(
            attachments.insert().values(
                id=uuid.uuid4(),
                case_id=None,
                owner_type="case",
                owner_id=uuid.uuid4(),
                original_name="现场照片.png",
                media_type="image/png",
                size=len(CONTENT),
                sha256=SHA,
                stored_path=f"{SHA[:2]}/{SHA}",
                added_by="inspector_zj",
                added_at=datetime(2021, 5, 25, 2, 30),
            )
        )
    before = _rows(db)

    # When it is upgraded to 0007
    upgrade(db, "0007")

    # Then the attachment is unchanged and the content table is there, empty, keyed by hash
    with db.engine.connect() as conn:
        assert current_revision(conn) == "0007"
        columns = {c["name"]: c for c in inspect(conn).get_columns("attachment_blobs")}
        key = inspect(conn).get_pk_constraint("attachment_blobs")
        assert conn.execute(sa.select(sa.func.count()).select_from(blobs)).scalar_one() == 0
    assert _rows(db) == before
    assert set(columns) == {"sha256", "size", "content"}
    assert not any(c["nullable"] for c in columns.values())
    assert key["constrained_columns"] == ["sha256"]

    # and holds bytes exactly as given, once per content
    with db.engine.begin() as conn:
        conn.execute(blobs.insert().values(sha256=SHA, size=len(CONTENT), content=CONTENT))
    with pytest.raises(sa.exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(blobs.insert().values(sha256=SHA, size=len(CONTENT), content=CONTENT))
    with db.engine.connect() as conn:
        assert conn.execute(sa.select(blobs.c.content)).scalar_one() == CONTENT

    # Down again: the table goes, the attachment stays
    downgrade(db, "0006")
    with db.engine.connect() as conn:
        assert "attachment_blobs" not in inspect(conn).get_table_names()
    assert _rows(db) == before
