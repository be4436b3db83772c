"""File → Export cases for exchange / Import exchange package / Exchange conflicts, as an
official uses them: the summary (or the refusal) comes before anything is written."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.services.exchange import export_package, import_package, list_conflicts
from app.services.rectification import findings
from app.ui.context import UiContext
from app.ui.dialogs.exchange_conflicts_dialog import ExchangeConflictsDialog
from app.ui.dialogs.exchange_export_dialog import ExchangeExportDialog
from app.ui.dialogs.exchange_import_dialog import ExchangeImportDialog
from app.ui.models.exchange_conflicts_model import ConflictFieldsModel
from app.ui.models.exchange_summary_model import ExchangeSummaryModel
from tests.services.exchange_helpers import state


def _cell(model: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.data(model.index(row, column), role)


def test_export_dialog_writes_the_chosen_province(
    qtbot: Any, demo_ctx: UiContext, tmp_path: Path
) -> None:
    dialog = ExchangeExportDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.export_button.isEnabled()  # no file yet
    dialog.by_province.setChecked(True)
    dialog.province.setCurrentIndex(dialog.province.findData("330000"))
    target = tmp_path / "zj.zip"
    dialog.output.setText(str(target))
    assert dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20_000)
    assert target.is_file()
    assert dialog.exported is not None and dialog.exported.counts["case"] == 2
    assert "2 case(s)" in dialog.status.text() and str(target) in dialog.status.text()


def test_export_dialog_starts_on_a_given_case(qtbot: Any, demo_ctx: UiContext) -> None:
    dialog = ExchangeExportDialog(demo_ctx, case_number="ZJ-2021-0001")
    qtbot.addWidget(dialog)
    assert dialog.by_case.isChecked() and dialog.case.currentText() == "ZJ-2021-0001"
    assert dialog.case.isEnabled() and not dialog.province.isEnabled()


def _package(demo_ctx: UiContext, tmp_path: Path) -> Path:
    return export_package(demo_ctx.db, demo_ctx.actor, tmp_path / "zj.zip", province="330000").path


def _loaded(qtbot: Any, ctx: UiContext, path: Path) -> ExchangeImportDialog:
    dialog = ExchangeImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.plan is not None or dialog.refusal is not None, timeout=20_000)
    return dialog


def test_import_dialog_shows_the_summary_before_writing_then_imports(
    qtbot: Any, demo_ctx: UiContext, ui_ctx: UiContext, tmp_path: Path
) -> None:
    package = _package(demo_ctx, tmp_path)
    before = state(ui_ctx.db)

    dialog = _loaded(qtbot, ui_ctx, package)

    # The summary: per kind of record, and the total of 56 new records; nothing written yet
    model = dialog.model
    total = model.rowCount() - 1
    assert _cell(model, total, ExchangeSummaryModel.RECORD) == "Total"
    assert _cell(model, total, ExchangeSummaryModel.NEW) == 56
    kinds = {_cell(model, r, 0): _cell(model, r, 1) for r in range(total)}
    assert kinds["Cases"] == 2 and kinds["Findings"] == 7 and kinds["Attachments"] == 2
    assert "Nothing has been written yet" in dialog.status.text()
    assert state(ui_ctx.db) == before
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20_000)
    assert "Imported: 56 new" in dialog.status.text()
    assert not dialog.conflicts_button.isVisible()
    assert state(ui_ctx.db) != before

    # Choosing the same package again: it says so and offers nothing to import
    dialog.load(package)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert "imported before" in dialog.status.text()
    assert not dialog.import_button.isEnabled()


def test_import_dialog_shows_why_a_damaged_package_is_refused(
    qtbot: Any, demo_ctx: UiContext, ui_ctx: UiContext, tmp_path: Path
) -> None:
    data = _package(demo_ctx, tmp_path).read_bytes()
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(data[: len(data) // 3])
    before = state(ui_ctx.db)

    dialog = _loaded(qtbot, ui_ctx, damaged)

    assert dialog.refusal is not None and str(damaged) in dialog.refusal
    assert dialog.status.text().startswith("✗")
    assert "nothing was written" in dialog.status.text()
    assert not dialog.import_button.isEnabled() and not dialog.table.isVisible()
    assert state(ui_ctx.db) == before


def _conflict(demo_ctx: UiContext, ui_ctx: UiContext, tmp_path: Path) -> None:
    """ZJ-2021-0001's finding #3 changed on both sides after one exchange."""
    import_package(ui_ctx.db, ui_ctx.actor, _package(demo_ctx, tmp_path))
    findings.submit_rectification(
        demo_ctx.db,
        demo_ctx.actor,
        "ZJ-2021-0001",
        3,
        evidence="对方的材料",
        submitted_on=date.today() - timedelta(days=1),
    )
    findings.submit_rectification(
        ui_ctx.db,
        ui_ctx.actor,
        "ZJ-2021-0001",
        3,
        evidence="本地的材料",
        submitted_on=date.today(),
    )
    second = export_package(demo_ctx.db, demo_ctx.actor, tmp_path / "2.zip", province="330000")
    assert import_package(ui_ctx.db, ui_ctx.actor, second.path).conflicts == {"finding": 1}


