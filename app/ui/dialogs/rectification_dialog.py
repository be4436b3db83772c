"""Record the company's rectification evidence for a finding."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.readmodel.case import FindingView
from app.services.rectification import findings
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.widgets.fields import date_edit, py_date, text_edit


class RectificationDialog(ServiceFormDialog):
    """Calls findings.submit_rectification with the evidence text and the day it arrived."""

    def __init__(
        self, ctx: UiContext, case_number: str, finding: FindingView, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.case_number = case_number
        self.finding = finding
        self.setWindowTitle(
            self.tr("Submit rectification — finding #%1").replace("%1", str(finding.number))
        )
        self.evidence = text_edit(160)
        self.evidence.setPlainText(finding.rectification_evidence)  # a rejected one, to amend
        self.submitted_on = date_edit(date.today(), lang=ctx.lang)
        form = self.form
        form.addRow(self.tr("&Evidence:"), self.evidence)
        form.addRow(self.tr("&Submitted on:"), self.submitted_on)
        self.finish(560, 320)

    def save(self) -> None:
        findings.submit_rectification(
            self.ctx.db,
            self.ctx.actor,
            self.case_number,
            self.finding.number,
            evidence=self.evidence.toPlainText(),
            submitted_on=py_date(self.submitted_on),
            expected_version=self.finding.version,
        )
