"""The dossier's font and the cleaning of every text that goes into it.

One TrueType font covers Chinese, Latin letters and digits: WenQuanYi Micro Hei
(``resources/fonts``), embedded as a subset so the PDF shows the same glyphs on
any machine and its text extracts as the same characters.  Characters the font
lacks (emoji, rare symbols) would otherwise print as empty boxes or be dropped
silently; :class:`TextCleaner` replaces them with a visible placeholder and
counts them so the export can say so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

FONT = "WQYMicroHei"
MONO = "WQYMicroHeiMono"
FONT_FILE = "wqy-microhei.ttc"
PLACEHOLDER_CHOICES = ("\ufffd", "\u25a1", "?")

# C0/C1 control characters except tab and newline, plus the line/paragraph
# separators: invisible in print and some break PDF text extraction.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def register_fonts() -> None:
    """Register the dossier fonts with ReportLab once per process."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    path = str(resource_path("fonts", FONT_FILE))
    pdfmetrics.registerFont(_MeasuredFont(FONT, path, subfontIndex=0))
    pdfmetrics.registerFont(_MeasuredFont(MONO, path, subfontIndex=1))
    # The font has no bold or italic face: <b> and <i> fall back to the regular one.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
            addMapping(MONO, bold, italic, MONO)


class _MeasuredFont(TTFont):  # type: ignore[misc]  # ReportLab has no type hints
    """A TrueType font that measures text faster, with the same results.

    Breaking Chinese lines measures every character on its own (hundreds of
    thousands of calls for a large dossier); without ReportLab's C accelerator
    each call looks the width up through the code point.  This keeps the widths
    by character and adds them the way ReportLab does (``0.001 * size * sum``),
    so every width, and so every line break, is exactly the same.
    """

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._widths: dict[str, int] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str | None = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        widths = self._widths
        try:
            total = sum(map(widths.__getitem__, text))
        except KeyError:
            known = self.face.charWidths.get
            default = self.face.defaultWidth
            for char in text:
                widths[char] = known(ord(char), default)
            total = sum(map(widths.__getitem__, text))
        return 0.001 * size * total


def _coverage() -> frozenset[int]:
    font = pdfmetrics.getFont(FONT)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


@dataclass
class TextCleaner:
    """Turns stored text into safe paragraph markup and remembers what it had to replace."""

    covered: frozenset[int] = field(default_factory=_coverage)
    replaced: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.placeholder = next(
            (c for c in PLACEHOLDER_CHOICES if ord(c) in self.covered), PLACEHOLDER_CHOICES[-1]
        )
        # what passes through unchanged: a text of only these needs no look at each character
        self._kept = self.covered | {ord("\n")}

    @property
    def replaced_count(self) -> int:
        return sum(self.replaced.values())

    def sample(self, limit: int = 8) -> str:
        """The replaced characters as code points, e.g. ``U+1F600 U+1F44D``."""
        return " ".join(f"U+{ord(c):04X}" for c in list(self.replaced)[:limit])

    def plain(self, value: object) -> str:
        """Clean text (no markup): control characters stripped, missing glyphs replaced."""
        if value is None:
            return ""
        text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
        text = _CONTROL.sub("", text.replace("\t", "    "))
        if self._kept.issuperset(map(ord, text)):
            return text
        out: list[str] = []
        for char in text:
            if char == "\n" or ord(char) in self.covered:
                out.append(char)
            elif unicodedata.category(char) in ("Cf", "Mn", "Cs"):
                # zero-width joiners, variation selectors, stray surrogates: nothing to show
                continue
            else:
                self.replaced[char] = self.replaced.get(char, 0) + 1
                out.append(self.placeholder)
        return "".join(out)

    def markup(self, value: object) -> str:
        """Clean text escaped for a Paragraph, line breaks kept."""
        return escape(self.plain(value)).replace("\n", "<br/>")


def chunks(text: str, size: int = 1000) -> list[str]:
    """Split a long paragraph near ``size`` characters, preferably after a sentence.

    ReportLab re-wraps the rest of a paragraph at each page break, so one paragraph
    of 100,000 characters takes seconds; pieces of about a thousand take milliseconds.
    """
    pieces: list[str] = []
    while len(text) > size:
        window = text[size // 2 : size]
        cut = max(window.rfind(mark) for mark in "。！？；.!?; ")
        at = size // 2 + cut + 1 if cut >= 0 else size
        pieces.append(text[:at])
        text = text[at:]
    if text or not pieces:
        pieces.append(text)
    return pieces
