"""The chronology of a case: every event in date order, in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.readmodel.case import ChronologyEvent
from app.text.chronology import chronology_text
from app.ui.formatting import show_date
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class ChronologyModel(RowsTableModel[ChronologyEvent]):
    DATE, KIND, EVENT = range(3)

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[ChronologyEvent] = []

    def set_events(self, events: list[ChronologyEvent]) -> None:
        # CaseDetail.chronology is already in date order; sorting again keeps that a promise.
        self.set_rows(sorted(events, key=lambda e: e.on))

    def event_at(self, row: int) -> ChronologyEvent:
        return self.row(row)

    def kind_label(self, kind: str) -> str:
        labels = {
            "summons": self.tr("Summons"),
            "case_status": self.tr("Case status"),
            "report_due": self.tr("Report due"),
            "report": self.tr("Report"),
            "review": self.tr("Review"),
            "finding": self.tr("Finding"),
            "extension": self.tr("Extension"),
            "rectification": self.tr("Rectification"),
            "verification": self.tr("Verification"),
            "inspection": self.tr("Inspection"),
        }
        return labels.get(kind, kind)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Event")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        event = self._rows[index.row()]
        text = chronology_text(event, self._lang)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.DATE:
                return show_date(event.on, self._lang)
            if index.column() == self.KIND:
                return self.kind_label(event.kind)
            return text
        return None
