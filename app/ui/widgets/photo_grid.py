"""A grid of thumbnails for an inspection's photos (and icons for its documents).

Files can be dropped onto the grid; the grid only reports them (``files_dropped``)
and :class:`InspectionFilesPanel` attaches them. A file that is not a readable
image shows a placeholder instead of a thumbnail, never an error.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.services.rectification import attachments
from app.services.rectification.inspection_list import InspectionFile, inspection_files
from app.ui.context import UiContext
from app.ui.errors import show_error

THUMB = 160


def load_thumbnail(path: Path, size: int = THUMB) -> QPixmap | None:
    """The image at ``path`` scaled to fit a ``size`` px square, or None if it is not a readable image."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        # Decoding at the reduced size keeps large camera photos quick and small in memory.
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    pixmap = QPixmap.fromImage(image)
    if pixmap.width() != size and pixmap.height() != size:
        # Tiny images (icons, test shots) are enlarged too, so every thumbnail reads alike.
        pixmap = pixmap.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return pixmap


def placeholder_pixmap(size: int = THUMB) -> QPixmap:
    """A grey frame with a cross: "there is a picture here that cannot be shown"."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor("#eeeeee"))
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#9e9e9e"), 2))
    margin = size // 4
    painter.drawRect(1, 1, size - 2, size - 2)
    painter.drawLine(margin, margin, size - margin, size - margin)
    painter.drawLine(size - margin, margin, margin, size - margin)
    painter.end()
    return pixmap


class PhotoGrid(QListView):
    """Thumbnails in icon mode; Enter or double-click opens the file with the system viewer."""

    files_dropped = Signal(list)  # list[Path]

    FILE_ROLE = Qt.ItemDataRole.UserRole + 1
    PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 2
    IMAGE_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_grid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 44))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setDragEnabled(False)
        self.setAcceptDrops(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._files: list[InspectionFile] = []
        self.activated.connect(lambda index: self.open_file(index.row()))

    # --- content ------------------------------------------------------------------------------

    def set_files(self, files: Iterable[InspectionFile]) -> None:
        self._files = list(files)
        self._model.clear()
        document_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for file in self._files:
            item = QStandardItem(file.name)
            item.setEditable(False)
            item.setToolTip(f"{file.name}\n{file.media_type}, {file.size:,} B")
            item.setData(str(file.path), self.FILE_ROLE)
            item.setData(file.is_image, self.IMAGE_ROLE)
            placeholder = False
            if file.is_image:
                pixmap = load_thumbnail(file.path)
                if pixmap is None:
                    placeholder = True
                    pixmap = placeholder_pixmap()
                    item.setToolTip(
                        self.tr(
                            "%1\nThis image cannot be shown (damaged or missing file)."
                        ).replace("%1", file.name)
                    )
                item.setIcon(QIcon(pixmap))
            else:
                item.setIcon(document_icon)
            item.setData(placeholder, self.PLACEHOLDER_ROLE)
            self._model.appendRow(item)

    def files(self) -> list[InspectionFile]:
        return list(self._files)

    def count(self) -> int:
        return self._model.rowCount()

    def is_placeholder(self, row: int) -> bool:
        return bool(self._model.item(row).data(self.PLACEHOLDER_ROLE))

    def thumbnail(self, row: int) -> QPixmap:
        return self._model.item(row).icon().pixmap(QSize(THUMB, THUMB))

    def open_file(self, row: int) -> None:
        """Open a copy named as the original (the store names files by hash, without extension)."""
        if not 0 <= row < len(self._files):
            return
        file = self._files[row]
        folder = Path(tempfile.gettempdir()) / "inspectdesk-open" / str(file.id)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / file.name
        try:
            shutil.copyfile(file.path, target)
        except OSError:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- drag and drop ------------------------------------------------------------------------

    @staticmethod
    def _local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#808080"))
            painter.drawText(
                self.viewport().rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "No photos or documents yet. Drop files here or use “Add photos/documents…”."
                ),
            )
            painter.end()


class InspectionFilesPanel(QWidget):
    """The photos and documents of one inspection: the grid, an Add button, and drops on the grid.

    Every file goes through ``attachments.add_attachment`` (owner: the inspection);
    a refused file is reported and the others still go in.
    """

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        inspection_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_number = case_number
        self.inspection_id = inspection_id
        self.grid = PhotoGrid()
        self.grid.files_dropped.connect(self.add_files)
        self.add_button = QPushButton(self.tr("&Add photos/documents…"))
        self.add_button.clicked.connect(self.choose_files)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.grid)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setEnabled(not read_only)
        self.grid.setAcceptDrops(not read_only)

    def refresh(self) -> None:
        try:
            files = inspection_files(self.ctx.db, self.ctx.actor, self.inspection_id)
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.grid.set_files(files)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or documents"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic);;All files (*)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> int:
        """Attach each file to the inspection; returns how many were added."""
        added = 0
        for path in paths:
            try:
                attachments.add_attachment(
                    self.ctx.db,
                    self.ctx.actor,
                    self.case_number,
                    Path(path),
                    owner_type="inspection",
                    owner_id=self.inspection_id,
                )
            except Exception as exc:
                show_error(self, exc, self.ctx.lang)
                continue
            added += 1
        if added:
            self.refresh()
            self.ctx.bus.data_changed.emit()
        return added
