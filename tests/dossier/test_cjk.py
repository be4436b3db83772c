"""``app.dossier.cjk.break_lines`` against ReportLab's own Chinese line breaking.

``break_lines(para, widths)`` must give exactly what ReportLab's
``Paragraph.breakLinesCJK(para, widths)`` gives (every attribute of the result,
of its lines and of their words, floats compared exactly) or decline (None).
Texts are generated: Chinese, ASCII words, long unbroken Latin words and
digits, punctuation that cannot start a line, spaces of several kinds, line
breaks, and markup that makes paragraphs of several fragments.  The
paragraphs are also made the dossier's way (:class:`~app.dossier.paragraph.Para`,
whose parsing shortcuts must give ReportLab's fragments), and whole PDFs made
with ``Para`` must be the very ones ReportLab makes of ``Paragraph``.
"""

from __future__ import annotations

import io
import string
from collections.abc import Callable
from itertools import accumulate
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.abag import ABag
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from app.dossier import cjk
from app.dossier.cjk import break_lines
from app.dossier.document import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    DossierDocument,
    Styles,
    table,
)
from app.dossier.paragraph import Para
from app.dossier.text import FONT, MONO, register_fonts

register_fonts()

ZH = Styles("zh")
EN = Styles("en")
STYLES: list[ParagraphStyle] = [
    ZH.body,
    ZH.small,
    ZH.small_center,
    ZH.cell_head,
    ZH.mono,
    ZH.h1,
    ZH.h2,
    ZH.h3,
    ZH.title,
    ZH.caption,
    *ZH.toc_levels,
    EN.body,
    EN.small,
]

CHECKS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
FEWER = settings(CHECKS, max_examples=100)

# --- texts -----------------------------------------------------------------------------------

COMMON_HAN = "检查组发现企业未按规定办理第三条整改期限要求法律依据现场记录说明公司责任人日期"
han = st.one_of(
    st.sampled_from(COMMON_HAN),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
)
chinese = st.text(han, min_size=1, max_size=30)
ascii_word = st.text(st.sampled_from(string.ascii_letters), min_size=1, max_size=12)
long_word = st.text(
    st.sampled_from(string.ascii_letters + string.digits + "-_/"), min_size=15, max_size=50
)
digits = st.text(st.sampled_from(string.digits), min_size=1, max_size=25)
# what cannot start a line (hung at the end of the one before), what cannot end one, and others
punctuation = st.sampled_from(
    [
        *sorted(
            set("，。、）」』】；：！？,.;:!?)]%°") | set(ALL_CANNOT_START) | set(ALL_CANNOT_END)
        ),
        *"（「《》“”—…·~-/",
    ]
)
spaces = st.sampled_from([" ", "  ", "   ", "\u3000", "\xa0", "\t", " \u3000 "])
line_breaks = st.sampled_from(["\n", "<br/>", "<br/><br/>", " <br/> ", "\n\n"])
other = st.sampled_from(
    [
        "&amp;",
        "&lt;",
        "&gt;",
        "ＡＢＣ",
        "１２３",
        "é",
        "Straße",
        "αβγ",
        "№",
        "℃",
        "‰",
        "①",
        "ー",
        "ぁ",
        # no width at all: zero-width space and joiner, a combining accent, a byte-order mark
        "\u200b",
        "\u200d",
        "e\u0301",
        "\ufeff",
        "\u00ad",
    ]
)
# (one_of picks among distinct strategies alike: a strategy counts more when made distinct by map)
leaf = st.one_of(
    *(chinese.map(str) for _ in range(3)),
    ascii_word,
    long_word,
    digits,
    *(punctuation.map(str) for _ in range(2)),
    spaces,
    line_breaks,
    other,
)

TAGS = [
    ("<font size=7>", "</font>"),
    ("<font size=12>", "</font>"),
    ("<b>", "</b>"),
    ("<i>", "</i>"),
    ("<u>", "</u>"),
    ('<font color="#b00020">', "</font>"),
    (f'<font name="{MONO}">', "</font>"),
    ("<super>", "</super>"),
    ("<strike>", "</strike>"),
    ('<a href="https://example.org/">', "</a>"),
]


def _wrapped(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(TAGS), st.lists(children, max_size=4)).map(
        lambda t: t[0][0] + "".join(t[1]) + t[0][1]
    )


