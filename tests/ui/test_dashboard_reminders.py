"""The reminder presenter with a fake clock: announced once, shown in the tray or the window."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, ClassVar

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from app.services.overview import reminders
from app.services.rectification import findings
from app.ui.context import UiContext
from app.ui.reminders import ReminderPresenter, reminder_line

D = date(2030, 3, 1)


@pytest.fixture
def ctx_with_finding(ui_ctx: UiContext) -> UiContext:
    from app.services.casework import cases
    from tests.services.helpers import add_company

    code = add_company(ui_ctx.db, ui_ctx.actor, 1)
    number = cases.open_case(ui_ctx.db, ui_ctx.actor, code, opened_on=date(2030, 1, 2))
    findings.add_finding(
        ui_ctx.db, ui_ctx.actor, number,
        findings.FindingInput("A1", "high", "日志留存不足", date(2030, 1, 10), deadline=D),
    )  # fmt: skip
    return ui_ctx


def test_each_step_once_in_the_window_without_a_tray(
    qtbot: Any, ctx_with_finding: UiContext
) -> None:
    ctx = ctx_with_finding
    window = QWidget()
    qtbot.addWidget(window)
    clock = {"day": D - timedelta(days=31)}
    presenter = ReminderPresenter(ctx, window, today=lambda: clock["day"], use_tray=False)
    messages: list[str] = []
    ctx.bus.status_message.connect(messages.append)

    assert presenter.check() == []  # before the first step: nothing
    assert presenter.dialog is None

    clock["day"] = D - timedelta(days=30)
    assert [r.step for r in presenter.check()] == [-30]
    assert presenter.dialog is not None and presenter.dialog.isVisible()
    assert not presenter.dialog.isModal()
    assert presenter.dialog.model.rowCount() == 1
    assert "1 deadline reminders" in messages[-1] and "due in 30 days" in messages[-1]
    assert presenter.check() == []  # announced once

    clock["day"] = D + timedelta(days=2)
    assert [r.step for r in presenter.check()] == [1]
    assert presenter.dialog.model.rowCount() == 1  # the newer step replaces the older
    assert "2 days overdue" in messages[-1]

    # Dismissed from the list: gone from it, silent until the next step (5 days after)
    presenter.dialog.view.selectRow(0)
    presenter.dialog.dismiss_selected()
    assert presenter.dialog.model.rowCount() == 0
    clock["day"] = D + timedelta(days=4)
    assert presenter.check() == []
    clock["day"] = D + timedelta(days=5)
    assert [r.step for r in presenter.check()] == [5]


def test_timer_checks_at_start_and_on_the_interval(qtbot: Any, ctx_with_finding: UiContext) -> None:
    clock = {"day": D - timedelta(days=10)}
    presenter = ReminderPresenter(
        ctx_with_finding, None, interval_ms=30, today=lambda: clock["day"], use_tray=False
    )
    with qtbot.waitSignal(presenter.announced, timeout=2000) as first:
        presenter.start(delay_ms=0)
    assert [r.step for r in first.args[0]] == [-10]
    clock["day"] = D
    with qtbot.waitSignal(presenter.announced, timeout=2000) as second:
        pass
    assert [r.step for r in second.args[0]] == [-1]
    presenter.stop()
    assert presenter.dialog is not None
    presenter.dialog.close()


class FakeTray:
    shown: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, *args: Any) -> None:
        self.messageClicked = self  # stands in for the signal
        FakeTray.shown = []

    @staticmethod
    def isSystemTrayAvailable() -> bool:
        return True

    def connect(self, slot: Any) -> None:
        self.slot = slot

    def setToolTip(self, text: str) -> None: ...
    def setContextMenu(self, menu: Any) -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...

    def showMessage(self, title: str, body: str, icon: Any, msecs: int) -> None:
        FakeTray.shown.append((title, body))


def test_tray_notification_where_a_tray_exists(
    qtbot: Any, ctx_with_finding: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    presenter = ReminderPresenter(ctx_with_finding, None, today=lambda: D + timedelta(days=12))
    assert presenter.use_tray
    monkeypatch.setattr(presenter, "_tray", lambda: FakeTray())
    due = presenter.check()
    assert [r.step for r in due] == [10]
    assert FakeTray.shown and "ZJ-2030-0001 #1" in FakeTray.shown[0][1]
    assert "12 days overdue" in FakeTray.shown[0][1]
    # the list is kept for "Show reminders" but not popped up over the work
    assert presenter.dialog is not None and not presenter.dialog.isVisible()
    assert (
        reminders.due_reminders(
            ctx_with_finding.db, ctx_with_finding.actor, as_of=D + timedelta(days=12)
        )
        == []
    )


def test_reminder_line_in_both_languages(ctx_with_finding: UiContext) -> None:
    (reminder,) = reminders.due_reminders(ctx_with_finding.db, ctx_with_finding.actor, as_of=D)
    assert reminder_line(reminder, "en").endswith(": due today")
    assert "杭州测试网络科技有限公司" in reminder_line(reminder, "zh")
