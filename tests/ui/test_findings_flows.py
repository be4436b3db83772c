"""Findings and Reports & reviews tabs driven through their widgets, on a fresh database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services.casework import cases
from app.services.registry import settings
from app.services.support.context import Actor
from app.ui import errors
from app.ui.case_view.findings_tab import FindingsTab
from app.ui.case_view.reports_tab import ReportsTab
from app.ui.context import UiContext
from app.ui.dialogs.finding_dialog import FindingDialog
from app.ui.dialogs.report_dialog import ReportDialog
from app.ui.dialogs.review_dialog import ReviewDialog
from app.ui.models.findings_model import FindingsTableModel
from tests.services.helpers import add_company

OK = QDialogButtonBox.StandardButton.Ok
Tab = TypeVar("Tab", FindingsTab, ReportsTab)


def type_text(widget: QWidget, text: str) -> None:
    """Type into a line or text edit (QTest cannot synthesise key events for Chinese)."""
    insert = getattr(widget, "insert", None) or widget.insertPlainText  # type: ignore[attr-defined]
    insert(text)


def qdate(text: str) -> QDate:
    return QDate.fromString(text, "yyyy-MM-dd")


@pytest.fixture
def case_number(ui_ctx: UiContext) -> str:
    code = add_company(ui_ctx.db, ui_ctx.actor)
    return cases.open_case(ui_ctx.db, ui_ctx.actor, code, opened_on=date(2021, 4, 20))


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the user would see in show_error's message box."""
    seen: list[str] = []

    def capture(parent: QWidget | None, exc: BaseException, lang: str) -> None:
        render = getattr(exc, "render", None)
        seen.append(render(lang) if render else repr(exc))

    monkeypatch.setattr(errors, "show_error", capture)
    return seen


def answer(monkeypatch: pytest.MonkeyPatch, *replies: QMessageBox.StandardButton) -> list[str]:
    """Answer QMessageBox.question with ``replies`` in turn; returns the questions asked."""
    asked: list[str] = []
    queue = list(replies)

    def question(parent: QWidget, title: str, text: str, *a: object) -> object:
        asked.append(text)
        return queue.pop(0) if queue else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def mounted(qtbot: QtBot, ctx: UiContext, number: str, cls: type[Tab]) -> Tab:
    """The tab as the case window uses it: loaded, and reloaded on every data change."""
    tab = cls(ctx, number)
    qtbot.addWidget(tab)

    def reload() -> None:
        tab.load(cases.show_case(ctx.db, ctx.actor, number))

    ctx.bus.data_changed.connect(reload)
    reload()
    return tab


def driver(qtbot: QtBot, fill: Callable[[QDialog], None]) -> Callable[[QDialog], int]:
    """Replaces exec(): fill the dialog the tab built, press OK, return its result."""

    def run(dialog: QDialog) -> int:
        fill(dialog)
        qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        return dialog.result()

    return run


def add_received_report(qtbot: QtBot, ctx: UiContext, tab: ReportsTab, files: list[Path]) -> None:
    def fill(d: QDialog) -> None:
        assert isinstance(d, ReportDialog)
        d.trigger.setCurrentIndex(d.trigger.findData("T3"))
        assert d.event_date.isEnabled() and not d.planned_launch.isEnabled()
        d.received.setChecked(True)
        d.received_on.setDate(qdate("2021-04-23"))
        d.event_date.setDate(qdate("2021-03-20"))
        type_text(d.agency, "浙江省委网信办")
        type_text(d.summary, "语音社交功能安全评估")
        d.add_files(files)

    tab.exec_dialog = driver(qtbot, fill)
    tab.add_action.trigger()


def status(ctx: UiContext, number: str) -> str:
    return cases.show_case(ctx.db, ctx.actor, number).status


def test_received_report_puts_the_case_under_review(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, tmp_path: Path
) -> None:
    # Given an opened case and a report file
    tab = mounted(qtbot, ui_ctx, case_number, ReportsTab)
    pdf = tmp_path / "评估报告.pdf"
    pdf.write_bytes(b"%PDF-1.4 report")
    # When a received report is added with its file
    add_received_report(qtbot, ui_ctx, tab, [pdf])
    # Then the case is under review, the table shows the report and its file is attached
    assert status(ui_ctx, case_number) == "under_review"
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, 0)).startswith("T3 ")
    assert tab.model.data(tab.model.index(0, 1)) == "23 Apr 2021"
    assert tab.model.data(tab.model.index(0, 2)) == "浙江省委网信办"
    detail = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number)
    assert [a.original_name for a in detail.attachments] == ["评估报告.pdf"]
    assert detail.attachments[0].owner_id == detail.reports[0].id
    assert "评估报告.pdf" in tab.record.toPlainText()
    assert tab.review_action.isEnabled() and not tab.received_action.isEnabled()


