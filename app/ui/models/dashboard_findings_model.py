"""Findings with deadlines on the dashboard: overdue, due within a week, due within a month.

Rows are plain data from the services (``dashboard.DeadlineRow`` or
``reminders.Reminder``): anything with the attributes in :class:`DeadlineLike`.
Days are counted from the ``as_of`` day the rows were fetched for.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#b00020")
SOON_COLOUR = QColor("#a05a00")
SOON_DAYS = 7


class DeadlineLike(Protocol):
    @property
    def finding_id(self) -> uuid.UUID: ...
    @property
    def case_number(self) -> str: ...
    @property
    def finding_number(self) -> int: ...
    @property
    def company(self) -> str: ...
    @property
    def company_en(self) -> str | None: ...
    @property
    def item_code(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def current_deadline(self) -> date: ...


class DashboardFindingsModel(RowsTableModel[DeadlineLike]):
    CASE, NUMBER, DAYS, DEADLINE, COMPANY, ITEM, DESCRIPTION = range(7)
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    FINDING_ID_ROLE = Qt.ItemDataRole.UserRole + 2
    SORT_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[DeadlineLike] = []
        self._as_of = date.today()
        self._silenced: set[uuid.UUID] = set()
        self._items: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [
            self.tr("Case"),
            self.tr("No."),
            self.tr("Days"),
            self.tr("Deadline"),
            self.tr("Company"),
            self.tr("Item"),
            self.tr("Description"),
        ]

    def set_rows(
        self,
        rows: Iterable[DeadlineLike],
        as_of: date | None = None,
        *,
        silenced: set[uuid.UUID] | None = None,
        item_names: dict[str, str] | None = None,
    ) -> None:
        """Show ``rows``, days counted from ``as_of`` (today if not given); ``silenced`` are
        findings whose current reminder was dismissed."""
        self.beginResetModel()
        self._rows = list(rows)
        self._as_of = as_of or date.today()
        self._silenced = set(silenced or ())
        self._items = dict(item_names or {})
        self.endResetModel()

    def days_left(self, row: DeadlineLike) -> int:
        return (row.current_deadline - self._as_of).days

    def days_text(self, days_left: int) -> str:
        """Overdue is said in words (and marked ⚠), never by colour alone."""
        if days_left < 0:
            return "⚠ " + self.tr("%n days overdue", "", -days_left)
        if days_left == 0:
            return self.tr("Due today")
        return self.tr("%n days left", "", days_left)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        days = self.days_left(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, days)
        if role == self.SORT_ROLE:
            if col in (self.DEADLINE, self.DAYS):
                return row.current_deadline.toordinal()
            if col == self.NUMBER:
                return row.finding_number
            return self._display(row, col, days)
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.DEADLINE, self.DAYS):
            if days < 0:
                return QBrush(OVERDUE_COLOUR)
            if days <= SOON_DAYS:
                return QBrush(SOON_COLOUR)
        if (
            role == Qt.ItemDataRole.FontRole
            and col == self.DAYS
            and row.finding_id in self._silenced
        ):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.description
            if col == self.ITEM and row.item_code in self._items:
                tip = self._items[row.item_code]
            if row.finding_id in self._silenced:
                tip += "\n" + self.tr("Reminder dismissed until the next step")
            return tip
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        if role == self.FINDING_ID_ROLE:
            return str(row.finding_id)
        return None

    def _display(self, row: DeadlineLike, col: int, days: int) -> Any:
        if col == self.CASE:
            return row.case_number
        if col == self.NUMBER:
            return f"#{row.finding_number}"
        if col == self.COMPANY:
            return named(row.company, row.company_en, self._lang)
        if col == self.ITEM:
            return row.item_code
        if col == self.DEADLINE:
            return show_date(row.current_deadline, self._lang)
        if col == self.DAYS:
            return self.days_text(days)
        if col == self.DESCRIPTION:
            return " ".join(row.description.split())
        return None
