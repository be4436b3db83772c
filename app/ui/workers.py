"""Slow work off the GUI thread, with a progress dialog and cancel.

The work function runs in a pool thread and never touches widgets; it reports
progress through a callback and checks a cancel flag; the result or the error
comes back to the GUI thread through signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, str], None]  # percent, message


class Cancelled(Exception):
    """Raised inside a work function when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, work: Callable[[Progress, threading.Event], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def run(self) -> None:
        def progress(percent: int, message: str) -> None:
            if self.cancel_event.is_set():
                raise Cancelled()
            self.signals.progress.emit(percent, message)

        try:
            result = self.work(progress, self.cancel_event)
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def run_task(
    parent: QWidget,
    title: str,
    work: Callable[[Progress, threading.Event], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Start ``work`` in the background behind a modal progress dialog with Cancel."""
    cancel = QCoreApplication.translate("Workers", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    task = Task(work)
    task.setAutoDelete(False)

    def progress(percent: int, message: str) -> None:
        dialog.setValue(percent)
        if message:
            dialog.setLabelText(message)

    def finished(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        if not isinstance(error, Cancelled):
            on_error(error)

    task.signals.progress.connect(progress)
    task.signals.finished.connect(finished)
    task.signals.failed.connect(failed)
    dialog.canceled.connect(task.cancel_event.set)
    setattr(parent, "_tasks", [*getattr(parent, "_tasks", []), task])  # noqa: B010 - keep alive until done
    QThreadPool.globalInstance().start(task)
    return task
