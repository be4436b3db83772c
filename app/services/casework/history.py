"""The history of one case: its audit events as plain data, oldest first.

Only a case the actor may see is answered (otherwise "not found or not
permitted", as everywhere). Each entry says who (login and, when the user is
known, the display name), when (a UTC moment), what action on which record,
and which fields changed from what to what.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, User
from app.services.support.common import get_case
from app.services.support.context import Actor

# Bookkeeping columns that say nothing to a reader of the history.
HIDDEN_FIELDS = frozenset(
    {
        "id",
        "case_id",
        "created_at",
        "updated_at",
        "updated_by",
        "version",
        "year",
        "seq",
        "stored_path",
    }
)


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: datetime  # UTC
    actor: str  # login
    actor_name: str  # display name if the user is known, else the login
    action: str  # e.g. "case.status", "finding.add"
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str

    @property
    def created(self) -> bool:
        return self.before is None and self.after is not None

    def changes(self) -> list[FieldChange]:
        """The fields that differ between before and after (bookkeeping columns left out)."""
        before = self.before or {}
        after = self.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        return [
            FieldChange(key, before.get(key), after.get(key))
            for key in keys
            if key not in HIDDEN_FIELDS
            and not key.endswith("_id")
            and before.get(key) != after.get(key)
        ]


def case_history(db: Database, actor: Actor, case_number: str) -> list[HistoryEntry]:
    """Every audit event recorded against the case, in the order they were written."""
    with db.read() as session:
        case = get_case(session, actor, case_number)
        events = session.execute(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.seq)
        ).scalars()
        rows = list(events)
        logins = {e.actor for e in rows}
        names: dict[str, str] = {}
        if logins:
            query = select(User.login, User.display_name).where(User.login.in_(sorted(logins)))
            names = {login: name for login, name in session.execute(query)}
        return [
            HistoryEntry(
                e.seq,
                e.at,
                e.actor,
                names.get(e.actor, e.actor),
                e.action,
                e.entity_type,
                e.entity_id,
                e.before,
                e.after,
                e.hash,
            )
            for e in rows
        ]
