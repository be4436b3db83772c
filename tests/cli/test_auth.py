"""Authentication on the command line: --user and INSPECTDESK_PASSWORD once accounts exist."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli.conftest import Cli, Db, NewDatabases, copy_db, counts

DEMO_PASSWORD = "demo-pass-2021"
ZJ = "330000"


@pytest.fixture(scope="module")
def demo_with_users(tmp_path_factory: pytest.TempPathFactory, module_databases: NewDatabases) -> Db:
    folder = tmp_path_factory.mktemp("auth-template")
    cli = Cli(module_databases.new(folder, "demo"), tmp_path_factory.mktemp("auth-data"))
    assert cli("init").rc == 0
    result = cli("demo", "--with-users", "--as-of", "2025-06-30")
    assert result.rc == 0, result
    return cli.db


@pytest.fixture
def ucli(cli: Cli, demo_with_users: Db) -> Iterator[Cli]:
    copy_db(demo_with_users, cli.db)
    yield cli


def run(cli: Cli, *args: str, user: str | None = None, password: str | None = None, **env: str):  # type: ignore[no-untyped-def]
    options = ["--db", str(cli.db)]
    if user:
        options += ["--user", user]
    extra = dict(env)
    if password is not None:
        extra["INSPECTDESK_PASSWORD"] = password
    return cli.run_raw(*options, *args, env=cli.env(**extra))


def test_commands_need_a_login_once_users_exist(ucli: Cli) -> None:
    result = run(ucli, "cases", "list")
    assert result.rc == 2 and "--user" in result.err
    # stdin is not a terminal: no prompt, missing password is exit 2
    result = run(ucli, "cases", "list", user="demo_admin")
    assert result.rc == 2 and "INSPECTDESK_PASSWORD" in result.err
    assert run(ucli, "deadline", "2021-03-18", "10", "--working").rc == 0
    assert run(ucli, "init").rc == 0


def test_wrong_password_and_unknown_login_are_the_same_exit_2(ucli: Cli) -> None:
    wrong = run(ucli, "cases", "list", user="demo_admin", password="not the password")
    unknown = run(ucli, "cases", "list", user="nobody", password="not the password")
    assert wrong.rc == unknown.rc == 2
    assert wrong.err == unknown.err and "Login failed" in wrong.err
    assert wrong.out == unknown.out == ""


def test_a_zhejiang_inspector_sees_only_zhejiang(ucli: Cli) -> None:
    import json

    result = run(ucli, "cases", "list", "--json", user="demo_zj_inspector", password=DEMO_PASSWORD)
    assert result.rc == 0, result
    assert {r["province_code"] for r in json.loads(result.out)} == {ZJ}
    result = run(
        ucli,
        "overdue",
        "--json",
        "--as-of",
        "2025-06-30",
        user="demo_zj_inspector",
        password=DEMO_PASSWORD,
    )
    assert result.rc == 0, result
    assert {r["province_code"] for r in json.loads(result.out)} <= {ZJ}
    admin = run(ucli, "cases", "list", "--json", user="demo_admin", password=DEMO_PASSWORD)
    assert len({r["province_code"] for r in json.loads(admin.out)}) > 1


def test_a_viewer_may_not_open_a_case_and_nothing_is_written(ucli: Cli) -> None:
    import json

    listing = run(ucli, "companies", "list", "--json", user="demo_admin", password=DEMO_PASSWORD)
    company = next(c for c in json.loads(listing.out) if c["province_code"] == "110000")
    before = counts(ucli.db)
    result = run(
        ucli, "case", "open", company["credit_code"], user="demo_bj_viewer", password=DEMO_PASSWORD
    )
    assert result.rc == 2 and "(Viewer)" in result.err and "Open a case" in result.err, result
    assert counts(ucli.db) == before


def test_user_commands(ucli: Cli) -> None:
    import json

    admin = {"user": "demo_admin", "password": DEMO_PASSWORD}
    result = run(
        ucli,
        "user",
        "add",
        "wang",
        "--role",
        "inspector",
        "--provinces",
        "330000,北京",
        "--name",
        "王五",
        INSPECTDESK_NEW_PASSWORD="wang-password-1",
        **admin,
    )
    assert result.rc == 0, result
    listed = json.loads(run(ucli, "user", "list", "--json", **admin).out)
    wang = next(u for u in listed if u["login"] == "wang")
    assert wang["role"] == "inspector" and set(wang["provinces"]) == {ZJ, "110000"}
    assert "password_hash" not in wang
    assert run(ucli, "cases", "list", user="wang", password="wang-password-1").rc == 0
    assert run(ucli, "user", "role", "wang", "supervisor", **admin).rc == 0
    assert run(ucli, "user", "scope", "wang", "--all", **admin).rc == 0
    result = run(
        ucli, "user", "reset-password", "wang", INSPECTDESK_NEW_PASSWORD="wang-password-2", **admin
    )
    assert result.rc == 0, result
    assert run(ucli, "cases", "list", user="wang", password="wang-password-1").rc == 2
    assert run(ucli, "cases", "list", user="wang", password="wang-password-2").rc == 0
    assert run(ucli, "user", "disable", "wang", **admin).rc == 0
    assert run(ucli, "cases", "list", user="wang", password="wang-password-2").rc == 2
    # Only administrators manage users
    refused = run(ucli, "user", "list", user="demo_supervisor", password=DEMO_PASSWORD)
    assert refused.rc == 2
    # Too short a password
    short = run(
        ucli,
        "user",
        "add",
        "zhao",
        "--role",
        "viewer",
        "--all",
        INSPECTDESK_NEW_PASSWORD="short",
        **admin,
    )
    assert short.rc == 2 and "10" in short.err


def test_first_admin_on_an_empty_database(empty_cli: Cli) -> None:
    # Without users, commands run as before (local administrator).
    assert run(empty_cli, "cases", "list").rc == 0
    result = run(
        empty_cli,
        "user",
        "add",
        "chief",
        "--role",
        "admin",
        INSPECTDESK_NEW_PASSWORD="chief-password",
    )
    assert result.rc == 0, result
    assert run(empty_cli, "cases", "list").rc == 2
    assert run(empty_cli, "cases", "list", user="chief", password="chief-password").rc == 0
    # a second admin needs an administrator's login now
    again = run(
        empty_cli,
        "user",
        "add",
        "other",
        "--role",
        "admin",
        INSPECTDESK_NEW_PASSWORD="other-password",
    )
    assert again.rc == 2
