"""Tools → Users…: the administrators' screen over app.services.registry.users."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.types import utcnow
from app.domain.errors import ValidationError
from app.services.registry import reference, users
from app.services.registry.users import UserRow
from app.services.support.context import Actor
from app.ui.context import UiContext
from app.ui.dialogs import user_edit_dialog, users_dialog
from app.ui.dialogs.user_edit_dialog import ADD, PASSWORD, ROLE, SCOPE, UserEditDialog
from app.ui.dialogs.users_dialog import UsersDialog
from app.ui.main_window import MainWindow
from app.ui.models.users_model import UsersModel

ROOT = Actor("root", role="admin")
SECRET = "correct horse battery"


@pytest.fixture
def admin_ctx(ui_ctx: UiContext) -> UiContext:
    users.add_user(ui_ctx.db, ROOT, "boss", "王主任", "admin", None, SECRET)
    users.add_user(ui_ctx.db, ROOT, "li", "李四", "inspector", frozenset({"330000"}), SECRET)
    ui_ctx.actor = users.authenticate(ui_ctx.db, "boss", SECRET)
    return ui_ctx


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages shown with show_error, captured instead of a blocking box."""
    messages: list[str] = []

    def capture(_parent: object, exc: Exception, lang: str) -> None:
        messages.append(exc.render(lang))  # type: ignore[attr-defined]

    monkeypatch.setattr(users_dialog, "show_error", capture)
    monkeypatch.setattr(user_edit_dialog, "show_error", capture)
    return messages


def _texts(dialog: UsersDialog, login: str) -> list[str]:
    row = dialog.model.row_of(login)
    return [str(dialog.model.index(row, c).data()) for c in range(dialog.model.columnCount())]


def _edit(ctx: UiContext, qtbot: QtBot, mode: str, login: str | None = None) -> UserEditDialog:
    row = (
        next(r for r in users.list_users(ctx.db, ctx.actor) if r.login == login) if login else None
    )
    dialog = UserEditDialog(ctx, mode, reference.provinces(ctx.db), row)
    qtbot.addWidget(dialog)
    return dialog


def test_the_table_shows_role_provinces_and_state(qtbot: QtBot, admin_ctx: UiContext) -> None:
    for _ in range(5):
        with pytest.raises(ValidationError):
            users.authenticate(admin_ctx.db, "li", "wrong password")
    users.add_user(admin_ctx.db, ROOT, "zhao", "赵六", "viewer", frozenset({"110000"}), SECRET)
    users.disable_user(admin_ctx.db, ROOT, "zhao")
    dialog = UsersDialog(admin_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.empty.isHidden()  # "no account yet" is said only when there is none
    assert _texts(dialog, "boss") == ["boss", "王主任", "Administrator", "All provinces", "Active"]
    li = _texts(dialog, "li")
    assert li[:4] == ["li", "李四", "Inspector", "Zhejiang Province"]
    assert li[4].startswith("Locked until ")
    assert _texts(dialog, "zhao")[2:] == ["Viewer", "Beijing Municipality", "Disabled"]
    # A locked or disabled account can be enabled; an active one disabled
    dialog.select("li")
    assert dialog.enable_button.isEnabled() and dialog.disable_button.isEnabled()
    dialog.select("boss")
    assert not dialog.enable_button.isEnabled() and dialog.disable_button.isEnabled()


def test_the_model_sorts_roles_by_rank_and_shows_names_in_chinese(qapp: object) -> None:
    provinces = {"330000": reference.ProvinceRef("330000", "浙", "浙江省", "Zhejiang")}
    model = UsersModel("zh", provinces, now=utcnow)
    row = UserRow("li", "李四", "supervisor", False, ("330000", "999999"), False, None)
    locked = UserRow("wu", "吴", "viewer", True, (), False, utcnow() + timedelta(minutes=5))
    model.set_rows([row, locked])
    assert model.index(0, UsersModel.PROVINCES).data() == "浙江省、999999"
    assert model.index(0, UsersModel.ROLE).data(UsersModel.SORT_ROLE) == 2
    assert model.index(1, UsersModel.ROLE).data(UsersModel.SORT_ROLE) == 0
    assert model.is_locked(locked) and not model.is_locked(row)
    assert model.index(1, UsersModel.STATE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_adding_a_user_checks_the_passwords_and_keeps_the_fields(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str]
) -> None:
    dialog = _edit(admin_ctx, qtbot, ADD)
    assert "10 characters" in dialog.password_note.text()
    dialog.login_edit.setText("wang")
    dialog.name_edit.setText("王五")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("viewer"))
    # No province ticked: refused, nothing stored
    dialog.password_edit.setText(SECRET)
    dialog.repeat_edit.setText(SECRET)
    dialog.accept()
    assert "at least one province" in shown[-1] and dialog.result() == 0
    dialog.scope.tick("330000")
    dialog.scope.tick("110000")
    # Passwords that differ, then one too short: each refused with its reason
    dialog.repeat_edit.setText("something else")
    dialog.accept()
    assert shown[-1] == "The two passwords differ"
    dialog.password_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.accept()
    assert "at least 10 characters" in shown[-1]
    assert [u.login for u in users.list_users(admin_ctx.db, admin_ctx.actor)] == ["boss", "li"]
    assert dialog.login_edit.text() == "wang" and dialog.name_edit.text() == "王五"
    dialog.password_edit.setText(SECRET)
    dialog.repeat_edit.setText(SECRET)
    dialog.accept()
    assert dialog.result() == 1
    actor = users.authenticate(admin_ctx.db, "wang", SECRET)
    assert actor.role == "viewer" and actor.provinces == {"330000", "110000"}


