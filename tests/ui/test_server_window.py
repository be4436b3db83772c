"""The desktop client on a PostgreSQL server: the main window, a case and its files.

The rest of tests/ui runs on SQLite only (see tests/conftest.py); the services under
the widgets run on both backends in tests/services.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.services.casework import cases
from app.services.rectification import attachments
from app.services.support.context import Actor
from app.ui.case_view import attachments_tab
from app.ui.context import UiContext
from app.ui.main_window import PAGES, MainWindow
from tests.conftest import Databases

pytestmark = pytest.mark.pg_only

SUPERVISOR = Actor("demo_supervisor", role="supervisor")


@pytest.fixture
def server_ctx(
    qapp: object, backend: str, databases: Databases, tmp_path: Path
) -> Iterator[UiContext]:
    db = databases.open_demo(backend, tmp_path, Actor("demo", role="admin"), date.today())
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield UiContext(db=db, actor=SUPERVISOR, lang="en", settings=settings)
    databases.close(db)


def test_the_main_window_works_on_a_server(
    qtbot: QtBot, server_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(server_ctx)
    qtbot.addWidget(window)
    window.show()
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[spec.key]
    # The server is named without any password
    assert server_ctx.db.url.database in window.db_label.text()
    assert "postgresql" in window.db_label.text()

    # A case opens, and its file comes from the server into this workstation's cache
    from app.ui.case_view.window import CaseWindow

    number = next(
        r.case_number
        for r in cases.list_cases(server_ctx.db, SUPERVISOR)
        if cases.show_case(server_ctx.db, SUPERVISOR, r.case_number).attachments
    )
    case_window = CaseWindow(server_ctx, number)
    qtbot.addWidget(case_window)
    opened: list[str] = []
    monkeypatch.setattr(
        attachments_tab.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    target = case_window.attachments.open_attachment(0)
    sha = cases.show_case(server_ctx.db, SUPERVISOR, number).attachments[0].sha256
    assert target is not None and opened == [str(target)]
    assert attachments.file_hash(target) == sha
    assert attachments.stored_file(server_ctx.db, attachments.relative_path(sha)).is_relative_to(
        attachments.cache_root()
    )
