"""The inspection checklist: every assessment item with its result and remark, editable.

With the model, the delegate that edits its Result column (a combo of the results).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.domain.labels import CHECKLIST_RESULT, label
from app.services.registry.reference import NamedRef
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

# The results the inspections service accepts, with their labels (app.domain.labels).
RESULT_LABELS = CHECKLIST_RESULT
RESULTS = tuple(RESULT_LABELS)
DEFAULT_RESULT = "not_checked"


def result_label(result: str, lang: str) -> str:
    return label("checklist_result", result, lang)


class ChecklistModel(RowsTableModel[NamedRef]):
    """Rows: assessment items in code order. Result and remark are editable.

    ``results()`` gives what to save: items already stored plus those changed
    from "not checked, no remark", so an untouched item adds no record.
    """

    ITEM, RESULT, REMARK = range(3)
    COLUMNS = 3
    CODE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[NamedRef] = []
        self._values: dict[str, tuple[str, str]] = {}
        self._stored: set[str] = set()

    # --- filling and reading ----------------------------------------------------------------

    def load(
        self, items: Iterable[NamedRef], stored: Mapping[str, tuple[str, str]] | None = None
    ) -> None:
        """Show ``items`` with the ``stored`` results (item code -> (result, remark))."""
        self.beginResetModel()
        self._rows = list(items)
        stored = dict(stored or {})
        self._stored = set(stored)
        self._values = {
            item.code: stored.get(item.code, (DEFAULT_RESULT, "")) for item in self._rows
        }
        self.endResetModel()

    def set_rows(self, rows: Iterable[NamedRef]) -> None:
        """The items with nothing stored (the base's set_rows would leave them no results)."""
        self.load(rows)

    def set_values(self, values: Mapping[str, tuple[str, str]]) -> None:
        """Replace results and remarks of known items (e.g. restored from a draft)."""
        for code, (result, remark) in values.items():
            if code in self._values and result in RESULT_LABELS:
                self._values[code] = (result, remark)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def values(self) -> dict[str, tuple[str, str]]:
        """Every item's (result, remark), in item order."""
        return {item.code: self._values[item.code] for item in self._rows}

    def results(self) -> dict[str, tuple[str, str]]:
        """What to save: stored items and items changed from the default."""
        return {
            code: value
            for code, value in self.values().items()
            if code in self._stored or value != (DEFAULT_RESULT, "")
        }

    def mark_stored(self) -> None:
        """After a successful save, the saved items count as stored."""
        self._stored |= set(self.results())

    # --- Qt model -----------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Assessment item"), self.tr("Result"), self.tr("Remark")]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The vertical header names each row by its item code.
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[section].code
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.RESULT, self.REMARK):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        result, remark = self._values[item.code]
        col = index.column()
        if role == self.CODE_ROLE:
            return item.code
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ITEM:
                return f"{item.code}  {item.name(self._lang)}"
            if col == self.RESULT:
                # Non-compliance reads in the text itself, the colour only adds to it.
                label = result_label(result, self._lang)
                return f"✗ {label}" if result == "non_compliant" else label
            return remark
        if role == Qt.ItemDataRole.EditRole:
            if col == self.RESULT:
                return result
            if col == self.REMARK:
                return remark
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ITEM:
            return item.name(self._lang)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.REMARK and remark:
            return remark
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT:
            if result == "non_compliant":
                return QBrush(QColor("#b00020"))
            if result == DEFAULT_RESULT:
                return QBrush(QColor("#707070"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        code = self._rows[index.row()].code
        result, remark = self._values[code]
        if index.column() == self.RESULT:
            if value not in RESULT_LABELS or value == result:
                return False
            self._values[code] = (str(value), remark)
        elif index.column() == self.REMARK:
            text = str(value or "")
            if text == remark:
                return False
            self._values[code] = (result, text)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COLUMNS - 1))
        return True


class ResultDelegate(QStyledItemDelegate):
    """The editor of the Result column: a combo box of the results in the user's language."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code in RESULTS:
            combo.addItem(result_label(code, self.lang), code)
        # A choice takes effect at once, without leaving the cell first.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
