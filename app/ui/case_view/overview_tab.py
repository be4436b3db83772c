"""The Overview tab: the company, the case's status with its next steps, officials, origin summons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.domain.finding_lifecycle import RESOLVED_STATUSES
from app.readmodel.case import CaseDetail
from app.services.registry import reference
from app.services.support.permissions import can, transition_action
from app.text import named
from app.ui import permission
from app.ui.case_view.status_dialog import StatusDialog
from app.ui.context import UiContext
from app.ui.formatting import show_date


def _text(value: object, lang: str) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return show_date(value, lang)
    if isinstance(value, list):
        return "、".join(str(v) for v in value) if value else "—"
    return str(value)


class _Form(QGroupBox):
    """A titled group of label: value rows whose values can be selected and copied."""

    def __init__(self, title: str, lang: str) -> None:
        super().__init__(title)
        self.lang = lang
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)

    def add(self, label: str, value: object) -> QLabel:
        field = QLabel(_text(value, self.lang))
        field.setWordWrap(True)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, field)
        return field


class OverviewTab(QWidget):
    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.detail: CaseDetail | None = None
        self.status_buttons: dict[str, QPushButton] = {}

        self.status_label = QLabel()
        self.status_label.setObjectName("case_status")
        self.status_label.setStyleSheet("font-size: 16px; font-weight: bold")
        self.demo_label = QLabel(self.tr("Demo data"))
        self.demo_label.setStyleSheet(
            "background: #fff3cd; color: #7a5a00; padding: 2px 8px; border-radius: 3px"
        )
        self.demo_label.setToolTip(self.tr("This company belongs to the demonstration data set."))
        self.actions_row = QHBoxLayout()
        status_box = QGroupBox(self.tr("Status and next steps"))
        status_layout = QVBoxLayout(status_box)
        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addWidget(self.demo_label)
        top.addStretch()
        status_layout.addLayout(top)
        status_layout.addLayout(self.actions_row)

        self.company_box = _Form(self.tr("Company"), ctx.lang)
        self.case_box = _Form(self.tr("Case"), ctx.lang)
        self.summons_box = _Form(self.tr("Origin summons"), ctx.lang)

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(status_box, 0, 0, 1, 2)
        grid.addWidget(self.company_box, 1, 0)
        grid.addWidget(self.case_box, 1, 1)
        grid.addWidget(self.summons_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def load(self, detail: CaseDetail) -> None:
        self.detail = detail
        lang = self.ctx.lang
        self.status_label.setText(
            self.tr("Status: %1").replace("%1", STATUS_LABELS[CaseStatus(detail.status)][lang])
        )
        self.demo_label.setVisible(bool(detail.company.is_demo))
        self._status_actions(detail)

        company = detail.company
        provinces = reference.provinces(self.ctx.db)
        company_province = provinces.get(str(company.province_code))
        box = self.company_box
        box.clear()
        box.add(self.tr("Name:"), company.name_zh)
        box.add(self.tr("English name:"), company.name_en)
        box.add(self.tr("Short name:"), company.short_name)
        box.add(self.tr("Credit code:"), company.credit_code)
        box.add(
            self.tr("Registered in:"),
            company_province.name(lang) if company_province else company.province_code,
        )
        box.add(self.tr("Address:"), company.address)
        box.add(self.tr("Legal representative:"), company.legal_representative)
        contact = " ".join(
            v or "" for v in (company.contact_name, company.contact_phone, company.contact_email)
        ).strip()
        box.add(self.tr("Security contact:"), contact)

        box = self.case_box
        box.clear()
        box.add(self.tr("Case number:"), detail.case_number)
        box.add(self.tr("Province:"), named(detail.province_zh, detail.province_en, lang))
        box.add(self.tr("Opened on:"), detail.opened_on)
        box.add(self.tr("Closed on:"), detail.closed_on)
        if detail.outcome or detail.closing_note:
            box.add(self.tr("Outcome:"), detail.outcome)
            box.add(self.tr("Closing note:"), detail.closing_note)
        box.add(self.tr("Assigned officials:"), detail.officials)
        resolved = {s.value for s in RESOLVED_STATUSES}
        open_findings = sum(1 for f in detail.findings if f.status not in resolved)
        overdue = sum(1 for f in detail.findings if f.overdue)
        findings = (
            self.tr("%n finding(s)", "", len(detail.findings))
            + " · "
            + self.tr("%1 open, %2 overdue")
            .replace("%1", str(open_findings))
            .replace("%2", str(overdue))
        )
        label = box.add(self.tr("Findings:"), findings)
        if overdue:
            label.setText("⚠ " + findings)
            label.setStyleSheet("color: #b00020")

        box = self.summons_box
        box.clear()
        summons = detail.summons
        if not summons:
            box.add(self.tr("Summons:"), self.tr("This case was not opened from a summons."))
            return
        box.add(self.tr("Date:"), summons.held_on)
        box.add(self.tr("Place:"), summons.place)
        box.add(self.tr("Topic:"), summons.topic)
        box.add(self.tr("Convened by:"), summons.agencies)
        attended = summons.attended
        box.add(
            self.tr("Attended:"),
            "—" if attended is None else (self.tr("yes") if attended else self.tr("no")),
        )
        box.add(self.tr("Attendees:"), summons.attendees)
        box.add(self.tr("Commitments:"), summons.commitments)
        box.add(self.tr("Requirements:"), summons.requirements)

    def _status_actions(self, detail: CaseDetail) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.status_buttons = {}
        for value in detail.allowed_next:
            action = transition_action(detail.status, value)
            if action == "case.reopen":
                text = self.tr("Reopen for review")
            elif action == "case.close":
                text = self.tr("Close case…")
            else:
                target = CaseStatus(value)
                text = self.tr("Move to: %1").replace("%1", STATUS_LABELS[target][self.ctx.lang])
            button = QPushButton(text)
            button.setObjectName(f"status_{value}")
            button.clicked.connect(lambda _=False, v=value: self.change_status(v))
            # Offered to everyone, greyed out with the reason for whoever may not take it.
            permission.apply(button, can(self.ctx.actor, action, detail), self.ctx.lang)
            self.actions_row.addWidget(button)
            self.status_buttons[value] = button
        if not self.status_buttons:
            self.actions_row.addWidget(QLabel(self.tr("No further step is open to you.")))
        self.actions_row.addStretch()

    def change_status(self, target: str) -> None:
        if self.detail is None:
            return
        dialog = StatusDialog(
            self.ctx,
            self.case_number,
            self.detail.status,
            target,
            self,
            expected_version=self.detail.version,
        )
        dialog.exec()
