"""The dashboard's table models, without a window."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.readmodel.dashboard import DeadlineRow, InspectionRow, ReportRow
from app.ui.models.dashboard_findings_model import OVERDUE_COLOUR, DashboardFindingsModel
from app.ui.models.dashboard_inspections_model import DashboardInspectionsModel
from app.ui.models.dashboard_reports_model import DashboardReportsModel

AS_OF = date(2024, 6, 10)
DISPLAY = Qt.ItemDataRole.DisplayRole


def _finding(deadline: date, n: int = 1) -> DeadlineRow:
    return DeadlineRow(
        uuid.uuid4(), "ZJ-2024-0001", n, "杭州测试公司", "Hangzhou Test Co.", "330000", "A3",
        "high", "open", "日志留存\n不足", deadline, (deadline - AS_OF).days,
    )  # fmt: skip


def test_findings_model_says_overdue_in_words_and_colour(qapp: Any) -> None:
    model = DashboardFindingsModel("en")
    rows = [_finding(date(2024, 6, 3), 1), _finding(AS_OF, 2), _finding(date(2024, 6, 11), 3)]
    model.set_rows(rows, AS_OF, silenced={rows[0].finding_id}, item_names={"A3": "日志"})
    assert model.rowCount() == 3 and model.columnCount() == len(model.headers())
    days = [model.index(r, model.DAYS).data(DISPLAY) for r in range(3)]
    assert days == ["⚠ 7 days overdue", "Due today", "1 days left"]
    brush = model.index(0, model.DAYS).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    assert model.index(0, model.COMPANY).data(DISPLAY) == "Hangzhou Test Co."
    assert model.index(0, model.DESCRIPTION).data(DISPLAY) == "日志留存 不足"
    assert model.index(0, model.NUMBER).data(DISPLAY) == "#1"
    assert model.index(0, model.ITEM).data(Qt.ItemDataRole.ToolTipRole).startswith("日志")
    assert "dismissed" in model.index(0, model.DAYS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, model.CASE).data(model.CASE_NUMBER_ROLE) == "ZJ-2024-0001"
    assert model.index(2, model.CASE).data(model.FINDING_ID_ROLE) == str(rows[2].finding_id)
    assert model.index(0, model.DAYS).data(model.SORT_ROLE) < model.index(1, model.DAYS).data(
        model.SORT_ROLE
    )
    zh = DashboardFindingsModel("zh")
    zh.set_rows(rows, AS_OF)
    assert zh.index(0, zh.COMPANY).data(DISPLAY) == "杭州测试公司"


def test_reports_model(qapp: Any) -> None:
    model = DashboardReportsModel("en")
    awaited = ReportRow(
        uuid.uuid4(), "BJ-2024-0001", "北京公司", None, "110000", "T3", "用户增长", "User growth",
        1, None, date(2024, 5, 1), 40,
    )  # fmt: skip
    received = ReportRow(
        uuid.uuid4(), "ZJ-2024-0001", "杭州公司", None, "330000", "T1", "新业务", "New service",
        2, date(2024, 6, 1), None, 9,
    )  # fmt: skip
    model.set_rows([awaited, received])
    state = [model.index(r, model.STATE).data(DISPLAY) for r in range(2)]
    assert state == ["⚠ Not filed, 40 days overdue", "Waiting for review for 9 days"]
    assert model.index(0, model.STATE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, model.STATE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, model.DATE).data(DISPLAY) == "1 May 2024"
    assert model.index(1, model.DATE).data(DISPLAY) == "1 Jun 2024"
    # sorted by the day, not by the text shown
    assert model.index(0, model.DATE).data(model.SORT_ROLE) < model.index(1, model.DATE).data(
        model.SORT_ROLE
    )
    assert model.index(1, model.TRIGGER).data(Qt.ItemDataRole.ToolTipRole) == "New service"
    assert model.index(1, model.COMPANY).data(DISPLAY) == "杭州公司"  # no English name: Chinese
    assert model.index(1, 0).data(model.CASE_NUMBER_ROLE) == "ZJ-2024-0001"


def test_inspections_model(qapp: Any) -> None:
    model = DashboardInspectionsModel("en")
    rows = [
        InspectionRow(uuid.uuid4(), "ZJ-2024-0001", "杭州公司", None, "330000", AS_OF, "西湖区", "张三\n李四", 0),
        InspectionRow(uuid.uuid4(), "ZJ-2024-0002", "另一公司", None, "330000", date(2024, 6, 20), "滨江区", "", 10),
    ]  # fmt: skip
    model.set_rows(rows)
    assert [model.index(r, model.WHEN).data(DISPLAY) for r in range(2)] == ["Today", "In 10 days"]
    assert model.index(0, model.INSPECTORS).data(DISPLAY) == "张三 李四"
    assert model.index(1, model.DATE).data(DISPLAY) == "20 Jun 2024"
    assert model.index(1, 0).data(model.CASE_NUMBER_ROLE) == "ZJ-2024-0002"


def test_chart_figures_and_bar_text(qapp: Any) -> None:
    from app.readmodel.dashboard import ProvinceFigures
    from app.ui.pages.dashboard_chart import ProvinceChart

    chart = ProvinceChart("en")
    chart.set_figures([ProvinceFigures("440000", "广东", "Guangdong", 3, 1)])
    assert chart.categories == ["Guangdong"]
    assert chart.open_values == [3] and chart.overdue_values == [1]
    assert chart.bar_text(0) == "Guangdong: 3 open, 1 overdue"
    chart.deleteLater()
