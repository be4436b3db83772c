"""File → Import exchange package…: what the package would do, shown before anything is written.

Choosing a file runs the plan in a pool thread (every file of the package is
hashed): the dialog then shows, per kind of record, how many are new, updated,
unchanged and in conflict, or the reason the package is refused.  Only then
may the official import it, again off the GUI thread, in one transaction.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InspectDeskError
from app.services.exchange import ImportSummary, import_package, plan_import
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.exchange_summary_model import ExchangeSummaryModel
from app.ui.workers import Progress, run_task

BAD_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"


class ExchangeImportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.plan: ImportSummary | None = None
        self.imported: ImportSummary | None = None
        self.refusal: str | None = None
        self.setWindowTitle(self.tr("Import exchange package"))

        self.file_label = QLabel(self.tr("Choose the exchange package (.zip) to import."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        self.package_label = QLabel()
        self.package_label.setWordWrap(True)
        self.model = ExchangeSummaryModel(self)
        self.table = QTableView()
        self.table.setObjectName("exchange_summary")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(72)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setObjectName("exchange_import_status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Review &conflicts…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.conflicts_button.hide()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.package_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.hide()
        self.resize(640, 520)

    # --- the plan ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import exchange package"),
            "",
            self.tr("Exchange packages (*.zip)"),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Check the package and say what importing it would do (nothing is written)."""
        self.path, self.plan, self.imported, self.refusal = path, None, None, None
        self.file_label.setText(self.tr("File: %1").replace("%1", str(path)))
        self.import_button.setEnabled(False)
        self.conflicts_button.hide()
        self.model.set_summary(None)
        self.status.setText(self.tr("Checking the package…"))
        self.status.setStyleSheet("")
        db, actor = self.ctx.db, self.ctx.actor
        message = self.tr("Checking %1…").replace("%1", path.name)

        def work(progress: Progress, _cancel: threading.Event) -> ImportSummary:
            progress(5, message)
            return plan_import(db, actor, path)

        run_task(self, self.tr("Import exchange package"), work, self._planned, self._refused)

    def _describe(self, summary: ImportSummary) -> None:
        text = self.tr("Package exported by %1 on %2.").replace("%1", summary.exported_by)
        text = text.replace("%2", summary.created_at[:16].replace("T", " ") + " UTC")
        if summary.office:
            text += " " + self.tr("Office: %1.").replace("%1", summary.office)
        if summary.unmatched_officials:
            text += " " + self.tr(
                "No account here for the assigned officials %1: they are not linked."
            ).replace("%1", ", ".join(summary.unmatched_officials))
        self.package_label.setText(text)
        self.model.set_summary(summary)
        self.table.show()

    def _planned(self, summary: ImportSummary) -> None:
        self.plan = summary
        self._describe(summary)
        if summary.already_imported:
            self.status.setText(
                "✓ "
                + self.tr("This package was imported before: importing it again changes nothing.")
            )
            self.status.setStyleSheet(OK_STYLE)
            return
        if not summary.changes_anything:
            self.status.setText("✓ " + self.tr("Everything in this package is already here."))
            self.status.setStyleSheet(OK_STYLE)
            return
        text = self.tr("Nothing has been written yet.")
        if summary.total("conflicts"):
            text = (
                self.tr(
                    "%n record(s) were changed both here and at the other office: they are "
                    "left as they are here and kept for review.",
                    "",
                    summary.total("conflicts"),
                )
                + " "
                + text
            )
        self.status.setText(text)
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, InspectDeskError):
            show_error(self, error, self.ctx.lang)
            self.status.setText("")
            return
        self.refusal = error.render(self.ctx.lang)
        self.package_label.setText("")
        self.table.hide()
        self.status.setText(
            "✗ " + self.tr("The package is refused; nothing was written.") + "\n" + self.refusal
        )
        self.status.setStyleSheet(BAD_STYLE)

    # --- importing -----------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.path is None or self.plan is None or not self.import_button.isEnabled():
            return
        path = self.path
        db, actor = self.ctx.db, self.ctx.actor
        message = self.tr("Importing %1…").replace("%1", path.name)

        def work(progress: Progress, _cancel: threading.Event) -> ImportSummary:
            progress(5, message)  # the last point where Cancel stops it: one transaction follows
            return import_package(db, actor, path)

        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        run_task(self, self.tr("Import exchange package"), work, self._imported, self._failed)

    def _imported(self, summary: ImportSummary) -> None:
        self.imported = summary
        self.choose_button.setEnabled(True)
        self._describe(summary)
        self.status.setText(
            "✓ "
            + self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 kept for review.")
            .replace("%1", str(summary.total("new")))
            .replace("%2", str(summary.total("updated")))
            .replace("%3", str(summary.total("unchanged")))
            .replace("%4", str(summary.total("conflicts")))
        )
        self.status.setStyleSheet(OK_STYLE)
        self.conflicts_button.setVisible(bool(summary.total("conflicts")))
        self.ctx.bus.data_changed.emit()
        self.ctx.bus.status_message.emit(self.status.text())

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self._refused(error)

    def open_conflicts(self) -> None:
        from app.ui.dialogs.exchange_conflicts_dialog import ExchangeConflictsDialog

        ExchangeConflictsDialog(self.ctx, self).exec()
