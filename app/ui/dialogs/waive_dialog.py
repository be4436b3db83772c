"""Formally waive a finding, with the reason kept."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.readmodel.case import FindingView
from app.services.rectification import findings
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.widgets.fields import date_edit, py_date, text_edit


class WaiveDialog(ServiceFormDialog):
    """Calls findings.waive_finding (a supervisor's step; the service checks the role)."""

    def __init__(
        self, ctx: UiContext, case_number: str, finding: FindingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.case_number = case_number
        self.finding = finding
        self.setWindowTitle(self.tr("Waive finding #%1").replace("%1", str(finding.number)))
        self.reason = text_edit(120)
        self.waived_on = date_edit(date.today(), lang=ctx.lang)
        form = self.form
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Waived on:"), self.waived_on)
        self.finish(520, 260)

    def save(self) -> None:
        findings.waive_finding(
            self.ctx.db,
            self.ctx.actor,
            self.case_number,
            self.finding.number,
            reason=self.reason.toPlainText(),
            waived_on=py_date(self.waived_on),
            expected_version=self.finding.version,
        )
