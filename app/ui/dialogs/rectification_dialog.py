"""Record the company's rectification evidence for a finding."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.readmodel.case import FindingView
from app.services import findings
from app.ui import errors
from app.ui.context import UiContext
from app.ui.dialogs.finding_dialog import date_edit, py_date, text_edit


class RectificationDialog(QDialog):
    """Calls findings.submit_rectification with the evidence text and the day it arrived."""

    def __init__(
        self, ctx: UiContext, case_number: str, finding: FindingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.finding = finding
        self.setWindowTitle(
            self.tr("Submit rectification — finding #%1").replace("%1", str(finding.number))
        )
        self.evidence = text_edit(160)
        self.evidence.setPlainText(finding.rectification_evidence)  # a rejected one, to amend
        self.submitted_on = date_edit(date.today(), lang=ctx.lang)
        form = QFormLayout()
        form.addRow(self.tr("&Evidence:"), self.evidence)
        form.addRow(self.tr("&Submitted on:"), self.submitted_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.resize(560, 320)

    def accept(self) -> None:
        try:
            findings.submit_rectification(
                self.ctx.db,
                self.ctx.actor,
                self.case_number,
                self.finding.number,
                evidence=self.evidence.toPlainText(),
                submitted_on=py_date(self.submitted_on),
                expected_version=self.finding.version,
            )
        except Exception as exc:  # shown; the form keeps what was typed
            errors.show_save_error(self, exc, self.ctx.lang, self.reload)
            return
        self.ctx.bus.data_changed.emit()
        super().accept()

    def reload(self) -> None:
        """Someone else changed the finding: show it as stored (the case view reloads)."""
        self.ctx.bus.data_changed.emit()
        super().reject()