empty_ish = st.sampled_from(
    [
        "",
        " ",
        "\n",
        "<br/>",
        "<br/><br/>",
        "<b></b>",
        "<font size=7></font>",
        "<b> </b>",
        "—",
        "。",
        "a",
    ]
)
text_with_markup = st.lists(st.recursive(leaf, _wrapped, max_leaves=8), min_size=1, max_size=6).map(
    "".join
)
# a piece in a font that is not the dossier's (declined)
other_font = st.tuples(text_with_markup, leaf, text_with_markup).map(
    lambda t: f'{t[0]}<font name="Helvetica">{t[1]}</font>{t[2]}'
)
markup = st.one_of(empty_ish, other_font, *(text_with_markup.map(str) for _ in range(6)))

# available widths: narrower than a character to the page; for the first line and the others
width = st.one_of(
    st.sampled_from(
        [0.5, 5.0, 9.5, 12.0, 20.0, 48.3, 100.0, 151.2, CONTENT_WIDTH - 8, CONTENT_WIDTH]
    ),
    st.floats(min_value=1.0, max_value=600.0, allow_nan=False, allow_infinity=False),
    st.integers(min_value=1, max_value=500),
)
widths = st.lists(width, min_size=1, max_size=3)


# --- comparing -------------------------------------------------------------------------------


def shape(value: Any) -> Any:
    """A value with everything spelt out: fragments and lines as their attributes, types kept."""
    kind = type(value)
    if kind is str or kind is float or kind is int or kind is bool:
        return kind.__name__, value
    if isinstance(value, ABag):
        return kind.__name__, {k: shape(v) for k, v in sorted(vars(value).items())}
    if isinstance(value, list | tuple):
        return kind.__name__, [shape(v) for v in value]
    if isinstance(value, str | int | float):  # a subclass (as ReportLab's cjkU)
        return kind.__name__, value
    return value


