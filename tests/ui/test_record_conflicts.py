"""Two officials editing one finding: the second save is refused with who and when, and the
editor offers to reload what the first one saved (or to keep editing)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.errors import InspectDeskError
from app.services.casework import cases
from app.services.rectification import findings
from app.services.registry import users
from app.services.support.context import Actor
from app.ui.case_view.findings_tab import FindingsTab
from app.ui.context import UiContext
from app.ui.dialogs.finding_dialog import FindingDialog
from tests.services.helpers import add_company

LI = Actor("li_qiang", role="inspector")


@pytest.fixture
def case_number(ui_ctx: UiContext) -> str:
    db, actor = ui_ctx.db, ui_ctx.actor
    users.add_user(
        db,
        Actor("admin", role="admin"),
        "li_qiang",
        "李强",
        "inspector",
        None,
        "correct horse 2021",
    )
    number = cases.open_case(db, actor, add_company(db, actor))
    findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput("A3", "high", "网络日志留存不足六个月", "2021-04-25", period=30),
    )
    return number


def _open_editor(qtbot: Any, ctx: UiContext, case_number: str) -> FindingDialog:
    """The official selects finding #1 on the case's Findings tab and chooses Edit."""
    tab = FindingsTab(ctx, case_number)
    qtbot.addWidget(tab)
    opened: list[QDialog] = []
    tab.exec_dialog = lambda dialog: opened.append(dialog) or 0
    tab.load(cases.show_case(ctx.db, ctx.actor, case_number))
    assert tab.selected() is not None and tab.edit_action.isEnabled()
    tab.edit_action.trigger()
    (dialog,) = opened
    assert isinstance(dialog, FindingDialog)
    qtbot.addWidget(dialog)
    return dialog


def _li_saves(ctx: UiContext, case_number: str, description: str) -> int:
    seen = findings.get_finding(ctx.db, LI, case_number, 1)
    edit = findings.FindingEdit(seen.item_code, seen.severity, description)
    return findings.update_finding(
        ctx.db, LI, case_number, 1, edit, expected_version=seen.version
    ).version


def test_a_save_over_someone_elses_change_offers_reload(
    qtbot: Any, ui_ctx: UiContext, case_number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the finding editor open on finding #1, showing it as stored
    dialog = _open_editor(qtbot, ui_ctx, case_number)
    assert dialog.description.toPlainText() == "网络日志留存不足六个月"
    # ... while Li changes the finding behind its back
    li_version = _li_saves(ui_ctx, case_number, "李强：日志仅保存三个月")
    # When the official types a change and saves, and chooses Reload in the box that appears
    shown: list[str] = []

    def exec_choosing_reload(box: QMessageBox) -> int:
        shown.append(box.text())
        (reload,) = [b for b in box.buttons() if b.text() == "&Reload"]
        reload.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_choosing_reload)
    dialog.description.setPlainText("我的修改：日志留存不足")
    dialog.accept()
    # Then the box said who changed the finding, and when
    assert len(shown) == 1 and "This record was changed by 李强 at " in shown[0]
    # ... nothing of the official's was saved, the dialog is still open
    assert dialog.result() != QDialog.DialogCode.Accepted
    stored = findings.get_finding(ui_ctx.db, ui_ctx.actor, case_number, 1)
    assert stored.description == "李强：日志仅保存三个月"
    # ... and it now shows Li's text, at Li's version
    assert dialog.description.toPlainText() == "李强：日志仅保存三个月"
    assert dialog.version == li_version
    assert "li_qiang" in dialog.last_saved.text()
    # A save from there goes through on top of Li's change
    dialog.severity.setCurrentIndex(dialog.severity.findData("low"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = findings.get_finding(ui_ctx.db, ui_ctx.actor, case_number, 1)
    assert (stored.description, stored.severity) == ("李强：日志仅保存三个月", "low")


def test_keep_editing_leaves_the_typed_text_unsaved(
    qtbot: Any, ui_ctx: UiContext, case_number: str
) -> None:
    dialog = _open_editor(qtbot, ui_ctx, case_number)
    _li_saves(ui_ctx, case_number, "李强：日志仅保存三个月")
    asked: list[str] = []

    def keep_editing(_parent: object, error: InspectDeskError, lang: str) -> bool:
        asked.append(error.render(lang))
        return False

    dialog.ask_reload = keep_editing
    dialog.description.setPlainText("我的修改：日志留存不足")
    dialog.accept()
    assert len(asked) == 1
    assert dialog.description.toPlainText() == "我的修改：日志留存不足"  # still there to copy
    assert dialog.result() != QDialog.DialogCode.Accepted
    stored = findings.get_finding(ui_ctx.db, ui_ctx.actor, case_number, 1)
    assert stored.description == "李强：日志仅保存三个月"


def test_other_refusals_are_shown_as_before(
    qtbot: Any, ui_ctx: UiContext, case_number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_editor(qtbot, ui_ctx, case_number)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.ask_reload = lambda *_args: pytest.fail("no reload is offered for bad input")
    dialog.description.setPlainText("   ")
    dialog.accept()
    assert len(warned) == 1 and "description" in warned[0]
