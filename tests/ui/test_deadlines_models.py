"""The deadlines list and the working-day calendar tables, without a window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services.overview.calendar import CalendarEntry
from app.services.overview.deadline_calendar import DeadlineItem, official_calendar
from app.ui.models.calendar_days_model import CalendarDaysModel
from app.ui.models.deadlines_model import DeadlinesModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def _finding(overdue: bool, days: int) -> DeadlineItem:
    return DeadlineItem(
        kind="finding",
        due=date(2021, 6, 8),
        case_number="ZJ-2021-0001",
        company="杭州测试网络科技有限公司",
        company_en="Hangzhou Test Network",
        province_code="330000",
        overdue=overdue,
        days_overdue=days if overdue else 0,
        days_left=-days if overdue else days,
        finding_number=2,
        item_code="A3",
        item_name_zh="网络日志",
        item_name_en="Network logs",
        severity="high",
        status="open",
        description="日志留存不足",
    )


def _report() -> DeadlineItem:
    return DeadlineItem(
        kind="report",
        due=date(2021, 6, 15),
        case_number="BJ-2021-0001",
        company="北京测试科技有限公司",
        company_en=None,
        province_code="110000",
        overdue=False,
        days_overdue=0,
        days_left=0,
        trigger_code="T1",
        trigger_name_zh="新功能上线",
        trigger_name_en="New function",
    )


def test_deadlines_model_marks_overdue_in_words_and_colour(qapp: object) -> None:
    model = DeadlinesModel("en")
    model.set_items([_finding(True, 8), _finding(False, 3), _report()])
    assert model.rowCount() == 3 and model.columnCount() == DeadlinesModel.COLUMNS
    assert model.overdue_count() == 1

    def text(row: int, col: int) -> str:
        return str(model.data(model.index(row, col), DISPLAY))

    assert text(0, DeadlinesModel.DUE) == "8 Jun 2021"
    assert "⚠" in text(0, DeadlinesModel.TIMING) and "8" in text(0, DeadlinesModel.TIMING)
    assert model.data(model.index(0, DeadlinesModel.TIMING), Qt.ItemDataRole.ForegroundRole)
    assert "⚠" not in text(1, DeadlinesModel.TIMING) and "3" in text(1, DeadlinesModel.TIMING)
    assert text(0, DeadlinesModel.DETAIL) == "No. 2 · A3 Network logs"
    assert text(0, DeadlinesModel.STATUS) == "Open"
    assert text(0, DeadlinesModel.COMPANY) == "Hangzhou Test Network"
    # A report: its kind marked with a symbol, its trigger shown, due today said in words.
    assert "Report" in text(2, DeadlinesModel.KIND) and "◆" in text(2, DeadlinesModel.KIND)
    assert text(2, DeadlinesModel.DETAIL) == "T1 New function"
    assert text(2, DeadlinesModel.TIMING) == "Due today"
    assert text(2, DeadlinesModel.COMPANY) == "北京测试科技有限公司"  # no English name
    assert model.data(model.index(2, 0), DeadlinesModel.CASE_NUMBER_ROLE) == "BJ-2021-0001"
    assert "日志留存不足" in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)


def test_deadlines_model_in_chinese_uses_the_domain_labels(qapp: object) -> None:
    model = DeadlinesModel("zh")
    model.set_items([_finding(False, 3)])
    assert model.data(model.index(0, DeadlinesModel.STATUS), DISPLAY) == "待整改"
    assert model.data(model.index(0, DeadlinesModel.COMPANY), DISPLAY) == "杭州测试网络科技有限公司"
    assert "网络日志" in model.data(model.index(0, DeadlinesModel.DETAIL), DISPLAY)


def test_calendar_days_model_lists_official_and_entered_days(qapp: object) -> None:
    model = CalendarDaysModel("zh")
    model.set_days(official_calendar(2021), [CalendarEntry(date(2021, 10, 8), False, "单位调休")])
    # Source texts are compared by the row they describe: translations may be installed.
    rows = {(model.row(r).day, model.row(r).entered): r for r in range(model.rowCount())}
    make_up = rows[(date(2021, 2, 7), False)]
    assert model.row(make_up).is_working
    assert model.data(model.index(make_up, CalendarDaysModel.KIND), DISPLAY) == model.tr(
        "Make-up working day"
    )
    assert model.data(model.index(make_up, CalendarDaysModel.NAME), DISPLAY) == "春节"
    assert model.data(model.index(make_up, CalendarDaysModel.WEEKDAY), DISPLAY) in (
        "周日",
        "星期日",
    )
    national = rows[(date(2021, 10, 1), False)]
    assert model.data(model.index(national, CalendarDaysModel.NAME), DISPLAY) == "国庆节"
    assert not model.row(national).is_working
    entered = rows[(date(2021, 10, 8), True)]
    assert model.data(model.index(entered, CalendarDaysModel.NAME), DISPLAY) == "单位调休"
    assert model.data(model.index(entered, CalendarDaysModel.SOURCE), DISPLAY) == model.tr(
        "Entered"
    )
    rest, work, user = model.counts()
    assert (work, user) == (7, 1) and rest == len(official_calendar(2021)) - 7
    # Rows are in date order.
    days = [model.row(r).day for r in range(model.rowCount())]
    assert days == sorted(days)
    # and each shows its day in the language's form
    assert model.data(model.index(national, 0), DISPLAY) == "2021年10月1日"
