"""Writing an import plan: every record in one transaction, then the attachment files.

Each inserted or updated record is an audit event; the exchange state (what was
exchanged last, conflicts kept) and the search index are kept in step; the
import itself is an event carrying the package id, file hash and counts.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import CaseCounter, ExchangeConflict, ExchangeImport, ExchangeRecord
from app.db.types import utcnow
from app.domain.errors import ValidationError
from app.services.exchange import enforce, reindex
from app.services.exchange.items import ACTIONS, ImportSummary, Item, Plan
from app.services.exchange.package import Limits, extract_attachment
from app.services.exchange.records import mark_updated, write_fields
from app.services.exchange.spec import SPECS
from app.services.rectification import attachments as store
from app.services.support import audit
from app.services.support.context import Actor


def _store_files(db: Database, session: Session, plan: Plan, limits: Limits) -> None:
    """Put the content of every new or changed attachment into the attachment store."""
    wanted = {
        i.fields["sha256"]: i.fields["original_name"]
        for i in plan.items["attachment"]
        if i.action in ("new", "updated")
    }
    if not wanted:
        return
    with tempfile.TemporaryDirectory(prefix="inspectdesk-exchange-") as tmp:
        for sha, name in wanted.items():
            source = Path(tmp) / sha
            with source.open("wb") as out:
                extract_attachment(plan.package, sha, out, limits)
            stored = store._store(db, source, limits.max_attachment_bytes, name)
            if stored.sha256 != sha:  # pragma: no cover - extract_attachment checked it
                raise ValidationError(
                    "exchange.hash_mismatch",
                    name=f"attachments/{sha}",
                    expected=sha,
                    actual=stored.sha256,
                )
            if store.in_database(db):
                store._store_blob(session.connection(), stored)
            source.unlink()


def write_plan(db: Database, session: Session, actor: Actor, plan: Plan, limits: Limits) -> None:
    """Write the records, check the flushed state, then store the files; the caller commits.

    The files go last: a refusal before them leaves the attachment store as it was.
    """
    now = utcnow()
    package_id = plan.package.package_id
    changed: dict[str, set[str]] = {t: set() for t in SPECS}
    for name, spec in SPECS.items():
        written: list[tuple[Item, dict[str, Any] | None]] = []
        for item in plan.items[name]:
            if item.action == "new":
                obj = spec.model(id=uuid.UUID(item.local_id))
                write_fields(session, spec, obj, item.fields, new=True)
                if hasattr(obj, "updated_by"):
                    obj.updated_by = actor.login
                session.add(obj)
                item.local = obj
                written.append((item, None))
            elif item.action == "updated":
                before = audit.snapshot(item.local)
                write_fields(session, spec, item.local, item.fields, new=False)
                mark_updated(item.local, actor.login)
                written.append((item, before))
        session.flush()
        for item, snapshot in written:
            changed[name].add(item.local_id)
            case_id = uuid.UUID(item.case_id) if item.case_id else None
            after = audit.snapshot(item.local)
            if snapshot is None:
                audit.record(
                    session,
                    actor,
                    "exchange.add",
                    name,
                    item.local_id,
                    case_id=case_id,
                    after=after,
                )
            else:
                b, a = audit.diff(snapshot, after)
                audit.record(
                    session,
                    actor,
                    "exchange.update",
                    name,
                    item.local_id,
                    case_id=case_id,
                    before=b,
                    after=a,
                )
        for item in plan.items[name]:
            _keep_state(session, plan, item, package_id, actor, now)
    _advance_counters(session, plan.items["case"])
    session.flush()
    enforce.check_flushed(session, plan.items)
    reindex.after_changes(session, changed)
    _store_files(db, session, plan, limits)
    session.add(
        ExchangeImport(
            package_id=package_id,
            file_sha256=plan.package.file_sha256,
            imported_at=now,
            imported_by=actor.login,
            summary=summary_json(plan.summary),
        )
    )
    audit.record(
        session,
        actor,
        "exchange.import",
        "exchange_package",
        package_id,
        after={"file_sha256": plan.package.file_sha256, **summary_json(plan.summary)},
    )


def _keep_state(
    session: Session, plan: Plan, item: Item, package_id: uuid.UUID, actor: Actor, now: Any
) -> None:
    key = (item.spec.name, item.local_id)
    open_ones = plan.open_conflicts.get(key, [])
    if item.action == "conflicts":
        if item.known_conflict:
            return
        for old in open_ones:  # a newer version from the other side replaces an older question
            old.resolved_at, old.resolved_by = now, actor.login
            old.resolution = {"superseded_by": str(package_id)}
        session.add(
            ExchangeConflict(
                package_id=package_id,
                record_type=item.spec.name,
                record_id=uuid.UUID(item.local_id),
                local=item.local_fields or {},
                incoming=item.fields,
                incoming_hash=item.hash,
                created_at=now,
            )
        )
        return
    if item.action == "updated":
        for old in open_ones:
            old.resolved_at, old.resolved_by = now, actor.login
            old.resolution = {"superseded_by": str(package_id)}
    row = plan.base_rows.get(key)
    if row is None:
        session.add(
            ExchangeRecord(
                record_type=item.spec.name,
                record_id=uuid.UUID(item.local_id),
                base_hash=item.hash,
                exchanged_at=now,
            )
        )
    elif row.base_hash != item.hash:
        row.base_hash, row.exchanged_at = item.hash, now


def _advance_counters(session: Session, cases: list[Item]) -> None:
    """Numbers handed out here from now on never repeat an imported case's number."""
    for item in cases:
        if item.action != "new":
            continue
        key = (item.fields["province_code"], item.fields["year"])
        counter = session.get(CaseCounter, key)
        if counter is None:
            session.add(CaseCounter(province_code=key[0], year=key[1], last_seq=item.fields["seq"]))
            session.flush()
        elif counter.last_seq < item.fields["seq"]:
            counter.last_seq = item.fields["seq"]


def summary_json(summary: ImportSummary) -> dict[str, Any]:
    return {
        "package_id": summary.package_id,
        "exported_by": summary.exported_by,
        "created_at": summary.created_at,
        "office": summary.office,
        "scope": summary.scope,
        **{a: summary.total(a) for a in ACTIONS},
        "by_type": {a: getattr(summary, a) for a in ACTIONS},
    }
