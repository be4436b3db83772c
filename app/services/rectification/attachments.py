"""Attachments: files kept content-addressed by SHA-256.

SQLite: in the ``<database>.files`` folder beside the database file. The file is
written to its final place (named by its hash) before the record is committed; a
file without a record is harmless and is shared by any later record of the same
content, so a rolled-back transaction never leaves a record without its file.

PostgreSQL: in the ``attachment_blobs`` table, once per content, written in the same
transaction as the record, so every workstation of the office reads the files
through the server. To hand a viewer or the dossier a file, :func:`stored_file`
writes the content into the user's cache folder, named by its actual SHA-256.

:func:`stored_file` is the one way the rest of the program reaches a file's bytes.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sqlalchemy import Connection, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import AssessmentReport, Attachment, AttachmentBlob, Finding, Inspection
from app.domain.errors import NotFoundError, ValidationError
from app.domain.filenames import sanitize_filename
from app.services.casework.cases import ensure_open, touch
from app.services.support import audit
from app.services.support.atomic import PRIVATE_MODE, publish, staged, write_bytes
from app.services.support.common import get_case
from app.services.support.context import Actor
from app.services.support.permissions import require

MAX_SETTING = "attachment_max_mb"
OWNER_TYPES = ("case", "report", "inspection", "finding")
_CHUNK = 1024 * 1024


def relative_path(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256}"


def in_database(db: Database) -> bool:
    """Whether the files live in the database (a server) rather than beside a SQLite file."""
    return not db.is_sqlite


def cache_root() -> Path:
    """The local copies of files read from a server, shared by every server (content-addressed)."""
    from app.paths import cache_dir

    return cache_dir() / "attachments"


def stored_file(db: Database, att_path: str) -> Path:
    """The local path of the stored file ``att_path`` (``ab/abcd…``, from ``relative_path``).

    SQLite: the file in the ``<database>.files`` folder. PostgreSQL: a copy of the
    content in the cache folder, fetched from the server when not there yet, and
    named by the SHA-256 of what the server actually holds: a content changed on the
    server comes back under another name, so the callers' hash check sees it. The
    path may not exist: the file (or the server's content) is missing.
    """
    if not in_database(db):
        return db.attachments_dir / att_path
    sha = PurePosixPath(att_path).name
    cached = cache_root() / relative_path(sha)
    if cached.is_file():
        return cached
    with db.read() as session:
        content = session.execute(
            select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha)
        ).scalar_one_or_none()
    if content is None:
        return cached
    actual = hashlib.sha256(content).hexdigest()
    target = cache_root() / relative_path(actual)
    if not target.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(target, content, mode=PRIVATE_MODE)
    return target


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    path: str


def _store(db: Database, source: Path, limit: int, display_name: str) -> StoredFile:
    """Copy ``source`` into the store while hashing it; refuses files over ``limit`` bytes.

    On a server the copy goes to the cache folder; :func:`_store_blob` then puts the
    content into the database inside the transaction that records the attachment.
    """
    root = cache_root() if in_database(db) else db.attachments_dir
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with staged(root / "incoming", mode=PRIVATE_MODE) as tmp:
        with source.open("rb") as src, tmp.open("wb") as dst:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ValidationError(
                        "attachment.too_large",
                        name=display_name,
                        size_mb=f"{source.stat().st_size / 1048576:.1f}",
                        limit_mb=f"{limit / 1048576:.1f}",
                    )
                digest.update(chunk)
                dst.write(chunk)
        sha = digest.hexdigest()
        rel = relative_path(sha)
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():  # else the same content is stored already
            publish(tmp, target)
        return StoredFile(sha, size, rel)


def _store_blob(connection: Connection, stored: StoredFile) -> None:
    """Put the content of a file just stored in the cache into the server, once per content."""
    path = cache_root() / stored.path
    content = path.read_bytes()
    if hashlib.sha256(content).hexdigest() != stored.sha256:  # changed since it was hashed
        raise ValidationError("attachment.unreadable", path=str(path), reason="changed while read")
    # ON CONFLICT: another record (perhaps being added right now on another
    # workstation) already holds the same content.
    connection.execute(
        pg_insert(AttachmentBlob)
        .values(sha256=stored.sha256, size=stored.size, content=content)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )


def max_bytes(db: Database) -> int:
    from app.services.registry.settings import get_setting

    return get_setting(db, MAX_SETTING) * 1024 * 1024


_OWNERS: dict[str, type[AssessmentReport] | type[Inspection] | type[Finding]] = {
    "report": AssessmentReport,
    "inspection": Inspection,
    "finding": Finding,
}


def _check_owner(
    session: Session, case_id: uuid.UUID, owner_type: str, owner_id: uuid.UUID | None
) -> None:
    """A file is attached only to a record of the case itself (never to one of another
    case, which may be in a province the actor does not see)."""
    if owner_id is None:
        return
    if owner_type == "case":
        if owner_id != case_id:
            raise NotFoundError("case.not_found", case_number=str(owner_id))
        return
    model = _OWNERS[owner_type]
    owner_case = session.execute(
        select(model.case_id).where(model.id == owner_id)
    ).scalar_one_or_none()
    if owner_case != case_id:
        raise NotFoundError(f"{owner_type}.not_found", value=str(owner_id))


def add_attachment(
    db: Database,
    actor: Actor,
    case_number: str,
    source: Path,
    *,
    owner_type: str = "case",
    owner_id: uuid.UUID | None = None,
    name: str | None = None,
) -> uuid.UUID:
    """Keep a copy of ``source`` with its original (sanitised) name, media type, size and hash.

    ``owner_type``/``owner_id`` name the record of this case the file belongs to
    (a report, inspection or finding of another case is "not found").
    """
    require(actor, "attachment.add")
    original = sanitize_filename(name or source.name)
    if owner_type not in OWNER_TYPES:
        raise ValidationError(
            "field.invalid_choice",
            field="owner_type",
            value=owner_type,
            allowed=", ".join(OWNER_TYPES),
        )
    if not source.is_file():
        raise ValidationError("attachment.unreadable", path=str(source), reason="not a file")
    with db.read() as session:
        case_id = get_case(session, actor, case_number).id
        _check_owner(session, case_id, owner_type, owner_id)
    limit = max_bytes(db)
    try:
        stored = _store(db, source, limit, original)
    except OSError as exc:
        raise ValidationError(
            "attachment.unreadable", path=str(source), reason=exc.strerror or str(exc)
        ) from exc
    media_type = mimetypes.guess_type(original)[0] or "application/octet-stream"
    with db.write() as session:
        case = get_case(session, actor, case_number)
        ensure_open(case)
        if in_database(db):
            _store_blob(session.connection(), stored)
        attachment = Attachment(
            case_id=case_id,
            owner_type=owner_type,
            owner_id=owner_id or case_id,
            original_name=original,
            media_type=media_type,
            size=stored.size,
            sha256=stored.sha256,
            stored_path=stored.path,
            added_by=actor.login,
        )
        session.add(attachment)
        session.flush()
        touch(case, actor)
        audit.record(
            session,
            actor,
            "attachment.add",
            "attachment",
            attachment.id,
            case_id=case.id,
            after=audit.snapshot(attachment),
        )
        return attachment.id


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_store(src_root: Path, dst_root: Path) -> int:
    """Copy every stored file (used by backup and restore); returns how many."""
    count = 0
    if not src_root.exists():
        return 0
    for path in src_root.rglob("*"):
        if path.is_file() and not path.name.startswith(".incoming-"):
            target = dst_root / path.relative_to(src_root)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
            count += 1
    return count
