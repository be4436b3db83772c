"""The company editor: the credit code checked as it is typed, create and edit."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.credit_code import make_credit_code
from app.services.registry import companies, company_edit
from app.ui.context import UiContext
from app.ui.dialogs.company_dialog import CompanyDialog

VALID = make_credit_code("91330106MA2B2C3D4")
WRONG_CHECK = VALID[:-1] + ("0" if VALID[-1] != "0" else "1")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the dialog shows with show_error, captured instead of a blocking box."""
    shown: list[str] = []

    def capture(parent: Any, error: BaseException, lang: str) -> None:
        shown.append(error.render(lang) if hasattr(error, "render") else str(error))

    monkeypatch.setattr("app.ui.dialogs.company_dialog.show_error", capture)  # loading
    monkeypatch.setattr("app.ui.errors.show_error", capture)  # a refused save (the form base)
    return shown


def _dialog(qtbot: Any, ctx: UiContext, code: str | None = None) -> CompanyDialog:
    dialog = CompanyDialog(ctx, code)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_check_character_shows_found_and_expected_and_disables_ok(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    # When the user types a code whose 18th character is wrong
    QTest.keyClicks(dialog.credit_code, WRONG_CHECK)
    # Then the reason beside the field names the wrong and the expected character
    reason = dialog.credit_code.feedback.text()
    assert f"“{WRONG_CHECK[-1]}”" in reason and f"expected “{VALID[-1]}”" in reason
    assert dialog.credit_code.feedback.isVisible()
    assert not dialog.ok_button.isEnabled()


def test_forbidden_character_is_named_with_its_position_while_typing(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    # "O" is not in the alphabet; it is reported before the code is complete
    QTest.keyClicks(dialog.credit_code, "9133O1")
    assert "“O” at position 5" in dialog.credit_code.feedback.text()
    assert not dialog.ok_button.isEnabled()


def test_reason_is_in_the_users_language(qtbot: Any, ui_ctx: UiContext) -> None:
    ui_ctx.lang = "zh"
    dialog = _dialog(qtbot, ui_ctx)
    QTest.keyClicks(dialog.credit_code, WRONG_CHECK)
    assert f"应为“{VALID[-1]}”" in dialog.credit_code.feedback.text()


def test_valid_code_enables_ok_and_is_normalised_on_focus_out(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    dialog = _dialog(qtbot, ui_ctx)
    QTest.keyClicks(dialog.credit_code, VALID[:-1])
    assert not dialog.ok_button.isEnabled()
    QTest.keyClicks(dialog.credit_code, VALID[-1])
    assert dialog.ok_button.isEnabled()
    assert dialog.credit_code.feedback.text().startswith("✓")
    # Lower case and full-width forms are accepted and normalised when leaving the field
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in VALID.lower())
    dialog.credit_code.setText(full_width)
    assert dialog.ok_button.isEnabled()
    QApplication.sendEvent(
        dialog.credit_code, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
    )
    assert dialog.credit_code.text() == VALID


def test_create_then_edit_a_company(qtbot: Any, ui_ctx: UiContext, errors: list[str]) -> None:
    changed: list[bool] = []
    ui_ctx.bus.data_changed.connect(lambda: changed.append(True))
    # Given the editor for a new company, filled in
    dialog = _dialog(qtbot, ui_ctx)
    QTest.keyClicks(dialog.credit_code, VALID)
    dialog.name_zh.insert("杭州测试网络科技有限公司")  # as an input method commits it
    dialog.short_name.insert("测试")  # as an input method commits it
    dialog.province.setCurrentIndex(dialog.province.findData("330000"))
    # When Ctrl+S is pressed
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.short_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Then the company is registered and lists are told to refresh
    assert errors == []
    assert dialog.result() == CompanyDialog.DialogCode.Accepted
    rows = companies.list_companies(ui_ctx.db, ui_ctx.actor)
    assert [(r.credit_code, r.short_name, r.province_code) for r in rows] == [
        (VALID, "测试", "330000")
    ]
    assert changed

    # When it is opened again, its fields are shown and the English name is added
    editor = _dialog(qtbot, ui_ctx, VALID)
    assert editor.name_zh.text() == "杭州测试网络科技有限公司"
    assert editor.province.currentData() == "330000"
    QTest.keyClicks(editor.name_en, "Hangzhou Test Network")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert company_edit.get_company(ui_ctx.db, ui_ctx.actor, VALID).data.name_en == (
        "Hangzhou Test Network"
    )


def test_a_refusal_is_shown_and_every_field_kept(
    qtbot: Any, ui_ctx: UiContext, errors: list[str]
) -> None:
    companies.create_company(
        ui_ctx.db, ui_ctx.actor, companies.CompanyInput(VALID, "已登记公司", "330000")
    )
    dialog = _dialog(qtbot, ui_ctx)
    QTest.keyClicks(dialog.credit_code, VALID)
    dialog.name_zh.insert("另一家公司")  # as an input method commits it
    QTest.keyClicks(dialog.contact_email, "a@b.cn")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # The duplicate is refused with the service's reason; nothing typed is lost
    assert len(errors) == 1 and "already registered (已登记公司)" in errors[0]
    assert dialog.isVisible() and dialog.result() != CompanyDialog.DialogCode.Accepted
    assert dialog.credit_code.text() == VALID
    assert dialog.name_zh.text() == "另一家公司"
    assert dialog.contact_email.text() == "a@b.cn"
