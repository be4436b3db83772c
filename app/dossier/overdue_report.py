"""The overdue report: every overdue finding in scope, one section per province, most overdue first.

Fed :class:`~app.dossier.report_data.OverdueReportData` (the rows of
:func:`app.services.casework.cases.overdue`); it never queries the database.
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from reportlab.platypus import Flowable

from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    SEVERITY_LABELS,
    FindingStatus,
    Severity,
)
from app.dossier.document import ALERT, CONTENT_WIDTH
from app.dossier.model import BuildOutcome, DossierOptions, Progress
from app.dossier.paragraph import Para
from app.dossier.report_base import ReportBuilder

if TYPE_CHECKING:
    from app.dossier.report_data import OverdueReportData
    from app.readmodel.lists import OverdueRow


def build_overdue_report(
    data: OverdueReportData,
    target: str | IO[bytes],
    options: DossierOptions,
    *,
    progress: Progress | None = None,
) -> BuildOutcome:
    """Write the overdue report to ``target``; returns the page count and the warnings."""
    return _OverdueReport(data, options, progress).build(target)


class _OverdueReport(ReportBuilder):
    def __init__(
        self, data: OverdueReportData, options: DossierOptions, progress: Progress | None
    ) -> None:
        super().__init__(options, progress)
        self.data = data

    def build(self, target: str | IO[bytes]) -> BuildOutcome:
        d = self.data
        scope = d.province(d.scope, self.lang) if d.scope else self.r("all_provinces")
        title = self.r("overdue_title")
        story: list[Flowable] = self.title_block(
            title,
            [
                (self.r("scope"), scope),
                (self.t("as_of"), d.as_of.isoformat()),
                (self.r("total"), self.r("overdue_total", n=len(d.rows))),
                *self.generated(),
            ],
        )
        if not d.rows:
            story.append(self.p(self.m(self.r("no_overdue"))))
        by_province: dict[str, list[OverdueRow]] = {}
        for r in d.rows:
            by_province.setdefault(r.province_code, []).append(r)
        for code in sorted(by_province):
            rows = by_province[code]
            name = d.province(code, self.lang)
            story.append(self.heading(self.r("province_overdue", province=name, n=len(rows)), 1))
            story.extend(self.tabled(self.rows(rows), self.widths()))
        return self.layout(
            story,
            target,
            header_left=f"{title}  {scope}  {d.as_of.isoformat()}",
            title=f"{title} {scope} {d.as_of.isoformat()}",
            subject=self.r("overdue_subject"),
        )

    def widths(self) -> list[float]:
        w = CONTENT_WIDTH
        return [0.16 * w, 0.17 * w, 0.06 * w, 0.1 * w, 0.25 * w, 0.11 * w, 0.15 * w]

    def rows(self, rows: list[OverdueRow]) -> list[list[Any]]:
        out: list[list[Any]] = [
            [
                self.rhead("case"),
                self.rhead("company"),
                self.rhead("item"),
                self.rhead("severity"),
                self.rhead("description"),
                self.rhead("deadline"),
                self.rhead("days_overdue"),
            ]
        ]
        alert = ALERT.hexval()
        for r in rows:
            status = FINDING_STATUS_LABELS[FindingStatus(r.status)][self.lang]
            days = self.m(self.r("overdue_days", n=r.days_overdue))
            out.append(
                [
                    self.cell(f"{r.case_number} #{r.finding_number}"),
                    self.cell(self.pick(r.company, self.data.company_en.get(r.case_number))),
                    self.cell(r.item_code),
                    self.cell(SEVERITY_LABELS[Severity(r.severity)][self.lang]),
                    self.cell(r.description),
                    self.cell(self.day(r.current_deadline)),
                    Para(
                        f'<font color="{alert}">{days}</font><br/>{self.m(status)}',
                        self.styles.small,
                    ),
                ]
            )
        return out
