"""User accounts: argon2-hashed passwords, roles, province scopes, lockout after failed logins.

Management (add, role, scope, disable, enable, reset password) is for administrators
and audited; the audit values never hold a password or its hash.  ``authenticate``
answers every refusal -- unknown login, wrong password, disabled or locked account
-- with the same ``ValidationError("auth.failed")`` so that nobody can learn which
logins exist.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Province, User
from app.db.types import utcnow
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.services.registry import settings
from app.services.support import audit, versioning
from app.services.support.common import clean_text, resolve_province
from app.services.support.context import Actor
from app.services.support.permissions import ROLES, require

MIN_PASSWORD = 10
MAX_PASSWORD = 1024
MAX_FAILED = 5  # consecutive wrong passwords before the account is locked
LOGIN_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

_HASHER = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Checked against when the login does not exist, so that the answer takes as long
    as for a real account.  Made on the first sign-in, not at import: every command
    imports this module, and hashing costs a tenth of a second."""
    return _HASHER.hash("inspectdesk-no-such-user")


# Kept out of audit values (password_hash is dropped by audit.snapshot already).
_NOT_AUDITED = frozenset({"password_hash", "failed_count", "locked_until"})


@dataclass(frozen=True)
class UserRow:
    login: str
    display_name: str
    role: str
    all_provinces: bool
    provinces: tuple[str, ...]
    disabled: bool
    locked_until: datetime | None
    # Optimistic locking: hand ``version`` back with a change of this account.
    version: int = 0
    updated_by: str = ""
    updated_at: datetime | None = None


def hash_password(password: str) -> str:
    """The argon2 hash of a password that is long enough (refused otherwise)."""
    check_password(password)
    return _HASHER.hash(password)


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("user.password_too_short", min=MIN_PASSWORD, field="password")
    if len(password) > MAX_PASSWORD:
        raise ValidationError(
            "text.too_long", field="password", length=len(password), max=MAX_PASSWORD
        )
    if not _encodable(password):
        # A lone surrogate (undecodable bytes typed at a terminal): argon2 cannot hash it.
        position = next(i for i, c in enumerate(password, 1) if not _encodable(c))
        raise ValidationError("text.invalid_char", field="password", position=position)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def users_exist(db: Database) -> bool:
    with db.read() as session:
        return bool(session.execute(select(func.count()).select_from(User)).scalar_one())


def actor_of(user: User) -> Actor:
    return Actor(
        login=user.login,
        role=user.role,
        all_provinces=bool(user.all_provinces),
        provinces=frozenset(p.code for p in user.provinces),
    )


def _snapshot(user: User) -> dict[str, Any]:
    values = {k: v for k, v in audit.snapshot(user).items() if k not in _NOT_AUDITED}
    values["provinces"] = sorted(p.code for p in user.provinces)
    return values


def _login(value: str) -> str:
    text = (value or "").strip()
    if not LOGIN_RE.match(text):
        raise ValidationError("user.login_invalid", value=value, field="login")
    return text


def _role(value: str) -> str:
    text = (value or "").strip().lower()
    if text not in ROLES:
        raise ValidationError(
            "field.invalid_choice", field="role", value=value, allowed=", ".join(ROLES)
        )
    return text


def _provinces(session: Session, provinces: Iterable[str] | None) -> list[Province] | None:
    """The provinces of a scope; ``None`` means every province."""
    if provinces is None:
        return None
    found: dict[str, Province] = {}
    for value in provinces:
        if str(value).strip():
            province = resolve_province(session, str(value))
            found[province.code] = province
    if not found:
        raise ValidationError("user.scope_required", field="provinces")
    return [found[code] for code in sorted(found)]


def _user(session: Session, login: str) -> User:
    text = (login or "").strip()
    # No account has a login outside LOGIN_RE (and PostgreSQL refuses NUL in a query).
    found = LOGIN_RE.match(text) is not None
    user = (
        session.execute(select(User).where(User.login == text)).scalar_one_or_none()
        if found
        else None
    )
    if user is None:
        raise NotFoundError("user.not_found", login=login)
    return user


