"""Extend a finding's rectification deadline, with the reason and who approved it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from app.readmodel.case import FindingView
from app.services.rectification import findings
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.formatting import show_date
from app.ui.widgets.fields import date_edit, py_date, text_edit


class ExtensionDialog(ServiceFormDialog):
    """Calls findings.extend_deadline; the service refuses earlier dates and non-supervisors."""

    def __init__(
        self, ctx: UiContext, case_number: str, finding: FindingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.case_number = case_number
        self.finding = finding
        self.setWindowTitle(
            self.tr("Extend deadline — finding #%1").replace("%1", str(finding.number))
        )
        self.current = QLabel(show_date(finding.current_deadline, ctx.lang))
        self.new_deadline = date_edit(finding.current_deadline + timedelta(days=30), lang=ctx.lang)
        self.reason = text_edit(80)
        self.approver = QLineEdit()
        self.approved_on = date_edit(date.today(), lang=ctx.lang)

        form = self.form
        form.addRow(self.tr("Current deadline:"), self.current)
        form.addRow(self.tr("&New deadline:"), self.new_deadline)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Approved by:"), self.approver)
        form.addRow(self.tr("Approved &on:"), self.approved_on)
        self.finish(520, 320)

    def save(self) -> None:
        findings.extend_deadline(
            self.ctx.db,
            self.ctx.actor,
            self.case_number,
            self.finding.number,
            new_deadline=py_date(self.new_deadline),
            reason=self.reason.toPlainText(),
            approver=self.approver.text(),
            approved_on=py_date(self.approved_on),
            expected_version=self.finding.version,
        )
