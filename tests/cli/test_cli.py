"""The command line as a user runs it: ``python -m app --db FILE|URL COMMAND`` (in process: see conftest).

Exit status 0 on success, 1 when a check finds a problem, 2 on bad input or usage;
every refusal leaves the database as it was (row counts, audit events, file bytes).
Runs on SQLite and on PostgreSQL (tests/cli/conftest.py); what only a SQLite file has
(the copy before a migration, backup and restore) is marked ``sqlite_only``, and the
server's side of those is in test_server.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import chinese_calendar
import pytest
from openpyxl import Workbook

from app.db.migrate import head_revision
from app.domain.credit_code import make_credit_code
from tests.cli.conftest import Cli, alter_attachment, counts, query, sha256, sql, stored_copy

DEMO_PROVINCES = {"110000", "120000", "310000", "330000", "440000"}
CASE_NUMBER = re.compile(r"^[A-Z]{2}-2021-\d{4}$")


def code(n: int, region: str = "330100") -> str:
    """A valid Unified Social Credit Code (check character computed by the domain rule)."""
    return make_credit_code(f"91{region}MA{n:07d}")


def bad_check(valid: str) -> str:
    """The same code with a wrong check character."""
    wrong = "0" if valid[-1] != "0" else "1"
    return valid[:-1] + wrong


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


HEADER = ["credit_code", "name_zh", "province", "name_en", "contact_email"]


# --- init ---------------------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_init_prints_the_schema_revision_and_may_run_twice(cli: Cli) -> None:
    first = cli("init")
    assert first.rc == 0, first
    assert head_revision() in first.out
    assert str(cli.db) in first.out
    assert cli.db.exists()
    second = cli("init")
    assert second.rc == 0, second
    assert head_revision() in second.out
    assert "Upgraded" not in second.out
    assert not list(cli.db.parent.glob("*.bak"))  # nothing to migrate: no copy made


@pytest.mark.sqlite_only
def test_init_upgrades_an_older_database_and_keeps_a_copy(cli: Cli) -> None:
    from app.db.engine import Database, resolve_url
    from app.db.migrate import upgrade

    db = Database(resolve_url(str(cli.db)))
    try:
        upgrade(db, "0001")
    finally:
        db.dispose()
    result = cli("init")
    assert result.rc == 0, result
    assert head_revision() in result.out
    assert "0001" in result.out
    backups = list(cli.db.parent.glob("x.sqlite3.*.rev-0001.bak"))
    assert len(backups) == 1
    assert str(backups[0]) in result.out


@pytest.mark.sqlite_only
def test_database_from_the_environment_variable(cli: Cli) -> None:
    # A real process: the installed command reads the variable from its own environment.
    result = cli.process("init", env=cli.env(INSPECTDESK_DB=str(cli.db)))
    assert result.rc == 0, result
    assert str(cli.db) in result.out
    assert cli.db.exists()


# --- demo and the lists -------------------------------------------------------------------


def test_demo_cases_list_json(demo_cli: Cli) -> None:
    result = demo_cli("cases", "list", "--json")
    assert result.rc == 0, result
    cases = json.loads(result.out)
    assert isinstance(cases, list)
    assert len(cases) == 11
    assert {c["province_code"] for c in cases} == DEMO_PROVINCES
    for case in cases:
        for key in ("case_number", "company", "province_code", "status"):
            assert key in case, (key, case)
        assert CASE_NUMBER.match(case["case_number"]), case
        assert case["company"]
    assert len({c["case_number"] for c in cases}) == 11


def test_cases_list_filters(demo_cli: Cli) -> None:
    result = demo_cli("cases", "list", "--province", "330000", "--json")
    assert result.rc == 0, result
    zhejiang = json.loads(result.out)
    assert zhejiang
    assert {c["province_code"] for c in zhejiang} == {"330000"}
    assert all(c["case_number"].startswith("ZJ-") for c in zhejiang)

    result = demo_cli("cases", "list", "--province", "浙江省", "--json")
    assert result.rc == 0, result
    assert json.loads(result.out) == zhejiang

    result = demo_cli("cases", "list", "--status", "closed", "--json")
    assert result.rc == 0, result
    assert {c["status"] for c in json.loads(result.out)} <= {"closed"}

    table = demo_cli("cases", "list")
    assert table.rc == 0, table
    assert "ZJ-2021-0001" in table.out


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("cases", "list", "--status", "bogus"), "bogus"),
        (("cases", "list", "--province", "999999"), "999999"),
        (("overdue", "--as-of", "yesterday"), "yesterday"),
        (("overdue", "--province", "Atlantis"), "Atlantis"),
    ],
)
def test_list_filters_refuse_bad_values(demo_cli: Cli, args: tuple[str, ...], named: str) -> None:
    result = demo_cli(*args)
    assert result.rc == 2, result
    assert named in result.err
    assert result.out == ""


def test_demo_overdue_json(demo_cli: Cli) -> None:
    before = date.today()
    result = demo_cli("overdue", "--json")
    after = date.today()
    assert result.rc == 0, result
    rows = json.loads(result.out)
    assert len(rows) >= 1
    for row in rows:
        for key in ("case_number", "finding_id", "current_deadline", "days_overdue"):
            assert key in row, (key, row)
        assert CASE_NUMBER.match(row["case_number"])
        assert row["days_overdue"] > 0
        deadline = date.fromisoformat(row["current_deadline"])
        assert row["days_overdue"] in {(before - deadline).days, (after - deadline).days}
    days = [row["days_overdue"] for row in rows]
    assert days == sorted(days, reverse=True)  # most overdue first
    assert len({row["finding_id"] for row in rows}) == len(rows)


def test_overdue_as_of_and_province(demo_cli: Cli) -> None:
    everything = json.loads(demo_cli("overdue", "--json").out)
    # Long before any demo deadline nothing is overdue.
    result = demo_cli("overdue", "--as-of", "2021-03-18", "--json")
    assert result.rc == 0, result
    assert json.loads(result.out) == []
    province = everything[0]["province_code"]
    result = demo_cli("overdue", "--province", province, "--json")
    assert result.rc == 0, result
    subset = json.loads(result.out)
    assert subset
    assert {r["province_code"] for r in subset} == {province}


def test_demo_audit_verify_and_check_pass(demo_cli: Cli) -> None:
    verify = demo_cli("audit", "verify")
    assert verify.rc == 0, verify
    events = counts(demo_cli.db)["audit_events"]
    assert events > 0
    assert str(events) in verify.out
    check = demo_cli("check")
    assert check.rc == 0, check
    if demo_cli.on_server:
        assert "PostgreSQL version: " in check.out
    else:
        assert f"SQLite version: {sqlite3.sqlite_version}" in check.out
    assert check.err == ""


def test_demo_companies_are_marked_as_demo(demo_cli: Cli) -> None:
    result = demo_cli("companies", "list", "--json")
    assert result.rc == 0, result
    companies = json.loads(result.out)
    assert len(companies) == 11
    assert all(c["is_demo"] for c in companies)
    assert {c["province_code"] for c in companies} == DEMO_PROVINCES


def test_demo_refuses_a_second_load(demo_cli: Cli) -> None:
    before, digest = counts(demo_cli.db), sha256(demo_cli.db)
    result = demo_cli("demo")
    assert result.rc == 2, result
    assert "empty database" in result.err
    assert counts(demo_cli.db) == before
    assert sha256(demo_cli.db) == digest


def test_demo_refuses_a_database_with_real_records(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "c.csv", [HEADER, [code(1), "真实企业有限公司", "330000", "", ""]])
    assert empty_cli("companies", "import", str(file)).rc == 0
    before = counts(empty_cli.db)
    result = empty_cli("demo")
    assert result.rc == 2, result
    assert counts(empty_cli.db) == before


def test_demo_on_a_new_file_creates_it(cli: Cli) -> None:
    # `demo` opens (and migrates) the database itself, like every other command.
    result = cli("demo")
    assert result.rc == 0, result
    assert "11" in result.out
    assert counts(cli.db)["cases"] == 11


# --- deadline -----------------------------------------------------------------------------


def _calendar_deadline(start: date, n: int) -> date:
    day = start + timedelta(days=n)
    while not chinese_calendar.is_workday(day):
        day += timedelta(days=1)
    return day


def _working_deadline(start: date, n: int) -> date:
    day = start
    while n:
        day += timedelta(days=1)
        if chinese_calendar.is_workday(day):
            n -= 1
    return day


def test_deadline_working_days_from_the_meeting(empty_cli: Cli) -> None:
    result = empty_cli("deadline", "2021-03-18", "30", "--working")
    assert result.rc == 0, result
    assert result.out.strip() == "2021-04-29"
    assert "provisional" not in result.out


@pytest.mark.parametrize(
    ("start", "n", "unit", "expected"),
    [
        # Ends on a plain Monday.
        ("2021-01-29", 10, "--calendar", "2021-02-08"),
        # Ends on 11 February 2021, the first day of the Spring Festival holiday
        # (11-17 February): moved to the next working day.
        ("2021-02-01", 10, "--calendar", "2021-02-18"),
        # Ends on Saturday 2 October 2021 inside the National Day holiday (1-7 October);
        # Saturday 9 October is a make-up working day (调休).
        ("2021-09-22", 10, "--calendar", "2021-10-08"),
        # Sunday 7 February 2021 is a make-up working day; 11-17 February are not.
        ("2021-02-05", 5, "--working", "2021-02-18"),
    ],
)
def test_deadline_follows_the_official_calendar(
    empty_cli: Cli, start: str, n: int, unit: str, expected: str
) -> None:
    reference = (
        _calendar_deadline(date.fromisoformat(start), n)
        if unit == "--calendar"
        else _working_deadline(date.fromisoformat(start), n)
    )
    assert reference.isoformat() == expected  # the expectation agrees with chinesecalendar
    result = empty_cli("deadline", start, str(n), unit)
    assert result.rc == 0, result
    assert result.out.strip() == expected


def test_deadline_in_an_uncovered_year_is_provisional(empty_cli: Cli) -> None:
    result = empty_cli("deadline", "2027-03-01", "10", "--working")
    assert result.rc == 0, result
    # 10 working days, weekends only: 2027-03-01 is a Monday.
    assert result.out.startswith("2027-03-15")
    assert "provisional" in result.out
    assert "2027" in result.out.split("provisional", 1)[1]
    zh = empty_cli("deadline", "2026-12-20", "30", "--working", lang="zh")
    assert zh.rc == 0, zh
    # The Chinese output says it in Chinese, naming the year, with no English word in it
    assert "暂定" in zh.out and "2027" in zh.out.split("暂定", 1)[1]
    assert not re.search("[A-Za-z]", zh.out), zh.out


def test_deadline_accepts_chinese_and_slashed_dates(empty_cli: Cli) -> None:
    for start in ("2021/03/18", "2021年3月18日"):
        result = empty_cli("deadline", start, "30", "--working")
        assert result.rc == 0, result
        assert result.out.strip() == "2021-04-29"


@pytest.mark.parametrize(
    ("start", "n", "named"),
    [
        ("2021-02-30", "10", "2021-02-30"),
        ("tomorrow", "10", "tomorrow"),
        ("2021-03-18", "abc", "abc"),
        ("2021-03-18", "0", "0"),
        ("2021-03-18", "-5", "-5"),
        ("2021-03-18", "100000", "100000"),
    ],
)
def test_deadline_refuses_bad_input(empty_cli: Cli, start: str, n: str, named: str) -> None:
    before = counts(empty_cli.db)
    result = empty_cli("deadline", start, n, "--working")
    assert result.rc == 2, result
    assert named in result.err
    assert result.out == ""
    assert "Traceback" not in result.err
    assert counts(empty_cli.db) == before


def test_deadline_bad_date_names_the_field(empty_cli: Cli) -> None:
    result = empty_cli("deadline", "2021-02-30", "10", "--calendar")
    assert result.rc == 2
    assert "START_DATE" in result.err
    result = empty_cli("deadline", "2021-03-18", "abc", "--calendar")
    assert result.rc == 2
    assert "N" in result.err


# --- case show ----------------------------------------------------------------------------


def test_case_show_json(demo_cli: Cli) -> None:
    result = demo_cli("case", "show", "BJ-2021-0001", "--json")
    assert result.rc == 0, result
    detail = json.loads(result.out)
    assert detail["case_number"] == "BJ-2021-0001"
    assert detail["province_code"] == "110000"
    assert detail["company"]["credit_code"]
    assert isinstance(detail["findings"], list)
    listed = {c["case_number"]: c for c in json.loads(demo_cli("cases", "list", "--json").out)}
    assert detail["status"] == listed["BJ-2021-0001"]["status"]


def test_case_show_text_in_both_languages(demo_cli: Cli) -> None:
    en = demo_cli("case", "show", "BJ-2021-0001")
    assert en.rc == 0, en
    assert "BJ-2021-0001" in en.out
    assert "Findings" in en.out
    zh = demo_cli("case", "show", "bj-2021-0001", lang="zh")
    assert zh.rc == 0, zh
    assert "整改问题" in zh.out


def test_case_show_unknown_case(demo_cli: Cli) -> None:
    result = demo_cli("case", "show", "ZZ-2021-9999")
    assert result.rc == 2, result
    assert "ZZ-2021-9999" in result.err
    assert result.out == ""
    result = demo_cli("case", "show", "BJ-2021-9999")
    assert result.rc == 2, result
    assert "BJ-2021-9999" in result.err


@pytest.mark.parametrize("number", ["BJ2021-0001", "12-2021-0001"])
def test_case_show_malformed_number(demo_cli: Cli, number: str) -> None:
    result = demo_cli("case", "show", number)
    assert result.rc == 2, result
    assert number in result.err
    assert "ZJ-2021-0007" in result.err  # shows what a case number looks like


# --- companies import ---------------------------------------------------------------------


def _import(cli: Cli, file: Path, lang: str | None = None) -> tuple[object, dict[str, int]]:
    before = counts(cli.db)
    result = cli("companies", "import", str(file), lang=lang)
    return result, before


def _listed_codes(cli: Cli) -> set[str]:
    result = cli("companies", "list", "--json")
    assert result.rc == 0, result
    return {c["credit_code"] for c in json.loads(result.out)}


def test_import_utf8_csv(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "utf8.csv",
        [
            HEADER,
            [code(1), "杭州甲网络科技有限公司", "330000", "Hangzhou Jia", "a@example.cn"],
            [code(2), "北京乙科技有限公司", "Beijing", "", ""],
            [code(3, "440300"), "深圳丙公司", "广东省", "", ""],
        ],
    )
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 0, result
    assert "3" in result.out
    after = counts(empty_cli.db)
    assert after["companies"] == before["companies"] + 3
    assert after["audit_events"] == before["audit_events"] + 3
    rows = json.loads(empty_cli("companies", "list", "--json").out)
    by_code = {r["credit_code"]: r for r in rows}
    assert by_code[code(1)]["name_en"] == "Hangzhou Jia"
    assert by_code[code(2)]["province_code"] == "110000"
    assert by_code[code(3, "440300")]["province_code"] == "440000"
    assert not any(r["is_demo"] for r in rows)
    assert empty_cli("audit", "verify").rc == 0


def test_import_utf8_with_bom_csv(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "bom.csv",
        [HEADER, [code(11), "上海丁信息技术有限公司", "310000", "", ""]],
        encoding="utf-8-sig",
    )
    assert file.read_bytes().startswith(b"\xef\xbb\xbf")
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 0, result
    assert _listed_codes(empty_cli) == {code(11)}


def test_import_gb18030_csv_with_chinese_headers(empty_cli: Cli, tmp_path: Path) -> None:
    header = [
        "统一社会信用代码",
        "企业名称",
        "省份",
        "英文名称",
        "简称",
        "地址",
        "法定代表人",
        "联系人",
        "联系电话",
        "电子邮箱",
    ]
    file = write_csv(
        tmp_path / "gbk.csv",
        [
            header,
            [
                code(21),
                "浙江戊网络有限公司",
                "浙江省",
                "Zhejiang Wu",
                "戊网络",
                "杭州市西湖区文三路 1 号",
                "张三",
                "李四",
                "0571-88888888",
                "lisi@example.cn",
            ],
            [code(22, "120000"), "天津己科技有限公司", "天津市", "", "", "", "", "", "", ""],
        ],
        encoding="gb18030",
    )
    with pytest.raises(UnicodeDecodeError):
        file.read_bytes().decode("utf-8")  # really not UTF-8
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 0, result
    rows = {r["credit_code"]: r for r in json.loads(empty_cli("companies", "list", "--json").out)}
    assert set(rows) == {code(21), code(22, "120000")}
    assert rows[code(21)]["name_zh"] == "浙江戊网络有限公司"
    assert rows[code(21)]["short_name"] == "戊网络"
    assert rows[code(22, "120000")]["province_code"] == "120000"


def test_import_xlsx(empty_cli: Cli, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["统一社会信用代码", "企业名称", "省份", "name_en"])
    sheet.append([code(31), "广州庚科技有限公司", "440000", "Guangzhou Geng"])
    sheet.append([code(32), "北京辛有限公司", "北京市", None])
    sheet.append([None, None, None, None])  # a blank line at the end is not a row
    file = tmp_path / "companies.xlsx"
    workbook.save(file)
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 0, result
    assert counts(empty_cli.db)["companies"] == before["companies"] + 2
    assert _listed_codes(empty_cli) == {code(31), code(32)}


def test_import_normalises_credit_codes(empty_cli: Cli, tmp_path: Path) -> None:
    messy = "  " + code(41).lower() + " "
    file = write_csv(tmp_path / "c.csv", [HEADER, [messy, "某公司", "330000", "", ""]])
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 0, result
    assert _listed_codes(empty_cli) == {code(41)}


def test_import_records_the_user_in_the_audit_trail(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "c.csv", [HEADER, [code(51), "某公司", "330000", "", ""]])
    result = empty_cli.run_raw(
        "--db", str(empty_cli.db), "--user", "wang_wu", "companies", "import", str(file)
    )
    assert result.rc == 0, result
    actors = query(empty_cli.db, "SELECT actor FROM audit_events ORDER BY seq DESC LIMIT 1")
    assert actors == [("wang_wu",)]


def test_import_one_bad_row_writes_nothing(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "one-bad.csv",
        [
            HEADER,
            [code(61), "好公司一", "330000", "", ""],
            [bad_check(code(62)), "坏公司", "330000", "", ""],  # row 3
            [code(63), "好公司二", "330000", "", ""],
        ],
    )
    before, digest = counts(empty_cli.db), sha256(empty_cli.db)
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 2, result
    assert "one-bad.csv" in result.err
    assert "Row 3" in result.err
    assert "credit_code" in result.err
    assert bad_check(code(62)) in result.err or code(62)[-1] in result.err
    assert "Row 2" not in result.err
    assert "Row 4" not in result.err
    assert counts(empty_cli.db) == before
    assert sha256(empty_cli.db) == digest
    assert _listed_codes(empty_cli) == set()


def test_import_bad_row_message_in_chinese(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "bad.csv",
        [HEADER, [code(71), "好公司", "330000", "", ""], [bad_check(code(72)), "坏", "330000"]],
    )
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(file), lang="zh")
    assert result.rc == 2, result
    assert "统一社会信用代码" in result.err
    assert "第 3 行" in result.err
    assert "未导入任何记录" in result.err
    assert counts(empty_cli.db) == before


def test_chinese_from_the_environment(empty_cli: Cli) -> None:
    result = empty_cli.run_raw(
        "--db",
        str(empty_cli.db),
        "case",
        "show",
        "ZZ-2021-9999",
        env=empty_cli.env(LANG="zh_CN.UTF-8"),
    )
    assert result.rc == 2, result
    assert "找不到案件" in result.err
    assert "ZZ-2021-9999" in result.err


def test_import_reports_every_bad_row(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "many.csv",
        [
            HEADER,
            [code(81), "好公司", "330000", "", ""],
            [code(82)[:10], "短代码", "330000", "", ""],  # row 3: wrong length
            [code(83), "未知省份", "Atlantis", "", ""],  # row 4
            [code(84), "", "330000", "", ""],  # row 5: name missing
            [code(85), "邮箱错误", "330000", "", "not-an-email"],  # row 6
            ["91330100MA000O08X", "禁用字符", "330000", "", ""],  # row 7 (O is not allowed)
        ],
    )
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 2, result
    lines = result.err.splitlines()
    assert "5 problems" in lines[0]
    assert any("Row 3" in x and "credit_code" in x for x in lines)
    assert any("Row 4" in x and "province" in x and "Atlantis" in x for x in lines)
    assert any("Row 5" in x and "name_zh" in x for x in lines)
    assert any("Row 6" in x and "contact_email" in x for x in lines)
    assert any("Row 7" in x and "credit_code" in x for x in lines)
    assert "Row 2" not in result.err
    assert counts(empty_cli.db) == before


def test_import_duplicate_inside_the_file(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(
        tmp_path / "dup.csv",
        [
            HEADER,
            [code(91), "甲公司", "330000", "", ""],
            [code(92), "乙公司", "330000", "", ""],
            [code(91), "甲公司（重复）", "330000", "", ""],  # row 4 repeats row 2
        ],
    )
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 2, result
    problem = next(x for x in result.err.splitlines() if x.startswith("Row 4"))
    assert "credit_code" in problem
    assert code(91) in problem
    assert "row 2" in problem  # both rows are named
    assert counts(empty_cli.db) == before


def test_import_code_already_in_the_database(empty_cli: Cli, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", [HEADER, [code(101), "已登记公司", "330000", "", ""]])
    assert empty_cli("companies", "import", str(first)).rc == 0
    second = write_csv(
        tmp_path / "second.csv",
        [
            HEADER,
            [code(102), "新公司", "330000", "", ""],
            [code(101), "同一代码的另一家", "330000", "", ""],  # row 3
        ],
    )
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(second))
    assert result.rc == 2, result
    assert "Row 3" in result.err
    assert "credit_code" in result.err
    assert code(101) in result.err
    assert "已登记公司" in result.err  # names the company already registered
    assert counts(empty_cli.db) == before
    assert _listed_codes(empty_cli) == {code(101)}


def test_import_code_of_a_demo_company(demo_cli: Cli, tmp_path: Path) -> None:
    existing = json.loads(demo_cli("companies", "list", "--json").out)[0]["credit_code"]
    file = write_csv(tmp_path / "c.csv", [HEADER, [existing, "冒名公司", "330000", "", ""]])
    before = counts(demo_cli.db)
    result = demo_cli("companies", "import", str(file))
    assert result.rc == 2, result
    assert "Row 2" in result.err
    assert existing in result.err
    assert counts(demo_cli.db) == before


@pytest.mark.parametrize(
    ("name", "content", "named"),
    [
        (
            "missing.csv",
            "credit_code,name_zh\r\n{c},某公司\r\n",
            "province",
        ),
        (
            "unknown.csv",
            "credit_code,name_zh,province,fax\r\n{c},某公司,330000,123\r\n",
            "fax",
        ),
        ("empty.csv", "", "empty.csv"),
        ("header-only.csv", "credit_code,name_zh,province\r\n", "header-only.csv"),
        ("blank-rows.csv", "credit_code,name_zh,province\r\n,,\r\n\r\n", "blank-rows.csv"),
        ("companies.txt", "credit_code,name_zh,province\r\n{c},某公司,330000\r\n", ".txt"),
        ("broken.xlsx", "this is not a workbook", "broken.xlsx"),
    ],
)
def test_import_refuses_bad_files(
    empty_cli: Cli, tmp_path: Path, name: str, content: str, named: str
) -> None:
    file = tmp_path / name
    file.write_text(content.format(c=code(111)), encoding="utf-8")
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 2, result
    assert named in result.err
    assert "Traceback" not in result.err
    assert counts(empty_cli.db) == before


def test_import_missing_column_names_each(empty_cli: Cli, tmp_path: Path) -> None:
    file = write_csv(tmp_path / "m.csv", [["credit_code", "address"], [code(121), "某地"]])
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 2, result
    assert "name_zh" in result.err
    assert "province" in result.err


def test_import_non_existent_file(empty_cli: Cli, tmp_path: Path) -> None:
    before = counts(empty_cli.db)
    result = empty_cli("companies", "import", str(tmp_path / "nowhere.csv"))
    assert result.rc == 2, result
    assert "nowhere.csv" in result.err
    assert counts(empty_cli.db) == before


def test_import_undecodable_file(empty_cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "binary.csv"
    file.write_bytes(b"credit_code,name_zh,province\r\n\xff\xfe\x81\x30\xff\r\n")
    result = empty_cli("companies", "import", str(file))
    assert result.rc == 2, result
    assert "binary.csv" in result.err


# --- audit verify and check ---------------------------------------------------------------


def test_audit_verify_names_a_changed_event(demo_cli: Cli) -> None:
    sql(demo_cli.db, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    result = demo_cli("audit", "verify")
    assert result.rc == 1, result
    assert "#3" in result.err
    event_id = query(demo_cli.db, "SELECT id FROM audit_events WHERE seq = 3")[0][0]
    assert isinstance(event_id, str)
    assert event_id.replace("-", "") in result.err.replace("-", "")
    check = demo_cli("check")
    assert check.rc == 1, check
    assert "#3" in check.err
    zh = demo_cli("audit", "verify", lang="zh")
    assert zh.rc == 1
    assert "第 3 号事件" in zh.err


def test_audit_verify_detects_a_changed_value(demo_cli: Cli) -> None:
    seq = query(demo_cli.db, "SELECT max(seq) FROM audit_events WHERE after IS NOT NULL")[0][0]
    after = query(demo_cli.db, "SELECT after FROM audit_events WHERE seq = ?", seq)[0][0]
    assert isinstance(after, str)
    sql(
        demo_cli.db,
        "UPDATE audit_events SET after = ? WHERE seq = ?",
        after.replace("}", ', "x": 1}', 1) if after.startswith("{") else '{"x": 1}',
        seq,
    )
    result = demo_cli("audit", "verify")
    assert result.rc == 1, result
    assert f"#{seq}" in result.err


def test_audit_verify_detects_the_last_event_deleted(demo_cli: Cli) -> None:
    sql(demo_cli.db, "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
    result = demo_cli("audit", "verify")
    assert result.rc == 1, result
    assert result.err.strip()
    check = demo_cli("check")
    assert check.rc == 1, check
    # the broken chain, and the record that event created, now without one
    assert "2 problems" in check.err and "has no audit event creating it" in check.err


def test_audit_verify_detects_a_deleted_middle_event(demo_cli: Cli) -> None:
    sql(demo_cli.db, "DELETE FROM audit_events WHERE seq = 10")
    result = demo_cli("audit", "verify")
    assert result.rc == 1, result
    assert "#10" in result.err


def test_audit_verify_detects_a_rewritten_chain_end(demo_cli: Cli) -> None:
    # The stored head of the chain (newest seq and hash) is what makes deletions from
    # the end detectable; removing it must be noticed as well.
    sql(demo_cli.db, "DELETE FROM audit_head")
    result = demo_cli("audit", "verify")
    assert result.rc == 1, result


def test_check_names_an_altered_attachment(demo_cli: Cli) -> None:
    rows = query(
        demo_cli.db, "SELECT original_name, sha256, stored_path FROM attachments ORDER BY 1"
    )
    assert rows, "the demo data set has attachments"
    name, digest, stored = rows[0]
    assert isinstance(stored, str)
    assert isinstance(digest, str)
    if not demo_cli.on_server:
        path = stored_copy(demo_cli, stored)
        assert path.parent.name == digest[:2]
        assert path.name == digest
        assert sha256(path) == digest
    alter_attachment(demo_cli, stored, b"tampered")
    result = demo_cli("check")
    assert result.rc == 1, result
    assert str(name) in result.err
    assert digest in result.err
    assert "1 problems" in result.err
    assert demo_cli("audit", "verify").rc == 0  # the chain itself is fine


def test_check_names_a_missing_attachment(demo_cli: Cli) -> None:
    name, stored = query(demo_cli.db, "SELECT original_name, stored_path FROM attachments")[0]
    assert isinstance(stored, str)
    alter_attachment(demo_cli, stored, None)
    result = demo_cli("check")
    assert result.rc == 1, result
    assert str(name) in result.err


def test_check_names_a_record_changed_behind_the_applications_back(demo_cli: Cli) -> None:
    # Given a finding's deadline moved with a database tool: no audit event says so
    number, case_number = query(
        demo_cli.db,
        "SELECT f.number, c.case_number FROM findings f JOIN cases c ON c.id = f.case_id "
        "ORDER BY c.case_number, f.number",
    )[0]
    sql(
        demo_cli.db,
        "UPDATE findings SET current_deadline = '2039-12-31' WHERE number = ? AND case_id = "
        "(SELECT id FROM cases WHERE case_number = ?)",
        number,
        case_number,
    )
    # Then the chain is intact, but check names the finding and the field, in both languages
    assert demo_cli("audit", "verify").rc == 0
    result = demo_cli("check", lang="en")
    assert result.rc == 1, result
    assert f"{case_number} #{number}" in result.err and "current_deadline" in result.err
    assert "1 problems" in result.err
    zh = demo_cli("check", lang="zh")
    assert zh.rc == 1 and f"问题 {case_number} #{number}" in zh.err, zh


def test_check_names_a_planted_view_and_trigger(demo_cli: Cli) -> None:
    # Given schema objects no migration makes, added with a database tool
    sql(demo_cli.db, "CREATE VIEW planted_view AS SELECT * FROM cases")
    if not demo_cli.on_server:
        sql(
            demo_cli.db,
            "CREATE TRIGGER planted_trigger AFTER INSERT ON audit_events BEGIN "
            "DELETE FROM attachments; END",
        )
    # Then check names each, and exits 1
    result = demo_cli("check", lang="en")
    assert result.rc == 1, result
    assert "view “planted_view” that InspectDesk never creates" in result.err
    if not demo_cli.on_server:
        assert "trigger “planted_trigger”" in result.err and "2 problems" in result.err
    zh = demo_cli("check", lang="zh")
    assert zh.rc == 1 and "视图“planted_view”" in zh.err, zh


def test_check_lists_every_problem(demo_cli: Cli) -> None:
    stored = query(demo_cli.db, "SELECT stored_path FROM attachments")[0][0]
    assert isinstance(stored, str)
    alter_attachment(demo_cli, stored, b"other")
    sql(demo_cli.db, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 5")
    result = demo_cli("check")
    assert result.rc == 1, result
    assert "#5" in result.err
    assert "2 problems" in result.err
    assert ("PostgreSQL version" if demo_cli.on_server else "SQLite version") in result.out


# --- backup and restore -------------------------------------------------------------------


@pytest.mark.sqlite_only
def test_backup_and_restore(demo_cli: Cli, tmp_path: Path) -> None:
    archive = tmp_path / "backups" / "b.zip"
    result = demo_cli("backup", "-o", str(archive))
    assert result.rc == 0, result
    assert archive.is_file()
    assert str(archive) in result.out

    restored = tmp_path / "restored" / "new.sqlite3"
    result = demo_cli("restore", str(archive), "-o", str(restored))
    assert result.rc == 0, result
    assert restored.is_file()

    original = json.loads(demo_cli("cases", "list", "--json").out)
    again = demo_cli("cases", "list", "--json", db=restored)
    assert again.rc == 0, again
    assert json.loads(again.out) == original
    assert json.loads(demo_cli("overdue", "--json", db=restored).out) == json.loads(
        demo_cli("overdue", "--json").out
    )
    assert counts(restored) == counts(demo_cli.db)

    check = demo_cli("check", db=restored)
    assert check.rc == 0, check
    attachments = counts(restored)["attachments"]
    assert f"{attachments} attachment" in check.out
    for (stored,) in query(restored, "SELECT stored_path FROM attachments"):
        assert isinstance(stored, str)
        copy = restored.with_name("new.sqlite3.files") / stored
        assert copy.read_bytes() == (demo_cli.db.with_name("x.sqlite3.files") / stored).read_bytes()


@pytest.mark.sqlite_only
def test_backup_refuses_to_overwrite(demo_cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "exists.zip"
    target.write_bytes(b"precious")
    result = demo_cli("backup", "-o", str(target))
    assert result.rc == 2, result
    assert "exists.zip" in result.err
    assert target.read_bytes() == b"precious"


@pytest.mark.sqlite_only
def test_restore_refuses_to_overwrite_and_bad_archives(demo_cli: Cli, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    assert demo_cli("backup", "-o", str(archive)).rc == 0
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"precious")
    result = demo_cli("restore", str(archive), "-o", str(target))
    assert result.rc == 2, result
    assert "taken.sqlite3" in result.err
    assert target.read_bytes() == b"precious"

    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    result = demo_cli("restore", str(junk), "-o", str(tmp_path / "fresh.sqlite3"))
    assert result.rc == 2, result
    assert "junk.zip" in result.err
    assert not (tmp_path / "fresh.sqlite3").exists()


# --- a newer schema -----------------------------------------------------------------------


@pytest.mark.parametrize("command", [("init",), ("cases", "list")])
def test_newer_schema_is_refused_untouched(empty_cli: Cli, command: tuple[str, ...]) -> None:
    sql(empty_cli.db, "UPDATE alembic_version SET version_num = '9999'")
    digest = sha256(empty_cli.db)
    folder = Path(empty_cli.data_dir if empty_cli.on_server else empty_cli.db).parent
    files = sorted(p.name for p in folder.iterdir())
    result = empty_cli(*command)
    assert result.rc == 2, result
    assert "newer" in result.err
    assert "9999" in result.err
    assert result.out == ""
    assert sha256(empty_cli.db) == digest
    assert sorted(p.name for p in folder.iterdir()) == files  # no copy, no -wal/-shm


def test_newer_schema_message_in_chinese(empty_cli: Cli) -> None:
    sql(empty_cli.db, "UPDATE alembic_version SET version_num = '9999'")
    result = empty_cli("init", lang="zh")
    assert result.rc == 2, result
    assert "更新版本" in result.err


@pytest.mark.sqlite_only
def test_newer_schema_from_a_restored_backup_is_untouched(demo_cli: Cli, tmp_path: Path) -> None:
    archive = tmp_path / "b.zip"
    assert demo_cli("backup", "-o", str(archive)).rc == 0
    restored = tmp_path / "r.sqlite3"
    assert demo_cli("restore", str(archive), "-o", str(restored)).rc == 0
    sql(restored, "UPDATE alembic_version SET version_num = '9999'")
    digest = sha256(restored)
    result = demo_cli("cases", "list", db=restored)
    assert result.rc == 2, result
    assert sha256(restored) == digest


# --- usage --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("case", "show"),
        ("companies",),
        ("cases", "list", "--bogus"),
        ("deadline", "2021-03-18", "30"),
        ("deadline", "2021-03-18", "30", "--working", "--calendar"),
        ("restore", "b.zip"),
        ("--lang", "fr", "init"),
    ],
)
def test_usage_errors_exit_2(empty_cli: Cli, args: tuple[str, ...]) -> None:
    before = counts(empty_cli.db)
    result = empty_cli(*args)
    assert result.rc == 2, result
    assert "usage" in result.err.lower()
    assert result.out == ""
    assert counts(empty_cli.db) == before


def test_help_exits_0(cli: Cli) -> None:
    result = cli.process("--help")  # a real process: `python -m app` starts and exits 0
    assert result.rc == 0, result
    for command in ("init", "demo", "companies", "overdue", "deadline", "backup", "check"):
        assert command in result.out


@pytest.mark.sqlite_only
def test_unreachable_database_exits_2(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    result = cli("cases", "list", db=folder)
    assert result.rc == 2, result
    assert "Traceback" not in result.err


# --- search --------------------------------------------------------------------------------


def test_search_finds_a_two_character_word_and_names_the_province(demo_cli: Cli) -> None:
    result = demo_cli("--lang", "zh", "search", "find", "日志")
    assert result.rc == 0, result
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["类别", "案件编号", "省份"]
    # (an inspection's excerpt is the start of its notes: the word may come later)
    assert len(lines) > 2 and sum("日志" in line for line in lines[1:]) >= 2
    assert "浙江省" in result.out and "330000" not in result.out  # a name, never the code
    as_json = demo_cli("search", "find", "日志", "--json", "--limit", "2")
    hits = json.loads(as_json.out)
    assert len(hits) == 2 and {"kind", "case_number", "title", "snippet"} <= set(hits[0])
    assert demo_cli("search", "find", "，。").out.strip().endswith("(none)")


def test_search_reindex_rebuilds_the_same_index_with_progress(demo_cli: Cli) -> None:
    before = demo_cli("search", "find", "整改", "--json", "--limit", "500").out
    result = demo_cli("search", "reindex")
    assert result.rc == 0, result
    count = int(re.search(r"rebuilt: (\d+) records", result.out).group(1))  # type: ignore[union-attr]
    assert count > 20
    assert f"{count} of {count} records written" in result.err  # progress on stderr
    after = demo_cli("search", "find", "整改", "--json", "--limit", "500").out
    assert {h["ref_id"] for h in json.loads(after)} == {h["ref_id"] for h in json.loads(before)}
