"""The case view's Findings tab: the findings table, their next steps and the selected one's record."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
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

from app.readmodel.case import CaseDetail, FindingView
from app.services.rectification import findings
from app.services.support.permissions import FindingRecord, can
from app.text import named
from app.ui import errors, permission
from app.ui.context import UiContext
from app.ui.dialogs.extension_dialog import ExtensionDialog
from app.ui.dialogs.finding_dialog import FindingDialog
from app.ui.dialogs.rectification_dialog import RectificationDialog
from app.ui.dialogs.waive_dialog import WaiveDialog
from app.ui.formatting import show_date
from app.ui.models.findings_model import FindingsTableModel, severity_label, status_label

SETTINGS_PREFIX = "case_view/findings"


class FindingsTab(QWidget):
    """Shows ``load``-ed CaseDetail findings; the case window reloads it on ctx.bus.data_changed."""

    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.detail: CaseDetail | None = None
        # Tests replace this to drive the dialog the tab builds instead of running it modally.
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()

        self.record = QTextBrowser()
        self.record.setOpenLinks(False)
        self.model = FindingsTableModel(ctx.lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(FindingsTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(FindingsTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_selection())
        # Enter (or a double click) opens the selected finding's full record below.
        self.table.activated.connect(lambda _index: self.record.setFocus())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in (
            (FindingsTableModel.NUMBER, 44),
            (FindingsTableModel.ITEM, 220),
            (FindingsTableModel.SEVERITY, 70),
            (FindingsTableModel.DESCRIPTION, 300),
            (FindingsTableModel.ORIGINAL, 120),
            (FindingsTableModel.CURRENT, 150),
            (FindingsTableModel.STATUS, 180),  # "Rectification submitted" in full
            (FindingsTableModel.DAYS, 130),
        ):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(FindingsTableModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)

        self.add_action = self._action(self.tr("&Add finding…"), self.add_finding, "Ctrl+N")
        self.edit_action = self._action(self.tr("&Edit finding…"), self.edit_finding)
        self.extend_action = self._action(self.tr("E&xtend deadline…"), self.extend)
        self.submit_action = self._action(self.tr("Submit &rectification…"), self.submit)
        self.verify_action = self._action(self.tr("&Verify…"), self.verify)
        self.reject_action = self._action(self.tr("Re&ject rectification…"), self.reject)
        self.waive_action = self._action(self.tr("&Waive…"), self.waive)
        self.step_actions = {
            "extend": self.extend_action,
            "submit": self.submit_action,
            "verify": self.verify_action,
            "reject": self.reject_action,
            "waive": self.waive_action,
        }

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, action in [
            ("add", self.add_action),
            ("edit", self.edit_action),
            *self.step_actions.items(),
        ]:
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.record)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
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
        """Show ``detail``'s findings, keeping the selected finding selected."""
        selected = self.selected()
        self.detail = detail
        self.model.set_findings(detail.findings, detail.as_of)
        if selected is not None:
            self.select_number(selected.number)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.update_selection()

    def select_number(self, number: int) -> None:
        row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected(self) -> FindingView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
        return self.model.finding(self.proxy.mapToSource(index).row())

    def update_selection(self) -> None:
        """Enable what the authority allows on this case and the selected finding, saying
        why not on the rest (role, a closed case, the finding's lifecycle)."""
        finding = self.selected()
        detail, actor, lang = self.detail, self.ctx.actor, self.ctx.lang
        loaded = detail is not None
        add = can(actor, "finding.add", detail)
        permission.apply((self.add_action, self.buttons["add"]), add, lang, ready=loaded)
        edit = can(actor, "finding.edit", detail)
        chosen = loaded and finding is not None
        permission.apply((self.edit_action, self.buttons["edit"]), edit, lang, ready=chosen)
        for key, action in self.step_actions.items():
            record = (
                FindingRecord(detail, finding.status)
                if detail is not None and finding is not None
                else detail
            )
            decision = can(actor, f"finding.{key}", record)
            permission.apply((action, self.buttons[key]), decision, lang, ready=chosen)
        self.record.setHtml(self.record_html(finding) if finding else "")

    def record_html(self, f: FindingView) -> str:
        """The selected finding's full record for the pane below the table."""
        lang = self.ctx.lang

        def section(title: str, body: str) -> str:
            text = html.escape(body).replace("\n", "<br>") if body.strip() else "—"
            return f"<p><b>{html.escape(title)}</b><br>{text}</p>"

        name = named(f.item_name_zh, f.item_name_en, lang)
        head = self.tr("Finding #%1 — %2 (%3, %4)")
        head = (
            head.replace("%1", str(f.number))
            .replace("%2", f"{f.item_code} {name}")
            .replace("%3", severity_label(f.severity, lang))
            .replace("%4", status_label(f.status, lang))
        )
        parts = [f"<h3>{html.escape(head)}</h3>"]
        raised = self.tr("Raised on %1; deadline %2, now %3").replace(
            "%1", show_date(f.raised_on, self.ctx.lang)
        )
        raised = raised.replace("%2", show_date(f.original_deadline, self.ctx.lang)).replace(
            "%3", show_date(f.current_deadline, self.ctx.lang)
        )
        parts.append(f"<p>{html.escape(raised)}</p>")
        parts.append(section(self.tr("Description"), f.description))
        parts.append(section(self.tr("Legal basis"), f.legal_basis))
        parts.append(section(self.tr("Required rectification"), f.required_rectification))
        evidence = f.rectification_evidence
        if f.submitted_on:
            evidence = self.tr("Submitted on %1").replace(
                "%1", show_date(f.submitted_on, self.ctx.lang)
            ) + ("\n" + evidence)
        parts.append(section(self.tr("Rectification evidence"), evidence))
        lines = [
            self.tr("%1 → %2: %3 (approved by %4 on %5)")
            .replace("%1", show_date(e.old_deadline, self.ctx.lang))
            .replace("%2", show_date(e.new_deadline, self.ctx.lang))
            .replace("%3", e.reason)
            .replace("%4", e.approver)
            .replace("%5", show_date(e.approved_on, self.ctx.lang))
            for e in f.extensions
        ]
        parts.append(section(self.tr("Deadline extensions"), "\n".join(lines)))
        if f.verified_on:
            done = (
                self.tr("Verified by %1 on %2")
                .replace("%1", f.verified_by or "")
                .replace("%2", show_date(f.verified_on, self.ctx.lang))
            )
        elif f.waive_reason:
            done = self.tr("Waived: %1").replace("%1", f.waive_reason)
        else:
            done = ""
        parts.append(section(self.tr("Verification"), done))
        return "".join(parts)

    def show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a greyed-out step says why
        menu.addAction(self.add_action)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        for action in self.step_actions.values():
            menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # --- actions --------------------------------------------------------------------------------

    def add_finding(self) -> None:
        self.exec_dialog(FindingDialog(self.ctx, self.case_number, self))

    def edit_finding(self) -> None:
        if (finding := self.selected()) is not None:
            self.exec_dialog(FindingDialog(self.ctx, self.case_number, self, finding=finding))

    def extend(self) -> None:
        if (finding := self.selected()) is not None:
            self.exec_dialog(ExtensionDialog(self.ctx, self.case_number, finding, self))

    def submit(self) -> None:
        if (finding := self.selected()) is not None:
            self.exec_dialog(RectificationDialog(self.ctx, self.case_number, finding, self))

    def waive(self) -> None:
        if (finding := self.selected()) is not None:
            self.exec_dialog(WaiveDialog(self.ctx, self.case_number, finding, self))

    def verify(self) -> None:
        finding = self.selected()
        question = self.tr("Verify the rectification of finding #%1 and close it?")
        if finding is None or not self._confirm(question.replace("%1", str(finding.number))):
            return
        self._run(
            lambda: findings.verify_finding(
                self.ctx.db,
                self.ctx.actor,
                self.case_number,
                finding.number,
                expected_version=finding.version,
            )
        )

    def reject(self) -> None:
        finding = self.selected()
        question = self.tr("Reject the rectification of finding #%1 and open it again?")
        if finding is None or not self._confirm(question.replace("%1", str(finding.number))):
            return
        self._run(
            lambda: findings.reject_rectification(
                self.ctx.db,
                self.ctx.actor,
                self.case_number,
                finding.number,
                expected_version=finding.version,
            )
        )

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please confirm"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, write: Callable[[], None]) -> None:
        try:
            write()
        except Exception as exc:  # the service is the judge: its refusal is shown
            errors.show_save_error(self, exc, self.ctx.lang, self.ctx.bus.data_changed.emit)
            return
        self.ctx.bus.data_changed.emit()

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
