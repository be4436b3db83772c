"""Running ``python -m app`` as a real subprocess, and looking at its database from outside."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Result:
    rc: int
    out: str
    err: str

    def __repr__(self) -> str:  # shown by pytest when an assertion fails
        return f"Result(rc={self.rc}, out={self.out[:2000]!r}, err={self.err[:2000]!r})"


class Cli:
    """Runs the command line against one database file with a private data folder."""

    def __init__(self, db: Path, data_dir: Path) -> None:
        self.db = db
        self.data_dir = data_dir

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

    def __call__(self, *args: str, db: Path | None = None, lang: str | None = None) -> Result:
        options = ["--db", str(db or self.db)]
        if lang:
            options += ["--lang", lang]
        return self.run_raw(*options, *args)


def counts(db: Path) -> dict[str, int]:
    """The row count of every table: equal before and after means nothing was written."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_db(template: Path, target: Path) -> Path:
    """Copy a database file with its WAL (if any) and its attachment folder."""
    shutil.copy(template, target)
    for suffix in ("-wal", "-shm"):
        extra = template.with_name(template.name + suffix)
        if extra.exists():
            shutil.copy(extra, target.with_name(target.name + suffix))
    files = template.with_name(template.name + ".files")
    if files.is_dir():
        shutil.copytree(files, target.with_name(target.name + ".files"))
    return target


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An initialised empty database and a demo database, built once per module."""
    folder = tmp_path_factory.mktemp("templates")
    cli = Cli(folder / "empty.sqlite3", tmp_path_factory.mktemp("template-data"))
    result = cli("init")
    assert result.rc == 0, result
    demo = folder / "demo.sqlite3"
    result = cli("init", db=demo)
    assert result.rc == 0, result
    result = cli("demo", db=demo)
    assert result.rc == 0, result
    return {"empty": folder / "empty.sqlite3", "demo": demo}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def cli(tmp_path: Path, data_dir: Path) -> Cli:
    """The command line on ``tmp_path/x.sqlite3`` (which does not exist yet)."""
    return Cli(tmp_path / "x.sqlite3", data_dir)


@pytest.fixture
def empty_cli(cli: Cli, templates: dict[str, Path]) -> Iterator[Cli]:
    """The command line on a copy of an initialised database without records."""
    copy_db(templates["empty"], cli.db)
    yield cli


@pytest.fixture
def demo_cli(cli: Cli, templates: dict[str, Path]) -> Iterator[Cli]:
    """The command line on a copy of the demo database (attachments included)."""
    copy_db(templates["demo"], cli.db)
    yield cli
