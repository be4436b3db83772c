"""The province report: one province's cases, their status, overdue findings and coming deadlines.

Fed :class:`~app.dossier.report_data.ProvinceReportData` by the services; it
never queries the database.  Laid out like the dossier (header, "page N of M",
bookmarks, metadata), with bar charts drawn in the dossier font.
"""

from __future__ import annotations

from collections import Counter
from typing import IO, TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.domain.finding_lifecycle import (
    FINDING_STATUS_LABELS,
    SEVERITY_LABELS,
    FindingStatus,
    Severity,
)
from app.dossier.charts import bar_chart
from app.dossier.document import ALERT, CONTENT_WIDTH
from app.dossier.model import BuildOutcome, DossierOptions, Progress
from app.dossier.paragraph import Para
from app.dossier.report_base import ReportBuilder
from app.text import aside

if TYPE_CHECKING:
    from app.dossier.report_data import ProvinceReportData
    from app.readmodel.dashboard import DeadlineRow

TOP_COMPANIES = 10
CHART_HEIGHT = 62 * mm


def build_province_report(
    data: ProvinceReportData,
    target: str | IO[bytes],
    options: DossierOptions,
    *,
    progress: Progress | None = None,
) -> BuildOutcome:
    """Write the report of one province to ``target``; returns the page count and the warnings."""
    return _ProvinceReport(data, options, progress).build(target)


