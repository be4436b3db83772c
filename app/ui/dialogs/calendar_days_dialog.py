"""The working-day calendar of a year: official holidays and make-up days, and days users enter.

For a year the official calendar (the ``chinese_calendar`` package) does not
cover yet, the dialog says so and offers a form to enter that year's public
holidays and make-up working days; deadlines counted in working days use them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.overview import calendar as work_calendar
from app.services.overview import deadline_calendar
from app.services.support.permissions import can
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import setup_date_edit, show_date
from app.ui.models.calendar_days_model import CalendarDaysModel

MIN_YEAR, MAX_YEAR = 2000, 2100


class CalendarDaysDialog(QDialog):
    def __init__(self, ctx: UiContext, year: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.resize(760, 620)

        self.year = QSpinBox()
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(year or date.today().year)
        self.year.setAccelerated(True)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.model = CalendarDaysModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(80)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CalendarDaysModel.NAME, QHeaderView.ResizeMode.Stretch)

        self.form_box = QGroupBox(self.tr("Enter a day"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        setup_date_edit(self.day, ctx.lang)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Rest day (public holiday)"), False)
        self.kind.addItem(self.tr("Working day (make-up day)"), True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. New Year's Day"))
        self.add_button = QPushButton(self.tr("&Add day"))
        self.add_button.setToolTip(self.tr("Save this day (Ctrl+S)"))
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.add_button)
        # Everyone reads the calendar; entering days moves every deadline: supervisors only.
        permission.apply(
            (self.day, self.kind, self.note, self.add_button),
            can(ctx.actor, "calendar.set"),
            ctx.lang,
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)
        layout.addWidget(buttons)

        self.setTabOrder(self.year, self.table)
        self.setTabOrder(self.table, self.day)
        self.setTabOrder(self.day, self.kind)
        self.setTabOrder(self.kind, self.note)
        self.setTabOrder(self.note, self.add_button)

        self.year.valueChanged.connect(self._year_changed)
        self.add_button.clicked.connect(self.add_day)
        self.note.returnPressed.connect(self.add_day)
        QShortcut(QKeySequence.StandardKey.Save, self, self.add_day)
        self._year_changed(self.year.value())

    # --- showing ---------------------------------------------------------------------------

    def _year_changed(self, year: int) -> None:
        self.day.setDate(QDate(year, 1, 1))
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        official = deadline_calendar.official_calendar(year)
        entered = work_calendar.calendar_entries(self.ctx.db, year)
        self.model.set_days(official, entered)
        covered = len(official) > 0
        self.status.setText(self._status_text(year, covered, len(entered)))
        # A year without the official calendar is flagged, not only by colour: the text says so.
        self.status.setStyleSheet(
            ""
            if covered
            else "QLabel { background: #fff4e5; border: 1px solid #e0a040; padding: 6px; }"
        )

    def _status_text(self, year: int, covered: bool, entered: int) -> str:
        span = deadline_calendar.official_years()
        covers = (
            self.tr("The official calendar covers %1 to %2.")
            .replace("%1", str(span[0]))
            .replace("%2", str(span[1]))
            if span
            else ""
        )
        if covered:
            rest, work, _ = self.model.counts()
            text = (
                self.tr(
                    "%1: official public holidays and make-up working days (%2 holidays, "
                    "%3 make-up working days). Other days follow the week: Monday to Friday "
                    "are working days."
                )
                .replace("%1", str(year))
                .replace("%2", str(rest))
                .replace("%3", str(work))
            )
            if entered:
                text += " " + self.tr(
                    "Days entered by users take precedence over the official calendar."
                )
            return f"{text}\n{covers}".strip()
        if entered:
            text = self.tr(
                "The official calendar does not cover %1 yet. %n day(s) have been entered "
                "by users; working-day deadlines in %1 use them.",
                "",
                entered,
            ).replace("%1", str(year))
        else:
            text = self.tr(
                "The official calendar does not cover %1 yet, and no days have been entered. "
                "Working-day deadlines reaching into %1 count Monday to Friday only and are "
                "marked provisional. Enter the public holidays and make-up working days of "
                "%1 below once they are announced."
            ).replace("%1", str(year))
        return f"⚠ {text}\n{covers}".strip()

    # --- writing ---------------------------------------------------------------------------

    def add_day(self) -> None:
        if not self.add_button.isEnabled():  # Enter and Ctrl+S as well as the button
            return
        day: date = self.day.date().toPython()  # type: ignore[assignment]
        is_working = bool(self.kind.currentData())
        try:
            work_calendar.set_calendar_day(
                self.ctx.db, self.ctx.actor, day, is_working, self.note.text()
            )
        except Exception as exc:  # refused: the user's input stays as typed
            show_error(self, exc, self.ctx.lang)
            return
        self.ctx.bus.data_changed.emit()
        self.ctx.bus.status_message.emit(
            self.tr("Calendar day %1 saved.").replace("%1", show_date(day, self.ctx.lang))
        )
        self.note.clear()
        if self.year.value() != day.year:
            self.year.setValue(day.year)  # reloads
        else:
            self.reload()
        self.day.setDate(QDate(day.year, day.month, day.day).addDays(1))
        self.day.setFocus()
