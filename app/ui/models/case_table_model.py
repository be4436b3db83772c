"""The cases table: rows fetched from the case-list use case page by page."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.db.engine import Database
from app.db.queries import CaseListRow
from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.services import cases
from app.services.context import Actor

Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    NUMBER, COMPANY, PROVINCE, STATUS, OPEN, OVERDUE, NEXT_DEADLINE = range(7)
    PAGE = 500
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db: Database, actor: Actor, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self._rows: list[CaseListRow] = []
        self._exhausted = False
        self._today = date.today()

    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Company"),
            self.tr("Province"),
            self.tr("Status"),
            self.tr("Open findings"),
            self.tr("Overdue"),
            self.tr("Next deadline"),
        ]

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._today = date.today()
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = cases.list_cases(
            self._db, self._actor, as_of=self._today, limit=self.PAGE, offset=len(self._rows)
        )
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        overdue = row.overdue_findings + row.overdue_reports
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NUMBER:
                return row.case_number
            if col == self.COMPANY:
                return row.company if self._lang == "zh" else (row.company_en or row.company)
            if col == self.PROVINCE:
                return row.province_code
            if col == self.STATUS:
                return STATUS_LABELS[CaseStatus(row.status)][self._lang]
            if col == self.OPEN:
                return row.open_findings
            if col == self.OVERDUE:
                # Marked in text, not by colour alone.
                return self.tr("⚠ %n overdue", "", overdue) if overdue else "0"
            if col == self.NEXT_DEADLINE:
                return row.next_deadline.isoformat() if row.next_deadline else "—"
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OVERDUE and overdue:
            return QBrush(QColor("#b00020"))
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        return None
