"""Start-up in a fixed order: folders, logging, database (backed up and migrated), then Qt."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from app.paths import log_dir

LANGUAGE_KEY = "ui/language"


def _setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / "inspectdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(db_arg: str | None, lang: str | None) -> int:
    import app.services  # noqa: F401  (message catalogues)
    from app.cli import default_lang
    from app.db.migrate import open_database
    from app.domain.errors import InspectDeskError
    from app.services.context import local_actor

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
    ctx = UiContext(db=db, actor=local_actor(None), lang=language, settings=settings)
    window = MainWindow(ctx)
    window.show()
    try:
        return int(qt_app.exec())
    finally:
        db.dispose()
