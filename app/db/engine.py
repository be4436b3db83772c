"""Opening a database: URL resolution, connection settings and session scopes."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import ValidationError
from app.paths import DB_ENV, default_database_path

BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 10


# The database backends the program can open (SQLAlchemy backend names).
BACKENDS = ("sqlite", "postgresql")


def resolve_url(db: str | None) -> URL:
    """``--db`` wins, then ``INSPECTDESK_DB``, then the file in the user's data folder.

    A value containing ``://`` is a SQLAlchemy URL; anything else is a file path. A URL
    that cannot be read (``db.bad_url``) or names another kind of database than SQLite
    or PostgreSQL (``db.unsupported_url``) is refused naming it, its password hidden.
    """
    value = db or os.environ.get(DB_ENV) or str(default_database_path())
    if "://" in value:
        try:
            url = make_url(value)
        except (ArgumentError, ValueError) as exc:
            raise ValidationError(
                "db.bad_url", url=_hide_password(value), reason=_reason(exc)
            ) from exc
        if url.get_backend_name() not in BACKENDS:
            raise ValidationError("db.unsupported_url", url=_shown(url), scheme=url.drivername)
        return url
    bad = next((i for i, c in enumerate(value, 1) if unicodedata.category(c) in ("Cc", "Cs")), 0)
    if bad:  # a control or undecodable character: a file of that name is never meant
        raise ValidationError(
            "db.bad_path", path=value.encode("unicode_escape").decode(), position=bad
        )
    return URL.create("sqlite+pysqlite", database=str(Path(value).expanduser().resolve()))


def _hide_password(text: str) -> str:
    """A URL that could not be parsed, with whatever stands for its password masked."""
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", text)


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for in-memory and other backends."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _on_sqlite_begin); pysqlite's own
    # transaction handling would otherwise defer it and break IMMEDIATE.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN so that two writers queue on the busy
    # timeout instead of one failing when it upgrades a read lock mid-transaction.
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: URL) -> Engine:
    if is_sqlite(url):
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        # A server that does not answer (switched off, a firewall) is told in seconds,
        # not after the operating system's TCP timeout of minutes.
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:  # a driver not known or not installed
        raise ValidationError("db.unsupported_url", url=_shown(url), scheme=url.drivername) from exc


class Database:
    """Owns the engine of one database; hands out short sessions to the services."""

    def __init__(self, url: URL, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(write=True), expire_on_commit=False
        )
        # The write session open in this thread, if any: use cases called inside
        # another one (loading the demo data set, a summons opening its cases)
        # join its transaction instead of committing on their own.
        self._outer: ContextVar[Session | None] = ContextVar(f"outer-{id(self)}", default=None)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def attachments_dir(self) -> Path:
        """Where attachment files live: beside the SQLite file, else in the data folder."""
        if self.file is not None:
            return self.file.with_name(self.file.name + ".files")
        from app.paths import data_dir

        safe = "".join(c if c.isalnum() else "_" for c in self.url.render_as_string())
        return data_dir() / "server-files" / safe[:80]

    def display_name(self) -> str:
        return str(self.file) if self.file else self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the outermost block ends, rolled back on any error."""
        outer = self._outer.get()
        if outer is not None:
            yield outer
            return
        with self._write() as session, session.begin():
            token = self._outer.set(session)
            try:
                yield session
            finally:
                self._outer.reset(token)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; inside a write block it is that block's session."""
        outer = self._outer.get()
        if outer is not None:
            yield outer
            return
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
