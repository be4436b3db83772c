"""The findings table of a case: one row per finding of the case's CaseDetail."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    RESOLVED_STATUSES,
    SEVERITY_LABELS,
    FindingStatus,
    Severity,
    days_left,
)
from app.readmodel.case import FindingView
from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#b00020")
SOON_COLOUR = QColor("#a05a00")
DONE_COLOUR = QColor("#2e7d32")
SOON_DAYS = 7
SEVERITY_ORDER = {s.value: n for n, s in enumerate(Severity)}


def severity_label(value: str, lang: str) -> str:
    try:
        return SEVERITY_LABELS[Severity(value)][lang]
    except (ValueError, KeyError):
        return value


def status_label(value: str, lang: str) -> str:
    try:
        return FINDING_STATUS_LABELS[FindingStatus(value)][lang]
    except (ValueError, KeyError):
        return value


class FindingsTableModel(RowsTableModel[FindingView]):
    """Findings as plain FindingView rows; days left are counted from the detail's as_of day."""

    NUMBER, ITEM, SEVERITY, DESCRIPTION, ORIGINAL, CURRENT, STATUS, DAYS = range(8)
    FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the FindingView
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw, comparable value

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[FindingView] = []
        self._as_of = date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("No."),
            self.tr("Assessment item"),
            self.tr("Severity"),
            self.tr("Description"),
            self.tr("Original deadline"),
            self.tr("Current deadline"),
            self.tr("Status"),
            self.tr("Days left"),
        ]

    def set_findings(self, findings: list[FindingView], as_of: date) -> None:
        self.beginResetModel()
        self._rows = list(findings)
        self._as_of = as_of
        self.endResetModel()

    def finding(self, row: int) -> FindingView:
        return self._rows[row]

    def row_of(self, number: int) -> int:
        """The row showing finding ``number``, or -1."""
        for row, f in enumerate(self._rows):
            if f.number == number:
                return row
        return -1

    def days_text(self, f: FindingView) -> str:
        """Days left, due today, or overdue — in words, so colour is never the only mark."""
        if FindingStatus(f.status) in RESOLVED_STATUSES:
            return "—"
        if f.overdue:
            return self.tr("⚠ %n days overdue", "", f.days_overdue)
        left = days_left(f.current_deadline, self._as_of)
        if left == 0:
            return self.tr("Due today")
        return self.tr("%n days left", "", left)

    def _display(self, f: FindingView, col: int) -> Any:
        if col == self.NUMBER:
            return str(f.number)
        if col == self.ITEM:
            name = named(f.item_name_zh, f.item_name_en, self._lang)
            return f"{f.item_code} {name}"
        if col == self.SEVERITY:
            return severity_label(f.severity, self._lang)
        if col == self.DESCRIPTION:
            return " ".join(f.description.split())
        if col == self.ORIGINAL:
            return show_date(f.original_deadline, self._lang)
        if col == self.CURRENT:
            text = show_date(f.current_deadline, self._lang)
            if f.current_deadline != f.original_deadline:
                text += " " + self.tr("(extended)")
            if f.deadline_provisional:
                text += " " + self.tr("(provisional)")
            return text
        if col == self.STATUS:
            return status_label(f.status, self._lang)
        if col == self.DAYS:
            return self.days_text(f)
        return None

    def _sort_key(self, f: FindingView, col: int) -> Any:
        if col == self.NUMBER:
            return f.number
        if col == self.SEVERITY:
            return SEVERITY_ORDER.get(f.severity, -1)
        if col == self.ORIGINAL:
            return f.original_deadline.isoformat()
        if col == self.CURRENT:
            return f.current_deadline.isoformat()
        if col == self.DAYS:
            if FindingStatus(f.status) in RESOLVED_STATUSES:
                return 1_000_000
            return days_left(f.current_deadline, self._as_of)
        return self._display(f, col)

    def _foreground(self, f: FindingView, col: int) -> QBrush | None:
        if col not in (self.CURRENT, self.DAYS, self.STATUS):
            return None
        status = FindingStatus(f.status)
        if status in RESOLVED_STATUSES:
            return QBrush(DONE_COLOUR) if col == self.STATUS else None
        if f.overdue:
            return QBrush(OVERDUE_COLOUR)
        if col != self.STATUS and days_left(f.current_deadline, self._as_of) <= SOON_DAYS:
            return QBrush(SOON_COLOUR)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        f = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ITEM, self.DESCRIPTION):
            return self._display(f, col) if col == self.ITEM else f.description
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(f, col)
        if role == self.FINDING_ROLE:
            return f
        if role == self.SORT_ROLE:
            return self._sort_key(f, col)
        return None
