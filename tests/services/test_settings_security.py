"""The security settings: lockout time and idle-lock time, for administrators only, audited."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, Setting
from app.db.types import utcnow
from app.domain.errors import ConflictError, ValidationError
from app.services.registry import settings, users
from app.services.support.context import Actor

ADMIN = Actor("root", role="admin")
SUPERVISOR = Actor("sup", role="supervisor", all_provinces=True)
PASSWORD = "correct horse battery"
ROOT = Path(__file__).resolve().parents[2]


def _events(db: Database) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


def test_defaults_are_listed_with_the_attachment_limit(db: Database) -> None:
    assert settings.all_settings(db) == {
        "attachment_max_mb": 200,
        "lockout_minutes": 15,
        "idle_lock_minutes": 10,
    }
    assert users.lockout_minutes(db) == 15


@pytest.mark.parametrize("key", ["lockout_minutes", "idle_lock_minutes"])
def test_only_administrators_change_the_security_settings(db: Database, key: str) -> None:
    # Given a supervisor, who may change the attachment size limit
    settings.set_setting(db, SUPERVISOR, "attachment_max_mb", 50)
    before = _events(db)
    # When they try a security setting, it is refused and nothing is written
    with pytest.raises(ConflictError) as refused:
        settings.set_setting(db, SUPERVISOR, key, 30)
    assert refused.value.code == "role.forbidden"
    assert "Change the security settings" in refused.value.render("en")
    assert _events(db) == before and settings.get_setting(db, key) != 30
    assert not settings.may_set(SUPERVISOR, key) and settings.may_set(ADMIN, key)
    assert settings.may_set(SUPERVISOR, "attachment_max_mb")
    # Then an administrator may, and the change is one audit event with old and new value
    settings.set_setting(db, ADMIN, key, " 30 ")
    assert settings.get_setting(db, key) == 30
    with db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
    assert event is not None and event.action == "setting.set" and event.actor == "root"
    assert event.entity_id == key and event.before is None and event.after == {"value": "30"}


@pytest.mark.parametrize(
    ("key", "value", "code", "words"),
    [
        ("idle_lock_minutes", "-1", "setting.out_of_range", ["idle_lock_minutes", "0–1440"]),
        ("idle_lock_minutes", "1441", "setting.out_of_range", ["idle_lock_minutes", "1441"]),
        ("lockout_minutes", "0", "setting.out_of_range", ["lockout_minutes", "1–1440"]),
        ("lockout_minutes", "ten", "field.invalid_number", ["lockout_minutes", "ten"]),
        ("lock_minutes", "5", "field.invalid_choice", ["lock_minutes", "idle_lock_minutes"]),
    ],
)
def test_bad_values_are_refused_with_what_and_where(
    db: Database, key: str, value: str, code: str, words: list[str]
) -> None:
    with pytest.raises(ValidationError) as refused:
        settings.set_setting(db, ADMIN, key, value)
    assert refused.value.code == code
    for lang in ("zh", "en"):
        message = refused.value.render(lang)
        assert all(w in message for w in words), message
    assert _events(db) == 0


def test_zero_idle_minutes_means_never(db: Database) -> None:
    assert settings.SPECS["idle_lock_minutes"].zero_means_never
    assert settings.set_setting(db, ADMIN, "idle_lock_minutes", 0) == 0
    assert settings.get_setting(db, "idle_lock_minutes") == 0


def test_a_damaged_stored_value_reads_as_the_default(db: Database) -> None:
    with db.write() as s:
        s.add(Setting(key="lockout_minutes", value="-5"))
        s.add(Setting(key="idle_lock_minutes", value="soon"))
    assert settings.get_setting(db, "lockout_minutes") == 15
    assert settings.get_setting(db, "idle_lock_minutes") == 10


def test_the_login_check_reads_the_lockout_time_from_the_settings(db: Database) -> None:
    users.add_user(db, ADMIN, "li", "李四", "inspector", frozenset({"330000"}), PASSWORD)
    settings.set_setting(db, ADMIN, "lockout_minutes", 2)
    start = utcnow()
    for left in (4, 3, 2, 1):
        with pytest.raises(ValidationError):
            users.authenticate(db, "li", "wrong password", now=start)
        state = users.account_state(db, "li", now=start)
        assert state is not None and state.failures_left == left and state.locked_until is None
    with pytest.raises(ValidationError):
        users.authenticate(db, "li", "wrong password", now=start)
    state = users.account_state(db, "li", now=start)
    assert state is not None and state.locked_until == start + timedelta(minutes=2)
    with pytest.raises(ValidationError):
        users.authenticate(db, "li", PASSWORD, now=start + timedelta(minutes=1))
    # The setting changed meanwhile does not move a lockout already running ...
    settings.set_setting(db, ADMIN, "lockout_minutes", 60)
    assert users.authenticate(db, "li", PASSWORD, now=start + timedelta(minutes=3)).login == "li"
    # ... but the next one lasts the new time
    for _ in range(5):
        with pytest.raises(ValidationError):
            users.authenticate(db, "li", "wrong password", now=start + timedelta(minutes=4))
    with pytest.raises(ValidationError):
        users.authenticate(db, "li", PASSWORD, now=start + timedelta(minutes=50))
    assert users.authenticate(db, "li", PASSWORD, now=start + timedelta(minutes=65)).login == "li"


def test_account_state_of_a_disabled_or_unknown_account(db: Database) -> None:
    users.add_user(db, ADMIN, "boss", "Boss", "admin", None, PASSWORD)
    users.add_user(db, ADMIN, "li", "李四", "viewer", frozenset({"110000"}), PASSWORD)
    users.disable_user(db, ADMIN, "li")
    state = users.account_state(db, "li")
    assert state is not None and state.disabled and state.display_name == "李四"
    assert users.account_state(db, "nobody") is None


def _cli(db: Path, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("INSPECTDESK_DB", "INSPECTDESK_LANG")}
    env.update(
        INSPECTDESK_PASSWORD=PASSWORD,
        PYTHONIOENCODING="utf-8",
        QT_QPA_PLATFORM="offscreen",
    )
    options = ["--db", str(db), "--lang", "en"] + (["--user", user] if user else [])
    return subprocess.run(
        [sys.executable, "-m", "app", *options, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.sqlite_only  # the command line is run on the test's database file
def test_command_line_lists_and_sets_the_security_settings(db: Database) -> None:
    users.add_user(db, ADMIN, "boss", "Boss", "admin", None, PASSWORD)
    users.add_user(db, ADMIN, "sup", "Sup", "supervisor", None, PASSWORD)
    path = Path(str(db.engine.url.database))
    listed = _cli(path, "settings", "list", user="sup")
    assert listed.returncode == 0, listed.stderr
    assert "idle_lock_minutes = 10" in listed.stdout and "lockout_minutes = 15" in listed.stdout
    refused = _cli(path, "settings", "set", "idle_lock_minutes", "5", user="sup")
    assert refused.returncode == 2 and "Change the security settings" in refused.stderr
    bad = _cli(path, "settings", "set", "idle_lock_minutes", "-3", user="boss")
    assert bad.returncode == 2 and "idle_lock_minutes" in bad.stderr and "0–1440" in bad.stderr
    done = _cli(path, "settings", "set", "idle_lock_minutes", "5", user="boss")
    assert done.returncode == 0, done.stderr
    assert "idle_lock_minutes = 5" in done.stdout
    assert settings.get_setting(db, "idle_lock_minutes") == 5
