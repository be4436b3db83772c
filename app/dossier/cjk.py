"""Chinese line breaking: ReportLab's own algorithm, with the per-character work done in bulk.

ReportLab breaks a paragraph wrapped the Chinese way (``wordWrap="CJK"``) one
character at a time: for a paragraph of one style (``wordSplit``) it measures
every character through ``pdfmetrics.stringWidth``; for a paragraph of several
(``cjkFragSplit``: a ``<font size=7>`` label, a ``<br/>``) it makes a string
object per character carrying its fragment and width, and compares the
fragments of every two neighbouring characters to put the words of each line
back together.  That is most of the time a dossier takes.

:func:`break_lines` gives the very same lines (the same breaks, the same
``extraSpace`` floats, the same fragments and words), computed from a list of
widths taken from the font's table in one go, and comparing fragments only
where one ends and the next begins.  It declines (returns ``None``, and the
caller uses ReportLab's code) whatever it was not written for: images and
other callbacks in the text, bullets, ``endDots``, ``autoLeading``, fonts
other than the dossier's.  ``tests/dossier/test_cjk.py`` compares it with
ReportLab's on many texts.
"""

from __future__ import annotations

from typing import Any
from unicodedata import category

from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.textsplit import ALL_CANNOT_START, dumbSplit
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus.paragraph import FragLine, ParaLines
from reportlab.rl_config import _FUZZ


def break_lines(para: Any, max_widths: list[float]) -> Any | None:
    """The lines ``para.breakLinesCJK(max_widths)`` would make, or None if this cannot tell."""
    style = para.style
    frags = para.frags
    if not frags or para.bulletText or getattr(para, "_splitpara", 0):
        return None
    if getattr(para, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off"):
        return None  # (ReportLab then measures images in lines; none here)
    for f in frags:
        if hasattr(f, "cbDefn") or not isinstance(getattr(f, "text", None), str):
            return None
        if not hasattr(getFont(f.fontName), "char_widths"):
            return None
    para.height = 0  # as breakLinesCJK does
    if len(frags) == 1:
        if style.endDots:
            return None
        f = frags[0]
        widths = getFont(f.fontName).char_widths(f.text, f.fontSize)
        lines = dumbSplit(f.text, widths, max_widths)
        return f.clone(
            kind=0,
            lines=[(space, [line]) for space, line in lines],
            ascent=f.fontSize,
            descent=-0.2 * f.fontSize,
        )
    return _frag_split(frags, max_widths)


def _frag_split(frags: list[Any], max_widths: list[float]) -> Any:
    """``cjkFragSplit(frags, max_widths, calcBounds=False)``, character runs handled in bulk."""
    chars: list[str] = []
    widths: list[float] = []
    owner: list[int] = []  # the fragment of each character
    for k, f in enumerate(frags):
        text = f.text
        if text:
            chars.extend(text)
            widths.extend(getFont(f.fontName).char_widths(text, f.fontSize))
            owner.extend([k] * len(text))
        else:  # ReportLab keeps an empty fragment as one empty "character" (a <br/>)
            chars.append("")
            widths.append(0.0)
            owner.append(k)
    breaks = [hasattr(f, "lineBreak") for f in frags]
    lines: list[Any] = []
    i = line_start = 0
    used: float = 0
    max_width = max_widths[0]
    n = len(chars)
    while i < n:
        # the characters that certainly fit: up to the next line break, adding up widths
        u = chars[i]
        w = widths[i]
        i += 1
        used += w
        line_break = breaks[owner[i - 1]]
        if not ((used > max_width + _FUZZ and used > 0) or line_break):
            continue
        extra = max_width - used
        if not line_break:
            if ord(u) < 0x3000:
                # inside a run of Latin text: look back for a space or a Chinese character
                limit = (line_start + i) >> 1
                for j in range(i - 1, limit, -1):
                    uj = chars[j]
                    if (uj and category(uj) == "Zs") or ord(uj) >= 0x3000:
                        k = j + 1
                        if k < i:
                            j = k + 1
                            extra += sum(widths[jj] for jj in range(j, i))
                            w = widths[k]
                            u = chars[k]
                            i = j
                            break
            if u not in ALL_CANNOT_START and i > line_start + 1:
                i -= 1
                extra += w
        lines.append(_line(frags, chars, owner, line_start, i, max_width, used, extra, line_break))
        try:
            max_width = max_widths[len(lines)]
        except IndexError:
            max_width = max_widths[-1]
        line_start = i
        used = 0
    if used > 0:
        lines.append(
            _line(frags, chars, owner, line_start, n, max_width, used, max_width - used, False)
        )
    return ParaLines(kind=1, lines=lines)


def _line(
    frags: list[Any],
    chars: list[str],
    owner: list[int],
    start: int,
    stop: int,
    max_width: float,
    used: float,
    extra: float,
    line_break: bool,
) -> Any:
    """``makeCJKParaLine`` for characters ``start:stop``, taking each fragment's run at once."""
    words: list[Any] = []
    run: list[str] = []
    f0 = FragLine()
    max_size: float = 0
    max_ascent: float = 0
    min_descent: float = 0
    i = start
    while i < stop:
        k = owner[i]
        end = i + 1
        while end < stop and owner[end] == k:
            end += 1
        f = frags[k]
        size = f.fontSize
        ascent, descent = getAscentDescent(f.fontName, size)
        max_size = max(max_size, size)
        max_ascent = max(max_ascent, ascent)
        min_descent = min(min_descent, descent)
        # the run's first character, compared with the fragment of the word it may join
        if not sameFrag(f0, f):
            f0 = f0.clone()
            f0.text = "".join(run)
            words.append(f0)
            run = []
            f0 = f
        run.append(chars[i])
        if end - i > 1:
            # the others compare with the same fragment, so all alike (each its own word only
            # for a fragment that never joins, such as a line break)
            if sameFrag(f0, f):
                run.extend(chars[i + 1 : end])
            else:
                for c in chars[i + 1 : end]:
                    f0 = f0.clone()
                    f0.text = "".join(run)
                    words.append(f0)
                    run = [c]
                    f0 = f
        i = end
    if run:
        f0 = f0.clone()
        f0.text = "".join(run)
        words.append(f0)
    return FragLine(
        kind=1,
        extraSpace=extra,
        wordCount=1,
        words=words[1:],
        fontSize=max_size,
        ascent=max_ascent,
        descent=min_descent,
        maxWidth=max_width,
        currentWidth=used,
        lineBreak=line_break,
    )
