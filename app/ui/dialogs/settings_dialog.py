"""Settings: the interface language (this workstation) and the office's settings (the database)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.registry import settings as office_settings
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error

LANGUAGE_KEY = "ui/language"


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("中文（简体）", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.lang == "zh" else 1)
        form.addRow(self.tr("Language:"), self.language)
        self.spins: dict[str, QSpinBox] = {}
        for key, spec in office_settings.SPECS.items():
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            if spec.zero_means_never:
                spin.setSpecialValueText(self.tr("Never"))
            spin.setValue(office_settings.get_setting(ctx.db, key))
            # The services refuse it anyway; say so before the official tries.
            permission.apply(spin, office_settings.may_set(ctx.actor, key), ctx.lang)
            self.spins[key] = spin
            form.addRow(spec.label(ctx.lang) + ":", spin)
        self.note = QLabel(
            self.tr(
                "The language is kept for this workstation; the other settings apply to the whole office."
            )
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        try:
            for key, spin in self.spins.items():
                if spin.isEnabled() and spin.value() != office_settings.get_setting(
                    self.ctx.db, key
                ):
                    office_settings.set_setting(self.ctx.db, self.ctx.actor, key, spin.value())
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.ctx.settings.setValue(LANGUAGE_KEY, self.chosen_language())
        super().accept()
