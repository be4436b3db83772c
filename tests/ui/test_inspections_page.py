"""The Inspections page: demo inspections, upcoming first, the province filter, Enter opens the case."""

from __future__ import annotations

import importlib
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from app.services.rectification import inspections
from app.ui.context import UiContext
from app.ui.models.inspections_model import InspectionsModel
from app.ui.pages.inspections import InspectionsPage


def _page(qtbot: Any, ctx: UiContext) -> InspectionsPage:
    page = InspectionsPage(ctx)
    qtbot.addWidget(page)
    page.restore_state()
    page.refresh()
    return page


def _case_numbers(page: InspectionsPage) -> list[str]:
    column = page.model.column_of(InspectionsModel.CASE)
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def test_the_page_is_the_one_the_navigation_bar_names() -> None:
    from app.ui.main_window import PAGES

    spec = next(s for s in PAGES if s.key == "inspections")
    assert getattr(importlib.import_module(spec.module), spec.cls) is InspectionsPage


def test_lists_the_demo_inspections_most_recent_first(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    assert _case_numbers(page) == ["ZJ-2021-0002", "BJ-2021-0004"]
    date_column = page.model.column_of(InspectionsModel.DATE)
    assert page.proxy.index(0, date_column).data() == "25 May 2021"
    assert "0" in page.count_label.text() and "2" in page.count_label.text()


def test_upcoming_inspections_come_first(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    inspections.schedule_inspection(
        demo_ctx.db,
        demo_ctx.actor,
        "BJ-2021-0004",
        inspections.InspectionInput(
            inspected_on=date.today() + timedelta(days=7), address="北京市海淀区复查地点"
        ),
    )
    demo_ctx.bus.data_changed.emit()
    assert _case_numbers(page) == ["BJ-2021-0004", "ZJ-2021-0002", "BJ-2021-0004"]
    assert page.model.row_at(0).upcoming and page.model.row_at(0).address == "北京市海淀区复查地点"


def test_the_province_filter_applies(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    demo_ctx.province_filter = frozenset({"110000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    assert _case_numbers(page) == ["BJ-2021-0004"]
    demo_ctx.province_filter = frozenset({"330000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    assert _case_numbers(page) == ["ZJ-2021-0002"]
    demo_ctx.province_filter = None
    demo_ctx.bus.province_filter_changed.emit(None)
    assert len(_case_numbers(page)) == 2


def test_enter_opens_the_case_and_the_text_filter_narrows(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    with qtbot.waitSignal(demo_ctx.bus.open_case) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["BJ-2021-0004"]
    # Typing in the filter and pressing Enter on a single match opens it
    qtbot.keyClicks(page.text_filter, "ZJ-2021")
    assert _case_numbers(page) == ["ZJ-2021-0002"]
    with qtbot.waitSignal(demo_ctx.bus.open_case) as opened:
        qtbot.keyClick(page.text_filter, Qt.Key.Key_Return)
    assert opened.args == ["ZJ-2021-0002"]


def test_open_editor_from_the_page(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    page.table.setCurrentIndex(page.proxy.index(1, 0))
    editor = page.open_editor()
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.case_number == "BJ-2021-0004"
    assert "人脸融合" in editor.notes.toPlainText()
    assert editor.photos.count() == 1 and not editor.photos.is_placeholder(0)
