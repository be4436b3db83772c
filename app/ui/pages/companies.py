"""The Companies page: the register, its filter, and the selected company's cases."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.registry import companies, company_edit
from app.services.registry.companies import CompanyRow
from app.services.support.permissions import can
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.companies_model import SORT_ROLE, CompaniesModel
from app.ui.models.company_cases_model import CompanyCasesModel
from app.ui.pages.base import Page
from app.ui.widgets.tables import read_only_table

FILTER_DELAY_MS = 200


class CompaniesPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("companies_filter")
        self.filter.setPlaceholderText(self.tr("Filter by name, short name or credit code"))
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New company"))
        self.new_button.setToolTip(self.tr("Register a company (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import companies from a CSV or XLSX file"))
        permission.apply(self.new_button, can(ctx.actor, "company.create"), ctx.lang)
        permission.apply(self.import_button, can(ctx.actor, "company.import"), ctx.lang)
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.import_button)

        self.model = CompaniesModel(ctx.lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = read_only_table()
        self.table.setObjectName("companies_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CompaniesModel.CODE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CompaniesModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(CompaniesModel.CODE, 190)
        self.table.setColumnWidth(CompaniesModel.SHORT_NAME, 130)
        self.table.setColumnWidth(CompaniesModel.PROVINCE, 140)
        self.table.setColumnWidth(CompaniesModel.CASES, 70)

        self.cases_title = QLabel(self.tr("Select a company to see its cases in every province."))
        self.cases_model = CompanyCasesModel(ctx.lang, self)
        self.cases_table = read_only_table()
        self.cases_table.setObjectName("company_cases_table")
        self.cases_table.setModel(self.cases_model)
        self.cases_table.horizontalHeader().setStretchLastSection(True)
        self.cases_table.setColumnWidth(CompanyCasesModel.NUMBER, 140)
        self.cases_table.setColumnWidth(CompanyCasesModel.PROVINCE, 140)
        self.cases_table.setColumnWidth(CompanyCasesModel.STATUS, 130)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.cases_title)
        lower_layout.addWidget(self.cases_table)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _text: self.timer.start())
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.import_file)
        # activated: a double-click, or Enter on the current row: the company's record
        # (to read only, for an official who may not edit it)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._show_cases)
        self.cases_table.activated.connect(self._open_case)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Companies")

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.timer.stop()
        selected = self.selected_code()
        text = self.filter.text().strip() or None
        try:
            rows = companies.list_companies(self.ctx.db, self.ctx.actor, text=text)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        shown = self.ctx.provinces_shown()
        if shown is not None:
            rows = [r for r in rows if r.province_code in shown]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n company(ies)", "", len(rows)))
        self.select_code(selected)
        if not self.table.selectionModel().hasSelection():
            self._show_cases()
        self._update_buttons()

    def selected_company(self) -> CompanyRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def selected_code(self) -> str | None:
        company = self.selected_company()
        return company.credit_code if company else None

    def select_code(self, code: str | None) -> bool:
        if code is None:
            return False
        for row, company in enumerate(self.model.rows()):
            if company.credit_code == code:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _show_cases(self, *_args: object) -> None:
        company = self.selected_company()
        self._update_buttons()
        if company is None:
            self.cases_model.set_rows([])
            self.cases_title.setText(
                self.tr("Select a company to see its cases in every province.")
            )
            return
        try:
            rows = company_edit.company_cases(self.ctx.db, self.ctx.actor, company.credit_code)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.cases_model.set_rows(rows)
        self.cases_title.setText(
            self.tr("Cases of %1 in every province (%2)")
            .replace("%1", self.model.name(company))
            .replace("%2", str(len(rows)))
        )

    def _update_buttons(self) -> None:
        company = self.selected_company()
        decision = can(self.ctx.actor, "company.edit", company)
        permission.apply(self.edit_button, decision, self.ctx.lang, ready=company is not None)

    # --- actions -------------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.new_button.isEnabled():  # Ctrl+N as well as the button
            return
        from app.ui.dialogs.company_dialog import CompanyDialog

        dialog = CompanyDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_code:
            self.refresh()
            self.select_code(dialog.saved_code)

    def edit_selected(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        from app.ui.dialogs.company_dialog import CompanyDialog

        dialog = CompanyDialog(self.ctx, code, self)
        if dialog.exec() and dialog.saved_code:
            self.refresh()
            self.select_code(dialog.saved_code)

    def import_file(self) -> None:
        from app.ui.dialogs.import_dialog import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def _open_case(self, index: QModelIndex) -> None:
        number = self.cases_model.case_number(index.row())
        if number:
            self.ctx.bus.open_case.emit(number)

    # --- state ---------------------------------------------------------------------------------

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue("companies/header", self.table.horizontalHeader().saveState())
        settings.setValue("companies/cases_header", self.cases_table.horizontalHeader().saveState())
        settings.setValue("companies/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        settings = self.ctx.settings
        for key, target in (
            ("companies/header", self.table.horizontalHeader()),
            ("companies/cases_header", self.cases_table.horizontalHeader()),
            ("companies/splitter", self.splitter),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                target.restoreState(value)
