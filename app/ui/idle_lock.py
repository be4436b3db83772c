"""The idle lock: after the office's idle time without keyboard or mouse, every window is covered.

An application-wide event filter notes each key press, click, mouse move and wheel
turn. When none came for ``idle_lock_minutes`` (an office setting; 0 = never), or
the official chooses File → Lock now (Ctrl+L), every open window of the application
-- the main window, case windows, dialogs -- is covered by an opaque curtain and
its title replaced, and a modal lock screen asks for the logged-in official's
password (through ``users.authenticate``, so wrong passwords count towards the
lockout like at the login).

Windows are covered, never hidden or closed: hiding a dialog that runs ``exec()``
would end it as if cancelled, and closing would lose what was typed. After the
right password the curtains go and every editor holds exactly what it held.

A workstation without user accounts (the local administrator of a single-user
installation) has no password to ask, so there is nothing to lock: the lock is
off for the session and "Lock now" is disabled, saying why.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolTip, QVBoxLayout, QWidget

from app.services.registry import settings as office_settings
from app.services.registry import users
from app.services.support.context import Actor
from app.ui.context import UiContext
from app.ui.dialogs.unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)

POLL_MS = 1000  # how often the idle time is compared with the setting
CLOCK: Callable[[], float] = time.monotonic  # seconds; tests put a clock of their own here
SETTING_REFRESH_S = 60.0  # a change made on another workstation applies within a minute
CURTAIN_COLOUR = QColor("#2f3b46")

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
# Windows that are never covered: menus and pick lists are closed instead, tooltips hidden.
_TRANSIENT = frozenset(
    {Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen, Qt.WindowType.Desktop}
)


class Curtain(QWidget):
    """An opaque cover over the whole of one window while the application is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("idle_lock_curtain")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, CURTAIN_COLOUR)
        self.setPalette(palette)
        label = QLabel(self.tr("InspectDesk is locked"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #d6dde3; font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif kind == QEvent.Type.ChildAdded:
            # A widget added to the window later would show above the curtain.
            QTimer.singleShot(0, self._raise_if_alive)
        return False

    def _raise_if_alive(self) -> None:
        if shiboken6.isValid(self):
            self.raise_()


class _Covered:
    """A window under a curtain, with the title it had."""

    def __init__(self, window: QWidget, title: str) -> None:
        self.window = window
        self.title = title
        self.curtain = Curtain(window)


class IdleLock(QObject):
    """Covers every window after the idle time and uncovers them after the right password.

    ``clock`` (seconds, monotonic; default ``CLOCK``) and ``poll_ms`` (default
    ``POLL_MS``) are there for tests; ``quit_app`` is what "Quit" on the lock screen
    does (default: the whole application ends).
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        ctx: UiContext,
        window: QWidget,
        *,
        clock: Callable[[], float] | None = None,
        poll_ms: int | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._clock = clock or CLOCK
        self._quit_app = quit_app or (lambda: QCoreApplication.exit(0))
        self._last_activity = self._clock()
        self._minutes = office_settings.SPECS[office_settings.IDLE_LOCK_MINUTES].default
        self._minutes_read_at: float | None = None
        self._covered: list[_Covered] = []
        self.dialog: UnlockDialog | None = None
        self.manual = False  # locked by "Lock now", not by the idle time
        # Accounts exist exactly when the start-up asked for a login (or created the
        # first administrator), so the actor is then an account with a password.
        self.enabled = users.users_exist(ctx.db)

        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setObjectName("lock_now")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_now)
        if self.enabled:
            self.lock_action.setStatusTip(
                self.tr("Cover every window until your password is entered again")
            )
        else:
            self.lock_action.setEnabled(False)
            self.lock_action.setStatusTip(
                self.tr("Nothing to lock: this workstation has no user accounts")
            )

        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms or POLL_MS)
        self.timer.timeout.connect(self.check)
        if self.enabled:
            self.reload()
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self.timer.start()

    # --- state ------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def idle_minutes(self) -> int:
        """The idle time after which the windows lock (0: never), re-read now and then."""
        now = self._clock()
        if self._minutes_read_at is None or now - self._minutes_read_at >= SETTING_REFRESH_S:
            self.reload()
        return self._minutes

    def reload(self) -> None:
        """Read the idle-lock setting again (after the settings dialog saved it)."""
        self._minutes_read_at = self._clock()
        try:
            self._minutes = office_settings.get_setting(
                self.ctx.db, office_settings.IDLE_LOCK_MINUTES
            )
        except Exception:  # a server out of reach must not stop the lock: keep the last value
            log.warning("idle-lock setting not readable; keeping %s minutes", self._minutes)

    def idle_seconds(self) -> float:
        return self._clock() - self._last_activity

    # --- watching ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            if not self.locked:
                self._last_activity = self._clock()
        elif (
            kind == QEvent.Type.Show
            and self.locked
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and self._coverable(watched)
        ):
            # A window that opens while locked (a finished export's message, a
            # reminder) is covered too, and the lock screen stays on top.
            self._cover(watched)
            QTimer.singleShot(0, self._raise_dialog)
        return False

    def check(self) -> None:
        """Lock when the idle time has passed (called by the timer)."""
        if not self.enabled or self.locked:
            return
        minutes = self.idle_minutes()
        if minutes > 0 and self.idle_seconds() >= minutes * 60:
            self.lock(manual=False)

    def stop(self) -> None:
        """The window closes: stop watching."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- locking ----------------------------------------------------------------------------

    def lock_now(self) -> None:
        self.lock(manual=True)

    def lock(self, *, manual: bool) -> None:
        """Cover every window and show the lock screen (nothing is closed or rebuilt)."""
        if not self.enabled or self.locked:
            return
        self.manual = manual
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or pick list would show above the curtain
        QToolTip.hideText()
        self.dialog = UnlockDialog(
            self.ctx.db,
            self.ctx.actor.login,
            self.ctx.lang,
            self.window,
            idle_minutes=None if manual else self._minutes,
        )
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and self._coverable(window):
                self._cover(window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.quit_requested.connect(self._quit)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()
        self._raise_dialog()
        log.info("windows locked (%s)", "by the official" if manual else "idle time")
        self.locked_changed.emit(True)

    def _coverable(self, window: QWidget) -> bool:
        if window.windowType() in _TRANSIENT or isinstance(window, Curtain):
            return False
        if any(c.window is window for c in self._covered if shiboken6.isValid(c.window)):
            return False
        parent: QWidget | None = window
        while parent is not None:  # the lock screen and its own message boxes stay visible
            if parent is self.dialog:
                return False
            parent = parent.parentWidget()
        return True

    def _cover(self, window: QWidget) -> None:
        self._covered.append(_Covered(window, window.windowTitle()))
        window.setWindowTitle(self.tr("InspectDesk (locked)"))

    def _raise_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            self.dialog.password_edit.setFocus()

    def _unlocked(self, actor: Actor) -> None:
        # The services act as the account as it is now: a role or scope an administrator
        # changed meanwhile applies from here on.
        changed = actor != self.ctx.actor
        self.ctx.actor = actor
        for covered in self._covered:
            if shiboken6.isValid(covered.window):
                covered.window.setWindowTitle(covered.title)
            if shiboken6.isValid(covered.curtain):
                covered.curtain.hide()
                covered.curtain.deleteLater()  # also ends its watching of the window
        self._covered.clear()
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        self._last_activity = self._clock()
        log.info("windows unlocked")
        self.locked_changed.emit(False)
        if changed:
            self.ctx.bus.data_changed.emit()

    def _quit(self) -> None:
        log.info("quit from the lock screen")
        self._quit_app()

    def covered_windows(self) -> list[QWidget]:
        """The windows under a curtain now (for tests and the screenshots)."""
        return [c.window for c in self._covered if shiboken6.isValid(c.window)]
