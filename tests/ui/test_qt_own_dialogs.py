"""Qt's own dialogs follow the window's language.

Qt's shipped Chinese translation misses texts Qt 6 renamed or moved: the file
dialog's "Look in:" and "Files of type:" labels and the file-type names
("Folder").  resources/i18n/qtbase_gaps_zh_CN.ts fills them in.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from app.ui.i18n import install_translators


def _file_dialog(qtbot: QtBot, folder: Path, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_of(qtbot: QtBot, dialog: QFileDialog, name: str) -> str:
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    found: list[str] = []

    def read() -> bool:
        root = tree.rootIndex()
        for row in range(model.rowCount(root)):
            if model.index(row, 0, root).data() == name:
                found.append(str(model.index(row, 2, root).data()))
                return True
        return False

    qtbot.waitUntil(read, timeout=5000)  # the file model reads the folder in a thread
    return found[0]


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_is_chinese_in_the_chinese_window(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, mode: QFileDialog.AcceptMode
) -> None:
    (tmp_path / "2021").mkdir()
    assert install_translators(qapp, "zh")
    try:
        dialog = _file_dialog(qtbot, tmp_path, mode)
        labels = {w.text() for w in dialog.findChildren(QLabel) if w.text()}
        assert {"查找范围(&I)：", "文件类型(&T)：", "文件名称(&N)："} <= labels, labels
        # No English word on a label once the mnemonics, "(&I)", are taken out
        assert not [t for t in labels if re.search("[A-Za-z]", re.sub(r"\(&\w\)", "", t))], labels
        assert _type_of(qtbot, dialog, "2021") == "文件夹"
    finally:
        install_translators(qapp, "en")


def test_the_file_dialog_is_english_in_the_english_window(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / "2021").mkdir()
    assert install_translators(qapp, "en")
    dialog = _file_dialog(qtbot, tmp_path, QFileDialog.AcceptMode.AcceptSave)
    labels = {w.text() for w in dialog.findChildren(QLabel) if w.text()}
    assert {"&Look in:", "Files of &type:"} <= labels, labels
    assert _type_of(qtbot, dialog, "2021") == "Folder"
