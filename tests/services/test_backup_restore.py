"""A backup that says it was written restores; a restore trusts nothing in its zip.

Backups are of SQLite files (a server is backed up with pg_dump: test_attachments_server.py),
so what takes ``db`` here is ``sqlite_only``; the restore tests take a genuine backup
made once and alter or forge it.  Every refusal is exit status 2 with a message naming
the zip and what is wrong, and leaves nothing behind: no database, no ``.files``
folder, no temporary file, not even the folder made for them.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.db.migrate import head_revision, open_database
from app.domain.catalogue import labels_of
from app.domain.errors import ValidationError
from app.services.casework import cases
from app.services.rectification import attachments
from app.services.safekeeping import maintenance
from app.services.safekeeping.backup import backup
from app.services.safekeeping.restore import Limits, restore
from app.services.support.context import Actor
from tests.cli.conftest import Cli
from tests.conftest import Databases
from tests.services.backup_zips import (
    DB,
    MANIFEST,
    Members,
    MiB,
    forge_zip,
    manifest_of,
    read_zip,
    replace,
    stored,
    with_manifest,
    with_sql,
    write_zip,
    zero_stream,
)
from tests.services.helpers import add_company

ADMIN = Actor("admin", role="admin")
FILES = {"整改报告.pdf": b"%PDF-1.4 rectification report", "现场照片.png": b"\x89PNG photo"}
ROOT = Path(__file__).resolve().parents[2]


def _filled(db: Database, folder: Path) -> str:
    number = cases.open_case(db, ADMIN, add_company(db, ADMIN, 1))
    for name, content in FILES.items():
        (folder / name).write_bytes(content)
        attachments.add_attachment(db, ADMIN, number, folder / name)
    return number


@pytest.fixture(scope="module")
def genuine(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Members:
    """The members of a sound backup of one case with two attachments."""
    folder = tmp_path_factory.mktemp("genuine")
    db = databases.open("sqlite", folder)
    try:
        _filled(db, folder)
        assert backup(db, folder / "b.zip", actor=ADMIN).ok
    finally:
        databases.close(db)
    return read_zip(folder / "b.zip")


@pytest.fixture
def run(databases: Databases, tmp_path: Path) -> Cli:
    """The command line, with a database of its own in ``tmp_path/cli``."""
    folder = tmp_path / "cli"
    folder.mkdir()
    return Cli(Path(databases.location("sqlite", folder)), folder / "data")


def _stored_path(members: Members, n: int = 0) -> str:
    return sorted(manifest_of(members)["files"])[n]


def _refused(run: Cli, archive: Path, code: str, **values: str) -> ValidationError:
    """Restore refuses ``archive`` with ``code``, as a service and as a command; nothing left."""
    target = archive.parent.parent / "restored" / "new.sqlite3"
    with pytest.raises(ValidationError) as refused:
        restore(archive, target)
    assert refused.value.code == code, refused.value
    for name, value in values.items():
        assert refused.value.values[name] == value
    for lang in ("en", "zh"):
        assert "{" not in refused.value.render(lang)
    result = run("restore", str(archive), "-o", str(target))
    assert result.rc == 2, result
    assert archive.name in result.err and "Unexpected" not in result.err
    assert result.out == ""
    assert not target.parent.exists()  # nor the database, its .files or a temporary file
    assert sorted(p.name for p in archive.parent.iterdir()) == [archive.name]
    return refused.value


KEEP = object()


def _first_entry(
    new_key: Callable[[str], str] | None = None, value: object = KEEP
) -> Callable[[dict[str, Any]], None]:
    """A change of the manifest's first file entry: its path, or its hash."""

    def change(manifest: dict[str, Any]) -> None:
        files = manifest["files"]
        key = sorted(files)[0]
        sha = files.pop(key)
        files[new_key(key) if new_key else key] = sha if value is KEEP else value

    return change


