"""The users table of the administrators' screen: rows from app.services.registry.users.list_users."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.db.types import utcnow
from app.services.registry.reference import ProvinceRef
from app.services.registry.users import UserRow
from app.services.support.permissions import ROLES, role_label
from app.text import listed
from app.ui.formatting import show_datetime
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class UsersModel(RowsTableModel[UserRow]):
    LOGIN, NAME, ROLE, PROVINCES, STATE = range(5)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    LOGIN_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        lang: str,
        provinces: Mapping[str, ProvinceRef],
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.provinces = provinces
        self._now = now
        self._rows: list[UserRow] = []

    def row_of(self, login: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.login == login), -1)

    def is_locked(self, row: UserRow) -> bool:
        return row.locked_until is not None and self._now() < row.locked_until

    def province_text(self, row: UserRow) -> str:
        if row.all_provinces:
            return self.tr("All provinces")
        names = [
            self.provinces[c].name(self.lang) if c in self.provinces else c for c in row.provinces
        ]
        return listed(names, self.lang)

    def state_text(self, row: UserRow) -> str:
        if row.disabled:
            return self.tr("Disabled")
        if self.is_locked(row):
            return self.tr("Locked until %1").replace(
                "%1", show_datetime(row.locked_until, self.lang)
            )
        return self.tr("Active")

    def headers(self) -> list[str]:
        return [
            self.tr("Login"),
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Provinces"),
            self.tr("State"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == self.LOGIN_ROLE:
            return row.login
        if role == self.SORT_ROLE and col == self.ROLE:  # by rank, not by translated name
            return ROLES.index(row.role) if row.role in ROLES else -1
        if role in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE):
            if col == self.LOGIN:
                return row.login
            if col == self.NAME:
                return row.display_name
            if col == self.ROLE:
                return role_label(row.role, self.lang)
            if col == self.PROVINCES:
                return self.province_text(row)
            if col == self.STATE:
                return self.state_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PROVINCES:
            return self.province_text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.disabled:
                return QColor("#808080")
            if col == self.STATE and self.is_locked(row):
                return QColor("#b00020")
        return None
