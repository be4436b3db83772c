"""Record a written review of a received report, with its conclusion."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from app.domain.review import CONCLUSION_LABELS, ReviewConclusion
from app.readmodel.case import ReportView
from app.services.rectification import reports
from app.text import named
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.widgets.fields import date_edit, py_date, text_edit


class ReviewDialog(ServiceFormDialog):
    """Calls reports.record_review; afterwards ``review_id`` and ``conclusion`` say what was saved."""

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        report: ReportView,
        parent: QWidget | None = None,
        *,
        agencies: list[str] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.case_number = case_number
        self.report = report
        self.review_id: uuid.UUID | None = None
        self.conclusion: str | None = None
        self.setWindowTitle(self.tr("Record review — %1").replace("%1", case_number))
        name = named(report.trigger_zh, report.trigger_en, ctx.lang)
        about = QLabel(
            self.tr("%1, version %2")
            .replace("%1", f"{report.trigger_code} {name}")
            .replace("%2", str(report.report_version))
        )
        about.setWordWrap(True)
        self.agency = QLineEdit()
        if agencies:
            self.agency.setCompleter(QCompleter(sorted(set(agencies)), self))
        self.kind = QComboBox()
        for value, label in (
            ("cyberspace", self.tr("Cyberspace department")),
            ("public_security", self.tr("Public-security organ")),
            ("other", self.tr("Other")),
        ):
            self.kind.addItem(label, value)
        self.reviewer = QLineEdit()
        self.reviewed_on = date_edit(date.today(), lang=ctx.lang)
        self.conclusion_box = QComboBox()
        for c in ReviewConclusion:
            self.conclusion_box.addItem(CONCLUSION_LABELS[c][ctx.lang], c.value)
        self.notes = text_edit(120)

        form = self.form
        form.addRow(self.tr("Report:"), about)
        form.addRow(self.tr("Reviewing &agency:"), self.agency)
        form.addRow(self.tr("Agency &kind:"), self.kind)
        form.addRow(self.tr("Re&viewer:"), self.reviewer)
        form.addRow(self.tr("Reviewed &on:"), self.reviewed_on)
        form.addRow(self.tr("&Conclusion:"), self.conclusion_box)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.finish(560, 420)

    def review_input(self) -> reports.ReviewInput:
        return reports.ReviewInput(
            agency=self.agency.text(),
            agency_kind=str(self.kind.currentData()),
            reviewer=self.reviewer.text(),
            reviewed_on=py_date(self.reviewed_on),
            conclusion=str(self.conclusion_box.currentData()),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.review_input()
        self.review_id = reports.record_review(self.ctx.db, self.ctx.actor, self.report.id, data)
        self.conclusion = data.conclusion
