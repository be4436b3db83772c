"""Running the command line as ``python -m app`` would, and looking at its database from outside.

``Cli`` calls the program's entry point in this process, with the environment, the
arguments, standard input and output of a fresh process (a closed standard input,
captured output, the exit status the process would have): a process start costs
about half a second and the suite makes thousands of calls. ``Cli.process`` (and
``INSPECTDESK_TEST_CLI=subprocess`` for every call) runs a real ``python -m app``
instead, which a few tests keep doing to prove the installed command works.

Every test that takes ``cli`` runs on both backends (see tests/conftest.py): ``cli.db``
is a file path on SQLite and a URL (a database of the test's own) on PostgreSQL, and
``counts``, ``sha256``, ``sql``, ``query`` and ``copy_db`` take either.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import new_pg_name, pg_admin, pg_copy, pg_url

ROOT = Path(__file__).resolve().parents[2]

# A database on the command line: a SQLite file, or a PostgreSQL URL.
Db = Path | str


@dataclass(frozen=True)
class Result:
    rc: int
    out: str
    err: str

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"Result(rc={self.rc}, out={self.out[:2000]!r}, err={self.err[:2000]!r})"


def is_server(db: Db) -> bool:
    return isinstance(db, str) and "://" in db


class Cli:
    """Runs the command line against one database with a private data folder."""

    def __init__(self, db: Db, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir

    @property
    def on_server(self) -> bool:
        return is_server(self.db)

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("INSPECTDESK_DB", "INSPECTDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
        }
        env.update(
            INSPECTDESK_DATA_DIR=str(self.data_dir),
            LANG="C",
            PYTHONIOENCODING="utf-8",
            QT_QPA_PLATFORM="offscreen",
        )
        env.update(extra)
        return env

    def run_raw(self, *args: str, env: dict[str, str] | None = None) -> Result:
        if os.environ.get(CLI_MODE_ENV) == "subprocess":
            return self.process(*args, env=env)
        return run_in_process(list(args), env or self.env())

    def process(self, *args: str, env: dict[str, str] | None = None) -> Result:
        """A real ``python -m app`` process (slow: only where the process itself matters)."""
        proc = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=env or self.env(),
            capture_output=True,
            timeout=120,
        )
        return Result(
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
        )

    def __call__(self, *args: str, db: Db | None = None, lang: str | None = None) -> Result:
        options = ["--db", str(db or self.db)]
        if lang:
            options += ["--lang", lang]
        return self.run_raw(*options, *args)


CLI_MODE_ENV = "INSPECTDESK_TEST_CLI"
# Loggers the program gives a file handler once per process; a handler pointing at an
# earlier test's data folder must not outlive the call.
_PROGRAM_LOGGERS = ("inspectdesk", "inspectdesk.cli")


def run_in_process(argv: list[str], env: dict[str, str]) -> Result:
    """The program's ``main`` as a fresh process would run it: this environment only,
    no standard input, output captured as UTF-8 text, ``SystemExit`` turned into a status."""
    from app.cli import main

    saved_env = dict(os.environ)
    saved_streams = (sys.stdin, sys.stdout, sys.stderr)
    saved_argv = sys.argv
    out, err = io.StringIO(), io.StringIO()
    try:
        os.environ.clear()
        os.environ.update(env)
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), out, err
        sys.argv = [str(ROOT / "app" / "__main__.py"), *argv]
        try:
            rc = main(argv)
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code
            rc = code if isinstance(code, int) else (0 if code is None else 1)
            if code is not None and not isinstance(code, int):
                err.write(f"{code}\n")
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved_streams
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_env)
        for name in _PROGRAM_LOGGERS:
            logger = logging.getLogger(name)
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
                with contextlib.suppress(Exception):
                    handler.close()
    return Result(int(rc), out.getvalue(), err.getvalue())


# --- looking at a database from outside the program -----------------------------------------


def _pg_connect(url: str) -> Any:
    """A psycopg connection that hands back UUIDs and JSON as text, as sqlite3 does."""
    import psycopg
    from psycopg.types.string import TextLoader
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    conn = psycopg.connect(conninfo)
    for type_name in ("uuid", "json", "jsonb"):
        conn.adapters.register_loader(type_name, TextLoader)
    return conn


def query(db: Db, statement: str, *params: object) -> list[tuple[Any, ...]]:
    """Rows of a raw SQL statement (``?`` placeholders) run behind the program's back."""
    if is_server(db):
        with _pg_connect(str(db)) as conn:
            return list(conn.execute(statement.replace("?", "%s"), params).fetchall())
    conn = sqlite3.connect(db)
    try:
        return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def sql(db: Db, statement: str, *params: object) -> None:
    """Run and commit a raw SQL statement (``?`` placeholders) behind the program's back."""
    if is_server(db):
        with _pg_connect(str(db)) as conn:  # commits when the block ends
            conn.execute(statement.replace("?", "%s"), params)
        return
    conn = sqlite3.connect(db)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def _tables(db: Db) -> list[str]:
    if is_server(db):
        rows = query(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
    else:
        # (virtual tables left out: the search index's rows are in its shadow tables)
        rows = query(
            db,
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'",
        )
    return sorted(str(r[0]) for r in rows)


def counts(db: Db) -> dict[str, int]:
    """The row count of every table: equal before and after means nothing was written."""
    return {t: int(query(db, f'SELECT count(*) FROM "{t}"')[0][0]) for t in _tables(db)}


def sha256(target: Db) -> str:
    """The digest of a file; of a server database, the digest of every row of every table.

    Equal before and after means not a byte (a row) changed.
    """
    if is_server(target):
        digest = hashlib.sha256()
        for table in _tables(target):
            rows = query(target, f'SELECT * FROM "{table}"')
            digest.update(f"{table}:{sorted(map(repr, rows))}".encode())
        return digest.hexdigest()
    return hashlib.sha256(Path(target).read_bytes()).hexdigest()


def copy_db(template: Db, target: Db) -> Db:
    """Copy a database: a file with its WAL (if any) and its attachment folder, or a
    server database (attachments included: they are in it) over ``target``."""
    if is_server(template):
        from sqlalchemy.engine import make_url

        source, name = make_url(str(template)).database, make_url(str(target)).database
        pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        pg_copy(str(name), str(source))
        return target
    template, target = Path(template), Path(target)
    shutil.copy(template, target)
    for suffix in ("-wal", "-shm"):
        extra = template.with_name(template.name + suffix)
        if extra.exists():
            shutil.copy(extra, target.with_name(target.name + suffix))
    files = template.with_name(template.name + ".files")
    if files.is_dir():
        shutil.copytree(files, target.with_name(target.name + ".files"))
    return target


def stored_copy(cli: Cli, stored_path: str) -> Path:
    """The attachment file a SQLite database keeps in its ``.files`` folder."""
    assert isinstance(cli.db, Path)
    return cli.db.with_name(cli.db.name + ".files") / stored_path


def alter_attachment(cli: Cli, stored_path: str, content: bytes | None) -> None:
    """Change (or, with None, delete) a stored attachment behind the program's back."""
    if cli.on_server:
        sha = stored_path.rsplit("/", 1)[-1]
        if content is None:
            sql(cli.db, "DELETE FROM attachment_blobs WHERE sha256 = ?", sha)
        else:
            sql(cli.db, "UPDATE attachment_blobs SET content = ? WHERE sha256 = ?", content, sha)
        return
    path = stored_copy(cli, stored_path)
    if content is None:
        path.unlink()
    else:
        path.write_bytes(content)


# --- fixtures ---------------------------------------------------------------------------------


class NewDatabases:
    """Places for databases the command line creates: a file not there yet, or an empty
    database on the test server (no schema), dropped again at the end."""

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self.made: list[str] = []

    def new(self, folder: Path, name: str) -> Db:
        if self.backend == "sqlite":
            return folder / f"{name}.sqlite3"
        database = new_pg_name()
        pg_admin(f'CREATE DATABASE "{database}"')
        self.made.append(database)
        return pg_url(database)

    def drop(self) -> None:
        for database in self.made:
            pg_admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        self.made.clear()


@pytest.fixture(scope="module")
def module_databases(backend: str) -> Iterator[NewDatabases]:
    made = NewDatabases(backend)
    yield made
    made.drop()


@pytest.fixture
def new_databases(backend: str) -> Iterator[NewDatabases]:
    made = NewDatabases(backend)
    yield made
    made.drop()


@pytest.fixture(scope="module")
def templates(
    tmp_path_factory: pytest.TempPathFactory, module_databases: NewDatabases
) -> dict[str, Db]:
    """An initialised empty database and a demo database, built once per module."""
    folder = tmp_path_factory.mktemp("templates")
    empty = module_databases.new(folder, "empty")
    cli = Cli(empty, tmp_path_factory.mktemp("template-data"))
    result = cli("init")
    assert result.rc == 0, result
    demo = module_databases.new(folder, "demo")
    result = cli("init", db=demo)
    assert result.rc == 0, result
    result = cli("demo", db=demo)
    assert result.rc == 0, result
    return {"empty": empty, "demo": demo}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def cli(tmp_path: Path, data_dir: Path, new_databases: NewDatabases) -> Cli:
    """The command line on ``tmp_path/x.sqlite3`` (which does not exist yet), or on an
    empty database of the test's own on the PostgreSQL test server."""
    return Cli(new_databases.new(tmp_path, "x"), data_dir)


@pytest.fixture
def empty_cli(cli: Cli, templates: dict[str, Db]) -> Iterator[Cli]:
    """The command line on a copy of an initialised database without records."""
    copy_db(templates["empty"], cli.db)
    yield cli


@pytest.fixture
def demo_cli(cli: Cli, templates: dict[str, Db]) -> Iterator[Cli]:
    """The command line on a copy of the demo database (attachments included)."""
    copy_db(templates["demo"], cli.db)
    yield cli
