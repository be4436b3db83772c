"""Run every benchmark and print one table: figure, median, limit, target, PASS/FAIL.

    python benchmarks/run_all.py [--db /tmp/bench.sqlite3] [--only NAME ...] [--log DIR]

Each benchmark runs as its own process, one after the other (two at once would
time each other), prints its own report (kept in ``--log``, default a temporary
folder, named in the output) and ends with its figures (``figures.py``).  The
database of the list, search, start-up and window benchmarks is made by
``generate.py`` when missing (20,000 companies, 50,000 cases, 500,000 findings, as
of 2025-06-30, search index built); ``bench_search.py`` rebuilds its index in place
to time the rebuild.

A *limit* is the same work without the application, measured in the same run:
plain sqlite3, a bare PySide6 window, ReportLab alone.  A figure whose work was
empty (no rows, no hits, no pages) fails whatever its time, and so does a
benchmark that reports no figures at all.  Exit status 0 when every figure with
a target passes.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import Figure, parse  # beside this script: on sys.path when it runs

HERE = Path(__file__).resolve().parent
DEFAULT_DB = Path("/tmp/bench.sqlite3")


def benchmarks(db: Path) -> dict[str, list[str]]:
    """Name → command line, in the order they run."""
    return {
        "queries": ["bench_queries.py", str(db)],
        "search": ["bench_search.py", str(db), "--reindex"],
        "startup": ["bench_startup.py", str(db)],
        "gui": ["bench_gui.py", str(db), "--repeat", "3"],
        "dossier": ["bench_dossier.py", "--repeat", "3"],
        "import": ["bench_import.py"],
    }


def run(name: str, args: list[str], log_dir: Path) -> tuple[list[Figure], float, int]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    log = log_dir / f"{name}.log"
    t0 = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, str(HERE / args[0]), *args[1:]],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
    seconds = time.perf_counter() - t0
    return parse(log.read_text(encoding="utf-8")), seconds, done.returncode


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.3g} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these")
    parser.add_argument("--log", type=Path, help="folder for each benchmark's own report")
    args = parser.parse_args(argv)
    plan = benchmarks(args.db)
    unknown = set(args.only or ()) - set(plan)
    if unknown:
        parser.error(
            f"no benchmark named {', '.join(sorted(unknown))}; there are {', '.join(plan)}"
        )
    chosen = {k: v for k, v in plan.items() if not args.only or k in args.only}
    log_dir = args.log or Path(tempfile.mkdtemp(prefix="inspectdesk-benchmarks-"))
    log_dir.mkdir(parents=True, exist_ok=True)

    needs_db = {"queries", "search", "startup", "gui"} & set(chosen)
    if needs_db and not args.db.exists():
        print(f"making {args.db} with generate.py …", flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(args.db), "--as-of", "2025-06-30"],
            check=True,
        )

    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"load average {os.getloadavg()[0]:.1f}; reports in {log_dir}",
        flush=True,
    )
    rows: list[tuple[str, Figure | None, str]] = []
    for name, cmd in chosen.items():
        print(f"running {name} …", end=" ", flush=True)
        figures, seconds, status = run(name, cmd, log_dir)
        print(f"{seconds:.0f} s, exit {status}", flush=True)
        if not figures:
            rows.append((name, None, f"no figures (exit {status}); see {name}.log"))
        rows += [(name, f, "") for f in figures]

    print()
    header = f"{'bench':<8} {'figure':<52} {'median':>11} {'limit':>11} {'target':>11}  result"
    print(header)
    print("-" * len(header))
    failed = 0
    for name, f, note in rows:
        if f is None:
            failed += 1
            print(f"{name:<8} {note:<52} {'':>11} {'':>11} {'':>11}  FAIL")
            continue
        verdict = {True: "PASS", False: "FAIL", None: ""}[f.passed]
        if f.empty:
            verdict = "FAIL (EMPTY)"
        failed += f.passed is False
        print(
            f"{name:<8} {f.figure[:52]:<52} {_cell(f.median, f.unit):>11} "
            f"{_cell(f.limit, f.unit):>11} {_cell(f.target, f.unit):>11}  {verdict}"
        )
        if f.work:
            print(f"{'':<8}   {f.work}")
    print()
    judged = sum(1 for _, f, _ in rows if f is None or f.passed is not None)
    print(f"{judged - failed} of {judged} figures with a target pass")
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
