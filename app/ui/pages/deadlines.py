"""Deadlines: a month calendar marking the days deadlines fall on, and the list of a day or week.

Finding deadlines and awaited reports' due dates come from
:mod:`app.services.overview.deadline_calendar`; the working-day calendar (official
holidays, make-up days, days users entered) opens from here too.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.overview import calendar as work_calendar
from app.services.overview import deadline_calendar
from app.ui.context import UiContext
from app.ui.dialogs.calendar_days_dialog import CalendarDaysDialog
from app.ui.formatting import show_date
from app.ui.models.deadlines_model import DeadlinesModel
from app.ui.pages.base import Page
from app.ui.widgets.deadline_calendar import DeadlineCalendar, legend_pixmap

SETTINGS_PREFIX = "deadlines/"


class DeadlinesPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._as_of = date.today()

        self.calendar = DeadlineCalendar()
        self.calendar.setLocale(self.locale())
        self.calendar.setSelectedDate(QDate.currentDate())

        self.today_button = QPushButton(self.tr("&Today"))
        self.day_mode = QRadioButton(self.tr("&Day"))
        self.week_mode = QRadioButton(self.tr("&Week"))
        self.week_mode.setChecked(True)  # "what falls due this week" first
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.day_mode)
        self.mode_group.addButton(self.week_mode)
        self.calendar_button = QPushButton(self.tr("Working-day &calendar…"))
        self.calendar_button.setToolTip(
            self.tr("Official holidays and make-up working days; enter the days of later years")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.today_button)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("List:")))
        bar.addWidget(self.day_mode)
        bar.addWidget(self.week_mode)
        bar.addStretch(1)
        bar.addWidget(self.calendar_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar, 1)
        left_layout.addLayout(self._legend())
        left_layout.addWidget(QLabel(self.tr("Off / Work: public holiday / make-up working day")))
        self.month_summary = QLabel()
        self.month_summary.setWordWrap(True)
        left_layout.addWidget(self.month_summary)

        self.list_title = QLabel()
        font = self.list_title.font()
        font.setBold(True)
        self.list_title.setFont(font)
        self.model = DeadlinesModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setObjectName("deadlines_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.list_title)
        right_layout.addWidget(self.list_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([520, 650])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.setTabOrder(self.today_button, self.day_mode)
        self.setTabOrder(self.day_mode, self.week_mode)
        self.setTabOrder(self.week_mode, self.calendar_button)
        self.setTabOrder(self.calendar_button, self.calendar)
        self.setTabOrder(self.calendar, self.table)

        self.calendar.currentPageChanged.connect(lambda _y, _m: self.reload_marks())
        self.calendar.selectionChanged.connect(self.reload_list)
        self.today_button.clicked.connect(self.go_to_today)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        self.calendar_button.clicked.connect(self.open_working_day_calendar)
        self.table.doubleClicked.connect(self._open_index)
        # Enter opens the row on every platform (QAbstractItemView.activated depends on
        # the style, and would fire a second time on a double click).
        self.table.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def title(self) -> str:
        return self.tr("Deadlines")

    def _legend(self) -> QHBoxLayout:
        legend = QHBoxLayout()
        for kind, text in (
            ("due", self.tr("findings due")),
            ("overdue", self.tr("overdue")),
            ("report", self.tr("report due")),
        ):
            icon = QLabel()
            icon.setPixmap(legend_pixmap(kind))
            legend.addWidget(icon)
            legend.addWidget(QLabel(text))
            legend.addSpacing(10)
        legend.addStretch(1)
        return legend

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._as_of = date.today()
        self.calendar.set_today(self._as_of)
        self.reload_marks()
        self.reload_list()

    def reload_marks(self) -> None:
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        marks = deadline_calendar.deadlines_in_month(
            self.ctx.db,
            self.ctx.actor,
            year,
            month,
            provinces=self.ctx.provinces_shown(),
            as_of=self._as_of,
        )
        self.calendar.set_marks(marks)
        special = {d.day: d.is_working for d in deadline_calendar.official_calendar(year)}
        special.update(
            {e.day: e.is_working for e in work_calendar.calendar_entries(self.ctx.db, year)}
        )
        self.calendar.set_special_days(special)
        counts = [
            sum(getattr(m, field) for m in marks.values())
            for field in ("findings", "overdue", "reports_due", "reports_overdue")
        ]
        findings, overdue, reports, reports_overdue = counts
        # Each count reads in its own number ("1 finding deadline", "2 finding deadlines")
        text = self.tr("This month: %1 (%2 overdue); %3 (%4 overdue).")
        parts = (
            self.tr("%n finding deadline(s)", "", findings),
            str(overdue),
            self.tr("%n report(s) due", "", reports),
            str(reports_overdue),
        )
        for n, part in enumerate(parts, start=1):
            text = text.replace(f"%{n}", part)
        self.month_summary.setText(text)

    def selected_range(self) -> tuple[date, date]:
        """The day selected, or the week (Monday to Sunday) containing it."""
        day = self.calendar.selected_day()
        if self.day_mode.isChecked():
            return day, day
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)

    def reload_list(self) -> None:
        start, end = self.selected_range()
        items = deadline_calendar.deadlines_between(
            self.ctx.db,
            self.ctx.actor,
            start,
            end,
            provinces=self.ctx.provinces_shown(),
            as_of=self._as_of,
        )
        self.model.set_items(items)
        if start == end:
            title = self.tr("Deadlines on %1").replace("%1", show_date(start, self.ctx.lang))
        else:
            title = (
                self.tr("Deadlines from %1 to %2")
                .replace("%1", show_date(start, self.ctx.lang))
                .replace("%2", show_date(end, self.ctx.lang))
            )
        overdue = self.model.overdue_count()
        count = self.tr("%n item(s)", "", len(items))
        if overdue:
            count += self.tr(", ⚠ %n overdue", "", overdue)
        self.list_title.setText(f"{title} · {count}")
        self.empty_label.setText(
            self.tr("Nothing falls due on this day.")
            if start == end
            else self.tr("Nothing falls due in this week.")
        )
        self.list_stack.setCurrentWidget(self.table if items else self.empty_label)
        if items:
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)

    # --- actions ---------------------------------------------------------------------------

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.reload_list()

    def go_to_today(self) -> None:
        self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.showSelectedDate()
        self.calendar.setFocus()

    def show_day(self, day: date) -> None:
        """Select ``day`` and show its month (the list follows)."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.showSelectedDate()

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.bus.open_case.emit(str(index.data(DeadlinesModel.CASE_NUMBER_ROLE)))

    def open_working_day_calendar(self) -> None:
        dialog = CalendarDaysDialog(self.ctx, self.calendar.yearShown(), self)
        dialog.exec()

    # --- layout memory ---------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue(SETTINGS_PREFIX + "splitter", self.splitter.saveState())
        self.ctx.settings.setValue(
            SETTINGS_PREFIX + "columns", self.table.horizontalHeader().saveState()
        )
        self.ctx.settings.setValue(SETTINGS_PREFIX + "week_mode", self.week_mode.isChecked())

    def restore_state(self) -> None:
        splitter = self.ctx.settings.value(SETTINGS_PREFIX + "splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        columns = self.ctx.settings.value(SETTINGS_PREFIX + "columns")
        if isinstance(columns, QByteArray):
            self.table.horizontalHeader().restoreState(columns)
        week = self.ctx.settings.value(SETTINGS_PREFIX + "week_mode", True, type=bool)
        (self.week_mode if week else self.day_mode).setChecked(True)
