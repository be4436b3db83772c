"""The helpers every InspectDesk PDF story is written with: labels, clean markup, cells, tables.

A :class:`StoryBuilder` holds the language, the text cleaner and the styles of
one document; the case dossier and the reports subclass it and add sections.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from app.dossier.contents import Heading
from app.dossier.document import CONTENT_WIDTH, Styles, table
from app.dossier.labels import label
from app.dossier.model import DossierWarning
from app.dossier.paragraph import Para
from app.dossier.text import TextCleaner, chunks, register_fonts
from app.text import day as say_day

# A table row may break across pages, but re-wrapping a huge cell at every break is slow.
CELL_LIMIT = 3000
CELL_SHOWN = 600


class StoryBuilder:
    """Language, text cleaning and styles of one document, and the flowables made with them."""

    def __init__(self, lang: str) -> None:
        register_fonts()
        self.lang = lang
        self.clean = TextCleaner()
        self.styles = Styles(lang)
        self.warnings: list[DossierWarning] = []
        self._keys = 0
        # texts too long for a table cell, shown in full after the table
        self.overflow: list[str] = []
        self._overflow_shown = 0

    def t(self, key: str, **values: object) -> str:
        return label(key, self.lang, **values)

    def m(self, value: object) -> str:
        """Markup for stored text (escaped, cleaned)."""
        return self.clean.markup(value)

    def p(self, markup: str, style: Any = None) -> Para:
        return Para(markup, style or self.styles.body)

    def cell(self, value: object, *, mono: bool = False) -> Flowable | list[Flowable]:
        """A table cell for stored text; long text becomes several paragraphs.

        A row may break across pages (``splitInRow``), but splitting one paragraph of
        thousands of characters again and again is slow: pieces keep it fast.
        """
        style = self.styles.mono if mono else self.styles.small
        if value is None or value == "":
            return Para("—", style)
        return self.paras(value, style)

    def paras(self, value: object, style: Any, prefix: str = "") -> Flowable | list[Flowable]:
        """``value`` as one paragraph, or as pieces when it is long; ``prefix`` is markup.

        Text too long for a table cell shows its beginning and a reference; the
        full text follows the table (see :meth:`tabled`), where it can flow freely.
        """
        text = self.clean.plain(value)
        if len(text) > CELL_LIMIT:
            self.overflow.append(text)
            ref = self.t("full_text_ref", n=len(self.overflow))
            text = text[:CELL_SHOWN] + "…" + ref
        if len(text) <= 1500:
            return Para.labelled(prefix, text, style) if prefix else Para(self.m(text), style)
        pieces = [piece for para in text.split("\n") if para.strip() for piece in chunks(para)]
        return [
            Para((prefix if n == 0 else "") + self.m(piece), style)
            for n, piece in enumerate(pieces)
        ]

    def tabled(self, rows: list[list[Any]], widths: list[float], **kw: Any) -> list[Flowable]:
        """The table, then the full texts its cells were too small for."""
        out: list[Flowable] = [table(rows, widths, **kw)]
        start = self._overflow_shown
        for n, text in enumerate(self.overflow[start:], start + 1):
            out.append(self.p(self.m(self.t("full_text", n=n)), self.styles.h3))
            out.extend(self.long_text(text))
        self._overflow_shown = len(self.overflow)
        return out

    def head(self, key: str) -> Para:
        return Para(self.m(self.t(key)), self.styles.cell_head)

    def heading(self, text: str, level: int, *, in_toc: bool = True) -> Heading:
        self._keys += 1
        style = self.styles.h1 if level == 0 else self.styles.h2
        plain = self.clean.plain(text)
        return Heading(
            self.m(text), style, title=plain, level=level, key=f"s{self._keys}", in_toc=in_toc
        )

    def section(self, key: str) -> list[Flowable]:
        return [PageBreak(), self.heading(self.t(key), 0)]

    def pick(self, zh: object, en: object) -> object:
        return (en or zh) if self.lang == "en" else (zh or en)

    def day(self, value: date | None) -> str:
        return value.isoformat() if value else "—"

    def on(self, value: date) -> str:
        """A day inside a sentence, as the language writes it (2021年6月8日 in Chinese)."""
        return say_day(value, self.lang)

    def when(self, value: datetime | str | None) -> str:
        """A stored UTC time shown in local time."""
        if value is None:
            return "—"
        stamp = datetime.fromisoformat(value) if isinstance(value, str) else value
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return stamp.astimezone().strftime("%Y-%m-%d %H:%M")

    def kv(self, rows: list[tuple[str, object]], *, markup: bool = False) -> list[Flowable]:
        data = [
            [
                Para(self.m(self.t(key)), self.styles.small),
                Para(str(value), self.styles.small) if markup else self.cell(value),
            ]
            for key, value in rows
        ]
        return self.tabled(
            data, [0.26 * CONTENT_WIDTH, 0.74 * CONTENT_WIDTH], header=False, label_column=True
        )

    def note(self, key: str) -> Para:
        return self.p(self.m(self.t(key)))

    def long_text(self, value: str) -> list[Flowable]:
        """Free text as paragraphs that flow over pages, however long."""
        out: list[Flowable] = []
        for para in self.clean.plain(value).split("\n"):
            if not para.strip():
                continue
            for piece in chunks(para):
                out.append(self.p(self.m(piece)))
        return out or [self.p("—")]

    # --- the document ----------------------------------------------------------------------


def flowables(*parts: Flowable | list[Flowable]) -> list[Flowable]:
    """The parts (single flowables or lists of them) as one list."""
    out: list[Flowable] = []
    for part in parts:
        out.extend(part if isinstance(part, list) else [part])
    return out
