"""The dashboard page on the demo data: rows, opening cases, the province filter, dismissals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services.overview import reminders
from app.services.rectification import inspections
from app.services.support.context import Actor
from app.ui.context import UiContext
from app.ui.pages.dashboard import DashboardPage


def _page(qtbot: Any, ctx: UiContext) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.refresh()
    page.show()
    return page


def _column(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_demo_dashboard_shows_overdue_findings_most_overdue_first(
    qtbot: Any, demo_ctx: UiContext
) -> None:
    page = _page(qtbot, demo_ctx)
    assert page.data is not None
    overdue = page.overdue_model
    assert overdue.rowCount() == page.data.overdue_total > 0
    days = [overdue.days_left(overdue.row(r)) for r in range(overdue.rowCount())]
    assert days == sorted(days) and all(d < 0 for d in days)
    assert all("overdue" in text for text in _column(page.overdue_view, overdue.DAYS))
    assert page.later_model.rowCount() == len(page.data.due_later)
    assert page.reports_model.rowCount() == len(page.data.reports_overdue) + len(
        page.data.awaiting_review
    )
    assert not page.overdue_section.empty.isVisible()
    assert page.chart.categories and sum(page.chart.overdue_values) == page.data.overdue_total
    assert f"({page.data.overdue_total})" in page.overdue_box.title()


def test_double_click_and_enter_open_the_case(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    view = page.overdue_view
    expected = view.model().index(1, 0).data()
    rect = view.visualRect(view.model().index(1, 2))
    with qtbot.waitSignal(demo_ctx.bus.open_case) as opened:
        # A real double-click: the first press, then the double-click event
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [expected]

    view = page.later_view
    page.due_tabs.setCurrentIndex(1)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(demo_ctx.bus.open_case) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [view.model().index(0, 0).data()]


def test_province_filter_narrows_every_section(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    before = page.overdue_model.rowCount()
    demo_ctx.province_filter = frozenset({"330000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    cases = _column(page.overdue_view, 0) + _column(page.later_view, 0)
    assert cases and all(c.startswith("ZJ-") for c in cases)
    assert page.overdue_model.rowCount() < before
    assert page.chart.categories == ["Zhejiang"]
    assert "Zhejiang" in page.heading.text()


def test_an_official_sees_only_their_province(qtbot: Any, demo_ctx: UiContext) -> None:
    demo_ctx.actor = Actor(
        "li", role="inspector", all_provinces=False, provinces=frozenset({"110000"})
    )
    page = _page(qtbot, demo_ctx)
    shown = _column(page.overdue_view, 0) + _column(page.reports_view, 0)
    assert shown and all(c.startswith("BJ-") for c in shown)


def test_dismiss_reminder_from_the_context_action(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    view = page.overdue_view
    view.setCurrentIndex(view.model().index(0, 0))
    finding_id = view.model().index(0, 0).data(page.overdue_model.FINDING_ID_ROLE)
    action = next(a for a in view.actions() if a.shortcut().toString() == "Ctrl+D")
    with qtbot.waitSignal(demo_ctx.bus.status_message) as message:
        action.trigger()
    assert "dismissed until the next step" in message.args[0]
    # The row says so, and the reminder stays silent today
    row = next(
        r
        for r in range(view.model().rowCount())
        if view.model().index(r, 0).data(page.overdue_model.FINDING_ID_ROLE) == finding_id
    )
    assert "dismissed" in view.model().index(row, page.overdue_model.DAYS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    due = reminders.due_reminders(demo_ctx.db, demo_ctx.actor, as_of=date.today())
    assert finding_id not in {str(r.finding_id) for r in due}


def test_upcoming_inspection_appears(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    assert page.inspections_model.rowCount() == 0 and page.inspections_section.empty.isVisible()
    day = date.today() + timedelta(days=3)
    inspections.schedule_inspection(
        demo_ctx.db,
        demo_ctx.actor,
        "ZJ-2021-0001",
        inspections.InspectionInput(day, "杭州市余杭区"),
    )
    demo_ctx.bus.data_changed.emit()
    assert _column(page.inspections_view, 0) == ["ZJ-2021-0001"]
    assert _column(page.inspections_view, page.inspections_model.WHEN) == ["In 3 days"]
    assert not page.inspections_section.empty.isVisible()


def test_layout_is_remembered(qtbot: Any, demo_ctx: UiContext) -> None:
    page = _page(qtbot, demo_ctx)
    page.splitter.setSizes([900, 300])
    page.overdue_view.setColumnWidth(0, 171)
    page.save_state()
    again = _page(qtbot, demo_ctx)
    again.restore_state()
    assert again.overdue_view.columnWidth(0) == 171
