"""The files of a case: name, size, SHA-256, who added them and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.readmodel.case import AttachmentView
from app.ui.formatting import human_size, show_utc_text
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


def local_time_text(utc_iso: str, lang: str = "zh") -> str:
    """An ISO UTC timestamp as local time, in the form of ``lang`` (see app.ui.formatting)."""
    return show_utc_text(utc_iso, lang)


class AttachmentsModel(RowsTableModel[AttachmentView]):
    NAME, SIZE, SHA256, ADDED_BY, ADDED_AT = range(5)
    HASH_CHARS = 12

    def __init__(self, lang: str = "zh", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[AttachmentView] = []

    def set_attachments(self, attachments: list[AttachmentView]) -> None:
        self.set_rows(attachments)

    def attachment(self, row: int) -> AttachmentView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Size"),
            self.tr("SHA-256"),
            self.tr("Added by"),
            self.tr("Added at"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        att = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NAME:
                return att.original_name
            if col == self.SIZE:
                return human_size(att.size)
            if col == self.SHA256:
                return att.sha256[: self.HASH_CHARS] + "…"
            if col == self.ADDED_BY:
                return att.added_by
            if col == self.ADDED_AT:
                return local_time_text(att.added_at, self._lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SHA256:
                return att.sha256
            if col == self.SIZE:
                return self.tr("%n byte(s)", "", att.size)
            if col == self.NAME:
                return att.media_type
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
