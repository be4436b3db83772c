"""The package file: a zip of manifest.json, records/<type>.json and attachments/<sha256>.

Reading never trusts the archive: every member name must be one the format
defines (so no absolute path, no ``..``, no backslash, no link can reach the
disk), sizes and compression ratios are checked against the headers before
anything is read and again while reading (a stream is never read past its
limit, whatever the header says), and every file's SHA-256 and size must equal
the manifest's.  Any problem is a :class:`ValidationError` naming the file.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from app.domain.errors import ValidationError
from app.services.exchange.spec import FORMAT, MANIFEST, SCHEMA_VERSION, SPECS

MiB = 1024 * 1024
_CHUNK = MiB
_ATTACHMENT_RE = re.compile(r"^attachments/[0-9a-f]{64}$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_RECORD_FILES = {spec.file: name for name, spec in SPECS.items()}


@dataclass(frozen=True)
class Limits:
    """What a package may hold; anything beyond is refused before it is unpacked."""

    max_members: int = 200_000
    max_manifest_bytes: int = 64 * MiB
    max_records_bytes: int = 512 * MiB  # one records/<type>.json
    max_attachment_bytes: int = 200 * MiB  # the office's attachment limit by default
    max_total_bytes: int = 64 * 1024 * MiB
    max_ratio: int = 200  # uncompressed : compressed
    ratio_from_bytes: int = MiB  # small files compress as they like


@dataclass(frozen=True)
class Package:
    """A package whose structure and file hashes were checked; its records are still raw JSON."""

    path: Path
    file_sha256: str
    manifest: Mapping[str, Any]
    records: Mapping[str, list[Any]]  # type -> raw records
    attachments: frozenset[str]  # the SHA-256 of every attachments/<sha256> member

    @property
    def package_id(self) -> uuid.UUID:
        return uuid.UUID(str(self.manifest["package_id"]))


def _refuse(code: str, **values: Any) -> ValidationError:
    return ValidationError(code, **values)


def _safe_name(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts)


def _limit_for(name: str, limits: Limits) -> int:
    if name == MANIFEST:
        return limits.max_manifest_bytes
    if name in _RECORD_FILES:
        return limits.max_records_bytes
    return limits.max_attachment_bytes


def _check_headers(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_members:
        raise _refuse("exchange.too_many_files", count=len(infos), limit=limits.max_members)
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if not _safe_name(name):
            raise _refuse("exchange.unsafe_name", name=name)
        mode = info.external_attr >> 16
        if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
            raise _refuse("exchange.link", name=name)
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise _refuse("exchange.encrypted", name=name)
        if name in seen:
            raise _refuse("exchange.duplicate_name", name=name)
        seen.add(name)
        if name != MANIFEST and name not in _RECORD_FILES and not _ATTACHMENT_RE.match(name):
            raise _refuse("exchange.unexpected_file", name=name)
        limit = _limit_for(name, limits)
        if info.file_size > limit:
            raise _refuse("exchange.file_too_large", name=name, size=info.file_size, limit=limit)
        _check_ratio(name, info.file_size, info.compress_size, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _refuse("exchange.total_too_large", size=total, limit=limits.max_total_bytes)


def _check_ratio(name: str, size: int, compressed: int, limits: Limits) -> None:
    if size < limits.ratio_from_bytes:
        return
    ratio = size // max(compressed, 1)
    if ratio > limits.max_ratio:
        raise _refuse("exchange.ratio", name=name, ratio=ratio, limit=limits.max_ratio)


class _Budget:
    """Bytes still allowed for the whole package while reading it."""

    def __init__(self, limits: Limits) -> None:
        self.left = limits.max_total_bytes
        self.limit = limits.max_total_bytes

    def take(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise _refuse("exchange.total_too_large", size=self.limit - self.left, limit=self.limit)


def stream_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: _Budget | None = None
) -> Iterator[bytes]:
    """The member's bytes in chunks, never more than its header declares or its limit
    allows, and never at a compression ratio over the limit; damage is refused."""
    name = info.filename
    limit = min(_limit_for(name, limits), info.file_size)
    read = 0
    try:
        with zf.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > limit:
                    raise _refuse("exchange.file_too_large", name=name, size=read, limit=limit)
                if budget is not None:
                    budget.take(len(chunk))
                _check_ratio(name, read, info.compress_size, limits)
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        raise _refuse(
            "exchange.corrupt_member", name=name, reason=str(exc) or type(exc).__name__
        ) from exc


def _read_all(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, budget: _Budget) -> bytes:
    return b"".join(stream_member(zf, info, limits, budget))


# The format nests a few levels (a record file, its records, a record, its fields, a
# list of ids); anything much deeper is not a package, and deep enough would exhaust
# the interpreter's stack wherever it is walked.
MAX_JSON_DEPTH = 32


def _depth(value: Any) -> int:
    """How deeply ``value`` nests lists and objects (walked without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_JSON_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


def _parse_json(name: str, data: bytes) -> Any:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _refuse("exchange.bad_json", name=name, reason=str(exc)) from exc
    except RecursionError:
        raise _refuse("exchange.json_too_deep", name=name, limit=MAX_JSON_DEPTH) from None
    except ValueError as exc:  # an integer of more digits than Python converts (4,300)
        raise _refuse("exchange.json_number_too_long", name=name) from exc
    if _depth(value) > MAX_JSON_DEPTH:
        raise _refuse("exchange.json_too_deep", name=name, limit=MAX_JSON_DEPTH)
    return value


def _shown_text(value: Any) -> bool:
    """Text of the manifest an import summary shows: of a sane length, with no control
    character and no lone surrogate (which no terminal or database takes)."""
    return (
        isinstance(value, str)
        and len(value) <= 500
        and not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value)
    )


