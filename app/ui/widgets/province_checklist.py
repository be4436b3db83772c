"""Choosing a user's provinces: "all provinces", or any number of ticked provinces."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.services.registry.reference import ProvinceRef

CODE_ROLE = Qt.ItemDataRole.UserRole


class ProvinceChecklist(QWidget):
    """``scope()`` is None for every province, else the ticked codes (possibly none)."""

    changed = Signal()

    def __init__(
        self, provinces: Mapping[str, ProvinceRef], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.all_box = QCheckBox(self.tr("&All provinces"))
        self.all_box.setObjectName("all_provinces")
        self.list = QListWidget()
        self.list.setObjectName("province_list")
        self.list.setMinimumHeight(160)
        for code, ref in provinces.items():
            item = QListWidgetItem(f"{ref.name(lang)} ({code})")
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.all_box)
        layout.addWidget(self.list)
        self.all_box.toggled.connect(self._all_toggled)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())

    def _all_toggled(self, checked: bool) -> None:
        self.list.setEnabled(not checked)
        self.changed.emit()

    def set_scope(self, codes: Iterable[str] | None) -> None:
        chosen = set(codes or ())
        self.all_box.setChecked(codes is None)
        for i in range(self.list.count()):
            item = self.list.item(i)
            ticked = item.data(CODE_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.setEnabled(not self.all_box.isChecked())

    def scope(self) -> frozenset[str] | None:
        if self.all_box.isChecked():
            return None
        return frozenset(
            str(self.list.item(i).data(CODE_ROLE))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def tick(self, code: str) -> None:
        """Tick one province (used by tests and keyboard-free callers)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(CODE_ROLE) == code:
                item.setCheckState(Qt.CheckState.Checked)
