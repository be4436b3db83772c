"""The paragraph every InspectDesk PDF is made of: wrapped once, shared with its twins.

Breaking Chinese lines is the dearest part of building a dossier; :class:`Para`
keeps the lines of its last wrap and shares parsed markup and wrapped lines with
paragraphs of the same text and style (see its docstring).  Split from
:mod:`app.dossier.document`, which lays the pages out.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary
from xml.sax.saxutils import escape

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from app.dossier.cjk import break_lines

# Set on the canvas of a layout pass whose output is thrown away: nothing needs drawing.
DRAFT = "_inspectdesk_draft"


def drafting(canvas: Canvas) -> bool:
    """Whether ``canvas`` belongs to a pass whose drawing is thrown away."""
    return bool(getattr(canvas, DRAFT, False))


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
        if not drafting(self.canv):
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