def _check_manifest(manifest: Any) -> Mapping[str, Any]:
    def wrong(field: str) -> ValidationError:
        return _refuse("exchange.not_a_package", name=MANIFEST, field=field)

    if not isinstance(manifest, dict):
        raise wrong("{}")
    if manifest.get("format") != FORMAT:
        raise wrong("format")
    version = manifest.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise _refuse(
            "exchange.schema_version", name=MANIFEST, version=version, supported=SCHEMA_VERSION
        )
    try:
        uuid.UUID(str(manifest.get("package_id")))
    except ValueError:
        raise wrong("package_id") from None
    created = manifest.get("created_at")
    try:
        if not isinstance(created, str) or datetime.fromisoformat(created).tzinfo is None:
            raise ValueError
    except ValueError:
        raise wrong("created_at") from None
    if not _shown_text(manifest.get("exported_by")):
        raise wrong("exported_by")
    if manifest.get("office") is not None and not _shown_text(manifest.get("office")):
        raise wrong("office")
    scope = manifest.get("scope")
    if not isinstance(scope, dict) or not all(
        _shown_text(k) and _shown_text(v) for k, v in scope.items()
    ):
        raise wrong("scope")
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise wrong("files")
    for name, entry in files.items():
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not _SHA_RE.match(entry["sha256"])
            or not isinstance(entry.get("size"), int)
            or isinstance(entry.get("size"), bool)
            or entry["size"] < 0
        ):
            raise wrong(f"files/{name}")
    return manifest


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def open_package(path: Path, limits: Limits) -> Package:
    """Check a package's structure, sizes and every file hash; load its records as JSON.

    Reads only: nothing is extracted to disk.  Refuses with a ValidationError
    naming the file and what is wrong with it.
    """
    try:
        file_sha = _sha256_of(path)
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise _refuse("exchange.not_zip", file=str(path), reason=str(exc)) from exc
    except OSError as exc:
        raise _refuse(
            "exchange.unreadable", file=str(path), reason=exc.strerror or str(exc)
        ) from exc
    with zf:
        infos = zf.infolist()
        _check_headers(infos, limits)
        by_name = {info.filename: info for info in infos}
        if MANIFEST not in by_name:
            raise _refuse("exchange.manifest_missing")
        budget = _Budget(limits)
        manifest = _check_manifest(
            _parse_json(MANIFEST, _read_all(zf, by_name[MANIFEST], limits, budget))
        )
        listed: Mapping[str, Mapping[str, Any]] = manifest["files"]
        for name in listed:
            if name not in by_name:
                raise _refuse("exchange.missing_file", name=name)
        for name in by_name:
            if name != MANIFEST and name not in listed:
                raise _refuse("exchange.unlisted_file", name=name)
        records: dict[str, list[Any]] = {}
        attachments: set[str] = set()
        for name, entry in listed.items():
            info = by_name[name]
            digest = hashlib.sha256()
            size = 0
            keep = name in _RECORD_FILES
            parts: list[bytes] = []
            for chunk in stream_member(zf, info, limits, budget):
                digest.update(chunk)
                size += len(chunk)
                if keep:
                    parts.append(chunk)
            if size != entry["size"]:
                raise _refuse(
                    "exchange.size_mismatch", name=name, expected=entry["size"], actual=size
                )
            if digest.hexdigest() != entry["sha256"]:
                raise _refuse(
                    "exchange.hash_mismatch",
                    name=name,
                    expected=entry["sha256"],
                    actual=digest.hexdigest(),
                )
            if keep:
                records[_RECORD_FILES[name]] = _records_of(name, _parse_json(name, b"".join(parts)))
            else:
                sha = name.rsplit("/", 1)[1]
                if sha != entry["sha256"]:
                    raise _refuse(
                        "exchange.hash_mismatch", name=name, expected=sha, actual=entry["sha256"]
                    )
                attachments.add(sha)
    return Package(path, file_sha, manifest, records, frozenset(attachments))


def _records_of(name: str, data: Any) -> list[Any]:
    if not isinstance(data, dict):
        raise _refuse("exchange.not_a_package", name=name, field="{}")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise _refuse(
            "exchange.schema_version", name=name, version=version, supported=SCHEMA_VERSION
        )
    if data.get("type") != _RECORD_FILES[name]:
        raise _refuse("exchange.not_a_package", name=name, field="type")
    records = data.get("records")
    if not isinstance(records, list):
        raise _refuse("exchange.not_a_package", name=name, field="records")
    return records


def extract_attachment(package: Package, sha256: str, target: IO[bytes], limits: Limits) -> None:
    """Copy attachments/<sha256> into ``target``, refusing it unless its hash is still right."""
    name = f"attachments/{sha256}"
    try:
        zf = zipfile.ZipFile(package.path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse("exchange.not_zip", file=str(package.path), reason=str(exc)) from exc
    with zf:
        try:
            info = zf.getinfo(name)
        except KeyError:
            raise _refuse("exchange.missing_file", name=name) from None
        digest = hashlib.sha256()
        for chunk in stream_member(zf, info, limits):
            digest.update(chunk)
            target.write(chunk)
    if digest.hexdigest() != sha256:
        raise _refuse(
            "exchange.hash_mismatch", name=name, expected=sha256, actual=digest.hexdigest()
        )


def records_document(record_type: str, records: list[dict[str, Any]]) -> bytes:
    """The bytes of records/<type>.json."""
    document = {"schema_version": SCHEMA_VERSION, "type": record_type, "records": records}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )
