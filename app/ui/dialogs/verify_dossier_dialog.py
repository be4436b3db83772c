"""Tools → Verify a dossier…: is a dossier PDF's signature intact, and does it still match?

The check runs in a pool thread (it re-hashes every attachment file); the
sentences come from :func:`app.services.exports.dossier_verify.describe`, the same as
on the command line.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.exports.dossier_verify import Line, VerifyReport, describe, verify_dossier
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.workers import Progress, run_task

COLOURS = {"ok": "#1b7f3b", "warn": "#9a6700", "bad": "#b00020", "info": "#333333"}
MARKS = {"ok": "✔ ", "warn": "⚠ ", "bad": "✘ ", "info": "   "}


class VerifyDossierDialog(QDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: VerifyReport | None = None
        self.setWindowTitle(self.tr("Verify a dossier"))
        self.path = QLineEdit(str(path) if path else "")
        self.path.setPlaceholderText(self.tr("The dossier PDF to check"))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.compare = QCheckBox(self.tr("&Compare with the records in this database"))
        self.compare.setChecked(True)
        self.compare.setToolTip(
            self.tr(
                "Also lists the records of the case changed, added or removed since the export, "
                "and checks every attachment file against its hash in the dossier."
            )
        )
        self.verdict = QLabel()
        self.verdict.setObjectName("verify_verdict")
        self.verdict.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px")
        # a text view, not a list: long lines (a fingerprint) wrap, and all of it can be copied
        self.lines = QTextBrowser()
        self.lines.setObjectName("verify_lines")
        self._texts: list[str] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = buttons.addButton(
            self.tr("&Verify"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.verify)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.compare)
        layout.addWidget(self.verdict)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a dossier"),
            self.path.text() or str(Path.home()),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.path.setText(name)
            self.verify()

    def verify(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.path.setFocus()
            return
        target = Path(text)
        db = self.ctx.db if self.compare.isChecked() else None
        actor = self.ctx.actor
        lang = self.ctx.lang
        self.verdict.clear()
        self.lines.clear()
        self._texts = []
        checking = self.tr("Checking the signature and the records…")

        def work(progress: Progress, _cancel: threading.Event) -> Any:
            # Runs in a pool thread: only plain values from the dialog are used here.
            progress(10, checking)
            report = verify_dossier(target, db, actor if db is not None else None)
            return report, describe(report, lang)

        run_task(
            self,
            self.tr("Verifying %1…").replace("%1", target.name),
            work,
            self._show,
            lambda exc: show_error(self, exc, lang),
        )

    def _show(self, result: tuple[VerifyReport, list[Line]]) -> None:
        report, lines = result
        self.report = report
        if report.ok:
            self.verdict.setText(self.tr("The dossier is verified."))
            colour = COLOURS["ok"]
        else:
            self.verdict.setText(self.tr("The dossier does NOT verify."))
            colour = COLOURS["bad"]
        self.verdict.setStyleSheet(
            f"font-size: 15px; font-weight: bold; padding: 4px; color: {colour}"
        )
        self._texts = [MARKS[line.level] + line.text.strip() for line in lines]
        self.lines.setHtml(
            "".join(
                f'<p style="margin: 2px 0; color: {COLOURS[line.level]}">{html.escape(text)}</p>'
                for line, text in zip(lines, self._texts, strict=True)
            )
        )

    def texts(self) -> list[str]:
        """The lines shown (for tests and copying)."""
        return list(self._texts)