GIB = 1024 * MiB
SHA_B = "b" * 64
MANIFESTS = {
    "not JSON": (lambda m: b'{"format": "inspectdesk-backup", ', "restore.manifest_unreadable", None),
    "not UTF-8": (lambda m: b'\xff\xfe{"format": 1}', "restore.manifest_unreadable", None),
    "a list": (lambda m: b"[]", "restore.manifest_not_object", None),
    "a string": (lambda m: b'"inspectdesk-backup"', "restore.manifest_not_object", None),
    "another format": (lambda m: m.update(format="inspectdesk-exchange"), "restore.not_a_backup", None),
    "no format version": (lambda m: m.pop("format_version"), "restore.manifest_field", "missing"),
    "format version 2": (lambda m: m.update(format_version=2), "restore.manifest_field", "unsupported"),
    "format version as text": (lambda m: m.update(format_version="1"), "restore.manifest_field", "unsupported"),
    "no files": (lambda m: m.pop("files"), "restore.manifest_field", "missing"),
    "files a list": (lambda m: m.update(files=["ab/ab"]), "restore.manifest_field", "not_object"),
    "hash a number": (_first_entry(value=123), "restore.manifest_entry", "not_text"),
    "hash null": (_first_entry(value=None), "restore.manifest_entry", "not_text"),
    "hash not hex": (_first_entry(value="xyz"), "restore.manifest_entry", "bad_sha"),
    "hash in capitals": (_first_entry(value="A" * 64), "restore.manifest_entry", "bad_sha"),
    "path with ..": (_first_entry(lambda k: "../" + k), "restore.manifest_entry", "dotdot"),
    "absolute path": (_first_entry(lambda k: "/etc/passwd"), "restore.manifest_entry", "absolute"),
    "drive letter": (_first_entry(lambda k: "C:/Windows/x"), "restore.manifest_entry", "absolute"),
    "backslash": (_first_entry(lambda k: k.replace("/", "\\")), "restore.manifest_entry", "backslash"),
    "too many parts": (_first_entry(lambda k: "ab/cd/" + k), "restore.manifest_entry", "parts"),
    "not a stored name": (_first_entry(lambda k: "ab/notes.txt"), "restore.manifest_entry", "bad_name"),
    "wrong folder": (_first_entry(lambda k: "00/" + k[3:]), "restore.manifest_entry", "bad_name"),
    "not in the zip": (_first_entry(lambda k: f"bb/{SHA_B}"), "restore.manifest_entry", "not_in_zip"),
    "duplicate entry": (
        lambda m: json.dumps(m).replace('"files": {', f'"files": {{"bb/{SHA_B}": "{SHA_B}", "bb/{SHA_B}": "{SHA_B}", ').encode(),
        "restore.manifest_duplicate",
        None,
    ),
}  # fmt: skip


@pytest.mark.parametrize("variant", MANIFESTS)
def test_every_malformed_manifest_is_refused_with_its_reason(
    genuine: Members, run: Cli, tmp_path: Path, variant: str
) -> None:
    change, code, problem = MANIFESTS[variant]
    archive = write_zip(tmp_path / "in" / "b.zip", with_manifest(genuine, change))
    error = _refused(run, archive, code)
    if problem is not None:
        assert error.values["problem"] == problem
        for lang in ("en", "zh"):  # shown in words, not as a code
            assert labels_of("manifest_problem")[problem][lang] in error.render(lang)


@pytest.mark.parametrize(
    "variant, code",
    [
        ("no manifest", "restore.no_manifest"),
        ("no database", "restore.member_missing"),
        ("the database twice", "restore.duplicate_member"),
        ("a member climbing out", "restore.unexpected_member"),
        ("an absolute member", "restore.unexpected_member"),
        ("a file the manifest does not list", "restore.unexpected_member"),
        ("not a zip", "restore.not_a_zip"),
        ("a folder", "restore.unreadable"),
    ],
)
def test_a_zip_that_is_not_a_whole_backup_is_refused(
    genuine: Members, run: Cli, tmp_path: Path, variant: str, code: str
) -> None:
    archive = tmp_path / "in" / "b.zip"
    if variant == "no manifest":
        write_zip(archive, replace(genuine, MANIFEST, None))
    elif variant == "no database":
        write_zip(archive, replace(genuine, DB, None))
    elif variant == "the database twice":
        write_zip(archive, [*genuine, (DB, b"SQLite format 3\x00 another")])
    elif variant == "a member climbing out":
        write_zip(archive, [*genuine, ("files/../../evil.txt", b"outside the target")])
    elif variant == "an absolute member":
        write_zip(archive, [*genuine, ("/tmp/evil.txt", b"anywhere")])
    elif variant == "a file the manifest does not list":
        write_zip(archive, [*genuine, ("files/ab/" + "a" * 64, b"unlisted")])
    elif variant == "not a zip":
        archive.parent.mkdir()
        archive.write_text("a text file named .zip\n")
    else:
        archive.mkdir(parents=True)
    _refused(run, archive, code)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    # 3 GiB of zeros as the database: a 3 MB zip
    bomb = zero_stream(3 * 1024)
    members = dict(genuine)
    archive = forge_zip(
        tmp_path / "in" / "bomb.zip",
        [(DB, 8, bomb, 0, 3 * 1024 * MiB), (MANIFEST, *stored(members[MANIFEST]))]
        + [(n, *stored(d)) for n, d in genuine if n.startswith("files/")],
    )
    assert archive.stat().st_size < 4 * 10**6
    error = _refused(run, archive, "restore.member_ratio", member=DB)
    assert error.values["ratio"] > 900
    # with honest limits on size too, the size alone refuses it
    with pytest.raises(ValidationError) as too_large:
        restore(archive, tmp_path / "restored" / "x.sqlite3", limits=Limits(max_database_bytes=GIB))
    assert too_large.value.code == "restore.member_too_large"


