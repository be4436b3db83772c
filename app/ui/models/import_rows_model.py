"""The rows an import would write, as parsed by app.services.registry.companies.preview_import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.registry.companies import COLUMNS, CompanyInput
from app.ui.models.field_labels import field_label
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
FIELDS = tuple(COLUMNS)  # credit_code, name_zh, province, name_en, ...


class ImportRowsModel(RowsTableModel[tuple[int, CompanyInput]]):
    """Column 0 is the row number as the spreadsheet shows it; then one column per field."""

    ROW = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, CompanyInput]] = []

    def headers(self) -> list[str]:
        # Each field in the window's language (its translation is field_labels').
        fields = [field_label("province_code" if n == "province" else n) for n in FIELDS]
        return [self.tr("Row"), *fields]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:  # every row's header reads "Row" too
            return self.tr("Row") if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= len(FIELDS):
            return " / ".join(COLUMNS[FIELDS[section - 1]])  # the headers a file may carry
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        number, data = self._rows[index.row()]
        if index.column() == self.ROW:
            return number
        return getattr(data, FIELDS[index.column() - 1]) or ""
