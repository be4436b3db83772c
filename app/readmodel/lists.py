"""The rows of the lists the services hand out: the cases list and the overdue list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple


@dataclass(frozen=True)
class CaseListRow:
    id: uuid.UUID
    case_number: str
    company: str
    company_en: str | None
    province_code: str
    status: str
    opened_on: date
    open_findings: int
    overdue_findings: int
    overdue_reports: int
    next_deadline: date | None
    last_activity: datetime


class OverdueRow(NamedTuple):
    """One overdue finding (a named tuple: as immutable as a frozen dataclass, and
    four times cheaper to build, which counts on lists of 40,000 rows)."""

    finding_id: str  # canonical text form, as in --json and exchange files
    case_number: str
    finding_number: int
    company: str
    province_code: str
    item_code: str
    severity: str
    status: str
    description: str
    current_deadline: date
    days_overdue: int
