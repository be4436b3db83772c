"""The visible signature block at the end of a signed dossier.

The PDF signature itself is added after the document is written (see
:mod:`app.dossier.signing`); its signature field is laid over this block, so
the block is what a reader sees of the signature.  It is drawn here, with the
dossier's own font, because the signature's own appearance could not show
Chinese; and it takes its room in the story like any paragraph, so it never
covers the text of the last page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.dossier.document import CONTENT_WIDTH
from app.dossier.model import SignatureBlock, SignaturePlace
from app.dossier.paragraph import Para

BOX_WIDTH = min(CONTENT_WIDTH, 120 * mm)
PADDING = 4 * mm
FRAME = colors.HexColor("#1f4e8c")


class SignatureBox(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A framed block of paragraphs that remembers where it was drawn (:attr:`place`)."""

    def __init__(self, paragraphs: list[Para]) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.hAlign = "RIGHT"
        self.place: SignaturePlace | None = None
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = BOX_WIDTH - 2 * PADDING
        self._heights = [p.wrap(inner, availHeight)[1] for p in self.paragraphs]
        self.width = BOX_WIDTH
        self.height = sum(self._heights) + 2 * PADDING
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        x = self._hAlignAdjust(x, _sW)
        self.place = SignaturePlace(canvas.getPageNumber(), (x, y, x + self.width, y + self.height))
        super().drawOn(canvas, x, y, 0)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        if getattr(canvas, "_inspectdesk_draft", False):
            return
        canvas.saveState()
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(1.2)
        canvas.roundRect(0, 0, self.width, self.height, 2 * mm, stroke=1, fill=0)
        canvas.restoreState()
        top = self.height - PADDING
        for para, height in zip(self.paragraphs, self._heights, strict=True):
            top -= height
            para.drawOn(canvas, PADDING, top)


def signature_box(builder: Any, block: SignatureBlock) -> SignatureBox:
    """The block in the dossier's language: who signed, when, why, and how to check it."""
    styles = builder.styles
    when = block.signed_at.astimezone()
    offset = when.strftime("%z")
    stamp = f"{when:%Y-%m-%d %H:%M:%S} (UTC{offset[:3]}:{offset[3:]})"
    who = block.signer + (f"（{block.organisation}）" if block.organisation else "")
    if builder.lang != "zh" and block.organisation:
        who = f"{block.signer} ({block.organisation})"
    lines = [
        builder.p(builder.m(builder.t("signature_title")), styles.h3),
        builder.p(builder.m(builder.t("signature_signer", who=who)), styles.small),
        builder.p(builder.m(builder.t("signature_time", when=stamp)), styles.small),
        builder.p(builder.m(builder.t("signature_reason", reason=block.reason)), styles.small),
        builder.p(builder.m(builder.t("signature_check")), styles.small),
    ]
    return SignatureBox(lines)