class _ProvinceReport(ReportBuilder):
    def __init__(
        self, data: ProvinceReportData, options: DossierOptions, progress: Progress | None
    ) -> None:
        super().__init__(options, progress)
        self.data = data

    def build(self, target: str | IO[bytes]) -> BuildOutcome:
        d = self.data
        title = f"{self.r('province_title')} — {d.name(self.lang)}"
        story: list[Flowable] = [
            *self.title_block(
                title,
                [
                    (
                        self.t("province"),
                        aside(d.name(self.lang), d.code, self.lang),
                    ),
                    (self.t("as_of"), d.as_of.isoformat()),
                    *self.generated(),
                ],
            ),
            *self.summary(),
            *self.charts(),
            *self.case_list(),
            *self.overdue(),
            *self.due_soon(),
        ]
        return self.layout(
            story,
            target,
            header_left=f"{self.r('province_title')}  {d.name(self.lang)}  {d.as_of.isoformat()}",
            title=title,
            subject=self.r("province_subject"),
        )

    def status_name(self, status: str) -> str:
        return STATUS_LABELS[CaseStatus(status)][self.lang]

    def company(self, zh: str, en: str | None) -> str:
        return str(self.pick(zh, en))

    def summary(self) -> list[Flowable]:
        d = self.data
        rows: list[list[Any]] = [[self.rhead("status"), self.rhead("count")]]
        for status in CaseStatus:
            rows.append(
                [
                    self.cell(self.status_name(status)),
                    self.cell(d.status_counts.get(status.value, 0)),
                ]
            )
        rows.append([self.cell(self.r("total")), self.cell(sum(d.status_counts.values()))])
        figures: list[list[Any]] = [
            [self.cell(self.r("overdue_findings")), self.cell(len(d.overdue))],
            [self.cell(self.r("due_30")), self.cell(len(d.due_soon))],
        ]
        w = CONTENT_WIDTH
        return [
            self.heading(self.r("summary"), 1),
            *self.tabled(rows, [0.4 * w, 0.2 * w]),
            Spacer(1, 3 * mm),
            *self.tabled(figures, [0.4 * w, 0.2 * w], header=False, label_column=True),
        ]

    def charts(self) -> list[Flowable]:
        d = self.data
        statuses = list(CaseStatus)
        by_status = bar_chart(
            [self.status_name(s) for s in statuses],
            [d.status_counts.get(s.value, 0) for s in statuses],
            width=CONTENT_WIDTH,
            height=CHART_HEIGHT,
            title=self.r("chart_status"),
            empty=self.r("chart_empty"),
        )
        per_company = Counter(self.company(r.company, r.company_en) for r in d.overdue)
        top = per_company.most_common(TOP_COMPANIES)
        by_company = bar_chart(
            [self.clean.plain(name) for name, _n in top],
            [n for _name, n in top],
            width=CONTENT_WIDTH,
            height=CHART_HEIGHT + 15 * mm,
            title=self.r("chart_overdue", n=TOP_COMPANIES),
            empty=self.r("chart_empty"),
        )
        return [
            PageBreak(),
            self.heading(self.r("charts"), 1),
            KeepTogether([by_status]),
            Spacer(1, 8 * mm),
            KeepTogether([by_company]),
        ]

    def case_list(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [PageBreak(), self.heading(self.r("case_list"), 1)]
        if not d.cases:
            return [*out, self.p(self.m(self.r("no_cases")))]
        rows: list[list[Any]] = [
            [
                self.rhead("case"),
                self.rhead("company"),
                self.rhead("status"),
                self.rhead("opened_on"),
                self.rhead("open_findings"),
                self.rhead("overdue_findings"),
                self.rhead("next_deadline"),
            ]
        ]
        for c in d.cases:
            overdue = c.overdue_findings
            rows.append(
                [
                    self.cell(c.case_number),
                    self.cell(self.company(c.company, c.company_en)),
                    self.cell(self.status_name(c.status)),
                    self.cell(self.day(c.opened_on)),
                    self.cell(c.open_findings),
                    self._alert(str(overdue)) if overdue else self.cell(0),
                    self.cell(self.day(c.next_deadline)),
                ]
            )
        w = CONTENT_WIDTH
        out.extend(
            self.tabled(rows, [0.15 * w, 0.3 * w, 0.12 * w, 0.12 * w, 0.09 * w, 0.09 * w, 0.13 * w])
        )
        return out

    def _alert(self, text: str) -> Para:
        return Para(f'<font color="{ALERT.hexval()}">{self.m(text)}</font>', self.styles.small)

    def _finding_rows(self, rows: list[DeadlineRow], *, overdue: bool) -> list[list[Any]]:
        last = "days_overdue" if overdue else "days_left"
        out: list[list[Any]] = [
            [
                self.rhead("case"),
                self.rhead("item"),
                self.rhead("severity"),
                self.rhead("description"),
                self.rhead("status"),
                self.rhead("deadline"),
                self.rhead(last),
            ]
        ]
        for r in rows:
            if overdue:
                days: Any = self._alert(self.r("overdue_days", n=r.days_overdue))
            else:
                days = self.cell(
                    self.r("days_left_n", n=r.days_left) if r.days_left else self.r("today")
                )
            out.append(
                [
                    self.cell(f"{r.case_number} #{r.finding_number}"),
                    self.cell(r.item_code),
                    self.cell(SEVERITY_LABELS[Severity(r.severity)][self.lang]),
                    self.cell(r.description),
                    self.cell(FINDING_STATUS_LABELS[FindingStatus(r.status)][self.lang]),
                    self.cell(self.day(r.current_deadline)),
                    days,
                ]
            )
        return out

    def _finding_widths(self) -> list[float]:
        w = CONTENT_WIDTH
        return [0.17 * w, 0.06 * w, 0.1 * w, 0.31 * w, 0.12 * w, 0.12 * w, 0.12 * w]

    def overdue(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [PageBreak(), self.heading(self.r("overdue_by_company"), 1)]
        if not d.overdue:
            return [*out, self.p(self.m(self.r("no_overdue")))]
        groups: dict[str, list[DeadlineRow]] = {}
        for r in d.overdue:
            groups.setdefault(self.company(r.company, r.company_en), []).append(r)
        # the company with the most overdue findings first, then by name
        for name, rows in sorted(groups.items(), key=lambda g: (-len(g[1]), g[0])):
            out.append(
                self.p(self.m(self.r("company_overdue", company=name, n=len(rows))), self.styles.h3)
            )
            out.extend(self.tabled(self._finding_rows(rows, overdue=True), self._finding_widths()))
        return out

    def due_soon(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [Spacer(1, 6 * mm), self.heading(self.r("due_30"), 1)]
        if not d.due_soon:
            return [*out, self.p(self.m(self.r("no_due")))]
        out.extend(
            self.tabled(self._finding_rows(d.due_soon, overdue=False), self._finding_widths())
        )
        return out
