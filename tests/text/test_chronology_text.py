"""The chronology's catalogue: both languages, the same placeholders, every event said."""

from __future__ import annotations

import string
from datetime import date

import pytest

from app.db.engine import Database
from app.domain.catalogue import catalogue
from app.readmodel.case import ChronologyEvent
from app.services.casework import cases
from app.services.seed.demo import load_demo
from app.services.support.context import Actor
from app.text.chronology import chronology_text

TEMPLATES = {
    key: entry for key, entry in catalogue().messages.items() if key.startswith("chronology.")
}
ACTOR = Actor("demo", role="admin")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_each_template_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = TEMPLATES[key]
    assert set(entry) == {"zh", "en"}
    assert _placeholders(entry["zh"]) == _placeholders(entry["en"])


def test_every_event_of_the_demo_cases_reads_in_both_languages(db: Database) -> None:
    load_demo(db, ACTOR, today=date(2026, 12, 3))
    kinds: set[str] = set()
    for row in cases.list_cases(db, ACTOR):
        for event in cases.show_case(db, ACTOR, row.case_number).chronology:
            kinds.add(event.kind)
            zh, en = chronology_text(event, "zh"), chronology_text(event, "en")
            assert "{" not in zh + en and zh != en
            # Days inside a Chinese sentence are Chinese days; codes read as labels
            assert not any(str(v) in zh for v in event.values.values() if isinstance(v, date))
            for name in ("from_status", "to_status", "conclusion"):
                code = event.values.get(name)
                assert code is None or str(code) not in zh
    assert {"summons", "case_status", "report", "review", "finding", "verification"} <= kinds


def test_a_late_report_and_an_unknown_status_read_sensibly() -> None:
    late = ChronologyEvent(
        date(2021, 4, 22),
        "report",
        {"trigger_code": "T3", "trigger_zh": "用户规模显著增加", "report_version": 2, "late": True},
    )
    assert chronology_text(late, "zh").endswith("逾期报送")
    assert chronology_text(late, "en").endswith("filed late")
    first = ChronologyEvent(
        date(2021, 3, 18),
        "case_status",
        {"from_status": None, "to_status": "opened", "changed_by": "wang"},
    )
    assert chronology_text(first, "zh") == "案件状态：— → 已立案（wang）"
    assert chronology_text(first, "en") == "Case status: — → Opened (wang)"
