"""The demo officials on the command line: what each may see and do (issue 5, must show).

A Zhejiang inspector sees only Zhejiang cases in ``cases list``, search,
``overdue`` and the exported workbooks, and a Beijing dossier is "not found or
not permitted"; a viewer adding a finding is refused with exit status 2 and
nothing written; a supervisor extends a deadline, an inspector may not; a wrong
password is exit status 2 without saying whether the login exists.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import Cli, Db, NewDatabases, Result, copy_db, is_server, query, sha256
from tests.sqlite_rows import rows_digest

PASSWORD = "demo-pass-2021"
AS_OF = "2026-11-25"
ZJ = "330000"
ZJ_CASE, BJ_CASE = "ZJ-2021-0001", "BJ-2021-0001"


@pytest.fixture(scope="module")
def demo_users(tmp_path_factory: pytest.TempPathFactory, module_databases: NewDatabases) -> Db:
    folder = tmp_path_factory.mktemp("demo-users")
    cli = Cli(module_databases.new(folder, "demo"), tmp_path_factory.mktemp("demo-users-data"))
    assert cli("init").rc == 0
    result = cli("demo", "--with-users", "--as-of", AS_OF)
    assert result.rc == 0, result
    return cli.db


@pytest.fixture
def ucli(cli: Cli, demo_users: Db) -> Iterator[Cli]:
    copy_db(demo_users, cli.db)
    yield cli


def run(cli: Cli, user: str, *args: str, password: str = PASSWORD) -> Result:
    env = cli.env(INSPECTDESK_PASSWORD=password)
    return cli.run_raw("--db", str(cli.db), "--user", user, "--lang", "en", *args, env=env)


def fingerprint(db: Db) -> str:
    """Every row of every table: equal before and after means nothing at all was written."""
    if is_server(db):
        return sha256(db)
    conn = sqlite3.connect(db)  # the rows, not the file's bytes (a WAL checkpoint moves those)
    try:
        return rows_digest(conn)
    finally:
        conn.close()


def outside_zhejiang(db: Db) -> set[str]:
    """Case numbers, company names and credit codes of every case outside Zhejiang."""
    rows = query(
        db,
        "SELECT c.case_number, m.name_zh, m.name_en, m.credit_code FROM cases c"
        " JOIN companies m ON m.id = c.company_id WHERE c.province_code != ?",
        ZJ,
    )
    markers = {value for row in rows for value in row if value}
    assert BJ_CASE in markers
    return markers


def xlsx_text(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return "\n".join(
            "\t".join("" if v is None else str(v) for v in row)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    finally:
        book.close()


def test_a_zhejiang_inspector_sees_only_zhejiang_cases(ucli: Cli, tmp_path: Path) -> None:
    hidden = outside_zhejiang(ucli.db)
    listed = run(ucli, "demo_zj_inspector", "cases", "list", "--json", "--as-of", AS_OF)
    assert listed.rc == 0, listed
    assert {r["case_number"] for r in json.loads(listed.out)} == {ZJ_CASE, "ZJ-2021-0002"}
    table = run(ucli, "demo_zj_inspector", "cases", "list", "--as-of", AS_OF)
    assert ZJ_CASE in table.out and not {m for m in hidden if m in table.out}

    overdue = run(ucli, "demo_zj_inspector", "overdue", "--json", "--as-of", AS_OF)
    assert overdue.rc == 0, overdue
    rows = json.loads(overdue.out)
    assert rows and {r["province_code"] for r in rows} == {ZJ}
    everyone = json.loads(run(ucli, "demo_supervisor", "overdue", "--json", "--as-of", AS_OF).out)
    assert {r["province_code"] for r in everyone} > {ZJ}  # there is something to hide

    for command, name in (("export-cases", "cases.xlsx"), ("export-overdue", "overdue.xlsx")):
        target = tmp_path / name
        exported = run(ucli, "demo_zj_inspector", command, "-o", str(target), "--as-of", AS_OF)
        assert exported.rc == 0, exported
        text = xlsx_text(target)
        assert ZJ_CASE in text
        assert not {m for m in hidden if m in text}, command


def test_a_zhejiang_inspector_finds_only_zhejiang_records(ucli: Cli) -> None:
    # There is no search command: the search service, as the inspector's account.
    from app.db.migrate import open_database
    from app.services.overview.search import search
    from app.services.registry.users import authenticate

    hidden = outside_zhejiang(ucli.db)
    db = open_database(str(ucli.db))
    try:
        inspector = authenticate(db, "demo_zj_inspector", PASSWORD)
        supervisor = authenticate(db, "demo_supervisor", PASSWORD)
        hits = search(db, inspector, "演示", limit=500)
        assert hits and {h.province_code for h in hits} == {ZJ}
        assert len(search(db, supervisor, "演示", limit=500)) > len(hits)
        shown = " ".join(f"{h.case_number} {h.title} {h.snippet}" for h in hits)
        assert not {m for m in hidden if m in shown}
        assert search(db, inspector, BJ_CASE) == []
    finally:
        db.dispose()


def test_a_beijing_dossier_is_not_found_for_a_zhejiang_inspector(ucli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "bj.pdf"
    refused = run(ucli, "demo_zj_inspector", "export-dossier", BJ_CASE, "-o", str(target))
    assert refused.rc == 2 and "not permitted" in refused.err, refused
    assert not target.exists()
    allowed = run(ucli, "demo_zj_inspector", "export-dossier", ZJ_CASE, "-o", str(target))
    assert allowed.rc == 0 and target.is_file(), allowed


FINDING = (
    "--item",
    "A2",
    "--severity",
    "medium",
    "--description",
    "日志留存不足六个月",
    "--raised-on",
    "2026-11-20",
    "--period",
    "10",
)


def test_a_viewer_adding_a_finding_is_refused_and_nothing_is_written(ucli: Cli) -> None:
    before = fingerprint(ucli.db)
    refused = run(ucli, "demo_bj_viewer", "finding", "add", BJ_CASE, *FINDING)
    assert refused.rc == 2, refused
    # the role and the action by their names, never the internal codes (viewer, finding.add)
    assert "(Viewer)" in refused.err and "Raise a finding" in refused.err
    assert refused.out == ""
    assert fingerprint(ucli.db) == before
    # The same command by an inspector of the province is written.
    added = run(ucli, "demo_zj_inspector", "finding", "add", ZJ_CASE, *FINDING)
    assert added.rc == 0 and "#4" in added.out, added
    assert fingerprint(ucli.db) != before


EXTEND = ("finding", "extend", ZJ_CASE, "3", "--to", "2027-01-29", "--reason", "企业申请延期")


def test_a_supervisor_extends_a_deadline_an_inspector_may_not(ucli: Cli) -> None:
    before = fingerprint(ucli.db)
    refused = run(ucli, "demo_zj_inspector", *EXTEND)
    assert refused.rc == 2 and "(Inspector)" in refused.err, refused
    assert "Approve a deadline extension" in refused.err
    assert fingerprint(ucli.db) == before

    approved = run(ucli, "demo_supervisor", *EXTEND, "--approver", "王督导")
    assert approved.rc == 0 and "2027-01-29" in approved.out, approved
    shown = run(ucli, "demo_supervisor", "case", "show", ZJ_CASE, "--json")
    finding = next(f for f in json.loads(shown.out)["findings"] if f["number"] == 3)
    assert finding["current_deadline"] == "2027-01-29"
    assert [(e["new_deadline"], e["approver"]) for e in finding["extensions"]] == [
        ("2027-01-29", "王督导")
    ]


def test_a_wrong_password_does_not_say_whether_the_login_exists(ucli: Cli) -> None:
    before = fingerprint(ucli.db)
    wrong = run(ucli, "demo_zj_inspector", "cases", "list", password="not-the-password")
    unknown = run(ucli, "nobody_at_all", "cases", "list", password="not-the-password")
    assert wrong.rc == unknown.rc == 2
    assert wrong.err == unknown.err and wrong.out == unknown.out == ""
    assert "demo_zj_inspector" not in wrong.err
    # A wrong password counts towards the lockout; an unknown login leaves no trace.
    assert fingerprint(ucli.db) != before
