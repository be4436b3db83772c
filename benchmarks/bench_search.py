"""Time the global search of InspectDesk on a database made by generate.py.

    python benchmarks/bench_search.py DB.sqlite3 [--repeat 20]

Opening the database with :func:`app.db.migrate.upgrade` brings it to head; on a
database made before migration 0005 that builds the search index of every
record (the backfill), and the time it took is printed.  Note that this changes
the file: benchmark a copy of a database other people use.

Then :func:`app.services.overview.search.search` is timed for a two-character Chinese
word, longer phrases, a case number and a company name, each for a national
supervisor and a Zhejiang official, and compared with the scan an un-indexed
search would do: ``findings.description LIKE '%…%'`` over the same words.
One warm-up run, then ``--repeat`` runs; median and 95th percentile.

Exit status: 0 when every indexed search has a median under 50 ms; 1 when one is
slower; 2, with nothing timed, when there is no work to time (an empty search index),
and a search that finds nothing for the national supervisor counts as FAIL (EMPTY):
a benchmark of empty work says nothing.
"""

from __future__ import annotations

import argparse
import math
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The repository root, after any PYTHONPATH (so a scratch copy can be measured).
sys.path.append(str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text

from app.db.engine import Database, resolve_url
from app.db.migrate import upgrade
from app.db.models import Case, SearchDocument
from app.services.overview.search import search
from app.services.support.context import Actor

TARGET_MS = 50.0
NATIONAL = Actor("bench", role="supervisor")
ZHEJIANG = Actor("bench_zj", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    result = fn()  # warm-up
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return samples, result


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)

    db = Database(resolve_url(str(args.db)))
    t0 = time.perf_counter()
    migration = upgrade(db)
    opened_s = time.perf_counter() - t0
    try:
        with db.read() as session:
            documents = session.execute(select(func.count()).select_from(SearchDocument)).scalar()
            case_number = session.execute(
                select(Case.case_number).where(Case.province_code == "330000").limit(1)
            ).scalar()
            findings = session.execute(text("SELECT count(*) FROM findings")).scalar()
        if not documents or case_number is None:
            missing = "search documents" if not documents else "Zhejiang case to look up"
            print(
                f"refused: {args.db} has no {missing} ({findings:,} findings, "
                f"{documents:,} documents); there is nothing to time. Make the database "
                "with benchmarks/generate.py (which builds the index unless --no-index)."
            )
            return 2
        print(f"database   {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB)")
        print(
            f"machine    {platform.machine()}, Python {platform.python_version()},"
            f" SQLite {sqlite3.sqlite_version}"
        )
        if migration.before != migration.after:
            print(
                f"upgrade    {migration.before} -> {migration.after} in {opened_s:.1f} s"
                f" (backup copy and search backfill of {documents:,} documents"
                f" for {findings:,} findings and the other records)"
            )
        else:
            print(f"upgrade    none (already at {migration.after}); {documents:,} documents")
        print()

        cases = [
            ("2-char word 整改", "整改"),
            ("2-char word 措施", "措施"),
            ("phrase 安全评估第7项措施", "安全评估第7项措施"),
            ("phrase 整改材料 + 7", "整改材料 7"),
            (f"case number {case_number}", case_number),
            ("company name 示例网络 00042", "示例网络 00042"),
        ]
        header = f"{'measurement':<46}{'hits':>6}{'median ms':>11}{'p95 ms':>9}  result"
        print(header)
        print("-" * len(header))
        ok = True
        for label, query in cases:
            for who, actor in (("all", NATIONAL), ("ZJ", ZHEJIANG)):
                samples, hits = timed(lambda a=actor, q=query: search(db, a, q), args.repeat)
                median = statistics.median(samples)
                empty = who == "all" and not hits  # every query is chosen to find something
                passed = median < TARGET_MS and not empty
                ok &= passed
                print(
                    f"search {label} [{who}]"[:46].ljust(46)
                    + f"{len(hits):>6}{median:>11.1f}{p95(samples):>9.1f}  "
                    + ("FAIL (EMPTY: no hits)" if empty else "PASS" if passed else "FAIL")
                )
        like_runs = max(3, args.repeat // 4)
        with db.engine.connect() as conn:
            for label, word in (
                ("LIKE '%整改%' on findings.description", "整改"),
                ("LIKE '%措施%' on findings.description", "措施"),
                ("LIKE '%第7项措施%' on findings.description", "第7项措施"),
                ("LIKE '%渗漏%' on findings.description", "渗漏"),
            ):
                sql = text("SELECT id FROM findings WHERE description LIKE :p")
                samples, rows = timed(
                    lambda s=sql, w=word: conn.execute(s, {"p": f"%{w}%"}).all(), like_runs
                )
                print(
                    label[:46].ljust(46)
                    + f"{len(rows):>6}{statistics.median(samples):>11.1f}{p95(samples):>9.1f}"
                    + "  (no index)"
                )
        print()
        print(f"target: search median < {TARGET_MS:.0f} ms: {'PASS' if ok else 'FAIL'}")
        return 0 if ok else 1
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
