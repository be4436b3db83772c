"""Structured errors: a code and its values, rendered in Chinese or English.

The services and the domain never format a sentence themselves: they raise an
error carrying a stable ``code`` and the ``values`` that fill its template, so
that the command line and the GUI can show it in the user's language.  The
templates live in the catalogues (``app/catalogues/*.json``, read once by
:mod:`app.domain.catalogue`); :func:`render` is the one renderer of a code and its values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from app.domain import catalogue


def template_for(code: str, lang: str) -> str | None:
    return catalogue.template(code, lang)


class InspectDeskError(Exception):
    """Base of every error a user may see. ``values`` fill the message template."""

    exit_code = 2

    def __init__(self, code: str, **values: Any) -> None:
        self.code = code
        self.values: dict[str, Any] = values
        super().__init__(self.render("en"))

    def render(self, lang: str = "en") -> str:
        return render(self.code, self.values, lang)


class ValidationError(InspectDeskError):
    """The input is wrong; nothing was written."""


class NotFoundError(InspectDeskError):
    """A record named by the user does not exist (or may not be seen)."""


class ConflictError(InspectDeskError):
    """The request clashes with what is stored (duplicate, illegal transition, newer schema)."""


class IntegrityProblem(InspectDeskError):
    """A check found stored data that is not as it should be (exit status 1)."""

    exit_code = 1


class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(code: str, values: Mapping[str, Any], lang: str = "en") -> str:
    """Fill the template of ``code`` in ``lang``; unknown codes show the code and values."""
    values = {k: shortened(v, MAX_SHOWN) if isinstance(v, str) else v for k, v in values.items()}
    template = template_for(code, lang)
    if template is None:
        detail = ", ".join(f"{k}={v}" for k, v in values.items())
        return f"{code}({detail})" if detail else code
    shown = _SafeDict(
        {
            name: shown_in(value_label(code, name, value, lang), lang)
            for name, value in values.items()
        }
    )
    return template.format_map(shown)


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def shown_in(value: Any, lang: str) -> Any:
    """How ``value`` reads in a sentence of ``lang``: a day in a Chinese sentence as Chinese
    writes it (2026年12月3日); anything else as it is."""
    if lang != "zh":
        return value
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, str):
        match = _ISO_DAY.fullmatch(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                date(year, month, day)
            except ValueError:  # not a day (a refused input): quoted as it was typed
                return value
            return f"{year}年{month}月{day}日"
    return value


# A value longer than this is quoted cut (a case number of 100,000 characters typed or
# pasted is not echoed back whole).
MAX_SHOWN = 300


def shortened(text: str, limit: int) -> str:
    """``text`` as a message quotes it: at most about ``limit`` characters, its length if cut."""
    if len(text) <= limit:
        return text
    return f"{text[: limit // 2]}…{text[-8:]} ({len(text)})"


def value_label(code: str, name: str, value: Any, lang: str) -> Any:
    """How value ``name`` of error ``code`` reads in ``lang`` (its label, or itself)."""
    from app.domain.labels import find_label  # labels reads the lifecycles, which raise errors

    for kind in catalogue.value_kinds(code, name):
        found = find_label(kind, str(value), lang)
        if found is not None:
            return found
    return value
