"""The integrity check; backup and restore (in :mod:`app.services.safekeeping.backup` and
:mod:`app.services.safekeeping.restore`) are importable from here too."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from app.db.engine import Database
from app.db.models import Attachment, AttachmentBlob, Case
from app.db.schema_objects import foreign_objects
from app.domain.errors import InspectDeskError, IntegrityProblem
from app.domain.labels import label
from app.services.rectification.attachments import file_hash, in_database, relative_path
from app.services.safekeeping.backup import BackupResult, backup
from app.services.safekeeping.record_audit import records_differing_from_audit
from app.services.safekeeping.restore import RestoreResult, restore
from app.services.support.audit import verify_chain

__all__ = [
    "BackupResult",
    "CheckReport",
    "RestoreResult",
    "audit_problem",
    "backup",
    "check",
    "restore",
]


@dataclass
class CheckReport:
    sqlite_version: str | None
    server_version: str | None = None
    events: int = 0
    attachments: int = 0
    problems: list[InspectDeskError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def audit_problem(
    report_seq: int | None, event_id: str | None, reason: str | None, lang: str = "en"
) -> IntegrityProblem:
    reason_text = label("audit_reason", reason or "", lang)
    return IntegrityProblem(
        "audit.broken", seq=report_seq, event_id=event_id or "—", reason=reason_text
    )


def check(db: Database, lang: str = "en") -> CheckReport:
    """Database integrity, the audit chain, every record against its audit events and every
    attachment's hash; lists each problem."""
    report = CheckReport(sqlite_version=sqlite3.sqlite_version if db.is_sqlite else None)
    with db.read() as session:
        if not db.is_sqlite:
            report.server_version = str(session.execute(text("SHOW server_version")).scalar_one())
        if db.is_sqlite:
            for (line,) in session.execute(text("PRAGMA integrity_check")):
                if line != "ok":
                    report.problems.append(IntegrityProblem("check.integrity", detail=line))
            for table, rowid, parent, _fk in session.execute(text("PRAGMA foreign_key_check")):
                report.problems.append(
                    IntegrityProblem("check.foreign_key", table=table, rowid=rowid, parent=parent)
                )
        for kind, name in foreign_objects(session):
            report.problems.append(IntegrityProblem("check.foreign_object", kind=kind, name=name))
        rows = session.execute(
            select(Attachment, Case.case_number).join(
                Case, Case.id == Attachment.case_id, isouter=True
            )
        ).all()
    chain = verify_chain(db)
    report.events = chain.events
    if not chain.ok:
        report.problems.append(audit_problem(chain.bad_seq, chain.bad_id, chain.reason, lang))
    # The chain proves the events unchanged; this proves the records are what they say
    # (a deadline moved or a row inserted with a database tool leaves no event).
    report.problems.extend(records_differing_from_audit(db))
    hashes: dict[str, str | None] = {}
    if in_database(db):
        hashes = _server_hashes(db)
    for attachment, case_number in rows:
        report.attachments += 1
        path = db.attachments_dir / attachment.stored_path
        if attachment.stored_path not in hashes:
            hashes[attachment.stored_path] = file_hash(path) if path.is_file() else None
        actual = hashes[attachment.stored_path]
        if actual is None:
            report.problems.append(
                IntegrityProblem(
                    "check.attachment_missing",
                    name=attachment.original_name,
                    sha256=attachment.sha256,
                    case_number=case_number or "—",
                )
            )
        elif actual != attachment.sha256:
            report.problems.append(
                IntegrityProblem(
                    "check.attachment_changed",
                    name=attachment.original_name,
                    sha256=attachment.sha256,
                    actual=actual,
                    case_number=case_number or "—",
                )
            )
    return report


def _server_hashes(db: Database) -> dict[str, str | None]:
    """The SHA-256 of every content the server holds, computed by the server itself
    (no file travels), keyed by stored path like the attachment records."""
    with db.read() as session:
        rows = session.execute(
            select(AttachmentBlob.sha256, func.encode(func.sha256(AttachmentBlob.content), "hex"))
        ).all()
    return {relative_path(sha): actual for sha, actual in rows}
