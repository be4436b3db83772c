"""The flow every small form of the window shares: fill the form, save through one
service call, and on a refusal show why and keep everything typed.

A dialog derived from :class:`ServiceFormDialog` adds its rows to ``self.form``,
calls :meth:`ServiceFormDialog.finish` with its size, and says in :meth:`save`
which service it calls.  OK and Ctrl+S save (when :meth:`ready` says the form
may be saved at all); a refused save shows the message (for "changed by someone
else" it offers to :meth:`reload`: by default that closes the form and lets the
case view show the record as stored; an editor that can show the stored record
in place overrides it); a save that succeeds tells the rest of the window that
the data changed, then :meth:`saved` says what else the dialog reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from app.ui import errors
from app.ui.context import UiContext


class ServiceFormDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ask_reload: errors.AskReload = errors.ask_reload  # tests replace it

    def finish(self, width: int, height: int, *, below: Sequence[QWidget] = ()) -> None:
        """Lay out the form (and ``below`` it, notes) above the buttons, bind Ctrl+S to
        saving, size the dialog."""
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.accept)
        self.resize(width, height)

    def save(self) -> None:
        """Call the service with what the form holds; raise its refusal."""
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether the form may be saved now (OK is disabled otherwise)."""
        return True

    def saved(self) -> None:
        """After a save: what the dialog reports beyond "the data changed" (nothing)."""

    def accept(self) -> None:
        if not self.ready():
            return
        try:
            self.save()
        except Exception as exc:  # shown; the form keeps what was typed
            errors.show_save_error(self, exc, self.ctx.lang, self.reload, self.ask_reload)
            return
        self.ctx.bus.data_changed.emit()
        self.saved()
        super().accept()

    def reload(self) -> None:
        """Someone else changed the record: show it as stored (the case view reloads)."""
        self.ctx.bus.data_changed.emit()
        super().reject()
