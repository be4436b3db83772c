"""The Chronology tab: every event of the case in date order."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from app.readmodel.case import CaseDetail
from app.ui.context import UiContext
from app.ui.models.chronology_model import ChronologyModel


class ChronologyTab(QWidget):
    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.model = ChronologyModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChronologyModel.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChronologyModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def load(self, detail: CaseDetail) -> None:
        self.model.set_events(detail.chronology)
