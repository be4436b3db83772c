"""Bringing a database to the schema this version of the program expects.

Start-up calls :func:`open_database`: it refuses a database written by a newer
program (leaving it untouched), copies an existing SQLite file aside before any
migration changes it, and runs the Alembic migrations on one shared connection.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from app.db.engine import Database, resolve_url
from app.domain.errors import ConflictError, ValidationError
from app.paths import migrations_path

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in db/migrations/versions, so that opening a database already at
# head (every start but the first after an update) needs no Alembic: importing it and
# reading the scripts costs more than the rest of a short command.  A test checks that
# this is Alembic's head; a new migration changes it.
HEAD = "0010"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.set_main_option("path_separator", "os")
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def _sqlite_revision(path: Path) -> str | None:
    # With no WAL file beside it the database file is complete: "immutable" reads it
    # without creating -wal/-shm files; otherwise read through the WAL, read-only.
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        return _read_revision(connection)
    except sqlite3.Error as exc:
        raise ValidationError("db.unreachable", url=str(path), reason=str(exc)) from exc


def _read_revision(connection: sqlite3.Connection) -> str | None:
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


def _backup_sqlite(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.rev-{revision}.bak")
    # The online backup API gives a consistent copy even with a WAL file beside it.
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(db: Database, revision: str = "head") -> MigrationResult:
    """Migrate ``db`` to ``revision``; raises ConflictError for a newer schema."""
    file = db.file
    if file is not None and file.exists():
        # Read the revision without the engine: its connections switch the file to
        # WAL, and a database from a newer program must be refused untouched.
        before = _sqlite_revision(file)
    else:
        with db.engine.connect() as connection:
            before = current_revision(connection)
            connection.rollback()
    if revision == "head" and before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before not in known_revisions():
        raise ConflictError("db.newer_schema", revision=before, head=head_revision())
    target = head_revision() if revision == "head" else revision
    if before == target:
        return MigrationResult(before, target, None)
    backup = None
    if before is not None and file is not None and file.exists():
        backup = _backup_sqlite(file, before)
    from alembic import command

    with db.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return MigrationResult(before, target, backup)


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    with db.engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def open_database(db: str | URL | None = None) -> Database:
    """Open (creating if need be) and migrate the database named by ``--db``/env/default."""
    url = db if isinstance(db, URL) else resolve_url(db)
    database = Database(url)
    try:
        if not database.is_sqlite:
            _reach_server(database)
        upgrade(database)
    except BaseException:
        database.dispose()
        raise
    return database


def _reach_server(db: Database) -> None:
    """Connect once, so that a server that is down, unknown or refusing the login is told
    as ``db.unreachable`` (with the password hidden) by the GUI and every command."""
    try:
        with db.engine.connect():
            pass
    except DBAPIError as exc:
        reason = " ".join(str(exc.orig or exc).split())
        raise ValidationError("db.unreachable", url=db.display_name(), reason=reason) from exc
