"""Login at start: login and password, every refusal in the same plain words.

The texts are chosen by language here (not through Qt's translator) so that the
dialog can be shown before the main window and its translations exist.
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
from app.services.context import Actor
from app.services.users import authenticate

TEXTS = {
    "title": {"zh": "InspectDesk 登录", "en": "InspectDesk login"},
    "intro": {
        "zh": "请输入您的登录名和密码。",
        "en": "Enter your login and password.",
    },
    "login": {"zh": "登录名：", "en": "Login:"},
    "password": {"zh": "密码：", "en": "Password:"},
    "ok": {"zh": "登录", "en": "Log in"},
    "cancel": {"zh": "退出", "en": "Quit"},
}


def text(key: str, lang: str) -> str:
    return TEXTS[key].get(lang, TEXTS[key]["en"])


class LoginDialog(QDialog):
    """Accepted only with a correct password; ``actor`` is then the authenticated user."""

    def __init__(self, db: Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.actor: Actor | None = None
        self.setWindowTitle(text("title", lang))
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(text("login", lang), self.login_edit)
        form.addRow(text("password", lang), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(text("ok", lang))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(text("cancel", lang))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text("intro", lang)))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

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
