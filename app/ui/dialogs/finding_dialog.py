"""Raise a finding (assessment item, severity, texts and a deadline shown as it is computed),
or correct the item, severity and texts of one already raised."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.domain.errors import InspectDeskError
from app.domain.finding_lifecycle import SEVERITY_LABELS, Severity
from app.domain.workdays import MAX_PERIOD, MIN_PERIOD, Deadline, PeriodUnit
from app.readmodel.case import FindingView
from app.services.overview import calendar
from app.services.rectification import findings
from app.services.registry import reference
from app.ui import errors
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.formatting import locale_for, show_date, show_datetime
from app.ui.widgets.fields import date_edit, py_date, text_edit

WARNING_STYLE = "color: #a05a00; font-weight: bold;"


class FindingDialog(ServiceFormDialog):
    """Calls findings.add_finding on OK / Ctrl+S; a refused save keeps every field.

    Given ``finding``, it edits that finding instead (findings.update_finding, with
    the version it loaded): the deadline is not editable there (extensions move it).
    A save refused because someone else saved the finding meanwhile offers to
    reload it (``ask_reload``, replaceable by tests).
    """

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        parent: QWidget | None = None,
        *,
        source: str = "review",
        review_id: uuid.UUID | None = None,
        inspection_id: uuid.UUID | None = None,
        finding: FindingView | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.case_number = case_number
        self.editing = finding
        self.version: int | None = None  # of the finding being edited, as loaded
        self.source = source
        self.review_id = review_id
        self.inspection_id = inspection_id
        self.finding_id: uuid.UUID | None = None
        self.saved_deadline: Deadline | None = None
        self._last_due: date | None = None
        self.setWindowTitle(self.tr("Add finding — %1").replace("%1", case_number))

        self.item = QComboBox()
        self.item.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item.setMinimumContentsLength(40)
        for ref in reference.assessment_items(ctx.db):
            label = f"{ref.code} {ref.name(ctx.lang)}"
            self.item.addItem(label, ref.code)
            self.item.setItemData(self.item.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.severity = QComboBox()
        for sev in Severity:
            self.severity.addItem(SEVERITY_LABELS[sev][ctx.lang], sev.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MEDIUM.value))
        self.description = text_edit(90)
        self.legal_basis = text_edit(50)
        self.required = text_edit(70)
        self.raised_on = date_edit(lang=ctx.lang)

        self.period = QSpinBox()
        self.period.setRange(MIN_PERIOD, MAX_PERIOD)
        self.period.setValue(30)
        self.calendar_days = QRadioButton(self.tr("&calendar days"))
        self.working_days = QRadioButton(self.tr("&working days"))
        self.fixed = QRadioButton(self.tr("on a &fixed date:"))
        self.fixed_date = date_edit(lang=ctx.lang)
        self.working_days.setChecked(True)
        self.mode = QButtonGroup(self)
        for button in (self.calendar_days, self.working_days, self.fixed):
            self.mode.addButton(button)
        self.computed = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()

        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.calendar_days)
        period_row.addWidget(self.working_days)
        period_row.addStretch(1)
        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.fixed)
        fixed_row.addWidget(self.fixed_date)
        fixed_row.addStretch(1)

        form = self.form
        form.addRow(self.tr("Assessment &item:"), self.item)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Legal basis:"), self.legal_basis)
        form.addRow(self.tr("Required &rectification:"), self.required)
        form.addRow(self.tr("Raised &on:"), self.raised_on)
        form.addRow(self.tr("Deadline within:"), period_row)
        form.addRow("", fixed_row)
        form.addRow(self.tr("Deadline:"), self.computed)
        form.addRow("", self.warning)
        self.last_saved = QLabel()
        form.addRow("", self.last_saved)
        form.setRowVisible(self.last_saved, False)
        self.finish(720, 620)

        self.setTabOrder(self.raised_on, self.period)
        self.setTabOrder(self.period, self.calendar_days)
        self.setTabOrder(self.calendar_days, self.working_days)
        self.setTabOrder(self.working_days, self.fixed)
        self.setTabOrder(self.fixed, self.fixed_date)

        self.raised_on.dateChanged.connect(self.update_deadline)
        self.period.valueChanged.connect(self.update_deadline)
        self.fixed_date.dateChanged.connect(self.update_deadline)
        self.mode.buttonToggled.connect(lambda *_: self.update_deadline())
        self.fixed.toggled.connect(self._start_fixed_at_computed)
        self.update_deadline()
        if finding is not None:
            self.setWindowTitle(
                self.tr("Edit finding #%1 — %2")
                .replace("%1", str(finding.number))
                .replace("%2", case_number)
            )
            for row in (self.raised_on, period_row, fixed_row, self.computed, self.warning):
                form.setRowVisible(row, False)
            form.setRowVisible(self.last_saved, True)
            self.fill(finding)

    def fill(self, finding: FindingView) -> None:
        """Show ``finding`` as stored (what was typed is replaced) and remember its version."""
        self.editing = finding
        self.version = finding.version
        self.item.setCurrentIndex(self.item.findData(finding.item_code))
        self.severity.setCurrentIndex(self.severity.findData(finding.severity))
        self.description.setPlainText(finding.description)
        self.legal_basis.setPlainText(finding.legal_basis)
        self.required.setPlainText(finding.required_rectification)
        self.last_saved.setText(
            self.tr("Last saved by %1 at %2")
            .replace("%1", finding.updated_by or "—")
            .replace("%2", show_datetime(finding.updated_at, self.ctx.lang))
        )

    def reload(self) -> None:
        """Load the finding being edited again, as someone else saved it."""
        assert self.editing is not None
        try:
            finding = findings.get_finding(
                self.ctx.db, self.ctx.actor, self.case_number, self.editing.number
            )
        except Exception as exc:
            errors.show_error(self, exc, self.ctx.lang)
            return
        self.fill(finding)
        self.ctx.bus.data_changed.emit()  # the case window shows the stored finding too

    def _start_fixed_at_computed(self, checked: bool) -> None:
        # Switching to a fixed date starts from the date the period gave, not from today.
        if checked and self._last_due is not None:
            d = self._last_due
            self.fixed_date.setDate(QDate(d.year, d.month, d.day))

    # --- the deadline, live ---------------------------------------------------------------------

    def unit(self) -> PeriodUnit | None:
        """The period unit chosen, or None for a fixed date."""
        if self.fixed.isChecked():
            return None
        return PeriodUnit.CALENDAR if self.calendar_days.isChecked() else PeriodUnit.WORKING

    def preview(self) -> Deadline:
        """The deadline the current inputs give (the same computation the service makes)."""
        unit = self.unit()
        if unit is None:
            return Deadline(py_date(self.fixed_date), False, ())
        return calendar.deadline(self.ctx.db, py_date(self.raised_on), self.period.value(), unit)

    def update_deadline(self) -> None:
        fixed = self.fixed.isChecked()
        self.period.setEnabled(not fixed)
        self.fixed_date.setEnabled(fixed)
        try:
            due = self.preview()
        except InspectDeskError as exc:
            self.computed.setText(exc.render(self.ctx.lang))
            self.warning.hide()
            return
        weekday = locale_for(self.ctx.lang).dayName(due.due.isoweekday())
        if not fixed:
            self._last_due = due.due
        self.computed.setText(f"<b>{show_date(due.due, self.ctx.lang)}</b> ({weekday})")
        if fixed and due.due < py_date(self.raised_on):
            self.warning.setText(
                "⚠ " + self.tr("The deadline is before the day the finding is raised.")
            )
            self.warning.show()
        elif due.provisional:
            years = ", ".join(str(y) for y in due.uncovered_years)
            self.warning.setText(
                "⚠ "
                + self.tr(
                    "No official holiday calendar for %1 yet: counted with weekends only — provisional"
                ).replace("%1", years)
            )
            self.warning.show()
        else:
            self.warning.hide()

    # --- saving ---------------------------------------------------------------------------------

    def finding_input(self) -> findings.FindingInput:
        unit = self.unit()
        return findings.FindingInput(
            item_code=str(self.item.currentData() or ""),
            severity=str(self.severity.currentData()),
            description=self.description.toPlainText(),
            raised_on=py_date(self.raised_on),
            period=None if unit is None else self.period.value(),
            unit=(unit or PeriodUnit.WORKING).value,
            deadline=py_date(self.fixed_date) if unit is None else None,
            legal_basis=self.legal_basis.toPlainText(),
            required_rectification=self.required.toPlainText(),
            source=self.source,
            review_id=self.review_id,
            inspection_id=self.inspection_id,
        )

    def finding_edit(self) -> findings.FindingEdit:
        return findings.FindingEdit(
            item_code=str(self.item.currentData() or ""),
            severity=str(self.severity.currentData()),
            description=self.description.toPlainText(),
            legal_basis=self.legal_basis.toPlainText(),
            required_rectification=self.required.toPlainText(),
        )

    def save(self) -> None:
        """Raise the finding, or save the edit of the one loaded (with its version)."""
        if self.editing is None:
            self.finding_id, self.saved_deadline = findings.add_finding(
                self.ctx.db, self.ctx.actor, self.case_number, self.finding_input()
            )
            return
        saved = findings.update_finding(
            self.ctx.db,
            self.ctx.actor,
            self.case_number,
            self.editing.number,
            self.finding_edit(),
            expected_version=self.version,
        )
        self.finding_id = saved.id
        self.editing = saved
