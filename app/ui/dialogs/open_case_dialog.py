"""Open a case for a company: credit code or name, optional province, opening date."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.casework import cases
from app.services.registry import companies, reference
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import setup_date_edit


class OpenCaseDialog(QDialog):
    """On success the case is opened, lists refresh and the new case's window opens."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number: str | None = None
        self.setWindowTitle(self.tr("Open a case"))

        self.company = QLineEdit()
        self.company.setPlaceholderText(self.tr("Unified social credit code or company name"))
        self.company.setMinimumWidth(380)
        try:
            names = [
                text
                for row in companies.list_companies(ctx.db, ctx.actor)
                for text in (row.credit_code, row.name_zh)
            ]
        except Exception:  # the completer is a convenience; typing still works without it
            names = []
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(completer)

        self.province = QComboBox()
        self.province.addItem(self.tr("The company's registered province"), None)
        for code, ref in reference.provinces(ctx.db).items():
            if ctx.actor.sees(code):
                self.province.addItem(f"{ref.name(ctx.lang)} ({code})", code)
        self.opened_on = QDateEdit(QDate.currentDate())
        self.opened_on.setCalendarPopup(True)
        setup_date_edit(self.opened_on, ctx.lang)

        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company)
        form.addRow(self.tr("&Province:"), self.province)
        form.addRow(self.tr("Opened &on:"), self.opened_on)
        hint = QLabel(self.tr("A new case number is given for the province and year."))
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open case"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def save(self) -> bool:
        """Open the case; on refusal the reason is shown and the input kept."""
        try:
            self.case_number = cases.open_case(
                self.ctx.db,
                self.ctx.actor,
                self.company.text(),
                province=self.province.currentData(),
                opened_on=self.opened_on.date().toPython(),  # type: ignore[arg-type]
            )
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return False
        self.ctx.bus.data_changed.emit()
        self.ctx.bus.status_message.emit(self.tr("Case %1 opened").replace("%1", self.case_number))
        self.accept()
        self.ctx.bus.open_case.emit(self.case_number)
        return True
