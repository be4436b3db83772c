"""Excel workbooks an office can work with: a sheet per table, frozen header row, real dates,
column widths that fit, filters on.  Fed plain rows; written with openpyxl in write-only mode
(rows stream to the file, so a list of 500,000 findings does not sit in memory as cells).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.dossier.labels import report_label

DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH = 6
MAX_WIDTH = 60
# widths are estimated from this many rows: enough to see the shape of a column
WIDTH_SAMPLE = 2000
HEADER_FILL = PatternFill("solid", fgColor="E8EBEF")
HEADER_FONT = Font(bold=True)


@dataclass(frozen=True)
class Column:
    key: str  # a report label
    kind: str = "text"  # text | date | int


@dataclass(frozen=True)
class Sheet:
    title_key: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]


def display_width(value: object) -> int:
    """Characters a cell needs: CJK and other wide characters count double."""
    if value is None:
        return 0
    if isinstance(value, date | datetime):
        return 10
    text = str(value)
    longest = max(text.split("\n"), key=len) if "\n" in text else text
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in longest)


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    widths = [display_width(h) + 2 for h in headers]  # room for the filter button
    for row in rows[:WIDTH_SAMPLE]:
        for n, value in enumerate(row):
            widths[n] = max(widths[n], display_width(value))
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, w + 2))) for w in widths]


def write_workbook(
    sheets: Sequence[Sheet],
    out: IO[bytes],
    lang: str,
    *,
    tick: Callable[[int], None] | None = None,
) -> None:
    """Write ``sheets`` as one workbook to ``out``; ``tick(rows written)`` every 1,000 rows."""
    wb = Workbook(write_only=True)
    written = 0
    for sheet in sheets:
        ws: WriteOnlyWorksheet = wb.create_sheet(report_label(sheet.title_key, lang))
        headers = [report_label(c.key, lang) for c in sheet.columns]
        for n, width in enumerate(column_widths(headers, sheet.rows), 1):
            ws.column_dimensions[get_column_letter(n)].width = width
        ws.freeze_panes = "A2"
        last = get_column_letter(len(headers))
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        ws.append([_header(ws, h) for h in headers])
        kinds = [c.kind for c in sheet.columns]
        for row in sheet.rows:
            ws.append(list(_cells(ws, kinds, row)))
            written += 1
            if tick is not None and written % 1000 == 0:
                tick(written)
    wb.save(out)


def _header(ws: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(vertical="top")
    return cell


def _cells(ws: WriteOnlyWorksheet, kinds: Sequence[str], row: Iterable[Any]) -> Iterable[Any]:
    for kind, value in zip(kinds, row, strict=True):
        if kind == "date" and value is not None:
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = DATE_FORMAT
            yield cell
        elif isinstance(value, str):
            yield _text(ws, value)
        else:
            yield value


def _text(ws: WriteOnlyWorksheet, value: str) -> object:
    # Control characters are not allowed in the file format.
    text = "".join(c for c in value if c in "\t\n" or ord(c) >= 32)
    if text.startswith("="):
        # stored text, never a formula (a text from the record must not run in Excel)
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"
        return cell
    return text
