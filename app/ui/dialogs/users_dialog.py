"""Tools → Users…: the administrators' screen of the officials' accounts.

Accounts are added, given another role or other provinces, disabled and enabled
again, and given a new password; never deleted, so that every name in the audit
trail still points at an account. Each action is a use case of
app.services.registry.users, which checks the administrator's permission and refuses, for
example, to disable the last active administrator; its message is shown as is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InspectDeskError
from app.services.registry import reference, users
from app.services.registry.users import UserRow
from app.ui.context import UiContext
from app.ui.dialogs.user_edit_dialog import ADD, PASSWORD, ROLE, SCOPE, UserEditDialog
from app.ui.errors import show_error
from app.ui.models.users_model import UsersModel
from app.ui.widgets.tables import read_only_table


class UsersDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Users"))
        self.provinces = reference.provinces(ctx.db)
        intro = QLabel(
            self.tr(
                "Accounts are never deleted: a disabled account can no longer log in, and its "
                "name stays in the audit trail. Enabling an account also ends a lockout."
            )
        )
        intro.setWordWrap(True)

        self.model = UsersModel(ctx.lang, self.provinces, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(UsersModel.SORT_ROLE)
        self.table = read_only_table()
        self.table.setObjectName("users_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)  # long province lists end in "…"; the tooltip has them all
        self.table.sortByColumn(UsersModel.LOGIN, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(UsersModel.PROVINCES, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(UsersModel.LOGIN, 170)
        self.table.setColumnWidth(UsersModel.NAME, 130)
        self.table.setColumnWidth(UsersModel.ROLE, 110)
        self.table.setColumnWidth(UsersModel.STATE, 230)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.scope_button = QPushButton(self.tr("Change &provinces…"))
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.enable_button = QPushButton(self.tr("&Enable / unlock"))
        self.password_button = QPushButton(self.tr("Reset pass&word…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.scope_button.clicked.connect(self.change_provinces)
        self.disable_button.clicked.connect(self.disable)
        self.enable_button.clicked.connect(self.enable)
        self.password_button.clicked.connect(self.reset_password)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.scope_button,
            self.disable_button,
            self.enable_button,
            self.password_button,
        ):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        self.empty = QLabel(
            self.tr(
                "No account yet: InspectDesk opens without signing in until the first account "
                "is added. Add an administrator first."
            )
        )
        self.empty.setObjectName("users_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(1060, 480)
        self.refresh()

    # --- the list -------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        keep = select or (row.login if (row := self.selected()) else None)
        try:
            rows = users.list_users(self.ctx.db, self.ctx.actor)
        except InspectDeskError as exc:
            show_error(self, exc, self.ctx.lang)
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def select(self, login: str) -> None:
        source_row = self.model.row_of(login)
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            self.table.selectRow(index.row())

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.row(source.row())

    def _update_buttons(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.scope_button, self.password_button):
            button.setEnabled(row is not None)
        self.disable_button.setEnabled(row is not None and not row.disabled)
        self.enable_button.setEnabled(
            row is not None and (row.disabled or self.model.is_locked(row))
        )

    # --- actions ---------------------------------------------------------------------------------

    def _edit(self, mode: str, row: UserRow | None) -> None:
        dialog = UserEditDialog(self.ctx, mode, self.provinces, row, self)
        if dialog.exec():
            self.refresh(select=dialog.login_edit.text().strip() if mode == ADD else None)

    def add_user(self) -> None:
        self._edit(ADD, None)

    def change_role(self) -> None:
        if (row := self.selected()) is not None:
            self._edit(ROLE, row)

    def change_provinces(self) -> None:
        if (row := self.selected()) is not None:
            self._edit(SCOPE, row)

    def reset_password(self) -> None:
        if (row := self.selected()) is not None:
            self._edit(PASSWORD, row)

    def confirm_disable(self, row: UserRow) -> bool:
        """Asked before disabling (replaced in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable the account %1 (%2)? It can no longer log in; it can be enabled again."
            )
            .replace("%1", row.login)
            .replace("%2", row.display_name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def disable(self) -> None:
        row = self.selected()
        if row is None or not self.confirm_disable(row):
            return
        self._run(
            lambda: users.disable_user(
                self.ctx.db, self.ctx.actor, row.login, expected_version=row.version
            )
        )

    def enable(self) -> None:
        if (row := self.selected()) is not None:
            self._run(
                lambda: users.enable_user(
                    self.ctx.db, self.ctx.actor, row.login, expected_version=row.version
                )
            )

    def _run(self, action: Callable[[], None]) -> None:
        """One use case; a refusal (the last administrator, a change made meanwhile by
        another administrator) is shown, and the list shows the accounts as stored."""
        try:
            action()
        except InspectDeskError as exc:
            show_error(self, exc, self.ctx.lang)
        self.refresh()
