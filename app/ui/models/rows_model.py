"""The skeleton every list-backed table model shares: rows in a list, columns declared once.

A model keeps its rows in ``self._rows`` and declares its column titles once, in
:meth:`RowsTableModel.headers` (translated with ``self.tr`` in the model's own
class, where lupdate finds them); the row and column counts and the horizontal
header come from here.  What a cell shows stays the model's own ``data``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    _rows: list[Any]

    def headers(self) -> list[str]:
        """The column titles, left to right, in the user's language."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.headers()
        return titles[section] if 0 <= section < len(titles) else None
