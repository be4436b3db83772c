"""Showing errors: the services' messages in the user's language, anything else logged."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import ConflictError, InspectDeskError
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


def is_changed_meanwhile(error: BaseException) -> bool:
    """Whether a save was refused because someone else saved the record since it was loaded."""
    return isinstance(error, ConflictError) and error.code == "record.changed"


def ask_reload(parent: QWidget | None, error: InspectDeskError, lang: str) -> bool:
    """Say who changed the record and when; True if the official chooses to reload it.

    "Keep editing" leaves what they typed in the form (to copy or compare) and
    saves nothing; only "Reload" replaces it with the record as stored now.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Changed by someone else"))
    box.setText(error.render(lang))
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "Reload shows the record as it is stored now and discards what you typed here. "
            "Keep editing leaves your text in the form, unsaved.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("Errors", "&Reload"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Errors", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is reload


AskReload = Callable[[QWidget | None, InspectDeskError, str], bool]


def show_save_error(
    parent: QWidget | None,
    error: BaseException,
    lang: str,
    reload: Callable[[], None],
    ask: AskReload = ask_reload,
) -> None:
    """Show why a save was refused; for "changed by someone else", offer to ``reload``."""
    if isinstance(error, InspectDeskError) and is_changed_meanwhile(error):
        if ask(parent, error, lang):
            reload()
        return
    show_error(parent, error, lang)


def install_excepthook(lang: str) -> None:
    """Unexpected exceptions in slots are logged and shown, never swallowed."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        show_error(None, value, lang)

    sys.excepthook = hook
