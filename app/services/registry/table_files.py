"""Reading the table in a CSV or XLSX file a user chose, bounded in memory and time.

A spreadsheet is hostile input: a few kilobytes can declare a million rows by sixteen
thousand columns (``<dimension ref="A1:XFD1048576">``), number a single row 1048576,
or pack gigabytes into a zip member. So, before anything is parsed:

* the file must be a regular file (not a folder, a device such as ``/dev/zero`` or a
  pipe, which would block) of at most :data:`MAX_FILE_BYTES`;
* an XLSX is a zip: its central directory, the unpacked size of each member and of
  all of them together, and each member's compression ratio are checked against
  :data:`MAX_DIRECTORY_BYTES`, :data:`MAX_UNPACKED_BYTES` and :data:`MAX_RATIO` from
  the zip's own directory, which bounds what can be unpacked from it;

and while reading, row by row and stopping at the first bound reached:

* at most :data:`MAX_ROWS` rows below the header (empty rows count: a sheet that goes
  on beyond that row is refused, whatever its declared dimension says);
* at most :data:`MAX_COLUMNS` columns holding a value (empty cells beyond are ignored);
* at most :data:`MAX_CELL_CHARS` characters in a cell.

A bound reached is a ValidationError naming the file and the limit; nothing was read
into the database (the import is all or nothing).
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import struct
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from app.domain.errors import ValidationError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000  # below the header row
MAX_COLUMNS = 50
MAX_CELL_CHARS = 10_000
# An XLSX unpacked: every member together, and the ratio of a member's unpacked to its
# packed size (spreadsheet XML packs about 5 to 20 times; a zip bomb about a thousand).
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # members unpacking to less are not worth a ratio check
MAX_DIRECTORY_BYTES = 1024 * 1024  # the zip's central directory: some 10,000 members
XLSX_SUFFIXES = (".xlsx", ".xlsm")


def read_table(path: Path) -> list[list[str]]:
    """The rows of a CSV (UTF-8, UTF-8 with BOM, GB18030) or XLSX file as text cells.

    The header is the first row. Refused with a ValidationError naming the file: an
    unknown suffix, a file that cannot be read, and any bound of this module reached.
    """
    suffix = path.suffix.lower()
    if suffix != ".csv" and suffix not in XLSX_SUFFIXES:
        raise ValidationError("import.format", suffix=suffix or path.name)
    try:
        with _open_regular(path) as handle:
            if suffix == ".csv":
                return _bounded(_csv_rows(handle, path.name), path.name)
            return _read_xlsx(handle, path.name)
    except ValidationError:
        raise
    except (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile) as exc:
        raise ValidationError("import.unreadable", file=path.name, reason=str(exc)) from exc
    except MemoryError:
        raise  # never hidden as a damaged file
    except Exception as exc:  # openpyxl raises assorted errors on damaged workbooks
        raise ValidationError(
            "import.unreadable", file=path.name, reason=type(exc).__name__
        ) from exc


def _open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading if it is a regular file of at most MAX_FILE_BYTES.

    Opened without blocking (a pipe with no writer would wait for ever) and checked
    on the open descriptor, so the file checked is the file read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError("import.not_a_file", file=path.name)
        if info.st_size > MAX_FILE_BYTES:
            raise ValidationError(
                "import.too_large", file=path.name, size=info.st_size, limit=MAX_FILE_BYTES
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# --- CSV -------------------------------------------------------------------------------------


def _csv_rows(handle: IO[bytes], file: str) -> Iterator[Sequence[Any]]:
    raw = handle.read(MAX_FILE_BYTES + 1)  # the size was checked; a file growing meanwhile
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError("import.too_large", file=file, size=len(raw), limit=MAX_FILE_BYTES)
    text = _decode(raw, file)
    del raw
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        yield from reader
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            # csv's own bound on one field (128 KiB), reached before ours is checked
            raise ValidationError(
                "import.field_too_long", file=file, line=reader.line_num, limit=MAX_CELL_CHARS
            ) from exc
        raise


def _decode(raw: bytes, file: str) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("import.encoding", file=file)


# --- XLSX ------------------------------------------------------------------------------------


def _read_xlsx(handle: IO[bytes], file: str) -> list[list[str]]:
    _check_zip(handle, file)
    handle.seek(0)
    from openpyxl import load_workbook

    workbook = load_workbook(handle, read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise ValidationError("import.empty", file=file)
        sheet = workbook.worksheets[0]
        # Ignore the declared dimension: openpyxl would pad every row to its width and
        # add every row up to its height. Without it a row is as wide as its last cell,
        # and the rows missing between two numbered ones come as empty rows.
        sheet.reset_dimensions()
        table = _bounded(sheet.iter_rows(min_row=1, min_col=1, values_only=True), file)
        member = getattr(sheet, "_worksheet_path", None)
    finally:
        workbook.close()
    handle.seek(0)
    _check_formulas(handle, file, member)
    return table


# A formula element in the sheet's XML (<f>, <f t="shared" .../>, with or without a prefix).
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


def _check_formulas(handle: IO[bytes], file: str, member: str | None) -> None:
    """Refuse a formula cell without a computed value, which would read as empty.

    A spreadsheet program stores each formula's last result beside it (``<v>``; an
    empty one in a text cell is an empty result), and that result is what is imported. A file written by a program, or a cell whose text
    starts with ``=`` written as a formula, may hold the formula alone: reading it as an
    empty cell would lose what the user sees, so the cell is named instead. The sheet's
    XML is parsed for this only when it holds a formula at all (expat >= 2.4 refuses
    entity expansion attacks; the zip's sizes were bounded before).
    """
    if member is None:
        return
    with zipfile.ZipFile(handle) as archive:
        try:
            xml = archive.read(member.lstrip("/"))
        except KeyError:
            return
    if not _FORMULA.search(xml):
        return
    from xml.etree.ElementTree import iterparse

    for _event, cell in iterparse(io.BytesIO(xml)):
        if _local(cell.tag) != "c":
            continue
        children = {_local(child.tag): child for child in cell}
        formula, value = children.get("f"), children.get("v")
        # An empty <v> is a computed empty text only in a cell typed as text ("str").
        computed = value is not None and (bool(value.text) or cell.get("t") == "str")
        if formula is not None and not computed:
            reference = cell.get("r", "")
            column = reference.rstrip("0123456789")
            raise ValidationError(
                "import.formula_without_value",
                file=file,
                row=reference[len(column) :],
                column=column,
                formula=("=" + (formula.text or ""))[:50],
            )
        cell.clear()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check_zip(handle: IO[bytes], file: str) -> None:
    """Refuse a zip whose directory or unpacked members exceed the bounds, before any of
    it is unpacked (``zipfile`` never unpacks more of a member than its directory says)."""
    _check_directory(handle, file)
    handle.seek(0)
    with zipfile.ZipFile(handle) as archive:
        total = 0
        for member in archive.infolist():
            total += member.file_size
            if total > MAX_UNPACKED_BYTES:
                raise ValidationError(
                    "import.xlsx_too_large",
                    file=file,
                    member=member.filename,
                    limit=MAX_UNPACKED_BYTES,
                )
            packed = max(member.compress_size, 1)
            if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * packed:
                raise ValidationError(
                    "import.xlsx_ratio",
                    file=file,
                    member=member.filename,
                    size=member.file_size,
                    ratio=member.file_size // packed,
                    limit=MAX_RATIO,
                )


_EOCD = struct.Struct("<4s4H2LH")  # the end of central directory record
_ZIP64_LOCATOR = b"PK\x06\x07"


def _check_directory(handle: IO[bytes], file: str) -> None:
    """The central directory is read whole by ``zipfile``: bound it from the end record."""
    size = handle.seek(0, io.SEEK_END)
    tail_length = min(size, _EOCD.size + 0xFFFF)  # the record and a comment of at most 64 KiB
    handle.seek(size - tail_length)
    tail = handle.read(tail_length)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < _EOCD.size:
        raise zipfile.BadZipFile("File is not a zip file")
    fields = _EOCD.unpack_from(tail, at)
    directory_bytes = fields[5]
    zip64 = at >= 20 and tail[at - 20 : at - 16] == _ZIP64_LOCATOR
    if zip64 or directory_bytes > MAX_DIRECTORY_BYTES:
        raise ValidationError("import.xlsx_directory", file=file, limit=MAX_DIRECTORY_BYTES)


# --- the bounds on rows, columns and cells ---------------------------------------------------


def _bounded(rows: Iterable[Sequence[Any]], file: str) -> list[list[str]]:
    """The rows as text, refused at the first row, column or cell beyond the bounds."""
    from openpyxl.utils import get_column_letter

    table: list[list[str]] = []
    for number, values in enumerate(rows, start=1):
        if number > MAX_ROWS + 1:
            raise ValidationError("import.too_many_rows", file=file, row=number, limit=MAX_ROWS)
        if len(values) > MAX_COLUMNS:
            extra = values[MAX_COLUMNS:]
            if extra.count(None) + extra.count("") != len(extra):
                column = MAX_COLUMNS + next(i for i, v in enumerate(extra) if v not in (None, ""))
                raise ValidationError(
                    "import.too_many_columns",
                    file=file,
                    row=number,
                    column=get_column_letter(column + 1),
                    limit=MAX_COLUMNS,
                )
            values = values[:MAX_COLUMNS]
        cells = ["" if v is None else _cell_text(v) for v in values]
        for index, cell in enumerate(cells):
            if len(cell) > MAX_CELL_CHARS:
                raise ValidationError(
                    "import.cell_too_long",
                    file=file,
                    row=number,
                    column=get_column_letter(index + 1),
                    length=len(cell),
                    limit=MAX_CELL_CHARS,
                )
        table.append(cells)
    return table


def _cell_text(value: object) -> str:
    # Spreadsheets turn long digit strings into numbers; a credit code of digits only
    # must come back without a trailing ".0".
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
