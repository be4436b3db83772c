"""Record a self-assessment report (awaited or received) with its files; mark one received."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.rectification import attachments, reports
from app.services.registry import reference
from app.ui import errors
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.widgets.fields import date_edit, py_date, text_edit

# Reports on a new service or function (T1) or a major change (T2) are due before
# launch and need the planned launch; T3-T5 count from the event (reference/triggers.csv).
LAUNCH_TRIGGERS = frozenset({"T1", "T2"})


class ReportDialog(QDialog):
    """Calls reports.add_report, then attaches each file; a refused file leaves the report saved."""

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        parent: QWidget | None = None,
        *,
        agencies: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.report_id: uuid.UUID | None = None
        self.attached: list[Path] = []
        self.refused: list[Path] = []
        self.setWindowTitle(self.tr("Add report — %1").replace("%1", case_number))
        self.setAcceptDrops(True)

        self.trigger = QComboBox()
        self.trigger.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.trigger.setMinimumContentsLength(40)
        for ref in reference.report_triggers(ctx.db):
            self.trigger.addItem(f"{ref.code} {ref.name(ctx.lang)}", ref.code)
        self.received = QCheckBox(self.tr("&Received (unchecked: still awaited)"))
        self.received.setChecked(True)
        self.received_on = date_edit(date.today(), lang=ctx.lang)
        self.event_date = date_edit(date.today(), lang=ctx.lang)
        self.planned_launch = date_edit(date.today(), lang=ctx.lang)
        self.agency = QLineEdit()
        if agencies:
            self.agency.setCompleter(QCompleter(sorted(set(agencies)), self))
        self.agency_kind = QComboBox()
        for value, label in (
            ("cyberspace", self.tr("Cyberspace department")),
            ("public_security", self.tr("Public-security organ")),
            ("other", self.tr("Other")),
        ):
            self.agency_kind.addItem(label, value)
        self.version = QSpinBox()
        self.version.setRange(1, 999)
        self.summary = text_edit(80)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMinimumHeight(90)
        self.files.setToolTip(self.tr("Drop files onto this window, or use Add files…"))
        add_files = QPushButton(self.tr("Add &files…"))
        add_files.clicked.connect(self.choose_files)
        remove_files = QPushButton(self.tr("Re&move"))
        remove_files.clicked.connect(self.remove_selected)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add_files)
        file_buttons.addWidget(remove_files)
        file_buttons.addStretch(1)
        drop_hint = QLabel(self.tr("Drop files onto this window, or use Add files…"))
        drop_hint.setStyleSheet("color: palette(mid);")
        files_box = QVBoxLayout()
        files_box.addWidget(drop_hint)
        files_box.addWidget(self.files)
        files_box.addLayout(file_buttons)

        form = QFormLayout()
        form.addRow(self.tr("&Trigger:"), self.trigger)
        form.addRow("", self.received)
        form.addRow(self.tr("Received &on:"), self.received_on)
        form.addRow(self.tr("&Event date:"), self.event_date)
        form.addRow(self.tr("&Planned launch:"), self.planned_launch)
        form.addRow(self.tr("Receiving &agency:"), self.agency)
        form.addRow(self.tr("Agency &kind:"), self.agency_kind)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow(self.tr("Files:"), files_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.setTabOrder(self.summary, self.files)
        self.setTabOrder(self.files, add_files)
        self.setTabOrder(add_files, remove_files)

        self.trigger.currentIndexChanged.connect(self.update_fields)
        self.received.toggled.connect(self.update_fields)
        self.update_fields()
        self.resize(680, 620)

    def needs_launch(self) -> bool:
        return str(self.trigger.currentData()) in LAUNCH_TRIGGERS

    def update_fields(self) -> None:
        """Enable the date the chosen trigger needs, and the received date only when received."""
        launch = self.needs_launch()
        self.planned_launch.setEnabled(launch)
        self.event_date.setEnabled(not launch)
        self.received_on.setEnabled(self.received.isChecked())

    # --- files ----------------------------------------------------------------------------------

    def file_paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        known = set(self.file_paths())
        for path in paths:
            if path.is_file() and path not in known:
                self.files.addItem(str(path))
                known.add(path)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Report files"))
        self.add_files([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # --- saving ---------------------------------------------------------------------------------

    def report_input(self) -> reports.ReportInput:
        launch = self.needs_launch()
        return reports.ReportInput(
            trigger=str(self.trigger.currentData() or ""),
            received_on=py_date(self.received_on) if self.received.isChecked() else None,
            event_date=None if launch else py_date(self.event_date),
            planned_launch=py_date(self.planned_launch) if launch else None,
            receiving_agency=self.agency.text().strip() or None,
            agency_kind=str(self.agency_kind.currentData()),
            report_version=self.version.value(),
            summary=self.summary.toPlainText(),
        )

    def accept(self) -> None:
        if self.report_id is None:
            try:
                self.report_id = reports.add_report(
                    self.ctx.db, self.ctx.actor, self.case_number, self.report_input()
                )
            except Exception as exc:  # shown; the form keeps what was typed
                errors.show_error(self, exc, self.ctx.lang)
                return
        for path in self.file_paths():
            try:
                attachments.add_attachment(
                    self.ctx.db,
                    self.ctx.actor,
                    self.case_number,
                    path,
                    owner_type="report",
                    owner_id=self.report_id,
                )
                self.attached.append(path)
            except Exception as exc:  # the report stays; the refused file is named
                self.refused.append(path)
                errors.show_error(self, exc, self.ctx.lang)
        self.ctx.bus.data_changed.emit()
        super().accept()


class MarkReceivedDialog(ServiceFormDialog):
    """Calls reports.mark_received for an awaited report."""

    def __init__(
        self,
        ctx: UiContext,
        report_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        agencies: list[str] | None = None,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.report_id = report_id
        self.expected_version = expected_version  # the report as the official saw it
        self.setWindowTitle(self.tr("Mark report received"))
        self.received_on = date_edit(date.today(), lang=ctx.lang)
        self.agency = QLineEdit()
        if agencies:
            self.agency.setCompleter(QCompleter(sorted(set(agencies)), self))
        form = self.form
        form.addRow(self.tr("Received &on:"), self.received_on)
        form.addRow(self.tr("Receiving &agency:"), self.agency)
        self.finish(460, 150)

    def save(self) -> None:
        reports.mark_received(
            self.ctx.db,
            self.ctx.actor,
            self.report_id,
            py_date(self.received_on),
            self.agency.text().strip() or None,
            expected_version=self.expected_version,
        )
