"""Arbitrary text into every service that takes user text (issue 5, part 6).

Very long text, control characters, NUL, lone surrogates, SQL-like fragments,
path-like names, blanks: each call either stores the value (read back through
the services' own read functions: exactly, or trimmed as ``abuse_text.kept``
says) or is refused with a ValidationError naming the field, in Chinese and
English; never another exception.  Afterwards the audit chain verifies, the
SQLite file passes its integrity check, and the dossier and the cases workbook
of what was stored can still be exported.  Runs on every backend of ``db``.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.engine import Database
from app.db.models import (
    Agency,
    Attachment,
    CalendarDay,
    Company,
    DeadlineExtension,
    Finding,
    Review,
    User,
)
from app.domain.credit_code import make_credit_code
from app.domain.errors import ValidationError
from app.domain.filenames import sanitize_filename
from app.readmodel.case import InspectionView
from app.services.casework import cases, summons, summons_list
from app.services.exchange import conflicts
from app.services.exports import dossier_export, report_exports
from app.services.overview import calendar, search
from app.services.rectification import findings, inspections, reports
from app.services.rectification.attachments import add_attachment
from app.services.registry import companies, company_edit, settings, users
from app.services.seed.demo import load_demo
from app.services.support.context import Actor
from tests.services.abuse_text import SETTINGS, TEXT, attempt, fits, kept, sound

TODAY = date(2026, 11, 25)
NO_CONFLICT = "exchange.conflict_not_found"
ADMIN = Actor("abuse_admin", role="admin")
ZJ = "330000"
_codes = itertools.count(1)


def _credit_code() -> str:
    return make_credit_code(f"91330106MA{next(_codes):07d}")


@pytest.fixture
def demo(db: Database, tmp_path: Path) -> Iterator[Database]:
    load_demo(db, ADMIN, today=TODAY, with_users=True)
    yield db
    sound(db)
    # Whatever was stored can still be shown: the dossier of every case and the workbook.
    for row in cases.list_cases(db, ADMIN, as_of=TODAY):
        dossier_export.export_dossier(
            db, ADMIN, row.case_number, tmp_path / f"{row.case_number}.pdf", as_of=TODAY
        )
    report_exports.export_cases(db, ADMIN, tmp_path / "cases.xlsx", as_of=TODAY)


def _new_case(db: Database, company: str = "") -> str:
    code = company or _company(db)
    return cases.open_case(db, ADMIN, code, opened_on=TODAY - timedelta(days=30))


def _company(db: Database) -> str:
    code = _credit_code()
    companies.create_company(db, ADMIN, companies.CompanyInput(code, "杭州样本科技有限公司", ZJ))
    return code


# --- companies ------------------------------------------------------------------------------

COMPANY_TEXT = {
    "name_zh": Company.name_zh,
    "name_en": Company.name_en,
    "short_name": Company.short_name,
    "address": Company.address,
    "legal_representative": Company.legal_representative,
    "contact_name": Company.contact_name,
    "contact_phone": Company.contact_phone,
    "contact_email": Company.contact_email,
}


def test_company_fields(demo: Database) -> None:
    existing = _company(demo)

    @SETTINGS
    @given(field=st.sampled_from([*COMPANY_TEXT, "credit_code", "province"]), value=TEXT)
    def run(field: str, value: str) -> None:
        code = _credit_code()
        base = companies.CompanyInput(code, "杭州样本科技有限公司", ZJ)
        data = companies.CompanyInput(**(vars(base) | {field: value}))
        if attempt(lambda: companies.create_company(demo, ADMIN, data), [field]):
            _read_back(demo, code if field != "credit_code" else data.credit_code, field, value)
        # the same value as an edit of a registered company
        before = company_edit.get_company(demo, ADMIN, existing).data
        edit = companies.CompanyInput(**(vars(before) | {field: value}))
        if attempt(
            lambda: company_edit.update_company(demo, ADMIN, existing, edit),
            [field],
            also=["company.duplicate"],
        ):
            _read_back(demo, existing if field != "credit_code" else edit.credit_code, field, value)
            company_edit.update_company(demo, ADMIN, edit.credit_code.strip(), before)

    run()


def _read_back(db: Database, code: str, field: str, value: str) -> None:
    stored = company_edit.get_company(db, ADMIN, code.strip()).data
    if field in COMPANY_TEXT:
        got = getattr(stored, field)
        assert got == kept(value, optional=field != "name_zh")
        fits(got, COMPANY_TEXT[field])


def test_company_import_cells(demo: Database, tmp_path: Path) -> None:
    files = itertools.count()

    @SETTINGS
    @given(
        name=TEXT,
        address=TEXT,
        suffix=st.sampled_from([".csv", ".xlsx"]),
    )
    def run(name: str, address: str, suffix: str) -> None:
        code = _credit_code()
        path = tmp_path / f"import-{next(files)}{suffix}"
        rows = [["credit_code", "name_zh", "province", "address"], [code, name, ZJ, address]]
        if not _write_table(path, rows):
            return  # a value the spreadsheet format itself cannot hold
        if attempt(
            lambda: companies.import_companies(demo, ADMIN, path),
            ["name_zh", "address"],
            also=["import.rejected"],
        ):
            stored = company_edit.get_company(demo, ADMIN, code).data
            assert stored.name_zh == kept(name)
            assert stored.address == kept(address, optional=True)
            fits(stored.name_zh, Company.name_zh)
            return
        # Refused: every problem names the row and the column (as the spreadsheet shows them).
        try:
            problems = companies.preview_import(demo, ADMIN, path).problems
        except ValidationError as exc:  # the whole file refused (unreadable, say)
            assert exc.code.startswith("import."), exc
            return
        assert problems and {(p.row, p.column) for p in problems} <= {
            (2, "name_zh"),
            (2, "address"),
        }

    run()


def _write_table(path: Path, rows: list[list[str]]) -> bool:
    if path.suffix == ".csv":
        try:
            with path.open("w", encoding="utf-8", newline="") as out:
                csv.writer(out).writerows(rows)
        except UnicodeEncodeError:
            return False
        return True
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = Workbook()
    try:
        for row in rows:
            book.active.append(row)
        book.save(path)
    except (IllegalCharacterError, UnicodeEncodeError, ValueError):
        return False
    return True


# --- cases ----------------------------------------------------------------------------------


def test_case_notes_and_outcome(demo: Database) -> None:
    company = _company(demo)

    @SETTINGS
    @given(note=TEXT, outcome=TEXT)
    def run(note: str, outcome: str) -> None:
        number = _new_case(demo, company)
        if attempt(
            lambda: cases.change_status(demo, ADMIN, number, "under_review", note=note, on=TODAY),
            ["note"],
        ):
            changes = cases.show_case(demo, ADMIN, number).status_changes
            assert changes[-1].note == kept(note)
        else:
            cases.change_status(demo, ADMIN, number, "under_review", on=TODAY)
        if attempt(
            lambda: cases.change_status(
                demo, ADMIN, number, "closed", note=note, outcome=outcome, on=TODAY
            ),
            ["note", "outcome"],
        ):
            detail = cases.show_case(demo, ADMIN, number)
            assert (detail.outcome, detail.closing_note) == (kept(outcome), kept(note))

    run()


# --- reports and reviews --------------------------------------------------------------------


def test_report_and_review_texts(demo: Database) -> None:
    number = _new_case(demo)

    @SETTINGS
    @given(summary=TEXT, agency=TEXT, reviewer=TEXT, notes=TEXT)
    def run(summary: str, agency: str, reviewer: str, notes: str) -> None:
        data = reports.ReportInput(
            "T3", received_on=TODAY, event_date=TODAY, summary=summary, receiving_agency=agency
        )
        ids: list[object] = []
        if not attempt(
            lambda: ids.append(reports.add_report(demo, ADMIN, number, data)),
            ["summary", "receiving_agency"],
        ):
            return
        report = cases.show_case(demo, ADMIN, number).reports[-1]
        assert report.summary == kept(summary)
        assert report.receiving_agency == kept(agency, optional=True)
        fits(report.receiving_agency, Agency.name)
        review = reports.ReviewInput(agency, "cyberspace", reviewer, TODAY, "accepted", notes)
        if attempt(
            lambda: reports.record_review(demo, ADMIN, ids[0], review),  # type: ignore[arg-type]
            ["agency", "reviewer", "notes"],
        ):
            got = cases.show_case(demo, ADMIN, number).reports[-1].reviews[-1]
            assert (got.agency, got.reviewer, got.notes) == (
                kept(agency),
                kept(reviewer),
                kept(notes),
            )
            fits(got.reviewer, Review.reviewer)
            fits(got.agency, Agency.name)

    run()


# --- findings -------------------------------------------------------------------------------


def test_finding_texts(demo: Database) -> None:
    number = _new_case(demo)

    @SETTINGS
    @given(
        field=st.sampled_from(
            [
                "description",
                "legal_basis",
                "required_rectification",
                "evidence",
                "extension",
                "verified_by",
                "waive_reason",
                "correction",
            ]
        ),
        value=TEXT,
        other=TEXT,
    )
    def run(field: str, value: str, other: str) -> None:
        texts = {
            "description": "日志留存不足",
            "legal_basis": "",
            "required_rectification": "",
        }
        if field in texts:
            texts[field] = value
        data = findings.FindingInput("A2", "medium", raised_on=TODAY, period=10, **texts)
        ids: list[object] = []
        if not attempt(
            lambda: ids.append(findings.add_finding(demo, ADMIN, number, data)), list(texts)
        ):
            return
        view = cases.show_case(demo, ADMIN, number).findings[-1]
        n = view.number
        for name, sent in texts.items():
            assert getattr(view, name) == kept(sent)
        if field == "evidence":
            if attempt(
                lambda: findings.submit_rectification(demo, ADMIN, number, n, evidence=value),
                ["evidence"],
            ):
                got = cases.show_case(demo, ADMIN, number).findings[-1]
                assert got.rectification_evidence == kept(value)
        elif field == "extension":
            if attempt(
                lambda: findings.extend_deadline(
                    demo,
                    ADMIN,
                    number,
                    n,
                    new_deadline=TODAY + timedelta(days=90),
                    reason=value,
                    approver=other,
                ),
                ["reason", "approver"],
            ):
                ext = cases.show_case(demo, ADMIN, number).findings[-1].extensions[-1]
                assert (ext.reason, ext.approver) == (kept(value), kept(other))
                fits(ext.approver, DeadlineExtension.approver)
        elif field == "verified_by":
            findings.submit_rectification(demo, ADMIN, number, n, evidence="整改报告")
            if attempt(
                lambda: findings.verify_finding(demo, ADMIN, number, n, verified_by=value),
                ["verified_by"],
            ):
                got = cases.show_case(demo, ADMIN, number).findings[-1]
                assert got.verified_by == (kept(value) or ADMIN.login)
                fits(got.verified_by, Finding.verified_by)
        elif field == "correction":
            edit = findings.FindingEdit("A3", "high", value, other, value)
            if attempt(
                lambda: findings.update_finding(demo, ADMIN, number, n, edit),
                ["description", "legal_basis", "required_rectification"],
            ):
                got = cases.show_case(demo, ADMIN, number).findings[-1]
                assert (got.description, got.legal_basis, got.required_rectification) == (
                    kept(value),
                    kept(other),
                    kept(value),
                )
        elif field == "waive_reason" and attempt(
            lambda: findings.waive_finding(demo, ADMIN, number, n, reason=value), ["reason"]
        ):
            got = cases.show_case(demo, ADMIN, number).findings[-1]
            assert got.waive_reason == kept(value)

    run()


# --- inspections ----------------------------------------------------------------------------


def test_inspection_texts(demo: Database) -> None:
    number = _new_case(demo)

    @SETTINGS
    @given(
        address=TEXT,
        people=TEXT,
        scope=TEXT,
        agency=TEXT,
        notes=TEXT,
        remark=TEXT,
    )
    def run(address: str, people: str, scope: str, agency: str, notes: str, remark: str) -> None:
        data = inspections.InspectionInput(
            TODAY, address, ((agency, "cyberspace"),), people, people, scope
        )
        ids: list[object] = []
        if not attempt(
            lambda: ids.append(inspections.schedule_inspection(demo, ADMIN, number, data)),
            ["address", "inspectors", "company_staff", "scope", "agencies"],
        ):
            return
        view = _inspection(demo, number, ids[0])
        assert (view.address, view.inspectors, view.company_staff, view.scope) == (
            kept(address),
            kept(people),
            kept(people),
            kept(scope),
        )
        assert view.agencies == [kept(agency)]
        record = inspections.InspectionRecord(
            {"A2": ("non_compliant", remark)}, notes=notes, conclusion=remark
        )
        if attempt(
            lambda: inspections.record_inspection(demo, ADMIN, ids[0], record),  # type: ignore[arg-type]
            ["notes", "conclusion", "remark"],
        ):
            view = _inspection(demo, number, ids[0])
            assert view.notes == kept(notes) and view.conclusion == kept(remark)
            assert view.checklist[0].remark == kept(remark)
        fits(view.agencies[0], Agency.name)

    run()


def _inspection(db: Database, number: str, inspection_id: object) -> InspectionView:
    detail = cases.show_case(db, ADMIN, number)
    return next(i for i in detail.inspections if i.id == inspection_id)


# --- summons --------------------------------------------------------------------------------


def test_summons_texts(demo: Database) -> None:
    @SETTINGS
    @given(place=TEXT, topic=TEXT, requirements=TEXT, agency=TEXT, attendees=TEXT)
    def run(place: str, topic: str, requirements: str, agency: str, attendees: str) -> None:
        company = _company(demo)
        data = summons.SummonsInput(
            TODAY,
            place,
            topic,
            requirements,
            agencies=((agency, "cyberspace", None),),
            attendances=(summons.AttendanceInput(company, True, attendees, attendees),),
        )
        ids: list[object] = []
        if not attempt(
            lambda: ids.append(summons.register_summons(demo, ADMIN, data)[0]),
            ["place", "topic", "requirements", "agencies", "attendees", "commitments"],
        ):
            return
        got = summons_list.summons_detail(demo, ADMIN, ids[0])  # type: ignore[arg-type]
        assert (got.place, got.topic, got.requirements) == (
            kept(place),
            kept(topic),
            kept(requirements),
        )
        assert [a.name for a in got.agencies] == [kept(agency)]
        assert (got.attendances[0].attendees, got.attendances[0].commitments) == (
            kept(attendees),
            kept(attendees),
        )

    run()


# --- attachments ----------------------------------------------------------------------------


def test_attachment_display_names(demo: Database, tmp_path: Path) -> None:
    number = _new_case(demo)
    source = tmp_path / "upload.bin"
    source.write_bytes(b"%PDF-1.4 evidence")

    @SETTINGS
    @given(name=TEXT)
    def run(name: str) -> None:
        ids: list[object] = []
        if attempt(
            lambda: ids.append(add_attachment(demo, ADMIN, number, source, name=name)),
            ["name"],
            also=["attachment.name_invalid"],
        ):
            got = next(
                a for a in cases.show_case(demo, ADMIN, number).attachments if a.id == ids[0]
            )
            # The rule (app.domain.filenames): one harmless path component, at most 200.
            assert got.original_name == sanitize_filename(name or source.name)
            assert "/" not in got.original_name and "\\" not in got.original_name
            assert got.original_name not in ("", ".", "..")
            fits(got.original_name, Attachment.original_name)

    run()


# --- users, settings, calendar --------------------------------------------------------------


def test_user_logins_names_and_passwords(demo: Database) -> None:
    logins = itertools.count()

    @SETTINGS
    @given(login=TEXT, name=TEXT, password=TEXT)
    def run(login: str, name: str, password: str) -> None:
        safe = f"user{next(logins)}"
        if attempt(
            lambda: users.add_user(demo, ADMIN, login, "同事", "viewer", None, "long-enough-1"),
            ["login"],
            also=["user.duplicate", "user.login_invalid"],
        ):
            assert login.strip() in {u.login for u in users.list_users(demo, ADMIN)}
        if attempt(
            lambda: users.add_user(demo, ADMIN, safe, name, "viewer", None, "long-enough-1"),
            ["display_name"],
        ):
            row = next(u for u in users.list_users(demo, ADMIN) if u.login == safe)
            assert row.display_name == kept(name)
            fits(row.display_name, User.display_name)
        else:
            users.add_user(demo, ADMIN, safe, "同事", "viewer", None, "long-enough-1")
        if attempt(
            lambda: users.reset_password(demo, ADMIN, safe, password),
            ["password"],
            also=["user.password_too_short"],
        ):
            assert users.authenticate(demo, safe, password).login == safe
        # Logging in with anything is refused the one way, never with another error.
        assert not attempt(lambda: users.authenticate(demo, login, password), [], also=[])

    run()


def test_settings_and_calendar_notes(demo: Database) -> None:
    days = itertools.count()

    @SETTINGS
    @given(value=TEXT, note=TEXT)
    def run(value: str, note: str) -> None:
        if attempt(
            lambda: settings.set_setting(demo, ADMIN, "attachment_max_mb", value),
            ["attachment_max_mb"],
        ):
            assert settings.get_setting(demo, "attachment_max_mb") == int(value.strip())
        if attempt(lambda: users.set_lockout_minutes(demo, ADMIN, value), ["lockout_minutes"]):
            assert users.lockout_minutes(demo) == int(value.strip())
        day = date(2099, 1, 1) + timedelta(days=next(days))
        if attempt(lambda: calendar.set_calendar_day(demo, ADMIN, day, False, note), ["note"]):
            entry = next(e for e in calendar.calendar_entries(demo, 2099) if e.day == day)
            assert entry.note == kept(note)
            fits(entry.note, CalendarDay.note)

    run()


# --- searching and looking up ---------------------------------------------------------------


def test_search_and_filters(demo: Database) -> None:
    zhejiang = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({ZJ}))

    @SETTINGS
    @given(query=TEXT)
    def run(query: str) -> None:
        for hit in search.search(demo, zhejiang, query):
            assert hit.province_code == ZJ
        wanted = query.strip().lower()
        if attempt(lambda: companies.list_companies(demo, ADMIN, text=query), ["text"]):
            for row in companies.list_companies(demo, ADMIN, text=query):
                names = " ".join(
                    filter(None, (row.name_zh, row.name_en, row.short_name, row.credit_code))
                )
                assert wanted in names.lower(), "the text filter is literal"
        if attempt(lambda: cases.list_cases(demo, ADMIN, text=query), ["text"]):
            for case in cases.list_cases(demo, ADMIN, text=query, as_of=TODAY):
                shown = f"{case.case_number} {case.company} {case.company_en or ''}"
                # the credit code and the short name may match too
                assert wanted in shown.lower() or _by_company(demo, case.case_number, wanted)
        if attempt(lambda: summons_list.list_summons(demo, ADMIN, text=query), ["text"]):
            for row in summons_list.list_summons(demo, ADMIN, text=query):
                assert wanted in f"{row.place} {row.topic}".lower()
        attempt(lambda: cases.list_cases(demo, ADMIN, province=query), ["province"])
        attempt(lambda: cases.show_case(demo, ADMIN, query), [], also=["case.not_found"])
        attempt(lambda: cases.open_case(demo, ADMIN, query), [], also=["company.not_found"])
        attempt(
            lambda: company_edit.get_company(demo, ADMIN, query), [], also=["company.not_found"]
        )
        # codes and choices typed by hand
        number = "ZJ-2021-0001"
        finding = findings.FindingInput(query, "medium", "日志", TODAY, period=10)
        attempt(lambda: findings.add_finding(demo, ADMIN, number, finding), [])
        severity = findings.FindingInput("A2", query, "日志", TODAY, period=10)
        assert not attempt(lambda: findings.add_finding(demo, ADMIN, number, severity), [])
        report = reports.ReportInput(query, event_date=TODAY)
        attempt(lambda: reports.add_report(demo, ADMIN, number, report), [])
        attempt(lambda: users.set_role(demo, ADMIN, "demo_bj_viewer", query), [])
        attempt(
            lambda: users.set_scope(demo, ADMIN, "demo_bj_viewer", frozenset({query})),
            ["province"],
        )
        attempt(lambda: users.disable_user(demo, ADMIN, query), [], also=["user.not_found"])
        attempt(lambda: conflicts.get_conflict(demo, ADMIN, query), [], also=[NO_CONFLICT])

    run()


def _by_company(db: Database, number: str, wanted: str) -> bool:
    company = cases.show_case(db, ADMIN, number).company
    return any(
        wanted in str(getattr(company, k) or "").lower() for k in ("credit_code", "short_name")
    )


def test_dossier_office_and_marking(demo: Database, tmp_path: Path) -> None:
    number = cases.list_cases(demo, ADMIN, as_of=TODAY)[0].case_number

    @SETTINGS.__class__(SETTINGS, max_examples=6)
    @given(office=TEXT, marking=TEXT)
    def run(office: str, marking: str) -> None:
        attempt(
            lambda: dossier_export.export_dossier(
                demo, ADMIN, number, tmp_path / "d.pdf", office=office, marking=marking
            ),
            ["office", "marking"],
        )

    run()


# --- lengths: what PostgreSQL enforces, the services check on every backend ------------------


def _company_with(db: Database, field: str, value: str) -> str:
    code = _credit_code()
    data = companies.CompanyInput(
        **(vars(companies.CompanyInput(code, "杭州", ZJ)) | {field: value})
    )
    companies.create_company(db, ADMIN, data)
    return str(getattr(company_edit.get_company(db, ADMIN, code).data, field))


def _review_by(db: Database, reviewer: str, agency: str = "浙江省网信办") -> str:
    number = _new_case(db)
    data = reports.ReportInput("T3", received_on=TODAY, event_date=TODAY)
    report = reports.add_report(db, ADMIN, number, data)
    review = reports.ReviewInput(agency, "cyberspace", reviewer, TODAY, "accepted")
    reports.record_review(db, ADMIN, report, review)
    got = cases.show_case(db, ADMIN, number).reports[-1].reviews[-1]
    return got.reviewer if agency == "浙江省网信办" else got.agency


def _finding_then(db: Database, act: str, value: str) -> str:
    number = _new_case(db)
    data = findings.FindingInput("A2", "medium", "日志", TODAY, period=10)
    findings.add_finding(db, ADMIN, number, data)
    if act == "approver":
        day = TODAY + timedelta(days=60)
        findings.extend_deadline(db, ADMIN, number, 1, new_deadline=day, reason="r", approver=value)
        return cases.show_case(db, ADMIN, number).findings[0].extensions[0].approver
    findings.submit_rectification(db, ADMIN, number, 1, evidence="e")
    findings.verify_finding(db, ADMIN, number, 1, verified_by=value)
    return str(cases.show_case(db, ADMIN, number).findings[0].verified_by)


def _user_named(db: Database, value: str) -> str:
    login = f"len{next(_codes)}"
    users.add_user(db, ADMIN, login, value, "viewer", None, "long-enough-1")
    return next(u.display_name for u in users.list_users(db, ADMIN) if u.login == login)


def _email(length: int) -> str:
    return "a" * (length - 6) + "@b.com"


LIMITS = {
    # field: (column, store the value and read it back, a value of a given length)
    "name_zh": (Company.name_zh, lambda db, v: _company_with(db, "name_zh", v), "字".__mul__),
    "name_en": (Company.name_en, lambda db, v: _company_with(db, "name_en", v), "a".__mul__),
    "short_name": (
        Company.short_name,
        lambda db, v: _company_with(db, "short_name", v),
        "字".__mul__,
    ),
    "legal_representative": (
        Company.legal_representative,
        lambda db, v: _company_with(db, "legal_representative", v),
        "字".__mul__,
    ),
    "contact_name": (
        Company.contact_name,
        lambda db, v: _company_with(db, "contact_name", v),
        "字".__mul__,
    ),
    "contact_phone": (
        Company.contact_phone,
        lambda db, v: _company_with(db, "contact_phone", v),
        "1".__mul__,
    ),
    "contact_email": (
        Company.contact_email,
        lambda db, v: _company_with(db, "contact_email", v),
        _email,
    ),
    "agency": (Agency.name, lambda db, v: _review_by(db, "审查员", agency=v), "字".__mul__),
    "reviewer": (Review.reviewer, _review_by, "字".__mul__),
    "approver": (
        DeadlineExtension.approver,
        lambda db, v: _finding_then(db, "approver", v),
        "字".__mul__,
    ),
    "verified_by": (
        Finding.verified_by,
        lambda db, v: _finding_then(db, "verified_by", v),
        "字".__mul__,
    ),
    "display_name": (User.display_name, _user_named, "字".__mul__),
}


@pytest.mark.parametrize("field", list(LIMITS))
def test_text_longer_than_its_column_is_refused(demo: Database, field: str) -> None:
    column, store, make = LIMITS[field]
    length = column.type.length
    assert store(demo, make(length)) == make(length)  # a full column is fine
    with pytest.raises(ValidationError) as caught:
        store(demo, make(length + 1))
    assert caught.value.code == "text.too_long" and caught.value.values["field"] == field
