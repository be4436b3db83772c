"""The record sections of the case dossier: cover, contents, overview, company, summons,
chronology and the assessment reports with their reviews."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.domain.review import conclusion_label
from app.dossier.contents import contents
from app.dossier.document import CONTENT_WIDTH
from app.dossier.sections.base import CaseBase
from app.text import aside, listed
from app.text.chronology import chronology_text


class RecordSections(CaseBase):
    def cover(self) -> list[Flowable]:
        d, c = self.d, self.d.company
        rows: list[tuple[str, object]] = [
            ("case_number", d.case_number),
            ("company_zh", c.name_zh),
            ("company_en", c.name_en or "—"),
            ("credit_code", c.credit_code),
            ("province", self.pick(d.province_zh, d.province_en)),
            ("office", self.opt.office),
            ("marking", self.opt.marking),
            ("status", STATUS_LABELS[CaseStatus(d.status)][self.lang]),
            ("as_of", self.day(d.as_of)),
            ("generated_on", self.opt.generated_at.strftime("%Y-%m-%d %H:%M")),
            ("generated_by", self.opt.generated_by or "—"),
        ]
        return [
            self.heading(self.t("cover"), 0, in_toc=False),
            Spacer(1, 30 * mm),
            self.p(self.m(self.opt.office), self.styles.subtitle),
            Spacer(1, 8 * mm),
            self.p(self.m(self.t("title")), self.styles.title),
            self.p(self.m(d.case_number), self.styles.subtitle),
            Spacer(1, 4 * mm),
            self.p(self.m(self.pick(c.name_zh, c.name_en)), self.styles.subtitle),
            Spacer(1, 22 * mm),
            *self.kv(rows),
        ]

    def contents(self) -> list[Flowable]:
        return [
            PageBreak(),
            self.heading(self.t("contents"), 0, in_toc=False),
            contents(self.styles),
        ]

    def overview(self) -> list[Flowable]:
        d = self.d
        out = self.section("overview")
        out.extend(
            self.kv(
                [
                    ("case_number", d.case_number),
                    ("status", STATUS_LABELS[CaseStatus(d.status)][self.lang]),
                    ("province", self.pick(d.province_zh, d.province_en)),
                    ("opened_on", self.day(d.opened_on)),
                    ("closed_on", self.day(d.closed_on)),
                    (
                        "officials",
                        listed(d.officials, self.lang),
                    ),
                    ("outcome", d.outcome or "—"),
                    ("closing_note", d.closing_note or "—"),
                ]
            )
        )
        out.append(self.p(self.m(self.t("status_changes")), self.styles.h3))
        rows: list[list[Any]] = [
            [self.head("date"), self.head("change"), self.head("by"), self.head("note")]
        ]
        for s in d.status_changes:
            before = STATUS_LABELS[CaseStatus(s.from_status)][self.lang] if s.from_status else "—"
            after = STATUS_LABELS[CaseStatus(s.to_status)][self.lang]
            rows.append(
                [
                    self.cell(self.day(s.changed_on)),
                    self.cell(f"{before} → {after}"),
                    self.cell(s.changed_by),
                    self.cell(s.note),
                ]
            )
        w = CONTENT_WIDTH
        out.extend(self.tabled(rows, [0.16 * w, 0.3 * w, 0.16 * w, 0.38 * w]))
        return out

    def company(self) -> list[Flowable]:
        c = self.d.company
        rows: list[tuple[str, object]] = [
            ("company_zh", c.name_zh),
            ("company_en", c.name_en or "—"),
            ("short_name", c.short_name or "—"),
            ("credit_code", c.credit_code),
            ("province", self.pick(self.d.province_zh, self.d.province_en)),
            ("address", c.address or "—"),
            ("legal_representative", c.legal_representative or "—"),
            ("contact", c.contact_name or "—"),
            ("contact_phone", c.contact_phone or "—"),
            ("contact_email", c.contact_email or "—"),
        ]
        if c.is_demo:
            rows.append(("demo_data", self.t("yes")))
        return [*self.section("company"), *self.kv(rows)]

    def summons(self) -> list[Flowable]:
        out = self.section("summons")
        s = self.d.summons
        if not s:
            return [*out, self.note("no_summons")]
        attended = s.attended
        out.extend(
            self.kv(
                [
                    ("held_on", self.day(s.held_on)),
                    ("place", s.place),
                    ("convening_agencies", listed(map(str, s.agencies), self.lang)),
                    ("topic", s.topic),
                    ("requirements", s.requirements),
                    ("companies_summoned", listed(map(str, s.companies), self.lang)),
                    ("attended", "—" if attended is None else self.t("yes" if attended else "no")),
                    ("attendees", s.attendees or "—"),
                    ("commitments", s.commitments or "—"),
                ]
            )
        )
        return out

    def chronology(self) -> list[Flowable]:
        out = self.section("chronology")
        if not self.d.chronology:
            return [*out, self.note("no_events")]
        rows: list[list[Any]] = [[self.head("date"), self.head("event")]]
        for e in self.d.chronology:
            rows.append([self.cell(self.day(e.on)), self.cell(chronology_text(e, self.lang))])
        out.extend(self.tabled(rows, [0.16 * CONTENT_WIDTH, 0.84 * CONTENT_WIDTH]))
        return out

    def reports(self) -> list[Flowable]:
        out = self.section("reports")
        if not self.d.reports:
            return [*out, self.note("no_reports")]
        w = CONTENT_WIDTH
        for n, r in enumerate(self.d.reports, 1):
            trigger = self.pick(r.trigger_zh, r.trigger_en)
            out.append(
                self.heading(
                    self.t("report_heading", n=n, code=r.trigger_code, trigger=trigger),
                    1,
                )
            )
            due = self.day(r.due_date) + (
                self.t("provisional") if r.due_provisional and r.due_date else ""
            )
            received = self.day(r.received_on) if r.received_on else self.t("not_received")
            if r.late:
                received = aside(received, self.t("filed_late"), self.lang)
            if r.overdue:
                received = aside(received, self.t("report_overdue"), self.lang)
            out.extend(
                self.kv(
                    [
                        ("trigger", f"{r.trigger_code} {trigger}"),
                        ("service", r.service or "—"),
                        ("event_date", self.day(r.event_date)),
                        ("planned_launch", self.day(r.planned_launch)),
                        ("due_date", due),
                        ("received_on", received),
                        ("receiving_agency", r.receiving_agency or "—"),
                        ("version", r.report_version),
                        ("summary", r.summary or "—"),
                    ]
                )
            )
            out.append(self.p(self.m(self.t("reviews")), self.styles.h3))
            if not r.reviews:
                out.append(self.note("no_reviews"))
                continue
            rows: list[list[Any]] = [
                [
                    self.head("agency"),
                    self.head("reviewer"),
                    self.head("date"),
                    self.head("conclusion"),
                    self.head("notes"),
                ]
            ]
            for v in r.reviews:
                rows.append(
                    [
                        self.cell(v.agency),
                        self.cell(v.reviewer),
                        self.cell(self.day(v.reviewed_on)),
                        self.cell(conclusion_label(v.conclusion, self.lang)),
                        self.cell(v.notes),
                    ]
                )
            out.extend(self.tabled(rows, [0.2 * w, 0.14 * w, 0.13 * w, 0.15 * w, 0.38 * w]))
        return out
