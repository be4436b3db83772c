"""Reports of a case with their written reviews beneath each, as one flat table."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.review import conclusion_label
from app.readmodel.case import ReportView, ReviewView
from app.text import named
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = QColor("#b00020")
LATE_COLOUR = QColor("#a05a00")


@dataclass(frozen=True)
class ReportRow:
    """One line of the table: a report, or one of its reviews (``review`` set)."""

    report: ReportView
    review: ReviewView | None = None


class ReportsTableModel(RowsTableModel[ReportRow]):
    """Each report is followed by its reviews; review rows are indented under their report."""

    WHAT, DATE, AGENCY, VERSION, REVIEWER, CONCLUSION, NOTES = range(7)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ReportRow
    REPORT_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # uuid of the report (also on review rows)

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[ReportRow] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Report / review"),
            self.tr("Received / reviewed"),
            self.tr("Agency"),
            self.tr("Version"),
            self.tr("Reviewer"),
            self.tr("Conclusion"),
            self.tr("Summary / notes"),
        ]

    def set_reports(self, reports: list[ReportView]) -> None:
        rows: list[ReportRow] = []
        for report in reports:
            rows.append(ReportRow(report))
            rows.extend(ReportRow(report, review) for review in report.reviews)
        self.set_rows(rows)

    def row_of(self, report_id: uuid.UUID) -> int:
        """The row of the report itself, or -1."""
        for n, r in enumerate(self._rows):
            if r.review is None and r.report.id == report_id:
                return n
        return -1

    def received_text(self, r: ReportView) -> str:
        """Received on, or awaited with its due date; lateness in words, not colour alone."""
        if r.received_on is not None:
            text = show_date(r.received_on, self._lang)
            if r.late:
                text += " " + self.tr("(filed late)")
            return text
        if r.due_date is None:
            return self.tr("Awaited")
        text = self.tr("Awaited, due %1").replace("%1", show_date(r.due_date, self._lang))
        if r.due_provisional:
            text += " " + self.tr("(provisional)")
        if r.overdue:
            text = "⚠ " + text + " " + self.tr("— overdue")
        return text

    def kind_label(self, kind: str) -> str:
        labels = {
            "cyberspace": self.tr("Cyberspace dept."),
            "public_security": self.tr("Public security"),
            "other": self.tr("Other agency"),
        }
        return labels.get(kind, kind)

    def _report_display(self, r: ReportView, col: int) -> Any:
        if col == self.WHAT:
            name = named(r.trigger_zh, r.trigger_en, self._lang)
            return f"{r.trigger_code} {name}"
        if col == self.DATE:
            return self.received_text(r)
        if col == self.AGENCY:
            return r.receiving_agency or "—"
        if col == self.VERSION:
            return str(r.report_version)
        if col == self.CONCLUSION:
            return self.tr("%n review(s)", "", len(r.reviews)) if r.received_on else ""
        if col == self.NOTES:
            return " ".join(r.summary.split())
        return ""

    def _review_display(self, v: ReviewView, col: int) -> Any:
        if col == self.WHAT:
            return "    ↳ " + self.tr("Review: %1").replace("%1", self.kind_label(v.agency_kind))
        if col == self.DATE:
            return show_date(v.reviewed_on, self._lang)
        if col == self.AGENCY:
            return v.agency
        if col == self.REVIEWER:
            return v.reviewer
        if col == self.CONCLUSION:
            return conclusion_label(v.conclusion, self._lang)
        if col == self.NOTES:
            return " ".join(v.notes.split())
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        col = index.column()
        report, review = item.report, item.review
        if role == Qt.ItemDataRole.DisplayRole:
            if review is None:
                return self._report_display(report, col)
            return self._review_display(review, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.WHAT, self.NOTES):
            if review is not None:
                return review.notes if col == self.NOTES else None
            return report.summary if col == self.NOTES else self._report_display(report, col)
        if role == Qt.ItemDataRole.ForegroundRole and review is None and col == self.DATE:
            if report.overdue:
                return QBrush(OVERDUE_COLOUR)
            if report.late:
                return QBrush(LATE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and review is None and col == self.WHAT:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ROW_ROLE:
            return item
        if role == self.REPORT_ID_ROLE:
            return report.id
        return None
