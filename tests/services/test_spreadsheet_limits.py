"""Reading a spreadsheet is bounded in memory and time, whatever the file claims.

The hostile files are built here from a valid workbook: its sheet's XML rewritten (a
declared dimension of A1:XFD1048576, a row numbered 1048576, a value in column XFD)
or members added (a zip bomb, a directory of thousands of parts, a size the directory
lies about). Each is read in a child process whose address space is limited
(RLIMIT_AS): a reader that expands what the file declares runs out of memory there
and the test fails, instead of taking the machine's memory with it.
"""

from __future__ import annotations

import csv
import json
import os
import re
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from app.db.engine import Database
from app.services.registry import companies, table_files
from app.services.support.context import Actor
from tests.services.helpers import credit_code

ROOT = Path(__file__).resolve().parents[2]
SHEET = "xl/worksheets/sheet1.xml"
MEMORY_LIMIT = 768 * 1024 * 1024  # the child's whole address space, Python and openpyxl included
TIME_LIMIT = 60  # seconds; the bounded reads below take well under one
HEADER = ["credit_code", "name_zh", "province"]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS and FIFOs as on Linux"
)

_CHILD = """
import json, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from app.domain.catalogue import catalogue
catalogue()  # the texts, read before a refusal needs them
from app.domain.errors import InspectDeskError
from app.services.registry.table_files import read_table
try:
    rows = read_table(Path(sys.argv[1]))
except InspectDeskError as exc:
    values = {{k: str(v) for k, v in exc.values.items()}}
    print(json.dumps({{"code": exc.code, "values": values, "en": exc.render("en"),
                      "zh": exc.render("zh")}}))
else:
    print(json.dumps({{"rows": len(rows), "width": max(map(len, rows), default=0),
                      "first": rows[:3]}}))
"""


def read_bounded(path: Path) -> dict[str, Any]:
    """``read_table(path)`` in a child process limited in memory and time."""
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD.format(limit=MEMORY_LIMIT), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIME_LIMIT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]  # a MemoryError lands here
    result: dict[str, Any] = json.loads(proc.stdout)
    result["seconds"] = time.monotonic() - started
    return result


# --- building the files ---------------------------------------------------------------------


