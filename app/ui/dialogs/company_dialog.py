"""Register a company or edit one: every field, the credit code checked as it is typed."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.services.registry import companies, company_edit, reference
from app.services.registry.companies import CompanyInput
from app.services.support.permissions import Decision, can
from app.ui import permission
from app.ui.context import UiContext
from app.ui.dialogs.service_form import ServiceFormDialog
from app.ui.errors import show_error
from app.ui.widgets.credit_code_edit import CreditCodeEdit


class CompanyDialog(ServiceFormDialog):
    """``credit_code`` None: a new company; otherwise that company is edited.

    OK (or Ctrl+S) saves through the services; a refusal is shown and every
    field keeps what was typed; a company saved by someone else meanwhile is shown
    as stored, in place.
    """

    def __init__(
        self, ctx: UiContext, credit_code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.original_code = credit_code
        self.version: int | None = None
        self.saved_code: str | None = None
        # Whether the official may save at all; an edit is judged again on the company's province.
        self.decision: Decision = can(
            ctx.actor, "company.create" if credit_code is None else "company.edit"
        )
        self.setWindowTitle(
            self.tr("New company") if credit_code is None else self.tr("Edit company")
        )

        self.credit_code = CreditCodeEdit(ctx.lang)
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.short_name = QLineEdit()
        self.province = QComboBox()
        for code, ref in reference.provinces(ctx.db).items():
            if ctx.actor.sees(code):
                self.province.addItem(f"{ref.name(ctx.lang)} ({code})", code)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.legal_representative = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_email = QLineEdit()

        form = self.form
        form.addRow(self.tr("C&redit code *"), self.credit_code.with_feedback())
        form.addRow(self.tr("Name (&Chinese) *"), self.name_zh)
        form.addRow(self.tr("Name (&English)"), self.name_en)
        form.addRow(self.tr("&Short name"), self.short_name)
        form.addRow(self.tr("&Province *"), self.province)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Legal representative"), self.legal_representative)
        form.addRow(self.tr("Security c&ontact"), self.contact_name)
        form.addRow(self.tr("Contact p&hone"), self.contact_phone)
        form.addRow(self.tr("Contact e-&mail"), self.contact_email)
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.hide()

        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.finish(760, 0, below=[self.demo_note])
        self._tab_order()

        self.credit_code.validity_changed.connect(self._update_ok)
        if credit_code is not None:
            self._load(credit_code)
        self._update_ok()
        self.resize(760, self.sizeHint().height())

    def _tab_order(self) -> None:
        chain = [
            self.credit_code,
            self.name_zh,
            self.name_en,
            self.short_name,
            self.province,
            self.address,
            self.legal_representative,
            self.contact_name,
            self.contact_phone,
            self.contact_email,
            self.ok_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _load(self, credit_code: str) -> None:
        try:
            detail = company_edit.get_company(self.ctx.db, self.ctx.actor, credit_code)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.version = detail.version
        data = detail.data
        self.decision = can(self.ctx.actor, "company.edit", data.province)
        self.credit_code.setText(data.credit_code)
        self.name_zh.setText(data.name_zh)
        self.name_en.setText(data.name_en or "")
        self.short_name.setText(data.short_name or "")
        index = self.province.findData(data.province)
        if index < 0:  # registered in a province outside the actor's scope
            self.province.addItem(
                f"{detail.province_zh if self.ctx.lang == 'zh' else detail.province_en} "
                f"({data.province})",
                data.province,
            )
            index = self.province.count() - 1
        self.province.setCurrentIndex(index)
        self.address.setPlainText(data.address or "")
        self.legal_representative.setText(data.legal_representative or "")
        self.contact_name.setText(data.contact_name or "")
        self.contact_phone.setText(data.contact_phone or "")
        self.contact_email.setText(data.contact_email or "")
        if detail.is_demo:
            self.demo_note.setText(self.tr("This is a sample record of the demo data set."))
            self.demo_note.show()

    def reload(self) -> None:
        """Someone else saved the company meanwhile: show it as stored now."""
        if self.original_code is not None:
            self._load(self.original_code)

    def input(self) -> CompanyInput:
        """What the form holds, as the services take it."""
        return CompanyInput(
            credit_code=self.credit_code.code(),
            name_zh=self.name_zh.text(),
            province=str(self.province.currentData() or ""),
            name_en=self.name_en.text(),
            short_name=self.short_name.text(),
            address=self.address.toPlainText(),
            legal_representative=self.legal_representative.text(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
        )

    def _update_ok(self, *_args: object) -> None:
        permission.apply(
            self.ok_button, self.decision, self.ctx.lang, ready=self.credit_code.is_valid()
        )

    def ready(self) -> bool:
        return bool(self.decision) and self.credit_code.is_valid()

    def save(self) -> None:
        """Write through the services (a refusal is raised, shown by the base)."""
        data = self.input()
        if self.original_code is None:
            companies.create_company(self.ctx.db, self.ctx.actor, data)
            self.saved_code = data.credit_code
        else:
            self.saved_code = company_edit.update_company(
                self.ctx.db,
                self.ctx.actor,
                self.original_code,
                data,
                expected_version=self.version,
            )

    def saved(self) -> None:
        self.ctx.bus.status_message.emit(
            self.tr("Company %1 saved.").replace("%1", self.saved_code or "")
        )
