"""What every view needs: the database, the acting official, the language, shared signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from app.db.engine import Database
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope


class UiBus(QObject):
    """Signals that tie the views together without them knowing each other."""

    data_changed = Signal()  # a use case wrote something: lists refresh
    open_case = Signal(str)  # case number
    province_filter_changed = Signal(object)  # frozenset[str] | None
    status_message = Signal(str)


@dataclass
class UiContext:
    db: Database
    actor: Actor
    lang: str  # "zh" | "en"
    settings: QSettings
    bus: UiBus = field(default_factory=UiBus)
    province_filter: frozenset[str] | None = None  # None: every province in scope

    def provinces_shown(self) -> frozenset[str] | None:
        """The province codes lists should show (None: all the actor may see)."""
        return provinces_in_scope(self.actor, self.province_filter)
