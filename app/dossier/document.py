"""The building blocks of every InspectDesk PDF: page layout, styles, headings, tables.

A4 pages with a header (case number and classification marking) and a footer
"第 N 页 共 M 页" / "Page N of M" on every page.  The total M is only known once
the document has been laid out, so the document is built in passes
(``multiBuild``): the contents list and the page total are each settled when a
pass produces the same page numbers as the one before.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from app.dossier.contents import Contents, Heading, toc_entries
from app.dossier.paragraph import DRAFT, drafting
from app.dossier.text import FONT, MONO

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
GRID = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8ebef")
LABEL_FILL = colors.HexColor("#f4f5f7")
ALERT = colors.HexColor("#b00020")
# Set on the canvas of the layout pass: the pages, each a list of what went on it and where.
RECORD = "_inspectdesk_record"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a document is laid out and written.

    Laying out makes millions of small objects (fragments, lines, words) that
    all live until the document is saved; the collector would go through them
    again and again (a sixth of the time of a large dossier) and find nothing
    to free.  Reference counting still frees what is dropped; the collector
    runs again as usual afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Page and font streams written compressed only, not also ASCII85-encoded.

    ReportLab encodes every compressed stream in ASCII85 (``rl_config.useA85``)
    so that a PDF survives being handled as text; a dossier is written and
    copied as a binary file, and the encoding only costs time and a quarter
    more bytes.  The setting is global in ReportLab and read when the
    document is saved, so it is changed for just that long.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _base_style(name: str, wrap: str | None, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {"fontName": FONT, "fontSize": 9.5, "leading": 14, "wordWrap": wrap}
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles of a dossier (created after the fonts are registered)."""

    def __init__(self, lang: str) -> None:
        # Chinese wraps between any two characters ("CJK"); English between words, and
        # ReportLab still splits a run of Chinese without spaces (a name, a description)
        # where it has to, so Chinese inside an English dossier wraps too.
        wrap = "CJK" if lang == "zh" else None

        def _style(name: str, **kw: Any) -> ParagraphStyle:
            return _base_style(name, wrap, **kw)

        self.body = _style("body", spaceAfter=4)
        self.small = _style("small", fontSize=8, leading=11)
        self.small_center = _style("small_center", fontSize=8, leading=11, alignment=TA_CENTER)
        self.cell_head = _style("cell_head", fontSize=8, leading=11, textColor=colors.black)
        self.mono = _base_style("mono", None, fontName=MONO, fontSize=8, leading=11)
        self.h1 = _style("h1", fontSize=16, leading=22, spaceBefore=4, spaceAfter=10)
        self.h2 = _style("h2", fontSize=12.5, leading=17, spaceBefore=10, spaceAfter=6)
        self.h3 = _style(
            "h3", fontSize=10.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1
        )
        self.title = _style("title", fontSize=26, leading=34, alignment=TA_CENTER, spaceAfter=8)
        self.subtitle = _style("subtitle", fontSize=14, leading=20, alignment=TA_CENTER)
        self.caption = _style(
            "caption", fontSize=8, leading=11, alignment=TA_CENTER, spaceBefore=3, spaceAfter=6
        )
        self.toc_levels = [
            _style("toc0", fontSize=10.5, leading=16, leftIndent=0, firstLineIndent=0),
            _style("toc1", fontSize=9, leading=13, leftIndent=14, firstLineIndent=0),
        ]


class GridTable(LongTable):  # type: ignore[misc]  # ReportLab has no type hints
    """A table that skips drawing in a draft pass (see :meth:`DossierDocument.multiBuild`)."""

    def draw(self) -> None:
        if not drafting(self.canv):
            super().draw()


