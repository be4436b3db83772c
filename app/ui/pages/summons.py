"""The Summons page: the meetings, and for the selected one its agencies and attendance."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.labels import label
from app.services.casework import summons_list
from app.services.registry import reference
from app.services.support.permissions import can
from app.text import aside, listed
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import show_date
from app.ui.models.summons_attendance_model import SummonsAttendanceModel
from app.ui.models.summons_model import SORT_ROLE, SummonsModel
from app.ui.pages.base import Page
from app.ui.widgets.tables import read_only_table

FILTER_DELAY_MS = 200


class SummonsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._province_names: dict[str, str] | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("summons_filter")
        self.filter.setPlaceholderText(self.tr("Filter by place or topic"))
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&Register summons…"))
        self.new_button.setToolTip(self.tr("Register a summons and open its cases (Ctrl+N)"))
        permission.apply(self.new_button, can(ctx.actor, "summons.register"), ctx.lang)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.new_button)

        self.model = SummonsModel(ctx.lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = read_only_table()
        self.table.setObjectName("summons_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SummonsModel.DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SummonsModel.TOPIC, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(SummonsModel.DATE, 110)
        self.table.setColumnWidth(SummonsModel.PLACE, 200)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_text = QPlainTextEdit()
        self.detail_text.setObjectName("summons_detail_text")
        self.detail_text.setReadOnly(True)
        self.detail_text.setTabChangesFocus(True)
        self.attendance_model = SummonsAttendanceModel(ctx.lang, self)
        self.attendance = read_only_table()
        self.attendance.setObjectName("summons_attendance")
        self.attendance.setModel(self.attendance_model)
        self.attendance.setWordWrap(False)
        att_header = self.attendance.horizontalHeader()
        att_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        att_header.setStretchLastSection(False)
        for column, width in (
            (SummonsAttendanceModel.COMPANY, 240),
            (SummonsAttendanceModel.CREDIT_CODE, 170),
            (SummonsAttendanceModel.PROVINCE, 80),
            (SummonsAttendanceModel.ATTENDED, 60),
            (SummonsAttendanceModel.ATTENDEES, 200),
            (SummonsAttendanceModel.CASES, 110),
        ):
            self.attendance.setColumnWidth(column, width)
        att_header.setSectionResizeMode(
            SummonsAttendanceModel.COMMITMENTS, QHeaderView.ResizeMode.Stretch
        )
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(self.detail_text)
        details.addWidget(self.attendance)
        details.setStretchFactor(0, 1)
        details.setStretchFactor(1, 3)
        self.details_splitter = details
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_title)
        lower_layout.addWidget(details, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
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
        self.table.selectionModel().selectionChanged.connect(self._show_detail)
        # activated: a double-click, or Enter on the current row
        self.attendance.activated.connect(self._open_case)
        self._show_detail()

    def title(self) -> str:
        return self.tr("Summons")

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.timer.stop()
        selected = self.selected_id()
        try:
            rows = summons_list.list_summons(
                self.ctx.db,
                self.ctx.actor,
                provinces=self.ctx.province_filter,
                text=self.filter.text().strip() or None,
            )
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.model.set_rows(rows)
        target = next((i for i, r in enumerate(rows) if r.id == selected), 0 if rows else None)
        if target is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(target, 0)).row())
        self._show_detail()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.summons_id(self.proxy.mapToSource(rows[0]).row())

    def _province(self, code: str | None) -> str:
        if code is None:
            return self.tr("National")
        if self._province_names is None:
            self._province_names = {
                c: ref.name(self.ctx.lang) for c, ref in reference.provinces(self.ctx.db).items()
            }
        return self._province_names.get(code, code)

    def _show_detail(self, *_args: object) -> None:
        summons_id = self.selected_id()
        if summons_id is None:
            self.detail_title.setText(self.tr("Select a summons to see who attended."))
            self.detail_text.clear()
            self.attendance_model.set_rows([])
            return
        try:
            detail = summons_list.summons_detail(self.ctx.db, self.ctx.actor, summons_id)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        title = (
            self.tr("%1, %2: %3")
            .replace("%1", show_date(detail.held_on, self.ctx.lang))
            .replace("%2", detail.place)
            .replace("%3", detail.topic)
        )
        if detail.hidden_count:
            title += " " + self.tr(
                "(%n more company(ies) in provinces outside your scope)", "", detail.hidden_count
            )
        self.detail_title.setText(title)
        lang = self.ctx.lang
        lines = [self.tr("Convening agencies:")]
        lines += [
            "• "
            + aside(
                a.name,
                listed([label("agency_kind", a.kind, lang), self._province(a.province_code)], lang),
                lang,
            )
            for a in detail.agencies
        ] or ["—"]
        lines += ["", self.tr("Requirements:"), detail.requirements or "—"]
        self.detail_text.setPlainText("\n".join(lines))
        self.attendance_model.set_rows(detail.attendances)

    # --- actions -------------------------------------------------------------------------------

    def new_item(self) -> None:
        if not self.new_button.isEnabled():  # Ctrl+N as well as the button
            return
        from app.ui.dialogs.summons_dialog import SummonsDialog

        SummonsDialog(self.ctx, self).exec()
        self.refresh()

    def _open_case(self, index: QModelIndex) -> None:
        number = self.attendance_model.case_number(index.row())
        if number:
            self.ctx.bus.open_case.emit(number)

    # --- state ---------------------------------------------------------------------------------

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.setValue("summons/header", self.table.horizontalHeader().saveState())
        settings.setValue(
            "summons/attendance_header", self.attendance.horizontalHeader().saveState()
        )
        settings.setValue("summons/splitter", self.splitter.saveState())
        settings.setValue("summons/details_splitter", self.details_splitter.saveState())

    def restore_state(self) -> None:
        settings = self.ctx.settings
        for key, target in (
            ("summons/header", self.table.horizontalHeader()),
            ("summons/attendance_header", self.attendance.horizontalHeader()),
            ("summons/splitter", self.splitter),
            ("summons/details_splitter", self.details_splitter),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                target.restoreState(value)
