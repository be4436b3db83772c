"""Results of the global search: cases, companies, findings and inspection notes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.services.overview.search import SearchHit, search
from app.ui.context import UiContext
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(RowsTableModel[SearchHit]):
    KIND, CASE, TITLE, SNIPPET = range(4)

    def __init__(self, hits: list[SearchHit], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = hits
        self.lang = lang

    def headers(self) -> list[str]:
        return [self.tr("Kind"), self.tr("Case"), self.tr("Title"), self.tr("Text")]

    def kind_label(self, kind: str) -> str:
        """What a hit is, in the window's language (Qt's translation)."""
        labels = {
            "case": self.tr("Case"),
            "company": self.tr("Company"),
            "finding": self.tr("Finding"),
            "inspection": self.tr("Inspection"),
        }
        return labels.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if column == self.KIND:
            return self.kind_label(hit.kind)
        if column == self.CASE:
            return hit.case_number or "—"
        if column == self.TITLE:
            return hit.title
        return hit.snippet


class SearchResultsDialog(QDialog):
    """Non-modal list of hits; Enter or a double-click opens the hit's case."""

    def __init__(self, ctx: UiContext, query: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Search: %1").replace("%1", query))
        hits = search(ctx.db, ctx.actor, query, provinces=ctx.provinces_shown(), limit=200)
        self.model = SearchResultsModel(hits, ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            SearchResultsModel.SNIPPET, QHeaderView.ResizeMode.Stretch
        )
        self.table.resizeColumnsToContents()
        self.table.activated.connect(self._open)  # Enter or double-click
        self.table.doubleClicked.connect(self._open)
        self.summary = QLabel(self.tr("%n result(s)", "", len(hits)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.resize(900, 480)
        if hits:
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit = self.model.row(index.row())
        if hit.case_number:
            self.ctx.bus.open_case.emit(hit.case_number)
        else:
            self.ctx.bus.status_message.emit(hit.title)
