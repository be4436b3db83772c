"""Adding an official, or changing one thing of an account: role, provinces, password.

One dialog in four modes, each showing only its fields. OK calls the matching use
case of app.services.registry.users; a refusal (a login taken, a password too short, the
last administrator) is shown and keeps every field, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InspectDeskError, ValidationError
from app.services.registry import users
from app.services.registry.reference import ProvinceRef
from app.services.registry.users import UserRow
from app.services.support.permissions import ROLES, role_label
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.widgets.province_checklist import ProvinceChecklist

ADD, ROLE, SCOPE, PASSWORD = "add", "role", "scope", "password"
NOTE_STYLE = "color: #555;"


class UserEditDialog(QDialog):
    """``mode`` is ADD, ROLE, SCOPE or PASSWORD; ``row`` the account changed (not for ADD)."""

    def __init__(
        self,
        ctx: UiContext,
        mode: str,
        provinces: Mapping[str, ProvinceRef],
        row: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if mode != ADD and row is None:
            raise ValueError(f"mode {mode!r} needs the user's row")
        self.ctx = ctx
        self.mode = mode
        self.row = row
        self.setObjectName(f"user_{mode}_dialog")
        login = row.login if row else ""
        self.setWindowTitle(
            {
                ADD: self.tr("Add user"),
                ROLE: self.tr("Change role — %1"),
                SCOPE: self.tr("Change provinces — %1"),
                PASSWORD: self.tr("Reset password — %1"),
            }[mode].replace("%1", login)
        )
        form = QFormLayout()
        self.login_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_label(role, ctx.lang), role)
        self.scope = ProvinceChecklist(provinces, ctx.lang)
        self.admin_note = QLabel(self.tr("Administrators see every province."))
        self.admin_note.setStyleSheet(NOTE_STYLE)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel(
            self.tr("At least %1 characters.").replace("%1", str(users.MIN_PASSWORD))
        )
        self.password_note.setStyleSheet(NOTE_STYLE)

        if mode == ADD:
            self.login_edit.setPlaceholderText(self.tr("letters, digits, . _ -"))
            form.addRow(self.tr("&Login:"), self.login_edit)
            form.addRow(self.tr("&Name:"), self.name_edit)
        if mode in (ADD, ROLE):
            self.role_combo.setCurrentIndex(
                self.role_combo.findData(row.role if row else "inspector")
            )
            form.addRow(self.tr("&Role:"), self.role_combo)
            self.role_combo.currentIndexChanged.connect(self._role_changed)
        if mode == ROLE and row is not None and not row.all_provinces:
            form.addRow("", self._note(self.tr("The provinces stay as they are.")))
        if mode in (ADD, SCOPE):
            if row is not None:
                self.scope.set_scope(None if row.all_provinces else row.provinces)
            form.addRow(self.tr("&Provinces:"), self.scope)
            form.addRow("", self.admin_note)
        if mode in (ADD, PASSWORD):
            form.addRow(self.tr("&Password:"), self.password_edit)
            form.addRow(self.tr("&Repeat the password:"), self.repeat_edit)
            form.addRow("", self.password_note)
        if mode == PASSWORD:
            form.addRow(
                "", self._note(self.tr("A lockout of the account ends with the new password."))
            )
        self._role_changed()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(540)  # the longest province name fits without a scroll bar

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(NOTE_STYLE)
        return label

    def _role_changed(self) -> None:
        """Administrators always see every province: the list is set and greyed out for them."""
        admin = (
            self.role_combo.currentData() == "admin"
            if self.mode == ADD
            else (self.row is not None and self.row.role == "admin")
        )
        if admin:
            self.scope.set_scope(None)
        self.scope.setEnabled(not admin)
        self.admin_note.setVisible(admin)

    def chosen_role(self) -> str:
        return str(self.role_combo.currentData())

    def _password(self) -> str:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            raise ValidationError("auth.password_mismatch")
        return password

    def accept(self) -> None:
        ctx = self.ctx
        try:
            if self.mode == ADD:
                login = self.login_edit.text().strip()
                scope = self.scope.scope()
                if scope is not None and not scope and self.chosen_role() != "admin":
                    raise ValidationError("user.scope_required", field="provinces")
                users.add_user(
                    ctx.db,
                    ctx.actor,
                    login,
                    self.name_edit.text().strip() or login,
                    self.chosen_role(),
                    scope,
                    self._password(),
                )
            elif self.mode == ROLE and self.row is not None:
                users.set_role(
                    ctx.db,
                    ctx.actor,
                    self.row.login,
                    self.chosen_role(),
                    expected_version=self.row.version,  # refused if changed meanwhile
                )
            elif self.mode == SCOPE and self.row is not None:
                users.set_scope(
                    ctx.db,
                    ctx.actor,
                    self.row.login,
                    self.scope.scope(),
                    expected_version=self.row.version,
                )
            elif self.mode == PASSWORD and self.row is not None:
                users.reset_password(ctx.db, ctx.actor, self.row.login, self._password())
        except InspectDeskError as exc:
            show_error(self, exc, ctx.lang)
            return
        super().accept()
