"""What every section of the case dossier shares: the case, the options, its files, photos."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer

from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    FindingStatus,
)
from app.dossier.builder import StoryBuilder
from app.dossier.document import ALERT
from app.dossier.model import AttachmentFiles, DossierOptions, DossierWarning

if TYPE_CHECKING:
    from app.readmodel.case import AttachmentView, CaseDetail, FindingView

PHOTO_MAX_WIDTH = 120 * mm
PHOTO_MAX_HEIGHT = 95 * mm
PHOTO_MAX_PIXELS = 1600


class CaseBase(StoryBuilder):
    """The state of one case dossier being written; the section classes add the sections."""

    def __init__(self, d: CaseDetail, options: DossierOptions, files: AttachmentFiles) -> None:
        super().__init__(options.lang)
        self.d = d
        self.opt = options
        self.files = files

    def _owned(self, owner_id: uuid.UUID) -> list[AttachmentView]:
        return [a for a in self.d.attachments if a.owner_id == owner_id]

    def _finding_status(self, f: FindingView) -> str:
        parts = [self.m(FINDING_STATUS_LABELS[FindingStatus(f.status)][self.lang])]
        if f.overdue:
            parts.append(
                f'<font color="{ALERT.hexval()}">{self.m(self.t("overdue_days", n=f.days_overdue))}</font>'
            )
        if f.submitted_on:
            parts.append(self.m(self.t("submitted_on", on=f.submitted_on)))
        if f.verified_on:
            parts.append(
                self.m(
                    self.t(
                        "verified_by",
                        who=self.clean.plain(f.verified_by or "—"),
                        on=f.verified_on,
                    )
                )
            )
        if f.waive_reason:
            parts.append(self.m(self.t("waived", reason=self.clean.plain(f.waive_reason))))
        return "<br/>".join(parts)

    def photo(self, a: AttachmentView) -> list[Flowable]:
        """The image scaled to fit with its caption, or nothing and a warning."""
        path = self.files.get(a.id)
        if path is None:
            return []  # the missing file was reported by whoever resolved the paths
        try:
            data, width, height = _normalised_image(path)
        except Exception as exc:  # any failure to decode means: leave the photo out
            # the message names the stored path; the dossier names the file as the user knows it
            message = str(exc).replace(str(path), a.original_name)
            reason = self.clean.plain(f"{type(exc).__name__}: {message}")[:200]
            self.warnings.append(
                DossierWarning("dossier.image_invalid", {"name": a.original_name, "reason": reason})
            )
            return []
        scale = min(PHOTO_MAX_WIDTH / width, PHOTO_MAX_HEIGHT / height)
        image = Image(data, width=width * scale, height=height * scale)
        caption = self.t(
            "photo_caption",
            name=self.clean.plain(a.original_name),
            by=self.clean.plain(a.added_by),
            at=self.when(a.added_at),
        )
        return [
            KeepTogether([Spacer(1, 2 * mm), image, self.p(self.m(caption), self.styles.caption)])
        ]


def _normalised_image(path: Path) -> tuple[io.BytesIO, int, int]:
    """The image re-encoded as a modest JPEG (any format Pillow reads), or an exception.

    Decoding fully here means a truncated or fake image fails now, with a warning,
    instead of in the middle of writing the PDF.
    """
    from PIL import Image as PILImage

    with PILImage.open(path) as img:
        img.load()
        rgb = img.convert("RGBA")
    canvas = PILImage.new("RGB", rgb.size, (255, 255, 255))
    canvas.paste(rgb, mask=rgb.split()[3])
    canvas.thumbnail((PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS))
    out = io.BytesIO()
    canvas.save(out, format="JPEG", quality=85)
    out.seek(0)
    width, height = canvas.size
    return out, width, height
