"""The audit events of a case: when (local time), who, what, and what changed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.domain.labels import label
from app.services.casework.history import FieldChange, HistoryEntry
from app.services.registry.reference import ProvinceRef
from app.text import aside, listed
from app.ui.formatting import human_size, show_date, show_datetime
from app.ui.models.field_labels import field_label
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
VALUE_CHARS = 60  # longer values are cut in the table; the tooltip has them whole
CREATED_FIELDS = 4  # how many fields of a new record the table cell names
DATE_FIELDS = frozenset(
    {
        "opened_on",
        "closed_on",
        "current_deadline",
        "original_deadline",
        "verified_on",
        "submitted_on",
        "received_on",
        "due_date",
        "inspected_on",
        "planned_launch",
        "reviewed_on",
        "event_date",
        "held_on",
        "raised_on",
        "waived_on",
        "approved_on",
        "old_deadline",
        "new_deadline",
    }
)


# The code fields a history line shows by their label (app.domain.labels): a status by
# the kind of record it is the status of, the others by field.
_STATUS_KINDS = {
    "case": "case_status",
    "finding": "finding_status",
    "inspection": "inspection_status",
}
_VALUE_KINDS = {
    "severity": "severity",
    "source": "finding_source",
    "owner_type": "record",
    "result": "checklist_result",
    "from_status": "case_status",
    "to_status": "case_status",
}


def _short(text: str, limit: int = VALUE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HistoryModel(RowsTableModel[HistoryEntry]):
    TIME, WHO, ACTION, RECORD, CHANGES = range(5)

    def __init__(
        self,
        lang: str = "zh",
        parent: Any = None,
        provinces: Mapping[str, ProvinceRef] | None = None,
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._provinces = dict(provinces or {})
        self._rows: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def entry(self, row: int) -> HistoryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- readable texts --------------------------------------------------------------------

    def action_label(self, action: str) -> str:
        labels = {
            "case.open": self.tr("Case opened"),
            "case.status": self.tr("Status changed"),
            "attachment.add": self.tr("File attached"),
            "finding.add": self.tr("Finding added"),
            "finding.extend": self.tr("Deadline extended"),
            "finding.submit": self.tr("Rectification submitted"),
            "finding.reject": self.tr("Rectification rejected"),
            "finding.verify": self.tr("Finding verified"),
            "finding.waive": self.tr("Finding waived"),
            "inspection.schedule": self.tr("Inspection scheduled"),
            "inspection.record": self.tr("Inspection recorded"),
            "report.add": self.tr("Report added"),
            "report.received": self.tr("Report received"),
            "review.add": self.tr("Review recorded"),
            "summons.add": self.tr("Summons registered"),
            "summons.attendance": self.tr("Attendance recorded"),
        }
        return labels.get(action, action)

    def record_label(self, entity_type: str) -> str:
        return label("record", entity_type, self._lang)

    def field_label(self, field: str) -> str:
        return field_label(field)  # the one table of field labels (field_labels.py)

    def value_text(self, entity_type: str, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if field == "size" and entity_type == "attachment" and isinstance(value, int):
            return human_size(value)
        kind = _STATUS_KINDS.get(entity_type) if field == "status" else _VALUE_KINDS.get(field)
        if field == "conclusion" and entity_type == "review":  # an inspection's is free text
            kind = "conclusion"
        if kind is not None and isinstance(value, str):
            return label(kind, value, self._lang)
        if field == "province_code" and isinstance(value, str) and value in self._provinces:
            return self._provinces[value].name(self._lang)
        if field in DATE_FIELDS and isinstance(value, str):
            try:
                return show_date(date.fromisoformat(value), self._lang)
            except ValueError:
                return value
        if field == "checklist" and isinstance(value, dict):  # item code -> [result, remark]
            return self._checklist_text(value)
        if isinstance(value, list | dict):
            return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
        return str(value)

    def _checklist_text(self, checklist: Mapping[str, Any]) -> str:
        parts = []
        for code, entry in sorted(checklist.items()):
            result, remark = [*entry, "", ""][:2] if isinstance(entry, list) else (entry, "")
            text = f"{code} {label('checklist_result', str(result), self._lang)}"
            parts.append(aside(text, remark, self._lang) if remark else text)
        return listed(parts, self._lang) if parts else "—"

    def change_text(self, entry: HistoryEntry, change: FieldChange, *, limit: int) -> str:
        after = _short(self.value_text(entry.entity_type, change.field, change.after), limit)
        if entry.created:
            return f"{self.field_label(change.field)}: {after}"
        before = _short(self.value_text(entry.entity_type, change.field, change.before), limit)
        return f"{self.field_label(change.field)}: {before} → {after}"

    def changes_text(self, entry: HistoryEntry, *, full: bool = False) -> str:
        changes = entry.changes()
        limit = 10_000 if full else VALUE_CHARS
        if entry.created:
            changes = [c for c in changes if c.after not in (None, "", [], {})]
        shown = changes if full or not entry.created else changes[:CREATED_FIELDS]
        parts = [self.change_text(entry, c, limit=limit) for c in shown]
        if len(shown) < len(changes):
            parts.append("…")
        return ("\n" if full else "; ").join(parts) if parts else "—"

    # --- Qt model --------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return show_datetime(entry.at, self._lang, seconds=True)
            if col == self.WHO:
                return entry.actor_name
            if col == self.ACTION:
                return self.action_label(entry.action)
            if col == self.RECORD:
                return self.record_label(entry.entity_type)
            if col == self.CHANGES:
                return self.changes_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CHANGES:
                return self.changes_text(entry, full=True)
            if col == self.WHO:
                return entry.actor
            if col == self.TIME:
                return (
                    self.tr("Event %1, hash %2")
                    .replace("%1", str(entry.seq))
                    .replace("%2", entry.hash[:16])
                )
        return None
