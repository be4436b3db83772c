"""Login at start: login and password, every refusal in the same plain words.

Its texts go through Qt's translator like every other window's: run_gui installs
the translations before it asks for the login.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.domain.errors import InspectDeskError
from app.services.registry.users import authenticate
from app.services.support.context import Actor


class LoginDialog(QDialog):
    """Accepted only with a correct password; ``actor`` is then the authenticated user."""

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("InspectDesk login"))
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Enter your login and password.")))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def try_login(self) -> None:
        try:
            self.actor = authenticate(
                self.db, self.login_edit.text().strip(), self.password_edit.text()
            )
        except InspectDeskError as exc:
            self.actor = None
            self.password_edit.clear()
            self.error_label.setText(exc.render(self.lang))
            self.error_label.show()
            self.password_edit.setFocus()
            return
        self.accept()
