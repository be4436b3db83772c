"""Restoring a backup into a new database file, trusting nothing in the zip.

Before anything is unpacked: the zip's structure (no duplicate members), the
manifest (a JSON object of the InspectDesk backup format, every file entry a stored
path ``ab/ab12…`` with a SHA-256, present in the zip) and the sizes the zip declares
(each against :class:`Limits`, their total against the free space) are checked.
While unpacking, every member's stream is capped at its declared size and limit,
whatever the header said, and the database member must start as a SQLite file.
Then the database must be one InspectDesk knows: integrity check, the tables, an
Alembic revision of this program (a newer one is refused).  Every attachment file
must hash as the manifest says.  Any refusal leaves nothing behind: no target file,
no ``.files`` folder, no temporary file, no folder created for them.

What restores with a warning (:attr:`RestoreResult.warnings`; the command line exits
1): an audit chain that does not verify (records changed outside the program, before
the backup was made or in the zip since), and attachments that were damaged or missing when the backup
was made (:mod:`app.services.safekeeping.backup` keeps such files as found).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from app.db.engine import Database
from app.db.schema_objects import foreign_objects_sqlite
from app.domain.errors import ConflictError, IntegrityProblem, ValidationError
from app.services.safekeeping.backup_format import (
    DAMAGED,
    DB_MEMBER,
    FILES_PREFIX,
    Backup,
    Limits,
    MiB,
    open_backup,
)
from app.services.support.atomic import PRIVATE_MODE, publish, staged
from app.services.support.audit import verify_chain

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every revision of the schema has (migration 0001) and restore reads.
REQUIRED_TABLES = ("alembic_version", "audit_events", "audit_head", "attachments", "cases")
SPACE_MARGIN = 64 * MiB


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    files: int
    revision: str
    # restore.audit_broken, restore.audit_unreadable, restore.attachment_changed,
    # restore.attachment_missing: restored all the same, but not sound.
    warnings: list[IntegrityProblem] = field(default_factory=list)


def restore(archive: Path, target: Path, *, limits: Limits | None = None) -> RestoreResult:
    """Unpack a backup into the new database file ``target`` (never over an existing one)
    and its attachments into ``<target>.files``; see the module's docstring."""
    limits = limits or Limits()
    archive, target = Path(archive), Path(target)
    files_dir = target.with_name(target.name + ".files")
    if target.exists():
        raise ConflictError("restore.target_exists", path=str(target))
    if files_dir.exists():
        raise ConflictError("restore.files_exist", path=str(files_dir))
    backup = open_backup(archive, limits)
    with backup.zf:
        created = _make_folder(target.parent)
        try:
            _check_space(archive, target.parent, backup.declared_size)
            return _unpack(backup, archive, target, files_dir, limits)
        except BaseException:
            for folder in reversed(created):
                with contextlib.suppress(OSError):
                    folder.rmdir()  # created above, left empty by the refusal
            raise


def _check_space(archive: Path, folder: Path, needed: int) -> None:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the writes themselves will tell
    if needed + SPACE_MARGIN > free:
        raise ValidationError(
            "restore.no_space",
            path=str(archive),
            folder=str(folder),
            needed_mb=_mb(needed + SPACE_MARGIN),
            free_mb=_mb(free),
        )


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; the folders created, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()][::-1]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        for made in reversed(missing):
            with contextlib.suppress(OSError):
                made.rmdir()
        raise ValidationError(
            "restore.target_folder", path=str(folder), reason=exc.strerror or str(exc)
        ) from exc
    return missing


