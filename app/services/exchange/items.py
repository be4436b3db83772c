"""What an import plan holds: each incoming record's fate, and the summary an official reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.db.models import ExchangeConflict, ExchangeRecord
from app.services.exchange.package import Package
from app.services.exchange.spec import RecordSpec
from app.services.exchange.validate import Incoming

ACTIONS = ("new", "updated", "unchanged", "conflicts")


@dataclass(frozen=True)
class ImportSummary:
    """What an import does (a plan) or did: counts per record type for each fate."""

    package_id: str
    file_sha256: str
    created_at: str
    exported_by: str
    office: str | None
    scope: dict[str, str]
    new: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int]
    conflicts: dict[str, int]
    already_imported: bool = False
    matched: dict[str, int] = field(default_factory=dict)  # same record under another UUID
    unmatched_officials: tuple[str, ...] = ()

    def total(self, action: str) -> int:
        counts: dict[str, int] = getattr(self, action)
        return sum(counts.values())

    @property
    def changes_anything(self) -> bool:
        return not self.already_imported and any(
            self.total(a) for a in ("new", "updated", "conflicts")
        )


@dataclass
class Item:
    spec: RecordSpec
    rec: Incoming
    local_id: str
    fields: dict[str, Any]  # references translated to this database's ids
    local: Any = None  # the stored record, if any
    hash: str = ""
    action: str = ""
    local_fields: dict[str, Any] | None = None
    case_id: str | None = None
    known_conflict: bool = False  # an open conflict holds exactly this incoming version


@dataclass
class Plan:
    package: Package
    summary: ImportSummary
    items: dict[str, list[Item]]
    base_rows: dict[tuple[str, str], ExchangeRecord]
    open_conflicts: dict[tuple[str, str], list[ExchangeConflict]]
