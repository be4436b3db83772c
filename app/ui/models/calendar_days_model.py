"""The working-day calendar of one year: official holidays, make-up days, days users entered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.overview.calendar import CalendarEntry
from app.services.overview.deadline_calendar import CalendarDayInfo, holiday_label
from app.ui.formatting import locale_for, show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

REST_COLOUR = QColor("#b00020")
WORK_COLOUR = QColor("#1f4e9a")


@dataclass(frozen=True)
class CalendarRow:
    day: date
    is_working: bool
    text: str  # the holiday's name or the user's note
    entered: bool  # True: entered by a user; False: from the official calendar
    in_lieu: bool = False


class CalendarDaysModel(RowsTableModel[CalendarRow]):
    """Official days and user-entered days of a year, in date order (official first on a tie)."""

    DATE, WEEKDAY, KIND, NAME, SOURCE = range(5)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._locale = locale_for(lang)
        self._rows: list[CalendarRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Weekday"),
            self.tr("Kind"),
            self.tr("Holiday / note"),
            self.tr("Source"),
        ]

    def set_days(self, official: list[CalendarDayInfo], entered: list[CalendarEntry]) -> None:
        rows = [
            CalendarRow(d.day, d.is_working, holiday_label(d.name, self._lang), False, d.in_lieu)
            for d in official
        ]
        rows += [CalendarRow(e.day, e.is_working, e.note, True) for e in entered]
        self.set_rows(sorted(rows, key=lambda r: (r.day, r.entered)))

    def counts(self) -> tuple[int, int, int]:
        """(official rest days, official make-up working days, user-entered days)."""
        rest = sum(1 for r in self._rows if not r.entered and not r.is_working)
        work = sum(1 for r in self._rows if not r.entered and r.is_working)
        return rest, work, sum(1 for r in self._rows if r.entered)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return show_date(row.day, self._lang)
            if col == self.WEEKDAY:
                return self._locale.dayName(row.day.isoweekday(), QLocale.FormatType.ShortFormat)
            if col == self.KIND:
                # The kind is said in words; the colour only repeats it.
                if row.is_working:
                    return self.tr("Working day") if row.entered else self.tr("Make-up working day")
                if row.entered:
                    return self.tr("Rest day")
                return self.tr("Holiday (in lieu)") if row.in_lieu else self.tr("Holiday")
            if col == self.NAME:
                return row.text
            if col == self.SOURCE:
                return self.tr("Entered") if row.entered else self.tr("Official")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.KIND:
            return QBrush(WORK_COLOUR if row.is_working else REST_COLOUR)
        if role == self.ROW_ROLE:
            return row
        return None
