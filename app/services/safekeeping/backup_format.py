"""The backup zip's layout, and reading one without trusting it (used by restore).

A backup holds ``inspectdesk.sqlite3`` (the database), ``files/ab/ab12…`` (each
attachment file, by its stored path) and ``manifest.json``: the format and its
version, the program and schema revision that wrote it, and ``files``, mapping each
stored path to the SHA-256 of the member's bytes.  :func:`open_backup` checks all of
that, and the sizes the zip declares, before anything is unpacked; each problem is a
``ValidationError`` naming the zip and what is wrong (exit status 2).
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError

DB_MEMBER = "inspectdesk.sqlite3"
FILES_PREFIX = "files/"
MANIFEST = "manifest.json"
FORMAT = "inspectdesk-backup"
FORMAT_VERSION = 1
# Where an attachment file is kept in the store: ``ab/ab12…`` (attachments.relative_path).
STORED_PATH = re.compile(r"^([0-9a-f]{2})/\1[0-9a-f]{62}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What a backup may unpack to; anything beyond is refused before it is unpacked."""

    max_members: int = 1_000_000
    max_manifest_bytes: int = 64 * MiB
    max_database_bytes: int = 16 * 1024 * MiB
    max_file_bytes: int = 4 * 1024 * MiB  # one attachment (the office limit is far lower)
    max_total_bytes: int = 256 * 1024 * MiB
    max_ratio: int = 200  # uncompressed : compressed, as for exchange packages
    ratio_from_bytes: int = MiB  # small members compress as they like


# What reading a damaged or forged member raises (bad CRC, truncated or unknown compression).
DAMAGED = (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error)


