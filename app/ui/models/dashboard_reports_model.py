"""Reports on the dashboard: received ones waiting for review, awaited ones past due."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.readmodel.dashboard import ReportRow
from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#b00020")


class DashboardReportsModel(RowsTableModel[ReportRow]):
    """Rows as the service orders them: overdue awaited reports first, then received ones
    waiting longest first."""

    CASE, STATE, DATE, COMPANY, TRIGGER, VERSION = range(6)
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[ReportRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Case"),
            self.tr("State"),
            self.tr("Received / due"),
            self.tr("Company"),
            self.tr("Trigger"),
            self.tr("Version"),
        ]

    def state_text(self, row: ReportRow) -> str:
        if row.awaited:
            return "⚠ " + self.tr("Not filed, %n days overdue", "", row.days)
        return self.tr("Waiting for review for %n days", "", row.days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == self.SORT_ROLE:
            if col == self.DATE:
                day = row.received_on or row.due_date
                return day.toordinal() if day else 0
            if col == self.VERSION:
                return row.report_version
            if col == self.STATE:
                return (0 if row.awaited else 1_000_000) - row.days  # overdue first, longest first
            return self._display(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE and row.awaited:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TRIGGER:
            return named(row.trigger_zh, row.trigger_en, self._lang)
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        return None

    def _display(self, row: ReportRow, col: int) -> Any:
        if col == self.CASE:
            return row.case_number
        if col == self.COMPANY:
            return named(row.company, row.company_en, self._lang)
        if col == self.TRIGGER:
            return row.trigger_code
        if col == self.VERSION:
            return row.report_version
        if col == self.DATE:
            day = row.received_on or row.due_date
            return show_date(day, self._lang)
        if col == self.STATE:
            return self.state_text(row)
        return None
