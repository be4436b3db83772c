"""Formally waive a finding, with the reason kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.readmodel.case import FindingView
from app.services import findings
from app.ui import errors
from app.ui.context import UiContext
from app.ui.dialogs.finding_dialog import date_edit, py_date, text_edit


class WaiveDialog(QDialog):
    """Calls findings.waive_finding (a supervisor's step; the service checks the role)."""

    def __init__(
        self, ctx: UiContext, case_number: str, finding: FindingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.finding = finding
        self.setWindowTitle(self.tr("Waive finding #%1").replace("%1", str(finding.number)))
        self.reason = text_edit(120)
        self.waived_on = date_edit(date.today(), lang=ctx.lang)
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Waived on:"), self.waived_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.resize(520, 260)

    def accept(self) -> None:
        try:
            findings.waive_finding(
                self.ctx.db,
                self.ctx.actor,
                self.case_number,
                self.finding.number,
                reason=self.reason.toPlainText(),
                waived_on=py_date(self.waived_on),
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
