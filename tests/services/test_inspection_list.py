"""The reads behind the inspection views: the list, the files of an inspection, when it was saved."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.domain.errors import NotFoundError
from app.services.casework import cases
from app.services.rectification import attachments, inspections
from app.services.rectification.inspection_list import (
    inspection_files,
    inspection_saved_at,
    list_inspections,
)
from app.services.support.context import Actor
from tests.services.helpers import add_company

TODAY = date(2024, 6, 10)


def _schedule(db: Database, actor: Actor, case: str, on: date, address: str) -> uuid.UUID:
    return inspections.schedule_inspection(
        db, actor, case, inspections.InspectionInput(inspected_on=on, address=address)
    )


@pytest.fixture
def three(db: Database, actor: Actor) -> dict[str, Any]:
    zj = cases.open_case(db, actor, add_company(db, actor, 1), opened_on=date(2024, 1, 5))
    bj = cases.open_case(
        db,
        actor,
        add_company(db, actor, 2, province="110000", name="北京测试科技有限公司"),
        opened_on=date(2024, 1, 5),
    )
    return {
        "zj": zj,
        "bj": bj,
        "past": _schedule(db, actor, zj, TODAY - timedelta(days=30), "杭州市西湖区"),
        "recent": _schedule(db, actor, zj, TODAY - timedelta(days=2), "杭州市滨江区"),
        "soon": _schedule(db, actor, bj, TODAY + timedelta(days=3), "北京市海淀区"),
        "later": _schedule(db, actor, zj, TODAY + timedelta(days=20), "杭州市余杭区"),
        "today": _schedule(db, actor, bj, TODAY, "北京市朝阳区"),
    }


def test_upcoming_first_nearest_first_then_past_most_recent_first(
    db: Database, actor: Actor, three: dict[str, Any]
) -> None:
    # When the list is made for TODAY
    rows = list_inspections(db, actor, as_of=TODAY)
    # Then upcoming ones (today included) come first, nearest first, then the past, newest first
    assert [r.id for r in rows] == [
        three["today"],
        three["soon"],
        three["later"],
        three["recent"],
        three["past"],
    ]
    assert [r.upcoming for r in rows] == [True, True, True, False, False]
    first = rows[0]
    assert first.case_number == three["bj"]
    assert first.company == "北京测试科技有限公司"
    assert first.address == "北京市朝阳区"
    assert first.status == "scheduled"
    assert first.province_code == "110000"


def test_province_filter_and_the_actor_scope(
    db: Database, actor: Actor, three: dict[str, Any]
) -> None:
    # A province filter narrows the list
    only_zj = list_inspections(db, actor, provinces=frozenset({"330000"}), as_of=TODAY)
    assert {r.case_number for r in only_zj} == {three["zj"]}
    assert len(only_zj) == 3
    # An official of Zhejiang never sees Beijing, even when asking for it
    zhejiang = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))
    assert len(list_inspections(db, zhejiang, as_of=TODAY)) == 3
    assert list_inspections(db, zhejiang, provinces=frozenset({"110000"}), as_of=TODAY) == []


def test_files_of_an_inspection_with_their_stored_paths(
    db: Database, actor: Actor, three: dict[str, Any], tmp_path: Path
) -> None:
    from tests.services.images import tiny_png

    photo = tmp_path / "现场照片.png"
    photo.write_bytes(tiny_png())
    note = tmp_path / "说明.txt"
    note.write_text("现场说明", encoding="utf-8")
    inspection = three["recent"]
    case = str(three["zj"])
    # Given a photo and a document of the inspection, and a file of the case itself
    attachments.add_attachment(db, actor, case, photo, owner_type="inspection", owner_id=inspection)
    attachments.add_attachment(db, actor, case, note, owner_type="inspection", owner_id=inspection)
    attachments.add_attachment(db, actor, case, note, name="案件材料.txt")
    # Then the inspection's files are its two, with the bytes where the path says
    files = inspection_files(db, actor, inspection)
    assert [(f.name, f.media_type, f.is_image) for f in files] == [
        ("现场照片.png", "image/png", True),
        ("说明.txt", "text/plain", False),
    ]
    assert files[0].path.read_bytes() == tiny_png()
    assert files[1].path.read_text(encoding="utf-8") == "现场说明"
    # And an official of another province cannot list them
    beijing = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    with pytest.raises(NotFoundError):
        inspection_files(db, beijing, inspection)


def test_saved_at_follows_every_write(db: Database, actor: Actor, three: dict[str, Any]) -> None:
    inspection = three["recent"]
    scheduled = inspection_saved_at(db, actor, inspection)
    assert scheduled is not None and scheduled.tzinfo is not None
    inspections.record_inspection(
        db,
        actor,
        inspection,
        inspections.InspectionRecord(notes="检查记录"),
    )
    recorded = inspection_saved_at(db, actor, inspection)
    assert recorded is not None and recorded >= scheduled
