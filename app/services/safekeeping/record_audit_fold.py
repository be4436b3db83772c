"""The pass over the audit events: the state each record should have, kept compactly.

Part of :mod:`app.services.safekeeping.record_audit`.  The state of a record is the fold of
its events' ``after`` values in ``seq`` order; it is kept as a 64-bit hash per
field (:class:`Folds`), not the values, so that a database of a million records
takes a few hundred megabytes.  Values are normalised before they are hashed, so
that what an event holds (JSON) and what a table holds (SQLite text, PostgreSQL
types) compare equal when they are the same value.
"""

from __future__ import annotations

import json
import uuid
from array import array
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Text,
    Uuid,
    and_,
    cast,
    inspect,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.db.models import AuditEvent
from app.services.safekeeping.record_audit_types import BY_EVENT_TYPE, RECORD_TYPES, RecordType
from app.services.support.audit import record_columns

# --- values as compared ----------------------------------------------------------------------


def _raw(column: Any) -> Any:
    """``column`` as the driver hands it (no conversion a bad stored value would break)."""
    return type_coerce(column, NullType())


def _uuid(value: Any) -> Any:
    """A UUID as text with hyphens, lower case (SQLite keeps 32 hex digits)."""
    if type(value) is str:
        if len(value) == 36 and value.islower():
            return value
        if len(value) == 32:
            v = value.lower()
            return f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    if value is None:
        return None
    try:
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    except ValueError:
        return value


def _date(value: Any) -> Any:
    """A calendar date as ``YYYY-MM-DD`` (as events and SQLite hold it)."""
    if type(value) is str and len(value) == 10:
        return value
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else value
    except ValueError:
        return value


def _moment(value: Any) -> Any:
    """A moment as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff`` (as SQLite holds it)."""
    if type(value) is str:
        if len(value) == 26 and value[10] == " ":
            return value
        if len(value) == 32 and value.endswith("+00:00"):  # an event's isoformat()
            return f"{value[:10]} {value[11:26]}"
        if len(value) == 25 and value.endswith("+00:00"):  # the same, on a whole second
            return f"{value[:10]} {value[11:19]}.000000"
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _bool(value: Any) -> Any:
    return bool(value) if type(value) is int and value in (0, 1) else value


def _link(value: Any) -> Any:
    return tuple(sorted(str(v) for v in value)) if isinstance(value, list | tuple) else value


Normalizer = Callable[[Any], Any] | None
_ABSENT = object()


def _normalizer(column: Any) -> Normalizer:
    kind = getattr(column.type, "impl", column.type)
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, DateTime):
        return _moment
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Boolean):
        return _bool
    return None


def _digest(index: int, value: Any) -> int:
    """A field's value as 64 bits (never 0, which marks a field no event recorded).

    Python's hash is keyed per process for text, so no stored text can be made to
    collide with another; the values are normalised first, so 1 and True do not meet.
    """
    return hash((index, value)) or 1


class Folds:
    """The recorded state of every record of one type: a 64-bit hash per field.

    After the hashes, 1 if the record's first event created it (held no ``before``).
    """

    def __init__(self, rtype: RecordType) -> None:
        self.rtype = rtype
        mapper = inspect(rtype.model)
        self.columns = tuple(k for k in record_columns(rtype.model) if k != rtype.key)
        self.fields = self.columns + tuple(link.field for link in rtype.links)
        self.norms: tuple[Normalizer, ...] = tuple(
            _normalizer(mapper.columns[k]) for k in self.columns
        ) + tuple(_link for _ in rtype.links)
        self.key_norm = _normalizer(mapper.columns[rtype.key])
        self.index = {name: i for i, name in enumerate(self.fields)}
        self.size = len(self.fields)
        self.plan = tuple(zip(range(self.size), self.fields, self.norms, strict=True))
        self.by_id: dict[str, array[int]] = {}
        self.last_seq: dict[str, int] = {}

    def key(self, value: Any) -> str:
        return str(self.key_norm(value) if self.key_norm else value)

    def apply(self, key: str, seq: int, created: bool, after: Any) -> None:
        if self.rtype.mode == "embedded":
            self.last_seq[key] = seq
        state = self.by_id.get(key)
        if not isinstance(after, dict):
            after = {}
        if state is None:  # usually a creation, holding every field: all at once
            get = after.get
            state = self.by_id[key] = array(
                "q",
                [
                    0
                    if (v := get(name, _ABSENT)) is _ABSENT
                    else hash((i, norm(v) if norm else v)) or 1
                    for i, name, norm in self.plan
                ],
            )
            state.append(created)
            return
        index, norms = self.index, self.norms
        for name, value in after.items():
            i = index.get(name)
            if i is not None:
                norm = norms[i]
                state[i] = hash((i, norm(value) if norm else value)) or 1

    def forget(self, key: str, names: Sequence[str]) -> None:
        """Fields of record ``key`` that its events cannot tell: not compared (see UNKNOWN)."""
        state = self.by_id.get(key)
        for name in names:
            i = self.index.get(name)
            if state is not None and i is not None:
                state[i] = UNKNOWN

    def normalized(self, raw: Sequence[Any], links: Sequence[Any]) -> tuple[Any, ...]:
        columns = self.norms[: len(self.columns)]
        values = [norm(v) if norm else v for norm, v in zip(columns, raw, strict=True)]
        return (*values, *links)

    def slot(self, state: array[int], i: int) -> int | None:
        """The recorded hash of field ``i``; None if no event recorded it."""
        return state[i] or None

    def differing(self, state: array[int], values: Sequence[Any]) -> list[str]:
        """The fields whose recorded hash is not that of ``values``; a field no event
        recorded counts as differing, except a link or in a ``partial`` type."""
        now = array("q", [hash((i, v)) or 1 for i, v in enumerate(values)])
        now.append(1)
        if now == state:
            return []
        strict = self.rtype.mode != "partial"
        out = []
        for i, name in enumerate(self.fields):
            if state[i] == UNKNOWN or (not state[i] and (not strict or i >= len(self.columns))):
                continue
            if state[i] != now[i]:
                out.append(name)
        return out