def test_a_refused_file_is_shown_and_the_report_kept(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, tmp_path: Path, shown_errors: list[str]
) -> None:
    # Given a 1 MB limit, a small file and one too large
    settings.set_setting(ui_ctx.db, ui_ctx.actor, "attachment_max_mb", 1)
    small, big = tmp_path / "ok.txt", tmp_path / "big.bin"
    small.write_text("ok")
    big.write_bytes(b"\0" * (2 * 1024 * 1024))
    tab = mounted(qtbot, ui_ctx, case_number, ReportsTab)
    # When both are dropped on the report
    add_received_report(qtbot, ui_ctx, tab, [big, small])
    # Then the refusal names the big file, and the report and the small file are kept
    assert len(shown_errors) == 1 and "big.bin" in shown_errors[0]
    detail = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number)
    assert len(detail.reports) == 1
    assert [a.original_name for a in detail.attachments] == ["ok.txt"]


def test_awaited_report_then_marked_received(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, ReportsTab)

    def awaited(d: QDialog) -> None:
        assert isinstance(d, ReportDialog)
        d.trigger.setCurrentIndex(d.trigger.findData("T1"))
        assert d.planned_launch.isEnabled() and not d.event_date.isEnabled()
        d.received.setChecked(False)
        assert not d.received_on.isEnabled()
        d.planned_launch.setDate(qdate("2099-06-01"))

    tab.exec_dialog = driver(qtbot, awaited)
    tab.add_action.trigger()
    assert status(ui_ctx, case_number) == "awaiting_report"
    assert tab.model.data(tab.model.index(0, 1)) == "Awaited, due 31 May 2099"
    assert tab.received_action.isEnabled() and not tab.review_action.isEnabled()

    tab.exec_dialog = driver(qtbot, lambda d: d.received_on.setDate(qdate("2021-05-10")))  # type: ignore[attr-defined]
    tab.received_action.trigger()
    assert status(ui_ctx, case_number) == "under_review"
    assert tab.model.data(tab.model.index(0, 1)) == "10 May 2021"


def test_review_concluding_rectification_offers_findings(
    qtbot: QtBot,
    ui_ctx: UiContext,
    case_number: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a received report
    tab = mounted(qtbot, ui_ctx, case_number, ReportsTab)
    add_received_report(qtbot, ui_ctx, tab, [])
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
    dialogs: list[QDialog] = []

    def fill(d: QDialog) -> None:
        dialogs.append(d)
        if isinstance(d, ReviewDialog):
            type_text(d.agency, "浙江省委网信办")
            type_text(d.reviewer, "张三")
            d.reviewed_on.setDate(qdate("2021-05-06"))
            d.conclusion_box.setCurrentIndex(d.conclusion_box.findData("rectification"))
            type_text(d.notes, "日志留存不足")
        else:
            assert isinstance(d, FindingDialog)
            d.item.setCurrentIndex(d.item.findData("A3"))
            type_text(d.description, "日志留存不足六个月")
            d.raised_on.setDate(qdate("2021-05-06"))

    # When a review concluding "rectification" is recorded and the offer accepted
    tab.exec_dialog = driver(qtbot, fill)
    tab.table.selectRow(0)
    tab.review_action.trigger()
    # Then the case is in rectification and the finding points at the review
    assert status(ui_ctx, case_number) == "rectification"
    assert len(asked) == 2  # "add findings now?" then "add another?"
    assert isinstance(dialogs[1], FindingDialog) and dialogs[1].review_id is not None
    detail = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number)
    assert [f.description for f in detail.findings] == ["日志留存不足六个月"]
    assert tab.model.rowCount() == 2
    assert tab.model.data(tab.model.index(1, 5)) == "Rectification required"


