"""Choose the office certificate (PKCS#12 file and password) that signs dossiers.

The choice is kept in the user's settings folder, never in the database
(:mod:`app.services.exports.signing_config`); this dialog only presents it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.exports import signing_config
from app.ui.context import UiContext
from app.ui.errors import show_error


class SigningDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Signing certificate"))
        self.current = QLabel()
        self.current.setObjectName("signing_current")
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A PKCS#12 file (.p12 or .pfx)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"))
        self.remember.setChecked(True)
        self.remember.setToolTip(
            self.tr(
                "Kept in a file only your user account can read. Unticked, signing "
                "reads it from the variable INSPECTDESK_SIGN_PASSWORD."
            )
        )
        form = QFormLayout()
        # A row of several widgets: the label's mnemonic needs a buddy, or "&" shows as it is
        file_label = QLabel(self.tr("Certificate &file:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        note = QLabel(
            self.tr(
                "The certificate and its password are kept on this computer, never in the database."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Use this certificate"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.clicked.connect(self.save)
        self.clear_button = buttons.addButton(
            self.tr("Re&move"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.clicked.connect(self.clear)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)  # a taller dialog grows below the text, not between its lines
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())
        self.refresh()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Signing certificate"),
            self.path.text() or str(Path.home()),
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
        )
        if name:
            self.path.setText(name)

    def refresh(self) -> None:
        """Show what is configured now and whether it can sign."""
        status = signing_config.status()
        lang = self.ctx.lang
        lines: list[str] = []
        if not status.configured:
            lines.append(self.tr("No certificate is configured: dossiers cannot be signed."))
        if status.pkcs12 is not None:
            lines.append(self.tr("Certificate file: %1").replace("%1", str(status.pkcs12)))
            if not self.path.text():
                self.path.setText(str(status.pkcs12))
        cert = status.certificate
        if cert is not None:
            lines.append(self.tr("Subject: %1").replace("%1", cert.subject))
            lines.append(self.tr("Issuer: %1").replace("%1", cert.issuer))
            lines.append(
                self.tr("Valid from %1 to %2")
                .replace("%1", cert.not_before.date().isoformat())
                .replace("%2", cert.not_after.date().isoformat())
            )
            if cert.self_signed:
                lines.append(
                    self.tr(
                        "Self-signed: a signature will show as intact but not from a trusted authority."
                    )
                )
        if status.configured and status.problem is not None:
            lines.append(self.tr("Cannot sign: %1").replace("%1", status.problem.render(lang)))
        elif status.usable:
            lines.append(self.tr("Dossiers can be signed with this certificate."))
        self.current.setText("\n".join(lines))
        self.clear_button.setEnabled(status.configured)

    def save(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.path.setFocus()
            return
        try:
            signing_config.configure(
                Path(path), self.password.text(), store_password=self.remember.isChecked()
            )
        except Exception as exc:  # shown; what was typed stays
            show_error(self, exc, self.ctx.lang)
            return
        self.password.clear()
        self.refresh()

    def clear(self) -> None:
        signing_config.clear()
        self.path.clear()
        self.refresh()
