"""Move a case to its next status: a note always, an outcome when closing."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.services.casework import cases
from app.ui import errors
from app.ui.context import UiContext
from app.ui.errors import show_error


class StatusDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        current: str,
        target: str,
        parent: QWidget | None = None,
        *,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.target = target
        self.expected_version = expected_version  # the case as the official saw it
        self.closing = target == CaseStatus.CLOSED.value
        self.setWindowTitle(self.tr("Change status of %1").replace("%1", case_number))
        lang = ctx.lang
        change = QLabel(
            self.tr("%1 → %2")
            .replace("%1", STATUS_LABELS[CaseStatus(current)][lang])
            .replace("%2", STATUS_LABELS[CaseStatus(target)][lang])
        )
        change.setStyleSheet("font-weight: bold")
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("e.g. all findings rectified and verified"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why the status changes (kept in the chronology)"))
        self.note.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("Status:"), change)
        if self.closing:
            form.addRow(self.tr("&Outcome:"), self.outcome)
        else:
            self.outcome.hide()
        form.addRow(self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Close case") if self.closing else self.tr("Change status")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 260)

    def save(self) -> bool:
        """Ask the service; a refusal is shown and the dialog stays open with the text kept."""
        try:
            cases.change_status(
                self.ctx.db,
                self.ctx.actor,
                self.case_number,
                self.target,
                note=self.note.toPlainText(),
                outcome=self.outcome.text() if self.closing else None,
                expected_version=self.expected_version,
            )
        except Exception as exc:
            if errors.is_changed_meanwhile(exc):
                errors.show_save_error(self, exc, self.ctx.lang, self.reload)
            else:
                show_error(self, exc, self.ctx.lang)
            return False
        self.accept()
        self.ctx.bus.data_changed.emit()
        return True

    def reload(self) -> None:
        """Something in the case changed meanwhile: show it as stored (the window reloads)."""
        self.reject()
        self.ctx.bus.data_changed.emit()
