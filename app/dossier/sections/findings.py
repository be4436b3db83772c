"""The findings table of the case dossier: deadlines with every extension, status, overdue days."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from app.domain.finding_lifecycle import (
    SEVERITY_LABELS,
    Severity,
)
from app.dossier.builder import flowables
from app.dossier.document import CONTENT_WIDTH
from app.dossier.paragraph import Para
from app.dossier.sections.base import CaseBase

if TYPE_CHECKING:
    from app.readmodel.case import FindingView


class FindingSections(CaseBase):
    def _deadlines(self, f: FindingView) -> str:
        lines = [
            self.m(
                self.t("field_value", label=self.t("original_deadline"), value=f.original_deadline)
            )
        ]
        for e in f.extensions:
            approved = self.t(
                "approved_by",
                approver=self.clean.plain(e.approver),
                on=e.approved_on,
                reason=self.clean.plain(e.reason),
            )
            moved = self.t("moved", old=e.old_deadline, new=e.new_deadline)
            lines.append(
                self.m(self.t("field_value", label=self.t("extension"), value=moved))
                + f"<br/><font size=7>{self.m(approved)}</font>"
            )
        current = self.on(f.current_deadline) + (
            self.t("provisional") if f.deadline_provisional else ""
        )
        lines.append(self.m(self.t("field_value", label=self.t("current_deadline"), value=current)))
        return "<br/>".join(lines)

    def findings(self) -> list[Flowable]:
        out = self.section("findings")
        if not self.d.findings:
            return [*out, self.note("no_findings")]
        s = self.styles.small
        rows: list[list[Any]] = [
            [
                self.p("#", self.styles.cell_head),
                self.head("item"),
                self.head("severity"),
                Para(
                    f"{self.m(self.t('description'))} / {self.m(self.t('required'))}",
                    self.styles.cell_head,
                ),
                self.head("deadlines"),
                Para(
                    f"{self.m(self.t('status'))} / {self.m(self.t('verification'))}",
                    self.styles.cell_head,
                ),
            ]
        ]
        for f in self.d.findings:
            item = f"{f.item_code} {self.pick(f.item_name_zh, f.item_name_en)}"
            source = self.t("source_inspection" if f.source == "inspection" else "source_review")
            raised = self.t("field_value", label=self.t("raised_on"), value=f.raised_on)
            small = f"<font size=7>{self.m(raised)}"
            small += f" · {self.m(source)}</font>"
            text = flowables(
                self.paras(f.description, s),
                self.paras(
                    f.required_rectification,
                    s,
                    f"<font size=7>{self.m(self.t('required'))}:</font> ",
                ),
                self.paras(
                    f.legal_basis, s, f"<font size=7>{self.m(self.t('legal_basis'))}:</font> "
                )
                if f.legal_basis
                else [],
                Para(small, s),
            )
            rows.append(
                [
                    Para(str(f.number), s),
                    self.cell(item),
                    self.cell(SEVERITY_LABELS[Severity(f.severity)][self.lang]),
                    text,
                    Para(self._deadlines(f), s),
                    Para(self._finding_status(f), s),
                ]
            )
        w = CONTENT_WIDTH
        out.extend(self.tabled(rows, [0.05 * w, 0.15 * w, 0.1 * w, 0.28 * w, 0.23 * w, 0.19 * w]))
        return out
