"""The inspection table models and the draft store, without any window."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.rectification.inspection_list import InspectionRow
from app.services.registry.reference import NamedRef
from app.ui.drafts import DraftStore
from app.ui.models.checklist_model import ChecklistModel
from app.ui.models.inspections_model import InspectionsModel

ITEMS = [
    NamedRef("A1", "安全管理负责人", "Security lead"),
    NamedRef("A2", "实名核验", "Real names"),
]


def test_checklist_model_shows_every_item_and_saves_only_what_matters(qapp: object) -> None:
    # Given one stored result and one item never checked
    model = ChecklistModel("zh")
    model.load(ITEMS, {"A2": ("compliant", "已核验")})
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.index(0, ChecklistModel.ITEM).data() == "A1  安全管理负责人"
    assert model.index(0, ChecklistModel.RESULT).data() == "未检查"
    assert model.index(1, ChecklistModel.RESULT).data() == "符合"
    # The untouched item is not saved; the stored one is
    assert model.results() == {"A2": ("compliant", "已核验")}
    # When a result and a remark are set
    assert model.setData(model.index(0, ChecklistModel.RESULT), "non_compliant")
    assert model.setData(model.index(0, ChecklistModel.REMARK), "夜班人员不足")
    # Then they are saved, non-compliance reads in text (not colour alone)
    assert model.results()["A1"] == ("non_compliant", "夜班人员不足")
    assert "不符合" in model.index(0, ChecklistModel.RESULT).data()
    assert model.index(0, ChecklistModel.RESULT).data().startswith("✗")
    # An unknown result is refused; the item column is not editable
    assert not model.setData(model.index(0, ChecklistModel.RESULT), "perfect")
    assert not model.flags(model.index(0, ChecklistModel.ITEM)) & Qt.ItemFlag.ItemIsEditable


def test_checklist_labels_follow_the_language(qapp: object) -> None:
    model = ChecklistModel("en")
    model.load(ITEMS, {"A1": ("not_applicable", "")})
    assert model.index(0, ChecklistModel.RESULT).data() == "Not applicable"
    assert model.index(0, ChecklistModel.ITEM).data() == "A1  Security lead"
    assert model.index(0, ChecklistModel.RESULT).data(Qt.ItemDataRole.EditRole) == "not_applicable"


def _row(n: int, upcoming: bool, status: str = "scheduled") -> InspectionRow:
    return InspectionRow(
        id=uuid.uuid4(),
        case_number=f"ZJ-2021-{n:04d}",
        province_code="330000",
        company="杭州测试网络科技有限公司",
        company_en="Hangzhou Test",
        inspected_on=date(2021, 5, n),
        address="杭州市滨江区",
        status=status,
        inspectors="王某\n李某",
        upcoming=upcoming,
    )


def test_inspections_model_columns_and_the_upcoming_mark(qapp: object) -> None:
    page = InspectionsModel("zh", InspectionsModel.PAGE_COLUMNS)
    page.set_rows([_row(20, True), _row(3, False, "done")])
    assert page.columnCount() == 5
    assert [page.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Date",
        "Case number",
        "Company",
        "Address",
        "Status",
    ]
    assert page.index(0, 0).data() == "2021年5月20日"
    # sorted by the day itself, not by the text shown
    assert page.index(0, 0).data(InspectionsModel.SORT_ROLE) > page.index(1, 0).data(
        InspectionsModel.SORT_ROLE
    )
    assert page.index(0, 1).data() == "ZJ-2021-0020"
    # Upcoming reads in the text (and in bold), not by colour
    assert page.index(0, 4).data().startswith("已安排") and page.index(0, 4).data() != "已安排"
    assert page.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert page.index(1, 4).data() == "已完成"
    assert page.index(0, 0).data(InspectionsModel.CASE_NUMBER_ROLE) == "ZJ-2021-0020"
    tab = InspectionsModel("en", InspectionsModel.CASE_COLUMNS)
    tab.set_rows([_row(3, False)])
    assert tab.index(0, tab.column_of(InspectionsModel.INSPECTORS)).data() == "王某 李某"
    assert tab.index(0, tab.column_of(InspectionsModel.STATUS)).data() == "Scheduled"
    assert tab.column_of(InspectionsModel.CASE) == -1


def test_draft_store_saves_atomically_loads_and_discards(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    assert store.load("inspection-1.notes") is None
    store.save("inspection-1.notes", "第一稿\r\n第二行")
    store.save("inspection-1.notes", "检查笔记\n第二行")
    assert store.load("inspection-1.notes") == "检查笔记\n第二行"
    assert store.saved_at("inspection-1.notes") is not None
    # Only the draft itself is left behind: no temporary files
    assert [p.name for p in (tmp_path / "drafts").iterdir()] == ["inspection-1.notes.draft"]
    # Keys with path characters stay inside the folder and distinct
    store.save("../a/b", "x")
    store.save("..?a?b", "y")
    assert store.load("../a/b") == "x" and store.load("..?a?b") == "y"
    assert all(p.parent == tmp_path / "drafts" for p in (tmp_path / "drafts").iterdir())
    store.discard("inspection-1.notes")
    store.discard("inspection-1.notes")  # discarding twice is harmless
    assert store.load("inspection-1.notes") is None


def test_draft_store_defaults_to_the_data_folder() -> None:
    from app.paths import data_dir

    assert DraftStore().root == data_dir() / "drafts"
