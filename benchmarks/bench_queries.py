"""Time the list queries of InspectDesk on a database made by generate.py.

    python benchmarks/bench_queries.py DB.sqlite3 [--as-of YYYY-MM-DD] [--repeat 20]

The database is opened the way the application opens it
(:func:`app.db.migrate.open_database`: same engine, pragmas and sessions) and
the service functions the CLI and GUI call are timed with ``time.perf_counter``
— process start-up, imports and opening the database are not counted.  Each
measurement runs once to warm up, then ``--repeat`` times; the table gives the
median and the 95th percentile (nearest rank).

After the timings the per-case counts of one province are recounted in plain
Python from the raw rows with the domain's own rules
(:func:`app.domain.finding_lifecycle.is_overdue`,
:func:`app.domain.report_due.is_report_overdue`), and any disagreement with
the SQL figures is listed (issue 2, part 11).

Exit status: 0 when every target is met and the recount agrees, 1 otherwise.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

# The repository root, after any PYTHONPATH (so a scratch copy can be measured).
sys.path.append(str(Path(__file__).resolve().parent.parent))
import sqlalchemy
import sqlalchemy.event
from figures import Figure, emit

from app.db.migrate import open_database
from app.domain.finding_lifecycle import FindingStatus, is_overdue
from app.domain.report_due import is_report_overdue
from app.readmodel.lists import CaseListRow
from app.services.casework import cases
from app.services.support.context import Actor

AS_OF_KEY = "benchmark.as_of"  # written by generate.py
PROVINCE = "330000"  # Zhejiang


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    result = fn()  # warm-up: caches, compiled statements, page cache
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples, result


def timed_pair(
    fa: Callable[[], Any], fb: Callable[[], Any], repeat: int
) -> tuple[list[float], Any, list[float], Any]:
    """Like timed() for two functions, run alternately so that both see the same
    machine (other processes come and go; a ratio of two separate series would
    measure them too)."""
    ra, rb = fa(), fb()
    sa: list[float] = []
    sb: list[float] = []
    for _ in range(repeat):
        for fn, samples in ((fa, sa), (fb, sb)):
            t0 = time.perf_counter()
            result = fn()
            samples.append((time.perf_counter() - t0) * 1000)
            if fn is fa:
                ra = result
            else:
                rb = result
    return sa, ra, sb, rb


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def pick_case(conn: sqlite3.Connection) -> str:
    """A case with 10 findings, preferably one with an inspection and an extension."""
    row = conn.execute(
        """
        SELECT c.case_number FROM cases c
        WHERE c.province_code = ?
          AND (SELECT count(*) FROM findings f WHERE f.case_id = c.id) = 10
        ORDER BY EXISTS (SELECT 1 FROM inspections i WHERE i.case_id = c.id) DESC,
                 EXISTS (SELECT 1 FROM findings f JOIN deadline_extensions e
                         ON e.finding_id = f.id WHERE f.case_id = c.id) DESC,
                 c.case_number
        LIMIT 1
        """,
        (PROVINCE,),
    ).fetchone()
    if row is None:
        row = conn.execute("SELECT case_number FROM cases ORDER BY case_number LIMIT 1").fetchone()
    return str(row[0])


def captured_sql(db: Any, fn: Callable[[], Any]) -> tuple[str, Any]:
    """The last SELECT on findings that ``fn`` sends to SQLite, with its parameters.

    Plain sqlite3 then runs exactly that text with exactly those values, so the
    comparison measures the application's overhead and nothing else (a query
    rendered with inlined values can get a different plan from SQLite).
    """
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    sqlalchemy.event.listen(db.engine, "before_cursor_execute", grab)
    try:
        fn()
    finally:
        sqlalchemy.event.remove(db.engine, "before_cursor_execute", grab)
    return [(st, p) for st, p in seen if "FROM findings" in st][-1]


def recount(conn: sqlite3.Connection, rows: list[CaseListRow], as_of: date) -> list[str]:
    """Compare each listed case's figures with the domain rules applied in Python.

    The raw rows are read with a full table scan (no index can take part) and
    judged by is_overdue / is_report_overdue, never by SQL.
    """
    wanted = {row.id.hex: row for row in rows}
    open_n: dict[str, int] = defaultdict(int)
    overdue_n: dict[str, int] = defaultdict(int)
    next_dl: dict[str, date] = {}
    for case_id, status, deadline in conn.execute(
        "SELECT case_id, status, current_deadline FROM findings NOT INDEXED"
    ):
        if case_id not in wanted:
            continue
        st = FindingStatus(status)
        dl = date.fromisoformat(deadline)
        if st not in (FindingStatus.VERIFIED, FindingStatus.WAIVED):
            open_n[case_id] += 1
            if case_id not in next_dl or dl < next_dl[case_id]:
                next_dl[case_id] = dl
        if is_overdue(st, dl, as_of):
            overdue_n[case_id] += 1
    reports_n: dict[str, int] = defaultdict(int)
    for case_id, received, due in conn.execute(
        "SELECT case_id, received_on, due_date FROM assessment_reports NOT INDEXED"
    ):
        if case_id in wanted and is_report_overdue(
            date.fromisoformat(received) if received else None,
            date.fromisoformat(due) if due else None,
            as_of,
        ):
            reports_n[case_id] += 1
    problems = []
    for key, row in wanted.items():
        expected = (open_n[key], overdue_n[key], reports_n[key], next_dl.get(key))
        got = (row.open_findings, row.overdue_findings, row.overdue_reports, row.next_deadline)
        if expected != got:
            problems.append(
                f"{row.case_number}: SQL open/overdue/overdue reports/next = {got}, "
                f"Python = {expected}"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=None,
        help="default: the day generate.py recorded, else today",
    )
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    if not args.db.exists():
        parser.error(f"{args.db}: no such file")

    db = open_database(str(args.db))
    raw = sqlite3.connect(args.db)
    raw.execute("PRAGMA query_only = ON")
    stored = raw.execute("SELECT value FROM settings WHERE key = ?", (AS_OF_KEY,)).fetchone()
    as_of: date = args.as_of or (date.fromisoformat(stored[0]) if stored else date.today())
    actor = Actor("bench", role="admin")
    case_no = pick_case(raw)

    print(f"database   {args.db} ({args.db.stat().st_size / 1e6:.0f} MB)")
    print(
        f"machine    {platform.machine()}, nproc {len(os.sched_getaffinity(0))}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}"
    )
    print(
        f"as of      {as_of.isoformat()}; {args.repeat} runs after one warm-up; "
        f"load average before {os.getloadavg()[0]:.2f}; app from {Path(cases.__file__).parents[2]}\n"
    )

    results: list[tuple[str, list[float], float | None, str]] = []

    s, rows = timed(
        lambda: cases.list_cases(db, actor, province=PROVINCE, as_of=as_of), args.repeat
    )
    results.append((f"cases list --province {PROVINCE} ({len(rows):,} rows)", s, 50.0, ""))
    province_rows = rows
    figures = [
        Figure(
            f"cases list --province {PROVINCE} (service)",
            round(statistics.median(s), 1),
            "ms",
            50.0,
            work=f"{len(rows):,} rows",
            empty=not rows,
        )
    ]

    s, rows = timed(lambda: cases.overdue(db, actor, as_of=as_of, limit=100), args.repeat)
    results.append((f"overdue, first {len(rows)}", s, 50.0, ""))
    figures.append(
        Figure(
            "overdue, first 100 (service)",
            round(statistics.median(s), 1),
            "ms",
            50.0,
            work=f"{len(rows):,} rows",
            empty=not rows,
        )
    )

    sql, params = captured_sql(db, lambda: cases.overdue(db, actor, as_of=as_of))
    s_app, rows, s_raw, raw_rows = timed_pair(
        lambda: cases.overdue(db, actor, as_of=as_of),
        lambda: raw.execute(sql, params).fetchall(),
        args.repeat,
    )
    n_overdue = len(rows)
    if len(raw_rows) != n_overdue:
        print(f"!! plain sqlite3 returned {len(raw_rows):,} rows, the service {n_overdue:,}")
    ratio = statistics.median(s_app) / statistics.median(s_raw)
    results.append((f"overdue, all ({n_overdue:,} rows)", s_app, None, f"ratio {ratio:.2f}"))
    results.append(("  same SQL and values in plain sqlite3", s_raw, None, ""))
    figures.append(
        Figure(
            "overdue, all (service)",
            round(statistics.median(s_app), 1),
            "ms",
            round(1.5 * statistics.median(s_raw), 1),
            limit=round(statistics.median(s_raw), 1),
            work=f"{n_overdue:,} rows; target 1.5x the limit",
            empty=not rows or len(raw_rows) != n_overdue,
        )
    )

    s, detail = timed(lambda: cases.show_case(db, actor, case_no, as_of=as_of), args.repeat)
    results.append((f"case show {case_no} ({len(detail.findings)} findings)", s, 20.0, ""))
    figures.append(
        Figure(
            "case show (service)",
            round(statistics.median(s), 1),
            "ms",
            20.0,
            work=f"{case_no}, {len(detail.findings)} findings",
            empty=not detail.findings,
        )
    )

    failed = False
    print(f"{'measurement':48} {'median ms':>10} {'p95 ms':>9}  {'target':>16}  result")
    print("-" * 96)
    for name, samples, target, note in results:
        med = statistics.median(samples)
        if target is not None:
            ok = med < target
            tgt, verdict = f"< {target:.0f} ms", "PASS" if ok else "FAIL"
        elif note.startswith("ratio"):
            ok = ratio <= 1.5
            tgt, verdict = "<= 1.5x sqlite3", ("PASS" if ok else "FAIL") + f" ({note})"
        else:
            ok, tgt, verdict = True, "", ""
        failed |= not ok
        print(f"{name:48} {med:10.1f} {p95(samples):9.1f}  {tgt:>16}  {verdict}")

    print("\nplan of the overdue query as the application sends it (EXPLAIN QUERY PLAN):")
    for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params):
        print("  " + row[-1])

    problems = recount(raw, province_rows, as_of)
    print(
        f"\nrecount of {len(province_rows):,} cases of {PROVINCE} with the domain rules in Python: "
        + (
            "all open/overdue/overdue-report counts and next deadlines agree"
            if not problems
            else f"{len(problems)} MISMATCHES"
        )
    )
    for line in problems[:20]:
        print("  " + line)
    raw.close()
    db.dispose()
    if problems:  # the rows do not agree with the rules: the timed work is not the work
        figures = [replace(f, empty=True) for f in figures]
    emit(figures)
    return 1 if failed or problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
