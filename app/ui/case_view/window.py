"""The window of one case: a header, the tabs, and the Export dossier action (Ctrl+E)."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.readmodel.case import CaseDetail
from app.services.casework import cases
from app.services.exports import signing_config
from app.services.exports.dossier_export import export_dossier
from app.services.support.permissions import can
from app.text import named
from app.ui import permission
from app.ui.case_view.attachments_tab import AttachmentsTab
from app.ui.case_view.chronology_tab import ChronologyTab
from app.ui.case_view.findings_tab import FindingsTab
from app.ui.case_view.history_tab import HistoryTab
from app.ui.case_view.inspections_tab import InspectionsTab
from app.ui.case_view.overview_tab import OverviewTab
from app.ui.case_view.reports_tab import ReportsTab
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.workers import Progress, run_task

GEOMETRY_KEY = "case_window/geometry"
SIGN_KEY = "case_window/sign_dossier"


class CaseWindow(QMainWindow):
    def __init__(self, ctx: UiContext, case_number: str) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_number = case_number
        self.detail: CaseDetail | None = None
        self.setWindowTitle(case_number)

        self.header = QLabel()
        self.header.setObjectName("case_header")
        self.header.setStyleSheet("font-size: 16px; font-weight: bold; padding: 4px")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(ctx, case_number, self)
        self.chronology = ChronologyTab(ctx, case_number, self)
        self.reports = ReportsTab(ctx, case_number, self)
        self.findings = FindingsTab(ctx, case_number, self)
        self.inspections = InspectionsTab(ctx, case_number, self)
        self.attachments = AttachmentsTab(ctx, case_number, self)
        self.history = HistoryTab(ctx, case_number, self)
        for tab, title in (
            (self.overview, self.tr("&Overview")),
            (self.chronology, self.tr("&Chronology")),
            (self.reports, self.tr("&Reports && reviews")),
            (self.findings, self.tr("&Findings")),
            (self.inspections, self.tr("&Inspections")),
            (self.attachments, self.tr("&Attachments")),
            (self.history, self.tr("&History")),
        ):
            self.tabs.addTab(tab, title)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._build_actions()

        ctx.bus.data_changed.connect(self.reload)
        self.resize(1100, 760)
        geometry = ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.reload()

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Case"))
        bar.setObjectName("case_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.export_action = QAction(self.tr("&Export dossier…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_dossier)
        self.export_action.setToolTip(self.tr("Export the case dossier as PDF (Ctrl+E)"))
        permission.apply(self.export_action, can(self.ctx.actor, "export"), self.ctx.lang)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (self.export_action, refresh, close):
            bar.addAction(action)
            self.addAction(action)
        self.sign_box = QCheckBox(self.tr("Sign with the office certificate"))
        self.sign_box.setObjectName("sign_dossier")
        self.sign_box.setChecked(bool(self.ctx.settings.value(SIGN_KEY, False, type=bool)))
        self.sign_box.toggled.connect(lambda on: self.ctx.settings.setValue(SIGN_KEY, on))
        bar.insertWidget(refresh, self.sign_box)
        self.addToolBar(bar)
        self.update_signing()

    def update_signing(self) -> None:
        """Enable signing only with a usable office certificate; say why not otherwise."""
        status = signing_config.status()
        self.sign_box.setEnabled(status.usable)
        if status.usable and status.certificate is not None:
            self.sign_box.setToolTip(
                self.tr("The dossier is signed as %1 (Tools → Signing certificate…)").replace(
                    "%1", status.certificate.signer_name
                )
            )
        else:
            reason = status.problem.render(self.ctx.lang) if status.problem else ""
            self.sign_box.setToolTip(self.tr("Signing is not available: %1").replace("%1", reason))

    def showEvent(self, event: QShowEvent) -> None:
        self.update_signing()  # the certificate may have been chosen since
        super().showEvent(event)

    # --- loading -----------------------------------------------------------------------------

    def tab_titles(self) -> list[str]:
        return [
            self.tabs.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
            for i in range(self.tabs.count())
        ]

    def reload(self) -> None:
        """Read the case again and hand it to every tab."""
        try:
            detail = cases.show_case(self.ctx.db, self.ctx.actor, self.case_number)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.detail = detail
        lang = self.ctx.lang
        permission.apply(self.export_action, can(self.ctx.actor, "export", detail), lang)
        company = named(detail.company.name_zh, detail.company.name_en, lang)
        status = STATUS_LABELS[CaseStatus(detail.status)][lang]
        self.header.setText(f"{detail.case_number} · {company} · {status}")
        self.setWindowTitle(
            self.tr("%1 — %2 — InspectDesk")
            .replace("%1", detail.case_number)
            .replace("%2", company)
        )
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            load = getattr(tab, "load", None)
            if callable(load):
                try:
                    load(detail)
                except Exception as exc:  # one broken tab must not blank the others
                    show_error(self, exc, lang)

    # --- dossier -----------------------------------------------------------------------------

    def export_dossier(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export dossier"),
            str(Path.home() / f"{self.case_number}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        db, actor, number, lang = self.ctx.db, self.ctx.actor, self.case_number, self.ctx.lang
        self.update_signing()
        sign = self.sign_box.isEnabled() and self.sign_box.isChecked()

        writing = self.tr("Writing the dossier…")

        def work(progress: Progress, cancel: threading.Event) -> Any:
            # Runs in a pool thread: only plain values from the window are used here.
            progress(5, writing)
            return export_dossier(db, actor, number, target, lang=lang, sign=sign)

        run_task(
            self,
            self.tr("Exporting the dossier of %1…").replace("%1", number),
            work,
            lambda result: self._exported(target, result),
            lambda exc: show_error(self, exc, lang),
        )

    def _exported(self, target: Path, result: Any) -> None:
        pages = int(getattr(result, "pages", 0) or 0)
        target = Path(getattr(result, "path", target))
        warnings = [
            w.render(self.ctx.lang) if hasattr(w, "render") else str(w)
            for w in (getattr(result, "warnings", None) or [])
        ]
        text = self.tr("The dossier was written to %1 (%n page(s)).", "", pages).replace(
            "%1", str(target)
        )
        signer = getattr(result, "signed_by", None)
        if signer:
            text += "\n" + self.tr("It is signed with the certificate of %1.").replace("%1", signer)
        if warnings:
            text += "\n\n" + self.tr("Warnings:") + "\n" + "\n".join(f"• {w}" for w in warnings)
            QMessageBox.warning(self, self.tr("Dossier exported"), text)
        else:
            QMessageBox.information(self, self.tr("Dossier exported"), text)
        self.ctx.bus.status_message.emit(
            self.tr("Dossier written to %1").replace("%1", str(target))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.ctx.bus.data_changed.disconnect(self.reload)
        super().closeEvent(event)
