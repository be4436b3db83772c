"""The audit trail: every change as an event chained to the previous one by SHA-256.

An event's hash covers its number, time, actor, record and before/after values
and the previous event's hash, so changing, reordering or deleting any past
event breaks the chain at that point; :class:`AuditHead` keeps the newest
event's hash so that removing events from the end is noticed as well.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, inspect, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import AuditEvent, AuditHead
from app.db.types import utcnow
from app.services.support.context import Actor

GENESIS = "0" * 64
# Never written into an event's values, whatever record they come from.
SECRET_COLUMNS = frozenset({"password_hash"})
# Columns that change when a record is saved, whatever its content (the case's are
# moved by every change inside the case, see cases.touch, without an event of their own).
BOOKKEEPING = frozenset({"version", "updated_at", "updated_by"})
# Columns of a record that legitimately change without an audit event, per table:
# the login-attempt state of an account (a wrong password counts, a lockout ends).
STATE_COLUMNS: dict[str, frozenset[str]] = {"users": frozenset({"failed_count", "locked_until"})}


_PLAIN = (str, int, bool, type(None))  # stored in JSON as they are


def to_json_value(value: Any) -> Any:
    if type(value) in _PLAIN:  # most values: no isinstance checks (bulk imports)
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def snapshot(obj: object) -> dict[str, Any]:
    """The column values of a mapped object as JSON-ready values (secrets left out)."""
    mapper = inspect(type(obj))
    return {
        attr.key: to_json_value(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in SECRET_COLUMNS
    }


def record_columns(model: type[Any]) -> tuple[str, ...]:
    """The columns that make up a record's content, in mapping order.

    Every column less bookkeeping (:data:`BOOKKEEPING`), secrets and the state of
    :data:`STATE_COLUMNS`: what a dossier's record digest hashes and what the
    check compares with the record's audit events (:mod:`app.services.safekeeping.record_audit`).
    """
    mapper = inspect(model)
    skipped = BOOKKEEPING | SECRET_COLUMNS | STATE_COLUMNS.get(mapper.local_table.name, frozenset())
    return tuple(attr.key for attr in mapper.column_attrs if attr.key not in skipped)


def record_fields(obj: object) -> dict[str, Any]:
    """The content columns of a mapped object (:func:`record_columns`) as JSON-ready values."""
    return {key: to_json_value(getattr(obj, key)) for key in record_columns(type(obj))}


def event_hash(
    *,
    seq: int,
    event_id: str,
    at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    case_id: str | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "id": event_id,
        "at": at.isoformat(),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "case_id": case_id,
        "before": before,
        "after": after,
        "prev": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_HASHED = (
    "seq", "id", "at", "actor", "action", "entity_type", "entity_id", "case_id", "before", "after",
    "prev_hash",
)  # fmt: skip


def _hash_fields(f: Mapping[str, Any]) -> str:
    """:func:`event_hash` over an event's fields, given by name (``_HASHED``)."""
    return event_hash(
        seq=f["seq"],
        event_id=str(f["id"]),
        at=f["at"],
        actor=f["actor"],
        action=f["action"],
        entity_type=f["entity_type"],
        entity_id=f["entity_id"],
        case_id=str(f["case_id"]) if f["case_id"] else None,
        before=f["before"],
        after=f["after"],
        prev_hash=f["prev_hash"],
    )


def hash_of(event: AuditEvent) -> str:
    """The hash ``event`` must carry: :func:`event_hash` over its stored fields."""
    return _hash_fields({name: getattr(event, name) for name in _HASHED})


