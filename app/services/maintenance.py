"""Backup, restore and the integrity check."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import func, select, text

from app import __version__
from app.db.engine import Database
from app.db.models import Attachment, AttachmentBlob, Case
from app.domain.errors import ConflictError, InspectDeskError, IntegrityProblem, ValidationError
from app.services.attachments import file_hash, in_database, relative_path
from app.services.audit import verify_chain
from app.services.context import Actor
from app.services.messages import AUDIT_REASONS
from app.services.permissions import require

DB_MEMBER = "inspectdesk.sqlite3"
FILES_PREFIX = "files/"
MANIFEST = "manifest.json"


def _require_file(db: Database, command: str) -> Path:
    if db.file is None:
        raise ValidationError("db.not_sqlite", command=command, url=db.display_name())
    return db.file


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    size: int


def backup(db: Database, target: Path, *, actor: Actor) -> BackupResult:
    """A consistent copy of the database and every attachment file, as one zip.

    Uses SQLite's online backup API, so officials may keep working meanwhile;
    the zip is written to a temporary name and renamed only when complete.
    The copy holds every province's records: only a supervisor or administrator
    who sees every province may make it (``role.forbidden`` otherwise).
    """
    require(actor, "database.backup")
    if not actor.all_provinces:
        raise ConflictError(
            "role.forbidden", role=actor.role, action="back up every province's records"
        )
    if not db.is_sqlite:
        # A server is backed up with its own tools, consistent and with the attachments
        # (they are in the database); the message gives the command.
        raise ValidationError(
            "backup.on_server", url=db.display_name(), database=db.url.database or ""
        )
    source = _require_file(db, "backup")
    if target.exists():
        raise ConflictError("backup.target_exists", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / DB_MEMBER
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                rows = dst.execute(
                    "SELECT DISTINCT sha256, stored_path FROM attachments"
                ).fetchall()
                revision = dst.execute("SELECT version_num FROM alembic_version").fetchone()
            finally:
                dst.close()
        finally:
            src.close()
        manifest: dict[str, Any] = {
            "format": "inspectdesk-backup",
            "format_version": 1,
            "program_version": __version__,
            "schema_revision": revision[0] if revision else None,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": {},
        }
        partial = target.with_name(f".{target.name}.partial")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                zf.write(copy, DB_MEMBER)
                for sha, stored in rows:
                    path = db.attachments_dir / stored
                    if path.is_file():
                        zf.write(path, FILES_PREFIX + stored)
                        manifest["files"][stored] = sha
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            os.replace(partial, target)
        finally:
            if partial.exists():
                partial.unlink()
    return BackupResult(target, len(manifest["files"]), target.stat().st_size)


def restore(archive: Path, target: Path) -> Path:
    """Unpack a backup into a new database file (never over an existing one)."""
    if target.exists():
        raise ConflictError("restore.target_exists", path=str(target))
    try:
        zf = zipfile.ZipFile(archive)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValidationError("backup.invalid", path=str(archive), reason=str(exc)) from exc
    with zf:
        try:
            manifest = json.loads(zf.read(MANIFEST))
        except (KeyError, ValueError) as exc:
            raise ValidationError(
                "backup.invalid", path=str(archive), reason="no manifest"
            ) from exc
        if manifest.get("format") != "inspectdesk-backup":
            raise ValidationError("backup.invalid", path=str(archive), reason="unknown format")
        files_dir = target.with_name(target.name + ".files")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        try:
            with zf.open(DB_MEMBER) as src, partial.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            for stored, sha in manifest.get("files", {}).items():
                rel = PurePosixPath(stored)
                if rel.is_absolute() or ".." in rel.parts or len(rel.parts) != 2:
                    raise ValidationError(
                        "backup.invalid", path=str(archive), reason=f"bad path {stored}"
                    )
                out = files_dir / rel
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(zf.read(FILES_PREFIX + stored))
                if file_hash(out) != sha:
                    raise ValidationError(
                        "backup.invalid", path=str(archive), reason=f"hash of {stored}"
                    )
            os.replace(partial, target)
        finally:
            if partial.exists():
                partial.unlink()
    return target


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
    reason_text = AUDIT_REASONS.get(reason or "", {}).get(lang, reason or "")
    return IntegrityProblem(
        "audit.broken", seq=report_seq, event_id=event_id or "—", reason=reason_text
    )


def check(db: Database, lang: str = "en") -> CheckReport:
    """Database integrity, the audit chain and every attachment's hash; lists each problem."""
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
        rows = session.execute(
            select(Attachment, Case.case_number).join(
                Case, Case.id == Attachment.case_id, isouter=True
            )
        ).all()
    chain = verify_chain(db)
    report.events = chain.events
    if not chain.ok:
        report.problems.append(audit_problem(chain.bad_seq, chain.bad_id, chain.reason, lang))
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
