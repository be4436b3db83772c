"""The rows of the dashboard: deadlines, reports waiting, inspections coming, provinces."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DeadlineRow:
    """An unresolved finding with its deadline: overdue (days < 0) or falling due."""

    finding_id: uuid.UUID
    case_number: str
    finding_number: int
    company: str
    company_en: str | None
    province_code: str
    item_code: str
    severity: str
    status: str
    description: str
    current_deadline: date
    days_left: int  # 0 on the day, negative once overdue

    @property
    def days_overdue(self) -> int:
        return max(0, -self.days_left)


@dataclass(frozen=True)
class ReportRow:
    """A report waiting for the office: received but unreviewed, or awaited past its due date."""

    report_id: uuid.UUID
    case_number: str
    company: str
    company_en: str | None
    province_code: str
    trigger_code: str
    trigger_zh: str
    trigger_en: str
    report_version: int
    received_on: date | None  # None: still awaited
    due_date: date | None
    days: int  # days waiting for review since receipt, or days past the due date

    @property
    def awaited(self) -> bool:
        return self.received_on is None


@dataclass(frozen=True)
class InspectionRow:
    inspection_id: uuid.UUID
    case_number: str
    company: str
    company_en: str | None
    province_code: str
    inspected_on: date
    address: str
    inspectors: str
    days_until: int


@dataclass(frozen=True)
class ProvinceFigures:
    code: str
    short_zh: str
    short_en: str
    open_findings: int  # unresolved, overdue included
    overdue_findings: int

    def name(self, lang: str) -> str:
        return self.short_zh if lang == "zh" else self.short_en


@dataclass(frozen=True)
class DashboardData:
    as_of: date
    overdue: list[DeadlineRow]
    overdue_total: int  # the whole count even when ``overdue`` was limited
    due_soon: list[DeadlineRow]  # deadline within SOON_DAYS
    due_later: list[DeadlineRow]  # deadline after SOON_DAYS, within MONTH_DAYS
    due_soon_total: int  # whole counts, like overdue_total
    due_later_total: int
    awaiting_review: list[ReportRow]
    reports_overdue: list[ReportRow]
    upcoming_inspections: list[InspectionRow]
    by_province: list[ProvinceFigures] = field(default_factory=list)
