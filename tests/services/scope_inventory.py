"""Every public function of app.services, with how the scope matrix calls it (or why not).

Four kinds of entry:

* :class:`Write` -- a use case that changes records.  The role table
  (``permissions.PERMISSIONS[role]`` has ``action``; ``None``: every role) decides
  allowed or refused; an actor who does not see Zhejiang is refused with
  ``out_of_scope`` on a Zhejiang record and nothing is written.  ``scope``:
  "record" (a Zhejiang record), "office" (users, settings, calendar: no province,
  only the role counts) or "every" (only an actor seeing every province may).
* :class:`Lookup` -- a read of one named Zhejiang record: out of scope it is
  "not found or not permitted" (``code``).
* :class:`Listing` -- a read of many records, called with a province to narrow to
  (or ``None``): it never shows a record outside the actor's scope.
* :class:`Exempt` -- not a use case an official calls (pure helpers, building
  blocks used inside a use case's transaction, reference data), with the reason.

A name may carry a variant in brackets ("cases.change_status[closed]").
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.db.migrate import open_database
from app.domain.credit_code import make_credit_code
from app.services.casework import case_paging, cases, history, summons, summons_list
from app.services.exchange import conflicts, import_
from app.services.exchange.export import export_package
from app.services.exports import dossier_export, dossier_verify, export_data, report_exports
from app.services.overview import calendar, dashboard, deadline_calendar, reminders, search
from app.services.rectification import attachments, findings, inspection_list, inspections, reports
from app.services.registry import companies, company_edit, settings, users
from app.services.safekeeping import maintenance
from app.services.seed.demo import load_demo
from app.services.support.context import Actor
from tests.services.scope_world import ADMIN, BJ, TODAY, ZJ, World, file_text

Call = Callable[[World, Actor], Any]
ListCall = Callable[[World, Actor, "str | None"], Any]


@dataclass(frozen=True)
class Write:
    action: str | None
    call: Call
    out_of_scope: str = "case.not_found"
    setup: Callable[[World], None] | None = None
    scope: str = "record"  # record | office | every


@dataclass(frozen=True)
class Lookup:
    call: Call
    code: str
    writes: bool = False  # records the read (an export's audit event): on a private copy


@dataclass(frozen=True)
class Listing:
    call: ListCall
    same_as_admin: bool = True  # equal to what an all-provinces admin gets for that province
    shows_zj: bool = True  # a Zhejiang official's result names a Zhejiang case
    writes: bool = False


@dataclass(frozen=True)
class Exempt:
    reason: str


Entry = Write | Lookup | Listing | Exempt

PURE = "pure helper: no database, no records"
IN_SESSION = (
    "building block run inside a use case's transaction (takes a Session): "
    "the use cases calling it check role and scope and are in this matrix"
)
ROWS = "builds a query or a search document from a row; reads nothing itself"
FILES = "file-store helper: hashes and copies bytes, knows no records"
OFFICE = "office-wide reference data with no province (no actor needed to read it)"


def _provinces(province: str | None) -> frozenset[str] | None:
    return None if province is None else frozenset({province})


# --- set-up steps (run as an all-provinces admin before the actor's call) -----------------


def _submitted(world: World) -> None:
    findings.submit_rectification(
        world.db, ADMIN, world.zj_case2, 4, evidence="已整改", submitted_on="2026-11-20"
    )


def _closed(world: World) -> None:
    findings.waive_finding(world.db, ADMIN, world.zj_case, 3, reason="不再适用", waived_on=TODAY)
    cases.change_status(world.db, ADMIN, world.zj_case, "closed", outcome="整改完毕", on=TODAY)


def _resolved(world: World) -> None:
    findings.waive_finding(world.db, ADMIN, world.zj_case, 3, reason="不再适用", waived_on=TODAY)


def _awaited_report(world: World) -> None:
    world.extra["report"] = reports.add_report(
        world.db, ADMIN, world.zj_case2, reports.ReportInput("T3", event_date="2026-11-01")
    )


def _reminders(world: World) -> None:
    found = reminders.due_reminders(world.db, ADMIN, as_of=TODAY, provinces=frozenset({ZJ}))
    assert found, "the demo has a reminder due in Zhejiang"
    world.extra["reminders"] = found


def _import_file(world: World) -> Path:
    path = world.tmp / "companies.csv"
    code = make_credit_code("91330106MA0MATRX0")
    path.write_text(f"credit_code,name_zh,province\n{code},杭州矩阵科技有限公司,{ZJ}\n", "utf-8")
    return path


def _evidence(world: World) -> Path:
    path = world.tmp / "evidence.txt"
    path.write_text("整改证明", encoding="utf-8")
    return path


def _pdf(world: World, name: str, write: Callable[[Path], Any]) -> str:
    target = world.tmp / name
    write(target)
    return file_text(target)


def _load_demo_into_a_new_database(world: World, actor: Actor) -> Any:
    empty = open_database(str(world.tmp / f"empty-{uuid.uuid4().hex}.sqlite3"))
    try:
        return load_demo(empty, actor, today=TODAY)
    finally:
        empty.dispose()


def _package(world: World, actor: Actor, **selection: Any) -> str:
    target = world.tmp / "package.zip"
    export_package(world.db, actor, target, **selection)
    return file_text(target)


def _verified(world: World, actor: Actor) -> Any:
    """A Zhejiang dossier (exported by an admin) checked against the records by ``actor``."""
    target = world.tmp / "to-verify.pdf"
    dossier_export.export_dossier(world.db, ADMIN, world.zj_case, target, as_of=TODAY)
    return dossier_verify.verify_dossier(target, world.db, actor)


def _finding_input() -> findings.FindingInput:
    return findings.FindingInput("A2", "medium", "日志留存不足", "2026-11-20", period=10)


INVENTORY: dict[str, Entry] = {
    # --- attachments -----------------------------------------------------------------------
    "rectification.attachments.add_attachment": Write(
        "attachment.add",
        lambda w, a: attachments.add_attachment(w.db, a, w.zj_case, _evidence(w)),
    ),
    "rectification.attachments.copy_store": Exempt(FILES),
    "rectification.attachments.file_hash": Exempt(FILES),
    "rectification.attachments.relative_path": Exempt(FILES),
    "rectification.attachments.stored_file": Exempt(FILES),
    "rectification.attachments.max_bytes": Exempt(OFFICE + " (the attachment size limit)"),
    "rectification.attachments.cache_root": Exempt(FILES),
    "rectification.attachments.in_database": Exempt(
        FILES + " (where the files of a database are kept)"
    ),
    # --- audit -----------------------------------------------------------------------------
    "support.audit.case_head_hash": Exempt(IN_SESSION),
    "support.audit.chain_fault": Exempt(PURE),
    "support.audit.diff": Exempt(PURE),
    "support.audit.event_hash": Exempt(PURE),
    "support.audit.hash_of": Exempt(PURE),
    "support.audit.record": Exempt(IN_SESSION),
    "support.audit.record_many": Exempt(IN_SESSION),
    "support.audit.record_columns": Exempt(PURE),
    "support.audit.record_fields": Exempt(PURE),
    "support.audit.snapshot": Exempt(PURE),
    "support.audit.to_json_value": Exempt(PURE),
    "support.audit.verify_chain": Exempt(
        "checks the whole chain; reports counts, hashes and an event number, no record content"
    ),
    # --- calendar --------------------------------------------------------------------------
    "overview.calendar.calendar_entries": Exempt(OFFICE + " (working-day calendar)"),
    "overview.calendar.deadline": Exempt(OFFICE + " (working-day arithmetic)"),
    "overview.calendar.load_calendar": Exempt(IN_SESSION),
    "overview.calendar.set_calendar_day": Write(
        "calendar.set",
        lambda w, a: calendar.set_calendar_day(w.db, a, date(2099, 1, 5), False, "调休"),
        scope="office",
    ),
    # --- the cases list, one page at a time ------------------------------------------------
    "casework.case_paging.count_cases": Listing(
        lambda w, a, p: case_paging.count_cases(
            w.db, a, case_paging.CaseQuery(provinces=_provinces(p)), as_of=TODAY
        ),
        shows_zj=False,
    ),
    "casework.case_paging.list_cases_page": Listing(
        lambda w, a, p: case_paging.list_cases_page(
            w.db, a, case_paging.CaseQuery(provinces=_provinces(p), sort_key="overdue"), as_of=TODAY
        )
    ),
    # --- cases -----------------------------------------------------------------------------
    "casework.cases.advance_if_allowed": Exempt(IN_SESSION),
    "casework.cases.case_id_for": Lookup(
        lambda w, a: cases.case_id_for(w.db, a, w.zj_case), "case.not_found"
    ),
    "casework.cases.change_status": Write(
        "case.status", lambda w, a: cases.change_status(w.db, a, w.zj_case, "inspection", on=TODAY)
    ),
    "casework.cases.change_status[closed]": Write(
        "case.close",
        lambda w, a: cases.change_status(
            w.db, a, w.zj_case, "closed", outcome="整改完毕", on=TODAY
        ),
        setup=_resolved,
    ),
    "casework.cases.change_status[reopen]": Write(
        "case.reopen",
        lambda w, a: cases.change_status(w.db, a, w.zj_case, "under_review", note="更正", on=TODAY),
        setup=_closed,
    ),
    "casework.case_record.chronology": Exempt(
        PURE + " (orders the events of a CaseDetail already read)"
    ),
    "casework.case_record.detail": Exempt(
        IN_SESSION + " (a case cases.show_case has already read within the actor's scope)"
    ),
    "casework.cases.ensure_open": Exempt(IN_SESSION),
    "casework.case_record.finding_view": Exempt(
        PURE + " (a Finding row already read, as plain data)"
    ),
    "casework.cases.list_cases": Listing(
        lambda w, a, p: cases.list_cases(w.db, a, province=p, as_of=TODAY)
    ),
    "casework.cases.open_case": Write(
        "case.open",
        lambda w, a: cases.open_case(w.db, a, w.zj_company, opened_on=TODAY),
        out_of_scope="company.not_found",
    ),
    "casework.cases.open_case_in_session": Exempt(IN_SESSION),
    "casework.cases.overdue": Listing(
        lambda w, a, p: cases.overdue(w.db, a, as_of=TODAY, province=p)
    ),
    "casework.cases.show_case": Lookup(
        lambda w, a: cases.show_case(w.db, a, w.zj_case, as_of=TODAY), "case.not_found"
    ),
    "casework.cases.touch": Exempt(IN_SESSION),
    "casework.cases.transition_in_session": Exempt(IN_SESSION),
    # --- common ----------------------------------------------------------------------------
    "support.common.as_date": Exempt(PURE),
    "support.common.choice": Exempt(PURE),
    "support.common.clean_text": Exempt(PURE),
    "support.common.filter_text": Exempt(PURE),
    "support.common.findable": Exempt(PURE),
    "support.common.get_case": Exempt(IN_SESSION + "; it is where the case scope is applied"),
    "support.common.item_codes": Exempt(IN_SESSION),
    "support.common.need_date": Exempt(PURE),
    "support.common.normalize_case_number": Exempt(PURE),
    "support.common.optional_text": Exempt(PURE),
    "support.common.resolve_item": Exempt(IN_SESSION),
    "support.common.resolve_province": Exempt(IN_SESSION),
    # --- companies -------------------------------------------------------------------------
    "registry.companies.create_company": Write(
        "company.create",
        lambda w, a: companies.create_company(
            w.db,
            a,
            companies.CompanyInput(
                make_credit_code("91330106MA0NEWC00"), "杭州新设科技有限公司", ZJ
            ),
        ),
        out_of_scope="scope.forbidden",
    ),
    "registry.companies.find_company": Exempt(IN_SESSION),
    "registry.companies.duplicate_refusal": Exempt(PURE + " (the error to raise)"),
    "registry.companies.import_companies": Write(
        "company.import",
        lambda w, a: companies.import_companies(w.db, a, _import_file(w)),
        out_of_scope="import.rejected",
    ),
    "registry.companies.list_companies": Listing(
        lambda w, a, p: companies.list_companies(w.db, a, province=p)
    ),
    "registry.companies.preview_import": Exempt(
        "reads a file and checks it as import_companies does for the same actor; nothing "
        "is written (import_companies is in the matrix; tests/services/test_lookup_scope.py)"
    ),
    "registry.companies.sees_company": Exempt(PURE + " (the scope rule of companies, on one)"),
    "registry.companies.visible": Exempt(
        PURE + " (the scope rule of companies, as an SQL condition)"
    ),
    "registry.table_files.read_table": Exempt(PURE + " (parses a file)"),
    "registry.companies.validated_values": Exempt(IN_SESSION),
    # --- company_edit ----------------------------------------------------------------------
    "registry.company_edit.company_cases": Listing(
        # No province asked: the company of the actor's own province.
        lambda w, a, p: company_edit.company_cases(
            w.db, a, w.bj_company if (p or min(a.provinces)) == BJ else w.zj_company
        ),
        same_as_admin=False,
    ),
    "registry.company_edit.get_company": Lookup(
        lambda w, a: company_edit.get_company(w.db, a, w.zj_company), "company.not_found"
    ),
    "registry.company_edit.update_company": Write(
        "company.edit",
        lambda w, a: company_edit.update_company(
            w.db,
            a,
            w.zj_company,
            companies.CompanyInput(
                w.zj_company, "阿里巴巴（演示）网络技术有限公司", ZJ, address="杭州市余杭区"
            ),
        ),
        out_of_scope="company.not_found",
    ),
    # --- context ---------------------------------------------------------------------------
    "support.context.local_actor": Exempt("makes the actor of a workstation without accounts"),
    # --- dashboard -------------------------------------------------------------------------
    "overview.dashboard.dashboard": Listing(
        lambda w, a, p: dashboard.dashboard(w.db, a, provinces=_provinces(p), as_of=TODAY)
    ),
    "overview.dashboard.short_province_names": Exempt(PURE),
    # --- deadline calendar -----------------------------------------------------------------
    "overview.deadline_calendar.deadlines_between": Listing(
        lambda w, a, p: deadline_calendar.deadlines_between(
            w.db, a, date(2021, 1, 1), date(2027, 12, 31), provinces=_provinces(p), as_of=TODAY
        )
    ),
    "overview.deadline_calendar.deadlines_in_month": Listing(
        lambda w, a, p: deadline_calendar.deadlines_in_month(
            w.db,
            a,
            w.zj_deadline.year,
            w.zj_deadline.month,
            provinces=_provinces(p),
            as_of=TODAY,
        ),
        shows_zj=False,  # counts per day, no names: compared with the admin's counts instead
    ),
    "overview.deadline_calendar.holiday_label": Exempt(PURE),
    "overview.deadline_calendar.is_official_year": Exempt(OFFICE),
    "overview.deadline_calendar.official_calendar": Exempt(OFFICE),
    "overview.deadline_calendar.official_years": Exempt(OFFICE),
    # --- demo ------------------------------------------------------------------------------
    "seed.demo.legal_basis": Exempt(PURE),
    "seed.demo.load_demo": Write(
        "demo.load",
        _load_demo_into_a_new_database,
        out_of_scope="scope.every_province",
        scope="every",
    ),
    "seed.demo_data.read_demo_data": Exempt(
        "reads and checks the demo's data files (resources/demo): no database, no records"
    ),
    # --- dossier ---------------------------------------------------------------------------
    "exports.dossier_facts.audit_head": Exempt(IN_SESSION),
    "exports.dossier_facts.collect_facts": Exempt(IN_SESSION),
    "exports.dossier_facts.facts_dict": Exempt(PURE),
    "exports.dossier_verify.compare": Exempt(
        "the comparison step of verify_dossier (in the matrix), given facts read from a file"
    ),
    "exports.dossier_verify.describe": Exempt(PURE),
    "exports.dossier_verify.verify_dossier": Lookup(
        lambda w, a: _verified(w, a),
        "case.not_found",
    ),
    "exports.dossier_export.bundle_name": Exempt(PURE),
    "exports.dossier_export.export_dossier": Lookup(
        lambda w, a: (
            _pdf(
                w,
                "dossier.pdf",
                lambda t: dossier_export.export_dossier(
                    w.db, a, w.zj_case, t, lang="zh", as_of=TODAY, with_files=w.tmp / "bundle.zip"
                ),
            )
            + file_text(w.tmp / "bundle.zip")
        ),
        "case.not_found",
    ),
    "exports.excel_exports.column_widths": Exempt(PURE),
    "exports.excel_exports.display_width": Exempt(PURE),
    "exports.excel_exports.write_workbook": Exempt(PURE + " (writes the rows it is given)"),
    # --- findings --------------------------------------------------------------------------
    "rectification.findings.add_finding": Write(
        "finding.add", lambda w, a: findings.add_finding(w.db, a, w.zj_case, _finding_input())
    ),
    "rectification.findings.get_finding": Lookup(
        lambda w, a: findings.get_finding(w.db, a, w.zj_case, 3, as_of=TODAY), "case.not_found"
    ),
    "rectification.findings.update_finding": Write(
        "finding.edit",
        lambda w, a: findings.update_finding(
            w.db,
            a,
            w.zj_case,
            3,
            findings.FindingEdit("A2", "high", "日志留存不足（更正）"),
        ),
    ),
    "rectification.findings.extend_deadline": Write(
        "finding.extend",
        lambda w, a: findings.extend_deadline(
            w.db,
            a,
            w.zj_case,
            3,
            new_deadline="2027-01-31",
            reason="企业申请延期",
            approver="督导",
            approved_on=TODAY,
        ),
    ),
    "rectification.findings.reject_rectification": Write(
        "finding.reject",
        lambda w, a: findings.reject_rectification(w.db, a, w.zj_case2, 4),
        setup=_submitted,
    ),
    "rectification.findings.submit_rectification": Write(
        "finding.submit",
        lambda w, a: findings.submit_rectification(
            w.db, a, w.zj_case2, 4, evidence="整改报告", submitted_on=TODAY
        ),
    ),
    "rectification.findings.verify_finding": Write(
        "finding.verify",
        lambda w, a: findings.verify_finding(w.db, a, w.zj_case2, 4, verified_on=TODAY),
        setup=_submitted,
    ),
    "rectification.findings.waive_finding": Write(
        "finding.waive",
        lambda w, a: findings.waive_finding(
            w.db, a, w.zj_case, 3, reason="已不适用", waived_on=TODAY
        ),
    ),
    # --- history ---------------------------------------------------------------------------
    "casework.history.case_history": Lookup(
        lambda w, a: history.case_history(w.db, a, w.zj_case), "case.not_found"
    ),
    # --- inspections -----------------------------------------------------------------------
    "rectification.inspection_list.inspection_files": Lookup(
        lambda w, a: inspection_list.inspection_files(w.db, a, w.zj_inspection),
        "inspection.not_found",
    ),
    "rectification.inspection_list.inspection_saved_at": Lookup(
        lambda w, a: inspection_list.inspection_saved_at(w.db, a, w.zj_inspection),
        "inspection.not_found",
    ),
    "rectification.inspection_list.list_inspections": Listing(
        lambda w, a, p: inspection_list.list_inspections(
            w.db, a, provinces=_provinces(p), as_of=TODAY
        )
    ),
    "rectification.inspections.record_inspection": Write(
        "inspection.record",
        lambda w, a: inspections.record_inspection(
            w.db,
            a,
            w.zj_inspection,
            inspections.InspectionRecord({"A2": ("compliant", "日志已留存")}, notes="补充记录"),
        ),
        out_of_scope="inspection.not_found",
    ),
    "rectification.inspections.schedule_inspection": Write(
        "inspection.schedule",
        lambda w, a: inspections.schedule_inspection(
            w.db, a, w.zj_case, inspections.InspectionInput("2026-12-01", "杭州市余杭区文一西路")
        ),
    ),
    # --- maintenance -----------------------------------------------------------------------
    "safekeeping.maintenance.audit_problem": Exempt(PURE),
    "safekeeping.backup.backup": Write(
        "database.backup",
        lambda w, a: maintenance.backup(w.db, w.tmp / "backup.zip", actor=a),
        out_of_scope="scope.every_province",
        scope="every",
    ),
    "safekeeping.maintenance.check": Exempt(
        "the integrity check of the whole file: names a damaged record by number only"
    ),
    "safekeeping.restore.restore": Exempt(
        "unpacks a backup into a new file before any database is opened (no records read)"
    ),
    "safekeeping.backup_format.open_backup": Exempt(
        "reads and checks a backup zip; no database, no records"
    ),
    "support.atomic.atomic_write": Exempt(FILES),
    "support.atomic.write_bytes": Exempt(FILES),
    "support.atomic.staged": Exempt(FILES),
    "support.atomic.publish": Exempt(FILES),
    "support.atomic.sweep": Exempt(FILES),
    # --- record digests and versions (building blocks) ------------------------------------
    "safekeeping.record_audit.case_mismatches": Exempt(IN_SESSION),
    "safekeeping.record_audit_fold.read_events": Exempt(IN_SESSION),
    "safekeeping.record_audit.records_differing_from_audit": Exempt(
        "part of the integrity check of the whole file (maintenance.check): names a record "
        "by its type, case number and field names, never a value"
    ),
    "exports.record_digest.canonical": Exempt(PURE),
    "exports.record_digest.case_records": Exempt(IN_SESSION),
    "exports.record_digest.digest_fields": Exempt(PURE),
    "exports.record_digest.field_values": Exempt(PURE),
    "support.versioning.changed_error": Exempt(IN_SESSION),
    "support.versioning.check": Exempt(IN_SESSION),
    "support.versioning.flush": Exempt(IN_SESSION),
    "support.versioning.local_time": Exempt(PURE),
    "support.versioning.lock_current": Exempt(IN_SESSION),
    "support.versioning.stamp": Exempt(PURE),
    "support.versioning.stamp_of": Exempt(PURE),
    # --- signing (the workstation's certificate: a local file, no records) ----------------
    **{
        f"exports.signing_config.{name}": Exempt(
            "the workstation's signing certificate: no records"
        )
        for name in (
            "clear",
            "config_path",
            "configure",
            "describe",
            "grouped",
            "load_identity",
            "read_certificate",
            "status",
            "trusted_folder",
            "trusted_roots",
        )
    },
    # --- permissions -----------------------------------------------------------------------
    **{
        f"support.permissions.{name}": Exempt(
            "the authority itself, asked by every use case above (tests/services/test_permissions.py)"
        )
        for name in (
            "action_label",
            "can",
            "can_all",
            "provinces_in_scope",
            "require",
            "sees_every_province",
            "role_label",
            "scope_clause",
            "sees",
            "transition_action",
        )
    },
    # --- reference -------------------------------------------------------------------------
    "registry.reference.assessment_items": Exempt(OFFICE),
    "registry.reference.provinces": Exempt(OFFICE),
    "registry.reference.report_triggers": Exempt(OFFICE),
    # --- reminders -------------------------------------------------------------------------
    "overview.reminders.dismiss": Write(
        None,
        lambda w, a: reminders.dismiss(w.db, a, w.zj_finding, as_of=TODAY),
        out_of_scope="finding.not_found",
    ),
    "overview.reminders.due_reminders": Listing(
        lambda w, a, p: reminders.due_reminders(w.db, a, as_of=TODAY, provinces=_provinces(p)),
        same_as_admin=False,  # which findings remind whom depends on the role and login
    ),
    "overview.reminders.is_due": Exempt(PURE),
    "overview.reminders.mark_announced": Write(
        None,
        lambda w, a: reminders.mark_announced(w.db, a, w.extra["reminders"]),
        out_of_scope="finding.not_found",
        setup=_reminders,
    ),
    "overview.reminders.reached_step": Exempt(PURE),
    "overview.reminders.silenced": Listing(
        lambda w, a, p: reminders.silenced(w.db, a, w.finding_ids, as_of=TODAY),
        same_as_admin=False,  # the actor's own dismissals only
        shows_zj=False,
    ),
    # --- exports ---------------------------------------------------------------------------
    "exports.export_data.cases_workbook_data": Listing(
        lambda w, a, p: export_data.cases_workbook_data(w.db, a, province=p, as_of=TODAY)
    ),
    "exports.report_exports.export_cases": Listing(
        lambda w, a, p: _pdf(
            w,
            "cases.xlsx",
            lambda t: report_exports.export_cases(w.db, a, t, province=p, as_of=TODAY),
        )
    ),
    "exports.report_exports.export_overdue": Listing(
        lambda w, a, p: _pdf(
            w,
            "overdue.xlsx",
            lambda t: report_exports.export_overdue(w.db, a, t, province=p, as_of=TODAY),
        )
    ),
    "exports.report_exports.export_overdue[pdf]": Listing(
        lambda w, a, p: _pdf(
            w,
            "overdue.pdf",
            lambda t: report_exports.export_overdue(w.db, a, t, province=p, as_of=TODAY),
        ),
        same_as_admin=False,  # the PDF names who generated it
    ),
    "exports.report_exports.export_province_report": Lookup(
        lambda w, a: _pdf(
            w,
            "province.pdf",
            lambda t: report_exports.export_province_report(w.db, a, ZJ, t, as_of=TODAY),
        ),
        "report.province_out_of_scope",
    ),
    "exports.export_data.quiet": Exempt(PURE + " (the progress of an export nobody watches)"),
    "exports.export_data.overdue_report_data": Listing(
        lambda w, a, p: export_data.overdue_report_data(w.db, a, as_of=TODAY, province=p),
        same_as_admin=False,  # carries the province filter asked for
    ),
    "exports.export_data.province_report_data": Lookup(
        lambda w, a: export_data.province_report_data(w.db, a, ZJ, as_of=TODAY),
        "report.province_out_of_scope",
    ),
    # --- reports and reviews ---------------------------------------------------------------
    "rectification.reports.add_report": Write(
        "report.add",
        lambda w, a: reports.add_report(
            w.db, a, w.zj_case2, reports.ReportInput("T3", event_date="2026-11-01")
        ),
    ),
    "rectification.reports.get_or_create_agency": Exempt(IN_SESSION),
    "rectification.reports.mark_received": Write(
        "report.receive",
        lambda w, a: reports.mark_received(w.db, a, w.extra["report"], TODAY, "浙江省网信办"),
        out_of_scope="report.not_found",
        setup=_awaited_report,
    ),
    "rectification.reports.record_review": Write(
        "review.record",
        lambda w, a: reports.record_review(
            w.db,
            a,
            w.zj_report,
            reports.ReviewInput("浙江省公安厅", "public_security", "审查员", TODAY, "accepted"),
        ),
        out_of_scope="report.not_found",
    ),
    # --- search ----------------------------------------------------------------------------
    "overview.search.index_case": Exempt(IN_SESSION),
    "overview.search.index_company": Exempt(IN_SESSION),
    "overview.search.index_new_companies": Exempt(IN_SESSION),
    "overview.search.index_finding": Exempt(IN_SESSION),
    "overview.search.index_inspection": Exempt(IN_SESSION),
    "overview.search.digest": Exempt(PURE),
    # the documents of the index, built from rows the search module's use cases read
    "overview.search_documents.short": Exempt(PURE),
    "overview.search_documents.text_of": Exempt(PURE),
    "overview.search_documents.company_query": Exempt(ROWS),
    "overview.search_documents.company_doc": Exempt(ROWS),
    "overview.search_documents.case_query": Exempt(ROWS),
    "overview.search_documents.case_doc": Exempt(ROWS),
    "overview.search_documents.finding_query": Exempt(ROWS),
    "overview.search_documents.finding_doc": Exempt(ROWS),
    "overview.search_documents.inspection_query": Exempt(ROWS),
    "overview.search_documents.inspection_doc": Exempt(ROWS),
    "overview.search_documents.checklist_remarks": Exempt(IN_SESSION),
    "overview.search.reindex_all": Exempt("rebuilds derived data from the records; shows nothing"),
    "overview.search.rebuild_index": Write(
        "search.reindex",
        lambda w, a: search.rebuild_index(w.db, a),
        out_of_scope="scope.every_province",
        scope="every",
    ),
    "overview.search.search": Listing(
        lambda w, a, p: search.search(w.db, a, "演示", provinces=_provinces(p), limit=500)
    ),
    "support.text_rules.checked": Exempt("the text rule of one field, applied to a value: " + PURE),
    # --- settings --------------------------------------------------------------------------
    "registry.settings.all_settings": Exempt(OFFICE + " (office settings)"),
    "registry.settings.get_setting": Exempt(OFFICE + " (office settings)"),
    "registry.settings.may_set": Exempt("the role table for one setting: " + PURE),
    "registry.settings.set_setting": Write(
        "setting.set",
        lambda w, a: settings.set_setting(w.db, a, "attachment_max_mb", "50"),
        scope="office",
    ),
    "registry.settings.set_setting[security]": Write(
        "setting.security",
        lambda w, a: settings.set_setting(w.db, a, "lockout_minutes", "20"),
        scope="office",
    ),
    # --- summons ---------------------------------------------------------------------------
    "casework.summons.register_summons": Write(
        "summons.register",
        lambda w, a: summons.register_summons(
            w.db,
            a,
            summons.SummonsInput(
                TODAY,
                "杭州",
                "数据安全约谈",
                attendances=(summons.AttendanceInput(w.zj_company2),),
            ),
        ),
        out_of_scope="company.not_found",
    ),
    "casework.summons_list.list_summons": Listing(
        lambda w, a, p: summons_list.list_summons(w.db, a, provinces=_provinces(p)),
        shows_zj=False,  # place, topic and counts: compared with the admin's instead
    ),
    "casework.summons_list.summons_detail": Listing(
        # A summons is national: everyone sees it, but only the companies in their scope.
        lambda w, a, p: summons_list.summons_detail(w.db, a, w.summons),
        same_as_admin=False,
    ),
    # --- users (office-wide: the role decides, there is no province) ----------------------
    "registry.users.actor_of": Exempt(PURE + " (a User row to an Actor)"),
    "registry.users.add_user": Write(
        "user.manage",
        lambda w, a: users.add_user(
            w.db, a, "new_official", "新同事", "viewer", frozenset({ZJ}), "a-long-password"
        ),
        scope="office",
    ),
    "registry.users.authenticate": Exempt(
        "logging in makes the actor; tests/services/test_users.py"
    ),
    "registry.users.account_state": Exempt(
        "the lock screen asks about the official already logged in (no records of a province)"
    ),
    "registry.users.check_password": Exempt(PURE),
    "registry.users.disable_user": Write(
        "user.manage", lambda w, a: users.disable_user(w.db, a, "demo_bj_viewer"), scope="office"
    ),
    "registry.users.enable_user": Write(
        "user.manage", lambda w, a: users.enable_user(w.db, a, "demo_bj_viewer"), scope="office"
    ),
    "registry.users.hash_password": Exempt(PURE),
    "registry.users.list_users": Write(
        "user.manage", lambda w, a: users.list_users(w.db, a), scope="office"
    ),
    "registry.users.lockout_minutes": Exempt(OFFICE + " (the lockout setting)"),
    "registry.users.reset_password": Write(
        "user.manage",
        lambda w, a: users.reset_password(w.db, a, "demo_bj_viewer", "another-long-password"),
        scope="office",
    ),
    "registry.users.set_lockout_minutes": Write(
        "user.manage", lambda w, a: users.set_lockout_minutes(w.db, a, 30), scope="office"
    ),
    "registry.users.set_role": Write(
        "user.manage",
        lambda w, a: users.set_role(w.db, a, "demo_bj_viewer", "inspector"),
        scope="office",
    ),
    "registry.users.set_scope": Write(
        "user.manage",
        lambda w, a: users.set_scope(w.db, a, "demo_bj_viewer", frozenset({ZJ})),
        scope="office",
    ),
    "registry.users.users_exist": Exempt(
        "whether to ask for a login at all (before there is an actor)"
    ),
    # --- exchange packages between offices -------------------------------------------------
    "exchange.export.export_package[case]": Lookup(
        lambda w, a: _package(w, a, case_number=w.zj_case), "case.not_found", writes=True
    ),
    "exchange.export.export_package[province]": Lookup(
        lambda w, a: _package(w, a, province=ZJ), "exchange.province_out_of_scope", writes=True
    ),
    "exchange.export.export_package[since]": Listing(
        # Everything changed since a day: only the cases the actor sees (the province
        # asked for plays no part here).
        lambda w, a, p: _package(w, a, since=date(2000, 1, 1)),
        same_as_admin=False,
        writes=True,
    ),
    "exchange.import_.plan_import": Write(
        "company.import",
        lambda w, a: import_.plan_import(w.db, a, w.package),
        out_of_scope="exchange.out_of_scope",
    ),
    "exchange.import_.import_package": Write(
        "company.import",
        lambda w, a: import_.import_package(w.db, a, w.package),
        out_of_scope="exchange.out_of_scope",
    ),
    "exchange.import_.require_import": Exempt("the role check of importing itself"),
    "exchange.import_.default_limits": Exempt(OFFICE + " (package limits)"),
    "exchange.conflicts.list_conflicts": Listing(
        lambda w, a, p: conflicts.list_conflicts(w.db, a), same_as_admin=False
    ),
    "exchange.conflicts.get_conflict": Lookup(
        lambda w, a: conflicts.get_conflict(w.db, a, w.conflict), "exchange.conflict_not_found"
    ),
    "exchange.conflicts.resolve_conflict": Write(
        "company.import",
        lambda w, a: conflicts.resolve_conflict(w.db, a, w.conflict, take="local"),
        out_of_scope="exchange.conflict_not_found",
    ),
    **{
        f"exchange.{name}": Exempt(IN_SESSION + " (reading or writing a package)")
        for name in (
            "checks.check_hashes",
            "checks.check_refs",
            "checks.check_scope",
            "checks.check_unique",
            "checks.provinces_of",
            "enforce.check_flushed",
            "enforce.check_plan",
            "enforce.check_resolution",
            "enforce.refusal",
            "enforce.written_view",
            "rules.check_change",
            "view.check_across",
            "plan.build_plan",
            "records.load_by_ids",
            "records.write_fields",
            "reindex.after_changes",
            "write.write_plan",
        )
    },
    **{
        f"exchange.{name}": Exempt(PURE + " (the package format)")
        for name in (
            "package.extract_attachment",
            "package.open_package",
            "package.records_document",
            "package.stream_member",
            "records.json_value",
            "records.layered",
            "records.mark_updated",
            "records.read_fields",
            "spec.natural_key_text",
            "spec.record_hash",
            "spec.ref_target",
            "validate.check_records",
            "write.summary_json",
        )
    },
}