def test_finding_dialog_shows_the_working_day_deadline_before_saving(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    previews: list[str] = []

    def fill(d: QDialog) -> None:
        assert isinstance(d, FindingDialog)
        d.item.setCurrentIndex(d.item.findData("A2"))
        d.severity.setCurrentIndex(d.severity.findData("high"))
        type_text(d.description, "未落实真实身份核验")
        d.raised_on.setDate(qdate("2021-04-25"))
        d.working_days.setChecked(True)
        d.period.setValue(30)
        previews.append(d.computed.text())
        assert d.warning.isHidden()

    # When a finding is given 30 working days from 2021-04-25
    tab.exec_dialog = driver(qtbot, fill)
    tab.add_action.trigger()
    # Then the dialog showed 2021-06-08 before saving, and the table shows it
    assert "8 Jun 2021" in previews[0]
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, FindingsTableModel.ORIGINAL)) == "8 Jun 2021"
    assert tab.model.data(tab.model.index(0, FindingsTableModel.SEVERITY)) == "High"


def test_finding_dialog_updates_live_and_warns_when_provisional(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str
) -> None:
    dialog = FindingDialog(ui_ctx, case_number)
    qtbot.addWidget(dialog)
    dialog.raised_on.setDate(qdate("2021-04-25"))
    dialog.calendar_days.setChecked(True)
    dialog.period.setValue(5)
    assert "30 Apr 2021" in dialog.computed.text()
    # A start in a year without an official holiday calendar is marked provisional
    dialog.raised_on.setDate(qdate("2027-03-01"))
    dialog.working_days.setChecked(True)
    assert not dialog.warning.isHidden()
    assert "2027" in dialog.warning.text() and "provisional" in dialog.warning.text()
    # A fixed date starts from the computed one and is shown as it is
    dialog.fixed.setChecked(True)
    assert not dialog.period.isEnabled() and dialog.fixed_date.isEnabled()
    dialog.fixed_date.setDate(qdate("2027-05-04"))
    assert "4 May 2027" in dialog.computed.text() and dialog.warning.isHidden()


