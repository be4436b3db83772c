"""Schedule an on-site inspection of a case: date, address, agencies, people, scope."""

from __future__ import annotations

import uuid
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.labels import AGENCY_KIND
from app.services.rectification import inspections
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import setup_date_edit

AGENCY_KIND_LABELS = AGENCY_KIND  # app.domain.labels


class InspectionDialog(QDialog):
    """Ctrl+S or OK schedules; a refused request shows why and keeps everything typed."""

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        parent: QWidget | None = None,
        *,
        default_address: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.inspection_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Schedule inspection — %1").replace("%1", case_number))
        self.setMinimumWidth(560)

        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        setup_date_edit(self.date, ctx.lang)
        self.address = QLineEdit(default_address)
        self.agency_rows: list[tuple[QLineEdit, QComboBox]] = []
        self.agencies_box = QVBoxLayout()
        self.agencies_box.setContentsMargins(0, 0, 0, 0)
        self.add_agency_button = QPushButton(self.tr("Add agency"))
        self.add_agency_button.clicked.connect(lambda: self.add_agency_row())
        self.add_agency_row("", "cyberspace")
        self.add_agency_row("", "public_security")
        agencies = QWidget()
        agencies_layout = QVBoxLayout(agencies)
        agencies_layout.setContentsMargins(0, 0, 0, 0)
        agencies_layout.addLayout(self.agencies_box)
        agencies_layout.addWidget(self.add_agency_button)
        self.inspectors = self._text_box(self.tr("Names and agencies of the inspectors"))
        self.company_staff = self._text_box(self.tr("Who attends for the company, with their role"))
        self.scope = self._text_box(self.tr("What the inspection covers"))

        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Participating agencies:"), agencies)
        form.addRow(self.tr("Inspectors:"), self.inspectors)
        form.addRow(self.tr("Company staff present:"), self.company_staff)
        form.addRow(self.tr("Scope:"), self.scope)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Schedule"))
        ok.setToolTip(self.tr("Schedule the inspection (Ctrl+S)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fix_tab_order()

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setTabChangesFocus(True)
        box.setFixedHeight(64)
        return box

    def add_agency_row(self, name: str = "", kind: str = "other") -> tuple[QLineEdit, QComboBox]:
        name_edit = QLineEdit(name)
        name_edit.setPlaceholderText(self.tr("Agency name"))
        kind_box = QComboBox()
        for code, labels in AGENCY_KIND_LABELS.items():
            kind_box.addItem(labels[self.ctx.lang], code)
        kind_box.setCurrentIndex(max(0, kind_box.findData(kind)))
        row = QHBoxLayout()
        row.addWidget(name_edit, 1)
        row.addWidget(kind_box)
        self.agencies_box.addLayout(row)
        self.agency_rows.append((name_edit, kind_box))
        if hasattr(self, "scope"):  # rows added after construction join the tab order
            self._fix_tab_order()
            name_edit.setFocus()
        return name_edit, kind_box

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.date, self.address]
        for name_edit, kind_box in self.agency_rows:
            chain += [name_edit, kind_box]
        chain += [self.add_agency_button, self.inspectors, self.company_staff, self.scope]
        chain += list(self.buttons.buttons())
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def input(self) -> inspections.InspectionInput:
        picked = self.date.date()
        agencies = tuple(
            (name_edit.text().strip(), str(kind_box.currentData()))
            for name_edit, kind_box in self.agency_rows
            if name_edit.text().strip()
        )
        return inspections.InspectionInput(
            inspected_on=date(picked.year(), picked.month(), picked.day()),
            address=self.address.text(),
            agencies=agencies,
            inspectors=self.inspectors.toPlainText(),
            company_staff=self.company_staff.toPlainText(),
            scope=self.scope.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self.inspection_id = inspections.schedule_inspection(
                self.ctx.db, self.ctx.actor, self.case_number, self.input()
            )
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.ctx.bus.data_changed.emit()
        super().accept()
