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
from itertools import groupby, islice
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.rl_accel import escapePDF
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
    # asciiReadable off: no subset keeps 96 of its 256 codes for ASCII (mostly unused in
    # Chinese text), so text needs fewer subsets and switches between them less
    pdfmetrics.registerFont(_MeasuredFont(FONT, path, subfontIndex=0, asciiReadable=False))
    pdfmetrics.registerFont(_MeasuredFont(MONO, path, subfontIndex=1, asciiReadable=False))
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

    def char_widths(self, text: str, size: float) -> list[float]:
        """``[stringWidth(c, size) for c in text]``, the same floats, in one go (line breaking)."""
        widths = self._widths
        try:
            units = list(map(widths.__getitem__, text))
        except KeyError:
            self.stringWidth(text, size)  # learns the missing characters
            units = list(map(widths.__getitem__, text))
        scale = 0.001 * size
        return [scale * u for u in units]

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[Any]:
        """ReportLab's ``(subset, bytes)`` runs of ``text``, at once when every character has its code.

        Characters seen before in this document already have a subset and a code
        in it; only a new character (or a no-break space, or one the font lacks)
        needs ReportLab's own code, which gives it one.
        """
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            try:
                codes = list(map(state.assignments.__getitem__, map(ord, text)))
            except KeyError:
                pass
            else:
                return [(subset, bytes(map(_LOW, run))) for subset, run in groupby(codes, _HIGH)]
        return list(super().splitString(text, doc, encoding))

    def pdf_runs(self, text: str, doc: Any) -> list[tuple[int, str]] | None:
        """``[(subset, escapePDF(codes)) for subset, codes in splitString(text, doc)]``, or None.

        None when a character of ``text`` has no code in the document yet
        (``splitString`` gives it one).  Otherwise made with two tables kept
        per document, a character's subset and its escaped code: the runs are
        found and encoded by ``str.translate`` and a regular expression, not
        character by character.
        """
        state = self.state.get(doc)
        if state is None:
            return None
        codes: _Codes | None = state.__dict__.get("_inspectdesk_codes")
        if codes is None:
            codes = state.__dict__["_inspectdesk_codes"] = _Codes()
        if not codes.known.issuperset(text):
            if len(state.assignments) == codes.count:
                return None
            codes.update(state.assignments)
            if not codes.known.issuperset(text):
                return None
        if not text:
            return []
        subsets = text.translate(codes.subset)
        escaped = codes.escaped
        first = subsets[0]
        if subsets.count(first) == len(subsets):  # one run (most lines)
            return [(ord(first), text.translate(escaped))]
        return [
            (ord(m.group()[0]), text[m.start() : m.end()].translate(escaped))
            for m in _RUNS.finditer(subsets)
        ]

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:
        state = self.state.get(doc)
        if (
            state is not None
            and state.internalName is not None
            and 0 <= subset < len(state.subsets)
        ):
            return f"/{state.internalName}+{subset}"
        return str(super().getSubsetInternalName(subset, doc))


class _Codes:
    """A document's character codes in a font, as tables for ``str.translate`` (``pdf_runs``)."""

    def __init__(self) -> None:
        self.count = 0  # how many of the state's assignments are in the tables
        self.known: set[str] = set()
        self.subset: dict[int, str] = {}  # character -> chr(its subset)
        self.escaped: dict[int, str] = {}  # character -> its code in the subset, escaped

    def update(self, assignments: dict[int, int]) -> None:
        for code, n in islice(assignments.items(), self.count, None):
            if code == 0xA0:  # splitString draws a no-break space as a space
                continue
            self.known.add(chr(code))
            self.subset[code] = chr(n >> 8)
            self.escaped[code] = escapePDF(bytes((n & 0xFF,)))
        self.count = len(assignments)


# a run of one subset in the text of subset numbers
_RUNS = re.compile(r"(.)\1*", re.DOTALL)

# a subset's number and the code in it, of a character's code in the document's font subsets
_HIGH = (256).__rfloordiv__
_LOW = (256).__rmod__


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