def _as_stored(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """``values`` as the JSON column gives them back, so the hash covers what is stored."""
    if not values:
        return None
    shown: dict[str, Any] = {}
    flat = True
    for key, value in values.items():
        value = shown[key] = to_json_value(value)
        if flat and not (
            isinstance(key, str) and (type(value) in _PLAIN or isinstance(value, str | int | bool))
        ):
            flat = False
    return shown if flat else json.loads(json.dumps(shown, default=to_json_value))


def _event_fields(
    seq: int,
    prev_hash: str,
    at: datetime,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | str,
    case_id: uuid.UUID | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Every field of the event that follows ``prev_hash`` as number ``seq``, hash included."""
    fields: dict[str, Any] = {
        "seq": seq,
        "id": uuid.uuid4(),
        "at": at,
        "actor": actor.login,
        "action": action,
        "entity_type": entity_type,
        "entity_id": str(entity_id),
        "case_id": case_id,
        "before": _as_stored(before),
        "after": _as_stored(after),
        "prev_hash": prev_hash,
    }
    fields["hash"] = _hash_fields(fields)
    return fields


def _locked_head(session: Session) -> AuditHead:
    """The chain's head, locked for this transaction (made at the genesis if missing)."""
    session.flush()
    head = session.execute(
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=1, seq=0, hash=GENESIS)
        session.add(head)
        session.flush()
    return head


def _move_head(session: Session, head: AuditHead, seq: int, digest: str) -> None:
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(seq=seq, hash=digest))
    session.expire(head)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | str,
    *,
    case_id: uuid.UUID | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction (so it commits or rolls back with the change)."""
    head = _locked_head(session)
    event = AuditEvent(
        **_event_fields(
            head.seq + 1,
            head.hash,
            utcnow(),
            actor,
            action,
            entity_type,
            entity_id,
            case_id,
            before,
            after,
        )
    )
    session.add(event)
    session.flush()
    _move_head(session, head, event.seq, event.hash)
    return event


def record_many(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str,
    records: Sequence[tuple[uuid.UUID, Mapping[str, Any]]],
    *,
    batch: int = 5_000,
) -> None:
    """Append one event per record of ``records`` ((id, values after) pairs), chained in
    order, in the caller's transaction: the events :func:`record` would write one by
    one, written in batches (a bulk import of thousands of companies)."""
    if not records:
        return
    head = _locked_head(session)
    seq, prev, at = head.seq, head.hash, utcnow()
    table = AuditEvent.metadata.tables[AuditEvent.__tablename__]
    rows: list[dict[str, Any]] = []
    for entity_id, values in records:
        seq += 1
        rows.append(
            _event_fields(seq, prev, at, actor, action, entity_type, entity_id, None, None, values)
        )
        prev = rows[-1]["hash"]
        if len(rows) == batch:
            session.execute(insert(table), rows)
            rows = []
    if rows:
        session.execute(insert(table), rows)
    _move_head(session, head, seq, prev)


def diff(
    before: Mapping[str, Any], after: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, as (before, after)."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


@dataclass(frozen=True)
class ChainReport:
    events: int
    ok: bool
    bad_seq: int | None = None
    bad_id: str | None = None
    reason: str | None = None  # hash | link | gap | head
    head_hash: str | None = None


def chain_fault(event: AuditEvent, expected_seq: int, prev_hash: str) -> str | None:
    """Why ``event`` does not continue a chain whose last event is ``expected_seq - 1``
    with hash ``prev_hash``: "gap" (another number), "link" (it names another
    predecessor) or "hash" (its content is not what its hash says); None if it does."""
    if event.seq != expected_seq:
        return "gap"
    if event.prev_hash != prev_hash:
        return "link"
    if hash_of(event) != event.hash:
        return "hash"
    return None


def verify_chain(db: Database) -> ChainReport:
    """Recompute every event's hash in order; report the first event that does not fit."""
    with db.read() as session:
        prev_hash = GENESIS
        expected_seq = 1
        count = 0
        rows = session.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars()
        for event in rows.yield_per(2000):
            count += 1
            fault = chain_fault(event, expected_seq, prev_hash)
            if fault == "gap":
                return ChainReport(count, False, expected_seq, None, fault)
            if fault is not None:
                return ChainReport(count, False, event.seq, str(event.id), fault)
            prev_hash = event.hash
            expected_seq += 1
            session.expunge(event)
        head = session.get(AuditHead, 1)
        head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
        if head_seq != count or head_hash != prev_hash:
            return ChainReport(count, False, head_seq, None, "head")
        return ChainReport(count, True, head_hash=prev_hash)


def case_head_hash(session: Session, case_id: uuid.UUID) -> str | None:
    """The hash of the newest event touching a case (printed in a dossier)."""
    return session.execute(
        select(AuditEvent.hash)
        .where(AuditEvent.case_id == case_id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).scalar_one_or_none()
