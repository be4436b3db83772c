"""The attachment manifest with every SHA-256, and the record-integrity section."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from app.dossier.document import CONTENT_WIDTH
from app.dossier.model import DossierWarning
from app.dossier.paragraph import Para
from app.dossier.sections.base import CaseBase

if TYPE_CHECKING:
    from app.readmodel.case import AttachmentView


class ManifestSections(CaseBase):
    def _owner_label(self, a: AttachmentView) -> str:
        for n, r in enumerate(self.d.reports, 1):
            if r.id == a.owner_id:
                return self.t("report_n", n=n)
        for n, i in enumerate(self.d.inspections, 1):
            if i.id == a.owner_id:
                return self.t("inspection_n", n=n, on=i.inspected_on)
        for f in self.d.findings:
            if f.id == a.owner_id:
                return self.t("finding_n", n=f.number)
        return self.t("owner_case")

    def manifest(self) -> list[Flowable]:
        out = self.section("manifest")
        if not self.d.attachments:
            return [*out, self.note("no_attachments")]
        out.append(self.p(self.m(self.t("attachment_count", n=len(self.d.attachments)))))
        rows: list[list[Any]] = [
            [
                self.p("#", self.styles.cell_head),
                self.head("file_name"),
                self.head("belongs_to"),
                self.head("size"),
                self.head("added"),
            ]
        ]
        extra: list[tuple[Any, ...]] = []
        for n, a in enumerate(self.d.attachments, 1):
            rows.append(
                [
                    self.cell(n),
                    self.cell(a.original_name),
                    self.cell(self._owner_label(a)),
                    self.cell(_size(a.size)),
                    self.cell(f"{a.added_by}\n{self.when(a.added_at)}"),
                ]
            )
            rows.append(
                [
                    "",
                    Para(
                        f"SHA-256: <font name='WQYMicroHeiMono'>{a.sha256}</font>", self.styles.mono
                    ),
                    "",
                    "",
                    "",
                ]
            )
            row = len(rows) - 1
            extra.append(("SPAN", (1, row), (-1, row)))
            extra.append(("SPAN", (0, row - 1), (0, row)))
        w = CONTENT_WIDTH
        out.extend(
            self.tabled(rows, [0.06 * w, 0.36 * w, 0.2 * w, 0.14 * w, 0.24 * w], extra=extra)
        )
        return out

    def integrity(self) -> list[Flowable]:
        out = self.section("integrity")
        out.append(self.note("audit_head_text"))
        head = self.d.audit_head or self.t("no_audit")
        out.extend(
            self.kv(
                [("audit_head", f"<font name='WQYMicroHeiMono'>{self.m(head)}</font>")], markup=True
            )
        )
        if self.clean.replaced_count:
            self.warnings.append(
                DossierWarning(
                    "dossier.chars_replaced",
                    {
                        "count": self.clean.replaced_count,
                        "placeholder": self.clean.placeholder,
                        "sample": self.clean.sample(),
                    },
                )
            )
        if self.warnings:
            out.append(self.p(self.m(self.t("left_out")), self.styles.h3))
            for w in self.warnings:
                out.append(self.p("• " + self.m(w.render(self.lang))))
        return out


def _size(size: int) -> str:
    if size < 1024:
        return f"{size:,} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB ({size:,} B)"
    return f"{size / 1048576:.1f} MB ({size:,} B)"
