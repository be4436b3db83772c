"""The inspection editor: checklist and notes saved, drafts that survive a closed window, photos."""

from __future__ import annotations

import os
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from app.domain.errors import ValidationError
from app.services.casework import cases
from app.services.rectification import attachments, inspections
from app.ui.context import UiContext
from app.ui.drafts import DraftStore
from app.ui.inspection_editor import InspectionEditor
from app.ui.models.checklist_model import ChecklistModel
from tests.services.helpers import add_company

NOTES = "2024年5月20日，检查组到企业杭州办公区开展现场检查。\n\n夜间审核人员仅2人。"


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does (QTest.keyClicks handles ASCII only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def case_number(ui_ctx: UiContext) -> str:
    code = add_company(ui_ctx.db, ui_ctx.actor, 1)
    return cases.open_case(ui_ctx.db, ui_ctx.actor, code, opened_on=date(2024, 3, 1))


@pytest.fixture
def inspection_id(ui_ctx: UiContext, case_number: str) -> uuid.UUID:
    return inspections.schedule_inspection(
        ui_ctx.db,
        ui_ctx.actor,
        case_number,
        inspections.InspectionInput(inspected_on="2024-05-20", address="杭州市滨江区"),
    )


def _editor(qtbot: Any, ctx: UiContext, case: str, inspection: uuid.UUID) -> InspectionEditor:
    editor = InspectionEditor(ctx, case, inspection)
    qtbot.addWidget(editor)
    return editor


def _choose_result(qtbot: Any, editor: InspectionEditor, row: int, result: str) -> None:
    index = editor.checklist.index(row, ChecklistModel.RESULT)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    combo = editor.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(result))
    combo.activated.emit(combo.currentIndex())


def _write_remark(qtbot: Any, editor: InspectionEditor, row: int, text: str) -> None:
    index = editor.checklist.index(row, ChecklistModel.REMARK)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = editor.table.indexWidget(index)
    assert isinstance(line, QLineEdit)
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_results_and_notes_are_saved(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID
) -> None:
    editor = _editor(qtbot, ui_ctx, case_number, inspection_id)
    # Every assessment item is on the checklist
    assert editor.checklist.rowCount() == 8
    _choose_result(qtbot, editor, 0, "non_compliant")
    _write_remark(qtbot, editor, 0, "夜班审核人员不足")
    _choose_result(qtbot, editor, 1, "compliant")
    type_text(editor.notes, NOTES)
    type_text(editor.conclusion, "责令限期整改。")
    editor.done.setChecked(True)
    assert editor.isWindowModified()
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).inspections[0]
    assert stored.notes == NOTES
    assert stored.conclusion == "责令限期整改。"
    assert stored.status == "done"
    assert {c.item_code: (c.result, c.remark) for c in stored.checklist} == {
        "A1": ("non_compliant", "夜班审核人员不足"),
        "A2": ("compliant", ""),
    }
    assert not editor.isWindowModified() and not editor.done.isEnabled()
    assert DraftStore().load(editor.notes_key) is None


def test_ctrl_s_saves(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID
) -> None:
    editor = _editor(qtbot, ui_ctx, case_number, inspection_id)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.notes.setFocus()
    type_text(editor.notes, "笔记")
    # A remark still open for typing is saved too
    index = editor.checklist.index(3, ChecklistModel.REMARK)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    line = editor.table.indexWidget(index)
    assert isinstance(line, QLineEdit)
    type_text(line, "未完成的说明")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(line, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).inspections[0]
    assert stored.notes == "笔记"
    assert [(c.item_code, c.remark) for c in stored.checklist] == [("A4", "未完成的说明")]


def test_a_draft_survives_a_destroyed_editor_and_is_restored(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID
) -> None:
    editor = InspectionEditor(ui_ctx, case_number, inspection_id)
    store = editor.drafts
    type_text(editor.notes, NOTES)
    _choose_result(qtbot, editor, 2, "non_compliant")
    # The draft is written one second after the last keystroke
    assert store.load(editor.notes_key) is None
    qtbot.waitUntil(lambda: store.load(editor.notes_key) == NOTES, timeout=3000)
    # When the editor goes away without saving (no close event: as in a crash)
    with qtbot.waitSignal(editor.destroyed):
        editor.deleteLater()
    # Then a new editor restores the draft and says so
    again = _editor(qtbot, ui_ctx, case_number, inspection_id)
    assert again.notes.toPlainText() == NOTES
    assert again.checklist.values()["A3"] == ("non_compliant", "")
    assert not again.banner.isHidden()
    assert "restored" in again.banner_text.text()
    # Nothing was saved meanwhile
    assert cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).inspections[0].notes == ""


