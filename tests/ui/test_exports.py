"""File → Export: the reports run in the background with the filters the official applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from app.services.casework import cases
from app.ui import exports
from app.ui.context import UiContext
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> Any:
    win = MainWindow(demo_ctx)
    qtbot.addWidget(win)
    win.shown_messages = []
    monkeypatch.setattr(
        exports.QMessageBox, "information", lambda _p, _t, text: win.shown_messages.append(text)
    )
    return win


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(exports.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))


def test_cases_workbook_uses_the_filters_of_the_cases_page(
    qtbot: QtBot, window: Any, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = window.show_page("cases")
    page.overdue_only.setChecked(True)
    _save_as(monkeypatch, tmp_path / "cases.xlsx")
    window.exporter.cases_to_excel()
    qtbot.waitUntil(lambda: bool(window.shown_messages), timeout=30000)
    sheet = load_workbook(tmp_path / "cases.xlsx").worksheets[0]
    numbers = sorted(row[0].value for row in sheet.iter_rows(min_row=2) if row[0].value)
    expected = sorted(
        r.case_number for r in cases.list_cases(demo_ctx.db, demo_ctx.actor, overdue_only=True)
    )
    assert numbers == expected and 0 < len(expected) < 11


def test_overdue_list_as_pdf_and_province_report_for_the_filtered_province(
    qtbot: QtBot, window: Any, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _save_as(monkeypatch, tmp_path / "overdue", "PDF documents (*.pdf)")
    window.exporter.overdue()
    qtbot.waitUntil(lambda: len(window.shown_messages) == 1, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "overdue.pdf").pages)
    for row in cases.overdue(demo_ctx.db, demo_ctx.actor):
        assert row.case_number in text

    window.province.setCurrentIndex(window.province.findData("330000"))
    _save_as(monkeypatch, tmp_path / "zj.pdf")
    window.exporter.province_report()
    qtbot.waitUntil(lambda: len(window.shown_messages) == 2, timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "zj.pdf").pages)
    assert "ZJ-2021-0001" in text and "BJ-2021-0001" not in text