def _active_admins(session: Session) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(User)
            .where(User.role == "admin", User.disabled.is_(False))
        ).scalar_one()
    )


def add_user(
    db: Database,
    actor: Actor,
    login: str,
    display_name: str,
    role: str,
    provinces: frozenset[str] | None,
    password: str,
) -> uuid.UUID:
    """Create an account; ``provinces`` None means all provinces (admins always see all)."""
    require(actor, "user.manage")
    login = _login(login)
    name = clean_text(display_name, "display_name", required=True, max_length=120)
    role = _role(role)
    password_hash = hash_password(password)
    with db.write() as session:
        if session.execute(select(User.id).where(User.login == login)).first():
            raise ValidationError("user.duplicate", login=login, field="login")
        scope = None if role == "admin" else _provinces(session, provinces)
        user = User(
            login=login,
            display_name=name,
            role=role,
            all_provinces=scope is None,
            password_hash=password_hash,
            disabled=False,
            failed_count=0,
        )
        user.provinces = scope or []
        session.add(user)
        session.flush()
        audit.record(session, actor, "user.add", "user", user.id, after=_snapshot(user))
        return user.id


def _change(
    db: Database,
    actor: Actor,
    login: str,
    action: str,
    apply: Any,
    expected_version: int | None = None,
) -> None:
    """Apply one account change; ``record.changed`` if the account moved past ``expected_version``."""
    require(actor, "user.manage")
    with db.write() as session:
        user = _user(session, login)
        # Explicit check: users.version is no version_id_col (logins update the row too).
        versioning.check(session, user, expected_version, user.login)
        before = _snapshot(user)
        apply(session, user)
        user.version += 1
        versioning.stamp(user, actor)
        session.flush()
        after = _snapshot(user)
        old, new = audit.diff(before, after)
        audit.record(session, actor, action, "user", user.id, before=old or None, after=new or None)


def set_role(
    db: Database, actor: Actor, login: str, role: str, *, expected_version: int | None = None
) -> None:
    new_role = _role(role)

    def apply(session: Session, user: User) -> None:
        demoted = user.role == "admin" and new_role != "admin" and not user.disabled
        if demoted and _active_admins(session) <= 1:
            raise ConflictError("user.last_admin")
        user.role = new_role
        if new_role == "admin":
            user.all_provinces = True
            user.provinces = []

    _change(db, actor, login, "user.role", apply, expected_version)


