"""Every problem an import found, row by row, in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.registry.companies import COLUMNS, RowProblem
from app.text import aside
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ImportProblemsModel(RowsTableModel[RowProblem]):
    ROW, COLUMN, MESSAGE = range(3)

    def __init__(self, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[RowProblem] = []

    def set_problems(self, problems: list[RowProblem]) -> None:
        self.set_rows(problems)

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Column"), self.tr("Problem")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._rows[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if index.column() == self.ROW:
            return problem.row
        if index.column() == self.COLUMN:
            aliases = COLUMNS.get(problem.column)
            if aliases is None:
                return problem.column
            # The column as the file names it, and the field name when they differ.
            return (
                aside(aliases[1], problem.column, self.lang)
                if self.lang == "zh"
                else problem.column
            )
        return problem.error.render(self.lang)
