"""`python -m app exchange …`: export, dry-run, import, conflicts and resolve, as an official
types them, and a damaged package refused with its reason and nothing written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.db.migrate import open_database
from app.services.rectification import findings
from app.services.support.context import Actor
from tests.cli.conftest import Cli, Db, NewDatabases, copy_db, counts


@pytest.fixture
def receiver(templates: dict[str, Db], new_databases: NewDatabases, tmp_path: Path) -> Iterator[Db]:
    """A second office's database, initialised and empty."""
    db = new_databases.new(tmp_path, "receiver")
    copy_db(templates["empty"], db)
    yield db


def _export(cli: Cli, path: Path, *scope: str) -> None:
    result = cli("exchange", "export", *scope, "-o", str(path))
    assert result.rc == 0, result
    assert path.is_file()


def test_export_dry_run_and_import(demo_cli: Cli, receiver: Db, tmp_path: Path) -> None:
    package = tmp_path / "zj.zip"
    result = demo_cli("exchange", "export", "--province", "浙江", "-o", str(package))
    assert result.rc == 0, result
    assert "2 cases" in result.out and str(package) in result.out

    before = counts(receiver)
    dry = demo_cli("exchange", "import", str(package), "--dry-run", db=receiver)
    assert dry.rc == 0, dry
    assert "Dry run: nothing was written." in dry.out
    total = next(line for line in dry.out.splitlines() if line.startswith("total"))
    assert total.split()[1:] == ["56", "0", "0", "0"]
    assert counts(receiver) == before

    done = demo_cli("exchange", "import", str(package), "--lang", "zh", db=receiver)
    assert done.rc == 0, done
    assert "已导入" in done.out and "新增" in done.out
    assert counts(receiver)["cases"] == 2

    after = counts(receiver)
    again = demo_cli("exchange", "import", str(package), "--json", db=receiver)
    assert again.rc == 0, again
    data = json.loads(again.out)
    assert data["already_imported"] is True and data["package_id"]
    assert counts(receiver) == after
    assert demo_cli("audit", "verify", db=receiver).rc == 0


def test_export_needs_exactly_one_scope(demo_cli: Cli, tmp_path: Path) -> None:
    result = demo_cli("exchange", "export", "-o", str(tmp_path / "x.zip"))
    assert result.rc == 2 and "--case" in result.err
    both = demo_cli(
        "exchange", "export", "--case", "ZJ-2021-0001", "--province", "330000", "-o", "x.zip"
    )
    assert both.rc == 2
    unknown = demo_cli(
        "exchange", "export", "--case", "ZJ-2099-0001", "-o", str(tmp_path / "y.zip")
    )
    assert unknown.rc == 2 and "ZJ-2099-0001" in unknown.err
    assert not (tmp_path / "y.zip").exists()


def test_a_damaged_package_is_refused_with_its_reason(
    demo_cli: Cli, receiver: Db, tmp_path: Path
) -> None:
    package = tmp_path / "zj.zip"
    _export(demo_cli, package, "--case", "ZJ-2021-0001")
    data = package.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) - 200])
    before = counts(receiver)

    result = demo_cli("exchange", "import", str(cut), db=receiver)

    assert result.rc == 2
    assert str(cut) in result.err and "truncated" in result.err
    zh = demo_cli("exchange", "import", str(cut), "--lang", "zh", db=receiver)
    assert zh.rc == 2 and "交换包" in zh.err
    assert counts(receiver) == before


def test_conflicts_are_listed_and_resolved_field_by_field(
    demo_cli: Cli, receiver: Db, tmp_path: Path
) -> None:
    # Given both offices changed finding #3 of ZJ-2021-0001 after exchanging the case
    _export(demo_cli, tmp_path / "1.zip", "--case", "ZJ-2021-0001")
    assert demo_cli("exchange", "import", str(tmp_path / "1.zip"), db=receiver).rc == 0
    for db, evidence in ((demo_cli.db, "甲方材料"), (receiver, "乙方材料")):
        opened = open_database(str(db))
        try:
            findings.submit_rectification(
                opened,
                Actor("t", role="supervisor"),
                "ZJ-2021-0001",
                3,
                evidence=evidence,
                submitted_on=date.today(),
            )
        finally:
            opened.dispose()
    _export(demo_cli, tmp_path / "2.zip", "--case", "ZJ-2021-0001")

    result = demo_cli("exchange", "import", str(tmp_path / "2.zip"), db=receiver)
    assert result.rc == 0 and "kept for review" in result.out

    listed = demo_cli("exchange", "conflicts", db=receiver)
    assert listed.rc == 0
    assert "ZJ-2021-0001 #3" in listed.out and "rectification_evidence" in listed.out
    (conflict,) = json.loads(demo_cli("exchange", "conflicts", "--json", db=receiver).out)
    short = conflict["id"][:8]

    bad = demo_cli(
        "exchange", "resolve", short, "--take", "local", "--field", "colour=incoming", db=receiver
    )
    assert bad.rc == 2 and "colour" in bad.err

    done = demo_cli(
        "exchange",
        "resolve",
        short,
        "--take",
        "local",
        "--field",
        "rectification_evidence=incoming",
        db=receiver,
    )
    assert done.rc == 0, done
    assert "1 fields from the package" in done.out
    assert "(none)" in demo_cli("exchange", "conflicts", db=receiver).out
    shown = json.loads(demo_cli("case", "show", "ZJ-2021-0001", "--json", db=receiver).out)
    finding = next(f for f in shown["findings"] if f["number"] == 3)
    assert finding["rectification_evidence"] == "甲方材料"
    assert demo_cli("audit", "verify", db=receiver).rc == 0
