"""Shared fixtures: a fresh migrated database per test, on SQLite and on PostgreSQL.

Every test that asks for ``db`` (or ``backend``) runs once per backend: ``sqlite``
(a file in the test's folder) and ``pg`` (a database of its own on the server named
by ``INSPECTDESK_TEST_PG``, which ``scripts/test.sh`` starts). Without that variable
the ``pg`` runs are skipped and say why. ``--backend=sqlite|pg|both`` chooses.

Both backends migrate once per session into a template (a file copied per test on
SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL); ``open_database`` still opens
each copy, so a test sees exactly what the program sees.

tests/ui runs on SQLite only (the widgets do not care, and the GUI tests are slow);
mark a test there ``@pytest.mark.both_backends`` to run it on PostgreSQL too. Mark a
test anywhere ``@pytest.mark.sqlite_only`` when it is about the SQLite file itself.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db.engine import Database
from app.db.migrate import open_database
from app.services.support.context import Actor

PG_ENV = "INSPECTDESK_TEST_PG"
BACKENDS = ("sqlite", "pg")
NO_SERVER = f"no PostgreSQL test server: {PG_ENV} is not set (scripts/test.sh starts one)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "pg", "both"),
        default="both",
        help=f"database backend(s) for the tests that take `db` (default: both; pg needs {PG_ENV})",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about the SQLite file itself")
    config.addinivalue_line("markers", "pg_only: the test is about the PostgreSQL server")
    config.addinivalue_line(
        "markers", "both_backends: run a tests/ui test on PostgreSQL as well as SQLite"
    )


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get(PG_ENV)
    return f"database backends: {config.getoption('--backend')}; PostgreSQL: {url or 'none'}"


def _wanted_backends(metafunc: pytest.Metafunc) -> list[str]:
    choice = metafunc.config.getoption("--backend")
    wanted = list(BACKENDS) if choice == "both" else [choice]
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return ["sqlite"] if "sqlite" in wanted else []
    if metafunc.definition.get_closest_marker("pg_only"):
        return ["pg"] if "pg" in wanted else []
    in_ui = Path(str(metafunc.definition.path)).parent.name == "ui"
    if in_ui and not metafunc.definition.get_closest_marker("both_backends"):
        return ["sqlite"] if "sqlite" in wanted else []
    return wanted


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    params = []
    for name in _wanted_backends(metafunc):
        marks = (
            [pytest.mark.skip(reason=NO_SERVER)]
            if name == "pg" and not os.environ.get(PG_ENV)
            else []
        )
        params.append(pytest.param(name, id=name, marks=marks))
    if not params:
        reason = f"not for --backend={metafunc.config.getoption('--backend')}"
        params = [pytest.param("none", id="none", marks=pytest.mark.skip(reason=reason))]
    # Module scope: a module's tests run per backend in turn, so module fixtures that
    # build a database (a demo data set, say) are built once per backend.
    metafunc.parametrize("backend", params, scope="module")


def pg_admin(statement: str) -> None:
    """Run one statement (CREATE/DROP DATABASE) on the test server's ``postgres`` database."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(NO_SERVER)
    engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


_FILE_COPY: list[str] = []  # the STRATEGY clause, once the server's version is known


def pg_copy(name: str, template: str) -> None:
    """Create database ``name`` as a copy of ``template`` on the test server."""
    if not _FILE_COPY:
        from sqlalchemy import create_engine, text

        engine = create_engine(os.environ[PG_ENV])
        try:
            with engine.connect() as conn:
                version = int(conn.execute(text("SHOW server_version_num")).scalar_one())
        finally:
            engine.dispose()
        # PostgreSQL 15 copies block by block through the WAL by default; copying the
        # files is five times faster for databases this small (and fsync is off).
        _FILE_COPY.append(" STRATEGY FILE_COPY" if version >= 150000 else "")
    pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{_FILE_COPY[0]}')


def pg_url(name: str) -> str:
    """The URL of database ``name`` on the test server."""
    from sqlalchemy.engine import make_url

    return make_url(os.environ[PG_ENV]).set(database=name).render_as_string(hide_password=False)


def new_pg_name() -> str:
    return f"t_{os.getpid()}_{uuid.uuid4().hex[:12]}"