def test_conflicts_dialog_resolves_field_by_field(
    qtbot: Any, demo_ctx: UiContext, ui_ctx: UiContext, tmp_path: Path
) -> None:
    _conflict(demo_ctx, ui_ctx, tmp_path)
    dialog = ExchangeConflictsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.list_model.rowCount() == 1
    assert _cell(dialog.list_model, 0, 0) == "ZJ-2021-0001 #3"
    fields = dialog.fields_model
    # What differs comes first, with the value here ticked by default
    differing = {_cell(fields, r, 0): r for r in range(2)}
    assert set(differing) == {"Rectification evidence", "Submitted on"}
    row = differing["Rectification evidence"]
    assert _cell(fields, row, 0, Qt.ItemDataRole.ToolTipRole) == "rectification_evidence"
    assert _cell(fields, row, ConflictFieldsModel.LOCAL) == "本地的材料"
    assert _cell(fields, row, ConflictFieldsModel.INCOMING) == "对方的材料"
    checked = Qt.CheckState.Checked
    assert _cell(fields, row, ConflictFieldsModel.LOCAL, Qt.ItemDataRole.CheckStateRole) == checked
    assert (
        not fields.flags(fields.index(5, ConflictFieldsModel.LOCAL))
        & Qt.ItemFlag.ItemIsUserCheckable
    )

    # The official takes the other office's evidence and keeps the local date
    assert fields.setData(
        fields.index(row, ConflictFieldsModel.INCOMING), checked, Qt.ItemDataRole.CheckStateRole
    )
    assert _cell(fields, row, ConflictFieldsModel.LOCAL, Qt.ItemDataRole.CheckStateRole) != checked
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    assert dialog.list_model.rowCount() == 0 and dialog.empty_label.isVisible()
    assert list_conflicts(ui_ctx.db, ui_ctx.actor) == []
    finding = next(f for f in _show(ui_ctx).findings if f.number == 3)
    assert (finding.rectification_evidence, finding.submitted_on) == (
        "对方的材料",
        date.today(),
    )


def _show(ctx: UiContext) -> Any:
    from app.services.casework import cases

    return cases.show_case(ctx.db, ctx.actor, "ZJ-2021-0001")


def test_import_dialog_offers_the_conflicts_after_an_import_that_kept_some(
    qtbot: Any, demo_ctx: UiContext, ui_ctx: UiContext, tmp_path: Path
) -> None:
    import_package(ui_ctx.db, ui_ctx.actor, _package(demo_ctx, tmp_path))
    findings.submit_rectification(demo_ctx.db, demo_ctx.actor, "ZJ-2021-0001", 3, evidence="甲")
    findings.submit_rectification(ui_ctx.db, ui_ctx.actor, "ZJ-2021-0001", 3, evidence="乙")
    second = export_package(demo_ctx.db, demo_ctx.actor, tmp_path / "2.zip", province="330000")

    dialog = _loaded(qtbot, ui_ctx, second.path)
    assert "kept for review" in dialog.status.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=20_000)

    assert dialog.conflicts_button.isVisible()
    assert "1 kept for review" in dialog.status.text()


def test_the_file_menu_offers_the_exchange(qtbot: Any, ui_ctx: UiContext) -> None:
    from PySide6.QtGui import QAction

    from app.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {
        "exchange_export_action",
        "exchange_import_action",
        "exchange_conflicts_action",
    } <= names
