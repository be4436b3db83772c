"""Conflicts kept by an import: a record changed both here and at the sending office.

An official looks at each field (the value here, the value in the package) and
picks a side field by field; the record then gets the chosen values in one
audited write, and the conflict is closed.  The incoming version counts as
exchanged from then on, so the same package (or the same version in a later
one) does not raise the question again, while this office's choices travel to
the other office with the next export.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Case, Company, ExchangeConflict, ExchangeRecord
from app.db.types import utcnow
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.services.exchange import reindex
from app.services.exchange.enforce import check_resolution
from app.services.exchange.import_ import require_import
from app.services.exchange.records import DbNatural, mark_updated, read_fields, write_fields
from app.services.exchange.spec import NATURAL_REFS, SPECS, RecordSpec, ref_target
from app.services.support import audit
from app.services.support.context import Actor
from app.services.support.permissions import sees_every_province

SIDES = ("local", "incoming")


@dataclass(frozen=True)
class FieldChoice:
    """One field of a conflict: its value here and in the package, as shown to a reader."""

    name: str
    local: Any
    incoming: Any
    differs: bool


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    package_id: uuid.UUID
    record_type: str  # company | case | finding | ... (see spec.TYPES)
    record_id: uuid.UUID
    label: str  # e.g. the case number, "ZJ-2021-0001 #2", the company's name
    case_number: str | None
    created_at: datetime
    fields: tuple[FieldChoice, ...]

    @property
    def differing(self) -> tuple[FieldChoice, ...]:
        return tuple(f for f in self.fields if f.differs)


def _case_of(session: Session, spec: RecordSpec, obj: Any) -> Case | None:
    """The stored case a stored record belongs to, following its parents."""
    while True:
        if isinstance(obj, Case):
            return obj
        if obj is None or not spec.parent:
            return None
        fields = read_fields(spec, obj)
        parent = spec.parent
        if fields.get(parent) is None and spec.name == "attachment":
            parent = "owner_id"
        value = fields.get(parent)
        if value is None:
            return None
        spec = SPECS[ref_target(spec, parent, fields)]
        obj = session.get(spec.model, uuid.UUID(value))


def _visible(session: Session, actor: Actor, spec: RecordSpec, obj: Any) -> bool:
    if sees_every_province(actor):
        return True
    case = _case_of(session, spec, obj)
    if case is not None:
        return actor.sees(case.province_code)
    if isinstance(obj, Company):
        return actor.sees(obj.province_code)
    company_id = getattr(obj, "company_id", None)
    if company_id is not None:
        company = session.get(Company, company_id)
        return company is not None and actor.sees(company.province_code)
    return True  # agencies and summons belong to no province


def _label(session: Session, spec: RecordSpec, obj: Any, case: Case | None) -> str:
    if isinstance(obj, Company):
        return f"{obj.name_zh} ({obj.credit_code})"
    if spec.name == "case" and case is not None:
        return case.case_number
    if spec.name == "finding" and case is not None:
        return f"{case.case_number} #{obj.number}"
    prefix = f"{case.case_number} " if case is not None else ""
    return f"{prefix}{spec.name} {str(obj.id)[:8]}"


def _shown(spec: RecordSpec, name: str, fields: Mapping[str, Any], natural: DbNatural) -> Any:
    """A value as a reader recognises it: companies and agencies by name, not UUID."""
    value = fields.get(name)
    f = spec.fields[name]
    if value is None or f.kind not in ("ref", "refs"):
        return value
    target = ref_target(spec, name, fields)
    if target not in NATURAL_REFS:
        return value
    if f.kind == "refs":
        return [_natural_label(natural(target, v) or v) for v in value]
    return _natural_label(natural(target, value) or value)


def _natural_label(key: str) -> str:
    return key.split(":", 1)[1].rstrip("|") if ":" in key else key


def _view(session: Session, conflict: ExchangeConflict, obj: Any) -> ConflictView:
    spec = SPECS[conflict.record_type]
    current = read_fields(spec, obj)
    natural = DbNatural(session)
    choices = tuple(
        FieldChoice(
            name,
            _shown(spec, name, current, natural),
            _shown(spec, name, conflict.incoming, natural),
            current.get(name) != conflict.incoming.get(name),
        )
        for name, f in spec.fields.items()
        if f.hashed
    )
    case = _case_of(session, spec, obj)
    return ConflictView(
        conflict.id,
        conflict.package_id,
        conflict.record_type,
        conflict.record_id,
        _label(session, spec, obj, case),
        case.case_number if case else None,
        conflict.created_at,
        choices,
    )


def list_conflicts(db: Database, actor: Actor) -> list[ConflictView]:
    """The open conflicts on records the actor sees, oldest first, each with its fields."""
    views: list[ConflictView] = []
    with db.read() as session:
        rows = session.execute(
            select(ExchangeConflict)
            .where(ExchangeConflict.resolved_at.is_(None))
            .order_by(ExchangeConflict.created_at, ExchangeConflict.record_type)
        ).scalars()
        for conflict in rows:
            spec = SPECS.get(conflict.record_type)
            obj = session.get(spec.model, conflict.record_id) if spec else None
            if spec is None or obj is None or not _visible(session, actor, spec, obj):
                continue
            views.append(_view(session, conflict, obj))
    return views


def _open_conflict(session: Session, actor: Actor, value: str) -> tuple[ExchangeConflict, Any]:
    text = (value or "").strip().lower()
    query = select(ExchangeConflict).where(ExchangeConflict.resolved_at.is_(None))
    try:
        found = session.execute(query.where(ExchangeConflict.id == uuid.UUID(text))).scalars().all()
    except ValueError:
        # A unique prefix of the id, as the conflicts list shows it (open conflicts are few).
        found = (
            [c for c in session.execute(query).scalars() if str(c.id).startswith(text)]
            if len(text) >= 4
            else []
        )
    if len(found) != 1:
        raise NotFoundError("exchange.conflict_not_found", value=value)
    conflict = found[0]
    spec = SPECS[conflict.record_type]
    obj = session.get(spec.model, conflict.record_id)
    if obj is None:
        raise ConflictError("exchange.conflict_record_gone", value=value)
    if not _visible(session, actor, spec, obj):
        raise NotFoundError("exchange.conflict_not_found", value=value)
    return conflict, obj


def get_conflict(db: Database, actor: Actor, conflict_id: str) -> ConflictView:
    """One open conflict (id or a unique prefix of it) on a record the actor sees."""
    with db.read() as session:
        conflict, obj = _open_conflict(session, actor, conflict_id)
        return _view(session, conflict, obj)


def resolve_conflict(
    db: Database,
    actor: Actor,
    conflict_id: str,
    *,
    take: str = "incoming",
    fields: Mapping[str, str] | None = None,
) -> ConflictView:
    """Give the record, field by field, the value here (``local``) or the package's
    (``incoming``): ``take`` for every field not named in ``fields``.

    One transaction: the record's audited update (if any value changes), the
    conflict closed with the choices, and the incoming version remembered as
    exchanged.  Returns the conflict as it was before.
    """
    require_import(actor)
    if take not in SIDES:
        raise ValidationError("exchange.conflict_side", value=take)
    with db.write() as session:
        conflict, obj = _open_conflict(session, actor, conflict_id)
        spec = SPECS[conflict.record_type]
        view = _view(session, conflict, obj)
        content = [name for name, f in spec.fields.items() if f.hashed]
        choices = {name: take for name in content}
        for name, side in (fields or {}).items():
            if name not in choices:
                raise ValidationError(
                    "exchange.conflict_field",
                    value=str(conflict.id)[:8],
                    field=name,
                    allowed=", ".join(content),
                )
            if side not in SIDES:
                raise ValidationError("exchange.conflict_side", value=side)
            choices[name] = side
        current = read_fields(spec, obj)
        merged = {
            name: conflict.incoming[name] if choices.get(name) == "incoming" else current[name]
            for name in spec.fields
        }
        if merged != current:
            # The values taken from the package pass the rules an import's would.
            check_resolution(session, actor, spec, str(obj.id), current, merged)
            before = audit.snapshot(obj)
            write_fields(session, spec, obj, merged, new=False)
            mark_updated(obj, actor.login)
            try:
                session.flush()
            except IntegrityError as exc:
                raise ConflictError("exchange.write_failed", reason=str(exc.orig)) from exc
            b, a = audit.diff(before, audit.snapshot(obj))
            case = _case_of(session, spec, obj)
            audit.record(
                session,
                actor,
                "exchange.update",
                spec.name,
                obj.id,
                case_id=case.id if case else None,
                before=b,
                after=a,
            )
            reindex.after_changes(session, {spec.name: {str(obj.id)}})
        now = utcnow()
        conflict.resolved_at, conflict.resolved_by = now, actor.login
        conflict.resolution = choices
        _remember(session, spec.name, obj.id, conflict.incoming_hash)
        case = _case_of(session, spec, obj)
        audit.record(
            session,
            actor,
            "exchange.resolve",
            "exchange_conflict",
            conflict.id,
            case_id=case.id if case else None,
            after={
                "record_type": spec.name,
                "record_id": str(obj.id),
                "package_id": str(conflict.package_id),
                "choices": choices,
            },
        )
        return view


def _remember(session: Session, record_type: str, record_id: uuid.UUID, digest: str) -> None:
    row = session.get(ExchangeRecord, (record_type, record_id))
    if row is None:
        session.add(ExchangeRecord(record_type=record_type, record_id=record_id, base_hash=digest))
    else:
        row.base_hash, row.exchanged_at = digest, utcnow()
