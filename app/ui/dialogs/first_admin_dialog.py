"""First start on a database without user accounts: create the administrator, or skip.

Skipping keeps the single-user workstation as it was: the official logged in to
the computer acts as administrator and no password is asked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.domain.errors import InspectDeskError, render
from app.services.registry import users
from app.services.support.context import Actor, local_actor


class FirstAdminDialog(QDialog):
    """Accepted with ``actor`` the new administrator, or the local actor after Skip."""

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.actor: Actor | None = None
        self.skipped = False
        self.setWindowTitle(self.tr("Create the administrator account"))
        intro = QLabel(
            self.tr(
                "This database has no user accounts yet. Create the administrator account; "
                "from then on everyone logs in at start. A single-user workstation may skip this "
                "(no password; the computer's login acts as administrator)."
            )
        )
        intro.setWordWrap(True)
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.dont_ask = QCheckBox(self.tr("Do not ask again on this workstation"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow(self.tr("&Repeat the password:"), self.repeat_edit)
        self.password_note = QLabel(
            self.tr("At least %1 characters.").replace("%1", str(users.MIN_PASSWORD))
        )
        self.password_note.setStyleSheet("color: #555;")
        form.addRow("", self.password_note)
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Create administrator"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.create_admin)
        self.skip_button.clicked.connect(self.skip)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.dont_ask)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def create_admin(self) -> None:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self._show_error(render("auth.password_mismatch", {}, self.lang))
            return
        login = self.login_edit.text().strip()
        try:
            users.add_user(
                self.db,
                local_actor(None),
                login,
                self.name_edit.text().strip() or login,
                "admin",
                None,
                password,
            )
            self.actor = users.authenticate(self.db, login, password)
        except InspectDeskError as exc:
            self._show_error(exc.render(self.lang))
            return
        self.accept()

    def skip(self) -> None:
        self.skipped = True
        self.actor = local_actor(None)
        self.accept()
