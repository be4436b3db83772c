"""The province report, the overdue list (PDF and XLSX) and the cases workbook, read back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.db.engine import Database
from app.dossier.labels import label, report_label
from app.services.casework import cases
from app.services.exports.report_exports import (
    ExportCancelled,
    export_cases,
    export_overdue,
    export_province_report,
)
from app.services.registry import reference
from app.services.support.context import Actor
from tests.conftest import Databases, location_of

TODAY = date(2026, 6, 15)
ACTOR = Actor("demo", role="admin")
ZJ = "330000"
ZJ_INSPECTOR = Actor(
    "inspector_zj", role="inspector", all_provinces=False, provinces=frozenset({ZJ})
)


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[Database]:
    db = databases.open_demo(backend, tmp_path_factory.mktemp("reports"), ACTOR, TODAY)
    yield db
    databases.close(db)


def _pages(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- the province report ---------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_province_report_has_the_cases_overdue_rows_and_charts(
    demo: Database, tmp_path: Path, lang: str
) -> None:
    # Given the demo data and the cases and overdue findings of Beijing as of TODAY
    listed = cases.list_cases(demo, ACTOR, province="110000", as_of=TODAY)
    overdue = cases.overdue(demo, ACTOR, province="110000", as_of=TODAY)
    assert listed and overdue
    # When its report is written
    target = tmp_path / "bj.pdf"
    result = export_province_report(demo, ACTOR, "110000", target, lang=lang, as_of=TODAY)
    pages = _pages(target)
    text = _flat("\n".join(pages))
    # Then it lists every case of the province and no other, every overdue finding,
    # has a chart page, and the dossier's header and footer on every page
    assert result.pages == len(pages) and result.rows == len(listed)
    for c in listed:
        assert c.case_number in text
    assert not re.search(r"(SH|ZJ|GD|TJ)-\d{4}-\d{4}", text)
    for r in overdue:
        assert f"{r.case_number}#{r.finding_number}" in text
        assert _flat(report_label("overdue_days", lang, n=r.days_overdue)) in text
    chart_page = next(p for p in pages if report_label("chart_status", lang) in p)
    assert report_label("charts", lang) in chart_page
    for n, page in enumerate(pages, 1):
        assert label("page_footer", lang, n=n, m=len(pages)) in page
        assert label("default_marking", lang) in page
    meta = PdfReader(str(target)).metadata
    assert meta is not None and meta.author == "InspectDesk"
    assert meta.subject == report_label("province_subject", lang)


def test_province_outside_the_actors_scope_is_refused(demo: Database, tmp_path: Path) -> None:
    from app.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        export_province_report(demo, ZJ_INSPECTOR, "110000", tmp_path / "bj.pdf", as_of=TODAY)
    assert not list(tmp_path.iterdir())


# --- the overdue list ------------------------------------------------------------------------


def test_overdue_pdf_rows_equal_the_overdue_list(demo: Database, tmp_path: Path) -> None:
    expected = cases.overdue(demo, ACTOR, as_of=TODAY)
    assert expected
    target = tmp_path / "overdue.pdf"
    result = export_overdue(demo, ACTOR, target, as_of=TODAY, lang="zh")
    text = _flat("\n".join(_pages(target)))
    assert result.rows == len(expected)
    found = re.findall(r"([A-Z]{2}-\d{4}-\d{4})#(\d+)", text)
    # one section per province (by code), most overdue first within each
    by_province = sorted(expected, key=lambda r: r.province_code)
    assert found == [(r.case_number, str(r.finding_number)) for r in by_province]
    for r in expected:
        assert _flat(r.description) in text


def test_overdue_xlsx_rows_equal_the_overdue_list(demo: Database, tmp_path: Path) -> None:
    expected = cases.overdue(demo, ACTOR, as_of=TODAY)
    target = tmp_path / "overdue.xlsx"
    export_overdue(demo, ACTOR, target, as_of=TODAY, lang="en")
    ws = load_workbook(target)[report_label("sheet_overdue", "en")]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[-1]) for r in rows] == [
        (r.case_number, r.finding_number, r.days_overdue) for r in expected
    ]
    assert all(isinstance(r[8], datetime) for r in rows)
    assert [r[8].date() for r in rows] == [r.current_deadline for r in expected]  # type: ignore[union-attr]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:J{len(expected) + 1}"


def test_overdue_for_a_province_inspector(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "zj.xlsx"
    result = export_overdue(demo, ZJ_INSPECTOR, target, as_of=TODAY)
    expected = cases.overdue(demo, ZJ_INSPECTOR, as_of=TODAY)
    assert expected and all(r.province_code == ZJ for r in expected)
    rows = list(load_workbook(target).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert result.rows == len(rows) == len(expected)
    assert all(str(r[0]).startswith("ZJ-") for r in rows)


# --- the cases workbook ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"province": "110000"},
        {"status": "rectification"},
        {"overdue_only": True},
        {"text": "科技"},
    ],
)
def test_cases_workbook(demo: Database, tmp_path: Path, filters: dict[str, object]) -> None:
    # Given the cases list_cases gives for some filters
    listed = cases.list_cases(demo, ACTOR, as_of=TODAY, **filters)  # type: ignore[arg-type]
    # When the workbook is exported with the same filters
    target = tmp_path / "cases.xlsx"
    result = export_cases(demo, ACTOR, target, as_of=TODAY, lang="zh", **filters)  # type: ignore[arg-type]
    wb = load_workbook(target)
    # Then it has a sheet per table, each with a frozen header, a filter and real dates
    assert wb.sheetnames == ["案件", "问题", "延期"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert all(ws.column_dimensions[c].width >= 6 for c in "ABC")
    sheet = wb["案件"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert result.rows == len(rows) == len(listed)
    assert [r[0] for r in rows] == [c.case_number for c in listed]
    assert [r[5].date() for r in rows] == [c.opened_on for c in listed]  # type: ignore[union-attr]
    # Provinces by name in the workbook's language, never by code
    names = {code: ref.name_zh for code, ref in reference.provinces(demo).items()}
    assert [r[3] for r in rows] == [names[c.province_code] for c in listed]
    assert sheet["F2"].is_date if rows else True
    if rows:
        assert sheet["F2"].number_format == "yyyy-mm-dd"
    findings = list(wb["问题"].iter_rows(min_row=2, values_only=True))
    numbers = {c.case_number for c in listed}
    expected = sum(len(cases.show_case(demo, ACTOR, n).findings) for n in numbers)
    assert len(findings) == expected
    assert {f[0] for f in findings} <= numbers
    assert all(isinstance(f[9], datetime) for f in findings)


def test_cases_workbook_column_widths_fit_chinese(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "cases.xlsx"
    export_cases(demo, ACTOR, target, as_of=TODAY, lang="zh")
    ws = load_workbook(target)["案件"]
    longest = max(len(str(c.value)) for c in ws["B"][1:])
    # a company name of N Chinese characters needs about 2N character widths
    assert ws.column_dimensions["B"].width >= 2 * longest


def test_cases_workbook_of_a_province_inspector(demo: Database, tmp_path: Path) -> None:
    target = tmp_path / "zj.xlsx"
    export_cases(demo, ZJ_INSPECTOR, target, as_of=TODAY, lang="en")
    wb = load_workbook(target)
    assert wb.sheetnames == ["Cases", "Findings", "Extensions"]
    rows = list(wb["Cases"].iter_rows(min_row=2, values_only=True))
    assert rows and all(r[3] == "Zhejiang Province" for r in rows)  # ZJ only, by name
    assert len(rows) == len(cases.list_cases(demo, ZJ_INSPECTOR, as_of=TODAY))
    assert all(
        str(f[0]).startswith("ZJ-") for f in wb["Findings"].iter_rows(min_row=2, values_only=True)
    )


# --- cancel and progress ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.pdf", "overdue.xlsx", "cases.xlsx"])
def test_cancelled_export_leaves_the_existing_file_unchanged(
    demo: Database, tmp_path: Path, name: str
) -> None:
    # Given a file already in place
    target = tmp_path / name
    target.write_bytes(b"the good old file")
    calls: list[int] = []

    def cancel(percent: int, text: str) -> None:
        calls.append(percent)
        if percent >= 25:  # the user presses Cancel once the export is under way
            raise ExportCancelled

    # When the export is cancelled through its progress callback
    with pytest.raises(ExportCancelled):
        if name == "report.pdf":
            export_province_report(demo, ACTOR, "110000", target, as_of=TODAY, progress=cancel)
        elif name == "overdue.xlsx":
            export_overdue(demo, ACTOR, target, as_of=TODAY, progress=cancel)
        else:
            export_cases(demo, ACTOR, target, as_of=TODAY, progress=cancel)
    # Then the old file is untouched and no temporary file is left
    assert target.read_bytes() == b"the good old file"
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert calls


def test_cancel_during_layout_leaves_no_file(demo: Database, tmp_path: Path) -> None:
    seen: list[str] = []

    def cancel_on_page(percent: int, text: str) -> None:
        seen.append(text)
        if "1" in text and percent > 25:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_overdue(demo, ACTOR, tmp_path / "o.pdf", as_of=TODAY, progress=cancel_on_page)
    assert not list(tmp_path.iterdir())


def test_progress_is_reported_up_to_done(demo: Database, tmp_path: Path) -> None:
    seen: list[int] = []
    export_province_report(
        demo, ACTOR, "110000", tmp_path / "p.pdf", as_of=TODAY, progress=lambda p, t: seen.append(p)
    )
    assert seen[0] == 0 and seen[-1] == 100 and seen == sorted(seen)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_progress_text_of_an_export_is_in_its_language(
    demo: Database, tmp_path: Path, lang: str
) -> None:
    # The workbook's "reading the records" step was once always in Chinese
    texts: list[str] = []
    export_cases(
        demo,
        ACTOR,
        tmp_path / "c.xlsx",
        as_of=TODAY,
        lang=lang,
        progress=lambda p, t: texts.append(t),
    )
    export_overdue(
        demo,
        ACTOR,
        tmp_path / "o.pdf",
        as_of=TODAY,
        lang=lang,
        progress=lambda p, t: texts.append(t),
    )
    assert len(texts) > 4
    chinese = [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
    assert chinese == (texts if lang == "zh" else []), texts


# --- the command line ------------------------------------------------------------------------


def test_cli_exports(demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", location_of(demo), "--lang", "en"]
    pdf, xlsx, wb = tmp_path / "p.pdf", tmp_path / "o.xlsx", tmp_path / "c.xlsx"
    assert main([*base, "export-province", "Beijing", "-o", str(pdf), "--as-of", "2026-06-15"]) == 0
    assert main([*base, "export-overdue", "-o", str(xlsx), "--as-of", "2026-06-15"]) == 0
    rc = main([*base, "export-cases", "-o", str(wb), "--province", ZJ, "--status", "rectification"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert f"{len(PdfReader(str(pdf)).pages)} pages" in out.out
    expected = cases.list_cases(demo, ACTOR, province=ZJ, status="rectification")
    assert load_workbook(wb)["Cases"].max_row == len(expected) + 1


@pytest.mark.parametrize(
    "argv",
    [
        ["export-overdue", "-o", "x.csv"],
        ["export-overdue", "-o", "x"],
        ["export-cases", "-o", "x.pdf"],
        ["export-province", "110000", "-o", "x.xlsx"],
        ["export-province", "Atlantis", "-o", "x.pdf"],
        ["export-overdue", "--province", "Atlantis", "-o", "x.xlsx"],
        ["export-cases", "--province", "Atlantis", "-o", "x.xlsx"],
    ],
)
def test_cli_bad_suffix_or_province_exits_2(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    argv = [a if not a.startswith("x") else str(tmp_path / a) for a in argv]
    rc = main(["--db", location_of(demo), "--lang", "en", *argv])
    err = capsys.readouterr().err
    assert rc == 2
    assert "must end in" in err or "Unknown province" in err
    assert not list(tmp_path.iterdir())
