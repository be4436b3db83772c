"""Attachments: files kept content-addressed by SHA-256 beside the database.

The file is written to its final place (named by its hash) before the record
is committed; a file without a record is harmless and is shared by any later
record of the same content, so a rolled-back transaction never leaves a record
without its file.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.db.engine import Database
from app.db.models import Attachment
from app.domain.errors import ValidationError
from app.domain.filenames import sanitize_filename
from app.services import audit
from app.services.cases import ensure_open, touch
from app.services.common import get_case
from app.services.context import Actor
from app.services.permissions import require

MAX_SETTING = "attachment_max_mb"
OWNER_TYPES = ("case", "report", "inspection", "finding")
_CHUNK = 1024 * 1024


def relative_path(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256}"


def stored_file(db: Database, att_path: str) -> Path:
    return db.attachments_dir / att_path


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    path: str


def _store(db: Database, source: Path, limit: int, display_name: str) -> StoredFile:
    """Copy ``source`` into the store while hashing it; refuses files over ``limit`` bytes."""
    root = db.attachments_dir
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=root, prefix=".incoming-")
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
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
        if target.exists():
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, target)
        return StoredFile(sha, size, rel)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise


def max_bytes(db: Database) -> int:
    from app.services.settings import get_setting

    return get_setting(db, MAX_SETTING) * 1024 * 1024


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
    """Keep a copy of ``source`` with its original (sanitised) name, media type, size and hash."""
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
        touch(case)
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
