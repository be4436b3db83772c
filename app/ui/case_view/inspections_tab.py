"""The case view's Inspections tab: the case's inspections, scheduling, the editor, findings."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.readmodel.case import CaseDetail
from app.services.support.permissions import can
from app.ui import permission
from app.ui.context import UiContext
from app.ui.dialogs.inspection_dialog import InspectionDialog
from app.ui.inspection_editor import InspectionEditor, show_editor
from app.ui.models.inspections_model import InspectionsModel, rows_from_detail

HEADER_KEY = "case_view/inspections/header"


class InspectionsTab(QWidget):
    """Shows ``load``-ed CaseDetail inspections; the case window reloads it on data_changed."""

    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.detail: CaseDetail | None = None
        # Tests replace this to drive the dialog the tab builds instead of running it modally.
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

        self.model = InspectionsModel(ctx.lang, InspectionsModel.CASE_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(InspectionsModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("inspections_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(lambda _index: self.open_editor())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.schedule_button = QPushButton(self.tr("&Schedule inspection…"))
        self.schedule_button.setToolTip(self.tr("Plan an on-site inspection of this case"))
        self.schedule_button.clicked.connect(self.schedule)
        self.editor_button = QPushButton(self.tr("&Open editor"))
        self.editor_button.setToolTip(
            self.tr("Checklist, notes, photos and documents of the selected inspection (Enter)")
        )
        self.editor_button.clicked.connect(self.open_editor)
        self.finding_button = QPushButton(self.tr("Raise &finding from this inspection…"))
        self.finding_button.clicked.connect(self.raise_finding)
        self.empty = QLabel(self.tr("No inspection has been scheduled for this case."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        buttons = QHBoxLayout()
        for button in (self.schedule_button, self.editor_button, self.finding_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        QWidget.setTabOrder(self.schedule_button, self.editor_button)
        QWidget.setTabOrder(self.editor_button, self.finding_button)
        QWidget.setTabOrder(self.finding_button, self.table)
        self._header_restored = False
        self._update_actions()

    # --- showing ------------------------------------------------------------------------------

    def load(self, detail: CaseDetail) -> None:
        selected = self.selected_id()
        self.detail = detail
        self.model.set_rows(rows_from_detail(detail))
        if not self._header_restored:
            self._header_restored = True
            state = self.ctx.settings.value(HEADER_KEY)
            if state is not None:
                self.table.horizontalHeader().restoreState(state)
            else:
                self.table.resizeColumnsToContents()
                self.table.setColumnWidth(
                    self.model.column_of(InspectionsModel.ADDRESS),
                    min(
                        420,
                        self.table.columnWidth(self.model.column_of(InspectionsModel.ADDRESS)),
                    ),
                )
        self.empty.setVisible(not detail.inspections)
        self.select(
            selected if selected else (self.model.inspection_id(0) if detail.inspections else None)
        )
        self._update_actions()

    def select(self, inspection_id: uuid.UUID | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(InspectionsModel.ID_ROLE) == str(inspection_id):
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        value = index.siblingAtColumn(0).data(InspectionsModel.ID_ROLE)
        return uuid.UUID(value) if value else None

    def _update_actions(self, *_args: object) -> None:
        """Scheduling and raising findings as the authority allows (and says why not); the
        editor opens for everyone, read-only for whoever may not record the inspection."""
        detail, actor, lang = self.detail, self.ctx.actor, self.ctx.lang
        has_row = self.selected_id() is not None
        schedule = can(actor, "inspection.schedule", detail)
        permission.apply(self.schedule_button, schedule, lang, ready=detail is not None)
        self.editor_button.setEnabled(has_row)
        finding = can(actor, "finding.add", detail)
        permission.apply(self.finding_button, finding, lang, ready=detail is not None and has_row)

    # --- actions ------------------------------------------------------------------------------

    def schedule(self) -> None:
        address = str(self.detail.company.address or "") if self.detail else ""
        dialog = InspectionDialog(self.ctx, self.case_number, self, default_address=address)
        if self.exec_dialog(dialog) and dialog.inspection_id is not None:
            # The case window reloads every tab on data_changed; select the new row then.
            self.select(dialog.inspection_id)
            self._update_actions()

    def open_editor(self) -> InspectionEditor | None:
        inspection_id = self.selected_id()
        if inspection_id is None:
            return None
        return show_editor(self.ctx, self.case_number, inspection_id, self)

    def raise_finding(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id is None:
            return
        from app.ui.dialogs.finding_dialog import FindingDialog

        dialog = FindingDialog(
            self.ctx, self.case_number, self, source="inspection", inspection_id=inspection_id
        )
        self.exec_dialog(dialog)

    # --- state --------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        if self._header_restored:
            self.ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        super().hideEvent(event)
