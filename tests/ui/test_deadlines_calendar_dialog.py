"""The working-day calendar viewer: official years, uncovered years, entering days."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.domain.workdays import PeriodUnit
from app.services.overview import calendar as work_calendar
from app.ui.context import UiContext
from app.ui.dialogs.calendar_days_dialog import CalendarDaysDialog


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.dialogs.calendar_days_dialog.show_error",
        lambda _parent, exc, _lang: shown.append(str(exc)),
    )
    return shown


def _days(dialog: CalendarDaysDialog) -> dict[date, bool]:
    return {
        dialog.model.row(r).day: dialog.model.row(r).is_working
        for r in range(dialog.model.rowCount())
    }


def test_2021_shows_the_official_holidays_and_make_up_days(qtbot: QtBot, ui_ctx: UiContext) -> None:
    dialog = CalendarDaysDialog(ui_ctx, 2021)
    qtbot.addWidget(dialog)
    days = _days(dialog)
    assert days[date(2021, 2, 7)] is True  # the make-up working Sunday
    assert all(days[date(2021, 10, d)] is False for d in range(1, 8))  # National Day
    assert "2021" in dialog.status.text() and "does not cover" not in dialog.status.text()


def test_2027_says_it_is_not_covered_and_takes_entered_days(
    qtbot: QtBot, ui_ctx: UiContext, errors: list[str]
) -> None:
    # Given a year the official calendar does not cover
    dialog = CalendarDaysDialog(ui_ctx, 2021)
    qtbot.addWidget(dialog)
    dialog.year.setValue(2027)
    assert dialog.model.rowCount() == 0
    assert "does not cover 2027" in dialog.status.text()
    before = work_calendar.deadline(ui_ctx.db, date(2027, 1, 4), 3, PeriodUnit.WORKING)
    assert before.due == date(2027, 1, 7) and before.provisional
    changed: list[bool] = []
    ui_ctx.bus.data_changed.connect(lambda: changed.append(True))
    # When the official enters Tuesday 2027-01-05 as a rest day
    dialog.day.setDate(QDate(2027, 1, 5))
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))
    qtbot.keyClicks(dialog.note, "test rest day")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    # Then it is listed, the other views are told, and a working-day deadline moves
    assert errors == [] and changed == [True]
    assert _days(dialog) == {date(2027, 1, 5): False}
    assert dialog.model.row(0).text == "test rest day" and dialog.model.row(0).entered
    assert dialog.note.text() == ""
    assert "does not cover 2027" in dialog.status.text()
    after = work_calendar.deadline(ui_ctx.db, date(2027, 1, 4), 3, PeriodUnit.WORKING)
    assert after.due == date(2027, 1, 8) and not after.provisional
    # And a make-up working Saturday, saved with Ctrl+S, counts as a working day.
    dialog.day.setDate(QDate(2027, 1, 9))
    dialog.kind.setCurrentIndex(dialog.kind.findData(True))
    dialog.add_day()  # what Ctrl+S triggers
    assert _days(dialog)[date(2027, 1, 9)] is True
    saturday = work_calendar.deadline(ui_ctx.db, date(2027, 1, 7), 2, PeriodUnit.WORKING)
    assert saturday.due == date(2027, 1, 9)


def test_a_refused_day_keeps_the_input(qtbot: QtBot, ui_ctx: UiContext, errors: list[str]) -> None:
    dialog = CalendarDaysDialog(ui_ctx, 2027)
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2027, 2, 11))
    too_long = "春节" * 101  # the note is limited to 200 characters
    dialog.note.setText(too_long)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    assert dialog.note.text() == too_long
    assert dialog.day.date() == QDate(2027, 2, 11)
    assert work_calendar.calendar_entries(ui_ctx.db, 2027) == []
    assert dialog.model.rowCount() == 0


def test_escape_closes_the_dialog(qtbot: QtBot, ui_ctx: UiContext) -> None:
    dialog = CalendarDaysDialog(ui_ctx, 2021)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
