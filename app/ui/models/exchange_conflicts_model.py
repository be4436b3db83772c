"""Exchange conflicts: the open ones (a list), and one conflict's fields with a side chosen for each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.services.exchange import ConflictView, FieldChoice
from app.ui.models.exchange_summary_model import type_label
from app.ui.models.field_labels import field_label
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class ConflictListModel(RowsTableModel[ConflictView]):
    """One row per open conflict: the record, its kind, the fields that differ, when found."""

    RECORD, KIND, FIELDS, FOUND = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictView] = []

    def set_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.set_rows(conflicts)

    def headers(self) -> list[str]:
        return [
            self.tr("Record"),
            self.tr("Kind"),
            self.tr("Fields that differ"),
            self.tr("Found"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self._rows[index.row()]
        column = index.column()
        if column == self.RECORD:
            return c.label
        if column == self.KIND:
            return type_label(c.record_type)
        if column == self.FIELDS:
            return ", ".join(field_label(f.name) for f in c.differing)
        return c.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


class ConflictFieldsModel(RowsTableModel[FieldChoice]):
    """Field | here | in the package, each value cell checkable: the checked one is kept.

    Checking one side unchecks the other, so every field always has exactly one side.
    Fields that are the same on both sides are listed too (greyed), for context.
    """

    FIELD, LOCAL, INCOMING = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FieldChoice] = []
        self.sides: dict[str, str] = {}

    def set_conflict(self, conflict: ConflictView | None, default: str = "local") -> None:
        self.beginResetModel()
        self._rows = list(conflict.fields) if conflict else []
        self._rows.sort(key=lambda f: not f.differs)  # what differs first
        self.sides = {f.name: default for f in self._rows}
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Field"), self.tr("Here"), self.tr("In the package")]

    def take_all(self, side: str) -> None:
        for name in self.sides:
            self.sides[name] = side
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.LOCAL), self.index(len(self._rows) - 1, self.INCOMING)
            )

    def choices(self) -> dict[str, str]:
        return dict(self.sides)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() != self.FIELD and self._rows[index.row()].differs:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FIELD:
                return field_label(f.name) if role == Qt.ItemDataRole.DisplayRole else f.name
            return _shown(f.local if column == self.LOCAL else f.incoming)
        if role == Qt.ItemDataRole.CheckStateRole and column != self.FIELD and f.differs:
            side = "local" if column == self.LOCAL else "incoming"
            chosen = self.sides.get(f.name) == side
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not f.differs:
            from PySide6.QtGui import QColor

            return QColor("#777777")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        f = self._rows[index.row()]
        if index.column() == self.FIELD or not f.differs:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        side = "local" if index.column() == self.LOCAL else "incoming"
        other = "incoming" if side == "local" else "local"
        self.sides[f.name] = side if checked else other
        self.dataChanged.emit(
            self.index(index.row(), self.LOCAL), self.index(index.row(), self.INCOMING)
        )
        return True
