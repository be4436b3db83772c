"""The deadlines of a day or a week: finding deadlines and awaited reports' due dates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.finding_lifecycle import FINDING_STATUS_LABELS, FindingStatus
from app.services.overview.deadline_calendar import DeadlineItem
from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fdecee")
REPORT_COLOUR = QColor("#6a1b9a")


class DeadlinesModel(RowsTableModel[DeadlineItem]):
    """DeadlineItem rows in the order the service gives them (date, then case)."""

    DUE, TIMING, KIND, STATUS, CASE, COMPANY, DETAIL = range(7)
    COLUMNS = 7
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    ITEM_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[DeadlineItem] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Due"),
            self.tr("Days left"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Case number"),
            self.tr("Company"),
            self.tr("Finding / report"),
        ]

    def set_items(self, items: list[DeadlineItem]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> DeadlineItem:
        return self._rows[row]

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (self._text(row, self.DETAIL), row.description) if t)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and col in (self.DUE, self.TIMING):
                return QBrush(OVERDUE_COLOUR)
            if row.kind == "report" and col == self.KIND:
                return QBrush(REPORT_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        if role == self.ITEM_ROLE:
            return row
        return None

    def _text(self, row: DeadlineItem, col: int) -> str:
        if col == self.DUE:
            return show_date(row.due, self._lang)
        if col == self.KIND:
            return self.tr("Finding") if row.kind == "finding" else self.tr("◆ Report due")
        if col == self.CASE:
            return row.case_number
        if col == self.COMPANY:
            return named(row.company, row.company_en, self._lang)
        if col == self.DETAIL:
            if row.kind == "finding":
                name = named(row.item_name_zh, row.item_name_en, self._lang)
                return (
                    self.tr("No. %1 · %2 %3")
                    .replace("%1", str(row.finding_number))
                    .replace("%2", row.item_code or "")
                    .replace("%3", name or "")
                    .strip()
                )
            name = named(row.trigger_name_zh, row.trigger_name_en, self._lang)
            return f"{row.trigger_code} {name or ''}".strip()
        if col == self.STATUS:
            if row.kind == "report":
                return self.tr("Awaited")
            try:
                return FINDING_STATUS_LABELS[FindingStatus(row.status or "")][self._lang]
            except (ValueError, KeyError):
                return row.status or ""
        if col == self.TIMING:
            # Overdue is said in words, not only by colour.
            if row.overdue:
                return self.tr("⚠ %n day(s) overdue", "", row.days_overdue)
            if row.days_left == 0:
                return self.tr("Due today")
            return self.tr("%n day(s) left", "", row.days_left)
        return ""
