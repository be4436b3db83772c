"""The case dossier: the complete, ordered record of one case as a PDF to print, sign and file.

Fed plain data (the :class:`~app.readmodel.case.CaseDetail` of the case and the
paths of its stored files); it never queries the database.  What it cannot show
(an image that does not open, characters the font lacks) it leaves out or
replaces, and says so in the returned warnings and at the end of the dossier.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.dossier.document import DossierDocument, PageTotal, collector_paused
from app.dossier.model import AttachmentFiles, BuildOutcome, DossierOptions, DossierWarning
from app.dossier.sections.findings import FindingSections
from app.dossier.sections.inspections import InspectionSections
from app.dossier.sections.manifest import ManifestSections
from app.dossier.sections.record import RecordSections
from app.dossier.sections.signature import signature_box

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from app.readmodel.case import CaseDetail


def build_case_dossier(
    detail: CaseDetail,
    target: str | IO[bytes],
    options: DossierOptions,
    files: AttachmentFiles,
    *,
    warnings: Sequence[DossierWarning] = (),
) -> BuildOutcome:
    """Write the dossier of ``detail`` to ``target``; returns the page count and the warnings.

    ``warnings`` are what the caller already left out (e.g. missing files); they
    are listed in the dossier together with the builder's own.
    """
    builder = _Builder(detail, options, files)
    builder.warnings.extend(warnings)
    return builder.build(target)


class _Builder(RecordSections, FindingSections, InspectionSections, ManifestSections):
    """The case dossier: the sections in order, laid out in one document."""

    def build(self, target: str | IO[bytes]) -> BuildOutcome:
        with collector_paused():
            return self._build(target)

    def _build(self, target: str | IO[bytes]) -> BuildOutcome:
        story = self.story()
        d = self.d
        office = self.clean.plain(self.opt.office)
        marking = self.clean.plain(self.opt.marking)
        company = self.clean.plain(self.pick(d.company.name_zh, d.company.name_en))
        doc = DossierDocument(
            target,
            header_left=f"{d.case_number}  {company}",
            header_right=marking,
            footer=self.t("page_footer"),
            title=f"{self.t('title')} {d.case_number} {company}",
            author=office,
            subject=self.t("subject"),
            lang=self.lang,
        )
        story.insert(0, PageTotal(doc))
        box = signature_box(self, self.opt.signature) if self.opt.signature else None
        if box is not None:
            story.extend([Spacer(1, 8 * mm), box])  # last: it belongs on the last page
        doc.multiBuild(story)
        place = box.place if box is not None else None
        return BuildOutcome(pages=doc.page, warnings=list(self.warnings), signature_place=place)

    def story(self) -> list[Flowable]:
        parts: list[Callable[[], list[Flowable]]] = [
            self.cover,
            self.contents,
            self.overview,
            self.company,
            self.summons,
            self.chronology,
            self.reports,
            self.findings,
            self.inspections,
            self.evidence,
            self.manifest,
        ]
        story: list[Flowable] = []
        for part in parts:
            story.extend(part())
        # last: it lists what the parts above had to leave out
        story.extend(self.integrity())
        return story
