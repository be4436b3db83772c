"""The on-site inspections (checklist, notes, photos) and the rectification evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    FindingStatus,
)
from app.dossier.document import CONTENT_WIDTH, table
from app.dossier.paragraph import Para
from app.dossier.sections.base import CaseBase
from app.text import listed

if TYPE_CHECKING:
    from app.readmodel.case import InspectionView


class InspectionSections(CaseBase):
    def inspections(self) -> list[Flowable]:
        out = self.section("inspections")
        if not self.d.inspections:
            return [*out, self.note("no_inspections")]
        for n, i in enumerate(self.d.inspections, 1):
            out.extend(self.inspection(n, i))
        return out

    def inspection(self, n: int, i: InspectionView) -> list[Flowable]:
        out: list[Flowable] = [self.heading(self.t("inspection_n", n=n, on=i.inspected_on), 1)]
        out.extend(
            self.kv(
                [
                    ("inspected_on", self.day(i.inspected_on)),
                    ("place", i.address),
                    ("agencies", listed(i.agencies, self.lang) or "—"),
                    ("inspectors", i.inspectors or "—"),
                    ("company_staff", i.company_staff or "—"),
                    ("scope", i.scope or "—"),
                ]
            )
        )
        out.append(self.p(self.m(self.t("checklist")), self.styles.h3))
        if i.checklist:
            rows: list[list[Any]] = [[self.head("item"), self.head("result"), self.head("remark")]]
            for c in i.checklist:
                result = f"result_{c.result}"
                rows.append(
                    [
                        self.cell(f"{c.item_code} {self.pick(c.item_name_zh, c.item_name_en)}"),
                        self.cell(self.t(result) if result in _RESULT_KEYS else c.result),
                        self.cell(c.remark),
                    ]
                )
            w = CONTENT_WIDTH
            out.extend(self.tabled(rows, [0.34 * w, 0.14 * w, 0.52 * w]))
        else:
            out.append(self.p("—"))
        out.append(self.p(self.m(self.t("inspection_notes")), self.styles.h3))
        out.extend(self.long_text(i.notes))
        out.append(self.p(self.m(self.t("inspection_conclusion")), self.styles.h3))
        out.extend(self.long_text(i.conclusion))
        owned = self._owned(i.id)
        images = [a for a in owned if a.media_type.startswith("image/")]
        if images:
            title: list[Flowable] = [self.p(self.m(self.t("photos")), self.styles.h3)]
            for a in images:
                shown = self.photo(a)
                if shown and title:
                    # the title goes with the first photo shown, never alone at a page foot
                    shown = [KeepTogether([*title, *shown])]
                    title = []
                out.extend(shown)
        others = [a for a in owned if not a.media_type.startswith("image/")]
        if others:
            out.append(self.p(self.m(self.t("evidence_files")), self.styles.h3))
            out.append(self.p("<br/>".join(self.m(a.original_name) for a in others)))
        return out

    def evidence(self) -> list[Flowable]:
        out = self.section("evidence")
        shown = False
        for f in self.d.findings:
            owned = self._owned(f.id)
            if not (f.rectification_evidence or f.submitted_on or f.verified_on or owned):
                continue
            shown = True
            block: list[Flowable] = [
                self.p(
                    self.m(self.t("finding_n", n=f.number))
                    + f" · {self.m(f.item_code)} · {self.m(FINDING_STATUS_LABELS[FindingStatus(f.status)][self.lang])}",
                    self.styles.h3,
                )
            ]
            rows: list[tuple[str, object]] = [("evidence_text", f.rectification_evidence or "—")]
            status = self._finding_status(f)
            block.extend(self.kv(rows))
            block.append(Spacer(1, 2 * mm))
            block.append(
                table(
                    [
                        [
                            Para(self.m(self.t("status")), self.styles.small),
                            Para(status, self.styles.small),
                        ]
                    ],
                    [0.26 * CONTENT_WIDTH, 0.74 * CONTENT_WIDTH],
                    header=False,
                    label_column=True,
                )
            )
            if owned:
                names = "<br/>".join(
                    f"{self.m(a.original_name)} <font name='WQYMicroHeiMono' size=7>{a.sha256}</font>"
                    for a in owned
                )
                block.append(Spacer(1, 2 * mm))
                block.append(
                    table(
                        [
                            [
                                Para(self.m(self.t("evidence_files")), self.styles.small),
                                Para(names, self.styles.small),
                            ]
                        ],
                        [0.26 * CONTENT_WIDTH, 0.74 * CONTENT_WIDTH],
                        header=False,
                        label_column=True,
                    )
                )
                for a in owned:
                    if a.media_type.startswith("image/"):
                        block.extend(self.photo(a))
            out.extend(block)
        if not shown:
            out.append(self.note("no_evidence"))
        return out


_RESULT_KEYS = {
    "result_compliant",
    "result_non_compliant",
    "result_not_applicable",
    "result_not_checked",
}
