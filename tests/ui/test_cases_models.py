"""The case-view and cases-list table models, without a window."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, Qt

from app.db.engine import Database
from app.readmodel.case import AttachmentView, ChronologyEvent
from app.services.casework import cases
from app.services.casework.history import HistoryEntry
from app.services.support.context import Actor
from app.ui.formatting import show_datetime
from app.ui.models.attachments_model import AttachmentsModel, human_size
from app.ui.models.case_table_model import OVERDUE_COLOUR, CaseTableModel
from app.ui.models.chronology_model import ChronologyModel
from app.ui.models.history_model import HistoryModel
from tests.services.helpers import add_company

DISPLAY = Qt.ItemDataRole.DisplayRole


def _open_cases(db: Database, actor: Actor, count: int) -> list[str]:
    code = add_company(db, actor, 1)
    return [cases.open_case(db, actor, code) for _ in range(count)]


def test_case_model_fetches_pages_of_500(qapp: object, db: Database, actor: Actor) -> None:
    # Given 1,203 cases
    numbers = _open_cases(db, actor, 1203)
    model = CaseTableModel(db, actor, "en")
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())

    # When the model loads, one page comes; more on request until none is left
    model.reload()
    assert model.rowCount() == 500 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1203 and not model.canFetchMore(QModelIndex())
    assert [model.case_number(r) for r in range(model.rowCount())] == sorted(numbers)


def test_case_model_sorts_in_sql(qapp: object, db: Database, actor: Actor) -> None:
    numbers = _open_cases(db, actor, 3)
    cases.change_status(db, actor, numbers[0], "awaiting_report")
    model = CaseTableModel(db, actor, "en")
    model.reload()

    model.sort(CaseTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
    assert [model.case_number(r) for r in range(3)] == sorted(numbers, reverse=True)
    model.sort(CaseTableModel.STATUS, Qt.SortOrder.DescendingOrder)
    # lifecycle order: awaiting_report comes after opened
    assert model.case_number(0) == numbers[0]
    assert model.data(model.index(0, CaseTableModel.STATUS), DISPLAY) == "Awaiting report"
    model.sort(CaseTableModel.STATUS, Qt.SortOrder.AscendingOrder)
    assert model.case_number(2) == numbers[0]


def test_case_model_marks_overdue_by_text_and_colour(
    qapp: object, db: Database, actor: Actor
) -> None:
    from app.services.rectification import findings

    # Given a case with a finding whose deadline passed
    (number,) = _open_cases(db, actor, 1)
    findings.add_finding(
        db,
        actor,
        number,
        findings.FindingInput(
            "A1", "high", "日志留存不足", date(2024, 1, 2), deadline=date(2024, 2, 1)
        ),
    )
    model = CaseTableModel(db, actor, "en", as_of=date(2024, 3, 1))
    model.reload()
    overdue = model.index(0, CaseTableModel.OVERDUE)
    deadline = model.index(0, CaseTableModel.NEXT_DEADLINE)

    # Then the overdue count and the passed deadline carry a ⚠ and the overdue colour
    assert model.data(overdue, DISPLAY) == "⚠ 1"
    assert model.data(overdue, Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert model.data(deadline, DISPLAY) == "⚠ 1 Feb 2024"
    assert model.data(model.index(0, CaseTableModel.OPEN), DISPLAY) == "1"
    assert model.data(model.index(0, CaseTableModel.PROVINCE), DISPLAY) == "Zhejiang Province"

    # And before the deadline nothing is marked
    early = CaseTableModel(db, actor, "en", as_of=date(2024, 1, 15))
    early.reload()
    assert early.data(early.index(0, CaseTableModel.OVERDUE), DISPLAY) == "0"
    assert early.data(early.index(0, CaseTableModel.NEXT_DEADLINE), DISPLAY) == "1 Feb 2024"
    assert (
        early.data(early.index(0, CaseTableModel.OVERDUE), Qt.ItemDataRole.ForegroundRole) is None
    )


def test_case_model_filters(qapp: object, db: Database, actor: Actor) -> None:
    numbers = _open_cases(db, actor, 2)
    other = cases.open_case(db, actor, add_company(db, actor, 2, "110000", name="北京样例公司"))
    model = CaseTableModel(db, actor, "zh")
    model.reload()
    assert model.rowCount() == 3
    model.set_filters(provinces=None, status=None, text="样例", overdue_only=False)
    assert [model.case_number(r) for r in range(model.rowCount())] == [other]
    model.set_filters(provinces=frozenset({"330000"}), status=None, text=None, overdue_only=False)
    assert sorted(model.case_number(r) or "" for r in range(model.rowCount())) == numbers
    model.set_filters(provinces=None, status=None, text=None, overdue_only=True)
    assert model.rowCount() == 0


def test_chronology_model_in_date_order_and_language(qapp: object) -> None:
    model = ChronologyModel("zh")
    model.set_events(
        [
            ChronologyEvent(
                date(2021, 5, 1),
                "finding",
                {"number": 1, "item_code": "A3", "deadline": date(2021, 6, 8)},
            ),
            ChronologyEvent(date(2021, 3, 18), "summons", {"topic": "语音社交"}),
        ]
    )
    assert model.data(model.index(0, ChronologyModel.DATE), DISPLAY) == "2021年3月18日"
    assert model.data(model.index(0, ChronologyModel.EVENT), DISPLAY) == "约谈：语音社交"
    # A day inside the Chinese sentence is written the Chinese way too
    finding = model.data(model.index(1, ChronologyModel.EVENT), DISPLAY)
    assert finding == "发现问题 #1（A3，整改期限 2021年6月8日）"
    assert model.data(model.index(1, ChronologyModel.KIND), DISPLAY) == "Finding"


def test_attachments_model_sizes_and_hashes(qapp: object) -> None:
    sha = "ab" * 32
    att = AttachmentView(
        uuid.uuid4(),
        "case",
        uuid.uuid4(),
        "整改报告.pdf",
        "application/pdf",
        1536,
        sha,
        "inspector",
        "2024-01-02T03:04:05+00:00",
    )
    model = AttachmentsModel()
    model.set_attachments([att])
    assert human_size(512) == "512 B" and human_size(1536) == "1.5 KB"
    assert human_size(5 * 1024 * 1024) == "5.0 MB"
    assert model.data(model.index(0, AttachmentsModel.SIZE), DISPLAY) == "1.5 KB"
    shown = model.data(model.index(0, AttachmentsModel.SHA256), DISPLAY)
    assert shown == sha[:12] + "…"
    assert model.data(model.index(0, AttachmentsModel.SHA256), Qt.ItemDataRole.ToolTipRole) == sha
    local = show_datetime(datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), "zh")
    assert model.data(model.index(0, AttachmentsModel.ADDED_AT), DISPLAY) == local
    assert local.startswith("2024年1月2日 ")
    english = AttachmentsModel("en")
    english.set_attachments([att])
    assert english.data(english.index(0, AttachmentsModel.ADDED_AT), DISPLAY) == show_datetime(
        datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), "en"
    )


def test_history_model_reads_changes(qapp: object) -> None:
    at = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    entry = HistoryEntry(
        7,
        at,
        "wang",
        "王某",
        "case.status",
        "case",
        "x",
        {"status": "opened", "version": 1},
        {"status": "awaiting_report", "version": 2},
        "f" * 64,
    )
    model = HistoryModel("zh")
    model.set_entries([entry])
    assert model.data(model.index(0, HistoryModel.WHO), DISPLAY) == "王某"
    assert model.data(model.index(0, HistoryModel.ACTION), DISPLAY) == "Status changed"
    assert (
        model.data(model.index(0, HistoryModel.CHANGES), DISPLAY) == "Status: 已立案 → 待报送报告"
    )
    local = show_datetime(at, "zh", seconds=True)
    assert model.data(model.index(0, HistoryModel.TIME), DISPLAY) == local


def test_history_model_shows_dates_in_the_language(qapp: object) -> None:
    at = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    entry = HistoryEntry(
        8,
        at,
        "wang",
        "王某",
        "finding.extend",
        "finding",
        "x",
        {"current_deadline": "2021-06-08", "version": 1},
        {"current_deadline": "2021-07-15", "version": 2},
        "f" * 64,
    )
    model = HistoryModel("en")
    model.set_entries([entry])
    changes = model.data(model.index(0, HistoryModel.CHANGES), DISPLAY)
    assert "8 Jun 2021 → 15 Jul 2021" in changes
    assert model.data(model.index(0, HistoryModel.TIME), DISPLAY) == show_datetime(
        at, "en", seconds=True
    )


def test_history_model_shows_an_attachments_size_with_its_unit(qapp: object) -> None:
    entry = HistoryEntry(
        9,
        datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        "wang",
        "王某",
        "attachment.add",
        "attachment",
        "x",
        None,
        {"file_name": "证据.png", "size": 1536, "version": 1},
        "f" * 64,
    )
    model = HistoryModel("en")
    model.set_entries([entry])
    changes = model.data(model.index(0, HistoryModel.CHANGES), DISPLAY)
    assert "1.5 KB" in changes and "1536" not in changes, changes
