"""The plain data the province and overdue reports are built from (gathered by the services)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.text import named

if TYPE_CHECKING:
    from app.readmodel.dashboard import DeadlineRow
    from app.readmodel.lists import CaseListRow, OverdueRow


@dataclass(frozen=True)
class ProvinceReportData:
    """One province as of a day: its cases, their status counts, overdue and coming deadlines."""

    code: str
    name_zh: str
    name_en: str
    as_of: date
    status_counts: Mapping[str, int]  # case status value -> cases (every status, zeros too)
    cases: list[CaseListRow]
    overdue: list[DeadlineRow]  # most overdue first
    due_soon: list[DeadlineRow]  # deadline within the next 30 days, soonest first

    def name(self, lang: str) -> str:
        return named(self.name_zh, self.name_en, lang)


@dataclass(frozen=True)
class OverdueReportData:
    """The overdue findings of every province in scope, as :func:`app.services.casework.cases.overdue`."""

    as_of: date
    rows: list[OverdueRow]
    province_names: Mapping[str, tuple[str, str]]  # code -> (zh, en)
    company_en: Mapping[str, str | None] = field(default_factory=dict)  # case number -> name
    scope: str | None = None  # the province asked for (a code), None: every province in scope

    def province(self, code: str, lang: str) -> str:
        zh, en = self.province_names.get(code, (code, code))
        return named(zh, en, lang)
