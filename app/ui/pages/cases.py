"""The cases page: every case in scope, filtered and sorted in SQL, opened with Enter."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.services.casework.case_paging import CaseQuery
from app.services.support.permissions import can
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.case_table_model import CaseTableModel
from app.ui.pages.base import Page

DEBOUNCE_MS = 250
HEADER_KEY = "cases/header"


class CasesPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CaseTableModel(ctx.db, ctx.actor, ctx.lang, self)

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("case_text_filter")
        self.text_filter.setPlaceholderText(
            self.tr("Filter by case number, company or credit code")
        )
        self.text_filter.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("case_status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status_filter.addItem(STATUS_LABELS[status][ctx.lang], status.value)
        self.overdue_only = QCheckBox(self.tr("&Overdue only"))
        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.setToolTip(self.tr("Open a case for a company (Ctrl+N)"))
        permission.apply(self.new_button, can(ctx.actor, "case.open"), ctx.lang)
        self.count_label = QLabel()

        bar = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.text_filter)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status_filter)
        bar.addWidget(filter_label)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.overdue_only)
        bar.addStretch()
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setObjectName("cases_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 300, 170, 120, 90, 80, 120, 140)):
            self.table.setColumnWidth(column, width)
        header.setSortIndicator(CaseTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # header clicks call model.sort: ORDER BY in SQL

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.setTabOrder(self.text_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.overdue_only)
        self.setTabOrder(self.overdue_only, self.new_button)
        self.setTabOrder(self.new_button, self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.text_filter.textChanged.connect(self._debounce.start)
        self.text_filter.returnPressed.connect(self._filter_or_open)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.new_button.clicked.connect(self.new_item)
        self.table.activated.connect(self._open_index)  # Enter and double-click
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def title(self) -> str:
        return self.tr("Cases")

    # --- behaviour -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.apply_filters(force=True)

    def apply_filters(self, *_args: object, force: bool = False) -> None:
        """Show the cases the filters match now (the text filter calls this 250 ms after typing)."""
        self._debounce.stop()
        try:
            query = self.current_query()
            if force and query == self.model.query:
                self.model.reload()
            else:
                self.model.set_query(query)
        except Exception as exc:  # a refused filter is shown, never swallowed
            show_error(self, exc, self.ctx.lang)

    def current_query(self) -> CaseQuery:
        return replace(
            self.model.query,
            provinces=self.ctx.provinces_shown(),
            status=self.status_filter.currentData(),
            text=self.text_filter.text().strip() or None,
            overdue_only=self.overdue_only.isChecked(),
        )

    def _filter_or_open(self) -> None:
        # Enter in the filter applies it at once and moves to the table.
        self.apply_filters()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _update_count(self, *_args: object) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        text = self.tr("%n case(s)", "", shown)
        self.count_label.setText(text + ("+" if more else ""))

    def _open_index(self, index: QModelIndex) -> None:
        number = self.model.case_number(index.row())
        if number:
            self.ctx.bus.open_case.emit(number)

    def selected_case(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.case_number(index.row()) if index.isValid() else None

    def new_item(self) -> None:
        if not self.new_button.isEnabled():  # Ctrl+N as well as the button
            return
        from app.ui.dialogs.open_case_dialog import OpenCaseDialog

        dialog = OpenCaseDialog(self.ctx, self)
        dialog.exec()

    # --- state ---------------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = self.ctx.settings.value(HEADER_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
