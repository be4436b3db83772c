"""Who was summoned, who came, what they committed to, and the case opened for each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.casework.summons_list import AttendanceView
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class SummonsAttendanceModel(RowsTableModel[AttendanceView]):
    COMPANY, CREDIT_CODE, PROVINCE, ATTENDED, ATTENDEES, COMMITMENTS, CASES = range(7)

    def __init__(self, lang: str = "zh", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[AttendanceView] = []

    def case_number(self, row: int) -> str | None:
        if not 0 <= row < len(self._rows) or not self._rows[row].case_numbers:
            return None
        return self._rows[row].case_numbers[0]

    def headers(self) -> list[str]:
        return [
            self.tr("Company"),
            self.tr("Credit code"),
            self.tr("Province"),
            self.tr("Attended"),
            self.tr("Attendees"),
            self.tr("Commitments"),
            self.tr("Case"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == CASE_NUMBER_ROLE:
            return row.case_numbers[0] if row.case_numbers else None
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.ATTENDEES, self.COMMITMENTS):
            return row.attendees if col == self.ATTENDEES else row.commitments
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COMPANY:
            return (row.name_en or row.name_zh) if self.lang == "en" else row.name_zh
        if col == self.CREDIT_CODE:
            return row.credit_code
        if col == self.PROVINCE:
            return row.province_en if self.lang == "en" else row.province_zh
        if col == self.ATTENDED:
            return "✓ " + self.tr("Yes") if row.attended else "✗ " + self.tr("No")
        if col == self.ATTENDEES:
            return row.attendees
        if col == self.COMMITMENTS:
            return row.commitments.replace("\n", " ")
        return ", ".join(row.case_numbers)
