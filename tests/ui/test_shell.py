"""The main window: navigation, province filter, search, settings and language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.registry import settings as office_settings
from app.ui.context import UiContext
from app.ui.main_window import PAGES, MainWindow


def test_every_page_opens_and_the_database_is_shown(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[spec.key]
    assert str(demo_ctx.db.file) in window.db_label.text()


def test_province_filter_applies_to_the_pages(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    seen: list[object] = []
    demo_ctx.bus.province_filter_changed.connect(seen.append)
    index = window.province.findData("330000")
    assert index > 0
    window.province.setCurrentIndex(index)
    assert demo_ctx.province_filter == frozenset({"330000"}) and seen[-1] == frozenset({"330000"})
    window.province.setCurrentIndex(0)
    assert demo_ctx.province_filter is None


def test_search_finds_a_two_character_chinese_word(qtbot: QtBot, demo_ctx: UiContext) -> None:
    from app.ui.dialogs.search_results import SearchResultsDialog

    dialog = SearchResultsDialog(demo_ctx, "日志")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() > 0
    opened: list[str] = []
    demo_ctx.bus.open_case.connect(opened.append)
    hit_row = next(i for i, h in enumerate(dialog.model.rows()) if h.case_number)
    dialog.table.selectRow(hit_row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [dialog.model.row(hit_row).case_number]


def test_settings_dialog_saves_office_setting_and_language(
    qtbot: QtBot, demo_ctx: UiContext
) -> None:
    from app.ui.dialogs.settings_dialog import LANGUAGE_KEY, SettingsDialog

    dialog = SettingsDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.spins["attachment_max_mb"].setValue(50)
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.accept()
    assert office_settings.get_setting(demo_ctx.db, "attachment_max_mb") == 50
    assert demo_ctx.settings.value(LANGUAGE_KEY) == "zh"


def test_switching_language_shows_the_window_in_chinese(qtbot: QtBot, demo_ctx: UiContext) -> None:
    from app.ui.i18n import install_translators

    window = MainWindow(demo_ctx)  # closed (and deleted) by switch_language
    window.show()
    assert window.nav.item(0).text() == "Dashboard"
    try:
        chinese = window.switch_language("zh")
        qtbot.addWidget(chinese)
        assert [chinese.nav.item(i).text() for i in range(3)] == ["工作台", "案件", "企业"]
        assert chinese.windowTitle().startswith("InspectDesk 网信")
        assert chinese.db_label.text().startswith("数据库：")
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translators(app, "en")
        demo_ctx.lang = "en"


def test_window_layout_and_page_are_remembered(qtbot: QtBot, demo_ctx: UiContext) -> None:
    window = MainWindow(demo_ctx)  # deletes itself on close
    window.show()
    window.resize(900, 555)
    window.show_page("companies")
    window.splitter.setSizes([150, 700])
    nav_width = window.splitter.sizes()[0]
    window.close()
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    again.show()
    # (the offscreen screen is narrower than the window: only the height is kept as is)
    assert again.height() == 555
    assert again.splitter.sizes()[0] == nav_width
    assert again.stack.currentWidget() is again.pages["companies"]


def test_backup_from_the_file_menu_runs_in_the_background(
    qtbot: QtBot, demo_ctx: UiContext, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    from app.ui import main_window

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    target = tmp_path / "copy"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    shown: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "information", lambda _p, _t, text: shown.append(text)
    )
    window._backup()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    archive = tmp_path / "copy.zip"
    assert str(archive) in shown[0]
    names = zipfile.ZipFile(archive).namelist()
    assert "inspectdesk.sqlite3" in names and any(n.startswith("files/") for n in names)


def test_a_backup_with_a_damaged_attachment_names_it_in_a_warning(
    qtbot: QtBot, demo_ctx: UiContext, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from app.db.models import Attachment
    from app.ui import main_window

    with demo_ctx.db.read() as session:
        name, stored = session.execute(
            select(Attachment.original_name, Attachment.stored_path).order_by(
                Attachment.original_name
            )
        ).first()
    (demo_ctx.db.attachments_dir / stored).write_bytes(b"changed behind the application's back")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    target = tmp_path / "copy.zip"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    warned: list[str] = []
    informed: list[str] = []
    monkeypatch.setattr(
        main_window.QMessageBox, "warning", lambda _p, _t, text: warned.append(text)
    )
    monkeypatch.setattr(
        main_window.QMessageBox, "information", lambda _p, _t, text: informed.append(text)
    )
    window._backup()
    qtbot.waitUntil(lambda: bool(warned or informed), timeout=20000)
    # The backup is written, and the official is told which file is not as it was stored
    assert not informed and target.is_file()
    assert str(target) in warned[0] and name in warned[0]
    assert "damaged or missing (1)" in warned[0]


def test_the_first_paint_shows_the_pages_data(qtbot: QtBot, demo_ctx: UiContext) -> None:
    """The page the window opens on is filled before the window paints, not after it:
    the official never sees the page empty first (issue 12, item 2)."""
    from PySide6.QtCore import QEvent, QObject

    demo_ctx.settings.setValue("main/page", "cases")
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    rows_at_first_paint: list[int] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not rows_at_first_paint:
                rows_at_first_paint.append(window.pages["cases"].model.rowCount())
            return False

    spy = FirstPaint(window)
    window.installEventFilter(spy)
    assert "cases" in window.pages and window.pages["cases"].model.rowCount() == 0
    window.show()
    qtbot.waitUntil(lambda: bool(rows_at_first_paint), timeout=5_000)
    assert rows_at_first_paint[0] > 0
    assert "(filled)" in window.shown_summary()
    # Other pages are still made only when the official goes to them.
    assert set(window.pages) == {"cases"}
