"""The outline of a PDF: headings (bookmarks and contents entries) and the contents list.

The contents' page numbers are only known once the pages are laid out, so
:class:`Contents` draws them from the entries the last layout pass found
(:meth:`app.dossier.document.DossierDocument.multiBuild` runs the passes).
"""

from __future__ import annotations

from ast import literal_eval
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from app.dossier.paragraph import Para

if TYPE_CHECKING:
    from app.dossier.document import Styles


class Heading(Para):
    """A section heading: a PDF bookmark always, an entry in the contents unless ``in_toc`` is off."""

    def __init__(
        self, markup: str, style: ParagraphStyle, *, title: str, level: int, key: str, in_toc: bool
    ) -> None:
        super().__init__(markup, style)
        self.outline_title = title
        self.outline_level = level
        self.outline_key = key
        self.in_toc = in_toc
        self.keepWithNext = True


class Contents(TableOfContents):  # type: ignore[misc]  # ReportLab has no type hints
    """The table of contents, laid out from the entries expected before the first pass.

    Its page numbers are drawn (by the ``drawTOCEntryEnd`` callback of its
    paragraphs) from the entries the last pass found, whatever numbers its
    paragraphs were made with.
    """

    _CALLBACK = "drawTOCEntryEnd"

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self._pages: dict[str, int] = {}
        self._end: Callable[[Canvas, str, str], None] | None = None

    def expect(self, entries: list[tuple[int, str, int, str]]) -> None:
        """The entries to lay out in the first pass (their page numbers do not matter)."""
        self._entries = list(entries)

    def confirms(self, entries: list[tuple[int, str, int, str]]) -> bool:
        """Whether the last pass found these entries (page numbers aside)."""
        found = [(level, text, key) for level, text, _, key in self._entries]
        return found == [(level, text, key) for level, text, _, key in entries]

    def afterBuild(self) -> None:
        self._pages = {key: page for _, _, page, key in self._entries if key}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        ours = self._entry_end(availWidth, availHeight)
        self._end = ours
        self.canv.setNamedCB(self._CALLBACK, ours)
        return size  # type: ignore[no-any-return]

    def register(self, canvas: Canvas) -> None:
        """Let the paragraphs laid out in an earlier pass draw their page numbers on ``canvas``."""
        if self._end is not None:
            canvas.setNamedCB(self._CALLBACK, self._end)

    def _entry_end(self, width: float, height: float) -> Callable[[Canvas, str, str], None]:
        def draw(canvas: Canvas, kind: str, label: str) -> None:
            page_text, level_text, key_text = label.split(",")
            key = literal_eval(key_text)
            page = self._pages.get(key, int(page_text)) if key else int(page_text)
            level = int(level_text)
            style = self.getLevelStyle(level)
            dot = " . " if 0 <= self.dotsMinLevel <= level else ""
            drawPageNumbers(canvas, style, [(page, key)], width, height, dot)

        return draw


def toc_entries(story: Sequence[Flowable]) -> list[tuple[int, str, int, str]]:
    """The contents entries the headings at the top level of ``story`` will make, in order."""
    seen: set[str] = set()
    entries: list[tuple[int, str, int, str]] = []
    for f in story:
        if isinstance(f, Heading) and f.in_toc and f.outline_key not in seen:
            seen.add(f.outline_key)
            entries.append((f.outline_level, f.text, 0, f.outline_key))
    return entries


def contents(styles: Styles) -> Contents:
    toc = Contents(dotsMinLevel=0)
    toc.levelStyles = styles.toc_levels
    return toc