def test_closing_before_the_debounce_still_keeps_the_draft(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID
) -> None:
    editor = InspectionEditor(ui_ctx, case_number, inspection_id)
    editor.show()
    type_text(editor.notes, "关闭前输入的文字")
    editor.close()  # at once: the debounce has not fired
    again = _editor(qtbot, ui_ctx, case_number, inspection_id)
    assert again.notes.toPlainText() == "关闭前输入的文字"
    # Discarding the draft goes back to what is saved and deletes the draft
    qtbot.mouseClick(again.discard_draft_button, Qt.MouseButton.LeftButton)
    assert again.notes.toPlainText() == "" and again.banner.isHidden()
    assert again.drafts.load(again.notes_key) is None


def test_a_refused_save_keeps_the_text_and_the_draft(
    qtbot: Any,
    ui_ctx: UiContext,
    case_number: str,
    inspection_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.inspection_editor.show_error",
        lambda parent, exc, lang: shown.append(exc.render(lang)),
    )

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ValidationError("text.too_long", field="notes", length=300000, max=200000)

    monkeypatch.setattr(inspections, "record_inspection", refuse)
    editor = _editor(qtbot, ui_ctx, case_number, inspection_id)
    type_text(editor.notes, NOTES)
    assert editor.save() is False
    assert shown and "notes" in shown[0]
    assert editor.notes.toPlainText() == NOTES and editor.isWindowModified()
    assert editor.drafts.load(editor.notes_key) == NOTES  # written at once, not after a second


def test_an_older_draft_is_offered_not_loaded(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID
) -> None:
    store = DraftStore()
    key = f"inspection-{inspection_id}.notes"
    store.save(key, "旧草稿")
    past = time.time() - 3600
    os.utime(store.path(key), (past, past))
    inspections.record_inspection(
        ui_ctx.db, ui_ctx.actor, inspection_id, inspections.InspectionRecord(notes="已保存的笔记")
    )
    editor = _editor(qtbot, ui_ctx, case_number, inspection_id)
    assert editor.notes.toPlainText() == "已保存的笔记"
    assert not editor.banner.isHidden() and not editor.load_draft_button.isHidden()
    qtbot.mouseClick(editor.load_draft_button, Qt.MouseButton.LeftButton)
    assert editor.notes.toPlainText() == "旧草稿"


def _png(path: Path, width: int = 400, height: int = 300) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path))  # the format follows the .png suffix
    return path


def test_photo_grid_shows_thumbnails_and_a_placeholder_for_a_broken_image(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID, tmp_path: Path
) -> None:
    broken = tmp_path / "损坏的照片.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nnot really a picture")
    for path in (_png(tmp_path / "现场照片.png"), broken):
        attachments.add_attachment(
            ui_ctx.db,
            ui_ctx.actor,
            case_number,
            path,
            owner_type="inspection",
            owner_id=inspection_id,
        )
    editor = _editor(qtbot, ui_ctx, case_number, inspection_id)
    grid = editor.photos
    assert grid.count() == 2
    assert not grid.is_placeholder(0)
    thumb = grid.thumbnail(0)
    assert (thumb.width(), thumb.height()) == (160, 120)
    assert grid.is_placeholder(1)
    assert "cannot be shown" in grid.model().index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_files_dropped_on_the_grid_are_attached_to_the_inspection(
    qtbot: Any, ui_ctx: UiContext, case_number: str, inspection_id: uuid.UUID, tmp_path: Path
) -> None:
    editor = _editor(qtbot, ui_ctx, case_number, inspection_id)
    photo = _png(tmp_path / "drop.png", 80, 60)
    document = tmp_path / "说明.txt"
    document.write_text("现场说明", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(document))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        editor.photos.dropEvent(event)
    assert editor.photos.count() == 2
    assert not editor.photos.is_placeholder(0)
    detail = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number)
    owned = [a for a in detail.attachments if a.owner_id == inspection_id]
    assert sorted(a.original_name for a in owned) == ["drop.png", "说明.txt"]
    assert all(a.owner_type == "inspection" for a in owned)
