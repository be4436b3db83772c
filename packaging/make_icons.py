"""Draws the program's icons from packaging/icons/inspectdesk.svg.

    .venv/bin/python packaging/make_icons.py

Writes ``packaging/icons/hicolor/NxN/apps/inspectdesk.png`` (the sizes of the freedesktop icon
theme, for the Debian package) and ``packaging/icons/inspectdesk.ico`` (Windows: the
executables and the installer). Rendered with Qt's SVG renderer (PySide6, already in the
virtual environment), the .ico written by Pillow. The results are committed, so a build needs
neither; run this again after changing the SVG.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "inspectdesk.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render(size: int) -> bytes:
    """The icon as PNG, ``size`` pixels square."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for size in PNG_SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "inspectdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render(size))
        print(target.relative_to(ICONS.parent.parent))
    # Each size of the .ico drawn at that size (sharper than one image scaled down).
    frames = [Image.open(io.BytesIO(render(size))) for size in ICO_SIZES]
    ico = ICONS / "inspectdesk.ico"
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    print(ico.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
