"""The deadlines page on the demo data: calendar marks, day and week lists, opening a case."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.services.overview.deadline_calendar import DeadlineItem, deadlines_between
from app.ui.context import UiContext
from app.ui.dialogs.calendar_days_dialog import CalendarDaysDialog
from app.ui.formatting import show_date
from app.ui.models.deadlines_model import DeadlinesModel
from app.ui.pages.deadlines import DeadlinesPage
from app.ui.widgets.deadline_calendar import DeadlineCalendar


def _demo_items(ctx: UiContext, days: int = 60) -> list[DeadlineItem]:
    today = date.today()
    return deadlines_between(
        ctx.db,
        ctx.actor,
        today - timedelta(days=days),
        today + timedelta(days=days),
        provinces=None,
        as_of=today,
    )


def _cell_index(calendar: DeadlineCalendar, day: date) -> QModelIndex:
    """The calendar's grid cell of ``day`` (which must be in the month shown)."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model = view.model()
    cells = [
        model.index(row, col)
        for row in range(model.rowCount())
        for col in range(model.columnCount())
    ]
    # Days of the previous month shown before the 1st are all above 20.
    first = next(n for n, cell in enumerate(cells) if cell.row() > 0 and cell.data() in (1, "1"))
    return cells[first + day.day - 1]


