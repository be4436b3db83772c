"""File → Exchange conflicts…: records changed both here and at another office.

The list shows every open conflict; for the one selected, each field with its
value here and in the package, and a tick for the side to keep.  Apply writes
the chosen values (one audited change) and closes the conflict.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import ConflictView, list_conflicts, resolve_conflict
from app.services.support.permissions import IMPORT_ACTIONS, can_all
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.exchange_conflicts_model import ConflictFieldsModel, ConflictListModel


def _table(model: ConflictListModel | ConflictFieldsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view


class ExchangeConflictsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Exchange conflicts"))
        self.list_model = ConflictListModel(self)
        self.list_view = _table(self.list_model, "exchange_conflicts")
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.fields_model = ConflictFieldsModel(self)
        self.fields_view = _table(self.fields_model, "exchange_conflict_fields")
        header = self.fields_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            ConflictFieldsModel.FIELD, QHeaderView.ResizeMode.ResizeToContents
        )

        self.empty_label = QLabel(self.tr("No open conflicts."))
        self.hint = QLabel(
            self.tr(
                "Tick the value to keep for each field that differs, then Apply. "
                "The record gets the chosen values; the other office receives them with "
                "your next export."
            )
        )
        self.hint.setWordWrap(True)
        self.all_local = QPushButton(self.tr("Keep all &here"))
        self.all_local.clicked.connect(lambda: self.fields_model.take_all("local"))
        self.all_incoming = QPushButton(self.tr("Take all from the &package"))
        self.all_incoming.clicked.connect(lambda: self.fields_model.take_all("incoming"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.clicked.connect(self.apply)
        actions = QHBoxLayout()
        actions.addWidget(self.all_local)
        actions.addWidget(self.all_incoming)
        actions.addStretch(1)
        actions.addWidget(self.apply_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.hint)
        detail_layout.addWidget(self.fields_view, 1)
        detail_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        self.resize(900, 620)
        self.refresh()

    def refresh(self) -> None:
        conflicts = list_conflicts(self.ctx.db, self.ctx.actor)
        self.list_model.set_conflicts(conflicts)
        self.empty_label.setVisible(not conflicts)
        if conflicts:
            self.list_view.selectRow(0)
        else:
            self.fields_model.set_conflict(None)
        self._enable()

    def current(self) -> ConflictView | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.list_model.row(rows[0].row()) if rows else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.fields_model.set_conflict(self.current())
        self.fields_view.resizeRowsToContents()
        self._enable()

    def _enable(self) -> None:
        # Resolving writes the records an import writes: the same actions.
        permission.apply(
            (self.all_local, self.all_incoming, self.apply_button, self.hint),
            can_all(self.ctx.actor, IMPORT_ACTIONS),
            self.ctx.lang,
            ready=self.current() is not None,
        )

    def apply(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(
                self.ctx.db,
                self.ctx.actor,
                str(conflict.id),
                take="local",
                fields=self.fields_model.choices(),
            )
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.ctx.bus.data_changed.emit()
        self.ctx.bus.status_message.emit(
            self.tr("Conflict on %1 resolved.").replace("%1", conflict.label)
        )
        self.refresh()