def outcome(call: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", shape(call())
    except Exception as e:
        return "error", type(e)


def paragraph_state(p: Paragraph) -> dict[str, Any]:
    return {k: shape(v) for k, v in vars(p).items() if k not in ("_twins",)}


class Declines:
    """How often ``break_lines`` declined, so that a test can insist it mostly did not."""

    def __init__(self) -> None:
        self.made = 0
        self.declined = 0


def check_same(
    make: Callable[[], Paragraph], max_widths: list[Any], seen: Declines
) -> tuple[str, Any]:
    """``break_lines`` on one paragraph, ReportLab's ``breakLinesCJK`` on its twin: the same.

    Returns ReportLab's outcome (``("ok", shape of the lines)`` or ``("error", its type)``).
    """
    ours_para, theirs_para = make(), make()
    theirs = outcome(lambda: Paragraph.breakLinesCJK(theirs_para, list(max_widths)))
    try:
        got = break_lines(ours_para, list(max_widths))
    except Exception as e:
        # ReportLab fails there too (then the dossier fails the same way)
        assert theirs == ("error", type(e))
        return theirs
    if got is None:
        seen.declined += 1
        return theirs
    seen.made += 1
    assert ("ok", shape(got)) == theirs
    assert paragraph_state(ours_para) == paragraph_state(theirs_para)
    return theirs


def _compare(text: str, style: ParagraphStyle, max_widths: list[Any]) -> None:
    expected = check_same(lambda: Paragraph(text, style), max_widths, Declines())
    # the dossier's paragraph: its own parsing (the fragments ReportLab's parser makes), its lines
    para = Para(text, style)
    reference = Paragraph(text, style)
    assert para.text == reference.text
    assert shape(para.frags) == shape(reference.frags)
    assert outcome(lambda: para.breakLinesCJK(list(max_widths))) == expected


@CHECKS
@given(text=markup, style=st.sampled_from(STYLES), max_widths=widths)
def test_same_lines_as_reportlab(text: str, style: ParagraphStyle, max_widths: list[Any]) -> None:
    _compare(text, style, max_widths)


@FEWER
@given(text=markup, style=st.sampled_from(STYLES), data=st.data())
def test_same_lines_at_exact_fits(text: str, style: ParagraphStyle, data: st.DataObject) -> None:
    """Widths at, or a hair either side of, the width of the first characters (``_FUZZ``)."""
    frags = Paragraph(text, style).frags
    sizes = [stringWidth(c, f.fontName, f.fontSize) for f in frags for c in getattr(f, "text", "")]
    if not sizes:
        return
    fits = list(accumulate(sizes))
    first = fits[data.draw(st.integers(0, len(fits) - 1))]
    delta = data.draw(st.sampled_from([0.0, 1e-9, -1e-9, 5e-9, -5e-9, 1e-8, 1.5e-8, -1e-8, 1e-6]))
    rest = data.draw(st.lists(st.sampled_from(fits), max_size=2))
    _compare(text, style, [first + delta, *rest])


@CHECKS
@given(
    text=st.lists(
        st.one_of(chinese, punctuation, ascii_word, digits, spaces), min_size=1, max_size=30
    ).map("".join),
    style=st.sampled_from([ZH.body, ZH.small, ZH.h1]),
    max_widths=widths,
)
def test_same_lines_plain_text(text: str, style: ParagraphStyle, max_widths: list[Any]) -> None:
    """Text without markup: one fragment (``dumbSplit``), the commonest paragraph of a dossier."""
    _compare(escape(text), style, max_widths)


# where a run of Latin text is cut: back to a space of any kind, to a Chinese character, or
# half way; characters from U+2000 to U+2FFF are not Chinese there
separators = st.sampled_from(
    [
        " ",
        "\xa0",
        "\u3000",
        "\u2002",
        "\u2009",
        "—",
        "…",
        "‰",
        "℃",
        "①",
        "№",
        "·",
        "°",
        "é",
        "字",
        "，",
    ]
)
latin_run = st.lists(
    st.one_of(ascii_word, digits, long_word, separators.map(str), separators.map(str)),
    min_size=1,
    max_size=20,
).map("".join)


@FEWER
@given(
    text=st.lists(
        st.one_of(latin_run, latin_run.map(lambda t: f"<font size=7>{t}</font>"), line_breaks),
        min_size=1,
        max_size=4,
    ).map("".join),
    style=st.sampled_from([ZH.body, ZH.small, ZH.mono]),
    max_widths=st.lists(st.floats(min_value=10, max_value=250), min_size=1, max_size=2),
)
def test_same_lines_latin_runs(text: str, style: ParagraphStyle, max_widths: list[Any]) -> None:
    """Latin words and numbers, cut where ReportLab looks back for a place to cut them."""
    _compare(text, style, max_widths)


CORNERS = [
    # characters of no width at the end, after a line break (ReportLab drops them)
    "字<br/>\u200d",
    "<br/>\u0301",
    "<b>字</b><br/>\ufeff\u200c",
    "\u200d",
    "<b>\u200d</b>\u200d",
    "字字<br/><br/>",
    "<br/><br/>字",
    "<font size=7>字</font>\u200b\u200b",
    "abc def—ghi…jkl mno",
    "word\xa0word\xa0word\xa0word",
    "ＡＢＣ word ＤＥＦ",
    "1234567890" * 8,
    "<font size=7>" + "1234567890" * 8 + "</font>",
    "。。。。。。。。",
    "字，，，，，，，，",
    "<font size=7>字</font>，。、）」",
    "<b>字</b><b>字</b><b>字</b>，<i>字</i>",
    # Latin runs in paragraphs of several fragments, cut at a no-break space, after U+2014
    "<font size=7>x</font>aaaa\xa0bbbb\xa0cccc\xa0dddd\xa0eeee",
    "<font size=7>x</font>aaaa\u2002bbbb\u2009cccc\u3000dddd",
    "<font size=7>x</font>字ab—cd字ab—cd字ab—cd",
    "<font size=7>x</font>字 ab——cd 字 ab①①cd字",
]
# from narrower than a character to wider than most texts, in steps smaller than a character
CORNER_WIDTHS = [
    [0.5],
    [5.0],
    [9.5],
    [30.0, 10.0],
    [12.0, 300.0],
    *([w / 2] for w in range(20, 200, 5)),
]


@pytest.mark.parametrize("text", CORNERS)
def test_same_lines_corner_cases(text: str) -> None:
    for max_widths in CORNER_WIDTHS:
        _compare(text, ZH.body, max_widths)
    for max_widths in CORNER_WIDTHS[::4]:
        _compare(text, ZH.small, max_widths)


@pytest.mark.parametrize(
    "text",
    ["检查组发现，企业未按规定办理。", "<font size=7>要求:</font> 检查组发现，企业 abc 未按规定。"],
)
def test_same_lines_at_exact_fits_corner_cases(text: str) -> None:
    frags = Paragraph(text, ZH.body).frags
    sizes = [stringWidth(c, f.fontName, f.fontSize) for f in frags for c in f.text]
    for fit in accumulate(sizes):
        for delta in (0.0, -5e-9, 5e-9, 1e-8, 1.5e-8):
            _compare(text, ZH.body, [fit + delta])


PREFIXES = [
    "<font size=7>要求:</font> ",
    "<font size=7>法律依据:</font> ",
    "<font size=7>Required:</font> ",
    "<b>注</b>：",
    "<font size=7>标签</font><br/>",
]


@FEWER
@given(
    prefix=st.sampled_from(PREFIXES),
    text=st.lists(
        st.one_of(chinese, punctuation, ascii_word, long_word, spaces, st.just("\n")),
        min_size=1,
        max_size=20,
    ).map("".join),
    style=st.sampled_from([ZH.small, ZH.body, EN.small]),
    max_widths=widths,
)
def test_labelled_as_parsed(
    prefix: str, text: str, style: ParagraphStyle, max_widths: list[Any]
) -> None:
    """``Para.labelled`` (fixed markup parsed once) makes what parsing the whole markup makes."""
    markup_text = prefix + escape(text).replace("\n", "<br/>")
    para = Para.labelled(prefix, text, style)
    reference = Paragraph(markup_text, style)
    assert para.text == reference.text
    assert shape(para.frags) == shape(reference.frags)
    expected = outcome(lambda: Paragraph.breakLinesCJK(reference, list(max_widths)))
    assert outcome(lambda: para.breakLinesCJK(list(max_widths))) == expected


@FEWER
@given(
    text=st.lists(leaf, max_size=20).map("".join), size=st.sampled_from([7, 8, 9.5, 10.5, 12.5, 26])
)
def test_font_measures_as_truetype(text: str, size: float) -> None:
    """The dossier's font measures text as ReportLab's TrueType font does, character by character too."""
    for name in (FONT, MONO):
        font = pdfmetrics.getFont(name)
        assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size)
        assert font.char_widths(text, size) == [TTFont.stringWidth(font, c, size) for c in text]


