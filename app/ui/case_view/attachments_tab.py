"""The Attachments tab: every file of the case; open one (hash checked first), add by dialog or drop."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.readmodel.case import AttachmentView, CaseDetail
from app.services.rectification import attachments
from app.services.support.permissions import can
from app.ui import permission
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.models.attachments_model import AttachmentsModel


class AttachmentsTab(QWidget):
    def __init__(self, ctx: UiContext, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(ctx.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttachmentsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            AttachmentsModel.SIZE,
            AttachmentsModel.SHA256,
            AttachmentsModel.ADDED_BY,
            AttachmentsModel.ADDED_AT,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(lambda index: self.open_attachment(index.row()))

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(
            self.tr("Open the selected file with the system viewer (Enter)")
        )
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.add_button.setToolTip(self.tr("Add a file to the case (or drop files here)"))
        permission.apply(self.add_button, can(ctx.actor, "attachment.add"), ctx.lang)
        self.open_button.clicked.connect(self._open_selected)
        self.add_button.clicked.connect(self._choose_files)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self).activated.connect(
            self._choose_files
        )
        hint = QLabel(self.tr("Drop files here to add them to the case."))
        hint.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def load(self, detail: CaseDetail) -> None:
        self.model.set_attachments(detail.attachments)
        # A closed case takes no new files, a viewer adds none: the authority says which.
        decision = can(self.ctx.actor, "attachment.add", detail)
        permission.apply(self.add_button, decision, self.ctx.lang)

    # --- opening ---------------------------------------------------------------------------

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_attachment(index.row())

    def open_attachment(self, row: int) -> Path | None:
        """Check the stored file against its recorded hash, then hand a named copy to the viewer."""
        att = self.model.attachment(row)
        if att is None:
            return None
        stored = attachments.stored_file(self.ctx.db, attachments.relative_path(att.sha256))
        if not stored.is_file():
            QMessageBox.warning(
                self,
                self.tr("File missing"),
                self.tr("The stored file of “%1” is missing:\n%2\n\nRestore it from a backup.")
                .replace("%1", att.original_name)
                .replace("%2", str(stored)),
            )
            return None
        actual = attachments.file_hash(stored)
        if actual != att.sha256:
            answer = QMessageBox.warning(
                self,
                self.tr("File changed"),
                self.tr(
                    "The stored file of “%1” no longer matches the SHA-256 recorded when it was "
                    "added; it may have been altered.\n\nRecorded: %2\nNow: %3\n\nOpen it anyway?"
                )
                .replace("%1", att.original_name)
                .replace("%2", att.sha256)
                .replace("%3", actual),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Open:
                return None
        target = self._viewer_copy(att, stored)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def _viewer_copy(self, att: AttachmentView, stored: Path) -> Path:
        # The store names files by hash; a viewer needs the original name and extension.
        folder = Path(tempfile.gettempdir()) / "inspectdesk-open" / att.sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / att.original_name
        shutil.copyfile(stored, target)
        return target

    # --- adding ----------------------------------------------------------------------------

    def _choose_files(self) -> None:
        if not self.add_button.isEnabled():
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the case"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> int:
        """Add each file through the attachments service; stops at the first refusal."""
        added = 0
        for path in paths:
            try:
                attachments.add_attachment(self.ctx.db, self.ctx.actor, self.case_number, path)
            except Exception as exc:
                show_error(self, exc, self.ctx.lang)
                break
            added += 1
        if added:
            self.ctx.bus.status_message.emit(self.tr("%n file(s) added", "", added))
            self.ctx.bus.data_changed.emit()
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.add_button.isEnabled() and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files([p for p in paths if p.is_file()])
