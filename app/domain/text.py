"""Text typed into a search box or a list filter, matched literally.

A filter is used in SQL ``LIKE`` patterns, where ``%`` and ``_`` are wildcards and
the escape character escapes: typed as they are, "%" would list every record and
"_" any single character.  :func:`like_contains` makes the text a pattern that
finds exactly that text anywhere, used with ``ESCAPE`` :data:`LIKE_ESCAPE`.
"""

from __future__ import annotations

LIKE_ESCAPE = "\\"


def like_contains(text: str) -> str:
    """A ``LIKE`` pattern (with ``ESCAPE LIKE_ESCAPE``) matching values containing ``text``."""
    escaped = (
        text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"
