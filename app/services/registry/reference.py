"""Reference data for pick lists and labels: provinces, assessment items, triggers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db import queries
from app.db.engine import Database
from app.db.models import AssessmentItem, ReportTrigger
from app.text import named


@dataclass(frozen=True)
class ProvinceRef:
    code: str
    abbr: str
    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return named(self.name_zh, self.name_en, lang)


@dataclass(frozen=True)
class NamedRef:
    code: str
    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return named(self.name_zh, self.name_en, lang)


def provinces(db: Database) -> dict[str, ProvinceRef]:
    """Every province by GB/T 2260 code, in code order."""
    with db.read() as session:
        names = queries.province_names(session)
    return {code: ProvinceRef(code, *names[code]) for code in sorted(names)}


def assessment_items(db: Database) -> list[NamedRef]:
    with db.read() as session:
        rows = session.execute(select(AssessmentItem).order_by(AssessmentItem.code)).scalars()
        return [NamedRef(i.code, i.name_zh, i.name_en) for i in rows]


def report_triggers(db: Database) -> list[NamedRef]:
    with db.read() as session:
        rows = session.execute(select(ReportTrigger).order_by(ReportTrigger.code)).scalars()
        return [NamedRef(t.code, t.name_zh, t.name_en) for t in rows]
