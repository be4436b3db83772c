"""The cases of one company in every province: rows from app.services.registry.company_edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.services.registry.company_edit import CompanyCaseRow
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class CompanyCasesModel(RowsTableModel[CompanyCaseRow]):
    NUMBER, PROVINCE, STATUS, OPENED, CLOSED, SUMMONS = range(6)

    def __init__(self, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[CompanyCaseRow] = []

    def case_number(self, row: int) -> str | None:
        return self._rows[row].case_number if 0 <= row < len(self._rows) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Province"),
            self.tr("Status"),
            self.tr("Opened"),
            self.tr("Closed"),
            self.tr("Origin summons"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == CASE_NUMBER_ROLE:
            return row.case_number
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.NUMBER:
            return row.case_number
        if col == self.PROVINCE:
            return row.province_en if self.lang == "en" else row.province_zh
        if col == self.STATUS:
            try:
                return STATUS_LABELS[CaseStatus(row.status)][self.lang]
            except (ValueError, KeyError):
                return row.status
        if col == self.OPENED:
            return show_date(row.opened_on, self.lang)
        if col == self.CLOSED:
            return show_date(row.closed_on, self.lang) if row.closed_on else ""
        return row.summons_topic or ""
