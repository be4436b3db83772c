"""GUI fixtures: a UiContext on a fresh database, settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.db.engine import Database
from app.db.migrate import open_database
from app.services.support.context import Actor
from app.ui.context import UiContext


@pytest.fixture(autouse=True)
def _source_texts_after_each_test(qapp: object) -> Iterator[None]:
    """A test that loads a translation takes it out again: the next test (on whichever
    worker, in whichever order) sees Qt's source texts, as every test expects unless it
    installs a language itself."""
    from PySide6.QtCore import QLocale

    from app.ui.i18n import remove_translators

    locale = QLocale()  # the default the test began with
    yield
    remove_translators(qapp)  # type: ignore[arg-type]
    QLocale.setDefault(locale)


@pytest.fixture
def ui_ctx(qapp: object, db: Database, actor: Actor, tmp_path: Path) -> UiContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return UiContext(db=db, actor=actor, lang="en", settings=settings)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once per test session; copy it with ``demo_ctx``."""
    from app.services.seed.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(str(path))
    load_demo(database, Actor("demo", role="admin"), today=date.today())
    database.dispose()
    return path


@pytest.fixture
def demo_ctx(qapp: object, demo_template: Path, tmp_path: Path) -> Iterator[UiContext]:
    """A UiContext on a private copy of the demo database (with its attachment files)."""
    import shutil

    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, target)
    files = demo_template.with_name(demo_template.name + ".files")
    if files.exists():
        shutil.copytree(files, target.with_name(target.name + ".files"))
    database = open_database(str(target))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield UiContext(
        db=database, actor=Actor("demo_supervisor", role="supervisor"), lang="en", settings=settings
    )
    database.dispose()
