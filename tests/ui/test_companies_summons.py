"""Register a summons with two companies through the dialog: a case opened for each."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from app.domain.credit_code import make_credit_code
from app.services.registry import companies
from app.ui.context import UiContext
from app.ui.dialogs.summons_dialog import SummonsDialog
from app.ui.pages.companies import CompaniesPage
from app.ui.pages.summons import SummonsPage

ZJ = make_credit_code("91330106MA2B2C3D4")
BJ = make_credit_code("91110108MA0000001")


@pytest.fixture
def two_companies(ui_ctx: UiContext) -> UiContext:
    for code, name, province in (
        (ZJ, "杭州声音科技有限公司", "330000"),
        (BJ, "北京合成科技有限公司", "110000"),
    ):
        companies.create_company(
            ui_ctx.db, ui_ctx.actor, companies.CompanyInput(code, name, province)
        )
    return ui_ctx


def _pick(qtbot: Any, dialog: SummonsDialog, text: str) -> None:
    """Type into the search field, wait for the debounced search, press Enter."""
    dialog.picker.search.clear()
    QTest.keyClicks(dialog.picker.search, text)
    qtbot.waitUntil(
        lambda: dialog.picker.model.rowCount() == 1 and not dialog.picker.timer.isActive()
    )
    QTest.keyClick(dialog.picker.search, Qt.Key.Key_Return)


def test_register_a_summons_with_two_companies_opens_two_cases(
    qtbot: Any, two_companies: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = two_companies
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.dialogs.summons_dialog.show_error",
        lambda parent, error, lang: shown.append(error.render(lang)),
    )
    changed: list[bool] = []
    ctx.bus.data_changed.connect(lambda: changed.append(True))
    dialog = SummonsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    # Given the meeting filled in
    dialog.held_on.setDate(QDate(2021, 3, 18))
    dialog.place.insert("北京")
    dialog.topic.insert("语音社交与深度合成安全评估")
    dialog.requirements.setPlainText("一个月内报送安全评估报告")
    dialog.add_agency("国家互联网信息办公室", "cyberspace", None)
    dialog.add_agency("公安部", "public_security", None)
    # and the two companies picked by typing part of their names / codes
    _pick(qtbot, dialog, "MA2B2C3D4")
    _pick(qtbot, dialog, "91110108")
    assert dialog.attendance.rowCount() == 2
    _pick(qtbot, dialog, "91110108")  # picking a company twice adds it once
    assert dialog.attendance.rowCount() == 2
    dialog.attendance.item(1, SummonsDialog.ATTENDED).setCheckState(Qt.CheckState.Unchecked)
    dialog.attendance.item(0, SummonsDialog.COMMITMENTS).setText("4月底前报送评估报告")
    # When "Register and open cases" is pressed
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    # Then two cases are opened, one per company in its own province, and shown
    assert shown == []
    assert len(dialog.case_numbers) == 2
    zj_case, bj_case = dialog.case_numbers
    assert zj_case.startswith("ZJ-2021-") and bj_case.startswith("BJ-2021-")
    assert dialog.result_label.isVisible()
    assert zj_case in dialog.result_label.text() and bj_case in dialog.result_label.text()
    assert dialog.result_cases.count() == 2
    assert changed
    # An Enter on a case number opens it
    opened: list[str] = []
    ctx.bus.open_case.connect(opened.append)
    dialog.result_cases.itemActivated.emit(dialog.result_cases.item(1))
    assert opened == [bj_case]

    # And each company lists its case on the Companies page
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    cases_of = {}
    for code in (ZJ, BJ):
        assert page.select_code(code)
        model = page.cases_model
        cases_of[code] = [model.case_number(r) for r in range(model.rowCount())]
    assert cases_of == {ZJ: [zj_case], BJ: [bj_case]}

    # And the Summons page shows the meeting with its attendance
    summons_page = SummonsPage(ctx)
    qtbot.addWidget(summons_page)
    summons_page.refresh()
    assert summons_page.model.rowCount() == 1
    attendance = summons_page.attendance_model
    assert attendance.rowCount() == 2
    texts = {
        attendance.data(attendance.index(r, attendance.CREDIT_CODE)): (
            attendance.data(attendance.index(r, attendance.ATTENDED)),
            attendance.case_number(r),
        )
        for r in range(2)
    }
    assert texts == {ZJ: ("✓ Yes", zj_case), BJ: ("✗ No", bj_case)}


def test_a_refused_summons_keeps_the_dialog_and_writes_nothing(
    qtbot: Any, two_companies: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.dialogs.summons_dialog.show_error",
        lambda parent, error, lang: shown.append(error.render(lang)),
    )
    dialog = SummonsDialog(two_companies)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.place.insert("北京")
    _pick(qtbot, dialog, "MA2B2C3D4")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    # No topic: refused with the field named; the company picked is still there
    assert len(shown) == 1 and "topic" in shown[0]
    assert dialog.case_numbers == [] and dialog.attendance.rowCount() == 1
    assert dialog.place.text() == "北京"


def test_ctrl_n_on_the_summons_page_opens_the_dialog(
    qtbot: Any, two_companies: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(SummonsDialog, "exec", lambda self: opened.append(True) or 0)
    page = SummonsPage(two_companies)
    qtbot.addWidget(page)
    page.new_item()
    assert opened == [True]
