"""Backing up a SQLite database with its attachment files, as one zip that restores.

A backup copies what is there, and checks what it copies: every attachment file is
hashed while it goes into the zip.  A file whose bytes no longer match its record
(damaged, altered) is backed up **as found** and reported; a file that is missing is
reported and cannot be in the backup.  Either way the backup is written, and it
restores (:mod:`app.services.safekeeping.restore`): the manifest lists the hash of the bytes the
zip actually holds, so the zip's own integrity is still checked on restore, and the
restored copy shows the same problems that ``check`` reports here.

Why not refuse: the office needs a copy most when something is already wrong, and
a refused backup would leave every sound record and file without one (and the
damaged file itself, which is evidence, unsaved).  What it must never do is claim a
clean success: the caller gets each problem by name and case number
(:attr:`BackupResult.problems`; the command line exits 1).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.db.engine import Database
from app.domain.errors import ConflictError, IntegrityProblem, ValidationError
from app.services.safekeeping.backup_format import (
    DB_MEMBER,
    FILES_PREFIX,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    STORED_PATH,
)
from app.services.support.atomic import PRIVATE_MODE, publish, staged
from app.services.support.context import Actor
from app.services.support.permissions import require

_CHUNK = 1 << 20
_ZIP64_FROM = 1 << 30  # a member that may pass 2 GiB while it is written needs ZIP64


@dataclass(frozen=True)
class BackupResult:
    path: Path
    files: int
    size: int
    # Each attachment whose file is missing (not in the backup) or damaged (backed up
    # as found): ``backup.attachment_missing`` / ``backup.attachment_changed``.
    problems: list[IntegrityProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Row:
    stored_path: str
    sha256: str
    name: str
    case_number: str


def backup(db: Database, target: Path, *, actor: Actor) -> BackupResult:
    """A consistent copy of the database and every attachment file, as one zip.

    Uses SQLite's online backup API, so officials may keep working meanwhile.  The
    database copy and the zip are written beside ``target`` under temporary names
    (:mod:`app.services.support.atomic`: removed on failure, or by the next run after a
    kill) and the zip is moved to ``target`` only when complete; an existing
    ``target`` is never replaced (``backup.target_exists``).  Damaged and missing
    attachment files are reported in :attr:`BackupResult.problems` (see the module's
    docstring); the backup restores all the same.  The copy holds every province's
    records: only a supervisor or administrator who sees every province may make it
    (``role.forbidden`` otherwise).
    """
    require(actor, "database.backup")  # every province's records: scope.every_province
    if not db.is_sqlite:
        # A server is backed up with its own tools, consistent and with the attachments
        # (they are in the database); the message gives the command.
        raise ValidationError(
            "backup.on_server", url=db.display_name(), database=db.url.database or ""
        )
    if db.file is None:
        raise ValidationError("db.not_sqlite", command="backup", url=db.display_name())
    target = Path(target)
    if target.exists():
        raise ConflictError("backup.target_exists", path=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            staged(target, mode=PRIVATE_MODE) as copy,
            staged(target, mode=PRIVATE_MODE) as partial,
        ):
            revision, rows = _snapshot(db.file, copy)
            files, problems = _write_zip(partial, copy, revision, rows, db.attachments_dir)
            publish(partial, target, overwrite=False)
    except FileExistsError as exc:  # appeared while the backup was written
        raise ConflictError("backup.target_exists", path=str(target)) from exc
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValidationError("backup.write_failed", path=str(target), reason=reason) from exc
    return BackupResult(target, files, target.stat().st_size, problems)


def _snapshot(source: Path, copy: Path) -> tuple[str | None, list[_Row]]:
    """Copy the database into ``copy`` (online backup); its revision and attachments."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(copy)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            revision = dst.execute("SELECT version_num FROM alembic_version").fetchone()
            rows = dst.execute(
                "SELECT a.stored_path, a.sha256, a.original_name, c.case_number "
                "FROM attachments a LEFT JOIN cases c ON c.id = a.case_id "
                "ORDER BY c.case_number, a.original_name, a.stored_path"
            ).fetchall()
        finally:
            dst.close()
    finally:
        src.close()
    found = [_Row(str(p), str(s), str(n), str(c or "—")) for p, s, n, c in rows]
    return (str(revision[0]) if revision else None), found


def _write_zip(
    partial: Path, copy: Path, revision: str | None, rows: list[_Row], store: Path
) -> tuple[int, list[IntegrityProblem]]:
    by_path: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        by_path[row.stored_path].append(row)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        "schema_revision": revision,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        # stored path -> SHA-256 of the bytes in this zip (a damaged file: not its record's)
        "files": {},
    }
    problems: list[IntegrityProblem] = []
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        zf.write(copy, DB_MEMBER)
        for stored, owners in by_path.items():
            actual = _add_file(zf, store, stored) if STORED_PATH.match(stored) else None
            if actual is not None:
                manifest["files"][stored] = actual
            for row in owners:
                if actual is None:
                    problems.append(
                        IntegrityProblem(
                            "backup.attachment_missing",
                            name=row.name,
                            case_number=row.case_number,
                            sha256=row.sha256,
                        )
                    )
                elif actual != row.sha256:
                    problems.append(
                        IntegrityProblem(
                            "backup.attachment_changed",
                            name=row.name,
                            case_number=row.case_number,
                            sha256=row.sha256,
                            actual=actual,
                        )
                    )
        zf.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    return len(manifest["files"]), problems


def _add_file(zf: zipfile.ZipFile, store: Path, stored: str) -> str | None:
    """Copy one stored file into the zip while hashing it: the hash of what was copied,
    or None when there is no such file."""
    path = store / stored
    if path.is_symlink():
        return None  # not a file the program stored: never follow it out of the store
    try:
        # O_NOFOLLOW: a link put in its place between the check and the open is refused too
        source = os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except OSError:  # ELOOP: a symbolic link
        return None
    digest = hashlib.sha256()
    with source:
        if not path.is_file():
            return None
        info = zipfile.ZipInfo.from_file(path, FILES_PREFIX + stored)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=info.file_size >= _ZIP64_FROM) as member:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                member.write(chunk)
    return digest.hexdigest()