def workbook(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def rewritten(
    path: Path,
    sheet: Callable[[str], str] | None = None,
    add: Callable[[zipfile.ZipFile], None] | None = None,
) -> Path:
    """The workbook at ``path`` with its sheet's XML passed through ``sheet`` and members
    added by ``add``."""
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members:
            if name == SHEET and sheet is not None:
                data = sheet(data.decode("utf-8")).encode("utf-8")
            out.writestr(name, data)
        if add is not None:
            add(out)
    return path


def with_dimension(ref: str) -> Callable[[str], str]:
    def change(xml: str) -> str:
        start = xml.index("<dimension ref=")
        end = xml.index("/>", start) + 2
        return xml[:start] + f'<dimension ref="{ref}"/>' + xml[end:]

    return change


def with_row(xml_row: str) -> Callable[[str], str]:
    return lambda xml: xml.replace("</sheetData>", xml_row + "</sheetData>")


def with_cell(ref: str, cell: str) -> Callable[[str], str]:
    """The sheet with the cell at ``ref`` replaced by the XML ``cell``."""
    pattern = re.compile(f'<c r="{ref}"[^>]*>.*?</c>')
    return lambda xml: pattern.sub(lambda _match: cell, xml, count=1)


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def small_book(tmp_path: Path, name: str = "book.xlsx") -> Path:
    return workbook(
        tmp_path / name,
        [
            HEADER,
            [credit_code(1), "杭州一号科技有限公司", "330000"],
            [credit_code(2), "杭州二号", "浙江"],
        ],
    )


# --- XLSX -----------------------------------------------------------------------------------


def test_a_declared_dimension_of_the_whole_sheet_is_ignored(tmp_path: Path) -> None:
    # Given a 3-row workbook that declares A1:XFD1048576 (5 KB; openpyxl would pad
    # every row to 16,384 columns and add a million rows: gigabytes)
    path = rewritten(small_book(tmp_path), sheet=with_dimension("A1:XFD1048576"))
    assert path.stat().st_size < 10_000
    # When it is read under the memory guard
    result = read_bounded(path)
    # Then its rows are read as they are, as wide as their cells
    assert result["rows"] == 3 and result["width"] == 3, result
    assert result["first"][0] == HEADER


def test_a_row_numbered_1048576_is_refused_at_the_row_limit(tmp_path: Path) -> None:
    path = rewritten(
        small_book(tmp_path),
        sheet=lambda xml: with_row(f'<row r="1048576">{inline("A1048576", "x")}</row>')(
            with_dimension("A1:XFD1048576")(xml)
        ),
    )
    result = read_bounded(path)
    assert result.get("code") == "import.too_many_rows", result
    assert result["values"]["limit"] == str(table_files.MAX_ROWS)
    assert "200000" in result["en"] and "book.xlsx" in result["en"]
    assert result["seconds"] < TIME_LIMIT / 2


def test_a_value_beyond_the_column_limit_is_refused(tmp_path: Path) -> None:
    path = rewritten(
        small_book(tmp_path), sheet=with_row(f'<row r="4">{inline("XFD4", "x")}</row>')
    )
    result = read_bounded(path)
    assert result.get("code") == "import.too_many_columns", result
    assert result["values"] == {
        "file": "book.xlsx",
        "row": "4",
        "column": "XFD",
        "limit": str(table_files.MAX_COLUMNS),
    }


def test_empty_cells_beyond_the_column_limit_are_ignored(tmp_path: Path) -> None:
    path = rewritten(small_book(tmp_path), sheet=with_row('<row r="4"><c r="XFD4" s="0"/></row>'))
    result = read_bounded(path)
    assert result["rows"] == 4 and result["width"] == table_files.MAX_COLUMNS, result


def test_an_over_long_cell_is_refused(tmp_path: Path) -> None:
    long = "长" * (table_files.MAX_CELL_CHARS + 1)
    path = workbook(tmp_path / "long.xlsx", [HEADER, [credit_code(1), long, "330000"]])
    result = read_bounded(path)
    assert result.get("code") == "import.cell_too_long", result
    assert (result["values"]["row"], result["values"]["column"]) == ("2", "B")
    assert result["values"]["limit"] == str(table_files.MAX_CELL_CHARS)


def test_a_zip_bomb_member_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    def bomb(out: zipfile.ZipFile) -> None:
        with out.open("xl/media/image1.png", "w") as member:  # 64 MiB of zeros, ~64 KB packed
            for _ in range(64):
                member.write(bytes(1024 * 1024))

    path = rewritten(small_book(tmp_path), add=bomb)
    assert path.stat().st_size < 200_000
    result = read_bounded(path)
    assert result.get("code") == "import.xlsx_ratio", result
    assert result["values"]["member"] == "xl/media/image1.png"
    assert int(result["values"]["ratio"]) > table_files.MAX_RATIO


def test_a_size_the_directory_declares_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    path = rewritten(small_book(tmp_path), add=lambda out: out.writestr("xl/big.bin", b"x" * 100))
    declared = table_files.MAX_UNPACKED_BYTES + 1
    _declare_size(path, "xl/big.bin", declared)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/big.bin").file_size == declared
    result = read_bounded(path)
    assert result.get("code") == "import.xlsx_too_large", result
    assert result["values"]["member"] == "xl/big.bin"


def test_a_directory_of_thousands_of_parts_is_refused(tmp_path: Path) -> None:
    def parts(out: zipfile.ZipFile) -> None:
        for n in range(25_000):
            out.writestr(f"xl/media/part{n:05d}.bin", b"")

    result = read_bounded(rewritten(small_book(tmp_path), add=parts))
    assert result.get("code") == "import.xlsx_directory", result


def test_a_damaged_workbook_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = read_bounded(path)
    assert result.get("code") == "import.unreadable", result


def _declare_size(path: Path, name: str, size: int) -> None:
    """Make the zip's central directory claim ``size`` unpacked bytes for ``name``."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        extra, comment = struct.unpack_from("<HH", data, at + 30)
        if data[at + 46 : at + 46 + name_length].decode() == name:
            struct.pack_into("<L", data, at + 24, size)
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 46 + name_length + extra + comment)
    raise AssertionError(f"{name} is not in {path}")


# --- CSV ------------------------------------------------------------------------------------


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_a_csv_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:  # sparse: no disk used, nothing to read
        out.truncate(table_files.MAX_FILE_BYTES + 1)
    result = read_bounded(path)
    assert result.get("code") == "import.too_large", result
    assert result["values"]["limit"] == str(table_files.MAX_FILE_BYTES)
    assert result["seconds"] < 10


def test_a_csv_of_the_row_limit_is_read_and_one_more_row_is_refused(tmp_path: Path) -> None:
    rows = [HEADER] + [["x", "y", "z"]] * table_files.MAX_ROWS
    assert read_bounded(write_csv(tmp_path / "full.csv", rows))["rows"] == len(rows)
    result = read_bounded(write_csv(tmp_path / "over.csv", [*rows, ["x", "y", "z"]]))
    assert result.get("code") == "import.too_many_rows", result
    assert result["values"]["row"] == str(table_files.MAX_ROWS + 2)


def test_a_csv_value_beyond_the_column_limit_is_refused(tmp_path: Path) -> None:
    wide = ["", *[""] * 60]
    wide[table_files.MAX_COLUMNS] = "x"  # column 51, AY
    result = read_bounded(write_csv(tmp_path / "wide.csv", [HEADER, wide]))
    assert result.get("code") == "import.too_many_columns", result
    assert (result["values"]["row"], result["values"]["column"]) == ("2", "AY")
    trailing = read_bounded(write_csv(tmp_path / "trailing.csv", [HEADER, ["a"] + [""] * 500]))
    assert trailing["rows"] == 2 and trailing["width"] == table_files.MAX_COLUMNS


def test_csv_fields_over_the_cell_limit_are_refused(tmp_path: Path) -> None:
    long = write_csv(tmp_path / "long.csv", [HEADER, ["a", "b" * 10_001, "c"]])
    result = read_bounded(long)
    assert result.get("code") == "import.cell_too_long", result
    assert result["values"]["column"] == "B"
    huge = write_csv(tmp_path / "huge_field.csv", [HEADER, ["a", "b" * 200_000, "c"]])
    result = read_bounded(huge)  # beyond csv's own field limit: refused by it, same words
    assert result.get("code") == "import.field_too_long", result
    assert str(table_files.MAX_CELL_CHARS) in result["en"]


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_an_input_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"companies-{kind}.csv"
    if kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer for ever
    else:
        path.symlink_to("/dev/zero")  # reading it would never end
    result = read_bounded(path)
    assert result.get("code") == "import.not_a_file", result
    assert path.name in result["en"] and path.name in result["zh"]


# --- through the import --------------------------------------------------------------------


def test_the_import_of_a_bomb_writes_nothing_and_names_the_limit(
    db: Database, tmp_path: Path
) -> None:
    actor = Actor("importer", role="admin")
    path = rewritten(
        small_book(tmp_path, "bomb.xlsx"),
        sheet=with_row(f'<row r="1048576">{inline("A1048576", "x")}</row>'),
    )
    with pytest.raises(companies.ValidationError) as refused:
        companies.import_companies(db, actor, path)
    assert refused.value.code == "import.too_many_rows"
    assert companies.list_companies(db, actor) == []
    # The same rows, the declared dimension aside, import as usual
    fine = rewritten(small_book(tmp_path, "fine.xlsx"), sheet=with_dimension("A1:XFD1048576"))
    assert companies.import_companies(db, actor, fine) == 2
    assert {r.credit_code for r in companies.list_companies(db, actor)} == {
        credit_code(1),
        credit_code(2),
    }


# --- formulas ---------------------------------------------------------------------------------


def test_a_formula_imports_the_value_the_spreadsheet_computed(db: Database, tmp_path: Path) -> None:
    # Given a workbook as a spreadsheet program saves it: the province is a formula whose
    # last result (330000) is stored beside it, and a text formula whose result is empty
    path = rewritten(
        small_book(tmp_path),
        sheet=lambda xml: with_cell("C3", '<c r="C3"><f>330000+0</f><v>330000</v></c>')(
            xml
        ).replace(
            "</row></sheetData>",
            '<c r="D3" t="str"><f>IF(1,"","x")</f><v></v></c></row></sheetData>',
        ),
    )
    assert "<f>330000+0</f>" in zipfile.ZipFile(path).read(SHEET).decode()
    actor = Actor("importer", role="admin")
    # Then the import stores the computed values
    assert companies.import_companies(db, actor, path) == 2
    stored = {r.credit_code: r.province_code for r in companies.list_companies(db, actor)}
    assert stored[credit_code(2)] == "330000"


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="C3"><f>B3&amp;"x"</f></c>',  # no <v> at all
        '<c r="C3"><f>0</f><v></v></c>',  # an empty number: what openpyxl writes for "=0"
        '<x:c r="C3"><x:f t="shared" si="0"/></x:c>',  # a prefixed, shared formula
    ],
)
def test_a_formula_without_its_computed_value_is_named_not_read_as_empty(
    db: Database, tmp_path: Path, cell: str
) -> None:
    path = rewritten(
        small_book(tmp_path),
        sheet=lambda xml: with_cell("C3", cell)(xml).replace(
            "<worksheet ",
            '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
        ),
    )
    actor = Actor("importer", role="admin")
    with pytest.raises(companies.ValidationError) as refused:
        companies.import_companies(db, actor, path)
    error = refused.value
    assert error.code == "import.formula_without_value"
    assert (error.values["row"], error.values["column"]) == ("3", "C")
    assert "C" in error.render("en") and "3" in error.render("zh") and "公式" in error.render("zh")
    assert companies.list_companies(db, actor) == []


def test_a_typed_equals_sign_written_by_openpyxl_is_refused_not_lost(tmp_path: Path) -> None:
    # openpyxl stores any text starting with "=" as a formula with no result: the address
    # "=0" would otherwise come back as an empty cell and be silently dropped
    path = workbook(
        tmp_path / "eq.xlsx", [[*HEADER, "address"], [credit_code(1), "杭州", "330000", "=0"]]
    )
    result = read_bounded(path)
    assert result.get("code") == "import.formula_without_value", result
    assert "D" in result["en"] and "=0" in result["en"]
