"""Generate a synthetic InspectDesk database for the benchmarks.

    python benchmarks/generate.py OUT.sqlite3 [--companies 20000] [--cases 50000]
        [--findings 500000] [--seed 1] [--as-of YYYY-MM-DD]

The schema is made by the application's own migrations
(:func:`app.db.migrate.open_database`); the rows are then bulk-inserted with
``sqlite3.executemany`` on the same file, one transaction per table, in the
exact form SQLAlchemy itself stores them on SQLite (UUIDs as 32-character hex,
dates as ``YYYY-MM-DD``, timestamps as ``YYYY-MM-DD HH:MM:SS.ffffff`` in UTC,
booleans as 0/1).  Everything is derived from ``--seed`` (UUIDs included), so
the same arguments give the same database.

Shares (with the defaults): one province, Zhejiang (330000), holds about 1,600
cases; findings are ~75 % verified, ~5 % waived, the rest open or submitted,
of which about 40 % are overdue on ``--as-of``; ~5 % of findings carry one or
two deadline extensions (``current_deadline`` = the latest new date).  Every
case past "opened" has one or two assessment reports; a few awaited reports
are past due.  The as-of day is kept in ``settings`` under
``benchmark.as_of`` so that bench_queries.py uses the same day.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

# The repository root, after any PYTHONPATH (so a scratch copy can be measured).
sys.path.append(str(Path(__file__).resolve().parent.parent))

from app.db.migrate import open_database
from app.domain.credit_code import make_credit_code

AS_OF_KEY = "benchmark.as_of"

# Relative weights of the provinces other than Zhejiang (roughly: where the
# platforms are).  Zhejiang gets a fixed share of 3.2 % (1,600 of 50,000).
ZHEJIANG = "330000"
ZHEJIANG_SHARE = 0.032
WEIGHTS = {
    "110000": 3.0,
    "310000": 3.0,
    "440000": 3.5,
    "320000": 2.0,
    "370000": 1.3,
    "510000": 1.3,
    "420000": 1.2,
    "350000": 1.2,
    "410000": 1.0,
    "430000": 1.0,
    "500000": 1.0,
    "610000": 0.9,
    "120000": 0.9,
    "340000": 0.9,
    "130000": 0.8,
    "210000": 0.7,
    "360000": 0.6,
    "450000": 0.6,
    "530000": 0.6,
    "140000": 0.5,
    "220000": 0.5,
    "230000": 0.5,
    "520000": 0.5,
    "460000": 0.5,
    "150000": 0.4,
    "620000": 0.4,
    "650000": 0.4,
    "810000": 0.3,
    "640000": 0.3,
    "630000": 0.3,
    "540000": 0.3,
    "710000": 0.3,
    "820000": 0.3,
}

# Case statuses over the lifecycle and the path that leads to each.
CASE_STATUS_SHARES = [
    ("opened", 0.04),
    ("awaiting_report", 0.08),
    ("under_review", 0.14),
    ("rectification", 0.22),
    ("inspection", 0.10),
    ("closed", 0.42),
]
PATHS = {
    "opened": ["opened"],
    "awaiting_report": ["opened", "awaiting_report"],
    "under_review": ["opened", "awaiting_report", "under_review"],
    "rectification": ["opened", "awaiting_report", "under_review", "rectification"],
    "inspection": ["opened", "awaiting_report", "under_review", "rectification", "inspection"],
    "closed": ["opened", "awaiting_report", "under_review", "rectification", "closed"],
}
WITH_FINDINGS = ("under_review", "rectification", "inspection", "closed")
ACTIVE = ("under_review", "rectification", "inspection")

ITEMS = [f"A{n}" for n in range(1, 9)]
SEVERITIES = ["low", "medium", "high", "critical"]
SEVERITY_WEIGHTS = [35, 40, 20, 5]
PERIODS = [30, 60, 90, 120]  # calendar days given to rectify
TRIGGERS = ["T1", "T2", "T3", "T4", "T5"]

BATCH = 50_000


class Gen:
    def __init__(self, seed: int, as_of: date) -> None:
        self.rng = random.Random(seed)
        self.as_of = as_of
        self._dates: dict[int, str] = {}

    def uid(self) -> str:
        """A version-4 UUID in SQLAlchemy's SQLite form (32 hex digits), from the seed."""
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def d(self, day: date) -> str:
        o = day.toordinal()
        s = self._dates.get(o)
        if s is None:
            s = self._dates[o] = day.isoformat()
        return s

    def ts(self, day: date) -> str:
        sec = self.rng.randrange(8 * 3600, 18 * 3600)  # office hours (UTC is close enough)
        return f"{self.d(day)} {sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}.000000"

    def days(self, lo: int, hi: int) -> timedelta:
        return timedelta(days=self.rng.randint(lo, hi))


