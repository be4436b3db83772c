"""Office settings kept in the database (shared by every workstation on a server)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Database
from app.db.models import Setting
from app.domain.errors import ValidationError
from app.services import audit
from app.services.context import Actor
from app.services.permissions import require


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int
    minimum: int
    maximum: int
    label_zh: str
    label_en: str


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec(
            "attachment_max_mb", 200, 1, 10_000, "附件大小上限（MB）", "Attachment size limit (MB)"
        ),
    )
}


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise ValidationError(
            "field.invalid_choice", field="key", value=key, allowed=", ".join(sorted(SPECS))
        )
    return spec


def get_setting(db: Database, key: str) -> int:
    """The stored value of ``key``, or its default."""
    spec = _spec(key)
    with db.read() as session:
        row = session.get(Setting, key)
        return int(row.value) if row else spec.default


def all_settings(db: Database) -> dict[str, int]:
    return {key: get_setting(db, key) for key in SPECS}


def set_setting(db: Database, actor: Actor, key: str, value: str | int) -> int:
    """Store a setting after checking it is a whole number in its range."""
    require(actor, "setting.set")
    spec = _spec(key)
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise ValidationError("field.invalid_number", field=key, value=value) from exc
    if not spec.minimum <= number <= spec.maximum:
        raise ValidationError(
            "setting.out_of_range",
            key=key,
            value=number,
            minimum=spec.minimum,
            maximum=spec.maximum,
        )
    with db.write() as session:
        row = session.get(Setting, key)
        before = {"value": row.value} if row else None
        if row is None:
            session.add(Setting(key=key, value=str(number)))
        else:
            row.value = str(number)
        audit.record(
            session,
            actor,
            "setting.set",
            "setting",
            key,
            before=before,
            after={"value": str(number)},
        )
    return number
