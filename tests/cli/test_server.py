"""The command line on a PostgreSQL server: ``--db postgresql+psycopg://…`` and
``INSPECTDESK_DB``, upgrades, an unreachable server, backups, and attachments that every
workstation reads through the server.

Everything else runs on the server too (test_cli.py and test_auth.py take both backends).
"""

from __future__ import annotations

import hashlib
import socket
import zipfile
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.db.migrate import head_revision
from tests.cli.conftest import Cli, counts, query

pytestmark = pytest.mark.pg_only


def test_init_creates_the_schema_and_may_run_twice(cli: Cli) -> None:
    first = cli("init")
    assert first.rc == 0, first
    assert head_revision() in first.out
    assert str(cli.db) in first.out
    assert counts(cli.db)["provinces"] == 34
    second = cli("init")
    assert second.rc == 0, second
    assert "Upgraded" not in second.out


def test_init_upgrades_an_older_server_database(cli: Cli) -> None:
    from app.db.engine import Database, resolve_url
    from app.db.migrate import upgrade

    db = Database(resolve_url(str(cli.db)))
    try:
        upgrade(db, "0001")
    finally:
        db.dispose()
    result = cli("init")
    assert result.rc == 0, result
    assert "Upgraded from 0001" in result.out
    assert head_revision() in result.out
    assert query(cli.db, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_the_server_from_the_environment_variable(cli: Cli) -> None:
    env = cli.env(INSPECTDESK_DB=str(cli.db))
    assert cli.process("init", env=env).rc == 0  # a real process on the server
    result = cli.run_raw("demo", env=env)
    assert result.rc == 0, result
    listed = cli.run_raw("cases", "list", "--json", env=env)
    assert listed.rc == 0, listed
    assert listed.out.count('"case_number"') == 11
    assert counts(cli.db)["cases"] == 11


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_an_unreachable_server_is_exit_2_with_the_password_hidden(cli: Cli, lang: str) -> None:
    url = f"postgresql+psycopg://clerk:s3cret@127.0.0.1:{_closed_port()}/inspectdesk"
    result = cli("cases", "list", db=url, lang=lang)
    assert result.rc == 2, result
    assert ("Cannot open the database" if lang == "en" else "无法打开数据库") in result.err
    assert "127.0.0.1" in result.err
    assert "s3cret" not in result.err
    assert "Traceback" not in result.err
    assert result.out == ""
    # the same from the environment variable
    again = cli.run_raw("init", env=cli.env(INSPECTDESK_DB=url))
    assert again.rc == 2 and "s3cret" not in again.err and "Cannot open" in again.err


def test_an_unknown_database_on_the_server_is_unreachable(cli: Cli) -> None:
    missing = make_url(str(cli.db)).set(database="no_such_database").render_as_string(False)
    result = cli("init", db=missing)
    assert result.rc == 2, result
    assert "no_such_database" in result.err and "Traceback" not in result.err


def test_backup_on_a_server_points_to_pg_dump(empty_cli: Cli, tmp_path: Path) -> None:
    before = counts(empty_cli.db)
    result = empty_cli("backup", "-o", str(tmp_path / "b.zip"))
    assert result.rc == 2, result
    assert "pg_dump" in result.err
    assert not (tmp_path / "b.zip").exists()
    assert counts(empty_cli.db) == before


def test_attachments_are_read_through_the_server(
    demo_cli: Cli, tmp_path: Path, templates: dict[str, object]
) -> None:
    # The demo was loaded by another "workstation" (another data folder); this one has
    # never seen its files, yet exports them, byte for byte.
    bundle = tmp_path / "卷宗.zip"
    result = demo_cli(
        "export-dossier", "BJ-2021-0004", "-o", str(tmp_path / "d.pdf"), "--with-files", str(bundle)
    )
    assert result.rc == 0, result
    recorded = {
        str(name): str(sha)
        for name, sha in query(
            demo_cli.db,
            "SELECT a.original_name, a.sha256 FROM attachments a JOIN cases c ON c.id = a.case_id"
            " WHERE c.case_number = 'BJ-2021-0004'",
        )
    }
    assert recorded
    with zipfile.ZipFile(bundle) as zf:
        contents = {
            Path(n).name: hashlib.sha256(zf.read(n)).hexdigest()
            for n in zf.namelist()
            if not n.endswith((".pdf", "SHA256SUMS"))
        }
    assert sorted(contents.values()) == sorted(recorded.values())
    cached = [p for p in (demo_cli.data_dir / "cache").rglob("*") if p.is_file()]
    assert {p.name for p in cached} == set(recorded.values())
    check = demo_cli("check")
    assert check.rc == 0, check
    assert "PostgreSQL version" in check.out
