"""Writing a file whole or not at all, and clearing away what killed writers left behind.

Every file the program writes for the user (dossiers, reports, exchange packages,
backups, a restored database, the attachment store, drafts, ``signing.json``) goes
through here, so that an interrupted write never leaves half a file under the real
name, nor litter that stays for ever:

* The content goes to a temporary file **in the target's own folder** (a rename
  within one file system is atomic), named ``.<target name>~<host>-<pid>-<token>.part``:
  hidden, recognisably ours, and carrying the writing process's id.  SQLite's
  ``-journal``, ``-wal`` and ``-shm`` files beside such a file share its name.
* It is flushed and fsynced, then moved over the target with ``os.replace`` (or, with
  ``overwrite=False``, linked so that a file appearing meanwhile is never replaced),
  and the folder is fsynced so that the rename itself survives a power cut.
* The file mode is given by the caller and set explicitly, whatever the umask:
  :data:`EXPORT_MODE` (0o644) for what the user exports to print, sign or send
  (dossiers, reports, exchange packages); :data:`PRIVATE_MODE` (0o600) for what holds
  secrets or every record (``signing.json``, backups, a restored database, the
  attachment store, drafts).  Folders get the matching 0o755 / 0o700.
* :func:`sweep` runs before each write into a folder: it removes the leftovers of
  earlier writers in that folder whose process is no longer running (killed, crashed,
  the machine switched off).  A live writer's file is never touched.  A dead writer's
  process id taken by a new process keeps its leftover until that process ends.
  Another computer's temporary files (a shared folder: its process ids mean nothing
  here) and those of earlier program versions, which carry no process id
  (``.<name>.XXXXXXXX.part``, ``.<name>.partial``, ``.incoming-XXXXXXXX``,
  ``.exchange-XXXXXXXX.zip``), go once they are a day old.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

EXPORT_MODE = 0o644
PRIVATE_MODE = 0o600

TEMP_SUFFIX = ".part"
# Beside a temporary SQLite file, SQLite's own files: removed with it.
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
LEGACY_AGE_S = 24 * 3600

_TEMP = re.compile(
    r"^\.(?P<stem>.*)~(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]{1,10})-[0-9a-f]{8}\.part"
    r"(?:-journal|-wal|-shm)?$",
    re.DOTALL,
)
_LEGACY = (
    # mkstemp beside dossiers, reports, signing.json; backups and restored databases
    re.compile(r"^\..+\.(?:pdf|xlsx|zip|json)\.[a-z0-9_]{8}\.part$", re.DOTALL | re.IGNORECASE),
    re.compile(r"^\..+\.(?:zip|sqlite3|sqlite|db)\.partial$", re.DOTALL | re.IGNORECASE),
    re.compile(r"^\.incoming-[a-z0-9_]{8}(?:\.tmp)?$"),  # attachment store, drafts
    re.compile(r"^\.exchange-[a-z0-9_]{8}\.zip$"),  # exchange packages
)
_STEM_BYTES = 180  # the target's name in the temporary name, cut to stay under NAME_MAX


def _host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]


HOST = _host_tag()


def _temp_path(target: Path) -> Path:
    """A new temporary name for ``target``, in its folder (see the module's docstring)."""
    stem = target.name.encode("utf-8", "surrogateescape")[:_STEM_BYTES]
    name = stem.decode("utf-8", "ignore")
    token = secrets.token_hex(4)
    return target.with_name(f".{name}~{HOST}-{os.getpid()}-{token}{TEMP_SUFFIX}")


def _folder_mode(mode: int) -> int:
    return mode | ((mode & 0o444) >> 2)  # x wherever r: 0o644 -> 0o755, 0o600 -> 0o700


@contextlib.contextmanager
def atomic_write(target: Path, *, mode: int, overwrite: bool = True) -> Iterator[IO[bytes]]:
    """A binary file (readable too) whose content becomes ``target`` when the block ends.

    Nothing changes under ``target`` if the block raises or the process dies; the
    temporary file is removed (by this call, or by the next :func:`sweep`).  With
    ``overwrite=False`` an existing ``target`` raises ``FileExistsError`` and stays.
    ``OSError`` from the file system propagates: callers turn it into their message.
    """
    target = Path(target)
    sweep(target.parent)
    tmp = _temp_path(target)
    fd = _create(tmp, mode)
    try:
        with os.fdopen(fd, "w+b") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        publish(tmp, target, overwrite=overwrite, synced=True)
    except BaseException:
        _discard(tmp)
        raise


def write_bytes(target: Path, data: bytes, *, mode: int, overwrite: bool = True) -> None:
    """Write ``data`` as the whole of ``target`` (see :func:`atomic_write`)."""
    with atomic_write(target, mode=mode, overwrite=overwrite) as out:
        out.write(data)


@contextlib.contextmanager
def staged(target: Path, *, mode: int, folder: bool = False) -> Iterator[Path]:
    """A temporary file (empty, with ``mode``) or folder beside ``target``, for writers
    that need a path (SQLite, a folder of files); :func:`publish` it to keep it.

    Whatever was not published is removed when the block ends (with SQLite's side
    files), also when it raises; a killed process leaves it to the next :func:`sweep`.
    """
    target = Path(target)
    sweep(target.parent)
    tmp = _temp_path(target)
    if folder:
        os.mkdir(tmp, _folder_mode(mode))
        os.chmod(tmp, _folder_mode(mode))
    else:
        os.close(_create(tmp, mode))
    try:
        yield tmp
    finally:
        _discard(tmp)


def publish(
    staged_path: Path, target: Path, *, overwrite: bool = True, synced: bool = False
) -> None:
    """Move a finished temporary file or folder to ``target``, durably.

    A file is fsynced first (unless ``synced``); a SQLite file must be closed, with no
    journal beside it.  With ``overwrite=False`` an existing ``target`` raises
    ``FileExistsError`` and neither path changes.
    """
    if not synced and staged_path.is_file():
        _fsync_file(staged_path)
    if overwrite:
        os.replace(staged_path, target)
    elif staged_path.is_dir():
        # rename() would put a folder over an empty one on POSIX: look first
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
        os.rename(staged_path, target)
    else:
        _link_into_place(staged_path, target)
    _fsync_folder(target.parent)


def _link_into_place(staged_path: Path, target: Path) -> None:
    try:
        os.link(staged_path, target)  # fails if target exists: never replaces a file
    except FileExistsError:
        raise
    except (OSError, NotImplementedError):  # a file system without hard links
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(staged_path, target)  # on Windows this refuses an existing target too
        return
    os.unlink(staged_path)


def _discard(path: Path) -> None:
    """Remove a temporary file or folder and SQLite's files beside it, if they exist."""
    for candidate in (path, *(Path(f"{path}{side}") for side in SQLITE_SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            if candidate.is_dir() and not candidate.is_symlink():
                shutil.rmtree(candidate, ignore_errors=True)
            else:
                candidate.unlink()


def sweep(folder: Path) -> list[Path]:
    """Remove from ``folder`` the temporary files and folders of writers no longer running.

    Returns what was removed.  Never raises: a folder that cannot be read is left for
    the write itself to report.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder if str(folder) else "."))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(".") or not _stale(entry, now):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _stale(entry: os.DirEntry[str], now: float) -> bool:
    match = _TEMP.match(entry.name)
    if match is not None and match["host"] == HOST:
        return not _pid_running(int(match["pid"]))
    # Another computer's writer (its pid says nothing here), or an earlier version's.
    if match is not None or any(p.match(entry.name) for p in _LEGACY):
        try:
            return now - entry.stat(follow_symlinks=False).st_mtime > LEGACY_AGE_S
        except OSError:
            return False
    return False


def _pid_running(pid: int) -> bool:
    """Whether process ``pid`` exists on this computer (when unsure: yes)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return True  # not a name this module writes: leave it
    if sys.platform == "win32":
        return _windows_pid_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process, running
        return True
    return True


def _windows_pid_running(pid: int) -> bool:  # pragma: no cover - Windows only
    if sys.platform != "win32":
        return True
    import ctypes

    # os.kill(pid, 0) would terminate the process on Windows: ask the kernel instead.
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(ctypes.get_last_error() == 5)  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _create(path: Path, mode: int) -> int:
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        os.chmod(path, mode)  # exactly the mode asked for, whatever the umask
    except BaseException:
        os.close(fd)
        _discard(path)
        raise
    return fd


def _fsync_file(path: Path) -> None:
    with open(path, "r+b") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened (nor need it) there
        return
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
