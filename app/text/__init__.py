"""Texts an official reads outside Qt's own translation: catalogues as plain data, one lookup.

A catalogue maps a key to its template in each language (``{"zh": …, "en": …}``);
:func:`text` fills the template of a key with values, writing each day as the
language writes it (2026年12月3日 in Chinese).  The services hand out kinds and
values, never sentences; the window, the command line and the dossier call this
to say them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

Catalogue = Mapping[str, Mapping[str, str]]


def day(value: date, lang: str) -> str:
    """A day as a sentence of ``lang`` writes it: 2021年6月8日, or 2021-06-08 in English."""
    if isinstance(value, datetime):
        value = value.date()
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def fill(template: str, lang: str, values: Mapping[str, Any]) -> str:
    """``template`` with ``values`` in place, days written as ``lang`` writes them."""
    shown = {k: day(v, lang) if isinstance(v, date) else v for k, v in values.items()}
    return template.format_map(shown)


def text(catalogue: Catalogue, key: str, lang: str, **values: Any) -> str:
    """The text of ``key`` in ``lang`` (English when the language has none), filled."""
    entry = catalogue[key]
    return fill(entry.get(lang) or entry["en"], lang, values)
