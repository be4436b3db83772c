"""Records as they travel: reading a stored row into its exchange fields and back.

Both directions go through the field list of :mod:`spec`, so that a record
exported, imported elsewhere and read back there yields the same fields and
therefore the same hash.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.db.models import Agency, Attachment, Base, Company, User
from app.db.types import utcnow
from app.services.exchange.spec import (
    NATURAL_REFS,
    Field,
    Natural,
    RecordSpec,
    natural_key_text,
)

_CHUNK = 500


def json_value(field: Field, value: Any) -> Any:
    """A stored value as the package writes it."""
    if value is None:
        return None
    if field.kind == "datetime":
        assert isinstance(value, datetime)
        return value.astimezone(UTC).isoformat()
    if field.kind == "date":
        assert isinstance(value, date)
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def read_fields(spec: RecordSpec, obj: Any) -> dict[str, Any]:
    """The exchange fields of a stored record."""
    fields: dict[str, Any] = {}
    for name, field in spec.fields.items():
        if name == "agency_ids":
            fields[name] = sorted(str(a.id) for a in obj.agencies)
        elif name == "official_logins":
            fields[name] = sorted(u.login for u in obj.officials)
        else:
            fields[name] = json_value(field, getattr(obj, name))
    return fields


def _stored_value(field: Field, value: Any) -> Any:
    if value is None:
        return None
    if field.kind == "date":
        return date.fromisoformat(value)
    if field.kind == "datetime":
        return datetime.fromisoformat(value)
    if field.kind == "ref":
        return uuid.UUID(value)
    return value


def write_fields(
    session: Session, spec: RecordSpec, obj: Any, fields: Mapping[str, Any], *, new: bool
) -> None:
    """Set a record's columns from exchange fields.

    Values carried but not compared (creation times, officials) are set on a new
    record only; an officials list links the local accounts of the same login.
    """
    for name, field in spec.fields.items():
        if not field.hashed and not new:
            continue
        value = fields[name]
        if name == "agency_ids":
            ids = [uuid.UUID(v) for v in value]
            found = {a.id: a for a in _by_ids(session, Agency, ids)}
            obj.agencies = [found[i] for i in ids if i in found]
        elif name == "official_logins":
            users = session.execute(select(User).where(User.login.in_(list(value)))).scalars()
            obj.officials = list(users)
        else:
            setattr(obj, name, _stored_value(field, value))
    if isinstance(obj, Attachment):
        from app.services.rectification.attachments import relative_path

        obj.stored_path = relative_path(obj.sha256)


def mark_updated(obj: Base, login: str) -> None:
    """Bookkeeping of a record changed by an exchange: who and when, and its version
    (which SQLAlchemy moves itself where it is the optimistic-locking column)."""
    mapper = inspect(type(obj))
    if hasattr(obj, "version") and mapper.version_id_col is None:
        obj.version = (obj.version or 0) + 1
    if hasattr(obj, "updated_at"):
        obj.updated_at = utcnow()
    if hasattr(obj, "updated_by"):
        obj.updated_by = login


def _by_ids(session: Session, model: type[Base], ids: Iterable[uuid.UUID]) -> list[Any]:
    wanted = list(dict.fromkeys(ids))
    found: list[Any] = []
    column = inspect(model).primary_key[0]
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.extend(session.execute(select(model).where(column.in_(chunk))).scalars())
    return found


def load_by_ids(session: Session, model: type[Base], ids: Iterable[uuid.UUID]) -> dict[str, Any]:
    """Stored records by id (as text), fetched in chunks."""
    return {str(obj.id): obj for obj in _by_ids(session, model, ids)}


class DbNatural:
    """What identifies a stored company or agency everywhere, looked up once each."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[str, str], str | None] = {}

    def remember(self, record_type: str, record_id: str, key: str) -> None:
        self._cache[(record_type, record_id)] = key

    def __call__(self, record_type: str, record_id: str) -> str | None:
        if record_type not in NATURAL_REFS:
            return None
        key = (record_type, record_id)
        if key not in self._cache:
            model = Company if record_type == "company" else Agency
            try:
                obj = self._session.get(model, uuid.UUID(record_id))
            except ValueError:
                obj = None
            if obj is None:
                self._cache[key] = None
            elif isinstance(obj, Company):
                self._cache[key] = natural_key_text("company", {"credit_code": obj.credit_code})
            else:
                assert isinstance(obj, Agency)
                self._cache[key] = natural_key_text(
                    "agency", {"name": obj.name, "province_code": obj.province_code}
                )
        return self._cache[key]


def layered(first: Mapping[tuple[str, str], str], then: Natural) -> Natural:
    """A resolver that looks in ``first`` (the package's own records) before ``then``."""

    def resolve(record_type: str, record_id: str) -> str | None:
        return first.get((record_type, record_id)) or then(record_type, record_id)

    return resolve
