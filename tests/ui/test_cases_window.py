"""The case window on the demo data: tabs, a status change, its history, attachments, dossier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.casework import cases
from app.services.rectification import attachments
from app.ui.case_view import overview_tab, status_dialog, window
from app.ui.case_view.window import CaseWindow
from app.ui.context import UiContext
from app.ui.formatting import show_date
from app.ui.models.attachments_model import AttachmentsModel
from app.ui.models.history_model import HistoryModel


def _case_with(ctx: UiContext, status: str) -> str:
    return next(r.case_number for r in cases.list_cases(ctx.db, ctx.actor) if r.status == status)


@pytest.fixture
def open_window(qtbot: Any, demo_ctx: UiContext) -> Any:
    def make(number: str) -> CaseWindow:
        win = CaseWindow(demo_ctx, number)
        qtbot.addWidget(win)
        win.show()
        return win

    return make


def test_tabs_in_order(open_window: Any, demo_ctx: UiContext) -> None:
    win = open_window(_case_with(demo_ctx, "rectification"))
    assert win.tab_titles() == [
        "Overview",
        "Chronology",
        "Reports & reviews",
        "Findings",
        "Inspections",
        "Attachments",
        "History",
    ]
    assert win.chronology.model.rowCount() == len(win.detail.chronology) > 0
    model = win.chronology.model
    dates = [model.event_at(r).on for r in range(model.rowCount())]
    assert dates == sorted(dates)
    # each shown in the window's language
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == [show_date(d, demo_ctx.lang) for d in dates]


def test_status_change_through_overview_shows_in_history(
    qtbot: Any, open_window: Any, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case_with(demo_ctx, "awaiting_report")
    win = open_window(number)
    button = win.overview.status_buttons["under_review"]

    def run(dialog: status_dialog.StatusDialog) -> int:
        qtbot.keyClicks(dialog.note, "Report received by mail")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(overview_tab.StatusDialog, "exec", run)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert cases.show_case(demo_ctx.db, demo_ctx.actor, number).status == "under_review"
    assert "Under review" in win.overview.status_label.text()
    assert "Under review" in win.header.text()
    model = win.history.model
    last = model.entry(model.rowCount() - 1)
    assert last is not None and last.action == "case.status"
    changes = model.index(model.rowCount() - 1, HistoryModel.CHANGES).data()
    assert "Awaiting report → Under review" in changes
    assert model.index(model.rowCount() - 1, HistoryModel.WHO).data() in (
        "demo_supervisor",
        last.actor_name,
    )


def test_closing_with_open_findings_is_refused_and_input_kept(
    qtbot: Any, open_window: Any, demo_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = next(
        r.case_number
        for r in cases.list_cases(demo_ctx.db, demo_ctx.actor)
        if r.status == "rectification" and r.open_findings
    )
    win = open_window(number)
    shown: list[str] = []
    monkeypatch.setattr(
        status_dialog, "show_error", lambda _p, exc, lang: shown.append(exc.render(lang))
    )
    kept: list[status_dialog.StatusDialog] = []

    def run(dialog: status_dialog.StatusDialog) -> int:
        assert dialog.outcome.isVisibleTo(dialog)  # closing asks for an outcome
        dialog.outcome.setText("rectified")
        dialog.note.setPlainText("all done")
        assert not dialog.save()
        kept.append(dialog)
        return int(dialog.result())

    monkeypatch.setattr(overview_tab.StatusDialog, "exec", run)
    win.overview.status_buttons["closed"].click()
    assert shown and kept[0].outcome.text() == "rectified"
    assert cases.show_case(demo_ctx.db, demo_ctx.actor, number).status == "rectification"


def test_reopen_offered_to_supervisors_only(open_window: Any, demo_ctx: UiContext) -> None:
    from dataclasses import replace

    number = _case_with(demo_ctx, "closed")
    win = open_window(number)
    assert win.overview.status_buttons["under_review"].isEnabled()
    demo_ctx.actor = replace(demo_ctx.actor, role="inspector")
    win.reload()
    # Shown, greyed out, and saying why before the inspector tries
    button = win.overview.status_buttons["under_review"]
    assert not button.isEnabled()
    assert "(Inspector)" in button.toolTip() and "Reopen a closed case" in button.toolTip()


def test_attachments_listed_with_hashes_and_opened_after_check(
    qtbot: Any,
    open_window: Any,
    demo_ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from app.ui.case_view import attachments_tab

    number = next(
        r.case_number
        for r in cases.list_cases(demo_ctx.db, demo_ctx.actor)
        if r.status != "closed"
        and cases.show_case(demo_ctx.db, demo_ctx.actor, r.case_number).attachments
    )
    win = open_window(number)
    model = win.attachments.model
    detail = cases.show_case(demo_ctx.db, demo_ctx.actor, number)
    assert model.rowCount() == len(detail.attachments)
    sha = model.index(0, AttachmentsModel.SHA256).data(Qt.ItemDataRole.ToolTipRole)
    assert sha == detail.attachments[0].sha256
    assert model.index(0, AttachmentsModel.SHA256).data() == sha[:12] + "…"

    opened: list[str] = []
    monkeypatch.setattr(
        attachments_tab.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    target = win.attachments.open_attachment(0)
    assert target is not None and target.name == detail.attachments[0].original_name
    assert opened == [str(target)] and attachments.file_hash(target) == sha

    # A stored file changed behind our back: warned, not opened unless asked
    stored = attachments.stored_file(demo_ctx.db, attachments.relative_path(sha))
    stored.write_bytes(b"tampered")
    warnings: list[str] = []

    def warn(*args: Any) -> QMessageBox.StandardButton:
        warnings.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(attachments_tab.QMessageBox, "warning", warn)
    assert win.attachments.open_attachment(0) is None
    assert len(opened) == 1 and sha in warnings[0]

    # Adding a file lists it with its hash
    new = tmp_path / "现场照片说明.txt"
    new.write_text("照片说明", encoding="utf-8")
    before = model.rowCount()
    assert win.attachments.add_button.isEnabled()
    assert win.attachments.add_files([new]) == 1
    assert model.rowCount() == before + 1
    names = [model.index(r, AttachmentsModel.NAME).data() for r in range(model.rowCount())]
    assert new.name in names


def test_export_dossier_runs_in_the_background(
    qtbot: Any,
    open_window: Any,
    demo_ctx: UiContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "dossier"
    monkeypatch.setattr(window.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(window.QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    number = _case_with(demo_ctx, "rectification")
    win = open_window(number)
    assert win.export_action.shortcut().toString() == "Ctrl+E"
    win.export_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    from pypdf import PdfReader

    pdf = tmp_path / "dossier.pdf"  # the .pdf suffix is added
    pages = len(PdfReader(pdf).pages)
    assert pages > 3 and "dossier.pdf" in shown[0] and str(pages) in shown[0]
    assert number in PdfReader(pdf).pages[0].extract_text()