def test_a_header_that_lies_about_the_size_gets_no_more_than_it_says(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    # a SQLite header and 3 GiB of zeros, declared as 2 MiB (with the CRC of those 2 MiB)
    head = b"SQLite format 3\x00"
    bomb = zero_stream(3 * 1024, head)
    declared = head + bytes(2 * MiB - len(head))
    members = dict(genuine)
    archive = forge_zip(
        tmp_path / "in" / "liar.zip",
        [(DB, 8, bomb, zlib.crc32(declared), len(declared)), (MANIFEST, *stored(members[MANIFEST]))]
        + [(n, *stored(d)) for n, d in genuine if n.startswith("files/")],
    )
    # at most the 2 MiB declared were unpacked: not a database, refused, nothing left
    _refused(run, archive, "restore.not_a_database", member=DB)


@pytest.mark.parametrize(
    "database, code",
    [
        (b"These are my notes, not a database.\n" * 200, "restore.not_a_database"),
        (b"SQLite format 3\x00" + b"\x00" * 4000, "restore.not_a_database"),
        (b"", "restore.not_a_database"),
    ],
    ids=["a text file", "a header and nothing", "empty"],
)
def test_a_database_member_that_is_no_database_is_refused(
    genuine: Members, run: Cli, tmp_path: Path, database: bytes, code: str
) -> None:
    archive = write_zip(tmp_path / "in" / "b.zip", replace(genuine, DB, database))
    _refused(run, archive, code, member=DB)


def test_a_sqlite_database_of_another_program_is_refused(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    other = with_sql(genuine, tmp_path, "DROP TABLE audit_head")
    error = _refused(run, write_zip(tmp_path / "in" / "b.zip", other), "restore.not_inspectdesk")
    assert error.values["table"] == "audit_head"
    empty = with_sql(genuine, tmp_path, "DELETE FROM alembic_version")
    _refused(run, write_zip(tmp_path / "in" / "b.zip", empty), "restore.not_inspectdesk")
    odd = with_sql(genuine, tmp_path, "ALTER TABLE attachments DROP COLUMN original_name")
    error = _refused(run, write_zip(tmp_path / "in" / "b.zip", odd), "restore.not_inspectdesk")
    assert error.values["table"] == "attachments"


def test_a_damaged_database_page_fails_the_integrity_check(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    data = bytearray(dict(genuine)[DB])
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 3] = b"\xa5" * page  # the third page: scrambled
    archive = write_zip(tmp_path / "in" / "b.zip", replace(genuine, DB, bytes(data)))
    with pytest.raises(ValidationError) as refused:
        restore(archive, tmp_path / "restored" / "new.sqlite3")
    assert refused.value.code in ("restore.integrity", "restore.not_a_database")
    _refused(run, archive, refused.value.code)


def test_a_database_of_a_newer_program_is_refused(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    newer = with_sql(genuine, tmp_path, "UPDATE alembic_version SET version_num = '9999'")
    archive = write_zip(tmp_path / "in" / "b.zip", newer)
    error = _refused(run, archive, "restore.newer_schema", revision="9999", head=head_revision())
    assert "newer InspectDesk" in error.render("en")


def test_a_file_changed_in_the_zip_is_refused_after_others_were_unpacked(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    last = "files/" + _stored_path(genuine, 1)
    archive = write_zip(tmp_path / "in" / "b.zip", replace(genuine, last, b"swapped evidence"))
    error = _refused(run, archive, "restore.file_changed", member=last)
    assert error.values["actual"] == hashlib.sha256(b"swapped evidence").hexdigest()


def test_a_backup_too_big_for_the_disk_is_refused(
    genuine: Members, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    archive = write_zip(tmp_path / "in" / "b.zip", genuine)
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, MiB)
    )  # type: ignore[attr-defined]
    with pytest.raises(ValidationError) as refused:
        restore(archive, tmp_path / "restored" / "new.sqlite3")
    assert refused.value.code == "restore.no_space"
    assert not (tmp_path / "restored").exists()


def test_a_broken_audit_chain_restores_with_a_warning(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    tampered = with_sql(
        genuine, tmp_path, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"
    )
    archive = write_zip(tmp_path / "in" / "b.zip", tampered)
    result = restore(archive, tmp_path / "restored" / "new.sqlite3")
    (warning,) = result.warnings
    assert warning.code == "restore.audit_broken" and warning.values["seq"] == 2
    assert "its content does not match its hash" in warning.render("en")
    assert "事件内容与其哈希不符" in warning.render("zh")
    shown = run("restore", str(archive), "-o", str(tmp_path / "again" / "new.sqlite3"))
    assert shown.rc == 1, shown
    assert "Restored to" in shown.out
    assert "Warning: the restored database's audit chain breaks at event #2" in shown.err
    copy = open_database(str(tmp_path / "again" / "new.sqlite3"))
    try:
        # the broken chain, and the record whose creator that event no longer names
        codes = [p.code for p in maintenance.check(copy).problems]
        assert codes == ["audit.broken", "audit.record_differs"]
    finally:
        copy.dispose()


def test_a_sound_backup_restores_without_a_word_of_warning(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    archive = write_zip(tmp_path / "in" / "b.zip", genuine)
    target = tmp_path / "restored" / "new.sqlite3"
    result = run("restore", str(archive), "-o", str(target))
    assert (result.rc, result.err) == (0, ""), result
    copy = open_database(str(target))
    try:
        assert maintenance.check(copy).ok and maintenance.check(copy).attachments == 2
    finally:
        copy.dispose()
    assert sorted(p.name for p in target.parent.iterdir()) == ["new.sqlite3", "new.sqlite3.files"]


def test_restore_never_writes_over_what_exists_or_where_it_cannot(
    genuine: Members, run: Cli, tmp_path: Path
) -> None:
    archive = write_zip(tmp_path / "in" / "b.zip", genuine)
    folder = tmp_path / "taken"
    (folder / "new.sqlite3.files").mkdir(parents=True)
    result = run("restore", str(archive), "-o", str(folder / "new.sqlite3"))
    assert result.rc == 2 and "new.sqlite3.files" in result.err, result
    assert sorted(p.name for p in folder.iterdir()) == ["new.sqlite3.files"]
    (tmp_path / "a-file").write_text("not a folder")
    for target in ([Path("/proc/nope/x.sqlite3")] if sys.platform == "linux" else []) + [
        tmp_path / "a-file" / "x.sqlite3"
    ]:
        result = run("restore", str(archive), "-o", str(target))
        assert result.rc == 2, result
        assert "Cannot create the target folder" in result.err and "Unexpected" not in result.err


# --- backing up what is damaged ---------------------------------------------------------


@pytest.fixture
def source(db: Database, tmp_path: Path) -> tuple[Database, str]:
    return db, _filled(db, tmp_path)


def _store_file(db: Database, name: str) -> Path:
    sha = hashlib.sha256(FILES[name]).hexdigest()
    return db.attachments_dir / attachments.relative_path(sha)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("damage", ["changed", "missing"])
def test_a_damaged_or_missing_attachment_is_named_and_the_backup_still_restores(
    source: tuple[Database, str], run: Cli, tmp_path: Path, damage: str
) -> None:
    db, number = source
    path = _store_file(db, "整改报告.pdf")
    if damage == "changed":
        path.write_bytes(b"%PDF-1.4 altered behind the program's back")
    else:
        path.unlink()
    archive = tmp_path / "backups" / "b.zip"
    result = backup(db, archive, actor=ADMIN)
    (problem,) = result.problems
    assert problem.code == f"backup.attachment_{damage}"
    assert (problem.values["name"], problem.values["case_number"]) == ("整改报告.pdf", number)
    assert result.files == (2 if damage == "changed" else 1)

    shown = run("backup", "-o", str(tmp_path / "backups" / "c.zip"), db=db.file)
    assert shown.rc == 1, shown
    assert "Backup written to" in shown.out
    assert "整改报告.pdf" in shown.err and number in shown.err
    assert "damaged or missing" in shown.err

    restored = restore(archive, tmp_path / "restored" / "new.sqlite3")
    assert [w.code for w in restored.warnings] == [f"restore.attachment_{damage}"]
    assert restored.warnings[0].values["case_number"] == number
    again = tmp_path / "restored" / "new.sqlite3.files" / path.relative_to(db.attachments_dir)
    assert again.exists() == (damage == "changed")
    if damage == "changed":
        assert again.read_bytes() == path.read_bytes()  # as found: the evidence is kept
    copy = open_database(str(restored.path))
    try:
        assert [p.code for p in maintenance.check(copy).problems] == [
            p.code for p in maintenance.check(db).problems
        ]
    finally:
        copy.dispose()


@pytest.mark.sqlite_only
def test_an_attachment_replaced_by_a_link_is_not_followed(
    source: tuple[Database, str], tmp_path: Path
) -> None:
    # Given a stored file replaced by a symbolic link to a file outside the store
    db, _number = source
    path = _store_file(db, "整改报告.pdf")
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"not the office's to copy")
    path.unlink()
    path.symlink_to(secret)
    # Then the backup reports the attachment as missing and copies nothing it points at
    archive = tmp_path / "backups" / "b.zip"
    result = backup(db, archive, actor=ADMIN)
    assert [p.code for p in result.problems] == ["backup.attachment_missing"]
    with zipfile.ZipFile(archive) as zf:
        assert all(b"not the office's" not in zf.read(n) for n in zf.namelist())


KILLED_BACKUP = """
import sys, time, zipfile
from pathlib import Path
from app.db.migrate import open_database
from app.services.safekeeping.backup import backup
from app.services.support.context import Actor

def stop(*args, **kwargs):
    print("manifest", flush=True)
    time.sleep(120)

zipfile.ZipFile.writestr = stop  # the manifest goes in last: everything else is written
backup(open_database(sys.argv[1]), Path(sys.argv[2]), actor=Actor("admin", role="admin"))
"""


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_backup_leaves_its_copies_beside_the_target_for_the_next_run(
    source: tuple[Database, str], tmp_path: Path
) -> None:
    db, _number = source
    folder = tmp_path / "backups"
    target = folder / "b.zip"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(db.file), str(target)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "manifest"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    left = sorted(folder.iterdir())
    assert not target.exists() and len(left) == 2
    assert all(p.name.startswith(".b.zip~") and f"-{proc.pid}-" in p.name for p in left)
    # the database copy and the zip without its manifest: beside the target, not in /tmp
    assert sorted(p.read_bytes()[:4] for p in left) == [b"PK\x03\x04", b"SQLi"]
    result = backup(db, target, actor=ADMIN)
    assert result.ok
    assert sorted(folder.iterdir()) == [target]
    with zipfile.ZipFile(target) as zf:
        assert manifest_of([(MANIFEST, zf.read(MANIFEST))])["format"] == "inspectdesk-backup"


@pytest.mark.parametrize(
    ("kind", "statement"),
    [
        (
            "trigger",
            "CREATE TRIGGER evil AFTER INSERT ON audit_events BEGIN "
            "UPDATE findings SET status = 'verified' WHERE status = 'open'; "
            "DELETE FROM attachments; END",
        ),
        ("view", "CREATE VIEW evil AS SELECT * FROM cases"),
    ],
)
def test_a_database_with_a_planted_trigger_or_view_is_refused(
    genuine: Members, run: Cli, tmp_path: Path, kind: str, statement: str
) -> None:
    # Given a sound backup whose database was given a trigger (or view) by hand: no
    # migration makes one, and a trigger would run with the program's rights on the
    # next ordinary write
    planted = with_sql(genuine, tmp_path, statement)
    archive = write_zip(tmp_path / "in" / "b.zip", planted)
    # Then the restore is refused naming it, in both languages, and nothing is left behind
    refused = _refused(run, archive, "restore.foreign_object", kind=kind, name="evil")
    assert "evil" in refused.render("en") and "never creates" in refused.render("en")
    assert {"trigger": "触发器", "view": "视图"}[kind] in refused.render("zh")
