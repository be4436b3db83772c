"""Building backup zips for the restore tests: genuine ones taken apart, altered, forged."""

from __future__ import annotations

import json
import sqlite3
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

MiB = 1 << 20
DB = "inspectdesk.sqlite3"
MANIFEST = "manifest.json"
Members = list[tuple[str, bytes]]


def read_zip(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(path: Path, members: Iterable[tuple[str, bytes]]) -> Path:
    """A zip of ``members`` in order (a name given twice is written twice)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with warnings.catch_warnings(), zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        for name, data in members:
            zf.writestr(name, data)
    return path


def manifest_of(members: Members) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dict(members)[MANIFEST])
    return data


def replace(members: Members, name: str, data: bytes | None) -> Members:
    """``members`` with ``name``'s bytes replaced (``None``: left out)."""
    out = [(n, data if n == name else d) for n, d in members]
    return [(n, d) for n, d in out if d is not None]


def with_manifest(members: Members, change: Callable[[dict[str, Any]], Any]) -> Members:
    """The manifest changed by ``change`` (which may return bytes to use instead)."""
    manifest = manifest_of(members)
    raw = change(manifest)
    data = raw if isinstance(raw, bytes) else json.dumps(manifest).encode()
    return replace(members, MANIFEST, data)


def with_sql(members: Members, folder: Path, *statements: str) -> Members:
    """The database member after running ``statements`` on it."""
    path = folder / "edit.sqlite3"
    path.unlink(missing_ok=True)
    path.write_bytes(dict(members)[DB])
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    data = path.read_bytes()
    path.unlink()
    return replace(members, DB, data)


def zero_stream(mib: int, head: bytes = b"") -> bytes:
    """A raw deflate stream of ``head`` and then zeros, ``mib`` MiB in all, built in
    milliseconds: one compressed MiB of zeros repeated (full flushes keep the blocks
    independent), about 1 KiB for each MiB."""
    zeros = bytes(MiB)
    first = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [first.compress(head + zeros[len(head) :]) + first.flush(zlib.Z_FULL_FLUSH)]
    again = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = again.compress(zeros) + again.flush(zlib.Z_FULL_FLUSH)
    out += [block] * (mib - 1)
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH))
    return b"".join(out)


def forge_zip(path: Path, members: list[tuple[str, int, bytes, int, int]]) -> Path:
    """A zip written byte by byte: (name, method, packed bytes, CRC-32, unpacked size)
    per member, the sizes and CRC as given, true or not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body, central = bytearray(), bytearray()
    for name, method, payload, crc, size in members:
        encoded = name.encode()
        offset = len(body)
        fixed = (method, 0, 0x21, crc, len(payload), size, len(encoded))
        body += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, *fixed, 0) + encoded + payload
        central += (
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, *fixed, 0, 0, 0, 0, 0, offset)
            + encoded
        )
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(body), 0
    )
    path.write_bytes(bytes(body + central + end))
    return path


def stored(data: bytes) -> tuple[int, bytes, int, int]:
    """What :func:`forge_zip` takes for a member kept as is (no compression)."""
    return 0, data, zlib.crc32(data), len(data)
