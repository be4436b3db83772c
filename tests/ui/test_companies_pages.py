"""The Companies and Summons pages on the demo data."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.ui.context import UiContext
from app.ui.dialogs.company_dialog import CompanyDialog
from app.ui.dialogs.import_dialog import ImportDialog
from app.ui.models.companies_model import CompaniesModel
from app.ui.pages.companies import CompaniesPage
from app.ui.pages.summons import SummonsPage


def _page(qtbot: Any, ctx: UiContext) -> CompaniesPage:
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_companies_filter_by_text_and_province(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    assert page.model.rowCount() == 11
    assert all(page.model.row(r).is_demo for r in range(11))
    # Text filter (debounced), Chinese included
    page.filter.setText("映客")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "映客" in page.model.row(0).name_zh
    assert page.model.data(page.model.index(0, CompaniesModel.NAME)) == page.model.row(0).name_en
    page.filter.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 11)
    # The global province filter
    demo_ctx.province_filter = frozenset({"330000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    provinces = {page.model.row(r).province_code for r in range(page.model.rowCount())}
    assert provinces == {"330000"} and page.model.rowCount() >= 1


def test_selecting_a_company_lists_its_cases_and_enter_opens_one(
    qtbot: Any, demo_ctx: UiContext
) -> None:
    page = _page(qtbot, demo_ctx)
    page.table.selectRow(0)
    assert page.cases_model.rowCount() == 1
    opened: list[str] = []
    demo_ctx.bus.open_case.connect(opened.append)
    page.cases_table.setCurrentIndex(page.cases_model.index(0, 0))
    qtbot.keyClick(page.cases_table, Qt.Key.Key_Return)
    assert opened == [page.cases_model.case_number(0)]


def test_enter_edits_ctrl_n_creates_import_opens(
    qtbot: Any, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str | None] = []
    monkeypatch.setattr(CompanyDialog, "exec", lambda self: seen.append(self.original_code) or 0)
    monkeypatch.setattr(ImportDialog, "exec", lambda self: seen.append("import") or 0)
    page = _page(qtbot, demo_ctx)
    page.table.selectRow(2)
    code = page.selected_code()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.new_item()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert seen == [code, None, "import"]


def test_summons_page_shows_the_demo_meeting(qtbot: Any, demo_ctx: UiContext) -> None:
    page = SummonsPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == 11  # companies summoned
    assert page.attendance_model.rowCount() == 11
    assert "公安" in page.detail_text.toPlainText()
    opened: list[str] = []
    demo_ctx.bus.open_case.connect(opened.append)
    page.attendance.setCurrentIndex(page.attendance_model.index(0, 0))
    qtbot.keyClick(page.attendance, Qt.Key.Key_Return)
    assert opened and opened[0] == page.attendance_model.case_number(0)
    # The province filter keeps the meeting (it summoned Zhejiang companies too)
    demo_ctx.province_filter = frozenset({"330000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    assert page.model.rowCount() == 1
