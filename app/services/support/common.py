"""Validation and look-up helpers shared by the use cases."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AssessmentItem, Case, Province
from app.domain.errors import NotFoundError, ValidationError
from app.domain.workdays import parse_date
from app.services.support.context import Actor

SHORT_TEXT = 200
# A person's name as the columns hold it (VARCHAR(120): reviewer, approver, verifier,
# a user's display name); PostgreSQL enforces it, SQLite would not.
PERSON_NAME = 120
LONG_TEXT = 200_000  # inspection notes of 100,000 characters must fit with room to spare
_ALLOWED_CONTROLS = {"\n", "\t", "\r"}
CASE_NUMBER_RE = re.compile(r"^[A-Z]{2}-\d{4}-\d{4,}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_text(
    value: str | None,
    field: str,
    *,
    required: bool = False,
    max_length: int = SHORT_TEXT,
    multiline: bool = False,
) -> str:
    """Trimmed text, or a ValidationError naming ``field``.

    Refused: blank when ``required``; longer than ``max_length`` (checked here because
    SQLite does not enforce VARCHAR lengths and PostgreSQL does); a control character
    (NUL among them, which PostgreSQL cannot store), except tab and line breaks in
    ``multiline`` text; a lone surrogate (undecodable bytes from a command line),
    which no database can store as text.
    """
    text = (value or "").strip()
    if required and not _visible(text):
        raise ValidationError("field.required", field=field)
    if len(text) > max_length:
        raise ValidationError("text.too_long", field=field, length=len(text), max=max_length)
    if not (_SUSPECT_MULTILINE if multiline else _SUSPECT).search(text):
        return text  # nothing refused below can be in it (one regex scan, not a loop)
    for index, char in enumerate(text, start=1):
        category = unicodedata.category(char)
        if category == "Cc" and not (multiline and char in _ALLOWED_CONTROLS):
            raise ValidationError("text.control_chars", field=field, position=index)
        if category == "Cs":
            raise ValidationError("text.invalid_char", field=field, position=index)
        if char in _BIDI_CONTROLS:
            raise ValidationError("text.bidi_control", field=field, position=index)
    return text


# Embeddings, overrides and isolates: they make text read otherwise than it is stored
# ("evil\u202efdp.exe" shows as "evilexe.pdf"); the marks LRM and RLM stay allowed.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Every character clean_text may refuse: the control characters (Unicode category Cc
# is exactly U+0000-U+001F and U+007F-U+009F), the surrogates (Cs, U+D800-U+DFFF) and
# the bidirectional controls above; tab and line breaks are allowed in multiline text.
# Text without any of them is returned at once; text with one is read character by
# character to say which and where.  tests/services/test_text_rules.py checks both ways agree.
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
_SUSPECT_MULTILINE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]"
)


def _visible(text: str) -> bool:
    """Whether ``text`` shows anything: not only format characters (zero-width space,
    joiners, BOM) and blanks, which would fill a required field with nothing to read."""
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)


def filter_text(value: str | None, field: str = "text") -> str | None:
    """The text of a list filter or search box, trimmed; None when blank.

    Checked like any text (at most 200 characters, no control characters): SQLite
    refuses very long ``LIKE`` patterns, and a NUL would end the pattern early.
    """
    return clean_text(value, field) or None


def findable(text: str) -> bool:
    """Whether ``text`` could be a stored name or code at all: no control character and
    no lone surrogate (none is ever stored).

    A look-up of anything else finds nothing without asking the database, which
    matters because PostgreSQL refuses a NUL even in a query parameter.
    """
    return not any(unicodedata.category(char) in ("Cc", "Cs") for char in text)


def optional_text(value: str | None, field: str, *, max_length: int = SHORT_TEXT) -> str | None:
    text = clean_text(value, field, max_length=max_length)
    return text or None


def as_date(value: date | str | None, field: str, *, required: bool = True) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError("field.required", field=field)
        return None
    if isinstance(value, date):
        return value
    return parse_date(value, field)


def need_date(value: date | str | None, field: str) -> date:
    result = as_date(value, field, required=True)
    assert result is not None
    return result


def choice(value: str, field: str, allowed: list[str] | tuple[str, ...]) -> str:
    text = (value or "").strip().lower()
    if text not in allowed:
        raise ValidationError(
            "field.invalid_choice", field=field, value=value, allowed=", ".join(allowed)
        )
    return text


def resolve_province(session: Session, value: str) -> Province:
    """A province from its GB/T 2260 code, ISO abbreviation, or Chinese/English name.

    Short forms an official types every day are accepted too: 浙江 for 浙江省,
    Zhejiang for Zhejiang Province.
    """
    text = (value or "").strip()
    if not text:
        raise ValidationError("field.required", field="province")
    if not findable(text):
        raise ValidationError("province.unknown", value=text, field="province")
    province = session.get(Province, text)
    if province is not None:
        return province
    lowered = text.lower()
    for candidate in session.execute(select(Province)).scalars():
        names = {
            candidate.abbr.lower(),
            candidate.name_zh,
            candidate.name_en.lower(),
            candidate.name_en.lower().split(" (")[0],
        }
        first_word = candidate.name_en.split()[0].lower()
        short_zh = re.sub(r"(省|市|自治区|特别行政区|壮族|回族|维吾尔)+$", "", candidate.name_zh)
        if lowered in names or lowered == first_word or text == short_zh:
            return candidate
    raise ValidationError("province.unknown", value=text)


def item_codes(session: Session) -> list[str]:
    return list(
        session.execute(select(AssessmentItem.code).order_by(AssessmentItem.code)).scalars()
    )


def resolve_item(session: Session, code: str) -> AssessmentItem:
    text = (code or "").strip().upper()
    item = session.get(AssessmentItem, text) if findable(text) else None
    if item is None:
        raise ValidationError("item.unknown", value=code, allowed=", ".join(item_codes(session)))
    return item


def normalize_case_number(value: str) -> str:
    text = (value or "").strip().upper()
    if not CASE_NUMBER_RE.match(text):
        raise ValidationError("case.number_invalid", value=value)
    return text


def get_case(session: Session, actor: Actor, case_number: str) -> Case:
    """The case with this number, if the actor may see it; otherwise 'not found or not permitted'."""
    number = normalize_case_number(case_number)
    case = session.execute(select(Case).where(Case.case_number == number)).scalar_one_or_none()
    if case is None or not actor.sees(case.province_code):
        raise NotFoundError("case.not_found", case_number=number)
    return case