# --- the fast path is taken ------------------------------------------------------------------

ORDINARY = [
    "检查组于现场检查中发现，该企业未按照《安全生产法》第二十五条的规定建立健全安全生产责任制，"
    "且未对从业人员进行安全生产教育和培训。",
    "企业应当在三十日内完成整改，并提交书面整改报告（附照片及相关证明材料）。" * 6,
    "现场检查发现消防通道堵塞，灭火器过期 3 具，应急照明不亮；责任人：张伟。",
    "—",
]
ORDINARY_MARKUP = [
    "<font size=7>要求:</font> 企业应当在三十日内完成整改，并提交书面整改报告。",
    "<font size=7>法律依据:</font> 《中华人民共和国安全生产法》第二十五条、第四十一条。",
    "第一行说明<br/>第二行说明，继续写下去直到需要换行为止，再写一些字。",
    "<font size=7>提出日期: 2026-06-15 · 现场检查</font>",
]


@pytest.mark.parametrize("style", [ZH.body, ZH.small, ZH.h2], ids=lambda s: s.name)
@pytest.mark.parametrize("text", ORDINARY + ORDINARY_MARKUP)
def test_ordinary_chinese_takes_the_fast_path(text: str, style: ParagraphStyle) -> None:
    for max_widths in ([CONTENT_WIDTH], [0.32 * CONTENT_WIDTH - 8], [120.0, 140.0], [30.0]):
        seen = Declines()
        check_same(lambda: Paragraph(text, style), max_widths, seen)
        check_same(lambda: Para(text, style), max_widths, seen)
        assert seen.declined == 0 and seen.made == 2


