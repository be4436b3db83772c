"""Deadline reminders while the application runs: a tray notification, or a list in the window.

:class:`ReminderPresenter` asks ``app.services.overview.reminders.due_reminders`` at start
and every 30 minutes, shows what is due — a system-tray message where a tray
exists, otherwise the non-modal :class:`RemindersDialog` — always with a status
bar message too, and then records the reminders as announced, so each step of
the ladder is told once.  The reminders are those of the official's whole
scope, whatever province filter the window shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.overview import reminders
from app.services.overview.reminders import Reminder
from app.text import named
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.dashboard_findings_model import DashboardFindingsModel
from app.ui.workers import Task

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000
MESSAGE_LINES = 5  # reminders named in one tray message; the rest are counted


def reminder_line(reminder: Reminder, lang: str) -> str:
    """One line of a notification: case, finding, company and how the deadline stands."""
    company = named(reminder.company, reminder.company_en, lang)
    if reminder.days > 0:
        when = QCoreApplication.translate(
            "ReminderPresenter", "%n days overdue", None, reminder.days
        )
    elif reminder.days == 0:
        when = QCoreApplication.translate("ReminderPresenter", "due today")
    else:
        when = QCoreApplication.translate(
            "ReminderPresenter", "due in %n days", None, -reminder.days
        )
    return f"{reminder.case_number} #{reminder.finding_number} {company}: {when}"


class RemindersDialog(QDialog):
    """The reminders shown so far, for a desktop without a system tray (non-modal)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Deadline reminders"))
        self.setModal(False)
        self.as_of = date.today()
        self.reminders: list[Reminder] = []
        self.model = DashboardFindingsModel(ctx.lang, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(lambda _index: self.open_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open case"))
        self.dismiss_button = QPushButton(self.tr("Dismiss reminder"))
        self.dismiss_button.setToolTip(self.tr("Silence this finding until the next step (Ctrl+D)"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        QShortcut(QKeySequence("Ctrl+D"), self, self.dismiss_selected)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(820, 320)

    def add(self, new: list[Reminder], as_of: date) -> None:
        """Merge newly announced reminders (a finding's newest step replaces its older one)."""
        ids = {r.finding_id for r in new}
        self.reminders = [r for r in self.reminders if r.finding_id not in ids] + list(new)
        self.reminders.sort(key=lambda r: (r.current_deadline, r.case_number, r.finding_number))
        self.as_of = as_of
        self._show()

    def _show(self) -> None:
        self.model.set_rows(self.reminders, self.as_of)
        self.view.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%n deadline reminders. Enter opens the case.", "", len(self.reminders))
        )
        if self.reminders and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _selected(self) -> Reminder | None:
        index = self.view.currentIndex()
        return self.reminders[index.row()] if index.isValid() else None

    def open_selected(self) -> None:
        reminder = self._selected()
        if reminder is not None:
            self.ctx.bus.open_case.emit(reminder.case_number)

    def dismiss_selected(self) -> None:
        reminder = self._selected()
        if reminder is None:
            return
        try:
            reminders.dismiss(self.ctx.db, self.ctx.actor, reminder.finding_id, as_of=self.as_of)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.reminders.remove(reminder)
        self._show()
        self.ctx.bus.data_changed.emit()


# The first check waits until the window is up and the official's first clicks are
# answered: on a large database it keeps a core busy for most of a second.
START_DELAY_MS = 5_000


class ReminderPresenter(QObject):
    """Announces due reminders at start and on a timer; see the module docstring.

    ``interval_ms``, ``today`` and ``use_tray`` are there for tests (and a
    workstation clock that must not be trusted can be replaced the same way).
    """

    announced = Signal(list)  # the reminders just announced

    def __init__(
        self,
        ctx: UiContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        today: Callable[[], date] = date.today,
        use_tray: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.use_tray = use_tray
        self.tray: QSystemTrayIcon | None = None
        self.dialog: RemindersDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_in_background)
        self._running: Task | None = None

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        """Check shortly after start, then every interval, off the GUI thread."""
        QTimer.singleShot(delay_ms, self.check_in_background)
        self.timer.start()

    def check_in_background(self) -> None:
        """Look for due reminders in a pool thread (a large database takes a while);
        present them back on the GUI thread."""
        if self._running is not None:
            return
        as_of = self.today()
        db, actor = self.ctx.db, self.ctx.actor
        task = Task(lambda _progress, _cancel: reminders.due_reminders(db, actor, as_of=as_of))
        task.setAutoDelete(False)
        task.signals.finished.connect(lambda due: self._announce(due, as_of))
        task.signals.failed.connect(self._failed)
        self._running = task
        QThreadPool.globalInstance().start(task)

    def _failed(self, error: BaseException) -> None:
        self._running = None
        log.error(
            "reminders could not be checked", exc_info=(type(error), error, error.__traceback__)
        )

    def _announce(self, due: list[Reminder], as_of: date) -> None:
        self._running = None
        try:
            if not due:
                return
            self._present(due, as_of)
            reminders.mark_announced(self.ctx.db, self.ctx.actor, due)
        except Exception:
            log.exception("reminders could not be announced")
            return
        self.announced.emit(due)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> list[Reminder]:
        """Announce what is due now; returns the reminders announced."""
        as_of = self.today()
        try:
            due = reminders.due_reminders(self.ctx.db, self.ctx.actor, as_of=as_of)
            if not due:
                return []
            self._present(due, as_of)
            reminders.mark_announced(self.ctx.db, self.ctx.actor, due)
        except Exception:
            # A timer must never take the application down; the next run tries again.
            log.exception("reminders could not be checked")
            return []
        self.announced.emit(due)
        return due

    # --- presenting ---------------------------------------------------------------------------

    def _present(self, due: list[Reminder], as_of: date) -> None:
        title = QCoreApplication.translate(
            "ReminderPresenter", "%n deadline reminders", None, len(due)
        )
        lines = [reminder_line(r, self.ctx.lang) for r in due[:MESSAGE_LINES]]
        if len(due) > MESSAGE_LINES:
            lines.append(
                QCoreApplication.translate(
                    "ReminderPresenter", "… and %n more", None, len(due) - MESSAGE_LINES
                )
            )
        self.ctx.bus.status_message.emit(f"{title}: {lines[0]}" if len(due) == 1 else title)
        if self.use_tray:
            tray = self._tray()
            overdue = any(r.overdue for r in due)
            icon = (
                QSystemTrayIcon.MessageIcon.Warning
                if overdue
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(title, "\n".join(lines), icon, 20_000)
            self._list().add(due, as_of)  # kept for "Show reminders", not shown
        else:
            dialog = self._list()
            dialog.add(due, as_of)
            dialog.show()
            dialog.raise_()

    def _list(self) -> RemindersDialog:
        if self.dialog is None:
            parent = self.parent()
            self.dialog = RemindersDialog(self.ctx, parent if isinstance(parent, QWidget) else None)
        return self.dialog

    def show_list(self) -> None:
        dialog = self._list()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            app = QApplication.instance()
            icon = app.windowIcon() if isinstance(app, QApplication) else QIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(
                QCoreApplication.translate("ReminderPresenter", "InspectDesk deadline reminders")
            )
            menu = QMenu()
            menu.addAction(
                QCoreApplication.translate("ReminderPresenter", "Show reminders"), self.show_list
            )
            self.tray.setContextMenu(menu)
            self._menu = menu  # the tray does not take ownership of its menu
            self.tray.messageClicked.connect(self.show_list)
            self.tray.show()
        return self.tray
