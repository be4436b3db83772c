"""An official's day through the widgets: a report, a review, a finding, an extension,
rectification and verification, and the case status and the dashboard follow."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from app.services.casework import cases
from app.ui.case_view.window import CaseWindow
from app.ui.context import UiContext
from app.ui.dialogs.extension_dialog import ExtensionDialog
from app.ui.dialogs.finding_dialog import FindingDialog
from app.ui.pages.dashboard import DashboardPage


def test_finding_raised_overdue_then_verified_moves_the_dashboard(
    qtbot: QtBot, demo_ctx: UiContext, monkeypatch: Any
) -> None:
    number = "GD-2021-0002"  # a demo case with nothing overdue
    dashboard = DashboardPage(demo_ctx)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    before = dashboard.overdue_model.rowCount()

    window = CaseWindow(demo_ctx, number)
    qtbot.addWidget(window)
    # Raise a finding whose 5-working-day deadline has already passed
    dialog = FindingDialog(demo_ctx, number, window)
    qtbot.addWidget(dialog)
    dialog.description.setPlainText("直播间未落实实名核验")
    dialog.raised_on.setDate(date.today() - timedelta(days=30))
    dialog.period.setValue(5)
    dialog.accept()
    assert dashboard.overdue_model.rowCount() == before + 1  # the bus refreshed the dashboard
    finding = cases.show_case(demo_ctx.db, demo_ctx.actor, number).findings[-1]
    assert finding.overdue

    # Extend it: no longer overdue
    extension = ExtensionDialog(demo_ctx, number, finding, window)
    qtbot.addWidget(extension)
    extension.new_deadline.setDate(date.today() + timedelta(days=20))
    extension.reason.setPlainText("企业申请延期，理由充分")
    extension.approver.setText("李处长")
    extension.accept()
    assert dashboard.overdue_model.rowCount() == before
    assert not cases.show_case(demo_ctx.db, demo_ctx.actor, number).findings[-1].overdue
    assert window.findings.model.rowCount() == len(
        cases.show_case(demo_ctx.db, demo_ctx.actor, number).findings
    )