class PageTotal(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Takes no space; makes ``multiBuild`` run again until the page total in the footers is right."""

    def __init__(self, doc: DossierDocument) -> None:
        super().__init__()
        self.doc = doc
        self._settled = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:
        return 1

    def beforeBuild(self) -> None:
        pass

    def afterBuild(self) -> None:
        self._settled = self.doc.page == self.doc.total_pages
        self.doc.total_pages = self.doc.page

    def isSatisfied(self) -> int:
        return int(self._settled)

    def notify(self, kind: str, stuff: object) -> None:
        pass  # indexing flowables hear every notification; this one needs none


class DossierDocument(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no type hints
    """A4 document with header, 'page N of M' footer, contents and bookmarks."""

    _mode: str | None = None  # "draft" (the layout pass), "final" (drawing it) or None

    def __init__(
        self,
        target: Any,
        *,
        header_left: str,
        header_right: str,
        footer: str,
        title: str,
        author: str,
        subject: str,
        lang: str,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="InspectDesk",
            lang="zh-CN" if lang == "zh" else "en",
        )
        self.header_left = header_left
        self.header_right = header_right
        self.footer = footer  # a template with {n} and {m}
        self.total_pages = 0
        # called with (page, total pages or 0 while unknown) as each page is finished;
        # an exception raised there aborts the build (a cancelled export)
        self.on_page: Callable[[int, int], None] | None = None
        self._bookmarked: set[str] = set()
        frame = _BodyFrame(
            MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def multiBuild(self, story: list[Flowable], **kw: Any) -> int:
        """Lay the story out once, then draw what that layout put on each page.

        Nothing in the layout depends on the page numbers: the contents know
        their entries beforehand (:meth:`Contents.expect`) and so take the same
        room as in the end; their page numbers and the page total in the footers
        are only drawn.  So a first pass lays the story out without drawing and
        records where each flowable went (see :class:`_BodyFrame`); the second
        pass draws those flowables there, with the page numbers the first pass
        found, and splits, wraps and breaks nothing again.  If the first pass
        does not confirm the expected contents (a heading the story does not
        show at its top level), the document is built the ordinary way instead:
        pass after pass until the contents and the page total settle.
        """
        with collector_paused():
            return self._multi_build(story, **kw)

    def _multi_build(self, story: list[Flowable], **kw: Any) -> int:
        indexing = [f for f in story if f.isIndexing()]
        tocs = [f for f in indexing if isinstance(f, Contents)]
        expected = toc_entries(story)
        for toc in tocs:
            toc.expect(expected)
        self._indexingFlowables = indexing
        self._doSave = 0
        edits: list[tuple[Any, ...]] = []
        self._multiBuildEdits = edits.append
        for f in indexing:
            f.beforeBuild()
        self._mode = "draft"
        self._pages: list[list[_Placed]] = []
        try:
            self.build(story[:], **kw)
        finally:
            self._mode = None
            del self._multiBuildEdits
        for f in indexing:
            f.afterBuild()
        for edit in edits:
            edit[0](*edit[1:])
        pages, self._pages = self._pages, []
        if any(not toc.confirms(expected) for toc in tocs):
            self._passes = 0
            return int(super().multiBuild(story, **kw))
        replay: list[Flowable] = []
        for placed in pages:
            if replay:
                replay.append(PageBreak())
            replay.append(_PageReplay(placed))
        self._mode = "final"
        self._tocs = tocs
        self._replay_pages = pages
        try:
            self.build(replay, **kw)
        finally:
            self._mode = None
            # the document lives in reference cycles (its canvas, its page templates) that
            # only the garbage collector frees; what was laid out need not wait for it
            self._replay_pages = []
            self._indexingFlowables = []
            del replay, pages
        with binary_streams():
            self.canv.save()
        return 2

    def handle_documentBegin(self) -> None:
        self._bookmarked = set()
        mode = getattr(self, "_mode", None)
        if mode is not None:
            setattr(self.canv, DRAFT, mode == "draft")
            if mode == "draft":
                setattr(self.canv, RECORD, self._pages)
            else:
                for toc in self._tocs:
                    toc.register(self.canv)
                _assign_codes(self.canv, self._replay_pages)
        else:
            passes = getattr(self, "_passes", None)
            if passes is not None:
                self._passes = passes + 1
                setattr(self.canv, DRAFT, self._passes == 1)
        super().handle_documentBegin()

    def handle_pageBegin(self) -> None:
        pages = getattr(self.canv, RECORD, None)
        if pages is not None:
            pages.append([])
        super().handle_pageBegin()

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 13 * mm
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(MARGIN_X, top, self.header_left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.header_right)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, PAGE_WIDTH - MARGIN_X, top - 2.5 * mm)
        total = str(self.total_pages) if self.total_pages else "?"
        canvas.drawCentredString(PAGE_WIDTH / 2, 11 * mm, self.footer.format(n=doc.page, m=total))
        canvas.restoreState()
        if self.on_page is not None:
            self.on_page(doc.page, self.total_pages)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _PageReplay):
            # the contents have their page numbers: only the bookmarks are made again
            for placed in flowable.placed:
                if isinstance(placed.flowable, Heading):
                    self._mark(placed.flowable, notify=False)
        elif isinstance(flowable, Heading):
            self._mark(flowable, notify=True)

    def _mark(self, flowable: Heading, *, notify: bool) -> None:
        if flowable.outline_key in self._bookmarked:
            return
        self._bookmarked.add(flowable.outline_key)
        key = flowable.outline_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, flowable.outline_level, closed=False)
        if notify and flowable.in_toc:
            self.notify("TOCEntry", (flowable.outline_level, flowable.text, self.page, key))


def _assign_codes(canvas: Canvas, pages: list[list[_Placed]]) -> None:
    """Give the characters of the text to draw their codes in the font subsets, commonest first.

    A TrueType font goes into the PDF as subsets of 256 characters, and text
    switches subset (a font change in the page's content) wherever the next
    character is in another.  ReportLab numbers characters as they are first
    drawn, which scatters common characters over every subset; numbered by how
    often they occur, most lines of Chinese need one or two subsets instead of five.
    The same characters are embedded either way and the text reads the same.
    """
    counts: dict[str, Counter[str]] = {}
    for placed in pages:
        for p in placed:
            _count_chars(p.flowable, counts)
    for name, chars in counts.items():
        font = pdfmetrics.getFont(name)
        if isinstance(font, TTFont):
            order = sorted(chars.items(), key=lambda item: (-item[1], item[0]))
            font.splitString("".join(c for c, _ in order), canvas._doc)


def _count_chars(flowable: Any, counts: dict[str, Counter[str]]) -> None:
    if isinstance(flowable, Paragraph):
        for f in flowable.frags:
            text = getattr(f, "text", None)
            if text and isinstance(text, str):
                counter = counts.get(f.fontName)
                if counter is None:
                    counter = counts[f.fontName] = Counter()
                counter.update(text)
    elif isinstance(flowable, Table):
        for row in flowable._cellvalues:
            for cell in row:
                if isinstance(cell, list | tuple):
                    for item in cell:
                        _count_chars(item, counts)
                else:
                    _count_chars(cell, counts)


class _Placed(NamedTuple):
    """A flowable as the layout pass placed it on its page."""

    flowable: Flowable
    x: float
    y: float
    sw: float


class _BodyFrame(Frame):  # type: ignore[misc]  # ReportLab has no type hints
    """The page frame; in the layout pass it records where flowables go instead of drawing them."""

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:
        pages: list[list[_Placed]] | None = getattr(canv, RECORD, None)
        if pages is None:
            return int(super()._add(flowable, canv, trySplit))
        placed = pages[-1]

        def record(canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
            placed.append(_Placed(flowable, x, y, _sW))

        # an instance attribute wins over the method; set through __dict__ because
        # some flowables (charts) vet every attribute set on them
        flowable.__dict__["drawOn"] = record
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del flowable.__dict__["drawOn"]

    add = _add


class _PageReplay(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Draws, where the layout pass placed them, the flowables of one page; takes no room."""

    _ZEROSIZE = True

    def __init__(self, placed: list[_Placed]) -> None:
        super().__init__()
        self.placed = placed

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        for p in self.placed:
            p.flowable.drawOn(canvas, p.x, p.y, _sW=p.sw)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    label_column: bool = False,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A grid table whose rows may break across pages; the header row repeats on each page."""
    t = GridTable(
        list(rows),
        colWidths=list(widths),
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL))
    if label_column:
        commands.append(("BACKGROUND", (0, 0), (0, -1), LABEL_FILL))
    commands.extend(extra)
    t.setStyle(TableStyle(commands))
    return t
