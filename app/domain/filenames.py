"""Safe file names for attachments.

Attachments are stored under their SHA-256, so the original name is never a
path on disk here; but it is shown, written into the dossier manifest and used
when a file is exported again, possibly on Windows.  The name is therefore
reduced to something that is harmless as a single path component anywhere.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.errors import ValidationError

MAX_LENGTH = 200
# An "extension" longer than this is more likely part of the name ("报告.第二版修订稿…").
_MAX_EXTENSION = 16
_FORBIDDEN = str.maketrans({ch: "_" for ch in '<>:"|?*'})
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    # Windows counts the superscript digits ¹ ² ³ as device numbers too (COM¹, LPT³)
    | {f"{d}{i}" for d in ("COM", "LPT") for i in [*range(1, 10), "¹", "²", "³"]}
)


# Windows drops trailing dots and spaces, and leading dots hide a file on Unix (and
# make "." and ".."); whitespace of any kind (also U+3000) is trimmed at both ends.
_EDGES = re.compile(r"^[.\s]+|[.\s]+$")


def _trim(text: str) -> str:
    return _EDGES.sub("", text)


def _cap(name: str) -> str:
    if len(name) <= MAX_LENGTH:
        return name
    stem, dot, extension = name.rpartition(".")
    if dot and stem and len(extension) <= _MAX_EXTENSION:
        suffix = "." + extension
        return _trim(stem[: MAX_LENGTH - len(suffix)]) + suffix
    return _trim(name[:MAX_LENGTH])


def sanitize_filename(name: str) -> str:
    """A file name safe to show and to use as one path component on Windows, macOS and
    Linux, keeping as much of ``name`` (Chinese included) as possible.

    Guarantees: only the last path component (``/`` or ``\\``) is kept; no control,
    format or unassigned characters (Unicode category C*); none of ``<>:"|?*``
    (each replaced by ``_``); no leading dot or whitespace and no trailing dot or
    whitespace, so never ``.`` or ``..``; at most 200 characters, the extension
    kept; Windows device names (CON, NUL, COM1, ...) prefixed with ``_``.

    Raises ``attachment.name_invalid`` (``name``) when nothing usable remains.
    """
    text = unicodedata.normalize("NFC", name)
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    text = _cap(_trim(text.translate(_FORBIDDEN)))
    if not text:
        raise ValidationError("attachment.name_invalid", name=name)
    # Windows treats "CON.txt" and "con .log" as the device too.  Checked after
    # capping, because cutting a long name can leave a device name behind.
    if text.split(".", 1)[0].rstrip(" ").upper() in _RESERVED:
        text = _cap("_" + text)
    return text
