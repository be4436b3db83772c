"""The first main window opens on a database and lists its cases."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
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


def test_main_window_in_chinese_and_back(qtbot: QtBot, db: Database, actor: Actor) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import install_translators

    app = QApplication.instance()
    assert app is not None
    try:
        assert install_translators(app, "zh")
        window = MainWindow(db, actor, "zh")
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("InspectDesk 网信")
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "案件编号"
        assert window.db_label.text().startswith("数据库：")
    finally:
        install_translators(app, "en")
    window = MainWindow(db, actor, "en")
    qtbot.addWidget(window)
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Case number"


def test_every_gui_text_is_translated() -> None:
    import xml.etree.ElementTree as ET

    from app.paths import resource_path

    for lang in ("zh_CN", "en"):
        root = ET.parse(resource_path("i18n", f"inspectdesk_{lang}.ts")).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", source
            texts = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                assert text.strip(), (lang, source)
                for marker in ("%1", "%2", "%n"):
                    assert (marker in source) == (marker in text), (lang, source, text)
