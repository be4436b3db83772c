"""Register a summons (约谈): the meeting, its agencies, the companies, and a case for each."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.casework import summons
from app.services.registry import reference
from app.services.registry.companies import CompanyRow
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import setup_date_edit
from app.ui.widgets.company_picker import CompanyPicker

AGENCY_KINDS = ("cyberspace", "public_security", "other")
OK_STYLE = "color: #1b7f3b; font-weight: bold;"


class SummonsDialog(QDialog):
    """One step: the summons is recorded and a case opened per company, or nothing is."""

    # attendance table columns
    COMPANY, CODE, PROVINCE, ATTENDED, ATTENDEES, COMMITMENTS = range(6)
    # agency table columns
    AGENCY_NAME, AGENCY_KIND, AGENCY_PROVINCE = range(3)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_numbers: list[str] = []
        self.provinces = reference.provinces(ctx.db)
        self.setWindowTitle(self.tr("Register summons"))

        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        setup_date_edit(self.held_on, ctx.lang)
        self.place = QLineEdit()
        self.topic = QLineEdit()
        self.requirements = QPlainTextEdit()
        self.requirements.setTabChangesFocus(True)
        self.requirements.setPlaceholderText(self.tr("The requirements announced at the meeting"))
        self.requirements.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(self.tr("&Date *"), self.held_on)
        form.addRow(self.tr("&Place *"), self.place)
        form.addRow(self.tr("&Topic *"), self.topic)
        form.addRow(self.tr("&Requirements"), self.requirements)

        self.agencies = QTableWidget(0, 3)
        self.agencies.setObjectName("agencies")
        self.agencies.setHorizontalHeaderLabels(
            [self.tr("Agency"), self.tr("Kind"), self.tr("Province")]
        )
        self.agencies.verticalHeader().hide()
        self.agencies.horizontalHeader().setSectionResizeMode(
            self.AGENCY_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.add_agency_button = QPushButton(self.tr("Add a&gency"))
        self.add_agency_button.clicked.connect(lambda: self.add_agency())
        self.remove_agency_button = QPushButton(self.tr("Remove agency"))
        self.remove_agency_button.clicked.connect(lambda: self._remove_current(self.agencies))
        agency_buttons = QHBoxLayout()
        agency_buttons.addWidget(self.add_agency_button)
        agency_buttons.addWidget(self.remove_agency_button)
        agency_buttons.addStretch(1)
        agencies_box = QGroupBox(self.tr("Convening agencies"))
        agencies_layout = QVBoxLayout(agencies_box)
        agencies_layout.addWidget(self.agencies)
        agencies_layout.addLayout(agency_buttons)

        meeting = QWidget()
        meeting_layout = QVBoxLayout(meeting)
        meeting_layout.setContentsMargins(0, 0, 0, 0)
        meeting_layout.addLayout(form, 3)
        meeting_layout.addWidget(agencies_box, 2)

        self.picker = CompanyPicker(ctx)
        self.picker.picked.connect(self.add_company)
        self.attendance = QTableWidget(0, 6)
        self.attendance.setObjectName("attendance")
        self.attendance.setHorizontalHeaderLabels(
            [
                self.tr("Company"),
                self.tr("Credit code"),
                self.tr("Province"),
                self.tr("Attended"),
                self.tr("Attendees"),
                self.tr("Commitments"),
            ]
        )
        self.attendance.verticalHeader().hide()
        self.attendance.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.attendance.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        self.remove_company_button = QPushButton(self.tr("Remove company"))
        self.remove_company_button.clicked.connect(lambda: self._remove_current(self.attendance))
        self.companies_count = QLabel()
        company_buttons = QHBoxLayout()
        company_buttons.addWidget(self.companies_count, 1)
        company_buttons.addWidget(self.remove_company_button)
        companies_box = QGroupBox(self.tr("Companies summoned"))
        companies_layout = QVBoxLayout(companies_box)
        companies_layout.addWidget(self.picker, 2)
        companies_layout.addWidget(QLabel(self.tr("Attendance and commitments:")))
        companies_layout.addWidget(self.attendance, 3)
        companies_layout.addLayout(company_buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(meeting)
        self.splitter.addWidget(companies_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 740])

        self.result_label = QLabel()
        self.result_label.setObjectName("summons_result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet(OK_STYLE)
        self.result_cases = QListWidget()
        self.result_cases.setObjectName("summons_result_cases")
        self.result_cases.setMaximumHeight(110)
        self.result_cases.itemActivated.connect(
            lambda item: self.ctx.bus.open_case.emit(item.text())
        )
        self.result_label.hide()
        self.result_cases.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = self.buttons.addButton(
            self.tr("Register and open cases"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.register_button.setToolTip(
            self.tr("Register the summons and open a case per company (Ctrl+S)")
        )
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.register)
        # Enter belongs to the fields (it picks a company in the search): no default button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.result_cases)
        layout.addWidget(self.buttons)
        for first, second in zip(
            [self.held_on, self.place, self.topic, self.requirements, self.agencies],
            [self.place, self.topic, self.requirements, self.agencies, self.add_agency_button],
            strict=True,
        ):
            self.setTabOrder(first, second)
        self.setTabOrder(self.remove_agency_button, self.picker.search)
        self._update_count()
        self.resize(1200, 760)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter belongs to the fields (picking a company, editing a cell); Ctrl+S registers.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # --- agencies -----------------------------------------------------------------------------

    def add_agency(
        self, name: str = "", kind: str = "cyberspace", province: str | None = None
    ) -> int:
        row = self.agencies.rowCount()
        self.agencies.insertRow(row)
        name_item = QTableWidgetItem(name)
        self.agencies.setItem(row, self.AGENCY_NAME, name_item)
        kinds = QComboBox()
        labels = {
            "cyberspace": self.tr("Cyberspace administration"),
            "public_security": self.tr("Public security"),
            "other": self.tr("Other"),
        }
        for value in AGENCY_KINDS:
            kinds.addItem(labels[value], value)
        kinds.setCurrentIndex(kinds.findData(kind))
        self.agencies.setCellWidget(row, self.AGENCY_KIND, kinds)
        provinces = QComboBox()
        provinces.addItem(self.tr("National"), None)
        for code, ref in self.provinces.items():
            provinces.addItem(ref.name(self.ctx.lang), code)
        provinces.setCurrentIndex(max(0, provinces.findData(province)))
        self.agencies.setCellWidget(row, self.AGENCY_PROVINCE, provinces)
        for column, combo in ((self.AGENCY_KIND, kinds), (self.AGENCY_PROVINCE, provinces)):
            width = max(self.agencies.columnWidth(column), combo.sizeHint().width())
            self.agencies.setColumnWidth(column, width)
        self.agencies.setCurrentCell(row, self.AGENCY_NAME)
        if not name:
            self.agencies.editItem(name_item)
        return row

    def agency_rows(self) -> tuple[tuple[str, str, str | None], ...]:
        rows = []
        for row in range(self.agencies.rowCount()):
            item = self.agencies.item(row, self.AGENCY_NAME)
            name = item.text().strip() if item else ""
            if not name:
                continue  # a row added and left blank is not an agency
            kind = self.agencies.cellWidget(row, self.AGENCY_KIND)
            province = self.agencies.cellWidget(row, self.AGENCY_PROVINCE)
            assert isinstance(kind, QComboBox) and isinstance(province, QComboBox)
            rows.append((name, str(kind.currentData()), province.currentData()))
        return tuple(rows)

    # --- companies ----------------------------------------------------------------------------

    def add_company(self, company: CompanyRow) -> None:
        """Add a row to the attendance table (once per company)."""
        for row in range(self.attendance.rowCount()):
            if self._text(row, self.CODE) == company.credit_code:
                self.attendance.selectRow(row)
                return
        row = self.attendance.rowCount()
        self.attendance.insertRow(row)
        lang = self.ctx.lang
        fixed = [
            (company.name_en or company.name_zh) if lang == "en" else company.name_zh,
            company.credit_code,
            company.province_name_en if lang == "en" else company.province_name_zh,
        ]
        for column, text in enumerate(fixed):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.attendance.setItem(row, column, item)
        attended = QTableWidgetItem(self.tr("Attended"))
        attended.setFlags(
            (attended.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
        )
        attended.setCheckState(Qt.CheckState.Checked)
        self.attendance.setItem(row, self.ATTENDED, attended)
        self.attendance.setItem(row, self.ATTENDEES, QTableWidgetItem(""))
        self.attendance.setItem(row, self.COMMITMENTS, QTableWidgetItem(""))
        for column in (self.COMPANY, self.CODE, self.PROVINCE, self.ATTENDED):
            self.attendance.resizeColumnToContents(column)
        self.attendance.setColumnWidth(self.COMPANY, min(220, self.attendance.columnWidth(0)))
        self.attendance.setColumnWidth(self.ATTENDEES, 150)
        self._update_count()

    def attendance_rows(self) -> tuple[summons.AttendanceInput, ...]:
        rows = []
        for row in range(self.attendance.rowCount()):
            rows.append(
                summons.AttendanceInput(
                    company=self._text(row, self.CODE),
                    attended=self._checked(row),
                    attendees=self._text(row, self.ATTENDEES),
                    commitments=self._text(row, self.COMMITMENTS),
                )
            )
        return tuple(rows)

    def _text(self, row: int, column: int) -> str:
        item = self.attendance.item(row, column)
        return item.text() if item is not None else ""

    def _checked(self, row: int) -> bool:
        item = self.attendance.item(row, self.ATTENDED)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _remove_current(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
        self._update_count()

    def _update_count(self) -> None:
        n = self.attendance.rowCount()
        self.companies_count.setText(self.tr("%n company(ies) summoned", "", n))

    # --- registering --------------------------------------------------------------------------

    def input(self) -> summons.SummonsInput:
        return summons.SummonsInput(
            held_on=self.held_on.date().toString(Qt.DateFormat.ISODate),
            place=self.place.text(),
            topic=self.topic.text(),
            requirements=self.requirements.toPlainText(),
            agencies=self.agency_rows(),
            attendances=self.attendance_rows(),
        )

    def register(self) -> None:
        """Record the summons and open the cases in one transaction; show the case numbers."""
        if self.case_numbers:
            return  # already registered: the dialog now only shows the result
        try:
            _, numbers = summons.register_summons(
                self.ctx.db, self.ctx.actor, self.input(), open_cases=True
            )
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.case_numbers = numbers
        self.ctx.bus.data_changed.emit()
        text = self.tr("Summons registered; %n case(s) opened:", "", len(numbers))
        self.result_label.setText("✓ " + text + " " + ", ".join(numbers))
        self.result_cases.clear()
        self.result_cases.addItems(numbers)
        self.result_label.show()
        self.result_cases.show()
        self.ctx.bus.status_message.emit(text + " " + ", ".join(numbers))
        self.splitter.setEnabled(False)
        self.register_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.result_cases.setCurrentRow(0)
        self.result_cases.setFocus()
