"""The login, first-administrator and lock screens speak Chinese in the Chinese interface."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.services.registry import users
from app.services.support.context import Actor
from app.ui.dialogs.first_admin_dialog import FirstAdminDialog
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.unlock_dialog import UnlockDialog
from app.ui.i18n import install_translators

PASSWORD = "correct horse battery"


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "zh")
    try:
        yield
    finally:
        install_translators(qapp, "en")


def _labels(dialog: QWidget) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())  # type: ignore[union-attr]
    return texts


def test_login_dialog_in_chinese(qtbot: QtBot, db: Database, chinese: None) -> None:
    dialog = LoginDialog(db, "zh")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "InspectDesk 登录"
    labels = _labels(dialog)
    assert "请输入您的登录名和密码。" in labels
    assert "登录名(&L)：" in labels and "密码(&P)：" in labels
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "登录"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "退出"


def test_first_admin_dialog_in_chinese(qtbot: QtBot, db: Database, chinese: None) -> None:
    dialog = FirstAdminDialog(db, "zh")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "创建管理员账户"
    labels = _labels(dialog)
    assert any(text.startswith("此数据库尚无用户账户") for text in labels)
    assert "再次输入密码(&R)：" in labels and "至少 10 个字符。" in labels
    assert dialog.create_button.text() == "创建管理员" and dialog.skip_button.text() == "跳过"
    assert dialog.dont_ask.text() == "在此工作站上不再询问"


def test_lock_screen_in_chinese(qtbot: QtBot, db: Database, chinese: None) -> None:
    users.add_user(db, Actor("root", role="admin"), "li", "李四", "admin", None, PASSWORD)
    dialog = UnlockDialog(db, "li", "zh", idle_minutes=10)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "InspectDesk 已锁定"
    assert dialog.who.text() == "当前登录：李四（li）"
    assert dialog.explanation.text().startswith("窗口在 10 分钟无操作后已锁定")
    dialog.password_edit.setText("wrong password")
    dialog.try_unlock()
    assert dialog.error_label.text() == "密码错误。再输错 4 次，您的账户将被锁定。"
