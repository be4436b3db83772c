"""Start-up in a fixed order: folders, logging, database (backed up and migrated), then Qt."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.logs import log_to_file

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QWidget

    from app.db.engine import Database
    from app.services.support.context import Actor

LANGUAGE_KEY = "ui/language"
SKIP_FIRST_ADMIN_KEY = "auth/skip_first_admin"
# INSPECTDESK_SMOKE=1: start, paint the main window once, say how long that took, quit with 0.
# For checking a build (scripts/build.sh); the first-start offer is skipped, and a database
# with accounts is refused (there is nobody to type a password).
SMOKE_ENV = "INSPECTDESK_SMOKE"
SMOKE_TIMEOUT_S = 120
_IMPORTED_AT = time.time()


def smoke_requested() -> bool:
    return os.environ.get(SMOKE_ENV, "").strip().lower() in {"1", "true", "yes"}


def process_started_at() -> float:
    """When this process started, on the scale of ``time.time()``.

    Taken from the system, so that the time a frozen build spends unpacking and importing
    before any of our code runs is counted; when the system does not say, the time this
    module was imported.
    """
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", "rb") as f:
                # Field 22 (starttime, in clock ticks since boot); the command name in
                # field 2 may hold spaces, so count from its closing parenthesis.
                ticks = int(f.read().rsplit(b")", 1)[1].split()[19])
            since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
            return time.time() - (since_boot - ticks / os.sysconf("SC_CLK_TCK"))
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            times = [wintypes.FILETIME() for _ in range(4)]
            kernel32 = ctypes.windll.kernel32
            if kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), *map(ctypes.byref, times)):
                created = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
                return (created - 116_444_736_000_000_000) / 10_000_000  # 1601 → 1970, 100 ns
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return _IMPORTED_AT


def _say(text: str) -> None:
    stream = sys.stdout or sys.stderr  # a windowed Windows build has no stdout
    if stream is not None:
        stream.write(text + "\n")
        stream.flush()


def quit_after_first_paint(
    qt_app: QCoreApplication,
    window: QWidget,
    timeout_s: float = SMOKE_TIMEOUT_S,
    *,
    shown: Callable[[], str] | None = None,
) -> None:
    """Quit with status 0 once ``window`` has painted for the first time (smoke mode).

    Prints the seconds from process start to that paint, the process's peak memory, and
    what the paint showed (``shown``: the main window names its page and the rows in
    it); quits with status 1 if no paint comes within ``timeout_s``. The timers belong
    to ``window``: gone with it.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    started = process_started_at()
    state = {"painted": False}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not state["painted"]:
                state["painted"] = True
                seconds = time.time() - started
                what = f"; {shown()}" if shown is not None else ""
                _say(
                    f"smoke: first paint {seconds:.3f} s after process start"
                    f"; peak memory {peak_memory_mb():.0f} MB{what}"
                )
                QTimer.singleShot(0, window, finish)
            return False

    def finish() -> None:
        window.close()
        qt_app.exit(0)

    def too_late() -> None:
        if not state["painted"]:
            _say(f"smoke: no paint within {timeout_s:g} s")
            qt_app.exit(1)

    window.installEventFilter(FirstPaint(window))
    QTimer.singleShot(int(timeout_s * 1000), window, too_late)


def peak_memory_mb() -> float:
    """The most memory this process has held (resident set), in megabytes; 0 if unknown."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes there, KiB here


def _setup_logging() -> None:
    log_to_file()  # the root logger, from INFO up (app.logs)


def login_dialog(db: Database, lang: str) -> Actor | None:
    """Ask for login and password until they are right; None when the user quits."""
    from app.ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(db, lang)
    return dialog.actor if dialog.exec() and dialog.actor else None


def first_admin_dialog(db: Database, lang: str, settings: QSettings) -> Actor | None:
    """Offer to create the administrator account; Skip keeps the local administrator."""
    from app.services.support.context import local_actor
    from app.ui.dialogs.first_admin_dialog import FirstAdminDialog

    if settings.value(SKIP_FIRST_ADMIN_KEY, False, type=bool):
        return local_actor(None)
    dialog = FirstAdminDialog(db, lang)
    if not dialog.exec() or dialog.actor is None:
        return None
    if dialog.skipped and dialog.dont_ask.isChecked():
        settings.setValue(SKIP_FIRST_ADMIN_KEY, True)
    return dialog.actor


def sign_in(db: Database, lang: str, settings: QSettings) -> Actor | None:
    """The acting official: a login when accounts exist, else the first-start offer."""
    from app.services.registry.users import users_exist

    if users_exist(db):
        return login_dialog(db, lang)
    return first_admin_dialog(db, lang, settings)


def run_gui(db_arg: str | None, lang: str | None, *, smoke: bool | None = None) -> int:
    """The desktop application; ``smoke`` (default: $INSPECTDESK_SMOKE) quits after the
    main window's first paint."""
    from app.db.migrate import open_database
    from app.domain.errors import InspectDeskError
    from app.lang import default_lang

    if smoke is None:
        smoke = smoke_requested()
    _setup_logging()
    error: str | None = None
    db = None
    try:
        db = open_database(db_arg)
    except InspectDeskError as exc:
        error = exc.render(lang or default_lang())
        logging.getLogger(__name__).warning("database refused: %s", exc)

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.context import UiContext
    from app.ui.errors import install_excepthook
    from app.ui.i18n import install_translators
    from app.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(sys.argv)
    qt_app.setApplicationName("InspectDesk")
    qt_app.setOrganizationName("InspectDesk")
    QGuiApplication.setDesktopFileName("inspectdesk")  # its desktop entry and icon on Linux
    settings = QSettings()
    language = lang or str(settings.value(LANGUAGE_KEY, "") or "") or default_lang()
    install_translators(qt_app, language)
    install_excepthook(language)
    if db is None:
        if smoke:
            _say(f"smoke: {error}")
        else:
            QMessageBox.critical(None, "InspectDesk", error or "")
        return 2
    if smoke:
        from app.services.registry.users import users_exist
        from app.services.support.context import local_actor

        if users_exist(db):
            _say("smoke: the database has user accounts; use one without")
            db.dispose()
            return 2
        actor: Actor | None = local_actor(None)
    else:
        actor = sign_in(db, language, settings)
    if actor is None:  # the official quit at the login
        db.dispose()
        return 0
    ctx = UiContext(db=db, actor=actor, lang=language, settings=settings)
    window = MainWindow(ctx)
    if smoke:
        quit_after_first_paint(qt_app, window, shown=window.shown_summary)
    window.show()
    try:
        return int(qt_app.exec())
    finally:
        db.dispose()
