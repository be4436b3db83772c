"""The building blocks of every InspectDesk PDF: page layout, styles, headings, tables.

A4 pages with a header (case number and classification marking) and a footer
"第 N 页 共 M 页" / "Page N of M" on every page.  The total M is only known once
the document has been laid out, so the document is built in passes
(``multiBuild``): the contents list and the page total are each settled when a
pass produces the same page numbers as the one before.
"""

from __future__ import annotations

import gc
from ast import literal_eval
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
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
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from app.dossier.cjk import break_lines
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
# Set on the canvas of a layout pass whose output is thrown away: nothing needs drawing.
DRAFT = "_inspectdesk_draft"
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


class Para(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A paragraph that remembers its last wrap, and shares work with its twins.

    A table wraps every cell again to draw it and to measure each piece it is
    split into; breaking Chinese lines is the dearest part of a dossier, so a
    second wrap at the same width reuses the first (``split`` and ``draw`` read
    the lines the last wrap left in ``blPara``).

    Paragraphs wrapped the Chinese way ("CJK") with the same markup and style
    are the same paragraph: the parsed markup is kept by style and shared, and
    so are the lines at a width of a text made more than once (a dossier
    repeats a lot: "—", labels, boilerplate, a legal basis cited in many
    findings).  ReportLab only reads both once made.  A text made once keeps
    its lines to itself: copying them for twins that never come is wasted.
    """

    _wrapped: tuple[float, float, float] | None = None  # available width, width, height

    def __init__(self, text: Any, style: ParagraphStyle | None = None, **kw: Any) -> None:
        if kw or not isinstance(text, str) or style is None or getattr(style, "bulletText", None):
            super().__init__(text, style, **kw)
            return
        cjk = style.wordWrap == "CJK"
        if cjk:
            parsed = _shared(_PARSED, style)
            known = parsed.get(text)
            if known is not None:
                known.made += 1
                super().__init__(known.text, style, frags=known.frags)
                self._twins = known
                return
        plain = _plain_frags(text, style)
        if plain is not None:  # what the parser would make of text without markup
            super().__init__(plain[0], style, frags=plain[1])
        else:
            super().__init__(text, style)
        if cjk and self.style is style:  # markup that changed the style is not shared
            parsed[text] = self._twins = _Parsed(self.text, self.frags)

    @classmethod
    def labelled(cls, prefix: str, text: str, style: ParagraphStyle) -> Para:
        """``Para(prefix + markup of text, style)``, the fixed markup ``prefix`` parsed only once.

        ``text`` is clean plain text (see :class:`~app.dossier.text.TextCleaner`).
        When it needs no escaping and no whitespace cleaning, the parser would
        put it, unchanged, at the end of the last fragment it makes of
        ``prefix``; so the fragments of ``prefix`` followed by a sample
        character are made once per style and copied with ``text`` in its place.
        """
        markup = prefix + escape(text).replace("\n", "<br/>")
        parsed = _PARSED.get(style)
        if (
            (parsed is not None and markup in parsed)
            or style.wordWrap != "CJK"
            or not _is_clean(text)
            or getattr(style, "bulletText", None)
        ):
            return cls(markup, style)
        templates = _shared(_LABELLED, style)
        template = templates.get(prefix)
        if template is None:
            sample = cls(prefix + _SAMPLE, style)
            frags = sample.frags
            if (
                sample.style is not style
                or not frags
                or sample.text.count(_SAMPLE) != 1
                or not sample.text.endswith(_SAMPLE)
                or sum(getattr(f, "text", "").count(_SAMPLE) for f in frags) != 1
                or not frags[-1].text.endswith(_SAMPLE)
            ):
                return cls(markup, style)
            template = templates[prefix] = (sample.text[:-1], frags)
        head, frags = template
        made = [f.clone(**_fresh_lists(f)) for f in frags]
        made[-1].text = made[-1].text[:-1] + text
        para = cls(None, style, frags=made)
        para.text = head + text
        if parsed is None:
            parsed = _shared(_PARSED, style)
        parsed[markup] = para._twins = _Parsed(para.text, made)
        return para

    # the shared markup this paragraph was made from (its twins: ``made`` > 1), if any
    _twins: _Parsed | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        # split() may drop blPara ("move the whole paragraph on"): then wrap again
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1], last[2]
        twins = self._twins
        if twins is not None and twins.made > 1:
            wrapped = _shared(_WRAPPED, self.style)
            key = (self.text, availWidth)
            known = wrapped.get(key)
            if known is None:
                width, height = super().wrap(availWidth, availHeight)
                made = self.__dict__  # what Paragraph.wrap left
                wrapped[key] = (_private(made["blPara"]), width, height, made["_wrapWidths"])
            else:
                lines, width, height, widths = known
                self.blPara, self._wrapWidths = _private(lines), widths
                self.width, self.height = width, height
        else:
            width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        """ReportLab's lines, from :func:`app.dossier.cjk.break_lines` where it can make them."""
        if isinstance(maxWidths, list | tuple):
            lines = break_lines(self, list(maxWidths))
            if lines is not None:
                return lines
        return super().breakLinesCJK(maxWidths)

    def beginText(self, x: float, y: float) -> Any:
        tx = _Text(self.canv, x, y)
        made = self._text_objects
        if made is not None:
            made.append(tx)
        return tx

    # the text objects made while the paragraph draws (see draw)
    _text_objects: list[Any] | None = None

    def draw(self) -> None:
        if not _drafting(self.canv):
            made: list[Any] = []
            self._text_objects = made
            try:
                super().draw()
            finally:
                del self._text_objects
                for tx in made:
                    # drawing lines of several fragments leaves the text object referring to
                    # itself (``tx._do_line``): a cycle only the garbage collector would free
                    tx.__dict__.pop("_do_line", None)


class _Text(PDFTextObject):  # type: ignore[misc]  # ReportLab has no type hints
    """A paragraph's text object: the same PDF text operators, made with less work per line.

    ``_formatText`` is ReportLab's for a TrueType font (the text cut into runs
    of one font subset, a font change before each run in another subset than
    the last), with the subset names and the font-size operands made once per
    paragraph instead of once per run.
    """

    _tf: str | None = None
    _curSubset: int  # ReportLab's: the font subset the text is in (-1 before any)

    def _formatText(self, text: str) -> str:
        font = pdfmetrics.getFont(self._fontname)
        if type(text) is not str or not hasattr(font, "pdf_runs"):
            return str(super()._formatText(text))
        doc = self._canvas._doc
        runs = font.pdf_runs(text, doc)
        if runs is None:  # a character new to the document: splitString gives it its code
            return str(super()._formatText(text))
        tf = self._tf
        if tf is None or self._tf_for != (self._fontname, self._fontsize, self._leading):
            tf = self._tf = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
            self._tf_for = (self._fontname, self._fontsize, self._leading)
            self._ops = {}
        ops = self._ops
        current = self._curSubset
        out: list[str] = []
        for subset, codes in runs:
            if subset != current:
                op = ops.get(subset)
                if op is None:
                    op = ops[subset] = f"{font.getSubsetInternalName(subset, doc)} {tf}"
                out.append(op)
                current = self._curSubset = subset
            out.append(f"({codes}) Tj")
        return " ".join(out)

    _ops: dict[int, str]
    _tf_for: tuple[str, float, float] | None = None


def _plain_frags(text: str, style: ParagraphStyle) -> tuple[str, list[Any]] | None:
    """The text and fragments ReportLab's parser makes of ``text`` if it has no markup, else None.

    Text without ``<`` or ``&`` becomes one fragment of the style: its whitespace
    collapsed (``cleanBlockQuotedText``, as ``Paragraph`` does) and the rest as
    it is.  The fragment is a copy of the one the parser made once for the style.
    """
    if "<" in text or "&" in text or getattr(style, "textTransform", None):
        return None
    cleaned = cleanBlockQuotedText(text)
    if not cleaned:
        return None
    template = _TEMPLATES.get(style)
    if template is None:
        frags = Paragraph(_SAMPLE, style).frags
        if len(frags) != 1 or frags[0].text != _SAMPLE:
            return None
        template = _TEMPLATES[style] = frags[0]
    return cleaned, [template.clone(text=cleaned, link=[], us_lines=[])]


def _is_clean(text: str) -> bool:
    """Whether ``text`` goes into paragraph markup as it is: nothing to escape or clean up."""
    return (
        bool(text)
        and "<" not in text
        and "&" not in text
        and ">" not in text
        and _SAMPLE not in text
        and cleanBlockQuotedText(text) == text
    )


def _fresh_lists(frag: Any) -> dict[str, list[Any]]:
    """New copies of a fragment's lists, so that no two paragraphs share them."""
    return {k: list(v) for k, v in frag.__dict__.items() if isinstance(v, list)}


_SAMPLE = "字"
_TEMPLATES: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()
# fixed markup + _SAMPLE, parsed for a style: the paragraph's text without _SAMPLE, the fragments
_LABELLED: WeakKeyDictionary[ParagraphStyle, dict[str, tuple[str, list[Any]]]] = WeakKeyDictionary()


class _Parsed:
    """A markup text as parsed for a style, and how many paragraphs were made of it."""

    __slots__ = ("frags", "made", "text")

    def __init__(self, text: str, frags: list[Any]) -> None:
        self.text = text
        self.frags = frags
        self.made = 1


# What the twins among paragraphs share, by style: the parsed markup and the lines at a width.
_PARSED: WeakKeyDictionary[ParagraphStyle, dict[str, _Parsed]] = WeakKeyDictionary()
_WRAPPED: WeakKeyDictionary[
    ParagraphStyle, dict[tuple[str, float], tuple[Any, float, float, list[float]]]
] = WeakKeyDictionary()


def _private(lines: Any) -> Any:
    """Lines one paragraph may change: splitting lines of several fragments edits their words."""
    if lines.kind != 1:
        return lines  # lines of one fragment are only read
    return lines.clone(
        lines=[line.clone(words=[word.clone() for word in line.words]) for line in lines.lines]
    )


def _shared(
    caches: WeakKeyDictionary[ParagraphStyle, dict[Any, Any]], style: ParagraphStyle
) -> dict[Any, Any]:
    cache = caches.get(style)
    if cache is None:
        cache = caches[style] = {}
    return cache


class GridTable(LongTable):  # type: ignore[misc]  # ReportLab has no type hints
    """A table that skips drawing in a draft pass (see :meth:`DossierDocument.multiBuild`)."""

    def draw(self) -> None:
        if not _drafting(self.canv):
            super().draw()


def _drafting(canvas: Canvas) -> bool:
    return bool(getattr(canvas, DRAFT, False))


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
        expected = _toc_entries(story)
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


def _toc_entries(story: Sequence[Flowable]) -> list[tuple[int, str, int, str]]:
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
