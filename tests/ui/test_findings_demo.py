"""The findings and reports tabs on the demo data, with the Chinese data labels."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services.casework import cases
from app.ui.case_view.findings_tab import FindingsTab
from app.ui.case_view.reports_tab import ReportsTab
from app.ui.context import UiContext
from app.ui.models.findings_model import FindingsTableModel
from app.ui.models.reports_model import ReportsTableModel


def test_every_demo_case_shows_in_both_tabs(qtbot: QtBot, demo_ctx: UiContext) -> None:
    demo_ctx.lang = "zh"
    overdue_shown = extended_shown = reviews_shown = 0
    for row in cases.list_cases(demo_ctx.db, demo_ctx.actor):
        detail = cases.show_case(demo_ctx.db, demo_ctx.actor, row.case_number)
        findings_tab = FindingsTab(demo_ctx, row.case_number)
        reports_tab = ReportsTab(demo_ctx, row.case_number)
        qtbot.addWidget(findings_tab)
        qtbot.addWidget(reports_tab)
        findings_tab.load(detail)
        reports_tab.load(detail)
        fm, rm = findings_tab.model, reports_tab.model
        assert fm.rowCount() == len(detail.findings)
        assert rm.rowCount() == len(detail.reports) + sum(len(r.reviews) for r in detail.reports)
        for n, f in enumerate(detail.findings):
            status = fm.data(fm.index(n, FindingsTableModel.STATUS))
            assert status in {"待整改", "已提交整改", "已核验", "已豁免"}
            days = fm.data(fm.index(n, FindingsTableModel.DAYS))
            if f.overdue:
                assert days.startswith("⚠")
                overdue_shown += 1
            if f.extensions:
                extended_shown += 1
                findings_tab.select_number(f.number)
                assert "→" in findings_tab.record.toPlainText()
        for n in range(rm.rowCount()):
            if rm.row(n).review is not None:
                reviews_shown += 1
                assert rm.data(rm.index(n, ReportsTableModel.CONCLUSION)) in {
                    "通过",
                    "需重新评估",
                    "需整改",
                    "需现场检查",
                }
        # Nothing can be added to a closed case
        closed = detail.status == "closed"
        assert findings_tab.add_action.isEnabled() is not closed
        assert reports_tab.add_action.isEnabled() is not closed
    assert overdue_shown and extended_shown and reviews_shown
