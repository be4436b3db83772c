"""File → Export cases for exchange…: one case, a province, or every case changed since a day.

The package is written in a pool thread (attachments can be large); only what
the official sees can be chosen, and the service refuses anything else anyway.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.casework import cases
from app.services.exchange import ExportResult, export_package
from app.services.registry import reference
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import setup_date_edit
from app.ui.workers import Progress, run_task


class ExchangeExportDialog(QDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, case_number: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exported: ExportResult | None = None
        self.setWindowTitle(self.tr("Export cases for exchange"))

        self.by_case = QRadioButton(self.tr("One &case:"))
        self.by_province = QRadioButton(self.tr("Every case of a &province:"))
        self.by_since = QRadioButton(self.tr("Every case with activity &since:"))
        self.scope = QButtonGroup(self)
        for button in (self.by_case, self.by_province, self.by_since):
            self.scope.addButton(button)
            button.toggled.connect(self._update)

        self.case = QComboBox()
        self.case.setEditable(True)
        # Offered for picking; any other number the official sees may be typed.
        shown = cases.list_cases(ctx.db, ctx.actor, limit=2000)
        self.case.addItems(sorted(r.case_number for r in shown))
        self.province = QComboBox()
        for ref in reference.provinces(ctx.db).values():
            if ctx.actor.sees(ref.code):
                self.province.addItem(f"{ref.name(ctx.lang)} ({ref.code})", ref.code)
        chosen = ctx.province_filter
        if chosen and len(chosen) == 1:
            self.province.setCurrentIndex(max(0, self.province.findData(next(iter(chosen)))))
        self.since = QDateEdit(QDate(date.today() - timedelta(days=30)))
        self.since.setCalendarPopup(True)
        setup_date_edit(self.since, ctx.lang)

        self.output = QLineEdit()
        self.output.setPlaceholderText(self.tr("The package file to write (.zip)"))
        self.output.textChanged.connect(self._update)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.office = QLineEdit(str(ctx.settings.value("exchange/office", "")))
        self.office.setPlaceholderText(self.tr("Named in the package (optional)"))

        form = QFormLayout()
        form.addRow(self.by_case, self.case)
        form.addRow(self.by_province, self.province)
        form.addRow(self.by_since, self.since)
        form.addRow(self.tr("&Office:"), self.office)
        # A row of several widgets: the label's mnemonic needs a buddy, or "&" shows as it is
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.output)
        form.addRow(file_label, out_row)
        self.status = QLabel()
        self.status.setObjectName("exchange_export_status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The package holds the cases chosen with everything in them (reports, "
                    "reviews, findings, inspections, attachments) for an office that does "
                    "not share this database."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if case_number:
            self.by_case.setChecked(True)
            self.case.setCurrentText(case_number)
        elif self.province.count():
            self.by_province.setChecked(True)
        else:
            self.by_since.setChecked(True)
        self._update()
        self.resize(620, 0)

    def _update(self) -> None:
        self.case.setEnabled(self.by_case.isChecked())
        self.province.setEnabled(self.by_province.isChecked())
        self.since.setEnabled(self.by_since.isChecked())
        self.export_button.setEnabled(bool(self.output.text().strip()))

    def _suggested_name(self) -> str:
        if self.by_case.isChecked():
            return f"exchange-{self.case.currentText().strip()}.zip"
        if self.by_province.isChecked():
            return f"exchange-{self.province.currentData()}-{date.today()}.zip"
        return f"exchange-since-{self.since.date().toString('yyyy-MM-dd')}.zip"

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export cases for exchange"),
            str(Path.home() / self._suggested_name()),
            self.tr("Exchange packages (*.zip)"),
        )
        if name:
            self.output.setText(name if name.lower().endswith(".zip") else name + ".zip")

    def start_export(self) -> None:
        text = self.output.text().strip()
        if not text:
            return
        target = Path(text)
        scope: dict[str, object] = {}
        if self.by_case.isChecked():
            scope["case_number"] = self.case.currentText().strip()
        elif self.by_province.isChecked():
            scope["province"] = self.province.currentData()
        else:
            scope["since"] = self.since.date().toPython()
        office = self.office.text().strip() or None
        self.ctx.settings.setValue("exchange/office", office or "")
        db, actor = self.ctx.db, self.ctx.actor
        message = self.tr("Writing %1…").replace("%1", target.name)

        def work(progress: Progress, _cancel: threading.Event) -> ExportResult:
            progress(5, message)
            return export_package(db, actor, target, office=office, **scope)  # type: ignore[arg-type]

        self.export_button.setEnabled(False)
        run_task(self, self.tr("Export cases for exchange"), work, self._done, self._failed)

    def _done(self, result: ExportResult) -> None:
        self.exported = result
        self._update()
        self.status.setText(
            "✓ "
            + self.tr(
                "%n case(s) with %1 records and %2 attachment files written to %3.",
                "",
                result.counts.get("case", 0),
            )
            .replace("%1", str(sum(result.counts.values())))
            .replace("%2", str(result.files))
            .replace("%3", str(result.path))
        )
        self.ctx.bus.status_message.emit(self.status.text())

    def _failed(self, error: BaseException) -> None:
        self._update()
        show_error(self, error, self.ctx.lang)
