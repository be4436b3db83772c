"""Planning an import: every record matched, checked and given its fate, nothing written.

See :mod:`import_` for the merge rule.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    AssessmentItem,
    ExchangeConflict,
    ExchangeImport,
    ExchangeRecord,
    Province,
    ReportTrigger,
    User,
)
from app.domain.errors import ValidationError
from app.services.exchange import checks, enforce
from app.services.exchange.items import ACTIONS, ImportSummary, Item, Plan
from app.services.exchange.package import Limits, open_package
from app.services.exchange.records import DbNatural, load_by_ids, read_fields
from app.services.exchange.spec import SPECS, RecordSpec, record_hash, ref_target
from app.services.exchange.validate import Incoming, check_records
from app.services.support.context import Actor


def _codes(session: Session) -> dict[str, frozenset[str]]:
    return {
        "province": frozenset(session.execute(select(Province.code)).scalars()),
        "item": frozenset(session.execute(select(AssessmentItem.code)).scalars()),
        "trigger": frozenset(session.execute(select(ReportTrigger.code)).scalars()),
    }


def _translate(
    spec: RecordSpec, fields: dict[str, Any], id_map: dict[tuple[str, str], str]
) -> dict[str, Any]:
    out = dict(fields)
    for name, f in spec.fields.items():
        value = out[name]
        if value is None or f.kind not in ("ref", "refs"):
            continue
        target = ref_target(spec, name, out)
        if f.kind == "ref":
            out[name] = id_map.get((target, value), value)
        else:
            out[name] = sorted(id_map.get((target, v), v) for v in value)
    return out


def _by_natural(session: Session, spec: RecordSpec, fields: dict[str, Any]) -> Any:
    model = spec.model
    query = select(model)
    for name in spec.natural_key:
        column = getattr(model, name)
        value = fields[name]
        if value is None:
            query = query.where(column.is_(None))
        elif spec.fields[name].kind == "ref":
            query = query.where(column == uuid.UUID(value))
        else:
            query = query.where(column == value)
    return session.execute(query).scalars().first()


def build_plan(session: Session, actor: Actor, path: Path, limits: Limits) -> Plan:
    package = open_package(path, limits)
    incoming = check_records(package.records, _codes(session))
    for rec in incoming["attachment"]:
        if rec.fields["sha256"] not in package.attachments:
            raise ValidationError(
                "exchange.attachment_file_missing",
                name=SPECS["attachment"].file,
                record=rec.id,
                sha256=rec.fields["sha256"],
            )
    manifest = package.manifest
    already = session.get(ExchangeImport, package.package_id) is not None

    items = _match(session, incoming)
    in_package = {t: {i.local_id: i for i in items[t]} for t in SPECS}
    checks.check_refs(session, items, in_package)
    checks.check_hashes(session, items)

    base_rows, open_conflicts = _exchange_state(session, items)
    db_natural = DbNatural(session)
    for name, spec in SPECS.items():
        for item in items[name]:
            _classify(spec, item, base_rows, open_conflicts, db_natural)
    # Scope, the rules of the commands, then numbers, on what the import would write.
    view = enforce.written_view(session, items)
    checks.check_scope(actor, items, view)
    enforce.check_plan(view, actor, items, _file_sizes(manifest))
    checks.check_unique(session, items, in_package)

    logins = {login for i in items["case"] for login in i.fields["official_logins"]}
    known = (
        set(session.execute(select(User.login).where(User.login.in_(logins))).scalars())
        if logins
        else set()
    )
    counts: dict[str, Counter[str]] = {a: Counter() for a in ACTIONS}
    matched: Counter[str] = Counter()
    for name in SPECS:
        for item in items[name]:
            counts[item.action][name] += 1
            if item.local_id != item.rec.id:
                matched[name] += 1
    summary = ImportSummary(
        package_id=str(package.package_id),
        file_sha256=package.file_sha256,
        created_at=str(manifest["created_at"]),
        exported_by=str(manifest["exported_by"]),
        office=manifest.get("office"),
        scope=dict(manifest["scope"]),
        already_imported=already,
        matched=dict(matched),
        unmatched_officials=tuple(sorted(logins - known)),
        **{a: dict(counts[a]) for a in ACTIONS},
    )
    return Plan(package, summary, items, base_rows, open_conflicts)


def _file_sizes(manifest: Any) -> dict[str, int]:
    """sha256 -> size of every attachments/<sha256> the manifest lists."""
    return {
        name.split("/", 1)[1]: int(entry["size"])
        for name, entry in manifest["files"].items()
        if name.startswith("attachments/")
    }


def _match(session: Session, incoming: dict[str, list[Incoming]]) -> dict[str, list[Item]]:
    """Each incoming record with the id it has here (its own, or a same record's)."""
    id_map: dict[tuple[str, str], str] = {}
    items: dict[str, list[Item]] = {}
    for name, spec in SPECS.items():
        recs = incoming[name]
        stored = load_by_ids(session, spec.model, [uuid.UUID(r.id) for r in recs])
        taken: set[str] = set()
        out: list[Item] = []
        for rec in recs:
            fields = _translate(spec, rec.fields, id_map)
            local = stored.get(rec.id)
            local_id = rec.id
            if local is None and spec.natural_key:
                local = _by_natural(session, spec, fields)
                if local is not None:
                    local_id = str(local.id)
                    id_map[(name, rec.id)] = local_id
            if local_id in taken:  # two incoming records are one record here
                raise ValidationError("exchange.duplicate_id", name=spec.file, record=rec.id)
            taken.add(local_id)
            out.append(Item(spec, rec, local_id, fields, local))
        items[name] = out
    return items


def _exchange_state(
    session: Session, items: dict[str, list[Item]]
) -> tuple[dict[tuple[str, str], ExchangeRecord], dict[tuple[str, str], list[ExchangeConflict]]]:
    bases: dict[tuple[str, str], ExchangeRecord] = {}
    conflicts: dict[tuple[str, str], list[ExchangeConflict]] = {}
    for name in SPECS:
        ids = [uuid.UUID(i.local_id) for i in items[name] if i.local is not None]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in session.execute(
                select(ExchangeRecord).where(
                    ExchangeRecord.record_type == name, ExchangeRecord.record_id.in_(chunk)
                )
            ).scalars():
                bases[(name, str(row.record_id))] = row
            for c in session.execute(
                select(ExchangeConflict).where(
                    ExchangeConflict.record_type == name,
                    ExchangeConflict.record_id.in_(chunk),
                    ExchangeConflict.resolved_at.is_(None),
                )
            ).scalars():
                conflicts.setdefault((name, str(c.record_id)), []).append(c)
    return bases, conflicts


def _classify(
    spec: RecordSpec,
    item: Item,
    bases: dict[tuple[str, str], ExchangeRecord],
    open_conflicts: dict[tuple[str, str], list[ExchangeConflict]],
    natural: DbNatural,
) -> None:
    if item.local is None:
        item.action = "new"
        return
    item.local_fields = read_fields(spec, item.local)
    local_hash = record_hash(spec, item.local_fields, natural)
    base_row = bases.get((spec.name, item.local_id))
    base = base_row.base_hash if base_row else None
    if item.hash in (local_hash, base):
        item.action = "unchanged"
    elif item.rec.base is not None and item.rec.base == local_hash:
        item.action = "updated"
    else:
        item.action = "conflicts"
        item.known_conflict = any(
            c.incoming_hash == item.hash for c in open_conflicts.get((spec.name, item.local_id), [])
        )
