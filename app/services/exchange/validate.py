"""Checking every record of a package against the format before anything is compared or written.

Each record must be ``{"id", "hash", "base", "fields"}`` with exactly the fields of
its type, each of the right type and length, dates and moments in ISO form,
UUIDs, known enumerations and codes this database knows (provinces, assessment
items, report triggers).  A problem is refused naming the file, the record
(its position and id) and the field.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from app.domain.credit_code import validate_credit_code
from app.domain.errors import InspectDeskError, ValidationError
from app.domain.ranges import in_year_range
from app.services.exchange.spec import SPECS, Field, RecordSpec
from app.services.support.common import CASE_NUMBER_RE

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_ALLOWED_CONTROLS = {"\n", "\t", "\r"}
_RECORD_KEYS = {"id", "hash", "base", "fields"}


@dataclass(frozen=True)
class Incoming:
    """One record of a package, checked; ``fields`` are normalised JSON values."""

    type: str
    index: int  # 1-based position in its file
    id: str
    hash: str
    base: str | None
    fields: dict[str, Any]


class _Problem(Exception):
    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem


def _uuid(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise _Problem(field, "uuid")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _Problem(field, "uuid") from None


def _text(value: Any, name: str, field: Field) -> str:
    if not isinstance(value, str):
        raise _Problem(name, "type")
    if len(value) > field.max_length:
        raise _Problem(name, "too_long")
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc" and char not in _ALLOWED_CONTROLS:
            raise _Problem(name, "control_chars")
        if category == "Cs":  # a lone surrogate (a "\\ud800" escape): no database stores it
            raise _Problem(name, "surrogate")
    return value


def _shown(text: str, length: int = 40) -> str:
    """Text from a package as a refusal may show it: cut, and with any character that
    cannot be printed (a control character, a lone surrogate) as its escape."""
    cut = text[:length]
    if all(ch.isprintable() for ch in cut):
        return cut
    return cut.encode("unicode_escape").decode("ascii")


def _value(name: str, field: Field, value: Any, codes: Mapping[str, frozenset[str]]) -> Any:
    if value is None:
        if not field.nullable:
            raise _Problem(name, "null")
        return None
    kind = field.kind
    if kind == "str":
        return _text(value, name, field)
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Problem(name, "type")
        if not field.low <= value <= field.high:
            raise _Problem(name, "range")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            raise _Problem(name, "type")
        return value
    if kind == "date":
        if not isinstance(value, str) or len(value) != 10:
            raise _Problem(name, "date")
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise _Problem(name, "date") from None
        if not in_year_range(day):
            raise _Problem(name, "range")
        return day.isoformat()
    if kind == "datetime":
        if not isinstance(value, str) or len(value) > 40:
            raise _Problem(name, "datetime")
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise _Problem(name, "datetime") from None
        if moment.tzinfo is None:
            raise _Problem(name, "datetime")
        if not in_year_range(moment):  # checked first: year 1 in UTC+8 has no UTC form
            raise _Problem(name, "range")
        return moment.astimezone(UTC).isoformat()
    if kind == "ref":
        return _uuid(value, name)
    if kind == "refs":
        if not isinstance(value, list):
            raise _Problem(name, "type")
        ids = sorted({_uuid(v, name) for v in value})
        if len(ids) != len(value):
            raise _Problem(name, "choice")
        return ids
    if kind == "logins":
        if not isinstance(value, list):
            raise _Problem(name, "type")
        return sorted({_text(v, name, Field("str", max_length=64)) for v in value})
    if kind == "choice":
        if value not in field.choices:
            raise _Problem(name, "choice")
        return value
    if kind == "code":
        if not isinstance(value, str) or value not in codes[field.table]:
            raise _Problem(name, "unknown_code")
        return value
    if kind == "credit_code":
        if not isinstance(value, str):
            raise _Problem(name, "type")
        try:
            if validate_credit_code(value) != value:
                raise _Problem(name, "credit_code")
        except InspectDeskError:
            raise _Problem(name, "credit_code") from None
        return value
    if kind == "case_number":
        if not isinstance(value, str) or not CASE_NUMBER_RE.match(value):
            raise _Problem(name, "case_number")
        return value
    if kind == "sha256":
        if not isinstance(value, str) or not _SHA_RE.match(value):
            raise _Problem(name, "sha256")
        return value
    raise AssertionError(f"unknown field kind {kind}")


def _record(
    spec: RecordSpec, index: int, raw: Any, codes: Mapping[str, frozenset[str]]
) -> Incoming:
    if not isinstance(raw, dict):
        raise _Problem("{}", "type")
    for key in raw:
        if key not in _RECORD_KEYS:
            raise _Problem(_shown(str(key)), "unknown_field")
    for key in _RECORD_KEYS:
        if key not in raw:
            raise _Problem(key, "missing")
    record_id = _uuid(raw["id"], "id")
    if not isinstance(raw["hash"], str) or not _SHA_RE.match(raw["hash"]):
        raise _Problem("hash", "sha256")
    base = raw["base"]
    if base is not None and (not isinstance(base, str) or not _SHA_RE.match(base)):
        raise _Problem("base", "sha256")
    fields = raw["fields"]
    if not isinstance(fields, dict):
        raise _Problem("fields", "type")
    for key in fields:
        if key not in spec.fields:
            raise _Problem(_shown(str(key)), "unknown_field")
    values: dict[str, Any] = {}
    for name, field in spec.fields.items():
        if name not in fields:
            raise _Problem(name, "missing")
        values[name] = _value(name, field, fields[name], codes)
    return Incoming(spec.name, index, record_id, raw["hash"], base, values)


def check_records(
    raw: Mapping[str, list[Any]], codes: Mapping[str, frozenset[str]]
) -> dict[str, list[Incoming]]:
    """Every record of every type checked and normalised, or a refusal naming the first problem."""
    checked: dict[str, list[Incoming]] = {}
    for name, spec in SPECS.items():
        seen: set[str] = set()
        out: list[Incoming] = []
        for index, record in enumerate(raw.get(name, []), start=1):
            try:
                item = _record(spec, index, record, codes)
            except _Problem as problem:
                raw_id = record.get("id") if isinstance(record, dict) else None
                raise ValidationError(
                    "exchange.bad_field",
                    name=spec.file,
                    index=index,
                    record=_shown(raw_id) if isinstance(raw_id, str) else "-",
                    field=problem.field,
                    problem=problem.problem,
                ) from None
            if item.id in seen:
                raise ValidationError("exchange.duplicate_id", name=spec.file, record=item.id)
            seen.add(item.id)
            out.append(item)
        checked[name] = out
    return checked
