"""User accounts: argon2 hashes, minimum length, lockout, disabled accounts, no login enumeration."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, User
from app.db.types import utcnow
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.services.registry import users
from app.services.support import audit
from app.services.support.context import Actor
from tests.conftest import Databases

ADMIN = Actor("root", role="admin")
PASSWORD = "correct horse battery"


@pytest.fixture
def accounts(db: Database) -> Database:
    users.add_user(db, ADMIN, "boss", "Boss", "admin", None, PASSWORD)
    users.add_user(db, ADMIN, "li", "李四", "inspector", frozenset({"330000"}), PASSWORD)
    return db


def _refusal(db: Database, login: str, password: str, **kw: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        users.authenticate(db, login, password, **kw)  # type: ignore[arg-type]
    return caught.value


def test_password_is_stored_only_as_an_argon2_hash(accounts: Database) -> None:
    with accounts.read() as s:
        stored = s.execute(select(User.password_hash).where(User.login == "li")).scalar_one()
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    if accounts.file is not None:  # nor anywhere in the SQLite file
        assert PASSWORD.encode() not in accounts.file.read_bytes()


def test_audit_never_holds_the_password_or_its_hash(accounts: Database) -> None:
    users.reset_password(accounts, ADMIN, "li", "another long password")
    assert audit.verify_chain(accounts).ok
    with accounts.read() as s:
        events = s.execute(select(AuditEvent)).scalars().all()
        text = " ".join(str(e.before) + str(e.after) for e in events)
    assert "argon2" not in text and PASSWORD not in text and "another long" not in text
    assert "password_hash" not in text and "failed_count" not in text


def test_authenticate_returns_the_actor_with_role_and_scope(accounts: Database) -> None:
    actor = users.authenticate(accounts, "li", PASSWORD)
    assert actor == Actor("li", "inspector", False, frozenset({"330000"}))
    assert users.authenticate(accounts, "boss", PASSWORD).all_provinces


def test_minimum_length(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        users.add_user(db, ADMIN, "x", "X", "viewer", frozenset({"110000"}), "123456789")
    assert caught.value.code == "user.password_too_short"
    assert not users.users_exist(db)
    users.add_user(db, ADMIN, "x", "X", "viewer", frozenset({"110000"}), "1234567890")
    assert users.users_exist(db)


def test_no_login_enumeration(accounts: Database) -> None:
    users.disable_user(accounts, ADMIN, "li")
    unknown = _refusal(accounts, "nobody", PASSWORD)
    wrong = _refusal(accounts, "boss", "wrong password!")
    disabled = _refusal(accounts, "li", PASSWORD)
    assert unknown.code == wrong.code == disabled.code == "auth.failed"
    for lang in ("zh", "en"):
        assert unknown.render(lang) == wrong.render(lang) == disabled.render(lang)
    assert unknown.values == wrong.values == disabled.values == {}


def test_disabled_user_refused_and_enabled_again(accounts: Database) -> None:
    users.disable_user(accounts, ADMIN, "li")
    _refusal(accounts, "li", PASSWORD)
    users.enable_user(accounts, ADMIN, "li")
    assert users.authenticate(accounts, "li", PASSWORD).login == "li"


def test_five_wrong_passwords_lock_the_account_for_the_configured_time(
    accounts: Database,
) -> None:
    users.set_lockout_minutes(accounts, ADMIN, 30)
    start = utcnow()
    for _ in range(4):
        _refusal(accounts, "li", "wrong password", now=start)
    assert users.authenticate(accounts, "li", PASSWORD, now=start).login == "li"  # resets
    for _ in range(5):
        _refusal(accounts, "li", "wrong password", now=start)
    # Locked: even the right password is refused, with the same message
    locked = _refusal(accounts, "li", PASSWORD, now=start + timedelta(minutes=29))
    assert locked.code == "auth.failed"
    # The other account is not affected
    assert users.authenticate(accounts, "boss", PASSWORD, now=start).login == "boss"
    # After the lockout time the right password works again
    actor = users.authenticate(accounts, "li", PASSWORD, now=start + timedelta(minutes=31))
    assert actor.login == "li"


def test_management_is_for_admins_and_audited(accounts: Database) -> None:
    supervisor = Actor("sup", role="supervisor")
    with accounts.read() as s:
        before = s.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    with pytest.raises(ConflictError) as caught:
        users.add_user(accounts, supervisor, "new", "N", "viewer", None, PASSWORD)
    assert caught.value.code == "role.forbidden"
    for call in (
        lambda: users.set_role(accounts, supervisor, "li", "admin"),
        lambda: users.disable_user(accounts, supervisor, "li"),
        lambda: users.reset_password(accounts, supervisor, "li", "x" * 12),
        lambda: users.set_scope(accounts, supervisor, "li", None),
        lambda: users.list_users(accounts, supervisor),
        lambda: users.set_lockout_minutes(accounts, supervisor, 1),
    ):
        with pytest.raises(ConflictError):
            call()
    users.set_role(accounts, ADMIN, "li", "supervisor")
    users.set_scope(accounts, ADMIN, "li", frozenset({"浙江", "110000"}))
    actor = users.authenticate(accounts, "li", PASSWORD)
    assert actor.role == "supervisor" and actor.provinces == {"330000", "110000"}
    users.set_scope(accounts, ADMIN, "li", None)
    assert users.authenticate(accounts, "li", PASSWORD).all_provinces
    with accounts.read() as s:
        actions = list(
            s.execute(
                select(AuditEvent.action).where(AuditEvent.seq > before).order_by(AuditEvent.seq)
            ).scalars()
        )
    assert actions == ["user.role", "user.scope", "user.scope"]
    assert [r.login for r in users.list_users(accounts, ADMIN)] == ["boss", "li"]


def test_bad_input_refused(accounts: Database) -> None:
    with pytest.raises(ValidationError):
        users.add_user(accounts, ADMIN, "li", "again", "viewer", None, PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(accounts, ADMIN, "bad login!", "x", "viewer", None, PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(accounts, ADMIN, "ok", "x", "boss", None, PASSWORD)
    with pytest.raises(ValidationError):
        users.add_user(accounts, ADMIN, "ok", "x", "viewer", frozenset(), PASSWORD)
    with pytest.raises(NotFoundError):
        users.disable_user(accounts, ADMIN, "ghost")


def test_the_last_admin_cannot_be_disabled_or_demoted(accounts: Database) -> None:
    with pytest.raises(ConflictError):
        users.disable_user(accounts, ADMIN, "boss")
    with pytest.raises(ConflictError):
        users.set_role(accounts, ADMIN, "boss", "viewer")


def test_user_provinces_survive_the_lockout_migration(
    tmp_path: Path, backend: str, databases: Databases
) -> None:
    from sqlalchemy import text

    from app.db.migrate import downgrade, open_database

    path = databases.location(backend, tmp_path, "u")
    db = open_database(path)
    users.add_user(db, ADMIN, "li", "李四", "inspector", frozenset({"330000"}), PASSWORD)
    downgrade(db, "0005")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM user_provinces")).scalar_one() == 1
    db.dispose()
    db = open_database(path)
    try:
        assert users.authenticate(db, "li", PASSWORD).provinces == {"330000"}
    finally:
        db.dispose()
        databases.release(path)
