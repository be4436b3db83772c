"""The case view's Inspections tab: schedule through the dialog, open the editor, raise a finding."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from app.services.casework import cases
from app.ui.case_view.inspections_tab import InspectionsTab
from app.ui.context import UiContext
from app.ui.dialogs.inspection_dialog import InspectionDialog
from app.ui.models.inspections_model import InspectionsModel
from tests.services.helpers import add_company


@pytest.fixture
def case_number(ui_ctx: UiContext) -> str:
    code = add_company(ui_ctx.db, ui_ctx.actor, 1)
    return cases.open_case(ui_ctx.db, ui_ctx.actor, code, opened_on=date(2024, 3, 1))


def _tab(qtbot: Any, ctx: UiContext, case_number: str) -> InspectionsTab:
    tab = InspectionsTab(ctx, case_number)
    qtbot.addWidget(tab)

    # As the case window does: every write reloads the tabs.
    def reload() -> None:
        tab.load(cases.show_case(ctx.db, ctx.actor, case_number))

    ctx.bus.data_changed.connect(reload)
    reload()
    return tab


def type_text(widget: QWidget, text: str) -> None:
    """Type as an input method does (QTest.keyClicks handles ASCII only)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _fill(qtbot: Any, dialog: InspectionDialog) -> None:
    dialog.date.setDate(QDate(2024, 5, 20))
    dialog.address.clear()
    type_text(dialog.address, "杭州市滨江区某路9号")
    name, _kind = dialog.agency_rows[0]
    type_text(name, "浙江省委网信办")
    type_text(dialog.inspectors, "吴某、何某")
    type_text(dialog.company_staff, "安全合规总监")
    type_text(dialog.scope, "语音社交功能")


def test_schedule_through_the_dialog_lists_the_inspection(
    qtbot: Any, ui_ctx: UiContext, case_number: str
) -> None:
    tab = _tab(qtbot, ui_ctx, case_number)
    assert tab.model.rowCount() == 0 and not tab.empty.isHidden()
    assert not tab.editor_button.isEnabled()

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, InspectionDialog)
        _fill(qtbot, dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    tab.exec_dialog = drive
    with qtbot.waitSignal(ui_ctx.bus.data_changed):
        qtbot.mouseClick(tab.schedule_button, Qt.MouseButton.LeftButton)
    # The new inspection is listed and selected
    assert tab.model.rowCount() == 1
    cols = tab.model.column_of
    assert tab.proxy.index(0, cols(InspectionsModel.DATE)).data() == "20 May 2024"
    assert tab.proxy.index(0, cols(InspectionsModel.ADDRESS)).data() == "杭州市滨江区某路9号"
    assert tab.proxy.index(0, cols(InspectionsModel.INSPECTORS)).data() == "吴某、何某"
    assert tab.selected_id() is not None and tab.editor_button.isEnabled()
    stored = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).inspections[0]
    assert stored.agencies == ["浙江省委网信办"]
    assert stored.company_staff == "安全合规总监" and stored.scope == "语音社交功能"


def test_a_refused_schedule_keeps_the_dialog_and_what_was_typed(
    qtbot: Any, ui_ctx: UiContext, case_number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.dialogs.inspection_dialog.show_error",
        lambda parent, exc, lang: shown.append(exc.render(lang)),
    )
    dialog = InspectionDialog(ui_ctx, case_number)
    qtbot.addWidget(dialog)
    _fill(qtbot, dialog)
    dialog.address.clear()  # the address is required
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert shown and "address" in shown[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.inspection_id is None
    assert dialog.inspectors.toPlainText() == "吴某、何某"
    assert cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).inspections == []


def test_open_editor_and_raise_a_finding_from_the_selected_inspection(
    qtbot: Any, ui_ctx: UiContext, case_number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.rectification import inspections

    inspection_id = inspections.schedule_inspection(
        ui_ctx.db,
        ui_ctx.actor,
        case_number,
        inspections.InspectionInput(inspected_on="2024-05-20", address="杭州"),
    )
    tab = _tab(qtbot, ui_ctx, case_number)
    assert tab.selected_id() == inspection_id
    # Enter on the row opens the editor; opening again brings up the same window
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    editor = tab.open_editor()
    assert editor is not None and editor.inspection_id == inspection_id
    qtbot.addWidget(editor)
    assert tab.open_editor() is editor
    # Raise finding hands the inspection to the finding dialog
    seen: dict[str, Any] = {}

    class FakeFindingDialog(QDialog):
        def __init__(self, ctx: UiContext, number: str, parent: Any, **kwargs: Any) -> None:
            super().__init__(parent)
            seen.update(kwargs, number=number)

    monkeypatch.setattr("app.ui.dialogs.finding_dialog.FindingDialog", FakeFindingDialog)
    tab.exec_dialog = lambda dialog: 0
    qtbot.mouseClick(tab.finding_button, Qt.MouseButton.LeftButton)
    assert seen == {"source": "inspection", "inspection_id": inspection_id, "number": case_number}


def test_the_case_window_shows_this_tab(qtbot: Any, demo_ctx: UiContext) -> None:
    from app.ui.case_view.window import CaseWindow

    window = CaseWindow(demo_ctx, "BJ-2021-0004")
    qtbot.addWidget(window)
    assert isinstance(window.inspections, InspectionsTab)
    assert window.inspections.model.rowCount() == 1