def province_counts(total: int, provinces: list[str]) -> dict[str, int]:
    """Exact per-province counts (largest remainder) summing to ``total``."""
    zj = round(total * ZHEJIANG_SHARE)
    rest = total - zj
    others = [p for p in provinces if p != ZHEJIANG]
    wsum = sum(WEIGHTS.get(p, 0.5) for p in others)
    raw = {p: rest * WEIGHTS.get(p, 0.5) / wsum for p in others}
    counts = {p: int(v) for p, v in raw.items()}
    short = rest - sum(counts.values())
    for p in sorted(others, key=lambda p: raw[p] - counts[p], reverse=True)[:short]:
        counts[p] += 1
    counts[ZHEJIANG] = zj
    return counts


def spread(total: int, n: int, rng: random.Random, lo: int, hi: int) -> list[int]:
    """n counts in [lo, hi] (roughly) summing exactly to ``total``."""
    counts = [rng.randint(lo, hi) for _ in range(n)]
    diff = total - sum(counts)
    step = 1 if diff > 0 else -1
    while diff:
        i = rng.randrange(n)
        if step < 0 and counts[i] <= 1:
            continue
        counts[i] += step
        diff -= step
    return counts


def insert(
    conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple[object, ...]]
) -> None:
    marks = ",".join("?" * (columns.count(",") + 1))
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    conn.execute("BEGIN")
    for start in range(0, len(rows), BATCH):
        conn.executemany(sql, rows[start : start + BATCH])
    conn.execute("COMMIT")


