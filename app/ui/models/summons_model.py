"""The summons table: rows from app.services.casework.summons_list.list_summons."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.casework.summons_list import SummonsRow
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class SummonsModel(RowsTableModel[SummonsRow]):
    DATE, PLACE, TOPIC, COMPANIES, CASES = range(5)

    def __init__(self, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[SummonsRow] = []

    def summons_id(self, row: int) -> uuid.UUID | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Place"),
            self.tr("Topic"),
            self.tr("Companies"),
            self.tr("Cases opened"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.DATE:
                # Shown in the language's form; sorted by the date itself.
                if role == SORT_ROLE:
                    return row.held_on.toordinal()
                return show_date(row.held_on, self.lang)
            if col == self.PLACE:
                return row.place
            if col == self.TOPIC:
                return row.topic
            if col == self.COMPANIES:
                return row.company_count
            return row.case_count
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TOPIC:
            return row.topic
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COMPANIES, self.CASES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
