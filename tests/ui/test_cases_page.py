"""The cases page on the demo data: filters narrow the rows, Enter opens a case, Ctrl+N opens one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from app.services.casework import cases
from app.services.registry import companies
from app.ui.context import UiContext
from app.ui.models.case_table_model import CaseTableModel
from app.ui.pages.cases import CasesPage


@pytest.fixture
def page(qtbot: Any, demo_ctx: UiContext) -> CasesPage:
    widget = CasesPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.restore_state()
    widget.refresh()
    widget.resize(1200, 700)
    widget.show()
    return widget


def _numbers(page: CasesPage) -> list[str]:
    return [page.model.case_number(r) or "" for r in range(page.model.rowCount())]


def test_lists_every_demo_case(page: CasesPage, demo_ctx: UiContext) -> None:
    assert page.model.rowCount() == len(cases.list_cases(demo_ctx.db, demo_ctx.actor)) > 5
    assert not page.model.canFetchMore(QModelIndex())
    assert page.count_label.text().startswith(str(page.model.rowCount()))


def test_status_filter_narrows_rows(page: CasesPage) -> None:
    everything = page.model.rowCount()
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert 0 < page.model.rowCount() < everything
    status = CaseTableModel.STATUS
    assert {page.model.index(r, status).data() for r in range(page.model.rowCount())} == {"Closed"}


def test_overdue_only_narrows_rows(qtbot: Any, page: CasesPage) -> None:
    everything = page.model.rowCount()
    qtbot.mouseClick(page.overdue_only, Qt.MouseButton.LeftButton)
    assert page.overdue_only.isChecked()
    assert 0 < page.model.rowCount() < everything
    overdue = [
        page.model.index(r, CaseTableModel.OVERDUE).data(CaseTableModel.OVERDUE_ROLE)
        for r in range(page.model.rowCount())
    ]
    assert all(n > 0 for n in overdue)
    assert all(
        page.model.index(r, CaseTableModel.OVERDUE).data().startswith("⚠")
        for r in range(page.model.rowCount())
    )


def test_text_filter_applies_after_typing(qtbot: Any, page: CasesPage) -> None:
    everything = page.model.rowCount()
    qtbot.keyClicks(page.text_filter, "ZJ-2021")
    assert page.model.rowCount() == everything  # debounced: nothing yet
    qtbot.waitUntil(lambda: page.model.rowCount() < everything, timeout=2000)
    assert _numbers(page) and all(n.startswith("ZJ-2021") for n in _numbers(page))


def test_province_filter_applies(page: CasesPage, demo_ctx: UiContext) -> None:
    demo_ctx.province_filter = frozenset({"440000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    assert _numbers(page) and all(n.startswith("GD-") for n in _numbers(page))


def test_header_click_sorts_in_sql(qtbot: Any, page: CasesPage) -> None:
    header = page.table.horizontalHeader()
    first = _numbers(page)
    header.setSortIndicator(CaseTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert _numbers(page) == sorted(first, reverse=True)
    header.setSortIndicator(CaseTableModel.OVERDUE, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort_key == "overdue"
    overdue = [
        page.model.index(r, CaseTableModel.OVERDUE).data(CaseTableModel.OVERDUE_ROLE)
        for r in range(page.model.rowCount())
    ]
    assert overdue == sorted(overdue, reverse=True)


def test_enter_and_double_click_open_the_case(
    qtbot: Any, page: CasesPage, demo_ctx: UiContext
) -> None:
    page.table.setFocus()
    page.table.selectRow(2)
    with qtbot.waitSignal(demo_ctx.bus.open_case) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.case_number(2)]
    rect = page.table.visualRect(page.model.index(1, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(demo_ctx.bus.open_case) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [page.model.case_number(1)]


def test_column_layout_is_remembered(qtbot: Any, page: CasesPage, demo_ctx: UiContext) -> None:
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(CaseTableModel.STATUS), 0)
    header.resizeSection(CaseTableModel.COMPANY, 333)
    page.save_state()
    again = CasesPage(demo_ctx)
    qtbot.addWidget(again)
    again.restore_state()
    restored = again.table.horizontalHeader()
    assert restored.visualIndex(CaseTableModel.STATUS) == 0
    assert restored.sectionSize(CaseTableModel.COMPANY) == 333


def test_ctrl_n_opens_a_case_for_a_company(
    qtbot: Any, page: CasesPage, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.dialogs import open_case_dialog

    shown: list[str] = []
    monkeypatch.setattr(
        open_case_dialog, "show_error", lambda _p, exc, lang: shown.append(exc.render(lang))
    )
    dialogs: list[open_case_dialog.OpenCaseDialog] = []

    def keep(dialog: open_case_dialog.OpenCaseDialog) -> int:
        dialogs.append(dialog)
        return 0

    monkeypatch.setattr(open_case_dialog.OpenCaseDialog, "exec", keep)
    before = page.model.rowCount()
    # Ctrl+N in the main window calls page.new_item(), as the "New case…" button does
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs

    # A company nobody knows is refused, the text stays
    dialog.company.setText("不存在的公司")
    assert not dialog.save()
    assert shown and dialog.company.text() == "不存在的公司"

    # A real credit code opens a case; the list shows it and its window is asked for
    code = companies.list_companies(demo_ctx.db, demo_ctx.actor)[0].credit_code
    dialog.company.setText(code)
    with qtbot.waitSignal(demo_ctx.bus.open_case) as blocker:
        assert dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert page.model.rowCount() == before + 1
    assert blocker.args[0] in _numbers(page)
