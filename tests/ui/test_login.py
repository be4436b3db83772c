"""The login dialog, the first-start dialog and run_gui's sign-in."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.db.engine import Database
from app.services.registry import users
from app.services.support.context import Actor
from app.ui import app as ui_app
from app.ui.dialogs.first_admin_dialog import FirstAdminDialog
from app.ui.dialogs.login_dialog import LoginDialog

ADMIN = Actor("root", role="admin")
PASSWORD = "correct horse battery"


@pytest.fixture
def with_user(db: Database) -> Database:
    users.add_user(db, ADMIN, "li", "李四", "inspector", frozenset({"330000"}), PASSWORD)
    return db


def _ok(dialog: LoginDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_wrong_password_shows_the_message_and_keeps_the_dialog(
    qtbot: Any, with_user: Database
) -> None:
    dialog = LoginDialog(with_user, "en")
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("li")
    dialog.password_edit.setText("wrong password")
    _ok(dialog)
    assert dialog.actor is None and dialog.result() == 0
    assert "Login failed" in dialog.error_label.text()
    assert dialog.password_edit.text() == ""
    dialog.password_edit.setText(PASSWORD)
    _ok(dialog)
    assert dialog.actor == Actor("li", "inspector", False, frozenset({"330000"}))
    assert dialog.result() == 1


def test_unknown_login_reads_like_a_wrong_password(qtbot: Any, with_user: Database) -> None:
    dialog = LoginDialog(with_user, "zh")
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("nobody")
    dialog.password_edit.setText("whatever password")
    _ok(dialog)
    unknown = dialog.error_label.text()
    dialog.login_edit.setText("li")
    dialog.password_edit.setText("whatever password")
    _ok(dialog)
    assert dialog.error_label.text() == unknown and "登录失败" in unknown


def test_locked_account_is_refused_even_with_the_right_password(
    qtbot: Any, with_user: Database
) -> None:
    dialog = LoginDialog(with_user, "en")
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("li")
    for _ in range(5):
        dialog.password_edit.setText("wrong password")
        _ok(dialog)
    dialog.password_edit.setText(PASSWORD)
    _ok(dialog)
    assert dialog.actor is None and "Login failed" in dialog.error_label.text()


def test_first_admin_dialog_creates_the_administrator(qtbot: Any, db: Database) -> None:
    dialog = FirstAdminDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("chief")
    dialog.password_edit.setText("chief-password")
    dialog.repeat_edit.setText("chief-pass")
    dialog.create_button.click()
    assert dialog.actor is None and not users.users_exist(db)
    dialog.repeat_edit.setText("chief-password")
    dialog.create_button.click()
    assert dialog.actor is not None and dialog.actor.login == "chief"
    assert dialog.actor.role == "admin" and users.users_exist(db)


def test_first_admin_dialog_skip_keeps_the_local_admin(qtbot: Any, db: Database) -> None:
    dialog = FirstAdminDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.skip_button.click()
    assert dialog.skipped and dialog.actor is not None and dialog.actor.role == "admin"
    assert not users.users_exist(db)


def test_sign_in_asks_for_a_login_only_when_users_exist(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    seen: list[str] = []

    def login(d: Database, lang: str) -> Actor | None:
        seen.append("login")
        return None

    def first(d: Database, lang: str, s: object) -> Actor | None:
        seen.append("first")
        return ADMIN

    monkeypatch.setattr(ui_app, "login_dialog", login)
    monkeypatch.setattr(ui_app, "first_admin_dialog", first)
    settings = QSettings()
    assert ui_app.sign_in(db, "en", settings) == ADMIN
    users.add_user(db, ADMIN, "li", "李四", "viewer", frozenset({"110000"}), PASSWORD)
    assert ui_app.sign_in(db, "en", settings) is None
    assert seen == ["first", "login"]
