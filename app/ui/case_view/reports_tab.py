"""The case view's Reports & reviews tab: reports with their written reviews beneath."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.review import ReviewConclusion
from app.readmodel.case import CaseDetail, ReportView
from app.services.support.permissions import can
from app.text import named
from app.ui import permission
from app.ui.context import UiContext
from app.ui.dialogs.finding_dialog import FindingDialog
from app.ui.dialogs.report_dialog import MarkReceivedDialog, ReportDialog
from app.ui.dialogs.review_dialog import ReviewDialog
from app.ui.formatting import show_date
from app.ui.models.reports_model import ReportRow, ReportsTableModel

SETTINGS_PREFIX = "case_view/reports"


class ReportsTab(QWidget):
    """Shows ``load``-ed CaseDetail reports; the case window reloads it on ctx.bus.data_changed."""

    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.detail: CaseDetail | None = None
        # Tests replace these to drive the dialogs the tab builds instead of running them modally.
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

        self.model = ReportsTableModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_selection())
        # Enter (or a double click) takes the report's next step: mark received or review it.
        self.table.activated.connect(lambda _index: self.next_step())
        header = self.table.horizontalHeader()
        for column, width in (
            (ReportsTableModel.WHAT, 280),
            (ReportsTableModel.DATE, 240),
            (ReportsTableModel.AGENCY, 150),
            (ReportsTableModel.VERSION, 64),
            (ReportsTableModel.REVIEWER, 90),
            (ReportsTableModel.CONCLUSION, 210),  # "On-site inspection required" in full
        ):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.record = QTextBrowser()
        self.record.setOpenLinks(False)

        self.add_action = self._action(self.tr("&Add report…"), self.add_report, "Ctrl+N")
        self.received_action = self._action(self.tr("&Mark received…"), self.mark_received)
        self.review_action = self._action(self.tr("&Record review…"), self.record_review)
        buttons = QHBoxLayout()
        # The buttons repeat the actions (and the context menu): each pair is enabled together.
        self.buttons: dict[QAction, QPushButton] = {}
        for action in (self.add_action, self.received_action, self.review_action):
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[action] = button
        buttons.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.record)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self.update_selection()

    def _action(self, text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # --- showing --------------------------------------------------------------------------------

    def load(self, detail: CaseDetail) -> None:
        """Show ``detail``'s reports and reviews, keeping the selected report selected."""
        current = self.selected()
        self.detail = detail
        self.model.set_reports(detail.reports)
        if current is not None:
            self.select_report(current.report.id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.update_selection()

    def select_report(self, report_id: uuid.UUID) -> None:
        row = self.model.row_of(report_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected(self) -> ReportRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
        return self.model.row(index.row())

    def agencies(self) -> list[str]:
        """Agency names already used in this case, offered as completions."""
        names: set[str] = set()
        for r in self.detail.reports if self.detail else []:
            if r.receiving_agency:
                names.add(r.receiving_agency)
            names.update(v.agency for v in r.reviews)
        return sorted(names)

    def update_selection(self) -> None:
        """Enable what the authority allows on this case, saying why not on the rest;
        the selected report decides between marking it received and reviewing it."""
        row = self.selected()
        detail = self.detail
        received = row is not None and row.report.received_on is not None
        for action, action_name, ready in (
            (self.add_action, "report.add", detail is not None),
            (self.received_action, "report.receive", row is not None and not received),
            (self.review_action, "review.record", received),
        ):
            decision = can(self.ctx.actor, action_name, detail)
            permission.apply((action, self.buttons[action]), decision, self.ctx.lang, ready=ready)
        self.record.setHtml(self.record_html(row.report) if row else "")

    def record_html(self, r: ReportView) -> str:
        """The selected report: dates, summary and its files."""
        name = named(r.trigger_zh, r.trigger_en, self.ctx.lang)
        parts = [f"<h3>{html.escape(f'{r.trigger_code} {name}')}</h3>"]
        facts = [self.model.received_text(r)]
        if r.event_date:
            facts.append(
                self.tr("event on %1").replace("%1", show_date(r.event_date, self.ctx.lang))
            )
        if r.planned_launch:
            facts.append(
                self.tr("planned launch %1").replace(
                    "%1", show_date(r.planned_launch, self.ctx.lang)
                )
            )
        if r.due_date and r.received_on:
            facts.append(self.tr("due %1").replace("%1", show_date(r.due_date, self.ctx.lang)))
        facts.append(self.tr("version %1").replace("%1", str(r.report_version)))
        parts.append(f"<p>{html.escape(' · '.join(facts))}</p>")
        if r.summary.strip():
            parts.append(f"<p>{html.escape(r.summary).replace(chr(10), '<br>')}</p>")
        files = [
            a.original_name
            for a in (self.detail.attachments if self.detail else [])
            if a.owner_type == "report" and a.owner_id == r.id
        ]
        title = self.tr("Files")
        listed = "<br>".join(html.escape(f) for f in files) if files else "—"
        parts.append(f"<p><b>{html.escape(title)}</b><br>{listed}</p>")
        return "".join(parts)

    def show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed-out entry says why
        for action in (self.add_action, self.received_action, self.review_action):
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- actions --------------------------------------------------------------------------------

    def next_step(self) -> None:
        if self.received_action.isEnabled():
            self.mark_received()
        elif self.review_action.isEnabled():
            self.record_review()

    def add_report(self) -> None:
        dialog = ReportDialog(self.ctx, self.case_number, self, agencies=self.agencies())
        self.exec_dialog(dialog)
        if dialog.report_id is not None:
            self.select_report(dialog.report_id)

    def mark_received(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.exec_dialog(
            MarkReceivedDialog(
                self.ctx,
                row.report.id,
                self,
                agencies=self.agencies(),
                expected_version=row.report.version,
            )
        )

    def record_review(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReviewDialog(
            self.ctx, self.case_number, row.report, self, agencies=self.agencies()
        )
        self.exec_dialog(dialog)
        if dialog.review_id is None or dialog.conclusion != ReviewConclusion.RECTIFICATION.value:
            return
        question = self.tr("The review requires rectification. Add its findings now?")
        while self._confirm(question):
            finding = FindingDialog(self.ctx, self.case_number, self, review_id=dialog.review_id)
            self.exec_dialog(finding)
            if finding.finding_id is None:  # cancelled
                break
            question = self.tr("Add another finding from this review?")

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Add findings"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- layout memory --------------------------------------------------------------------------

    def save_state(self) -> None:
        self.ctx.settings.setValue(
            f"{SETTINGS_PREFIX}/header", self.table.horizontalHeader().saveState()
        )
        self.ctx.settings.setValue(f"{SETTINGS_PREFIX}/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        header = self.ctx.settings.value(f"{SETTINGS_PREFIX}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = self.ctx.settings.value(f"{SETTINGS_PREFIX}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