def generate(
    path: Path, *, companies: int, cases: int, findings: int, seed: int, as_of: date
) -> dict[str, int]:
    g = Gen(seed, as_of)
    rng = g.rng

    # 1. The schema, exactly as the application makes it.
    db = open_database(str(path))
    db.dispose()

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")  # up to ~1 GB of page cache while loading
    conn.execute("PRAGMA temp_store = MEMORY")
    provinces = {code: abbr for code, abbr in conn.execute("SELECT code, abbr FROM provinces")}
    names = {code: zh for code, zh in conn.execute("SELECT code, name_zh FROM provinces")}
    names_en = {
        code: en.split()[0] for code, en in conn.execute("SELECT code, name_en FROM provinces")
    }
    codes = sorted(provinces)
    if conn.execute("SELECT count(*) FROM cases").fetchone()[0]:
        raise SystemExit(f"{path}: already holds cases; give a new file")

    # 2. Agencies: a cyberspace office and a public-security bureau per province.
    agencies: dict[str, tuple[str, str]] = {}
    agency_rows = []
    for code in codes:
        cac, psb = g.uid(), g.uid()
        agencies[code] = (cac, psb)
        agency_rows.append((cac, f"{names[code]}互联网信息办公室", "cyberspace", code))
        agency_rows.append((psb, f"{names[code]}公安厅网络安全保卫总队", "public_security", code))
    insert(conn, "agencies", "id, name, kind, province_code", agency_rows)

    # 3. Companies, spread over the provinces like the cases.
    company_counts = province_counts(companies, codes)
    company_rows = []
    companies_by_province: dict[str, list[str]] = defaultdict(list)
    serial = 0
    for code in codes:
        for _ in range(company_counts[code]):
            serial += 1
            cid = g.uid()
            region = code[:2] + f"{rng.randrange(1, 100):02d}{rng.randrange(0, 100):02d}"
            credit = make_credit_code(f"91{region}{serial:09d}")
            company_rows.append(
                (
                    cid,
                    credit,
                    f"{names[code]}示例网络科技有限公司{serial:05d}",
                    f"{names_en[code]} Example Network Technology Co., Ltd. {serial:05d}",
                    f"示例{serial:05d}",
                    code,
                    f"{names[code]}示例路{rng.randrange(1, 999)}号",
                    "张三",
                    "李四",
                    f"0571-{rng.randrange(10**7, 10**8)}",
                    f"contact{serial}@example.cn",
                    0,
                    g.ts(date(2018, 1, 1) + g.days(0, 365)),
                    1,
                )
            )
            companies_by_province[code].append(cid)
    insert(
        conn,
        "companies",
        "id, credit_code, name_zh, name_en, short_name, province_code, address,"
        " legal_representative, contact_name, contact_phone, contact_email, is_demo,"
        " created_at, version",
        company_rows,
    )

    # 4. Cases: province, status and dates first; numbers once the dates are known.
    case_counts = province_counts(cases, codes)
    statuses = [s for s, _ in CASE_STATUS_SHARES]
    shares = [w for _, w in CASE_STATUS_SHARES]
    start = date(2019, 1, 1)
    closed_span = (as_of - timedelta(days=240) - start).days
    empty = [c for c in codes if case_counts[c] and not companies_by_province[c]]
    if empty:
        raise ValueError(
            f"{len(empty)} provinces get cases but no company (first {empty[0]}): "
            f"give more companies (--companies {companies}) for {cases} cases"
        )
    plan = []  # dicts, one per case
    for code in codes:
        pool = companies_by_province[code]
        for _ in range(case_counts[code]):
            status = rng.choices(statuses, shares)[0]
            review = None
            if status == "closed":
                opened = start + timedelta(days=rng.randrange(closed_span))
                review = opened + g.days(30, 90)
            elif status in ("opened", "awaiting_report"):
                opened = as_of - g.days(1, 60)
            else:
                # Active cases: the review that raised the findings 5-120 days ago.
                review = as_of - g.days(5, 120)
                opened = review - g.days(30, 90)
            plan.append(
                {
                    "id": g.uid(),
                    "province": code,
                    "company": rng.choice(pool),
                    "status": status,
                    "opened": opened,
                    "review": review,
                }
            )
    seq_by: dict[tuple[str, int], int] = Counter()
    for c in sorted(plan, key=lambda c: (c["opened"], c["id"])):
        key = (c["province"], c["opened"].year)
        seq_by[key] += 1
        c["year"], c["seq"] = c["opened"].year, seq_by[key]
        c["number"] = f"{provinces[c['province']]}-{c['opened'].year}-{seq_by[key]:04d}"

    # 5. Reports (and their reviews), inspections, findings, status changes.
    n_with = sum(1 for c in plan if c["status"] in WITH_FINDINGS)
    per_case = iter(spread(findings, n_with, rng, 2, 2 * findings // max(n_with, 1) - 2))
    report_rows, review_rows, inspection_rows, insp_agency_rows, checklist_rows = [], [], [], [], []
    finding_rows, extension_rows, change_rows, case_rows = [], [], [], []
    for c in plan:
        status, opened, cid, code = c["status"], c["opened"], c["id"], c["province"]
        cac, psb = agencies[code]
        # The report(s).  T1/T2: due before the planned launch; T3-T5: ~30 working days.
        n_reports = 1 if status == "opened" or rng.random() < 0.7 else 2
        review_id = None
        review_day = c["review"] or opened
        last_day = opened
        for r in range(n_reports):
            rid = g.uid()
            trig = rng.choice(TRIGGERS)
            last = r == n_reports - 1
            awaited = status in ("opened", "awaiting_report") and last
            if trig in ("T1", "T2"):
                event = None
                launch = opened + g.days(10, 60)
                due = launch - timedelta(days=1)
            else:
                event = opened - g.days(0, 20)
                launch = None
                due = event + timedelta(days=42)  # ~30 working days
            received = None
            if awaited:
                # A few awaited reports are past due; the rest are due soon.
                late = rng.random() < 0.25
                due = as_of - g.days(1, 40) if late else as_of + g.days(1, 40)
            else:
                limit = c["review"] - g.days(1, 5) if c["review"] else as_of
                received = min(due + g.days(-15, 10), limit, as_of)
            report_rows.append(
                (
                    rid,
                    cid,
                    None,
                    trig,
                    g.d(event) if event else None,
                    g.d(launch) if launch else None,
                    g.d(due),
                    0,
                    g.d(received) if received else None,
                    cac if received else None,
                    r + 1,
                    "自评估报告" if r == 0 else "重新评估报告",
                    g.ts(opened),
                    1,
                )
            )
            if received is not None:
                review_id = g.uid()
                if last and c["review"]:
                    reviewed, conclusion = c["review"], "rectification"
                else:
                    reviewed, conclusion = min(received + g.days(5, 20), as_of), "reassessment"
                review_rows.append(
                    (
                        review_id,
                        rid,
                        cac,
                        "王审查",
                        g.d(reviewed),
                        conclusion,
                        "书面审查意见",
                        g.ts(reviewed),
                    )
                )
                last_day = max(last_day, reviewed)

        # Inspections: cases in inspection and about a third of the closed ones.
        insp_id = None
        insp_day = None
        if status == "inspection" or (status == "closed" and rng.random() < 0.33):
            insp_id = g.uid()
            insp_day = min(review_day + g.days(10, 40), as_of)
            inspection_rows.append(
                (
                    insp_id,
                    cid,
                    g.d(insp_day),
                    "企业办公地址",
                    "检查员甲、检查员乙",
                    "企业联系人",
                    "A1-A8",
                    "现场检查记录",
                    "发现问题若干",
                    "done",
                    g.ts(insp_day),
                    1,
                )
            )
            insp_agency_rows.append((insp_id, cac))
            insp_agency_rows.append((insp_id, psb))
            for item in ITEMS:
                checklist_rows.append(
                    (
                        g.uid(),
                        insp_id,
                        item,
                        rng.choices(["compliant", "non_compliant", "not_applicable"], [70, 20, 10])[
                            0
                        ],
                        "",
                    )
                )

        # Findings.
        latest = max(last_day, review_day)
        if status in WITH_FINDINGS:
            n = next(per_case)
            n_insp = min(n - 1, rng.randint(1, 3)) if insp_id else 0
            for number in range(1, n + 1):
                from_insp = number > n - n_insp
                raised = insp_day if from_insp else review_day
                assert raised is not None
                period = rng.choice(PERIODS)
                original = raised + timedelta(days=period)
                fid = g.uid()
                if status == "closed":
                    fstatus = "verified" if rng.random() < 0.93 else "waived"
                else:
                    fstatus = rng.choices(
                        ["verified", "waived", "open", "submitted"], [58.5, 3, 22.5, 16]
                    )[0]
                # Extensions (~5 %): one or two, each 30-60 days later than the one before.
                current = original
                if rng.random() < 0.05:
                    for _ in range(1 if rng.random() < 0.7 else 2):
                        new = current + g.days(30, 60)
                        approved = min(current - g.days(1, 10), as_of)
                        approved = max(approved, raised)
                        extension_rows.append(
                            (
                                g.uid(),
                                fid,
                                g.d(current),
                                g.d(new),
                                "企业申请延期，理由充分",
                                "赵处长",
                                g.d(approved),
                                g.ts(approved),
                            )
                        )
                        current = new
                submitted = verified_on = waived_on = None
                if fstatus in ("submitted", "verified"):
                    submitted = min(raised + g.days(10, period), as_of)
                if fstatus == "verified":
                    verified_on = min(submitted + g.days(1, 20), as_of)  # type: ignore[operator]
                if fstatus == "waived":
                    waived_on = min(raised + g.days(5, 60), as_of)
                latest = max(latest, verified_on or waived_on or raised)
                finding_rows.append(
                    (
                        fid,
                        cid,
                        number,
                        "inspection" if from_insp else "review",
                        None if from_insp else review_id,
                        insp_id if from_insp else None,
                        rng.choice(ITEMS),
                        rng.choices(SEVERITIES, SEVERITY_WEIGHTS)[0],
                        f"发现问题：安全评估第{number}项措施不到位",
                        "《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》",
                        "按要求完成整改并提交材料",
                        g.d(raised),
                        g.d(original),
                        g.d(current),
                        0,
                        fstatus,
                        "整改材料" if submitted else "",
                        g.d(submitted) if submitted else None,
                        "李核验" if verified_on else None,
                        g.d(verified_on) if verified_on else None,
                        "经研判不再适用" if waived_on else None,
                        "赵处长" if waived_on else None,
                        g.d(waived_on) if waived_on else None,
                        g.ts(raised),
                        1,
                    )
                )
        # Status changes along the path to the current status.
        path_steps = PATHS[status]
        day = opened
        prev = None
        for k, st in enumerate(path_steps):
            if st == "closed":
                day = min(max(day, latest) + g.days(1, 20), as_of)
            elif k:
                day = min(day + g.days(1, 30), as_of)
            change_rows.append((g.uid(), cid, prev, st, g.d(day), g.ts(day), "bench", ""))
            prev = st
        closed_on = day if status == "closed" else None
        case_rows.append(
            (
                cid,
                c["number"],
                code,
                c["year"],
                c["seq"],
                c["company"],
                None,
                status,
                g.d(opened),
                g.d(closed_on) if closed_on else None,
                "整改完成，结案" if closed_on else None,
                "" if closed_on else None,
                g.ts(opened),
                g.ts(day),
                len(path_steps),
            )
        )

    insert(
        conn,
        "cases",
        "id, case_number, province_code, year, seq, company_id, summons_id, status, opened_on,"
        " closed_on, outcome, closing_note, created_at, updated_at, version",
        case_rows,
    )
    insert(
        conn,
        "case_counters",
        "province_code, year, last_seq",
        [(p, y, n) for (p, y), n in sorted(seq_by.items())],
    )
    insert(
        conn,
        "case_status_changes",
        "id, case_id, from_status, to_status, changed_on, changed_at, changed_by, note",
        change_rows,
    )
    insert(
        conn,
        "assessment_reports",
        "id, case_id, service_id, trigger_code, event_date, planned_launch, due_date,"
        " due_provisional, received_on, receiving_agency_id, report_version, summary,"
        " created_at, version",
        report_rows,
    )
    insert(
        conn,
        "reviews",
        "id, report_id, agency_id, reviewer, reviewed_on, conclusion, notes, created_at",
        review_rows,
    )
    insert(
        conn,
        "inspections",
        "id, case_id, inspected_on, address, inspectors, company_staff, scope, notes,"
        " conclusion, status, created_at, version",
        inspection_rows,
    )
    insert(conn, "inspection_agencies", "inspection_id, agency_id", insp_agency_rows)
    insert(
        conn, "checklist_results", "id, inspection_id, item_code, result, remark", checklist_rows
    )
    # Findings in the order they were raised (a review's findings together), as
    # an office would have entered them over the years: the rows of one case are
    # not all neighbours on disk.
    finding_rows.sort(key=lambda r: r[11])  # raised_on (ISO text sorts as dates)
    insert(
        conn,
        "findings",
        "id, case_id, number, source, review_id, inspection_id, item_code, severity,"
        " description, legal_basis, required_rectification, raised_on, original_deadline,"
        " current_deadline, deadline_provisional, status, rectification_evidence,"
        " submitted_on, verified_by, verified_on, waive_reason, waived_by, waived_on,"
        " created_at, version",
        finding_rows,
    )
    insert(
        conn,
        "deadline_extensions",
        "id, finding_id, old_deadline, new_deadline, reason, approver, approved_on, created_at",
        extension_rows,
    )
    conn.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (AS_OF_KEY, as_of.isoformat())
    )
    # Fresh statistics for the query planner (see README.md).
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "companies",
            "cases",
            "case_counters",
            "case_status_changes",
            "assessment_reports",
            "reviews",
            "inspections",
            "checklist_results",
            "findings",
            "deadline_extensions",
        )
    }
    conn.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the SQLite file to create (must not hold cases)")
    parser.add_argument("--companies", type=int, default=20_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--findings", type=int, default=500_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        default=date.today(),
        help="the day overdue is judged on (default: today)",
    )
    parser.add_argument(
        "--no-index",
        action="store_true",
        help="leave the search index empty (bench_search.py then refuses to time it)",
    )
    args = parser.parse_args(argv)
    existed = args.out.exists()
    t0 = time.perf_counter()
    try:
        counts = generate(
            args.out,
            companies=args.companies,
            cases=args.cases,
            findings=args.findings,
            seed=args.seed,
            as_of=args.as_of,
        )
    except ValueError as exc:
        if not existed:  # a file this run began is not left half-written
            for leftover in (args.out, *(Path(f"{args.out}{x}") for x in ("-wal", "-shm"))):
                leftover.unlink(missing_ok=True)
        print(f"generate.py: {exc}; nothing written", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - t0
    for table, n in counts.items():
        print(f"{table:22} {n:>9,}")
    print(
        f"as of {args.as_of.isoformat()}; generated {args.out} in {elapsed:.1f} s "
        f"(target < 60 s: {'PASS' if elapsed < 60 else 'FAIL'})"
    )
    if not args.no_index:
        # The search documents the application would have written record by record,
        # built by its own rebuild (the same code as a restore or an upgrade uses).
        from app.services.overview.search import reindex_all

        db = open_database(str(args.out))
        try:
            t1 = time.perf_counter()
            documents = reindex_all(db)
            print(f"search index: {documents:,} documents in {time.perf_counter() - t1:.1f} s")
        finally:
            db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
