"""The figures a benchmark reports, in the one form ``run_all.py`` collects.

Every benchmark prints its own table for a reader, then one line

    BENCH_FIGURES [{"figure": ..., "median": ..., "unit": ..., "target": ..., ...}, ...]

that ``run_all.py`` reads back. A figure's ``limit`` is what the same work costs
without the application (plain sqlite3, bare PySide6, bare ReportLab), measured in
the same run; ``work`` says what was really done (rows, pages, hits), so that a
figure over empty work cannot pass unseen: a benchmark that finds its work empty
reports the figure with ``empty`` set, and the figure fails.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass

MARK = "BENCH_FIGURES "


@dataclass(frozen=True)
class Figure:
    figure: str
    median: float
    unit: str  # "s", "ms", "MB", "x"
    target: float | None  # at most this (None: shown for comparison, judged by nothing)
    limit: float | None = None  # the same work without the application, this run
    work: str = ""  # what was timed: "1,600 rows", "232 pages"
    empty: bool = False  # the timed work was empty: the figure fails whatever its time

    @property
    def passed(self) -> bool | None:
        if self.empty:
            return False
        if self.target is None:
            return None
        return not math.isnan(self.median) and self.median <= self.target


def median(values: Iterable[float]) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def emit(figures: Iterable[Figure]) -> None:
    """Print the line ``run_all.py`` reads (after the benchmark's own table)."""
    rows = []
    for figure in figures:
        row = asdict(figure)
        row["passed"] = figure.passed
        rows.append(row)
    print(MARK + json.dumps(rows, ensure_ascii=False), flush=True)


def parse(output: str) -> list[Figure]:
    """The figures in a benchmark's output (the last BENCH_FIGURES line)."""
    found: list[Figure] = []
    for line in output.splitlines():
        if line.startswith(MARK):
            rows = json.loads(line[len(MARK) :])
            found = [Figure(**{k: v for k, v in row.items() if k != "passed"}) for row in rows]
    return found
