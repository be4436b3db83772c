"""The main window: navigation bar, global search, province filter, status bar.

Pages are created the first time they are shown; case views open in windows of
their own, one per case.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app.services.registry import reference
from app.services.support.permissions import IMPORT_ACTIONS, can, can_all
from app.ui import permission
from app.ui.context import UiContext
from app.ui.exports import Exporter
from app.ui.idle_lock import IdleLock
from app.ui.pages.base import Page
from app.ui.pages.cases import CasesPage
from app.ui.reminders import ReminderPresenter


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated in context "MainWindow"
    module: str
    cls: str


PAGES = (
    PageSpec(
        "dashboard",
        QT_TRANSLATE_NOOP("MainWindow", "Dashboard"),
        "app.ui.pages.dashboard",
        "DashboardPage",
    ),
    PageSpec("cases", QT_TRANSLATE_NOOP("MainWindow", "Cases"), "app.ui.pages.cases", "CasesPage"),
    PageSpec(
        "companies",
        QT_TRANSLATE_NOOP("MainWindow", "Companies"),
        "app.ui.pages.companies",
        "CompaniesPage",
    ),
    PageSpec(
        "summons", QT_TRANSLATE_NOOP("MainWindow", "Summons"), "app.ui.pages.summons", "SummonsPage"
    ),
    PageSpec(
        "inspections",
        QT_TRANSLATE_NOOP("MainWindow", "Inspections"),
        "app.ui.pages.inspections",
        "InspectionsPage",
    ),
    PageSpec(
        "deadlines",
        QT_TRANSLATE_NOOP("MainWindow", "Deadlines"),
        "app.ui.pages.deadlines",
        "DeadlinesPage",
    ),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("InspectDesk"))
        self.pages: dict[str, Page] = {}
        self._unfilled: set[str] = set()  # created, not yet refreshed
        self._splitter_restored = False
        self.case_windows: dict[str, QWidget] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(110)
        self.nav.setMaximumWidth(240)
        self.nav.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }"
            "QListWidget#navigation::item { padding: 9px 14px; }"
        )
        for spec in PAGES:
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([160, 1100])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._show_page)

        self._build_toolbar()
        self.idle_lock = IdleLock(ctx, self)  # before the menus: File holds its "Lock now"
        self._build_menus()
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", ctx.db.display_name()))
        self.statusBar().addPermanentWidget(self.db_label)
        ctx.bus.status_message.connect(self._show_status)
        ctx.bus.open_case.connect(self.open_case)
        self.reminders = ReminderPresenter(ctx, self)
        self.reminders.start()

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1280, 800)
        self._restore()
        keys = [spec.key for spec in PAGES]
        last = str(ctx.settings.value("main/page", "dashboard"))
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # --- building --------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Search and filter"))
        bar.setObjectName("search_toolbar")
        bar.setMovable(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases, companies, findings, notes (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(380)
        self.search.returnPressed.connect(self._run_search)
        bar.addWidget(self.search)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr("Province:") + " "))
        self.province = QComboBox()
        self.province.setObjectName("province_filter")
        self.province.addItem(self.tr("All provinces in my scope"), None)
        for code, ref in reference.provinces(self.ctx.db).items():
            if self.ctx.actor.sees(code):
                self.province.addItem(f"{ref.name(self.ctx.lang)} ({code})", code)
        self.province.currentIndexChanged.connect(self._province_changed)
        bar.addWidget(self.province)
        self.addToolBar(bar)

        focus_search = QAction(self)
        focus_search.setShortcut(QKeySequence.StandardKey.Find)
        focus_search.triggered.connect(self._focus_search)
        self.addAction(focus_search)
        new_item = QAction(self)
        new_item.setShortcut(QKeySequence.StandardKey.New)
        new_item.triggered.connect(self._new_item)
        self.addAction(new_item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)  # a greyed-out entry says why
        backup = file_menu.addAction(self.tr("&Back up…"))
        backup.setObjectName("backup_action")
        backup.triggered.connect(self._backup)
        permission.apply(backup, can(self.ctx.actor, "database.backup"), self.ctx.lang)
        file_menu.addSeparator()
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.exporter = Exporter(self.ctx, self, self._case_query)
        export_menu.addAction(self.tr("&Cases and findings (Excel)…"), self.exporter.cases_to_excel)
        export_menu.addAction(self.tr("&Overdue findings (PDF or Excel)…"), self.exporter.overdue)
        export_menu.addAction(self.tr("&Province report (PDF)…"), self.exporter.province_report)
        file_menu.addSeparator()
        exchange_export = file_menu.addAction(self.tr("Export cases for e&xchange…"))
        exchange_export.setObjectName("exchange_export_action")
        exchange_export.triggered.connect(self._exchange_export)
        exchange_import = file_menu.addAction(self.tr("&Import exchange package…"))
        exchange_import.setObjectName("exchange_import_action")
        exchange_import.triggered.connect(self._exchange_import)
        permission.apply(exchange_import, can_all(self.ctx.actor, IMPORT_ACTIONS), self.ctx.lang)
        exchange_conflicts = file_menu.addAction(self.tr("Exchange &conflicts…"))
        exchange_conflicts.setObjectName("exchange_conflicts_action")
        exchange_conflicts.triggered.connect(self._exchange_conflicts)
        file_menu.addSeparator()
        file_menu.addAction(self.idle_lock.lock_action)
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, spec in enumerate(PAGES):
            action = view_menu.addAction(QCoreApplication.translate("MainWindow", spec.title))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, row=index: self.nav.setCurrentRow(row))
        refresh = view_menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.ctx.bus.data_changed.emit)
        tools = self.menuBar().addMenu(self.tr("&Tools"))
        tools.setToolTipsVisible(True)
        verify = tools.addAction(self.tr("&Verify records"))
        verify.triggered.connect(self._verify_records)
        verify_dossier = tools.addAction(self.tr("Verify a &dossier…"))
        verify_dossier.setObjectName("verify_dossier_action")
        verify_dossier.triggered.connect(self._verify_dossier)
        signing = tools.addAction(self.tr("Signing &certificate…"))
        signing.setObjectName("signing_action")
        signing.triggered.connect(self._signing_certificate)
        settings = tools.addAction(self.tr("&Settings…"))
        settings.triggered.connect(self._open_settings)
        # Left out rather than greyed out: only administrators have anything to do there.
        if can(self.ctx.actor, "user.manage"):
            users_action = tools.addAction(self.tr("&Users…"))
            users_action.setObjectName("users_action")
            users_action.triggered.connect(self._open_users)

    # --- behaviour -------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def page(self, key: str) -> Page:
        """The page ``key``, created on first use."""
        if key not in self.pages:
            spec = next(s for s in PAGES if s.key == key)
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            page: Page = cls(self.ctx, self.stack)
            page.restore_state()
            self.pages[key] = page
            self.stack.addWidget(page)
            self._unfilled.add(key)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        self.stack.setCurrentWidget(self.page(key))
        if key in self._unfilled and self.isVisible():
            # Filled once the switch is on screen, and only if still the page shown:
            # moving through the list never waits for a page the official skipped.
            QTimer.singleShot(0, self._fill_current)
        # (the page the window opens on is filled in showEvent, before the first paint)

    def _fill_current(self) -> None:
        for key, page in self.pages.items():
            if page is self.stack.currentWidget() and key in self._unfilled:
                self._unfilled.discard(key)
                page.refresh()

    def shown_summary(self) -> str:
        """What the window shows now, in a few words (the smoke check prints it)."""
        key = PAGES[self.nav.currentRow()].key if self.nav.currentRow() >= 0 else "none"
        page = self.pages.get(key)
        views = page.findChildren(QAbstractItemView) if page is not None else []
        rows = sum(v.model().rowCount() for v in views if v.model() is not None)
        filled = "filled" if key not in self._unfilled else "not filled yet"
        return f"page {key} ({filled}): {rows} rows in {len(views)} tables"

    def _new_item(self) -> None:
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.new_item()

    def _province_changed(self) -> None:
        code = self.province.currentData()
        self.ctx.province_filter = frozenset({code}) if code else None
        self.ctx.bus.province_filter_changed.emit(self.ctx.province_filter)

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        from app.ui.dialogs.search_results import SearchResultsDialog

        dialog = SearchResultsDialog(self.ctx, text, self)
        dialog.show()

    def open_case(self, case_number: str) -> None:
        """Bring up the case's own window (one per case)."""
        window = self.case_windows.get(case_number)
        if window is None or not shiboken6.isValid(window):
            from app.ui.case_view.window import CaseWindow

            window = CaseWindow(self.ctx, case_number)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.case_windows[case_number] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _case_query(self) -> object | None:
        """The filters applied on the cases page, if it has been opened."""
        page = self.pages.get("cases")
        return page.current_query() if isinstance(page, CasesPage) else None

    def _backup(self) -> None:
        """A consistent copy of the database and its files, written in the background."""
        from datetime import datetime
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.services.safekeeping.maintenance import backup
        from app.ui.errors import show_error
        from app.ui.workers import run_task

        suggested = Path.home() / f"inspectdesk-{datetime.now():%Y%m%d-%H%M}.zip"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up"), str(suggested), self.tr("Backups (*.zip)")
        )
        if not name:
            return
        target = Path(name if name.lower().endswith(".zip") else name + ".zip")
        db = self.ctx.db

        def done(result: object) -> None:
            written = self.tr("The backup was written to %1.").replace("%1", str(target))
            problems = list(getattr(result, "problems", []))
            if not problems:
                QMessageBox.information(self, self.tr("Back up"), written)
                return
            # Written and restorable, but not every file is as it was stored: say which.
            lines = "\n".join(f"• {p.render(self.ctx.lang)}" for p in problems[:20])
            more = len(problems) - 20
            if more > 0:
                lines += "\n" + self.tr("… and %n more", "", more)
            QMessageBox.warning(
                self,
                self.tr("Back up"),
                written
                + "\n\n"
                + self.tr("These attachments are damaged or missing (%n):", "", len(problems))
                + "\n"
                + lines,
            )

        run_task(
            self,
            self.tr("Writing the backup…"),
            lambda _progress, _cancel: backup(db, target, actor=self.ctx.actor),
            done,
            lambda exc: show_error(self, exc, self.ctx.lang),
        )

    def _verify_records(self) -> None:
        from app.services.safekeeping.maintenance import check

        report = check(self.ctx.db, self.ctx.lang)
        if report.ok:
            QMessageBox.information(
                self,
                self.tr("Verify records"),
                self.tr(
                    "All records are intact: %1 audit events in an unbroken chain, %2 attachment files match their hashes."
                )
                .replace("%1", str(report.events))
                .replace("%2", str(report.attachments)),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Verify records"),
                self.tr("Problems found:")
                + "\n\n"
                + "\n".join(p.render(self.ctx.lang) for p in report.problems),
            )

    def _open_settings(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        accepted = dialog.exec()
        self.idle_lock.reload()  # a new idle time applies at once
        if accepted and dialog.chosen_language() != self.ctx.lang:
            self.switch_language(dialog.chosen_language())

    def _verify_dossier(self) -> None:
        from app.ui.dialogs.verify_dossier_dialog import VerifyDossierDialog

        VerifyDossierDialog(self.ctx, self).exec()

    def _signing_certificate(self) -> None:
        from app.ui.dialogs.signing_dialog import SigningDialog

        SigningDialog(self.ctx, self).exec()

    def _exchange_export(self) -> None:
        from app.ui.dialogs.exchange_export_dialog import ExchangeExportDialog

        ExchangeExportDialog(self.ctx, self).exec()

    def _exchange_import(self) -> None:
        from app.ui.dialogs.exchange_import_dialog import ExchangeImportDialog

        ExchangeImportDialog(self.ctx, self).exec()

    def _exchange_conflicts(self) -> None:
        from app.ui.dialogs.exchange_conflicts_dialog import ExchangeConflictsDialog

        ExchangeConflictsDialog(self.ctx, self).exec()

    def _open_users(self) -> None:
        from app.ui.dialogs.users_dialog import UsersDialog

        UsersDialog(self.ctx, self).exec()

    def switch_language(self, lang: str) -> MainWindow:
        """Show the main window again in ``lang``; open case windows are closed."""
        from PySide6.QtWidgets import QApplication

        from app.ui.i18n import install_translators

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translators(app, lang)
        self.ctx.lang = lang
        # Show the new window before closing this one, or Qt quits on "last window closed".
        self.replacement = MainWindow(self.ctx)
        self.replacement.show()
        self.close()
        return self.replacement

    # --- state -------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self.ctx.settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The page the window opens on is filled now, when the window has its size and
        # before it first paints: the first paint shows the data, not an empty table.
        # (Filled before the show, its content would override the remembered size.)
        self._fill_current()
        if not self._splitter_restored:
            # Sizes restored before the first show are redistributed when the window
            # gets its real width; restore them once it has it.
            self._splitter_restored = True
            splitter = self.ctx.settings.value("main/splitter")
            if isinstance(splitter, QByteArray):
                self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        self.ctx.settings.setValue("main/splitter", self.splitter.saveState())
        if self.nav.currentRow() >= 0:
            self.ctx.settings.setValue("main/page", PAGES[self.nav.currentRow()].key)
        self.reminders.stop()
        self.idle_lock.stop()
        for page in self.pages.values():
            page.save_state()
        for window in self.case_windows.values():
            if shiboken6.isValid(window):
                window.close()
        super().closeEvent(event)
