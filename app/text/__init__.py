"""Texts an official reads outside Qt's own translation: catalogues as plain data, one lookup.

The catalogues are the JSON files of ``app/catalogues`` (read once by
:mod:`app.domain.catalogue`), each key with its template in each language;
:func:`text` fills the template of a key with values, writing each day as the
language writes it (2026年12月3日 in Chinese).  The services hand out kinds and
values, never sentences; the window, the command line and the dossier call this
to say them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from app.domain import catalogue


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


def template(key: str, lang: str) -> str:
    """The template of ``key`` in ``lang`` as written, for a caller that fills it later
    (the page footer of a dossier is filled page by page)."""
    found = catalogue.template(key, lang)
    if found is None:
        raise KeyError(key)
    return found


def text(key: str, lang: str, **values: Any) -> str:
    """The text of ``key`` (app/catalogues) in ``lang``, English when it has none, filled."""
    template = catalogue.template(key, lang)
    if template is None:
        raise KeyError(key)
    return fill(template, lang, values)


def named(name_zh: str | None, name_en: str | None, lang: str) -> str:
    """A record's own name in ``lang``: its Chinese name, or its English one when it has
    one; a record with a name in one language only reads by that name in both."""
    if lang == "zh":
        return name_zh or name_en or ""
    return name_en or name_zh or ""


def listed(parts: Iterable[str], lang: str) -> str:
    """Items of a list in one line, as ``lang`` separates them (甲、乙 / A, B)."""
    return ("、" if lang == "zh" else ", ").join(parts)


def aside(main: str, note: str, lang: str) -> str:
    """``main`` with ``note`` in brackets, as ``lang`` writes them: 甲（乙） / A (B)."""
    return f"{main}（{note}）" if lang == "zh" else f"{main} ({note})"
