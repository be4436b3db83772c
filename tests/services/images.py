"""Small image files for tests, written by hand (no imaging library)."""

from __future__ import annotations

import struct
import zlib


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG of a few pixels (signature, IHDR, IDAT, IEND).

    ``tiny_png()`` is byte for byte the demo's inspection photo
    (``resources/demo/inspection-photo.png``).
    """
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows += bytes(((x * 60) % 256, (y * 90) % 256, 160))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _png_chunk(b"IEND", b"")
    )
