"""What the dossier builder is given besides the case record, and what it gives back."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.errors import render


@dataclass(frozen=True)
class SignatureBlock:
    """What the visible signature block at the end of a signed dossier shows."""

    signer: str
    organisation: str | None
    signed_at: datetime  # the signing time written into the PDF signature as well
    reason: str


@dataclass(frozen=True)
class SignaturePlace:
    """Where the signature block was drawn: its page (1-based) and box in PDF points."""

    page: int
    box: tuple[float, float, float, float]  # x1, y1, x2, y2


@dataclass(frozen=True)
class DossierOptions:
    lang: str = "zh"
    office: str = "InspectDesk"
    marking: str = "内部"
    generated_by: str = ""
    generated_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    signature: SignatureBlock | None = None  # draw a signature block on the last page


@dataclass(frozen=True)
class DossierWarning:
    """Something the dossier shows only in part or leaves out; a message code and its values."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        return render(self.code, self.values, lang)


@dataclass(frozen=True)
class BuildOutcome:
    pages: int
    warnings: list[DossierWarning]
    signature_place: SignaturePlace | None = None


# attachment id -> the stored file (None: the file is missing, already reported)
AttachmentFiles = Mapping[uuid.UUID, Path | None]

# progress(percent 0-100, what is being done); raising from it cancels the export
Progress = Callable[[int, str], None]
