"""The companies table: rows from app.services.registry.companies.list_companies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.registry.companies import CompanyRow
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CREDIT_CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class CompaniesModel(RowsTableModel[CompanyRow]):
    CODE, NAME, SHORT_NAME, PROVINCE, CASES, DEMO = range(6)

    def __init__(self, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[CompanyRow] = []

    def name(self, row: CompanyRow) -> str:
        """The company's name in the user's language (Chinese when there is no English one)."""
        return (row.name_en or row.name_zh) if self.lang == "en" else row.name_zh

    def headers(self) -> list[str]:
        return [
            self.tr("Credit code"),
            self.tr("Name"),
            self.tr("Short name"),
            self.tr("Province"),
            self.tr("Cases"),
            self.tr("Demo"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == CREDIT_CODE_ROLE:
            return row.credit_code
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if col == self.CODE:
                return row.credit_code
            if col == self.NAME:
                return self.name(row)
            if col == self.SHORT_NAME:
                return row.short_name or ""
            if col == self.PROVINCE:
                return row.province_name_en if self.lang == "en" else row.province_name_zh
            if col == self.CASES:
                return row.case_count
            if col == self.DEMO:
                if role == SORT_ROLE:
                    return int(row.is_demo)
                return self.tr("Demo") if row.is_demo else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NAME:
                return "\n".join(n for n in (row.name_zh, row.name_en) if n)
            if col == self.DEMO and row.is_demo:
                return self.tr("Sample record of the demo data set")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.CASES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