def set_scope(
    db: Database,
    actor: Actor,
    login: str,
    provinces: frozenset[str] | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Change the provinces a user sees; ``None`` means all provinces."""

    def apply(session: Session, user: User) -> None:
        scope = _provinces(session, provinces)
        user.all_provinces = scope is None or user.role == "admin"
        user.provinces = [] if user.all_provinces else (scope or [])

    _change(db, actor, login, "user.scope", apply, expected_version)


def disable_user(
    db: Database, actor: Actor, login: str, *, expected_version: int | None = None
) -> None:
    """Disable (never delete) an account: its login stays attributable in the audit trail."""

    def apply(session: Session, user: User) -> None:
        if user.role == "admin" and not user.disabled and _active_admins(session) <= 1:
            raise ConflictError("user.last_admin")
        user.disabled = True

    _change(db, actor, login, "user.disable", apply, expected_version)


def enable_user(
    db: Database, actor: Actor, login: str, *, expected_version: int | None = None
) -> None:
    def apply(session: Session, user: User) -> None:
        user.disabled = False
        user.failed_count = 0
        user.locked_until = None

    _change(db, actor, login, "user.enable", apply, expected_version)


def reset_password(db: Database, actor: Actor, login: str, password: str) -> None:
    """Set a new password (and lift any lockout); the audit event names the act, not the value."""
    password_hash = hash_password(password)
    require(actor, "user.manage")
    with db.write() as session:
        user = _user(session, login)
        user.password_hash = password_hash
        user.failed_count = 0
        user.locked_until = None
        audit.record(
            session, actor, "user.reset_password", "user", user.id, after={"password": "changed"}
        )


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    require(actor, "user.manage")
    with db.read() as session:
        users = session.execute(select(User).order_by(User.login)).scalars().all()
        return [
            UserRow(
                login=u.login,
                display_name=u.display_name,
                role=u.role,
                all_provinces=bool(u.all_provinces),
                provinces=tuple(sorted(p.code for p in u.provinces)),
                disabled=bool(u.disabled),
                locked_until=u.locked_until,
                version=u.version,
                updated_by=u.updated_by,
                updated_at=u.updated_at,
            )
            for u in users
        ]


def lockout_minutes(db: Database) -> int:
    """How long five wrong passwords lock an account: the office setting (default 15)."""
    return settings.get_setting(db, settings.LOCKOUT_MINUTES)


def set_lockout_minutes(db: Database, actor: Actor, minutes: int | str) -> int:
    """Change the lockout time (administrators; audited like every setting)."""
    return settings.set_setting(db, actor, settings.LOCKOUT_MINUTES, minutes)


@dataclass(frozen=True)
class AccountState:
    """What the lock screen tells the official logged in about their own account."""

    display_name: str
    disabled: bool
    locked_until: datetime | None  # set only while the lockout lasts
    failures_left: int  # wrong passwords still possible before the lockout


def account_state(db: Database, login: str, *, now: datetime | None = None) -> AccountState | None:
    """The state of the account ``login`` (None if there is none).

    For the window's lock screen only: it is asked about the official who already
    logged in, so telling them how many attempts remain reveals no login.
    """
    moment = now or utcnow()
    text = (login or "").strip()
    if not LOGIN_RE.match(text):
        return None  # no account has such a login (and PostgreSQL refuses NUL in a query)
    with db.read() as session:
        user = session.execute(select(User).where(User.login == text)).scalar_one_or_none()
        if user is None:
            return None
        locked = user.locked_until if user.locked_until and moment < user.locked_until else None
        return AccountState(
            display_name=user.display_name,
            disabled=bool(user.disabled),
            locked_until=locked,
            failures_left=max(MAX_FAILED - (user.failed_count or 0), 0),
        )


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(db: Database, login: str, password: str, *, now: datetime | None = None) -> Actor:
    """The actor of this login if the password is right and the account usable.

    Every refusal is the same ``ValidationError("auth.failed")``.  Five wrong
    passwords in a row lock the account for the ``lockout_minutes`` setting; while
    locked, even the right password is refused.
    """
    moment = now or utcnow()
    password = password or ""
    # A login no account can have (a lone surrogate from undecodable terminal input,
    # a NUL, which PostgreSQL refuses even in a query) is refused like any wrong
    # login, after the same work.
    if not LOGIN_RE.match((login or "").strip()):
        login = ""
    if not _encodable(password):
        password = ""
    with db.write() as session:
        user = session.execute(
            select(User).where(User.login == (login or "").strip())
        ).scalar_one_or_none()
        if user is None:
            _verify(None, password)
            ok = False
        else:
            ok = _verify(user.password_hash, password) and user.password_hash is not None
            locked = user.locked_until is not None and moment < user.locked_until
            if user.disabled or locked:
                ok = False
            elif not ok:
                user.failed_count = (user.failed_count or 0) + 1
                if user.failed_count >= MAX_FAILED:
                    minutes = lockout_minutes(db)
                    user.locked_until = moment + timedelta(minutes=minutes)
                    user.failed_count = 0
            else:
                user.failed_count = 0
                user.locked_until = None
                if _HASHER.check_needs_rehash(user.password_hash or ""):
                    user.password_hash = _HASHER.hash(password)
        result = actor_of(user) if ok and user is not None else None
    if result is None:
        raise ValidationError("auth.failed")
    return result