def test_para_uses_break_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Para.breakLinesCJK`` gives the lines of ``break_lines``, not ReportLab's code."""
    calls: list[Any] = []
    original = cjk.break_lines

    def counting(para: Any, max_widths: list[float]) -> Any:
        lines = original(para, max_widths)
        calls.append(lines)
        return lines

    monkeypatch.setattr("app.dossier.paragraph.break_lines", counting)
    for text in ORDINARY + ORDINARY_MARKUP:
        Para(text, ZH.small).wrap(100, 1000)
    assert len(calls) == len(ORDINARY + ORDINARY_MARKUP)
    assert all(lines is not None for lines in calls)


# --- whole documents -------------------------------------------------------------------------

STORY_TEXTS = [
    *ORDINARY,
    *ORDINARY_MARKUP,
    "混排 English words and a VeryLongUnbrokenIdentifier_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 在中间，"
    "还有数字 1234567890123456789012345678901234567890。" * 3,
    "引号“在这里”，括号（在这里），书名号《在这里》。顿号、句号。感叹号！问号？" * 4,
    "<b>粗体</b>和<font size=7>小字</font>和<font color='#b00020'>红字</font><br/>换行之后" * 5,
]


def _story(cls: type[Paragraph]) -> list[Flowable]:
    """Paragraphs in several styles, then tables whose rows and cells break across pages."""
    story: list[Flowable] = [cls(t, s) for t in STORY_TEXTS for s in (ZH.body, ZH.small, ZH.h2)]
    w = CONTENT_WIDTH
    rows = [
        [cls(t, ZH.small) for t in STORY_TEXTS[i : i + 3]]
        for i in range(0, len(STORY_TEXTS) - 2, 3)
    ]
    long_cell = "".join(STORY_TEXTS[:3]) * 4
    rows.append([cls(long_cell, ZH.small), cls("—", ZH.small), cls(long_cell[:400], ZH.body)])
    for _ in range(3):
        story.append(table(rows, [0.32 * w, 0.33 * w, 0.35 * w], header=False))
    story.append(cls(long_cell * 2, ZH.body))
    return story


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFs without dates or random ids, so two builds of the same can be compared byte for byte."""
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.usefixtures("invariant")
def test_pdf_same_as_reportlab() -> None:
    """Paragraphs made and drawn the dossier's way write the very PDF plain ReportLab writes."""

    def build(cls: type[Paragraph]) -> bytes:
        out = io.BytesIO()
        doc = SimpleDocTemplate(
            out,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
        )
        doc.build(_story(cls))
        return out.getvalue()

    ours, theirs = build(Para), build(Paragraph)
    assert ours == theirs


HEADER = "HEADER"
FOOTER = "FOOTER"


def _dossier_lines(story: list[Flowable]) -> list[list[str]]:
    out = io.BytesIO()
    doc = DossierDocument(
        out,
        header_left=HEADER + "LEFT",
        header_right=HEADER + "RIGHT",
        footer=FOOTER + " {n}/{m}",
        title="t",
        author="a",
        subject="s",
        lang="zh",
    )
    doc.multiBuild(story)
    return _page_lines(out.getvalue())


def _page_lines(pdf: bytes) -> list[list[str]]:
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    return [
        [line for line in text.splitlines() if HEADER not in line and not line.startswith(FOOTER)]
        for text in pages
    ]


@pytest.mark.usefixtures("invariant")
def test_dossier_pdf_lines_as_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dossier's document shows the lines plain ReportLab shows, page by page, line by line."""
    plain = io.BytesIO()
    SimpleDocTemplate(
        plain,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    ).build(_story(Paragraph))
    expected = _page_lines(plain.getvalue())
    assert sum(len(lines) for lines in expected) > 100
    assert _dossier_lines(_story(Para)) == expected
    # and without the fast line breaking, the very same dossier
    fast = _dossier_bytes(_story(Para))
    monkeypatch.setattr("app.dossier.paragraph.break_lines", lambda para, widths: None)
    assert _dossier_bytes(_story(Para)) == fast


def _dossier_bytes(story: list[Flowable]) -> bytes:
    out = io.BytesIO()
    DossierDocument(
        out,
        header_left=HEADER + "LEFT",
        header_right=HEADER + "RIGHT",
        footer=FOOTER + " {n}/{m}",
        title="t",
        author="a",
        subject="s",
        lang="zh",
    ).multiBuild(story)
    return out.getvalue()
