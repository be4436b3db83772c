"""The rows an import would write, as parsed by app.services.companies.preview_import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.companies import COLUMNS, CompanyInput
from app.ui.models.field_labels import field_label

Index = QModelIndex | QPersistentModelIndex
FIELDS = tuple(COLUMNS)  # credit_code, name_zh, province, name_en, ...


class ImportRowsModel(QAbstractTableModel):
    """Column 0 is the row number as the spreadsheet shows it; then one column per field."""

    ROW = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, CompanyInput]] = []

    def set_rows(self, rows: list[tuple[int, CompanyInput]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section == self.ROW:
            return self.tr("Row") if role == Qt.ItemDataRole.DisplayRole else None
        name = FIELDS[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:  # the field, in the window's language
            return field_label("province_code" if name == "province" else name)
        if role == Qt.ItemDataRole.ToolTipRole:  # the headers a file may carry for it
            return " / ".join(COLUMNS[name])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        number, data = self._rows[index.row()]
        if index.column() == self.ROW:
            return number
        return getattr(data, FIELDS[index.column() - 1]) or ""
