"""The lock screen: who is logged in, and their password to go on (or quit).

It checks the password with ``users.authenticate`` like the login does, so wrong
passwords here count towards the lockout. Being asked about the official who
already logged in, it may say how many attempts remain, and says plainly when the
account is locked or disabled: InspectDesk can then only be quit.

It cannot be closed or cancelled (Esc, the title bar's close button): it ends by
``unlocked`` (the right password) or ``quit_requested``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.db.types import utcnow
from app.domain.errors import InspectDeskError
from app.services.registry import users
from app.ui.formatting import show_datetime

ERROR_STYLE = "color: #b00020;"
log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Emits ``unlocked(actor)`` after the right password, ``quit_requested`` after Quit."""

    unlocked = Signal(object)  # app.services.support.context.Actor
    quit_requested = Signal()

    def __init__(
        self,
        db: Database,
        login: str,
        lang: str,
        parent: QWidget | None = None,
        *,
        idle_minutes: int | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.db = db
        self.login = login
        self.lang = lang
        self._now = now
        self._done = False
        # A title bar without a close button: the lock screen ends by password or Quit.
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowTitle(self.tr("InspectDesk is locked"))
        self.setMinimumWidth(460)

        state = self._state()
        name = state.display_name if state else login
        heading = QLabel(self.tr("InspectDesk is locked"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        self.who = QLabel(self.tr("Logged in: %1 (%2)").replace("%1", name).replace("%2", login))
        if idle_minutes:
            why = self.tr(
                "The windows were locked after %1 minutes without use. Enter your password "
                "to go on; everything you typed is still there."
            ).replace("%1", str(idle_minutes))
        else:
            why = self.tr(
                "The windows were locked. Enter your password to go on; everything you "
                "typed is still there."
            )
        self.explanation = QLabel(why)
        self.explanation.setWordWrap(True)

        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("unlock_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.returnPressed.connect(self.try_unlock)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.error_label = QLabel()
        self.error_label.setObjectName("unlock_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        self.quit_button = QPushButton(self.tr("&Quit InspectDesk"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.ask_quit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.who)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self._reopen = QTimer(self)
        self._reopen.setSingleShot(True)
        self._reopen.timeout.connect(self._lockout_over)
        if state is not None:
            self._show_state(state, wrong_password=False)
        self.password_edit.setFocus()

    # --- answers ------------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if not self.password_edit.isEnabled():
            return
        password = self.password_edit.text()
        self.password_edit.clear()
        try:
            actor = users.authenticate(self.db, self.login, password)
        except InspectDeskError as exc:
            if exc.code != "auth.failed":  # e.g. the database server out of reach
                self._set_input(True)
                self._error(exc.render(self.lang))
            else:
                self._show_state(self._state(), wrong_password=True)
            self.password_edit.setFocus()
            return
        self._done = True
        self.error_label.hide()
        self.unlocked.emit(actor)

    def _state(self) -> users.AccountState | None:
        """The account as stored now; None also when the database cannot say (the lock stays)."""
        try:
            return users.account_state(self.db, self.login)
        except Exception:
            log.warning("account state of %s not readable", self.login, exc_info=True)
            return None

    def _show_state(self, state: users.AccountState | None, *, wrong_password: bool) -> None:
        """Say why the password was refused; a locked or disabled account leaves only Quit."""
        if state is None:  # not known now: the password can be tried again
            if wrong_password:
                self._set_input(True)
                self._error(self.tr("The password was not accepted."))
        elif state.disabled:
            self._only_quit(
                self.tr(
                    "Your account has been disabled by an administrator. InspectDesk can "
                    "only be quit; text not yet saved in open windows is then lost."
                )
            )
        elif state.locked_until is not None:
            self._only_quit(
                self.tr(
                    "Too many wrong passwords: your account is locked until %1. Until then "
                    "InspectDesk can only be quit (text not yet saved in open windows is then "
                    "lost); after that time you can enter your password here again."
                ).replace("%1", show_datetime(state.locked_until, self.lang))
            )
            wait_ms = (state.locked_until - self._now()).total_seconds() * 1000
            self._reopen.start(max(int(wait_ms) + 500, 0))
        elif wrong_password:
            self._set_input(True)
            self._error(
                self.tr(
                    "Wrong password. After %n more wrong password(s) your account is locked.",
                    "",
                    state.failures_left,
                )
            )

    def _only_quit(self, message: str) -> None:
        self._set_input(False)
        self._error(message)
        self.quit_button.setDefault(True)
        self.quit_button.setFocus()

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._fit()

    def _fit(self) -> None:
        """Grow or shrink to the wrapped texts, keeping the width (else lines are cut off)."""
        width = self.width()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(width, self.heightForWidth(width) if self.hasHeightForWidth() else 0)
        self.adjustSize()

    def _set_input(self, enabled: bool) -> None:
        self.password_edit.setEnabled(enabled)
        self.unlock_button.setEnabled(enabled)
        self.unlock_button.setDefault(enabled)

    def _lockout_over(self) -> None:
        state = self._state()
        if state is not None and not state.disabled and state.locked_until is None:
            self._set_input(True)
            self.error_label.hide()
            self._fit()
            self.password_edit.setFocus()
        elif state is not None:
            self._show_state(state, wrong_password=False)

    def is_only_quit(self) -> bool:
        """Whether the account is locked or disabled, so that the password cannot be entered."""
        return not self.password_edit.isEnabled()

    # --- quitting -----------------------------------------------------------------------------

    def ask_quit(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Quit InspectDesk"),
            self.tr(
                "Quit InspectDesk now? Text not yet saved in open windows is lost; inspection "
                "notes are kept as drafts."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._done = True
            self.quit_requested.emit()

    # --- not closable ---------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc does not end the lock screen."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
