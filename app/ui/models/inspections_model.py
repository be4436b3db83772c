"""Inspections as a table: the Inspections page (all cases) and a case's Inspections tab.

Both show :class:`app.services.rectification.inspection_list.InspectionRow`; each view picks
its columns (the page shows case and company, the tab the inspectors).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.domain.labels import label
from app.readmodel.case import CaseDetail
from app.services.rectification.inspection_list import InspectionRow
from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


def status_label(status: str, lang: str) -> str:
    return label("inspection_status", status, lang)


def rows_from_detail(detail: CaseDetail) -> list[InspectionRow]:
    """The inspections of one case (newest first) as list rows."""
    company = str(detail.company.name_zh or "")
    company_en = detail.company.name_en
    return [
        InspectionRow(
            id=i.id,
            case_number=detail.case_number,
            province_code=detail.province_code,
            company=company,
            company_en=str(company_en) if company_en else None,
            inspected_on=i.inspected_on,
            address=i.address,
            status=i.status,
            inspectors=i.inspectors,
            upcoming=i.inspected_on >= detail.as_of,
        )
        for i in sorted(detail.inspections, key=lambda i: i.inspected_on, reverse=True)
    ]


class InspectionsModel(RowsTableModel[InspectionRow]):
    DATE, CASE, COMPANY, ADDRESS, STATUS, INSPECTORS = range(6)
    PAGE_COLUMNS = (DATE, CASE, COMPANY, ADDRESS, STATUS)
    CASE_COLUMNS = (DATE, ADDRESS, STATUS, INSPECTORS)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
    SORT_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(
        self, lang: str = "zh", columns: Sequence[int] = PAGE_COLUMNS, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self.columns = tuple(columns)
        self._rows: list[InspectionRow] = []

    def row_at(self, row: int) -> InspectionRow:
        return self.row(row)

    def column_of(self, kind: int) -> int:
        """The model column showing ``kind`` (DATE, CASE, …), or -1."""
        return self.columns.index(kind) if kind in self.columns else -1

    def headers(self) -> list[str]:
        """The titles of the columns this view shows, in its order."""
        titles = {
            self.DATE: self.tr("Date"),
            self.CASE: self.tr("Case number"),
            self.COMPANY: self.tr("Company"),
            self.ADDRESS: self.tr("Address"),
            self.STATUS: self.tr("Status"),
            self.INSPECTORS: self.tr("Inspectors"),
        }
        return [titles[kind] for kind in self.columns]

    def _text(self, row: InspectionRow, kind: int) -> str:
        if kind == self.DATE:
            return show_date(row.inspected_on, self._lang)
        if kind == self.CASE:
            return row.case_number
        if kind == self.COMPANY:
            return named(row.company, row.company_en, self._lang)
        if kind == self.ADDRESS:
            return row.address
        if kind == self.STATUS:
            label = status_label(row.status, self._lang)
            if row.upcoming and row.status == "scheduled":
                return self.tr("%1 (upcoming)").replace("%1", label)
            return label
        # Several lines typed in the dialog show on one line in the table.
        return " ".join(row.inspectors.split())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        kind = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, kind)
        if role == Qt.ItemDataRole.ToolTipRole and kind in (self.ADDRESS, self.INSPECTORS):
            return row.address if kind == self.ADDRESS else row.inspectors
        if role == Qt.ItemDataRole.FontRole and row.upcoming and row.status == "scheduled":
            font = QFont()
            font.setBold(True)
            return font
        if role == self.SORT_ROLE:
            return row.inspected_on.toordinal() if kind == self.DATE else self._text(row, kind)
        if role == self.ID_ROLE:
            return str(row.id)
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        return None

    def inspection_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id