def _open(archive: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(archive)
    except OSError as exc:
        raise ValidationError(
            "restore.unreadable", path=str(archive), reason=exc.strerror or str(exc)
        ) from exc
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:
        raise ValidationError("restore.not_a_zip", path=str(archive), reason=str(exc)) from exc


def _members(zf: zipfile.ZipFile, archive: Path, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        raise ValidationError(
            "restore.too_many_members",
            path=str(archive),
            count=len(infos),
            limit=limits.max_members,
        )
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.filename in members:  # which of the two would be unpacked?
            raise ValidationError(
                "restore.duplicate_member", path=str(archive), member=info.filename
            )
        members[info.filename] = info
    return members


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _read_manifest(
    zf: zipfile.ZipFile, archive: Path, members: dict[str, zipfile.ZipInfo], limits: Limits
) -> dict[str, str]:
    """The manifest's files (stored path -> SHA-256 of the member), every entry checked."""
    path = str(archive)
    info = members.get(MANIFEST)
    if info is None:
        raise ValidationError("restore.no_manifest", path=path)
    if info.file_size > limits.max_manifest_bytes:
        raise ValidationError(
            "restore.member_too_large",
            path=path,
            member=MANIFEST,
            size_mb=_mb(info.file_size),
            limit_mb=_mb(limits.max_manifest_bytes),
        )
    try:
        with zf.open(info) as src:
            raw = src.read(limits.max_manifest_bytes + 1)
    except DAMAGED as exc:
        raise ValidationError(
            "restore.member_damaged", path=path, member=MANIFEST, reason=str(exc)
        ) from exc
    if len(raw) > limits.max_manifest_bytes:
        raise ValidationError(
            "restore.member_too_large",
            path=path,
            member=MANIFEST,
            size_mb=f"> {_mb(limits.max_manifest_bytes)}",
            limit_mb=_mb(limits.max_manifest_bytes),
        )
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except _DuplicateKey as exc:
        raise ValidationError("restore.manifest_duplicate", path=path, key=str(exc)[:200]) from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ValidationError(
            "restore.manifest_unreadable", path=path, reason=str(exc)[:200]
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError("restore.manifest_not_object", path=path)
    if data.get("format") != FORMAT:
        raise ValidationError("restore.not_a_backup", path=path, value=str(data.get("format"))[:80])
    for name, problem in (
        ("format_version", _version_problem(data)),
        ("files", _files_problem(data)),
    ):
        if problem:
            raise ValidationError("restore.manifest_field", path=path, field=name, problem=problem)
    files: dict[str, str] = {}
    for stored, sha in data["files"].items():
        problem = _entry_problem(stored, sha, members)
        if problem:
            raise ValidationError(
                "restore.manifest_entry", path=path, entry=stored[:200], problem=problem
            )
        files[stored] = sha
    return files


def _version_problem(data: dict[str, Any]) -> str | None:
    if "format_version" not in data:
        return "missing"
    version = data["format_version"]
    return None if type(version) is int and version == FORMAT_VERSION else "unsupported"


def _files_problem(data: dict[str, Any]) -> str | None:
    if "files" not in data:
        return "missing"
    return None if isinstance(data["files"], dict) else "not_object"


def _entry_problem(stored: str, sha: object, members: dict[str, zipfile.ZipInfo]) -> str | None:
    """What is wrong with one ``files`` entry of the manifest, if anything."""
    parts = stored.split("/")
    if not isinstance(sha, str):
        return "not_text"
    if not SHA256.match(sha):
        return "bad_sha"
    if "\\" in stored:
        return "backslash"
    if stored.startswith("/") or re.match(r"^[A-Za-z]:", stored):
        return "absolute"
    if ".." in parts:
        return "dotdot"
    if len(parts) != 2:
        return "parts"
    if not STORED_PATH.match(stored):
        return "bad_name"
    if FILES_PREFIX + stored not in members:
        return "not_in_zip"
    return None


def _check_sizes(
    archive: Path, members: dict[str, zipfile.ZipInfo], files: dict[str, str], limits: Limits
) -> None:
    if DB_MEMBER not in members:
        raise ValidationError("restore.member_missing", path=str(archive), member=DB_MEMBER)
    wanted = [(DB_MEMBER, limits.max_database_bytes)]
    wanted += [(FILES_PREFIX + stored, limits.max_file_bytes) for stored in files]
    total = 0
    for name, limit in wanted:
        info = members[name]
        if info.file_size > limit:
            raise ValidationError(
                "restore.member_too_large",
                path=str(archive),
                member=name,
                size_mb=_mb(info.file_size),
                limit_mb=_mb(limit),
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_from_bytes and ratio > limits.max_ratio:
            raise ValidationError(
                "restore.member_ratio",
                path=str(archive),
                member=name,
                ratio=int(ratio),
                limit=limits.max_ratio,
            )
        total += info.file_size
    if total > limits.max_total_bytes:
        raise ValidationError(
            "restore.too_large",
            path=str(archive),
            size_mb=_mb(total),
            limit_mb=_mb(limits.max_total_bytes),
        )


@dataclass
class Backup:
    """An open backup zip whose structure, manifest and declared sizes were checked."""

    zf: zipfile.ZipFile
    members: dict[str, zipfile.ZipInfo]
    files: dict[str, str]  # stored path -> SHA-256 of its member's bytes

    @property
    def declared_size(self) -> int:
        """What the database and the files unpack to, as the zip declares."""
        names = [DB_MEMBER, *(FILES_PREFIX + stored for stored in self.files)]
        return sum(self.members[name].file_size for name in names)


def _check_nothing_else(
    archive: Path, members: dict[str, zipfile.ZipInfo], files: dict[str, str]
) -> None:
    """A backup holds the database, the manifest and the files it lists, nothing else: a
    member no backup writes (``../x``, ``/etc/x``, a file the manifest does not list) was
    put there by someone else, and the zip is refused rather than half trusted. Folder
    entries under ``files/`` (a backup zipped again by hand) are allowed."""
    expected = {DB_MEMBER, MANIFEST} | {FILES_PREFIX + stored for stored in files}
    for name, info in members.items():
        if name in expected:
            continue
        parts = name.rstrip("/").split("/")
        folder = info.is_dir() and name.startswith(FILES_PREFIX) and ".." not in parts
        if not folder:
            raise ValidationError("restore.unexpected_member", path=str(archive), member=name)


def open_backup(archive: Path, limits: Limits) -> Backup:
    """Open ``archive`` and check it (see the module's docstring); the caller closes it."""
    zf = _open(archive)
    try:
        members = _members(zf, archive, limits)
        files = _read_manifest(zf, archive, members, limits)
        _check_sizes(archive, members, files, limits)
        _check_nothing_else(archive, members, files)
    except BaseException:
        zf.close()
        raise
    return Backup(zf, members, files)


def _mb(size: int) -> str:
    return f"{size / MiB:.1f}"
