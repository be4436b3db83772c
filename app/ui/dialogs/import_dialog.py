"""Import companies from CSV/XLSX: every row and every problem shown before anything is written."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.registry import companies
from app.services.registry.companies import ImportPreview
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.import_problems_model import ImportProblemsModel
from app.ui.models.import_rows_model import ImportRowsModel
from app.ui.workers import Cancelled, Progress, run_task

SUFFIXES = (".csv", ".xlsx", ".xlsm")
BAD_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b7f3b;"


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(True)
    return view


class ImportDialog(QDialog):
    """Choose a file (button or drag-and-drop), read the preview, import only a clean file."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.imported: int | None = None
        self.setWindowTitle(self.tr("Import companies"))
        self.setAcceptDrops(True)

        self.file_label = QLabel(self.tr("Choose a CSV or XLSX file, or drop it here."))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.problems_model = ImportProblemsModel(ctx.lang, self)
        self.problems_view = _table(self.problems_model)
        self.problems_view.setObjectName("import_problems")
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.rows_model = ImportRowsModel(self)
        self.rows_view = _table(self.rows_model)
        self.rows_view.setObjectName("import_rows")
        self.rows_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.problems_title = QLabel(self.tr("Problems"))
        self.rows_title = QLabel(self.tr("Rows that would be imported"))
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems_view)
        rows_box = QWidget()
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        rows_layout.addWidget(self.rows_title)
        rows_layout.addWidget(self.rows_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(problems_box)
        self.splitter.addWidget(rows_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.problems_box = problems_box

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, self.choose_file)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.problems_box.hide()
        self.resize(1000, 640)

    # --- choosing the file -------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import companies"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.xlsm)"),
        )
        if name:
            self.load(Path(name))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.load(path)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        if len(files) == 1 and files[0].suffix.lower() in SUFFIXES:
            return files[0]
        return None

    def load(self, path: Path) -> None:
        """Read and check ``path`` (nothing is written) and show what was found."""
        self.path = path
        self.imported = None
        self.file_label.setText(self.tr("File: %1").replace("%1", str(path)))
        try:
            preview = companies.preview_import(self.ctx.db, self.ctx.actor, path)
        except Exception as exc:
            self.preview = None
            self.rows_model.set_rows([])
            self.problems_model.set_problems([])
            self.problems_box.hide()
            self.summary.setText("✗ " + self.tr("The file cannot be imported."))
            self.summary.setStyleSheet(BAD_STYLE)
            self.import_button.setEnabled(False)
            show_error(self, exc, self.ctx.lang)
            return
        self.preview = preview
        self.rows_model.set_rows(preview.rows)
        self.problems_model.set_problems(preview.problems)
        self.problems_view.resizeRowsToContents()
        self.problems_box.setVisible(bool(preview.problems))
        if preview.problems:
            self.summary.setText(
                "✗ "
                + self.tr(
                    "%n problem(s) found. Nothing has been written: correct the file and "
                    "choose it again.",
                    "",
                    len(preview.problems),
                )
            )
            self.summary.setStyleSheet(BAD_STYLE)
        else:
            self.summary.setText(
                "✓ "
                + self.tr(
                    "%n row(s) ready to import. Nothing has been written yet.",
                    "",
                    len(preview.rows),
                )
            )
            self.summary.setStyleSheet(OK_STYLE)
        self.import_button.setEnabled(bool(preview.rows) and not preview.problems)
        if self.import_button.isEnabled():
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    # --- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.path is None or not self.import_button.isEnabled():
            return
        path = self.path
        db, actor = self.ctx.db, self.ctx.actor
        # Each stage's share of the bar and its text (computed here, on the GUI thread).
        stages = {
            "check": (0, 45, self.tr("Checking row %1 of %2…")),
            "write": (45, 70, self.tr("Writing company %1 of %2…")),
            "audit": (70, 85, self.tr("Recording %2 audit events…")),
            "index": (85, 99, self.tr("Indexing %2 companies for search…")),
        }

        def work(progress: Progress, cancel: threading.Event) -> int:
            def report(stage: str, done: int, total: int) -> None:
                # Cancel raises here, inside the one transaction: it is rolled back whole.
                start, end, text = stages[stage]
                percent = start + (end - start) * done // max(total, 1)
                progress(percent, text.replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

            return companies.import_companies(db, actor, path, progress=report)

        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        task = run_task(self, self.tr("Import companies"), work, self._imported, self._failed)
        task.signals.failed.connect(self._maybe_cancelled)

    def _maybe_cancelled(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.choose_button.setEnabled(True)
            self.import_button.setEnabled(True)
            self.summary.setText(self.tr("Import cancelled; nothing was written."))

    def _imported(self, count: int) -> None:
        self.imported = count
        self.choose_button.setEnabled(True)
        self.summary.setText("✓ " + self.tr("%n company(ies) imported.", "", count))
        self.summary.setStyleSheet(OK_STYLE)
        self.ctx.bus.data_changed.emit()
        self.ctx.bus.status_message.emit(self.summary.text())
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        show_error(self, error, self.ctx.lang)
        if self.path is not None:
            self.load(self.path)  # show what is wrong now (e.g. a company registered meanwhile)
