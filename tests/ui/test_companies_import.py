"""Importing companies: the preview shows every row and problem before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from app.domain.credit_code import make_credit_code
from app.services.registry import companies
from app.ui.context import UiContext
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.models.import_problems_model import ImportProblemsModel

GOOD_1 = make_credit_code("91330106MA2B2C3D4")
GOOD_2 = make_credit_code("91110108MA00000001"[:17])
BAD = GOOD_2[:-1] + ("0" if GOOD_2[-1] != "0" else "1")
HEADER = "统一社会信用代码,企业名称,省份,简称\n"


def _csv(tmp_path: Path, second: str) -> Path:
    path = tmp_path / "companies.csv"
    path.write_text(
        HEADER + f"{GOOD_1},杭州测试网络科技有限公司,浙江,测试\n{second},北京测试公司,北京,北测\n",
        encoding="utf-8",
    )
    return path


def _dialog(qtbot: Any, ctx: UiContext) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_with_a_bad_row_shows_it_and_writes_nothing(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a CSV whose second data row (row 3 in a spreadsheet) has a wrong check character
    path = _csv(tmp_path, BAD)
    dialog = _dialog(qtbot, ui_ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    # When the file is chosen
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    # Then the problem is listed with its row number, column and reason
    model = dialog.problems_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, ImportProblemsModel.ROW)) == 3
    assert model.data(model.index(0, ImportProblemsModel.COLUMN)) == "credit_code"
    message = model.data(model.index(0, ImportProblemsModel.MESSAGE))
    assert f"expected “{GOOD_2[-1]}”" in message
    assert dialog.problems_view.isVisible()
    assert dialog.rows_model.rowCount() == 1  # the good row is previewed
    assert "1 problem" in dialog.summary.text()
    # and Import stays disabled; nothing was written
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert companies.list_companies(ui_ctx.db, ui_ctx.actor) == []


def test_a_good_csv_imports_and_reports_the_count(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path
) -> None:
    changed: list[bool] = []
    ui_ctx.bus.data_changed.connect(lambda: changed.append(True))
    path = _csv(tmp_path, GOOD_2)
    dialog = _dialog(qtbot, ui_ctx)
    # The file is dropped on the dialog
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(drop)
    assert dialog.problems_model.rowCount() == 0 and not dialog.problems_view.isVisible()
    assert dialog.rows_model.rowCount() == 2
    assert dialog.import_button.isEnabled()
    # When Import is pressed, the work runs off the GUI thread and reports the count
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.imported == 2
    assert "2 company(ies) imported" in dialog.summary.text()
    assert changed
    codes = {r.credit_code for r in companies.list_companies(ui_ctx.db, ui_ctx.actor)}
    assert codes == {GOOD_1, GOOD_2}


def test_an_unreadable_file_is_refused_in_plain_words(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.dialogs.import_dialog.show_error",
        lambda parent, error, lang: shown.append(error.render(lang)),
    )
    path = tmp_path / "wrong.csv"
    path.write_text("foo,bar\n1,2\n", encoding="utf-8")
    dialog = _dialog(qtbot, ui_ctx)
    dialog.load(path)
    assert shown and "unknown column “foo”" in shown[0]
    assert not dialog.import_button.isEnabled()


def test_cancel_while_the_companies_are_written_leaves_nothing(
    qtbot: Any, ui_ctx: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a good file previewed, and Import pressed
    path = _csv(tmp_path, GOOD_2)
    dialog = _dialog(qtbot, ui_ctx)
    dialog.load(path)
    real_index = companies.search_index.index_new_companies

    def index_then_cancel(session: Any, rows: Any) -> None:
        # Cancel is pressed once every company is inserted, audited and indexed, before
        # the transaction commits: the last moment the user can still stop it
        real_index(session, rows)
        dialog._tasks[-1].cancel_event.set()

    monkeypatch.setattr(companies.search_index, "index_new_companies", index_then_cancel)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # Then the dialog says the import was cancelled and nothing was written
    qtbot.waitUntil(lambda: "cancelled" in dialog.summary.text(), timeout=10_000)
    assert dialog.imported is None
    assert companies.list_companies(ui_ctx.db, ui_ctx.actor) == []
    assert dialog.import_button.isEnabled()  # the user may import it after all
    # and the bar had got as far as the last stage, with its count
    bar = dialog.findChildren(QProgressDialog)[-1]
    assert bar.labelText() == "Indexing 2 companies for search…", bar.labelText()
    # Pressing Import again imports both companies
    monkeypatch.setattr(companies.search_index, "index_new_companies", real_index)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert {r.credit_code for r in companies.list_companies(ui_ctx.db, ui_ctx.actor)} == {
        GOOD_1,
        GOOD_2,
    }
