"""The fixed texts of the dossier and the reports, by key.

The texts themselves are data: ``dossier_text.<key>`` and ``report_text.<key>`` of
app/catalogues/dossier_texts.json, read by the one lookup of :mod:`app.text` (which
writes a day given as a value the way the language writes it).
"""

from __future__ import annotations

from app.text import template, text


def label(key: str, lang: str, **values: object) -> str:
    """The dossier's fixed text ``key`` in ``lang`` (English if the language is unknown),
    filled with ``values``; without values, as written (filled later, page by page)."""
    key = f"dossier_text.{key}"
    return text(key, lang, **values) if values else template(key, lang)


def report_label(key: str, lang: str, **values: object) -> str:
    """A fixed text of the reports and the Excel exports (as :func:`label`)."""
    key = f"report_text.{key}"
    return text(key, lang, **values) if values else template(key, lang)
