"""Shared fixtures: a fresh migrated SQLite file per test and an acting official."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import app.services  # noqa: F401  (registers the message catalogues)
from app.db.engine import Database
from app.db.migrate import open_database
from app.services.context import Actor


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never touch the real user's data folder or database from a test.
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("INSPECTDESK_DB", raising=False)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "test.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def actor() -> Actor:
    return Actor("inspector_zj", role="supervisor")
