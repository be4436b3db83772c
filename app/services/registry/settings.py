"""Office settings kept in the database (shared by every workstation on a server).

Two kinds: the attachment size limit, which supervisors may change ("setting.set"),
and the security settings -- how long five wrong passwords lock an account and
after how long without use the window locks -- which only administrators change
("setting.security", administrators only), because they are part of the accounts' protection.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.db.engine import Database
from app.db.models import Setting
from app.domain.errors import ValidationError
from app.services.support import audit
from app.services.support.context import Actor
from app.services.support.permissions import Decision, can_all, require
from app.text import named

ATTACHMENT_MAX_MB = "attachment_max_mb"
LOCKOUT_MINUTES = "lockout_minutes"
IDLE_LOCK_MINUTES = "idle_lock_minutes"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int
    minimum: int
    maximum: int
    label_zh: str
    label_en: str
    permission: str = "setting.set"  # the action (permissions.py) that may change it
    zero_means_never: bool = False  # 0 switches the behaviour off

    def label(self, lang: str) -> str:
        return named(self.label_zh, self.label_en, lang)


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec(
            ATTACHMENT_MAX_MB, 200, 1, 10_000, "附件大小上限（MB）", "Attachment size limit (MB)"
        ),
        SettingSpec(
            LOCKOUT_MINUTES,
            15,
            1,
            1440,
            "连续 5 次密码错误后锁定账户（分钟）",
            "Account locked after 5 wrong passwords for (minutes)",
            permission="setting.security",
        ),
        SettingSpec(
            IDLE_LOCK_MINUTES,
            10,
            0,
            1440,
            "无操作多久后锁定窗口（分钟，0 为从不）",
            "Lock the window after no use for (minutes, 0 = never)",
            permission="setting.security",
            zero_means_never=True,
        ),
    )
}


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get((key or "").strip())
    if spec is None:
        raise ValidationError(
            "field.invalid_choice", field="key", value=key, allowed=", ".join(sorted(SPECS))
        )
    return spec


def may_set(actor: Actor, key: str) -> Decision:
    """Whether ``actor`` may change the setting ``key``, and why not (the GUI greys out the others)."""
    return can_all(actor, ("setting.set", _spec(key).permission))


def get_setting(db: Database, key: str) -> int:
    """The stored value of ``key``, or its default.

    A stored value that is no longer a whole number in range (written by hand or by
    an older version) reads as the default, so that a bad row can never switch a
    security setting off.
    """
    spec = _spec(key)
    with db.read() as session:
        row = session.get(Setting, spec.key)
        if row is None:
            return spec.default
        try:
            number = int(str(row.value).strip())
        except ValueError:
            return spec.default
        return number if spec.minimum <= number <= spec.maximum else spec.default


def all_settings(db: Database) -> dict[str, int]:
    return {key: get_setting(db, key) for key in SPECS}


def set_setting(db: Database, actor: Actor, key: str, value: str | int) -> int:
    """Store a setting after checking the actor may change it and it is a whole number in range.

    Every setting needs "setting.set"; the security settings also "setting.security".  The
    change is one audit event "setting.set" with the old and new value.
    """
    require(actor, "setting.set")  # before any look-up, as every write use case
    spec = _spec(key)
    require(actor, spec.permission)
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise ValidationError("field.invalid_number", field=spec.key, value=value) from exc
    if not spec.minimum <= number <= spec.maximum:
        raise ValidationError(
            "setting.out_of_range",
            key=spec.key,
            value=number,
            minimum=spec.minimum,
            maximum=spec.maximum,
        )
    with db.write() as session:
        row = session.get(Setting, spec.key)
        before = {"value": row.value} if row else None
        if row is None:
            session.add(Setting(key=spec.key, value=str(number)))
        else:
            row.value = str(number)
        audit.record(
            session,
            actor,
            "setting.set",
            "setting",
            spec.key,
            before=before,
            after={"value": str(number)},
        )
    return number
