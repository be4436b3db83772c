"""The skeleton every list-backed table model shares: rows in a list, columns declared once.

A model keeps its rows in ``self._rows`` and declares its column titles once, in
:meth:`RowsTableModel.headers` (translated with ``self.tr`` in the model's own
class, where lupdate finds them); the row and column counts, the horizontal
header and the plain ``set_rows``/``row``/``rows`` come from here.  What a cell
shows stays the model's own ``data``.  A model whose header says more (a
tooltip, a vertical header) overrides ``headerData`` for that and asks
``super()`` for the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    _rows: list[RowT]

    def headers(self) -> list[str]:
        """The column titles, left to right, in the user's language."""
        raise NotImplementedError

    def set_rows(self, rows: Iterable[RowT]) -> None:
        """Show ``rows``, in the order given."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> RowT:
        return self._rows[row]

    def rows(self) -> list[RowT]:
        """A copy of the rows shown, in model order."""
        return list(self._rows)

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
