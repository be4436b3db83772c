"""Files are written whole or not at all, and what killed writers leave is cleared away.

A writer killed in the middle (``SIGKILL``: no ``finally`` runs) leaves its temporary
file beside the target, never a half-written target; the next write into that
folder removes it, but never the file of a writer that is still running, of another
computer, or anything of the user's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from app.db.engine import Database
from app.services.casework import cases
from app.services.exports import dossier_export
from app.services.support.atomic import (
    EXPORT_MODE,
    HOST,
    PRIVATE_MODE,
    atomic_write,
    staged,
    sweep,
    write_bytes,
)
from app.services.support.context import Actor
from tests.services.helpers import add_company

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and file modes are POSIX")

WRITER = """
import sys, time
from pathlib import Path
from app.services.support.atomic import EXPORT_MODE, atomic_write

with atomic_write(Path(sys.argv[1]), mode=EXPORT_MODE) as out:
    out.write(b"half of the new content")
    out.flush()
    print("writing", flush=True)
    time.sleep(120)
"""


def start_writer(target: Path) -> subprocess.Popen[str]:
    """A process writing ``target`` with the helper, paused in the middle of the write."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    return proc


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@posix_only
def test_a_killed_writer_leaves_the_old_file_and_the_next_write_clears_its_leftover(
    tmp_path: Path,
) -> None:
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"the dossier exported yesterday")
    writer = start_writer(target)
    try:
        (leftover,) = temporaries(tmp_path)
        assert leftover.startswith(f".dossier.pdf~{HOST}-{writer.pid}-")
        assert leftover.endswith(".part")
        # while it writes, nobody removes its file: not a sweep, not another write
        assert sweep(tmp_path) == []
        write_bytes(tmp_path / "report.xlsx", b"another export", mode=EXPORT_MODE)
        assert temporaries(tmp_path) == [leftover]
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert target.read_bytes() == b"the dossier exported yesterday"
    assert temporaries(tmp_path) == [leftover]  # killed: nothing cleaned up after it
    write_bytes(tmp_path / "report.xlsx", b"the next export", mode=EXPORT_MODE)
    assert temporaries(tmp_path) == []
    assert target.read_bytes() == b"the dossier exported yesterday"
    assert (tmp_path / "report.xlsx").read_bytes() == b"the next export"


def test_the_sweep_removes_only_what_dead_writers_of_this_computer_left(tmp_path: Path) -> None:
    dead = dead_pid()
    mine = {
        f".b.zip~{HOST}-{dead}-0123abcd.part": "file",  # a backup's zip
        f".b.zip~{HOST}-{dead}-4567cdef.part": "file",  # its database copy ...
        f".b.zip~{HOST}-{dead}-4567cdef.part-journal": "file",  # ... and SQLite's journal
        f".new.sqlite3.files~{HOST}-{dead}-89abcdef.part": "folder",  # a restore's files
    }
    kept = {
        f".b.zip~{HOST}-{os.getpid()}-0123abcd.part": "file",  # this process: running
        f".b.zip~{HOST}-{os.getppid()}-0123abcd.part": "file",  # its parent: running
        f".b.zip~0badc0de-{dead}-0123abcd.part": "file",  # another computer's, writing now
        "b.zip": "file",
        ".b.zip.part": "file",
        "notes.part": "file",
        ".config": "folder",
    }
    for name, kind in {**mine, **kept}.items():
        if kind == "folder":
            (tmp_path / name / "ab").mkdir(parents=True)
            (tmp_path / name / "ab" / "file").write_bytes(b"x")
        else:
            (tmp_path / name).write_bytes(b"x")
    removed = sweep(tmp_path)
    assert sorted(p.name for p in removed) == sorted(mine)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(kept)


def test_temporary_files_of_earlier_versions_and_other_computers_go_once_a_day_old(
    tmp_path: Path,
) -> None:
    legacy = [
        ".dossier.pdf.k3j_9x2a.part",  # mkstemp in dossier and report exports, signing.json
        ".b.zip.partial",  # backup and restore
        ".incoming-ab12cd34",  # the attachment store
        ".incoming-ab12cd34.tmp",  # drafts
        ".exchange-ab12cd34.zip",  # exchange packages
    ]
    day_old = time.time() - 25 * 3600
    for name in legacy:
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (day_old, day_old))
    remote = f".b.zip~0badc0de-{os.getpid()}-0123abcd.part"  # another computer's, as old
    (tmp_path / remote).write_bytes(b"x")
    os.utime(tmp_path / remote, (day_old, day_old))
    (tmp_path / ".recent.pdf.k3j_9x2a.part").write_bytes(b"perhaps an old version writing")
    (tmp_path / ".firefox.html.k3j_9x2a.part").write_bytes(b"not ours")
    os.utime(tmp_path / ".firefox.html.k3j_9x2a.part", (day_old, day_old))
    removed = sweep(tmp_path)
    assert sorted(p.name for p in removed) == sorted([*legacy, remote])
    assert temporaries(tmp_path) == [".firefox.html.k3j_9x2a.part", ".recent.pdf.k3j_9x2a.part"]


def test_a_write_that_fails_changes_nothing_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_write(target, mode=EXPORT_MODE) as out:
        out.write(b"new, half")
        raise RuntimeError("the report could not be laid out")
    assert target.read_bytes() == b"old"
    assert temporaries(tmp_path) == []
    with pytest.raises(FileExistsError):
        write_bytes(target, b"new", mode=EXPORT_MODE, overwrite=False)
    assert target.read_bytes() == b"old"
    assert temporaries(tmp_path) == []
    with staged(target, mode=PRIVATE_MODE) as copy:
        copy.write_bytes(b"never published")
        Path(f"{copy}-journal").write_bytes(b"SQLite's journal")
    assert temporaries(tmp_path) == []


@posix_only
def test_the_mode_is_the_one_asked_for_whatever_the_umask(tmp_path: Path) -> None:
    before = os.umask(0o077)
    try:
        write_bytes(tmp_path / "export.pdf", b"%PDF", mode=EXPORT_MODE)
    finally:
        os.umask(0)
    try:
        write_bytes(tmp_path / "signing.json", b"{}", mode=PRIVATE_MODE)
        with staged(tmp_path / "x", mode=PRIVATE_MODE, folder=True) as folder:
            assert folder.stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(before)
    assert (tmp_path / "export.pdf").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "signing.json").stat().st_mode & 0o777 == 0o600


def test_a_long_name_still_gets_a_temporary_file_beside_it(tmp_path: Path) -> None:
    target = tmp_path / ("浙江省网信办案件卷宗" * 8 + ".pdf")  # 244 bytes in UTF-8
    write_bytes(target, b"%PDF", mode=EXPORT_MODE)
    assert target.read_bytes() == b"%PDF"
    assert temporaries(tmp_path) == []


def test_the_next_dossier_export_clears_what_a_killed_one_left(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    number = cases.open_case(db, actor, add_company(db, actor, 1))
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    dead = dead_pid()
    leftovers = [
        target.parent / f".dossier.pdf~{HOST}-{dead}-0123abcd.part",
        target.parent / ".dossier.pdf.a1b2c3d4.part",  # an earlier version's, days old
    ]
    for path in leftovers:
        path.write_bytes(b"%PDF-1.4 half a dossier")
    old = time.time() - 3 * 24 * 3600
    os.utime(leftovers[1], (old, old))
    dossier_export.export_dossier(db, actor, number, target, as_of=date(2026, 6, 1))
    assert target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["dossier.pdf"]
