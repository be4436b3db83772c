"""Find a company by typing part of its name or credit code, and pick it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.registry import companies
from app.services.registry.companies import CompanyRow
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.companies_model import CompaniesModel

DEBOUNCE_MS = 200
MAX_RESULTS = 50


class CompanyPicker(QWidget):
    """A search field over list_companies(text=…) (debounced) and the matching companies.

    Enter, a double-click or "Add" emits ``picked`` with the selected CompanyRow;
    Down moves from the field into the results.
    """

    picked = Signal(object)  # CompanyRow

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("company_search")
        self.search.setPlaceholderText(self.tr("Type part of a company name or credit code"))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("&Add company"))
        self.add_button.setEnabled(False)
        self.model = CompaniesModel(ctx.lang, self)
        self.results = QTableView()
        self.results.setObjectName("company_results")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        for column in (CompaniesModel.SHORT_NAME, CompaniesModel.CASES, CompaniesModel.DEMO):
            self.results.hideColumn(column)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompaniesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.moveSection(CompaniesModel.NAME, 0)
        # A scroll bar appearing after the columns were sized would clip the last one.
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.results)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.installEventFilter(self)
        self.results.doubleClicked.connect(lambda _index: self._pick_current())
        self.results.installEventFilter(self)
        self.results.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self._pick_current)

    def run_search(self) -> None:
        """Query now (the field calls this 200 ms after the last keystroke)."""
        self.timer.stop()
        text = self.search.text().strip()
        try:
            rows = companies.list_companies(self.ctx.db, self.ctx.actor, text=text or None)
        except Exception as exc:  # a refused or failed read is shown, never swallowed
            show_error(self, exc, self.ctx.lang)
            return
        self.model.set_rows(rows[:MAX_RESULTS])
        if rows:
            self.results.selectRow(0)
        self._selection_changed()

    def current(self) -> CompanyRow | None:
        index = self.results.currentIndex()
        if not index.isValid() or not self.results.selectionModel().hasSelection():
            return None
        return self.model.row(index.row())

    def _selection_changed(self, *_args: object) -> None:
        self.add_button.setEnabled(self.current() is not None)

    def _pick_current(self) -> None:
        if self.timer.isActive():
            self.run_search()  # Enter pressed before the debounce fired
        row = self.current()
        if row is not None:
            self.picked.emit(row)
            self.search.selectAll()
            self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                return True
            # Enter picks; it must not reach a dialog's default button as well.
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick_current()
                return True
        return super().eventFilter(watched, event)
