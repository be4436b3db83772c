"""Attachments on a PostgreSQL server: kept in the database, so every workstation reads them.

The SQLite side (files in ``<database>.files``) is in test_audit_and_files.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db.engine import Database
from app.db.migrate import open_database
from app.db.models import Attachment, AttachmentBlob
from app.domain.errors import ValidationError
from app.services.casework import cases
from app.services.rectification import attachments
from app.services.registry import settings
from app.services.safekeeping import maintenance
from app.services.support.context import Actor
from tests.services.helpers import add_company

pytestmark = pytest.mark.pg_only


def _case(db: Database, actor: Actor) -> str:
    return cases.open_case(db, actor, add_company(db, actor, 1))


def _blob_count(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(AttachmentBlob)).scalar_one())


def _workstation(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Another official's machine: its own data and cache folders, nothing shared."""
    folder.mkdir()
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(folder))


def test_a_file_added_on_one_workstation_opens_on_another(
    db: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a photo added on the first workstation
    _workstation(monkeypatch, tmp_path / "first")
    number = _case(db, actor)
    source = tmp_path / "现场照片.png"
    source.write_bytes(b"\x89PNG one photo")
    attachments.add_attachment(db, actor, number, source)

    # When a second workstation, with a folder of its own, opens the same database
    _workstation(monkeypatch, tmp_path / "second")
    other = open_database(db.url)
    try:
        att = cases.show_case(other, actor, number).attachments[0]
        path = attachments.stored_file(other, attachments.relative_path(att.sha256))

        # Then it reads the same bytes, fetched from the server into its own cache
        assert path.read_bytes() == source.read_bytes()
        assert path.is_relative_to(tmp_path / "second")
        assert attachments.file_hash(path) == att.sha256
        assert maintenance.check(other).ok
    finally:
        other.dispose()
    assert not list((tmp_path / "first").rglob("*.files"))  # no folder beside any database


def test_the_same_content_is_kept_once(db: Database, actor: Actor, tmp_path: Path) -> None:
    number = _case(db, actor)
    source = tmp_path / "报告.pdf"
    source.write_bytes(b"%PDF-1.4 report")
    attachments.add_attachment(db, actor, number, source)
    attachments.add_attachment(db, actor, number, source, name="报告（副本）.pdf")
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4 another")
    attachments.add_attachment(db, actor, number, other)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Attachment)).scalar_one() == 3
        sizes = dict(s.execute(select(AttachmentBlob.sha256, AttachmentBlob.size)).all())
    assert sizes == {
        attachments.file_hash(source): source.stat().st_size,
        attachments.file_hash(other): other.stat().st_size,
    }


def test_check_rehashes_the_server_copies(db: Database, actor: Actor, tmp_path: Path) -> None:
    number = _case(db, actor)
    source = tmp_path / "evidence.txt"
    source.write_bytes("整改材料".encode())
    attachments.add_attachment(db, actor, number, source)
    sha = attachments.file_hash(source)
    assert maintenance.check(db).ok

    # Someone with a server login changes the stored content.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_blobs SET content = 'changed'::bytea"))
    problems = maintenance.check(db).problems
    assert [p.code for p in problems] == ["check.attachment_changed"]
    assert problems[0].values["sha256"] == sha

    # A workstation that had not fetched the file yet gets the changed bytes under their
    # own hash, so whoever opens it sees that it no longer matches.
    for cached in attachments.cache_root().rglob("*"):
        if cached.is_file():
            cached.unlink()
    fetched = attachments.stored_file(db, attachments.relative_path(sha))
    assert fetched.read_bytes() == b"changed"
    assert attachments.file_hash(fetched) != sha

    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attachment_blobs"))
    assert [p.code for p in maintenance.check(db).problems] == ["check.attachment_missing"]


def test_a_missing_server_copy_is_a_missing_file(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    number = _case(db, actor)
    source = tmp_path / "gone.txt"
    source.write_bytes(b"soon gone")
    attachments.add_attachment(db, actor, number, source)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attachment_blobs"))
    for cached in attachments.cache_root().rglob("*"):
        if cached.is_file():
            cached.unlink()
    path = attachments.stored_file(db, attachments.relative_path(attachments.file_hash(source)))
    assert not path.exists()


def test_a_file_over_the_limit_is_refused_and_nothing_kept(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    number = _case(db, actor)
    settings.set_setting(db, actor, "attachment_max_mb", "1")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(db, actor, number, big)
    assert refused.value.code == "attachment.too_large"
    assert _blob_count(db) == 0
    assert not any(p.is_file() for p in attachments.cache_root().rglob("*"))
    with db.read() as s:
        assert s.execute(select(Attachment)).first() is None


def test_a_failed_record_leaves_no_content_on_the_server(
    db: Database, actor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = _case(db, actor)
    source = tmp_path / "late.txt"
    source.write_bytes(b"never recorded")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    # The content goes in before the record's audit event; a failure there undoes both.
    monkeypatch.setattr(attachments.audit, "record", broken)
    with pytest.raises(RuntimeError):
        attachments.add_attachment(db, actor, number, source)
    assert _blob_count(db) == 0
    with db.read() as s:
        assert s.execute(select(Attachment)).first() is None


def test_backup_on_a_server_points_to_pg_dump(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        maintenance.backup(db, tmp_path / "b.zip", actor=Actor("admin", role="admin"))
    assert refused.value.code == "backup.on_server"
    assert "pg_dump" in refused.value.render("en") and "pg_dump" in refused.value.render("zh")
    assert db.url.database in refused.value.render("en")
    assert not (tmp_path / "b.zip").exists()
