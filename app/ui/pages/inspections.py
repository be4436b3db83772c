"""The Inspections page: inspections in scope, upcoming first (nearest first), then past ones."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.rectification.inspection_list import list_inspections
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.inspection_editor import InspectionEditor, show_editor
from app.ui.models.inspections_model import InspectionsModel
from app.ui.pages.base import Page

HEADER_KEY = "inspections/header"


class InspectionsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = InspectionsModel(ctx.lang, InspectionsModel.PAGE_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(InspectionsModel.SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("inspection_text_filter")
        self.text_filter.setPlaceholderText(self.tr("Filter by case, company or address"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._filter)
        self.text_filter.returnPressed.connect(self._filter_or_open)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.text_filter)
        self.count_label = QLabel()
        self.open_case_button = QPushButton(self.tr("Open &case"))
        self.open_case_button.setToolTip(
            self.tr("Open the case of the selected inspection (Enter)")
        )
        self.open_case_button.clicked.connect(self.open_selected_case)
        self.editor_button = QPushButton(self.tr("Open &editor"))
        self.editor_button.setToolTip(
            self.tr("Checklist, notes, photos and documents of the selected inspection")
        )
        self.editor_button.clicked.connect(self.open_editor)

        bar = QHBoxLayout()
        bar.addWidget(filter_label)
        bar.addWidget(self.text_filter, 1)
        bar.addStretch()
        bar.addWidget(self.count_label)
        bar.addWidget(self.open_case_button)
        bar.addWidget(self.editor_button)

        self.table = QTableView()
        self.table.setObjectName("inspections_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 130, 300, 420, 140)):
            self.table.setColumnWidth(column, width)
        # No sort indicator: the service's order (upcoming, then most recent) until a header click.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_index)  # Enter and double-click

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.setTabOrder(self.text_filter, self.open_case_button)
        self.setTabOrder(self.open_case_button, self.editor_button)
        self.setTabOrder(self.editor_button, self.table)

    def title(self) -> str:
        return self.tr("Inspections")

    # --- behaviour ----------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            rows = list_inspections(
                self.ctx.db, self.ctx.actor, provinces=self.ctx.provinces_shown()
            )
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.model.set_rows(rows)
        upcoming = sum(1 for r in rows if r.upcoming)
        self.count_label.setText(
            self.tr("%1 upcoming, %2 earlier")
            .replace("%1", str(upcoming))
            .replace("%2", str(len(rows) - upcoming))
        )

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _filter_or_open(self) -> None:
        if self.proxy.rowCount() == 1:
            self._open_index(self.proxy.index(0, 0))
        else:
            self.table.setFocus()

    def _open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        number = index.data(InspectionsModel.CASE_NUMBER_ROLE) if index.isValid() else None
        if number:
            self.ctx.bus.open_case.emit(str(number))

    def open_selected_case(self) -> None:
        self._open_index(self.table.currentIndex())

    def open_editor(self) -> InspectionEditor | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        return show_editor(self.ctx, row.case_number, row.id, self)

    # --- state --------------------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = self.ctx.settings.value(HEADER_KEY)
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
