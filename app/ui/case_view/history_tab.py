"""The History tab: the audit events of the case, newest last."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.readmodel.case import CaseDetail
from app.services.casework.history import case_history
from app.services.registry import reference
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.history_model import HistoryModel


class HistoryTab(QWidget):
    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.model = HistoryModel(ctx.lang, self, reference.provinces(ctx.db))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (
            HistoryModel.TIME,
            HistoryModel.WHO,
            HistoryModel.ACTION,
            HistoryModel.RECORD,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.chain)

    def load(self, detail: CaseDetail) -> None:
        try:
            entries = case_history(self.ctx.db, self.ctx.actor, self.case_number)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.model.set_entries(entries)
        self.table.scrollToBottom()
        self.chain.setText(
            self.tr("%n event(s). Newest event hash: %1", "", len(entries)).replace(
                "%1", (detail.audit_head or "—")[:16]
            )
        )