class Databases:
    """Makes fresh migrated databases on either backend, from templates made once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._sqlite_template: Path | None = None
        self._pg_template: str | None = None
        self._made: dict[int, str] = {}
        self._demos: dict[tuple[str, Actor, date], str] = {}

    def _sqlite_template_file(self) -> Path:
        if self._sqlite_template is None:
            path = self.root / "template.sqlite3"
            open_database(str(path)).dispose()  # leaves a complete file: no -wal beside it
            self._sqlite_template = path
        return self._sqlite_template

    def _pg_template_name(self) -> str:
        if self._pg_template is None:
            name = f"inspectdesk_tmpl_{os.getpid()}"
            pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            pg_admin(f'CREATE DATABASE "{name}"')
            open_database(pg_url(name)).dispose()
            self._pg_template = name
        return self._pg_template

    def location(self, backend: str, folder: Path, name: str = "test") -> str:
        """Where a new migrated database is: a file path on SQLite, a URL on PostgreSQL.

        Nothing has the database open yet; :meth:`release` drops a PostgreSQL one.
        """
        if backend == "sqlite":
            path = folder / f"{name}.sqlite3"
            shutil.copy(self._sqlite_template_file(), path)
            return str(path)
        database = new_pg_name()
        pg_copy(database, self._pg_template_name())
        return pg_url(database)

    def release(self, location: str) -> None:
        """Drop a PostgreSQL database made here (SQLite files go with the test's folder)."""
        if location.startswith("postgresql"):
            from sqlalchemy.engine import make_url

            pg_admin(f'DROP DATABASE IF EXISTS "{make_url(location).database}" WITH (FORCE)')

    def open(self, backend: str, folder: Path, name: str = "test") -> Database:
        return self._opened(open_database(self.location(backend, folder, name)))

    def _opened(self, database: Database) -> Database:
        self._made[id(database)] = database.url.render_as_string(hide_password=False)
        return database

    def close(self, database: Database) -> None:
        database.dispose()
        location = self._made.pop(id(database), None)
        if location is not None:
            self.release(location)

    def open_demo(self, backend: str, folder: Path, actor: Actor, today: date) -> Database:
        """A fresh database holding the demo data set as ``actor`` loaded it on ``today``.

        Loaded once per session and backend (loading takes seconds), then copied:
        attachments included (the ``.files`` folder on SQLite, the database on a server).
        """
        from sqlalchemy.engine import make_url

        from app.services.seed.demo import load_demo

        key = (backend, actor, today)
        if key not in self._demos:
            source = self.location(backend, self.root, f"demo{len(self._demos)}")
            loaded = open_database(source)
            try:
                load_demo(loaded, actor, today=today)
            finally:
                loaded.dispose()
            self._demos[key] = source
        source = self._demos[key]
        if backend == "sqlite":
            path = folder / "demo.sqlite3"
            shutil.copy(source, path)
            files = Path(source + ".files")
            if files.is_dir():
                shutil.copytree(files, path.with_name(path.name + ".files"))
            return self._opened(open_database(str(path)))
        name = new_pg_name()
        pg_copy(name, str(make_url(source).database))
        return self._opened(open_database(pg_url(name)))

    def finish(self) -> None:
        for location in self._demos.values():
            self.release(location)
        if self._pg_template is not None:
            pg_admin(f'DROP DATABASE IF EXISTS "{self._pg_template}" WITH (FORCE)')


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    made = Databases(tmp_path_factory.mktemp("db-templates"))
    yield made
    made.finish()


def location_of(database: Database) -> str:
    """What ``--db`` takes to reach ``database``: its file, or its URL with the password."""
    if database.file is not None:
        return str(database.file)
    return database.url.render_as_string(hide_password=False)


@pytest.fixture(scope="session", autouse=True)
def _session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # Module and session fixtures run outside any test's own data folder (see below):
    # they must not reach the real user's folders either (e.g. the attachment cache).
    before = os.environ.get("INSPECTDESK_DATA_DIR")
    os.environ["INSPECTDESK_DATA_DIR"] = str(tmp_path_factory.mktemp("session-data"))
    yield
    if before is None:
        os.environ.pop("INSPECTDESK_DATA_DIR", None)
    else:
        os.environ["INSPECTDESK_DATA_DIR"] = before


@pytest.fixture(scope="module")
def backend() -> str:
    """The backend under test; parametrised by pytest_generate_tests above."""
    return "sqlite"


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real user's data folder or database from a test.
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("INSPECTDESK_DB", raising=False)


@pytest.fixture
def db(backend: str, databases: Databases, tmp_path: Path) -> Iterator[Database]:
    database = databases.open(backend, tmp_path)
    yield database
    databases.close(database)


@pytest.fixture
def actor() -> Actor:
    return Actor("inspector_zj", role="supervisor")
