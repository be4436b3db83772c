"""Start-up in a fixed order: folders, logging, database (backed up and migrated), then Qt."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from typing import TYPE_CHECKING

from app.paths import log_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from app.db.engine import Database
    from app.services.context import Actor

LANGUAGE_KEY = "ui/language"
SKIP_FIRST_ADMIN_KEY = "auth/skip_first_admin"


def _setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / "inspectdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def login_dialog(db: Database, lang: str) -> Actor | None:
    """Ask for login and password until they are right; None when the user quits."""
    from app.ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(db, lang)
    return dialog.actor if dialog.exec() and dialog.actor else None


def first_admin_dialog(db: Database, lang: str, settings: QSettings) -> Actor | None:
    """Offer to create the administrator account; Skip keeps the local administrator."""
    from app.services.context import local_actor
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
    from app.services.users import users_exist

    if users_exist(db):
        return login_dialog(db, lang)
    return first_admin_dialog(db, lang, settings)


def run_gui(db_arg: str | None, lang: str | None) -> int:
    import app.services  # noqa: F401  (message catalogues)
    from app.cli import default_lang
    from app.db.migrate import open_database
    from app.domain.errors import InspectDeskError

    _setup_logging()
    error: str | None = None
    db = None
    try:
        db = open_database(db_arg)
    except InspectDeskError as exc:
        error = exc.render(lang or default_lang())
        logging.getLogger(__name__).warning("database refused: %s", exc)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.ui.context import UiContext
    from app.ui.errors import install_excepthook
    from app.ui.i18n import install_translators
    from app.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(sys.argv)
    qt_app.setApplicationName("InspectDesk")
    qt_app.setOrganizationName("InspectDesk")
    settings = QSettings()
    language = lang or str(settings.value(LANGUAGE_KEY, "") or "") or default_lang()
    install_translators(qt_app, language)
    install_excepthook(language)
    if db is None:
        QMessageBox.critical(None, "InspectDesk", error or "")
        return 2
    actor = sign_in(db, language, settings)
    if actor is None:  # the official quit at the login
        db.dispose()
        return 0
    ctx = UiContext(db=db, actor=actor, lang=language, settings=settings)
    window = MainWindow(ctx)
    window.show()
    try:
        return int(qt_app.exec())
    finally:
        db.dispose()