def test_refused_finding_keeps_every_field(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, shown_errors: list[str]
) -> None:
    dialog = FindingDialog(ui_ctx, case_number)
    qtbot.addWidget(dialog)
    type_text(dialog.legal_basis, "《网络安全法》第二十一条")
    dialog.fixed.setChecked(True)
    # No description: the service refuses
    qtbot.mouseClick(dialog.buttons.button(OK), Qt.MouseButton.LeftButton)
    assert len(shown_errors) == 1 and "description" in shown_errors[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.legal_basis.toPlainText() == "《网络安全法》第二十一条"
    assert dialog.fixed.isChecked()


def add_finding(qtbot: QtBot, tab: FindingsTab, raised: str = "2021-04-25") -> None:
    def fill(d: QDialog) -> None:
        assert isinstance(d, FindingDialog)
        type_text(d.description, "日志留存不足六个月")
        d.raised_on.setDate(qdate(raised))

    tab.exec_dialog = driver(qtbot, fill)
    tab.add_action.trigger()
    tab.table.selectRow(0)


def extend_to(qtbot: QtBot, tab: FindingsTab, new: str) -> list[QDialog]:
    opened: list[QDialog] = []

    def fill(d: QDialog) -> None:
        opened.append(d)
        d.new_deadline.setDate(qdate(new))  # type: ignore[attr-defined]
        type_text(d.reason, "企业申请延期")  # type: ignore[attr-defined]
        type_text(d.approver, "处长王某")  # type: ignore[attr-defined]

    tab.exec_dialog = driver(qtbot, fill)
    tab.extend_action.trigger()
    return opened


def test_extension_moves_the_current_deadline_and_keeps_the_original(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, shown_errors: list[str]
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    add_finding(qtbot, tab)
    assert tab.extend_action.isEnabled()
    extend_to(qtbot, tab, "2021-07-15")
    assert shown_errors == []
    assert tab.model.data(tab.model.index(0, FindingsTableModel.ORIGINAL)) == "8 Jun 2021"
    assert tab.model.data(tab.model.index(0, FindingsTableModel.CURRENT)).startswith("15 Jul 2021")
    assert "8 Jun 2021 → 15 Jul 2021" in tab.record.toPlainText()
    assert "处长王某" in tab.record.toPlainText()


def test_an_earlier_extension_is_refused_and_nothing_written(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, shown_errors: list[str]
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    add_finding(qtbot, tab)
    opened = extend_to(qtbot, tab, "2021-06-01")
    # The service's refusal is shown, the dialog stays open with its input
    assert len(shown_errors) == 1 and "must be later" in shown_errors[0]
    assert opened[0].result() != QDialog.DialogCode.Accepted
    assert opened[0].reason.toPlainText() == "企业申请延期"  # type: ignore[attr-defined]
    finding = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings[0]
    assert finding.current_deadline == date(2021, 6, 8) and finding.extensions == []


def test_an_inspector_may_not_extend(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, shown_errors: list[str]
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    add_finding(qtbot, tab)
    ui_ctx.actor = Actor("inspector_zj", role="inspector")
    extend_to(qtbot, tab, "2021-07-15")
    assert len(shown_errors) == 1 and "(Inspector)" in shown_errors[0]
    assert cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings[0].extensions == []


def test_submit_then_verify_closes_the_finding(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    add_finding(qtbot, tab)
    # Open: rectification may be submitted, not yet verified
    assert tab.submit_action.isEnabled() and not tab.verify_action.isEnabled()
    assert not tab.reject_action.isEnabled()

    def evidence(d: QDialog) -> None:
        type_text(d.evidence, "日志留存期限已调整为六个月")  # type: ignore[attr-defined]
        d.submitted_on.setDate(qdate("2021-05-20"))  # type: ignore[attr-defined]

    tab.exec_dialog = driver(qtbot, evidence)
    tab.submit_action.trigger()
    assert (
        tab.model.data(tab.model.index(0, FindingsTableModel.STATUS)) == "Rectification submitted"
    )
    assert "日志留存期限已调整为六个月" in tab.record.toPlainText()
    assert tab.verify_action.isEnabled() and tab.reject_action.isEnabled()
    assert not tab.submit_action.isEnabled()
    # Verify asks first
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.verify_action.trigger()
    assert len(asked) == 1 and "#1" in asked[0]
    finding = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings[0]
    assert finding.status == "verified" and finding.verified_by == ui_ctx.actor.login
    assert tab.model.data(tab.model.index(0, FindingsTableModel.STATUS)) == "Verified"
    assert tab.model.data(tab.model.index(0, FindingsTableModel.DAYS)) == "—"
    assert not any(a.isEnabled() for a in tab.step_actions.values())


def test_rejected_rectification_reopens_and_a_no_to_verify_changes_nothing(
    qtbot: QtBot, ui_ctx: UiContext, case_number: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    add_finding(qtbot, tab)
    tab.exec_dialog = driver(qtbot, lambda d: type_text(d.evidence, "材料"))  # type: ignore[attr-defined]
    tab.submit_action.trigger()
    answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.verify_action.trigger()
    assert cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings[0].status == "submitted"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.reject_action.trigger()
    assert cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings[0].status == "open"
    assert tab.submit_action.isEnabled()


def test_waive_with_reason(qtbot: QtBot, ui_ctx: UiContext, case_number: str) -> None:
    tab = mounted(qtbot, ui_ctx, case_number, FindingsTab)
    add_finding(qtbot, tab)
    tab.exec_dialog = driver(qtbot, lambda d: type_text(d.reason, "功能已下线"))  # type: ignore[attr-defined]
    tab.waive_action.trigger()
    finding = cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings[0]
    assert finding.status == "waived" and finding.waive_reason == "功能已下线"
    assert tab.model.data(tab.model.index(0, FindingsTableModel.STATUS)) == "Waived"
    assert "功能已下线" in tab.record.toPlainText()


def test_ctrl_s_saves_the_finding_dialog(qtbot: QtBot, ui_ctx: UiContext, case_number: str) -> None:
    dialog = FindingDialog(ui_ctx, case_number)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.description, "issue")
    # The offscreen platform gives no active window to deliver the key to: fire the shortcut
    save = [
        s
        for s in dialog.findChildren(QShortcut)
        if s.key().matches(QKeySequence("Ctrl+S")) == QKeySequence.SequenceMatch.ExactMatch
    ]
    assert len(save) == 1
    with qtbot.waitSignal(ui_ctx.bus.data_changed, timeout=2000):
        save[0].activated.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(cases.show_case(ui_ctx.db, ui_ctx.actor, case_number).findings) == 1
