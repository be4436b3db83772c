"""The audit chain notices any change to the past; attachments are kept by content."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Attachment, AuditEvent
from app.domain.errors import ValidationError
from app.services.casework import cases
from app.services.rectification import attachments
from app.services.registry import settings
from app.services.safekeeping import maintenance
from app.services.support import audit
from app.services.support.context import Actor
from tests.services.helpers import add_company


def _case(db: Database, actor: Actor) -> str:
    code = add_company(db, actor, 1)
    return cases.open_case(db, actor, code)


def test_every_change_is_recorded_with_who_and_values(db: Database, actor: Actor) -> None:
    number = _case(db, actor)
    cases.change_status(db, actor, number, "awaiting_report", note="等待报告")
    with db.read() as s:
        events = s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars().all()
    assert [e.action for e in events] == ["company.create", "case.open", "case.status"]
    assert events[-1].actor == actor.login
    assert events[-1].before == {
        "status": "opened",
        "version": 1,
        "updated_at": events[-1].before["updated_at"],
    }  # type: ignore[index]
    assert events[-1].after["status"] == "awaiting_report"  # type: ignore[index]
    assert all(e.prev_hash == p.hash for p, e in itertools.pairwise(events))


@pytest.mark.parametrize(
    "tamper, reason",
    [
        ("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2", "hash"),
        (
            "UPDATE audit_events SET after = json_set(after, '$.status', 'closed') WHERE seq = 2",
            "hash",
        ),
        ("DELETE FROM audit_events WHERE seq = 2", "gap"),
        ("DELETE FROM audit_events WHERE seq = 3", "head"),
        ("UPDATE audit_events SET prev_hash = hash WHERE seq = 3", "link"),
    ],
)
def test_tampering_with_the_file_is_detected(
    db: Database, actor: Actor, tamper: str, reason: str
) -> None:
    number = _case(db, actor)
    cases.change_status(db, actor, number, "awaiting_report")
    assert audit.verify_chain(db).ok
    if not db.is_sqlite:
        tamper = tamper.replace(
            "json_set(after, '$.status', 'closed')",
            "jsonb_set(after::jsonb, '{status}', '\"closed\"')::json",
        )
    # Behind the program's back, as someone with the database file or a server login.
    with db.engine.begin() as raw:
        raw.exec_driver_sql(tamper)
    report = audit.verify_chain(db)
    assert not report.ok and report.reason == reason
    assert report.bad_seq in (2, 3)


@pytest.mark.sqlite_only  # the <database>.files folder; PostgreSQL: test_attachments_server.py
def test_attachment_stored_by_hash_with_sanitised_name(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    number = _case(db, actor)
    source = tmp_path / "整改报告.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    first = attachments.add_attachment(db, actor, number, source, name="../../etc/整改\x07报告.pdf")
    second = attachments.add_attachment(db, actor, number, source)
    with db.read() as s:
        rows = {a.id: a for a in s.execute(select(Attachment)).scalars()}
    a, b = rows[first], rows[second]
    assert a.original_name == "整改报告.pdf" and a.media_type == "application/pdf"
    assert a.sha256 == b.sha256 == attachments.file_hash(source) and a.size == source.stat().st_size
    stored = db.attachments_dir / a.stored_path
    assert stored.read_bytes() == source.read_bytes()
    assert (
        len(list(db.attachments_dir.rglob("*"))) == 2
    )  # one folder, one file: same content kept once
    assert maintenance.check(db).ok

    stored.write_bytes(b"changed")
    problems = maintenance.check(db).problems
    assert [p.code for p in problems] == ["check.attachment_changed", "check.attachment_changed"]


@pytest.mark.sqlite_only  # the <database>.files folder; PostgreSQL: test_attachments_server.py
def test_attachment_over_the_limit_is_refused_and_nothing_kept(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    number = _case(db, actor)
    settings.set_setting(db, actor, "attachment_max_mb", "1")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(ValidationError) as refused:
        attachments.add_attachment(db, actor, number, big)
    assert refused.value.code == "attachment.too_large"
    assert not any(p.is_file() for p in db.attachments_dir.rglob("*"))
    with db.read() as s:
        assert s.execute(select(Attachment)).first() is None


@pytest.mark.sqlite_only  # the <database>.files folder; PostgreSQL: test_attachments_server.py
def test_backup_and_restore_give_back_records_and_files(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    from app.db.migrate import open_database

    number = _case(db, actor)
    source = tmp_path / "photo.png"
    source.write_bytes(b"\x89PNG fake")
    attachments.add_attachment(db, actor, number, source)
    archive = tmp_path / "backup.zip"
    result = maintenance.backup(db, archive, actor=actor)
    assert result.files == 1
    restored = maintenance.restore(archive, tmp_path / "restored" / "db.sqlite3").path
    copy = open_database(str(restored))
    try:
        assert [r.case_number for r in cases.list_cases(copy, actor)] == [number]
        assert maintenance.check(copy).ok
        assert cases.show_case(copy, actor, number).attachments[0].sha256 == attachments.file_hash(
            source
        )
    finally:
        copy.dispose()


def test_settings_are_checked_and_audited(db: Database, actor: Actor) -> None:
    assert settings.get_setting(db, "attachment_max_mb") == 200
    for key, value, code in [
        ("attachment_max_mb", "0", "setting.out_of_range"),
        ("attachment_max_mb", "lots", "field.invalid_number"),
        ("colour", "1", "field.invalid_choice"),
    ]:
        with pytest.raises(ValidationError) as refused:
            settings.set_setting(db, actor, key, value)
        assert refused.value.code == code
    settings.set_setting(db, actor, "attachment_max_mb", " 50 ")
    assert settings.all_settings(db)["attachment_max_mb"] == 50
    with db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
    assert event is not None and event.action == "setting.set" and event.after == {"value": "50"}