@dataclass
class Recorded:
    """What the events say, after the pass over them."""

    folds: dict[str, Folds]
    # case id -> [(seq, from, to, actor)] of its case.open / case.status events
    status: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    # finding id -> [(seq, old deadline, new deadline)] of its finding.extend events
    extension: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    # inspection id -> (seq, {item: (result, remark)}) of its newest event holding the checklist
    checklist: dict[str, tuple[int, dict[str, Any]]] = field(default_factory=dict)


def _events_query(case_id: uuid.UUID | None, company_id: Any) -> Any:
    columns = (
        AuditEvent.seq,
        AuditEvent.action,
        AuditEvent.actor,
        AuditEvent.entity_type,
        AuditEvent.entity_id,
        cast(AuditEvent.before, Text),  # decoded only where it is needed
        _raw(AuditEvent.after),  # decoded here: SQLite hands text, the PostgreSQL driver a dict
    )
    query = select(*columns).where(AuditEvent.entity_type.in_(list(BY_EVENT_TYPE)))
    if case_id is not None:
        company = and_(AuditEvent.entity_type == "company", AuditEvent.entity_id == str(company_id))
        query = query.where(or_(AuditEvent.case_id == case_id, company))
    return query.order_by(AuditEvent.seq).execution_options(yield_per=2000)


def read_events(session: Session, case_id: uuid.UUID | None, company_id: Any) -> Recorded:
    recorded = Recorded({t.name: Folds(t) for t in RECORD_TYPES})
    folds = {event_type: recorded.folds[t.name] for event_type, t in BY_EVENT_TYPE.items()}
    loads = json.loads
    for seq, action, actor, entity_type, entity_id, before, stored in session.connection().execute(
        _events_query(case_id, company_id)
    ):
        after = loads(stored) if isinstance(stored, str | bytes) else stored
        target = folds[entity_type]
        key = target.key(entity_id)
        target.apply(key, seq, before in (None, "null", "{}"), after)
        if action in _PARENT_ACTIONS:
            _parent(recorded, action, key, seq, actor, before, after)
            if _closed_before_outcome_was_audited(action, after):
                target.forget(key, ("outcome", "closing_note"))
        if entity_type == "inspection" and isinstance(after, dict):
            checklist = after.get("checklist")
            if isinstance(checklist, dict):
                recorded.checklist[key] = (seq, dict(checklist))
    return recorded


_PARENT_ACTIONS = frozenset({"case.open", "case.status", "finding.extend"})
# A field state no value hashes to (CPython's hash() never returns -1): "not known".
UNKNOWN = -1


def _closed_before_outcome_was_audited(action: str, after: Any) -> bool:
    """A closing whose event does not hold the outcome: written by an earlier version, which
    set the outcome and closing note outside the event (or a closing that left both as they
    were). Those two fields of that case cannot be checked against its events."""
    return (
        action == "case.status"
        and isinstance(after, dict)
        and after.get("status") == "closed"
        and "outcome" not in after
    )


def _parent(
    recorded: Recorded, action: str, key: str, seq: int, actor: str, before: Any, after: Any
) -> None:
    """Note what an event says of the record written beside it without an event of its own."""
    try:
        old = json.loads(before) if isinstance(before, str) else None
    except ValueError:
        old = None
    old = old if isinstance(old, dict) else {}
    new = after if isinstance(after, dict) else {}
    if action == "case.open":
        recorded.status[key].append((seq, None, new.get("status"), actor))
    elif action == "case.status":
        recorded.status[key].append((seq, old.get("status"), new.get("status"), actor))
    else:
        old_day, new_day = old.get("current_deadline"), new.get("current_deadline")
        recorded.extension[key].append((seq, _date(old_day), _date(new_day)))