def test_an_administrator_always_sees_every_province(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str]
) -> None:
    dialog = _edit(admin_ctx, qtbot, ADD)
    dialog.scope.tick("330000")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("admin"))
    assert dialog.scope.scope() is None and not dialog.scope.isEnabled()
    assert dialog.admin_note.isVisibleTo(dialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("inspector"))
    assert dialog.scope.isEnabled() and not dialog.admin_note.isVisibleTo(dialog)


def test_role_and_provinces_are_changed(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str]
) -> None:
    role = _edit(admin_ctx, qtbot, ROLE, "li")
    assert role.role_combo.currentData() == "inspector"
    role.role_combo.setCurrentIndex(role.role_combo.findData("supervisor"))
    role.accept()
    scope = _edit(admin_ctx, qtbot, SCOPE, "li")
    assert scope.scope.scope() == frozenset({"330000"})
    scope.scope.tick("110000")
    scope.accept()
    actor = users.authenticate(admin_ctx.db, "li", SECRET)
    assert actor.role == "supervisor" and actor.provinces == {"330000", "110000"}
    everywhere = _edit(admin_ctx, qtbot, SCOPE, "li")
    everywhere.scope.all_box.setChecked(True)
    everywhere.accept()
    assert users.authenticate(admin_ctx.db, "li", SECRET).all_provinces
    assert shown == []


def test_the_last_administrator_cannot_be_disabled_or_demoted(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = UsersDialog(admin_ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm_disable", lambda row: True)
    dialog.select("boss")
    dialog.disable_button.click()
    assert shown == ["The last active administrator cannot be disabled or given another role"]
    assert _texts(dialog, "boss")[4] == "Active"
    demote = _edit(admin_ctx, qtbot, ROLE, "boss")
    demote.role_combo.setCurrentIndex(demote.role_combo.findData("viewer"))
    demote.accept()
    assert demote.result() == 0 and "last active administrator" in shown[-1]


def test_disable_and_enable_never_delete(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = UsersDialog(admin_ctx)
    qtbot.addWidget(dialog)
    answers = [False, True]
    monkeypatch.setattr(dialog, "confirm_disable", lambda row: answers.pop(0))
    dialog.select("li")
    dialog.disable_button.click()  # answered No
    assert _texts(dialog, "li")[4] == "Active"
    dialog.disable_button.click()
    assert _texts(dialog, "li")[4] == "Disabled" and dialog.model.rowCount() == 2
    with pytest.raises(ValidationError):
        users.authenticate(admin_ctx.db, "li", SECRET)
    assert dialog.selected() is not None and dialog.selected().login == "li"  # type: ignore[union-attr]
    dialog.enable_button.click()
    assert _texts(dialog, "li")[4] == "Active"
    assert users.authenticate(admin_ctx.db, "li", SECRET).login == "li"
    assert shown == []


def test_reset_password_ends_a_lockout(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str]
) -> None:
    for _ in range(5):
        with pytest.raises(ValidationError):
            users.authenticate(admin_ctx.db, "li", "wrong password")
    dialog = _edit(admin_ctx, qtbot, PASSWORD, "li")
    assert dialog.windowTitle().endswith("li")
    dialog.password_edit.setText("a brand new secret")
    dialog.repeat_edit.setText("a brand new secret")
    dialog.accept()
    assert dialog.result() == 1 and shown == []
    assert users.authenticate(admin_ctx.db, "li", "a brand new secret").login == "li"


def test_the_users_menu_entry_is_for_administrators_only(
    qtbot: QtBot, admin_ctx: UiContext
) -> None:
    def entry(ctx: UiContext) -> object:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        return next(
            (
                a
                for a in window.findChildren(type(window.idle_lock.lock_action))
                if a.objectName() == "users_action"
            ),
            None,
        )

    assert entry(admin_ctx) is not None
    admin_ctx.actor = Actor("sup", role="supervisor")
    assert entry(admin_ctx) is None


def test_a_non_administrator_is_refused_by_the_service(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str]
) -> None:
    admin_ctx.actor = Actor("sup", role="supervisor")
    dialog = UsersDialog(admin_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and "may not do this" in shown[-1]


def test_a_change_made_meanwhile_by_another_administrator_is_not_overwritten(
    qtbot: QtBot, admin_ctx: UiContext, shown: list[str]
) -> None:
    # Given li's provinces open in one administrator's dialog
    dialog = _edit(admin_ctx, qtbot, SCOPE, "li")
    dialog.scope.tick("110000")
    # When another administrator gives li other provinces first
    users.set_scope(admin_ctx.db, ROOT, "li", frozenset({"440000"}))
    dialog.accept()
    # Then this save is refused and says so; the other change stays
    assert dialog.result() == 0 and shown[-1].startswith("This record was changed by root")
    assert users.authenticate(admin_ctx.db, "li", SECRET).provinces == {"440000"}


def test_an_empty_list_of_accounts_says_how_to_begin(qtbot: QtBot, ui_ctx: UiContext) -> None:
    ui_ctx.actor = ROOT  # no account yet: the local administrator
    dialog = UsersDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.empty.isHidden() and "first account" in dialog.empty.text()