def _click_day(qtbot: QtBot, calendar: DeadlineCalendar, day: date) -> None:
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    rect = view.visualRect(_cell_index(calendar, day))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def page(qtbot: QtBot, demo_ctx: UiContext) -> DeadlinesPage:
    widget = DeadlinesPage(demo_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_todays_month_marks_the_demo_deadlines(page: DeadlinesPage, demo_ctx: UiContext) -> None:
    # Given the demo data, loaded relative to today
    items = _demo_items(demo_ctx)
    assert any(i.overdue for i in items) and any(not i.overdue for i in items)
    today = date.today()
    # Then the month shown is today's, and each of its deadlines is marked on its day
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (today.year, today.month)
    this_month = [i for i in items if (i.due.year, i.due.month) == (today.year, today.month)]
    assert this_month, "the demo puts deadlines around today"
    for item in this_month:
        marks = page.calendar.marks(item.due)
        assert marks is not None
        assert marks.findings + marks.reports_due >= 1
    marked = sum(m.findings for d in page.calendar.marked_days() if (m := page.calendar.marks(d)))
    assert marked == sum(1 for i in this_month if i.kind == "finding")


def test_an_overdue_day_is_marked_distinctly(page: DeadlinesPage, demo_ctx: UiContext) -> None:
    items = _demo_items(demo_ctx)
    overdue = next(i for i in items if i.overdue and i.kind == "finding")
    due = next(i for i in items if not i.overdue and i.kind == "finding")
    page.calendar.setCurrentPage(overdue.due.year, overdue.due.month)  # navigating reloads
    # A day with an overdue deadline: tint, "!" marker and a red badge.
    late = page.calendar.cell_marks(overdue.due)
    assert late is not None and late.overdue and late.finding_badge_overdue
    assert late.finding_badge is not None and int(late.finding_badge) >= 1
    page.calendar.setCurrentPage(due.due.year, due.due.month)
    coming = page.calendar.cell_marks(due.due)
    assert coming is not None and not coming.overdue and coming.finding_badge is not None
    # An unmarked day has nothing drawn.
    quiet = next(
        date(due.due.year, due.due.month, d)
        for d in range(1, 29)
        if page.calendar.marks(date(due.due.year, due.due.month, d)) is None
    )
    assert page.calendar.cell_marks(quiet) is None
    # And it shows on screen: the overdue cell is tinted red, away from its text.
    page.calendar.setCurrentPage(overdue.due.year, overdue.due.month)
    page.calendar.setSelectedDate(QDate(overdue.due.year, overdue.due.month, 1))
    if overdue.due.day == 1:
        page.calendar.setSelectedDate(QDate(overdue.due.year, overdue.due.month, 2))
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    rect = view.visualRect(_cell_index(page.calendar, overdue.due))
    image = view.viewport().grab().toImage()
    pixel = QColor(image.pixel(rect.left() + rect.width() // 4, rect.center().y()))
    assert pixel.red() > pixel.green() + 15, pixel.name()


def test_clicking_a_day_lists_its_deadlines(
    qtbot: QtBot, page: DeadlinesPage, demo_ctx: UiContext
) -> None:
    item = next(i for i in _demo_items(demo_ctx) if i.overdue)
    page.day_mode.setChecked(True)
    page.calendar.setCurrentPage(item.due.year, item.due.month)
    _click_day(qtbot, page.calendar, item.due)
    assert page.calendar.selected_day() == item.due
    model = page.model
    assert model.rowCount() >= 1
    shown = {
        model.data(model.index(r, DeadlinesModel.CASE), Qt.ItemDataRole.DisplayRole)
        for r in range(model.rowCount())
    }
    assert item.case_number in shown
    assert all(model.item(r).due == item.due for r in range(model.rowCount()))
    assert show_date(item.due, demo_ctx.lang) in page.list_title.text()
    assert "⚠" in page.list_title.text()  # the day's overdue items are counted in words
    # A day without deadlines says so.
    empty_day = next(
        date(item.due.year, item.due.month, d)
        for d in range(1, 29)
        if page.calendar.marks(date(item.due.year, item.due.month, d)) is None
    )
    _click_day(qtbot, page.calendar, empty_day)
    assert model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty_label


def test_week_mode_lists_seven_days(qtbot: QtBot, page: DeadlinesPage, demo_ctx: UiContext) -> None:
    item = next(i for i in _demo_items(demo_ctx) if not i.overdue)
    page.day_mode.setChecked(True)
    page.show_day(item.due)
    qtbot.mouseClick(page.week_mode, Qt.MouseButton.LeftButton)
    assert page.week_mode.isChecked()
    start, end = page.selected_range()
    assert (end - start).days == 6 and start.weekday() == 0 and start <= item.due <= end
    expected = deadlines_between(
        demo_ctx.db, demo_ctx.actor, start, end, provinces=None, as_of=date.today()
    )
    assert [page.model.item(r) for r in range(page.model.rowCount())] == expected
    assert all(start <= page.model.item(r).due <= end for r in range(page.model.rowCount()))
    title = page.list_title.text()
    assert show_date(start, demo_ctx.lang) in title and show_date(end, demo_ctx.lang) in title
    # Back to one day: only that day's rows.
    qtbot.mouseClick(page.day_mode, Qt.MouseButton.LeftButton)
    assert all(page.model.item(r).due == item.due for r in range(page.model.rowCount()))


def test_enter_and_double_click_open_the_case(
    qtbot: QtBot, page: DeadlinesPage, demo_ctx: UiContext
) -> None:
    item = next(i for i in _demo_items(demo_ctx) if i.overdue)
    page.day_mode.setChecked(True)
    page.show_day(item.due)
    opened: list[str] = []
    demo_ctx.bus.open_case.connect(opened.append)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.model.item(0).case_number]
    rect = page.table.visualRect(page.model.index(0, DeadlinesModel.CASE))
    # A real double click: a click, then the double-click event on the same cell.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [page.model.item(0).case_number] * 2


def test_navigating_months_and_the_province_filter_reload_marks(
    page: DeadlinesPage, demo_ctx: UiContext
) -> None:
    item = next(i for i in _demo_items(demo_ctx) if i.kind == "finding")
    page.calendar.setCurrentPage(item.due.year, item.due.month)
    assert page.calendar.marks(item.due) is not None
    # A month far from the demo's deadlines has none.
    page.calendar.setCurrentPage(2035, 1)
    assert page.calendar.marked_days() == []
    page.calendar.setCurrentPage(item.due.year, item.due.month)
    # A province without cases: nothing is marked.
    demo_ctx.province_filter = frozenset({"650000"})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    assert page.calendar.marked_days() == []
    demo_ctx.province_filter = frozenset({item.province_code})
    demo_ctx.bus.province_filter_changed.emit(demo_ctx.province_filter)
    assert page.calendar.marks(item.due) is not None


def test_month_summary_and_holiday_marks(page: DeadlinesPage) -> None:
    page.calendar.setCurrentPage(2021, 10)
    assert page.calendar.special_day(date(2021, 10, 1)) is False  # National Day
    assert page.calendar.special_day(date(2021, 10, 9)) is True  # make-up Saturday
    assert page.calendar.special_day(date(2021, 10, 12)) is None
    assert "0" in page.month_summary.text()  # 2021-10 of the demo: nothing unresolved due


def test_the_working_day_calendar_opens_from_the_page(
    qtbot: QtBot, page: DeadlinesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[int] = []

    def fake_exec(dialog: CalendarDaysDialog) -> int:
        shown.append(dialog.year.value())
        return 0

    monkeypatch.setattr("app.ui.pages.deadlines.CalendarDaysDialog.exec", fake_exec)
    page.calendar.setCurrentPage(2027, 3)
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    assert shown == [2027]


def test_layout_is_remembered(page: DeadlinesPage, demo_ctx: UiContext) -> None:
    page.day_mode.setChecked(True)
    page.save_state()
    again = DeadlinesPage(demo_ctx)
    again.restore_state()
    assert again.day_mode.isChecked()
    again.deleteLater()
