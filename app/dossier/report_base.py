"""What the province and overdue reports share: their texts, title block and document."""

from __future__ import annotations

from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.dossier.builder import StoryBuilder
from app.dossier.document import CONTENT_WIDTH, DossierDocument, PageTotal
from app.dossier.labels import report_label
from app.dossier.model import BuildOutcome, DossierOptions, Progress
from app.dossier.paragraph import Para

# Share of the progress bar the layout takes (the caller reports gathering the data first).
LAYOUT_START = 30
LAYOUT_END = 95


class ReportBuilder(StoryBuilder):
    """A report laid out like the dossier: same header, footer, bookmarks and metadata."""

    def __init__(self, options: DossierOptions, progress: Progress | None = None) -> None:
        super().__init__(options.lang)
        self.opt = options
        self.progress = progress

    def r(self, key: str, **values: object) -> str:
        """A report text (app/catalogues/dossier_texts.json)."""
        return report_label(key, self.lang, **values)

    def rhead(self, key: str) -> Para:
        return Para(self.m(self.r(key)), self.styles.cell_head)

    def title_block(self, title: str, rows: list[tuple[str, object]]) -> list[Flowable]:
        """The report's title (a bookmark) and a small table of what it covers."""
        data = [
            [Para(self.m(label), self.styles.small), Para(self.m(value), self.styles.small)]
            for label, value in rows
        ]
        return [
            self.heading(title, 0, in_toc=False),
            *self.tabled(
                data, [0.26 * CONTENT_WIDTH, 0.74 * CONTENT_WIDTH], header=False, label_column=True
            ),
            Spacer(1, 4 * mm),
        ]

    def layout(
        self,
        story: list[Flowable],
        target: str | IO[bytes],
        *,
        header_left: str,
        title: str,
        subject: str,
    ) -> BuildOutcome:
        doc = DossierDocument(
            target,
            header_left=self.clean.plain(header_left),
            header_right=self.clean.plain(self.opt.marking),
            footer=self.t("page_footer"),
            title=self.clean.plain(title),
            author=self.clean.plain(self.opt.office),
            subject=subject,
            lang=self.lang,
        )
        progress = self.progress
        if progress is not None:
            span = LAYOUT_END - LAYOUT_START

            def on_page(page: int, total: int) -> None:
                # first pass: the total is unknown, so creep along the first half
                share = page / total if total else min(page / 100, 1) / 2
                progress(
                    LAYOUT_START + int(span * min(share, 1)),
                    self.t("page_footer", n=page, m=total or "?"),
                )

            doc.on_page = on_page
        story.insert(0, PageTotal(doc))
        doc.multiBuild(story)
        return BuildOutcome(pages=doc.page, warnings=list(self.warnings))

    def generated(self) -> list[tuple[str, object]]:
        return [
            (self.t("office"), self.opt.office),
            (self.t("marking"), self.opt.marking),
            (self.t("generated_on"), self.opt.generated_at.strftime("%Y-%m-%d %H:%M")),
            (self.t("generated_by"), self.opt.generated_by or "—"),
        ]
