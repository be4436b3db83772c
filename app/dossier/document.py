"""The building blocks of every InspectDesk PDF: page layout, styles, headings, tables.

A4 pages with a header (case number and classification marking) and a footer
"第 N 页 共 M 页" / "Page N of M" on every page.  The total M is only known once
the document has been laid out, so the document is built in passes
(``multiBuild``): the contents list and the page total are each settled when a
pass produces the same page numbers as the one before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

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
    """A paragraph that remembers its last wrap.

    A table wraps every cell again to draw it, and ``multiBuild`` lays the whole
    story out twice; breaking Chinese lines is the dearest part of a dossier, so
    a second wrap at the same width reuses the first (``split`` and ``draw`` read
    the lines the last wrap left in ``blPara``).
    """

    _wrapped: tuple[float, float, float] | None = None  # available width, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        # split() may drop blPara ("move the whole paragraph on"): then wrap again
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1], last[2]
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, width, height)
        return width, height

    def draw(self) -> None:
        if not _drafting(self.canv):
            super().draw()


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
        frame = Frame(
            MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def multiBuild(self, story: list[Flowable], **kw: Any) -> int:
        """Lay the story out until contents and page total settle; the first pass is a draft.

        The first pass can never be the last (the contents are empty and the page
        total unknown until it ends), so what it draws is thrown away: paragraphs
        and tables skip drawing in it, which saves a good part of the build.
        """
        self._passes = 0
        return int(super().multiBuild(story, **kw))

    def handle_documentBegin(self) -> None:
        self._bookmarked = set()
        passes = getattr(self, "_passes", None)
        if passes is not None:
            self._passes = passes + 1
            setattr(self.canv, DRAFT, self._passes == 1)
        super().handle_documentBegin()

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
        if not isinstance(flowable, Heading) or flowable.outline_key in self._bookmarked:
            return
        self._bookmarked.add(flowable.outline_key)
        key = flowable.outline_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, flowable.outline_level, closed=False)
        if flowable.in_toc:
            self.notify("TOCEntry", (flowable.outline_level, flowable.text, self.page, key))


def contents(styles: Styles) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
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
