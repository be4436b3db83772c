"""Scheduled on-site inspections on the dashboard, soonest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.readmodel.dashboard import InspectionRow
from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class DashboardInspectionsModel(RowsTableModel[InspectionRow]):
    CASE, WHEN, DATE, COMPANY, ADDRESS, INSPECTORS = range(6)
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[InspectionRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Case"),
            self.tr("When"),
            self.tr("Date"),
            self.tr("Company"),
            self.tr("Address"),
            self.tr("Inspectors"),
        ]

    def when_text(self, days: int) -> str:
        return self.tr("Today") if days == 0 else self.tr("In %n days", "", days)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == self.SORT_ROLE:
            if col in (self.DATE, self.WHEN):
                return row.inspected_on.toordinal()
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ADDRESS, self.INSPECTORS):
            return self._display(row, col)
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        return None

    def _display(self, row: InspectionRow, col: int) -> Any:
        if col == self.CASE:
            return row.case_number
        if col == self.COMPANY:
            return named(row.company, row.company_en, self._lang)
        if col == self.DATE:
            return show_date(row.inspected_on, self._lang)
        if col == self.WHEN:
            return self.when_text(row.days_until)
        if col == self.ADDRESS:
            return row.address
        if col == self.INSPECTORS:
            return " ".join(row.inspectors.split())
        return None
