"""Showing errors: the services' messages in the user's language, anything else logged."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import InspectDeskError
from app.paths import log_dir

log = logging.getLogger("inspectdesk.ui")


def show_error(parent: QWidget | None, error: BaseException, lang: str) -> None:
    """A refused request in plain words; an unexpected failure logged and shown with the log path."""
    if isinstance(error, InspectDeskError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Not saved"), error.render(lang)
        )
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors",
            "Something went wrong: %1\n\nNothing was half-saved. Details are in the log file:\n%2",
        )
        .replace("%1", f"{type(error).__name__}: {error}")
        .replace("%2", str(log_dir() / "inspectdesk.log")),
    )


def install_excepthook(lang: str) -> None:
    """Unexpected exceptions in slots are logged and shown, never swallowed."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        show_error(None, value, lang)

    sys.excepthook = hook
