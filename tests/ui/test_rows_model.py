"""The list-backed table models share one skeleton (app/ui/models/rows_model.py).

Each declares its column titles once, in ``headers()``; the counts and the horizontal
header come from RowsTableModel, so no model writes them again.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import app.ui.models
from app.domain.errors import ValidationError
from app.readmodel.case import ChronologyEvent
from app.services.overview.search import SearchHit
from app.services.registry.companies import RowProblem
from app.services.registry.reference import NamedRef
from app.ui.i18n import install_translators
from app.ui.models.checklist_model import ChecklistModel
from app.ui.models.chronology_model import ChronologyModel
from app.ui.models.import_problems_model import ImportProblemsModel
from app.ui.models.rows_model import RowsTableModel

SKELETON = ("rowCount", "columnCount", "headerData")

# The models that may define one of SKELETON again, and why; each calls super() for the rest.
ALLOWED = {
    # The vertical header names each row by its assessment item's code.
    ("ChecklistModel", "headerData"),
    # Header tooltips (the column names a file may carry) and "Row" on the vertical header.
    ("ImportRowsModel", "headerData"),
}


def _subclasses(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _models() -> list[type]:
    for module in pkgutil.iter_modules(app.ui.models.__path__, "app.ui.models."):
        importlib.import_module(module.name)
    importlib.import_module("app.ui.dialogs.search_results")
    return [c for c in _subclasses(RowsTableModel) if c.__module__.startswith("app.ui.")]


def test_no_model_writes_the_skeleton_again() -> None:
    models = _models()
    assert len(models) >= 20, [m.__name__ for m in models]
    again = [
        (m.__name__, name)
        for m in models
        for name in SKELETON
        if name in vars(m) and (m.__name__, name) not in ALLOWED
    ]
    assert again == []
    # Every model declares its titles; the base's headers() only raises.
    assert [m.__name__ for m in models if "headers" not in vars(m)] == []
    # The allowlist names nothing that is gone.
    names = {(m.__name__, n) for m in models for n in SKELETON if n in vars(m)}
    assert names >= ALLOWED


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[QApplication]:
    try:
        yield qapp
    finally:
        install_translators(qapp, "en")


def _titles(model: RowsTableModel[Any]) -> list[object]:
    horizontal = Qt.Orientation.Horizontal
    return [model.headerData(c, horizontal) for c in range(model.columnCount())]


def _filled_models() -> list[tuple[RowsTableModel[Any], int]]:
    chronology = ChronologyModel("zh")
    chronology.set_events(
        [
            ChronologyEvent(date(2021, 5, 1), "finding", {"number": 1, "item_code": "A3"}),
            ChronologyEvent(date(2021, 3, 18), "summons", {"topic": "语音社交"}),
        ]
    )
    checklist = ChecklistModel("zh")
    checklist.load([NamedRef("A1", "账号管理", "Accounts"), NamedRef("A2", "日志", "Logs")])
    problems = ImportProblemsModel("zh")
    error = ValidationError("credit_code.check", found="E", expected="7")
    problems.set_problems([RowProblem(3, "credit_code", error), RowProblem(4, "name_zh", error)])
    problems.set_problems([RowProblem(5, "credit_code", error)])  # replaces, not adds
    return [(chronology, 2), (checklist, 2), (problems, 1)]


def test_real_models_show_their_headers_in_both_languages(translated: QApplication) -> None:
    assert install_translators(translated, "en")
    english = [(_titles(m), m.headers(), m, rows) for m, rows in _filled_models()]
    assert install_translators(translated, "zh")
    for titles_en, headers_en, model, rows in english:
        titles_zh = _titles(model)
        assert titles_en == headers_en and titles_zh == model.headers()
        assert all(en != zh for en, zh in zip(titles_en, titles_zh, strict=True)), titles_zh
        assert model.rowCount() == rows == len(model.rows())
        assert model.columnCount() == len(model.headers())
        assert model.headerData(model.columnCount(), Qt.Orientation.Horizontal) is None
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_checklist_keeps_its_vertical_header(qapp: object) -> None:
    model = ChecklistModel("en")
    model.load([NamedRef("A1", "账号管理", "Accounts"), NamedRef("A2", "日志", "Logs")])
    vertical = Qt.Orientation.Vertical
    assert [model.headerData(r, vertical) for r in range(model.rowCount())] == ["A1", "A2"]
    assert model.row(1).code == "A2"


def test_search_results_model_on_the_base(qapp: object) -> None:
    hit = SearchHit("case", "id", "ZJ-2021-0001", "330000", "某公司", "……", 0.5)
    from app.ui.dialogs.search_results import SearchResultsModel

    model = SearchResultsModel([hit, hit], "en")
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert _titles(model) == ["Kind", "Case", "Title", "Text"]
    assert model.data(model.index(0, SearchResultsModel.KIND)) == "Case"
    assert model.row(1) is hit
