"""Optimistic locking: a save made on an outdated copy of a record is refused, never lost.

Every editable record has a ``version`` (migration 0008). A client shows a record
with the version it loaded and hands that version back with its save
(``expected_version``). In the write transaction the service

1. reads the stored row *under a lock* (:func:`check`): on PostgreSQL
   ``SELECT … FOR UPDATE`` waits for any other writer of that row to commit and
   then returns what it wrote; on SQLite the write transaction began with
   ``BEGIN IMMEDIATE`` (app.db.engine), so no other process writes meanwhile;
2. refuses with ``ConflictError("record.changed")`` naming the last writer and
   when, if the stored version is not the one the client loaded — nothing is
   written;
3. otherwise writes with :func:`stamp` (who and when) and :func:`flush`: the
   version moves on by one, and because most records map ``version`` as
   SQLAlchemy's ``version_id_col`` the UPDATE says ``WHERE version = <loaded>``.
   Should a write ever run on a stale row anyway (a path that skipped the lock),
   that UPDATE matches nothing and :func:`flush` turns the resulting
   ``StaleDataError`` into the same refusal.

The guarantee therefore holds between processes and connections, not only inside
one session: the version compared is the committed one, and it cannot change
until this transaction ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.db.models import AuditEvent, Case, User
from app.db.types import utcnow
from app.domain.errors import ConflictError
from app.services.support.context import Actor

CHANGED = "record.changed"


@dataclass(frozen=True)
class Stamp:
    """What a client keeps of a record it shows, to hand back with a save."""

    version: int
    updated_by: str  # login of the last writer ("" when not known)
    updated_at: datetime | None  # UTC


def stamp_of(record: Any) -> Stamp:
    return Stamp(int(record.version), record.updated_by or "", record.updated_at)


def local_time(moment: datetime | None) -> str:
    """A stored UTC moment as the official's wall-clock time, to the second."""
    if moment is None:
        return "?"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _display_name(session: Session, login: str) -> str:
    name = session.execute(select(User.display_name).where(User.login == login)).scalar()
    return name or login


def _last_writer(session: Session, record: Any) -> str:
    """The login of whoever changed ``record`` last (its audit trail if the row does not say)."""
    if record.updated_by:
        return str(record.updated_by)
    query = select(AuditEvent.actor).order_by(AuditEvent.seq.desc()).limit(1)
    if isinstance(record, Case):
        query = query.where(AuditEvent.case_id == record.id)
    else:
        query = query.where(AuditEvent.entity_id == str(record.id))
    return session.execute(query).scalar() or "?"


def changed_error(session: Session, record: Any, label: str) -> ConflictError:
    """The refusal for a save made on an outdated copy of ``record`` (as stored now)."""
    return ConflictError(
        CHANGED,
        record=label,
        by=_display_name(session, _last_writer(session, record)),
        at=local_time(record.updated_at),
        version=int(record.version),
    )


def lock_current(session: Session, record: Any) -> None:
    """Re-read ``record`` as committed and keep others from writing it until this transaction ends.

    Call it before changing the record: a refresh drops unsaved changes.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.refresh(record, with_for_update=True)
    # SQLite: the write transaction holds the database's write lock since BEGIN
    # IMMEDIATE, so what this session reads is what is committed.


def check(session: Session, record: Any, expected_version: int | None, label: str) -> None:
    """Lock ``record`` and refuse with ``record.changed`` unless it is still at ``expected_version``.

    ``expected_version`` None (a caller that loaded nothing, e.g. a script) only locks.
    """
    lock_current(session, record)
    if expected_version is not None and int(record.version) != int(expected_version):
        raise changed_error(session, record, label)


def stamp(record: Any, actor: Actor) -> None:
    """Mark ``actor`` as the record's last writer, now (the version moves on at flush)."""
    record.updated_by = actor.login
    record.updated_at = utcnow()


def flush(session: Session, record: Any, label: str) -> None:
    """Write pending changes; a write on a stale row becomes the ``record.changed`` refusal."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise _stale_refusal(session, record, label) from exc


def _stale_refusal(session: Session, record: Any, label: str) -> ConflictError:
    # The failed flush left this session's transaction unusable: read the row as
    # it is committed now through a session of its own (a deferred, reading one).
    state = inspect(record)
    bind = session.get_bind()
    engine = bind.execution_options(write=False) if hasattr(bind, "execution_options") else bind
    with Session(engine) as fresh, fresh.begin():
        current = fresh.get(type(record), state.identity)
        if current is None:
            return ConflictError(CHANGED, record=label, by="?", at="?")
        return changed_error(fresh, current, label)
