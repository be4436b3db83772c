"""Writing an exchange package: a case, a province or everything changed since a day.

Only what the actor sees is exported.  A package holds each selected case with
everything in it (status changes, reports, reviews, findings and their
extensions, inspections and their checklists, attachments with their files)
and what those records refer to (the company and its services, the summons and
the company's attendance, the agencies), so that it can be imported into an
empty database.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    Agency,
    AssessmentReport,
    Attachment,
    Base,
    Case,
    CaseStatusChange,
    ChecklistResult,
    Company,
    DeadlineExtension,
    ExchangeRecord,
    Finding,
    Inspection,
    Review,
    Service,
    Summons,
    SummonsAttendance,
    inspection_agencies,
    summons_agencies,
)
from app.db.types import utcnow
from app.domain.errors import IntegrityProblem, NotFoundError, ValidationError
from app.services.exchange.package import records_document
from app.services.exchange.records import DbNatural, read_fields
from app.services.exchange.spec import FORMAT, MANIFEST, SCHEMA_VERSION, SPECS, record_hash
from app.services.rectification.attachments import stored_file
from app.services.support import audit
from app.services.support.atomic import EXPORT_MODE, publish, staged
from app.services.support.common import get_case, resolve_province
from app.services.support.context import Actor
from app.services.support.permissions import require

_CHUNK = 1024 * 1024
_IN = 500  # ids per IN (...) query


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: uuid.UUID
    counts: dict[str, int]  # record type -> number of records
    files: int  # attachment files
    size: int  # bytes of the package


@dataclass
class _Selection:
    records: dict[str, list[Any]] = field(default_factory=lambda: {t: [] for t in SPECS})


def _chunks(ids: Iterable[Any]) -> Iterable[list[Any]]:
    items = list(dict.fromkeys(ids))
    for start in range(0, len(items), _IN):
        yield items[start : start + _IN]


def _where_in(session: Session, model: type[Base], column: Any, ids: Iterable[Any]) -> list[Any]:
    found: list[Any] = []
    for chunk in _chunks(ids):
        found.extend(session.execute(select(model).where(column.in_(chunk))).scalars())
    return found


def _select_cases(
    session: Session,
    actor: Actor,
    case_number: str | None,
    province: str | None,
    since: date | None,
) -> tuple[list[Case], list[Company]]:
    if case_number:
        return [get_case(session, actor, case_number)], []
    if province:
        found = resolve_province(session, province)
        if not actor.sees(found.code):
            raise NotFoundError("exchange.province_out_of_scope", value=province)
        cases = session.execute(
            select(Case).where(Case.province_code == found.code).order_by(Case.case_number)
        ).scalars()
        registered = session.execute(
            select(Company).where(Company.province_code == found.code)
        ).scalars()
        return list(cases), list(registered)
    if since is None:
        raise ValidationError("exchange.scope_required")
    moment = datetime.combine(since, time.min, tzinfo=UTC)
    query = select(Case).where(or_(Case.updated_at >= moment, Case.created_at >= moment))
    changed = session.execute(query.order_by(Case.case_number)).scalars()
    return [c for c in changed if actor.sees(c.province_code)], []


def _collect(session: Session, cases: list[Case], companies: list[Company]) -> _Selection:
    sel = _Selection()
    r = sel.records
    case_ids = [c.id for c in cases]
    r["case"] = cases
    company_ids = {c.company_id for c in cases} | {c.id for c in companies}
    r["status_change"] = _where_in(session, CaseStatusChange, CaseStatusChange.case_id, case_ids)
    r["report"] = _where_in(session, AssessmentReport, AssessmentReport.case_id, case_ids)
    r["review"] = _where_in(session, Review, Review.report_id, [x.id for x in r["report"]])
    r["inspection"] = _where_in(session, Inspection, Inspection.case_id, case_ids)
    r["checklist"] = _where_in(
        session, ChecklistResult, ChecklistResult.inspection_id, [x.id for x in r["inspection"]]
    )
    r["finding"] = _where_in(session, Finding, Finding.case_id, case_ids)
    r["extension"] = _where_in(
        session, DeadlineExtension, DeadlineExtension.finding_id, [x.id for x in r["finding"]]
    )
    r["attachment"] = _where_in(session, Attachment, Attachment.case_id, case_ids)
    r["company"] = _where_in(session, Company, Company.id, company_ids)
    service_ids = {x.service_id for x in r["report"] if x.service_id}
    r["service"] = _where_in(session, Service, Service.company_id, company_ids) + [
        s
        for s in _where_in(session, Service, Service.id, service_ids)
        if s.company_id not in company_ids
    ]
    summons_ids = {c.summons_id for c in cases if c.summons_id}
    r["summons"] = _where_in(session, Summons, Summons.id, summons_ids)
    r["attendance"] = [
        a
        for a in _where_in(session, SummonsAttendance, SummonsAttendance.summons_id, summons_ids)
        if a.company_id in company_ids
    ]
    agency_ids = {x.receiving_agency_id for x in r["report"] if x.receiving_agency_id}
    agency_ids |= {x.agency_id for x in r["review"]}
    for chunk in _chunks(summons_ids):
        agency_ids |= set(
            session.execute(
                select(summons_agencies.c.agency_id).where(summons_agencies.c.summons_id.in_(chunk))
            ).scalars()
        )
    for chunk in _chunks([x.id for x in r["inspection"]]):
        agency_ids |= set(
            session.execute(
                select(inspection_agencies.c.agency_id).where(
                    inspection_agencies.c.inspection_id.in_(chunk)
                )
            ).scalars()
        )
    r["agency"] = _where_in(session, Agency, Agency.id, agency_ids)
    return sel


def _bases(session: Session, record_type: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    found: dict[uuid.UUID, str] = {}
    for chunk in _chunks(ids):
        query = select(ExchangeRecord.record_id, ExchangeRecord.base_hash).where(
            ExchangeRecord.record_type == record_type, ExchangeRecord.record_id.in_(chunk)
        )
        found.update({rid: h for rid, h in session.execute(query)})
    return found


def _write_member(zf: zipfile.ZipFile, name: str, data: bytes, files: dict[str, Any]) -> None:
    zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def _copy_attachment(
    zf: zipfile.ZipFile, db: Database, att: Attachment, files: dict[str, Any]
) -> None:
    name = f"attachments/{att.sha256}"
    if name in files:
        return
    source = stored_file(db, att.stored_path)
    if not source.is_file():
        raise IntegrityProblem(
            "exchange.attachment_damaged", name=att.original_name, sha256=att.sha256
        )
    digest = hashlib.sha256()
    size = 0
    with source.open("rb") as src, zf.open(name, "w", force_zip64=True) as dst:
        while chunk := src.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            dst.write(chunk)
    if digest.hexdigest() != att.sha256:  # a damaged store: never send it as if it were fine
        raise IntegrityProblem(
            "exchange.attachment_damaged", name=att.original_name, sha256=att.sha256
        )
    files[name] = {"sha256": att.sha256, "size": size}


def export_package(
    db: Database,
    actor: Actor,
    target: Path,
    *,
    case_number: str | None = None,
    province: str | None = None,
    since: date | None = None,
    office: str | None = None,
) -> ExportResult:
    """Write the selected cases and everything in them to ``target`` as one exchange package.

    Exactly one of ``case_number``, ``province``, ``since`` selects; only cases the
    actor sees are exported.  The zip is written under a temporary name and renamed
    when complete.  Each exported record's hash is then remembered as what this
    office last exchanged (see :mod:`import_`), and the export is an audit event.
    """
    require(actor, "export")
    if sum(x is not None and x != "" for x in (case_number, province, since)) != 1:
        raise ValidationError("exchange.scope_required")
    package_id = uuid.uuid4()
    scope = (
        {"kind": "case", "value": str(case_number)}
        if case_number
        else {"kind": "province", "value": str(province)}
        if province
        else {"kind": "since", "value": since.isoformat() if since else ""}
    )
    target = Path(target)
    hashes: dict[str, dict[uuid.UUID, str]] = {}
    counts: dict[str, int] = {}
    files: dict[str, Any] = {}
    stack = contextlib.ExitStack()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = stack.enter_context(staged(target, mode=EXPORT_MODE))
    except OSError as exc:
        raise ValidationError(
            "exchange.write_error", file=str(target), reason=exc.strerror or str(exc)
        ) from exc
    try:
        with db.read() as session:
            cases, companies = _select_cases(session, actor, case_number, province, since)
            if not cases and not companies:
                raise ValidationError("exchange.nothing_to_export")
            selection = _collect(session, cases, companies)
            natural = DbNatural(session)
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                for name, spec in SPECS.items():
                    objs = sorted(selection.records[name], key=lambda o: str(o.id))
                    if not objs:
                        continue
                    bases = _bases(session, name, [o.id for o in objs])
                    out = []
                    hashes[name] = {}
                    for obj in objs:
                        fields = read_fields(spec, obj)
                        digest = record_hash(spec, fields, natural)
                        hashes[name][obj.id] = digest
                        out.append(
                            {
                                "id": str(obj.id),
                                "hash": digest,
                                "base": bases.get(obj.id),
                                "fields": fields,
                            }
                        )
                    counts[name] = len(out)
                    _write_member(zf, spec.file, records_document(name, out), files)
                for att in selection.records["attachment"]:
                    _copy_attachment(zf, db, att, files)
                manifest = {
                    "format": FORMAT,
                    "schema_version": SCHEMA_VERSION,
                    "package_id": str(package_id),
                    "created_at": utcnow().isoformat(),
                    "exported_by": actor.login,
                    "office": office,
                    "scope": scope,
                    "counts": counts,
                    "files": files,
                }
                zf.writestr(
                    MANIFEST,
                    json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode(),
                    compress_type=zipfile.ZIP_DEFLATED,
                )
        with db.write() as session:
            _remember(session, hashes)
            audit.record(
                session,
                actor,
                "exchange.export",
                "exchange_package",
                package_id,
                case_id=cases[0].id if len(cases) == 1 else None,
                after={"scope": scope, "counts": counts, "files": len(files)},
            )
            publish(tmp, target)
    except OSError as exc:
        raise ValidationError(
            "exchange.write_error", file=str(target), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        stack.close()  # the temporary file, unless published
    attachments = sum(1 for n in files if n.startswith("attachments/"))
    return ExportResult(target, package_id, counts, attachments, target.stat().st_size)


def _remember(session: Session, hashes: dict[str, dict[uuid.UUID, str]]) -> None:
    """Record each exported record's hash as the base of its next merge."""
    now = utcnow()
    for record_type, by_id in hashes.items():
        existing = {
            r.record_id: r
            for chunk in _chunks(list(by_id))
            for r in session.execute(
                select(ExchangeRecord).where(
                    ExchangeRecord.record_type == record_type, ExchangeRecord.record_id.in_(chunk)
                )
            ).scalars()
        }
        for record_id, digest in by_id.items():
            row = existing.get(record_id)
            if row is None:
                session.add(
                    ExchangeRecord(
                        record_type=record_type,
                        record_id=record_id,
                        base_hash=digest,
                        exchanged_at=now,
                    )
                )
            elif row.base_hash != digest:
                row.base_hash = digest
                row.exchanged_at = now
    session.flush()
