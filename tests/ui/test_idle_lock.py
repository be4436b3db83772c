"""The idle lock: windows covered after the idle time, the password asked, nothing typed lost.

A fake clock stands in for time.monotonic and the idle check runs every 10 ms, so
"ten minutes without use" takes no time at all.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.services.registry import settings, users
from app.services.support.context import Actor
from app.ui import idle_lock
from app.ui.context import UiContext
from app.ui.dialogs.finding_dialog import FindingDialog
from app.ui.idle_lock import CURTAIN_COLOUR, Curtain, IdleLock
from app.ui.main_window import MainWindow

ADMIN = Actor("root", role="admin")
PASSWORD = "correct horse battery"
CASE = "GD-2021-0002"
NOTES = "直播间未落实实名核验 (room 3)"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(idle_lock, "CLOCK", fake)
    monkeypatch.setattr(idle_lock, "POLL_MS", 10)
    return fake


@pytest.fixture
def li_ctx(demo_ctx: UiContext) -> UiContext:
    """The demo database with accounts, and the supervisor "li" logged in."""
    users.add_user(demo_ctx.db, ADMIN, "boss", "Boss", "admin", None, PASSWORD)
    users.add_user(demo_ctx.db, ADMIN, "li", "李四", "supervisor", None, PASSWORD)
    settings.set_setting(demo_ctx.db, ADMIN, "idle_lock_minutes", 10)
    demo_ctx.actor = users.authenticate(demo_ctx.db, "li", PASSWORD)
    return demo_ctx


@pytest.fixture
def window(qtbot: QtBot, li_ctx: UiContext, clock: FakeClock) -> MainWindow:
    main = MainWindow(li_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main  # closing it (qtbot) stops its lock


def _curtain(widget: QWidget) -> Curtain:
    curtains = [c for c in widget.findChildren(Curtain) if c.parentWidget() is widget]
    assert len(curtains) == 1, curtains
    return curtains[0]


def _pixel(widget: QWidget, child: QWidget) -> Any:
    """The colour shown at the middle of ``child`` when ``widget`` is painted."""
    image = widget.grab().toImage()
    point = child.mapTo(widget, QPoint(child.width() // 2, child.height() // 2))
    return image.pixelColor(point)


def test_idle_time_covers_every_window_and_the_password_brings_back_the_text(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, li_ctx: UiContext
) -> None:
    lock = window.idle_lock
    # Given a finding dialog with text typed into it, and a search word in the main window
    dialog = FindingDialog(li_ctx, CASE, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.description, "room 3 ")
    dialog.description.setPlainText(NOTES)
    window.search.setText("日志")  # QTest types only Latin-1 characters
    qtbot.keyClicks(window.search, " log")
    typed_at = clock.now
    title = dialog.windowTitle()

    # When 9 minutes 59 seconds pass without input, nothing happens
    clock.now = typed_at + 599
    qtbot.wait(60)
    assert not lock.locked
    # Typing once more starts the idle time again
    qtbot.keyClicks(window.search, "x")
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    clock.now += 599
    qtbot.wait(60)
    assert not lock.locked
    # After ten minutes without input, the windows lock
    clock.now += 2
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)

    # Then every window is covered, its title hidden, and the lock screen asks for li's password
    assert set(lock.covered_windows()) >= {window, dialog}
    for covered in (window, dialog):
        curtain = _curtain(covered)
        assert curtain.isVisible() and curtain.geometry() == covered.rect()
        assert "CASE" not in covered.windowTitle() and CASE not in covered.windowTitle()
    assert _pixel(dialog, dialog.description) == CURTAIN_COLOUR
    assert _pixel(window, window.search) == CURTAIN_COLOUR
    screen = lock.dialog
    assert screen is not None and screen.isVisible() and screen.isModal()
    assert "李四" in screen.who.text() and "li" in screen.who.text()
    assert "10" in screen.explanation.text()

    # A wrong password: still locked, the message says so, and the failure counts
    screen.password_edit.setText("wrong password")
    screen.unlock_button.click()
    assert lock.locked and screen.isVisible()
    assert "Wrong password" in screen.error_label.text() and "4" in screen.error_label.text()
    state = users.account_state(li_ctx.db, "li")
    assert state is not None and state.failures_left == 4
    assert screen.password_edit.text() == ""
    # Esc does not end the lock screen
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert lock.locked and screen.isVisible()

    # The right password: the curtains go and everything typed is still there
    screen.password_edit.setText(PASSWORD)
    screen.unlock_button.click()
    assert not lock.locked and not screen.isVisible()
    qtbot.waitUntil(lambda: not window.findChildren(Curtain) and not dialog.findChildren(Curtain))
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.description.toPlainText() == NOTES
    assert window.search.text() == "日志 log"
    assert dialog.windowTitle() == title
    assert _pixel(dialog, dialog.description) != CURTAIN_COLOUR
    state = users.account_state(li_ctx.db, "li")
    assert state is not None and state.failures_left == 5  # the right password resets the count
    # And the idle time starts again from the unlocking
    clock.now += 599
    qtbot.wait(60)
    assert not lock.locked


def test_five_wrong_passwords_lock_the_account_and_leave_only_quit(
    qtbot: QtBot, li_ctx: UiContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A window of its own with a lock whose "quit" is recorded instead of ending the tests
    host = QWidget()
    edit = QLineEdit(host)
    QVBoxLayout(host).addWidget(edit)
    qtbot.addWidget(host)
    host.show()
    edit.setText("draft text")
    quits: list[str] = []
    lock = IdleLock(li_ctx, host, quit_app=lambda: quits.append("quit"))
    lock.lock_now()
    screen = lock.dialog
    assert screen is not None and "10 minutes" not in screen.explanation.text()
    for _ in range(5):
        screen.password_edit.setText("wrong password")
        screen.try_unlock()
    assert lock.locked and screen.is_only_quit()
    message = screen.error_label.text()
    assert "locked until" in message and "can only be quit" in message
    assert not screen.unlock_button.isEnabled() and screen.quit_button.isEnabled()
    state = users.account_state(li_ctx.db, "li")
    assert state is not None and state.locked_until is not None
    # Even the right password cannot be entered now; Quit asks first, then ends the application
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    screen.quit_button.click()
    assert quits == []
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    screen.quit_button.click()
    assert quits == ["quit"]
    assert edit.text() == "draft text"
    lock.stop()


def test_a_disabled_account_can_only_quit(
    qtbot: QtBot, li_ctx: UiContext, clock: FakeClock
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    lock = IdleLock(li_ctx, host, quit_app=lambda: None)
    lock.lock_now()
    users.disable_user(li_ctx.db, ADMIN, "li")
    assert lock.dialog is not None
    lock.dialog.password_edit.setText(PASSWORD)
    lock.dialog.try_unlock()
    assert lock.locked and lock.dialog.is_only_quit()
    assert "disabled" in lock.dialog.error_label.text()
    lock.stop()


def test_a_running_modal_dialog_survives_the_lock(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    # Hiding a dialog that runs exec() would end it as if cancelled; covering does not
    lock = window.idle_lock
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    field.setText("kept")
    seen: dict[str, object] = {}

    def while_open() -> None:
        clock.now += 11 * 60
        lock.check()
        seen["locked"] = lock.locked
        seen["open"] = dialog.isVisible()
        assert lock.dialog is not None
        lock.dialog.password_edit.setText(PASSWORD)
        lock.dialog.try_unlock()
        seen["field"] = field.text()
        dialog.done(7)

    QTimer.singleShot(0, while_open)
    assert dialog.exec() == 7
    assert seen == {"locked": True, "open": True, "field": "kept"}


def test_a_window_opened_while_locked_is_covered_too(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, li_ctx: UiContext
) -> None:
    window.idle_lock.lock_now()
    late = QMessageBox(QMessageBox.Icon.Information, "Backup", "The backup was written to x.zip")
    qtbot.addWidget(late)
    late.show()
    assert _curtain(late).isVisible()
    assert window.idle_lock.dialog is not None
    window.idle_lock.dialog.password_edit.setText(PASSWORD)
    window.idle_lock.dialog.try_unlock()
    qtbot.waitUntil(lambda: not late.findChildren(Curtain))
    assert late.isVisible()


def test_lock_now_is_ctrl_l_in_the_file_menu(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    action = window.idle_lock.lock_action
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions() and action.isEnabled()  # type: ignore[union-attr]
    assert action.shortcut().toString() == "Ctrl+L"
    action.trigger()
    assert window.idle_lock.locked and window.idle_lock.manual
    assert window.idle_lock.dialog is not None
    window.idle_lock.dialog.password_edit.setText(PASSWORD)
    window.idle_lock.dialog.try_unlock()
    assert not window.idle_lock.locked


def test_idle_time_setting_applies_live_and_zero_means_never(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, li_ctx: UiContext
) -> None:
    lock = window.idle_lock
    settings.set_setting(li_ctx.db, ADMIN, "idle_lock_minutes", 0)
    lock.reload()
    clock.now += 24 * 3600
    lock.check()
    assert not lock.locked
    settings.set_setting(li_ctx.db, ADMIN, "idle_lock_minutes", 2)
    clock.now += 61  # a change made elsewhere is read again within a minute
    lock.check()
    assert lock.idle_minutes() == 2 and lock.locked


def test_the_unlock_takes_the_account_as_it_is_now(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, li_ctx: UiContext
) -> None:
    window.idle_lock.lock_now()
    users.set_scope(li_ctx.db, ADMIN, "li", frozenset({"330000"}))
    assert window.idle_lock.dialog is not None
    window.idle_lock.dialog.password_edit.setText(PASSWORD)
    window.idle_lock.dialog.try_unlock()
    assert li_ctx.actor.provinces == {"330000"} and not li_ctx.actor.all_provinces


def test_without_accounts_there_is_nothing_to_lock(
    qtbot: QtBot, ui_ctx: UiContext, clock: FakeClock
) -> None:
    main = MainWindow(ui_ctx)  # the local administrator of a single-user workstation
    qtbot.addWidget(main)
    lock = main.idle_lock
    assert not lock.enabled and not lock.lock_action.isEnabled()
    assert "no user accounts" in lock.lock_action.statusTip()
    clock.now += 24 * 3600
    lock.check()
    lock.lock_now()
    assert not lock.locked and not main.findChildren(Curtain)


def test_settings_dialog_leaves_the_security_settings_to_administrators(
    qtbot: QtBot, li_ctx: UiContext
) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(li_ctx)  # li is a supervisor
    qtbot.addWidget(dialog)
    assert dialog.spins["attachment_max_mb"].isEnabled()
    for key in ("lockout_minutes", "idle_lock_minutes"):
        assert not dialog.spins[key].isEnabled()
        assert "Change the security settings" in dialog.spins[key].toolTip()
    dialog.accept()
    assert dialog.result() == 1  # the greyed-out settings are not sent to the services

    li_ctx.actor = users.authenticate(li_ctx.db, "boss", PASSWORD)
    dialog = SettingsDialog(li_ctx)
    qtbot.addWidget(dialog)
    idle = dialog.spins["idle_lock_minutes"]
    assert idle.isEnabled()
    idle.setValue(0)
    assert idle.text() == "Never"
    idle.setValue(3)
    dialog.spins["lockout_minutes"].setValue(45)
    dialog.accept()
    assert settings.get_setting(li_ctx.db, "idle_lock_minutes") == 3
    assert users.lockout_minutes(li_ctx.db) == 45


def test_a_database_out_of_reach_keeps_the_lock_and_says_why(
    qtbot: QtBot, li_ctx: UiContext, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.errors import ConflictError

    host = QWidget()
    qtbot.addWidget(host)
    host.show()
    lock = IdleLock(li_ctx, host, quit_app=lambda: None)
    lock.lock_now()

    def unreachable(*_args: object, **_kw: object) -> Actor:
        raise ConflictError("db.unreachable", url="postgresql://server/office", reason="timeout")

    monkeypatch.setattr(users, "authenticate", unreachable)
    assert lock.dialog is not None
    lock.dialog.password_edit.setText(PASSWORD)
    lock.dialog.try_unlock()
    assert lock.locked and _curtain(host).isVisible()
    assert "Cannot open the database" in lock.dialog.error_label.text()
    assert not lock.dialog.is_only_quit()  # the password can be tried again
    lock.stop()


def test_ctrl_l_locks_at_once(qtbot: QtBot, ui_ctx: UiContext, clock: FakeClock) -> None:
    users.add_user(ui_ctx.db, ADMIN, "li", "李四", "admin", None, PASSWORD)
    ui_ctx.actor = users.authenticate(ui_ctx.db, "li", PASSWORD)
    main = MainWindow(ui_ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.nav.setFocus()
    qtbot.keyClick(main.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert main.idle_lock.locked and _curtain(main).isVisible()