def _unpack(
    backup: Backup, archive: Path, target: Path, files_dir: Path, limits: Limits
) -> RestoreResult:
    zf, members, files = backup.zf, backup.members, backup.files
    try:
        with (
            staged(target, mode=PRIVATE_MODE) as db_tmp,
            staged(files_dir, mode=PRIVATE_MODE, folder=True) as files_tmp,
        ):
            cap = min(members[DB_MEMBER].file_size, limits.max_database_bytes)
            _extract(zf, archive, members[DB_MEMBER], db_tmp, cap, header=SQLITE_HEADER)
            revision = _check_database(archive, db_tmp)
            warnings = _chain_warnings(db_tmp) + _attachment_warnings(archive, db_tmp, files)
            for stored, sha in files.items():
                out = files_tmp / stored
                out.parent.mkdir(mode=0o700, exist_ok=True)
                info = members[FILES_PREFIX + stored]
                actual = _extract(
                    zf, archive, info, out, min(info.file_size, limits.max_file_bytes)
                )
                if actual != sha:
                    raise ValidationError(
                        "restore.file_changed",
                        path=str(archive),
                        member=info.filename,
                        expected=sha,
                        actual=actual,
                    )
            _publish(files_tmp if files else None, files_dir, db_tmp, target)
    except OSError as exc:
        raise ValidationError(
            "restore.write_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
    return RestoreResult(target, len(files), revision, warnings)


def _publish(files_tmp: Path | None, files_dir: Path, db_tmp: Path, target: Path) -> None:
    """Move the files folder, then the database, to their names; both or neither."""
    if files_tmp is not None:
        try:
            publish(files_tmp, files_dir, overwrite=False)
        except FileExistsError as exc:  # appeared while the backup was unpacked
            raise ConflictError("restore.files_exist", path=str(files_dir)) from exc
    try:
        publish(db_tmp, target, overwrite=False)
    except BaseException as exc:
        if files_tmp is not None:
            shutil.rmtree(files_dir, ignore_errors=True)
        if isinstance(exc, FileExistsError):
            raise ConflictError("restore.target_exists", path=str(target)) from exc
        raise


def _extract(
    zf: zipfile.ZipFile,
    archive: Path,
    info: zipfile.ZipInfo,
    out: Path,
    cap: int,
    header: bytes | None = None,
) -> str:
    """Unpack one member into ``out`` (at most ``cap`` bytes); the SHA-256 of what it held."""
    digest = hashlib.sha256()
    written = 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    try:
        with zf.open(info) as src, os.fdopen(os.open(out, flags, 0o600), "wb") as dst:
            while chunk := src.read(MiB):
                if (
                    header is not None
                    and written == 0
                    and not chunk.startswith(header[: len(chunk)])
                ):
                    raise ValidationError(
                        "restore.not_a_database", path=str(archive), member=info.filename
                    )
                written += len(chunk)
                if written > cap:  # more than the header declared: it lied
                    raise ValidationError(
                        "restore.member_too_large",
                        path=str(archive),
                        member=info.filename,
                        size_mb=f"> {_mb(cap)}",
                        limit_mb=_mb(cap),
                    )
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())  # the folder is published whole: its files must be on disk
    except DAMAGED as exc:
        raise ValidationError(
            "restore.member_damaged", path=str(archive), member=info.filename, reason=str(exc)
        ) from exc
    if header is not None and written < len(header):
        raise ValidationError("restore.not_a_database", path=str(archive), member=info.filename)
    return digest.hexdigest()


def _check_database(archive: Path, path: Path) -> str:
    """That ``path`` is a sound InspectDesk database this program knows; its revision."""
    from app.db.migrate import head_revision, known_revisions

    try:
        connection = sqlite3.connect(path)
    except sqlite3.Error as exc:
        raise ValidationError(
            "restore.not_a_database", path=str(archive), member=DB_MEMBER
        ) from exc
    try:
        # A database copied in WAL mode is made self-contained first.
        connection.execute("PRAGMA journal_mode = DELETE")
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            raise ValidationError(
                "restore.integrity", path=str(archive), detail="; ".join(map(str, problems))
            )
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        absent = [t for t in REQUIRED_TABLES if t not in tables]
        if absent:
            raise ValidationError("restore.not_inspectdesk", path=str(archive), table=absent[0])
        planted = foreign_objects_sqlite(connection)
        if planted:
            kind, name = planted[0]
            raise ValidationError("restore.foreign_object", path=str(archive), kind=kind, name=name)
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            "restore.not_a_database", path=str(archive), member=DB_MEMBER
        ) from exc
    finally:
        connection.close()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise ValidationError("restore.not_inspectdesk", path=str(archive), table="alembic_version")
    revision = rows[0][0]
    if revision not in known_revisions():
        raise ValidationError(
            "restore.newer_schema", path=str(archive), revision=revision, head=head_revision()
        )
    return revision


def _chain_warnings(path: Path) -> list[IntegrityProblem]:
    """The audit chain of the unpacked database (every revision has the same audit tables)."""
    url = URL.create("sqlite+pysqlite", database=str(path))
    # A plain engine: no WAL switch, no pragmas; read only.
    db = Database(url, engine=create_engine(url, poolclass=NullPool))
    try:
        chain = verify_chain(db)
    except Exception as exc:  # whatever the stored events hold: say so, do not fail
        return [IntegrityProblem("restore.audit_unreadable", reason=str(exc)[:300])]
    finally:
        db.dispose()
    if chain.ok:
        return []
    return [
        IntegrityProblem(
            "restore.audit_broken",
            seq=chain.bad_seq,
            event_id=chain.bad_id or "—",
            reason=chain.reason or "",
        )
    ]


def _attachment_warnings(
    archive: Path, path: Path, files: dict[str, str]
) -> list[IntegrityProblem]:
    """Attachments whose file the backup does not hold, or holds with other bytes."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT a.stored_path, a.sha256, a.original_name, c.case_number "
            "FROM attachments a LEFT JOIN cases c ON c.id = a.case_id "
            "ORDER BY c.case_number, a.original_name, a.stored_path"
        ).fetchall()
    except sqlite3.Error as exc:  # not the attachments table of any revision
        raise ValidationError(
            "restore.not_inspectdesk", path=str(archive), table="attachments"
        ) from exc
    finally:
        connection.close()
    warnings = []
    for stored, sha, name, case_number in rows:
        values = {"name": name, "case_number": case_number or "—", "sha256": sha}
        held = files.get(str(stored))
        if held is None:
            warnings.append(IntegrityProblem("restore.attachment_missing", **values))
        elif held != sha:
            warnings.append(IntegrityProblem("restore.attachment_changed", actual=held, **values))
    return warnings


def _mb(size: int) -> str:
    return f"{size / MiB:.1f}"
