"""The first main window opens on a database and lists its cases."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.services import cases, findings
from app.services.context import Actor
from app.ui.main_window import MainWindow
from app.ui.models.case_table_model import CaseTableModel
from tests.services.helpers import add_company


def test_case_model_pages_and_marks_overdue_in_text(
    qtbot: QtBot, db: Database, actor: Actor
) -> None:
    code = add_company(db, actor, 1)
    for _ in range(7):
        cases.open_case(db, actor, code, opened_on=date(2021, 3, 18))
    findings.add_finding(
        db,
        actor,
        "ZJ-2021-0002",
        findings.FindingInput(
            "A3",
            "high",
            "日志",
            date.today() - timedelta(days=40),
            deadline=date.today() - timedelta(days=3),
        ),
    )
    model = CaseTableModel(db, actor, "zh")
    model.PAGE = 3
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore(model.index(-1, -1))
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 7
    overdue = model.data(model.index(1, CaseTableModel.OVERDUE))
    assert "1" in overdue and "⚠" in overdue  # not colour alone
    assert model.data(model.index(0, CaseTableModel.OVERDUE)) == "0"
    assert model.data(model.index(0, CaseTableModel.STATUS)) == "已立案"


def test_main_window_shows_database_and_cases(qtbot: QtBot, db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    number = cases.open_case(db, actor, code, opened_on=date(2021, 3, 18))
    window = MainWindow(db, actor, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.model.data(window.model.index(0, 0)) == number
    assert str(db.file) in window.db_label.text()
