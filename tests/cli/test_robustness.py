"""The command line never crashes on what a user can type or point it at.

Every case here once printed "Unexpected error" with exit status 3, hung, or wrote
where it should not: a closed pipe (``| head``), a URL of no known database, integers
of thousands of digits, days far outside any record, bytes that are not UTF-8, outputs
that are folders, devices or pipes, inputs that never end. Each is now a message
naming what is wrong, exit status 2 (141 for a closed pipe, as a shell reports it),
nothing written. Also here: ``--version``, the program's name in its messages, the
one entry point that starts the window, and the scope of company lookups as the
issue reported it (``case open 映客 --province 330000`` by a Zhejiang inspector).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import ROOT, Cli, counts, run_in_process

HUGE = "9" * 5001
DEMO_PASSWORD = "demo-pass-2021"


def refused(result: Any, *named: str) -> None:
    """Exit status 2 with a short message naming ``named``; no traceback, no crash."""
    assert result.rc == 2, result
    assert "Traceback" not in result.err and "Unexpected error" not in result.err, result
    assert len(result.err) < 1000, result  # a 5,001-digit value is not echoed whole
    for text in named:
        assert text in result.err, (text, result)


# --- a closed pipe ------------------------------------------------------------------------


def _closed_early(cli: Cli, *args: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m app ARGS | true``: the reader has gone before anything is written."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(cli.db), *args],
        cwd=ROOT,
        env=cli.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the program needs far longer than this to start
    err = proc.stderr.read()
    proc.wait(timeout=120)
    return subprocess.CompletedProcess(proc.args, proc.returncode, b"", err)


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("cases", "list"), 141),
        (("companies", "list", "--json"), 141),
        (("case", "show", "ZJ-2021-0001"), 141),
        (("--help",), 0),  # argparse prints help and versions itself, and exits 0
        (("--version",), 0),
    ],
)
def test_a_closed_pipe_ends_quietly(demo_cli: Cli, args: tuple[str, ...], status: int) -> None:
    before = counts(demo_cli.db)
    done = _closed_early(demo_cli, *args)
    assert done.returncode == status, done
    assert done.stderr == b"", done.stderr.decode("utf-8", "replace")
    assert counts(demo_cli.db) == before


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_output_in_process_is_141_and_says_nothing(demo_cli: Cli, capsys: Any) -> None:
    from app.cli import main

    env = demo_cli.env()
    saved = dict(os.environ)
    try:
        os.environ.update(env)
        status = main(["--db", str(demo_cli.db), "cases", "list"], out=_ClosedPipe())
    finally:
        os.environ.clear()
        os.environ.update(saved)
    assert status == 141
    assert capsys.readouterr().err == ""


# --- the database URL ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("foo://bar", "foo://bar"),
        ("mysql://official:secret@db.example/x", "mysql://official:***@db.example/x"),
        ("postgresql+nodriver://official:secret@h/x", "postgresql+nodriver://official:***@h/x"),
        ("postgresql://official:secret@h:port/x", "postgresql://official:***@h:port/x"),
        ("://nothing", "://nothing"),
    ],
)
def test_a_database_url_that_cannot_be_opened_is_named(
    cli: Cli, tmp_path: Path, url: str, shown: str
) -> None:
    result = cli("cases", "list", db=url)
    refused(result, shown)
    assert "secret" not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no file was made
    zh = cli("cases", "list", db=url, lang="zh")
    refused(zh, shown)
    assert "数据库" in zh.err


# --- integers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("deadline", "2021-03-18", HUGE, "--working"), "N"),
        (("case", "status", "ZJ-2021-0001", "closed", "--expected-version", HUGE), "--expected-version"),
        (("finding", "extend", "ZJ-2021-0001", HUGE, "--to", "2031-01-01", "--reason", "r"), "NUMBER"),
        (("finding", "extend", "ZJ-2021-0001", "99999999999999999999", "--to", "2031-01-01", "--reason", "r"), "NUMBER"),
        (("finding", "extend", "ZJ-2021-0001", "0", "--to", "2031-01-01", "--reason", "r"), "NUMBER"),
        (("finding", "extend", "ZJ-2021-0001", "-1", "--to", "2031-01-01", "--reason", "r"), "NUMBER"),
        (
            ("finding", "add", "ZJ-2021-0001", "--item", "A2", "--severity", "high",
             "--description", "d", "--raised-on", "2021-05-01", "--period", HUGE),
            "--period",
        ),
        (
            ("finding", "add", "ZJ-2021-0001", "--item", "A2", "--severity", "high",
             "--description", "d", "--raised-on", "2021-05-01", "--period", "-3"),
            "-3",
        ),
        (
            ("finding", "add", "ZJ-2021-0001", "--item", "A2", "--severity", "high",
             "--description", "d", "--raised-on", "2021-05-01", "--period", "99999"),
            "99999",
        ),
    ],
)  # fmt: skip
def test_an_integer_out_of_any_range_is_refused_naming_the_option(
    demo_cli: Cli, args: tuple[str, ...], option: str
) -> None:
    before = counts(demo_cli.db)
    result = demo_cli(*args)
    refused(result, option)
    assert counts(demo_cli.db) == before
    assert demo_cli(*args, lang="zh").rc == 2


# --- days ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("cases", "list", "--as-of", "99999-01-01"), "--as-of"),
        (("overdue", "--as-of", "9999-12-31"), "--as-of"),
        (("case", "show", "ZJ-2021-0001", "--as-of", "0001-01-01"), "--as-of"),
        (("export-province", "330000", "-o", "{tmp}/p.pdf", "--as-of", "9999-12-31"), "--as-of"),
        (("case", "open", "映客", "--opened-on", "0001-01-01"), "--opened-on"),
        (("deadline", "9999-12-30", "5", "--calendar"), "9999-12-30"),
    ],
)
def test_a_day_far_outside_any_record_is_refused(
    demo_cli: Cli, tmp_path: Path, args: tuple[str, ...], named: str
) -> None:
    before = counts(demo_cli.db)
    result = demo_cli(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    refused(result, named)
    assert counts(demo_cli.db) == before
    assert not (tmp_path / "p.pdf").exists()


# --- bytes that are not UTF-8 ----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("case", "show", "ZJ-\udcff\udcfe"),
        ("case", "open", "\udcff"),
        ("companies", "list", "--province", "\udcff"),
        ("deadline", "2021-03-18", "\udcff", "--working"),
        ("deadline", "\udcff", "3", "--working"),
        ("--lang", "\udcff", "cases", "list"),
        ("\udcff",),
    ],
)
def test_arguments_that_are_not_utf8_are_refused(demo_cli: Cli, args: tuple[str, ...]) -> None:
    # Python hands undecodable bytes of argv over as lone surrogates (\udcXX)
    before = counts(demo_cli.db)
    result = demo_cli(*args)
    assert result.rc == 2, result
    assert "Traceback" not in result.err and "Unexpected error" not in result.err
    assert counts(demo_cli.db) == before


@pytest.mark.sqlite_only
def test_non_utf8_bytes_in_a_real_argv(demo_cli: Cli) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(demo_cli.db), "case", "show", b"ZJ-\xff\xfe"],
        cwd=ROOT,
        env=demo_cli.env(LANG="C.UTF-8"),
        capture_output=True,
        timeout=120,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert "Traceback" not in err and "Unexpected error" not in err


@pytest.mark.sqlite_only
def test_a_console_that_cannot_show_chinese_gets_escapes(demo_cli: Cli) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(demo_cli.db), "--lang", "zh", "cases", "list"],
        cwd=ROOT,
        env=demo_cli.env(PYTHONIOENCODING="ascii"),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("ascii", "replace")
    assert "\\u6848\\u4ef6" in proc.stdout.decode("ascii")  # 案件, the first header


# --- outputs and inputs ----------------------------------------------------------------------


def _read_only_folder(tmp_path: Path) -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not Path("/sys").is_dir():
            pytest.skip("running as root without /sys: no folder is read-only")
        return Path("/sys")  # even root may not create a file there
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize(
    "command", ["export-dossier", "export-province", "export-overdue", "export-cases"]
)
@pytest.mark.parametrize(
    "output", ["folder", "missing folder", "read-only folder", "fifo", "device"]
)
def test_an_output_that_cannot_be_a_new_file_is_refused(
    demo_cli: Cli, tmp_path: Path, command: str, output: str
) -> None:
    suffix = ".xlsx" if command in ("export-overdue", "export-cases") else ".pdf"
    if output == "folder":
        target = tmp_path / f"folder{suffix}"
        target.mkdir()
    elif output == "missing folder":
        target = tmp_path / "no-such-folder" / f"out{suffix}"
    elif output == "read-only folder":
        target = _read_only_folder(tmp_path) / f"out{suffix}"
    elif output == "fifo":
        target = tmp_path / f"pipe{suffix}"
        os.mkfifo(target)
    else:
        target = Path("/dev/null")
    args = {
        "export-dossier": ("export-dossier", "ZJ-2021-0001"),
        "export-province": ("export-province", "330000"),
        "export-overdue": ("export-overdue",),
        "export-cases": ("export-cases",),
    }[command]
    before = counts(demo_cli.db)
    result = demo_cli(*args, "-o", str(target))
    refused(result, str(target))
    assert counts(demo_cli.db) == before
    if output == "fifo":
        assert target.is_fifo()
    if output == "device":
        assert target.is_char_device()  # still the device, not replaced by a file
    if output == "missing folder":
        assert not target.parent.exists()


def test_a_with_files_zip_that_is_a_device_is_refused(demo_cli: Cli, tmp_path: Path) -> None:
    pdf = tmp_path / "d.pdf"
    result = demo_cli("export-dossier", "ZJ-2021-0001", "-o", str(pdf), "--with-files", "/dev/null")
    refused(result, "/dev/null")
    assert not pdf.exists()
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("kind", ["folder", "fifo", "endless device"])
@pytest.mark.parametrize("command", ["companies import", "verify-dossier", "signing set"])
def test_an_input_that_is_not_a_file_is_refused(
    empty_cli: Cli, tmp_path: Path, kind: str, command: str
) -> None:
    suffix = {"companies import": ".csv", "verify-dossier": ".pdf", "signing set": ".p12"}[command]
    path = tmp_path / f"input-{kind.replace(' ', '-')}{suffix}"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # reading it would wait for a writer for ever
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    before = counts(empty_cli.db)
    # A real process with a timeout: a command that blocked would fail here, not hang
    result = empty_cli.process("--db", str(empty_cli.db), *command.split(), str(path))
    refused(result, path.name)
    assert counts(empty_cli.db) == before


@pytest.mark.sqlite_only
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS as on Linux")
def test_companies_import_of_a_spreadsheet_bomb_is_refused_within_bounds(
    empty_cli: Cli, tmp_path: Path
) -> None:
    import resource

    from tests.services.test_spreadsheet_limits import (
        inline,
        rewritten,
        small_book,
        with_dimension,
        with_row,
    )

    # Given a 5 KB workbook declaring A1:XFD1048576 with a value in row 1048576
    bomb = rewritten(
        small_book(tmp_path, "bomb.xlsx"),
        sheet=lambda xml: with_row(f'<row r="1048576">{inline("A1048576", "x")}</row>')(
            with_dimension("A1:XFD1048576")(xml)
        ),
    )
    limit = 1024 * 1024 * 1024  # the whole program: gigabytes would be needed to expand it

    def guard() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    before = counts(empty_cli.db)
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(empty_cli.db), "companies", "import", str(bomb)],
        cwd=ROOT,
        env=empty_cli.env(),
        capture_output=True,
        timeout=120,
        preexec_fn=guard,
    )
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2, err
    assert "200000" in err and "bomb.xlsx" in err and "Traceback" not in err
    assert counts(empty_cli.db) == before


# --- --version, the program's name and the one entry point ---------------------------------


def test_version_prints_the_program_and_its_version(cli: Cli) -> None:
    from app import __version__

    result = cli.run_raw("--version")
    assert result.rc == 0, result
    assert result.out.strip() == f"InspectDesk {__version__}"


@pytest.mark.parametrize(
    ("argv0", "frozen", "name"),
    [
        ("/usr/lib/python3/site-packages/app/__main__.py", False, "python -m app"),
        ("/opt/venv/bin/inspectdesk", False, "inspectdesk"),
        ("C:\\Program Files\\InspectDesk\\inspectdesk.exe", False, "inspectdesk"),
        ("/tmp/_MEI/whatever", True, "inspectdesk"),
    ],
)
def test_messages_name_the_program_as_it_was_started(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, argv0: str, frozen: bool, name: str
) -> None:
    from app.cli import main

    monkeypatch.setattr(sys, "argv", [argv0.replace("\\", os.sep)])
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    with pytest.raises(SystemExit) as usage:
        main(["no-such-command"])
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: {name} "), err
    assert f"{name}: error:" in err
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith(f"usage: {name} ")


def test_no_command_starts_the_window_through_the_entry_point(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import app.entry

    started: list[tuple[str | None, str | None]] = []

    def fake(db: str | None, lang: str | None) -> int:
        started.append((db, lang))
        return 7

    monkeypatch.setattr(app.entry, "start_gui", fake)
    assert app.entry.main(["--db", "x.sqlite3", "--lang", "zh"]) == 7
    assert app.entry.main(["gui"]) == 7
    assert started == [("x.sqlite3", "zh"), (None, None)]


def test_the_command_line_alone_does_not_start_the_window(cli: Cli) -> None:
    result = run_in_process([], cli.env())
    assert result.rc == 2, result
    assert "--help" in result.err


def test_the_command_line_never_loads_the_window() -> None:
    code = (
        "import importlib, pkgutil, sys, app.cli\n"
        "for m in pkgutil.walk_packages(app.cli.__path__, 'app.cli.'):\n"
        "    importlib.import_module(m.name)\n"
        "from app.cli.main import build_parser\n"
        "build_parser()\n"
        "print(sorted(n for n in sys.modules if n.startswith(('app.ui', 'PySide6'))))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_default_lang_is_the_same_from_both_places(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.cli
    import app.lang

    for value, lang in (("zh_CN.UTF-8", "zh"), ("en_GB.UTF-8", "en")):
        monkeypatch.setenv("INSPECTDESK_LANG", value)
        assert app.lang.default_lang() == app.cli.default_lang() == lang


# --- the scope of company lookups, as reported --------------------------------------------


def _as_zhejiang(cli: Cli, *args: str) -> Any:
    env = cli.env(INSPECTDESK_PASSWORD=DEMO_PASSWORD)
    return cli.run_raw("--db", str(cli.db), "--user", "demo_zj_inspector", *args, env=env)


def test_a_zhejiang_inspector_cannot_open_a_case_for_a_beijing_company(cli: Cli) -> None:
    # Given the demo with its accounts, and the Beijing company 映客 as an administrator sees it
    assert cli("init").rc == 0
    assert cli("demo", "--with-users", "--as-of", "2025-06-30").rc == 0
    admin = cli.env(INSPECTDESK_PASSWORD=DEMO_PASSWORD)
    listed = cli.run_raw(
        "--db", str(cli.db), "--user", "demo_admin", "companies", "list", "--json", env=admin
    )
    beijing = next(c for c in json.loads(listed.out) if c["short_name"] == "映客")
    assert beijing["province_code"] == "110000"
    before = counts(cli.db)
    # When the Zhejiang inspector opens a Zhejiang case for it, by short name, code or name
    for value in ("映客", beijing["credit_code"], beijing["name_zh"]):
        result = _as_zhejiang(cli, "case", "open", value, "--province", "330000")
        # Then it is "not found (or not permitted)", and nothing is written
        refused(result, value, "not permitted")
    assert counts(cli.db) == before
    # And the Zhejiang list does not show it either
    mine = json.loads(_as_zhejiang(cli, "companies", "list", "--json").out)
    assert beijing["credit_code"] not in {c["credit_code"] for c in mine}


def test_a_huge_value_is_not_echoed_back_whole(empty_cli: Cli) -> None:
    # Given a case number of 100,000 characters (pasted by mistake, or by an attacker)
    result = empty_cli("case", "show", "Z" * 100_000)
    # Then the refusal quotes it cut, with its length, in a line a terminal can show
    assert result.rc == 2, result
    assert "(100000)" in result.err and len(result.err) < 1_000


def test_a_database_path_with_a_control_character_is_refused(empty_cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = str(tmp_path / "a\x01b.sqlite3")
    result = empty_cli.run_raw("--db", bad, "cases", "list")
    assert result.rc == 2, result
    assert "position" in result.err and "\\x01" in result.err
    assert not any("\x01" in p.name for p in tmp_path.iterdir())
