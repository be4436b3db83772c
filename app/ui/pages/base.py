"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.ui.context import UiContext


class Page(QWidget):
    """A page of the navigation bar. Subclasses fill themselves in ``refresh``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Bound methods, not lambdas: Qt drops these connections when the page is deleted.
        ctx.bus.data_changed.connect(self.refresh)
        ctx.bus.province_filter_changed.connect(self._province_filter_changed)

    def _province_filter_changed(self, _codes: object) -> None:
        self.refresh()

    def title(self) -> str:
        return type(self).__name__

    def refresh(self) -> None:
        """Reload what the page shows (called on data and province-filter changes)."""

    def new_item(self) -> None:
        """Ctrl+N: create a new record of what this page lists (if it lists records)."""

    def save_state(self) -> None:
        """Write column layouts and splitter positions to ctx.settings."""

    def restore_state(self) -> None:
        """Read column layouts and splitter positions from ctx.settings."""
