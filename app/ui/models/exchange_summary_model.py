"""What an exchange import does, per kind of record: new, updated, unchanged, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.services.exchange import ImportSummary
from app.services.exchange.spec import TYPES
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


# How each kind of record reads (context "ExchangeRecords").
TYPE_LABELS = {
    "agency": QT_TRANSLATE_NOOP("ExchangeRecords", "Agencies"),
    "company": QT_TRANSLATE_NOOP("ExchangeRecords", "Companies"),
    "service": QT_TRANSLATE_NOOP("ExchangeRecords", "Services"),
    "summons": QT_TRANSLATE_NOOP("ExchangeRecords", "Summons"),
    "attendance": QT_TRANSLATE_NOOP("ExchangeRecords", "Attendances at summons"),
    "case": QT_TRANSLATE_NOOP("ExchangeRecords", "Cases"),
    "status_change": QT_TRANSLATE_NOOP("ExchangeRecords", "Case status changes"),
    "report": QT_TRANSLATE_NOOP("ExchangeRecords", "Assessment reports"),
    "review": QT_TRANSLATE_NOOP("ExchangeRecords", "Reviews"),
    "inspection": QT_TRANSLATE_NOOP("ExchangeRecords", "Inspections"),
    "checklist": QT_TRANSLATE_NOOP("ExchangeRecords", "Checklist results"),
    "finding": QT_TRANSLATE_NOOP("ExchangeRecords", "Findings"),
    "extension": QT_TRANSLATE_NOOP("ExchangeRecords", "Deadline extensions"),
    "attachment": QT_TRANSLATE_NOOP("ExchangeRecords", "Attachments"),
}


def type_label(record_type: str) -> str:
    return QCoreApplication.translate("ExchangeRecords", TYPE_LABELS.get(record_type, record_type))


class ExchangeSummaryModel(RowsTableModel[tuple[str, list[int]]]):
    """One row per kind of record in the package, and a total row."""

    RECORD, NEW, UPDATED, UNCHANGED, CONFLICTS = range(5)
    ACTIONS = ("new", "updated", "unchanged", "conflicts")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, list[int]]] = []

    def set_summary(self, summary: ImportSummary | None) -> None:
        rows: list[tuple[str, list[int]]] = []
        if summary is not None:
            for record_type in TYPES:
                counts = [getattr(summary, a).get(record_type, 0) for a in self.ACTIONS]
                if any(counts):
                    rows.append((type_label(record_type), counts))
            total = [summary.total(a) for a in self.ACTIONS]
            rows.append((self.tr("Total"), total))
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Records"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, counts = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == self.RECORD else counts[index.column() - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.RECORD:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None
