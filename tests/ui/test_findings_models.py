"""The findings and reports table models, without a window."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from app.readmodel.case import ExtensionView, FindingView, ReportView, ReviewView
from app.ui.models.findings_model import OVERDUE_COLOUR, FindingsTableModel
from app.ui.models.reports_model import OVERDUE_COLOUR as REPORT_OVERDUE
from app.ui.models.reports_model import ReportsTableModel

TODAY = date(2021, 7, 1)
DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole


def finding(number: int, status: str, deadline: date, **kw: object) -> FindingView:
    overdue = status in ("open", "submitted") and deadline < TODAY
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "number": number,
        "source": "review",
        "item_code": "A3",
        "item_name_zh": "日志信息留存",
        "item_name_en": "Log retention",
        "severity": "high",
        "description": "日志留存\n不足六个月",
        "legal_basis": "",
        "required_rectification": "",
        "raised_on": date(2021, 5, 1),
        "original_deadline": deadline,
        "current_deadline": deadline,
        "deadline_provisional": False,
        "status": status,
        "overdue": overdue,
        "days_overdue": (TODAY - deadline).days if overdue else 0,
        "rectification_evidence": "",
        "submitted_on": None,
        "verified_by": None,
        "verified_on": None,
        "waive_reason": None,
        "extensions": [],
    }
    values.update(kw)
    return FindingView(**values)  # type: ignore[arg-type]


def cell(model: Any, row: int, col: int, role: int = DISPLAY) -> Any:
    return model.data(model.index(row, col), role)


def test_findings_model_marks_overdue_in_text_and_colour(qapp: object) -> None:
    # Given an overdue, a due-today, a later, an extended and a verified finding
    model = FindingsTableModel("en")
    model.set_findings(
        [
            finding(1, "open", date(2021, 6, 28)),
            finding(2, "submitted", TODAY),
            finding(3, "open", date(2021, 7, 11)),
            finding(
                4,
                "open",
                date(2021, 6, 1),
                current_deadline=date(2021, 8, 1),
                overdue=False,
                extensions=[ExtensionView(date(2021, 6, 1), date(2021, 8, 1), "r", "王", TODAY)],
            ),
            finding(5, "verified", date(2021, 6, 1)),
        ],
        TODAY,
    )
    days = FindingsTableModel.DAYS
    # Then the days column says it in words, and colours the overdue one red
    assert model.rowCount() == 5 and model.columnCount() == 8
    assert cell(model, 0, days) == "⚠ 3 days overdue"
    assert cell(model, 0, days, FOREGROUND).color() == OVERDUE_COLOUR
    assert cell(model, 1, days) == "Due today"
    assert cell(model, 2, days) == "10 days left"
    assert cell(model, 4, days) == "—"
    assert cell(model, 4, days, FOREGROUND) is None
    # original and current deadlines both shown; the extension is marked
    assert cell(model, 3, FindingsTableModel.ORIGINAL) == "1 Jun 2021"
    assert cell(model, 3, FindingsTableModel.CURRENT) == "1 Aug 2021 (extended)"
    assert cell(model, 0, FindingsTableModel.ITEM) == "A3 Log retention"
    assert cell(model, 0, FindingsTableModel.SEVERITY) == "High"
    assert cell(model, 0, FindingsTableModel.STATUS) == "Open"
    assert cell(model, 0, FindingsTableModel.DESCRIPTION) == "日志留存 不足六个月"
    assert cell(model, 0, 0, FindingsTableModel.FINDING_ROLE).number == 1
    assert model.row_of(4) == 3 and model.row_of(99) == -1


def test_findings_model_uses_chinese_data_labels(qapp: object) -> None:
    model = FindingsTableModel("zh")
    model.set_findings([finding(1, "waived", date(2021, 6, 1))], TODAY)
    assert cell(model, 0, FindingsTableModel.ITEM) == "A3 日志信息留存"
    assert cell(model, 0, FindingsTableModel.SEVERITY) == "高"
    assert cell(model, 0, FindingsTableModel.STATUS) == "已豁免"


def test_findings_model_sorts_by_raw_values(qapp: object) -> None:
    model = FindingsTableModel("en")
    model.set_findings(
        [finding(10, "open", date(2021, 7, 11)), finding(9, "open", date(2021, 6, 28))], TODAY
    )
    role = FindingsTableModel.SORT_ROLE
    assert cell(model, 0, FindingsTableModel.NUMBER, role) == 10
    assert cell(model, 1, FindingsTableModel.DAYS, role) == -3


def report(**kw: object) -> ReportView:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "trigger_code": "T3",
        "trigger_zh": "用户规模显著增加",
        "trigger_en": "Users grow significantly",
        "service": None,
        "event_date": date(2021, 5, 1),
        "planned_launch": None,
        "due_date": date(2021, 6, 15),
        "due_provisional": False,
        "received_on": None,
        "receiving_agency": None,
        "report_version": 1,
        "summary": "",
        "late": False,
        "overdue": False,
        "reviews": [],
    }
    values.update(kw)
    return ReportView(**values)  # type: ignore[arg-type]


def test_reports_model_lists_reviews_beneath_their_report(qapp: object) -> None:
    # Given a late report with two reviews and an overdue awaited one
    reviews = [
        ReviewView(
            uuid.uuid4(),
            "浙江省委网信办",
            "cyberspace",
            "张三",
            date(2021, 6, 20),
            "rectification",
            "整改",
        ),
        ReviewView(
            uuid.uuid4(),
            "浙江省公安厅",
            "public_security",
            "李四",
            date(2021, 6, 21),
            "accepted",
            "",
        ),
    ]
    late = report(
        received_on=date(2021, 6, 16), late=True, receiving_agency="浙江省委网信办", reviews=reviews
    )
    awaited = report(trigger_code="T5", overdue=True, report_version=2)
    model = ReportsTableModel("en")
    model.set_reports([late, awaited])
    W = ReportsTableModel
    # Then each report row is followed by its reviews
    assert model.rowCount() == 4
    assert cell(model, 0, W.WHAT) == "T3 Users grow significantly"
    assert cell(model, 0, W.DATE) == "16 Jun 2021 (filed late)"
    assert cell(model, 0, W.CONCLUSION) == "2 review(s)"
    assert cell(model, 1, W.WHAT) == "    ↳ Review: Cyberspace dept."
    assert cell(model, 1, W.CONCLUSION) == "Rectification required"
    assert cell(model, 1, W.REVIEWER) == "张三"
    assert cell(model, 2, W.AGENCY) == "浙江省公安厅"
    # and an awaited report past its due date says so in words and colour
    assert cell(model, 3, W.DATE) == "⚠ Awaited, due 15 Jun 2021 — overdue"
    assert cell(model, 3, W.DATE, FOREGROUND).color() == REPORT_OVERDUE
    assert cell(model, 3, W.VERSION) == "2"
    assert cell(model, 2, 0, W.REPORT_ID_ROLE) == late.id
    assert model.row_of(awaited.id) == 3


def test_reports_model_chinese_conclusion_labels(qapp: object) -> None:
    review = ReviewView(
        uuid.uuid4(), "北京市公安局", "public_security", "王", date(2021, 6, 1), "inspection", ""
    )
    model = ReportsTableModel("zh")
    model.set_reports([report(received_on=date(2021, 5, 20), reviews=[review])])
    assert cell(model, 1, ReportsTableModel.CONCLUSION) == "需现场检查"
    assert cell(model, 0, ReportsTableModel.WHAT) == "T3 用户规模显著增加"
