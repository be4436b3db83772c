"""Time InspectDesk as whole processes: a command and the window, from process start.

    python benchmarks/bench_startup.py [DB.sqlite3] [--repeat 5]

Three figures of issue 12, each a new process started ``--repeat`` times after one
warm-up (so the operating system's file cache is warm, as on an official's second
start), the median reported:

- ``cases list --province 330000`` as a whole process (``python -m app --db DB cases
  list --province 330000``), against its limit: a plain-sqlite3 script, also a new
  process, that runs the statements ``cases.list_cases`` sends to SQLite (captured
  from the engine, the same text and values) and fetches every row.  The command's
  output must list every case of the province or nothing is reported;
- from starting the process to the painted main window (``INSPECTDESK_SMOKE=1
  python -m app --db DB``: the window opens on its page, paints once and quits; the
  database has no accounts), against a bare PySide6 window process to its first
  paint.  The smoke line must say the page was filled and shows rows;
- the peak memory (resident set) of that window process, against the bare PySide6
  window's.

The database is made by ``generate.py`` (the default /tmp/bench.sqlite3 when
missing). Offscreen (QT_QPA_PLATFORM=offscreen unless set); settings and logs go to
a temporary data folder. Exit status 0 when every target is met, 1 when not, 2 when
the work was not there.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from figures import Figure, emit  # beside this script: on sys.path when it runs

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))
DEFAULT_DB = Path("/tmp/bench.sqlite3")
PROVINCE = "330000"
TARGET_LIST_S = 0.30
TARGET_WINDOW_S = 1.2
TARGET_MEMORY_MB = 250.0

# The limit of the command: the captured statements in plain sqlite3, a new process.
PLAIN_SQLITE = """
import json, sqlite3, sys
statements = json.load(open(sys.argv[2], encoding="utf-8"))
con = sqlite3.connect(sys.argv[1])
rows = 0
for sql, params in statements:
    rows = len(con.execute(sql, params).fetchall())
print(rows)
"""

# The limit of the window: a bare PySide6 main window with a table, to its first paint.
BARE_WINDOW = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
sys.path.insert(0, sys.argv[1])
from app.ui.app import process_started_at
started = process_started_at()
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableWidget(50, 8))
window.resize(1280, 800)
class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
            print(f"bare: first paint {time.time() - started:.3f} s; peak memory {peak:.0f} MB")
            QTimer.singleShot(0, app.quit)
            window.removeEventFilter(self)
        return False
window.installEventFilter(First(window))
window.show()
app.exec()
"""

SMOKE_LINE = re.compile(
    r"first paint (?P<s>[0-9.]+) s after process start; peak memory (?P<mb>[0-9.]+) MB; "
    r"page (?P<page>\w+) \((?P<filled>[^)]*)\): (?P<rows>\d+) rows"
)
BARE_LINE = re.compile(r"first paint (?P<s>[0-9.]+) s; peak memory (?P<mb>[0-9.]+) MB")


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["INSPECTDESK_DATA_DIR"] = str(data_dir)
    # An installed application has its bytecode compiled (pip does it): let the warm-up
    # run write it, or every run would compile the sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall seconds of one process and what it printed (a failure stops the benchmark)."""
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:6])}… failed ({done.returncode}):\n{done.stderr}")
    return seconds, done.stdout


def _repeat(cmd: list[str], env: dict[str, str], repeat: int) -> tuple[list[float], list[str]]:
    _run(cmd, env)  # warm-up: the file cache, Python's bytecode cache
    runs = [_run(cmd, env) for _ in range(repeat)]
    return [s for s, _ in runs], [out for _, out in runs]


def captured_statements(db_path: Path, as_of: date) -> tuple[list[tuple[str, Any]], int]:
    """The statements ``cases.list_cases`` sends for the province, and its row count."""
    import sqlalchemy.event

    from app.db.migrate import open_database
    from app.services.casework import cases
    from app.services.support.context import Actor

    db = open_database(str(db_path))
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, list(parameters) if isinstance(parameters, tuple) else parameters))

    try:
        actor = Actor("bench", role="admin")
        cases.list_cases(db, actor, province=PROVINCE, as_of=as_of)  # warm the statement cache
        sqlalchemy.event.listen(db.engine, "before_cursor_execute", grab)
        rows = cases.list_cases(db, actor, province=PROVINCE, as_of=as_of)
        sqlalchemy.event.remove(db.engine, "before_cursor_execute", grab)
    finally:
        db.dispose()
    return [(s, p) for s, p in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))], len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", nargs="?", type=Path, default=DEFAULT_DB)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"making {args.db} (a few minutes)…", flush=True)
        script = Path(__file__).with_name("generate.py")
        subprocess.run([sys.executable, str(script), str(args.db)], check=True)
    problems: list[str] = []
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="inspectdesk-bench-startup-") as tmp:
        folder = Path(tmp)
        env = _env(folder / "data")

        # --- the command and its plain-sqlite3 limit ----------------------------------------
        statements, expected = captured_statements(args.db, today)
        if not statements or not expected:
            print(f"refused: the province {PROVINCE} has no cases in {args.db}; nothing to time")
            return 2
        statements_file = folder / "statements.json"
        statements_file.write_text(json.dumps(statements), encoding="utf-8")
        command = [sys.executable, "-m", "app", "--db", str(args.db), "cases", "list"]
        command += ["--province", PROVINCE, "--json"]
        limit_cmd = [sys.executable, "-c", PLAIN_SQLITE, str(args.db), str(statements_file)]
        list_s, outputs = _repeat(command, env, args.repeat)
        listed = len(json.loads(outputs[-1]))
        limit_s, limit_out = _repeat(limit_cmd, env, args.repeat)
        if listed != expected:
            problems.append(f"the command listed {listed:,} cases, the service {expected:,}")
        if int(limit_out[-1]) != expected:
            problems.append(f"plain sqlite3 fetched {limit_out[-1].strip()} rows, not {expected}")

        # --- the window and a bare PySide6 window -------------------------------------------
        window_env = {**env, "INSPECTDESK_SMOKE": "1"}
        window_cmd = [sys.executable, "-m", "app", "--db", str(args.db)]
        _, smoke_out = _repeat(window_cmd, window_env, args.repeat)
        smokes = [m for m in (SMOKE_LINE.search(out) for out in smoke_out) if m]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW, str(ROOT)]
        _, bare_out = _repeat(bare_cmd, env, args.repeat)
        bares = [m for m in (BARE_LINE.search(out) for out in bare_out) if m]
    if len(smokes) != args.repeat or len(bares) != args.repeat:
        print("the window did not report its first paint:", smoke_out[-1:], bare_out[-1:])
        return 2
    last = smokes[-1]
    window_rows = int(last["rows"])
    if last["filled"] != "filled" or not window_rows:
        problems.append(f"the first paint showed page {last['page']} {last['filled']}, no rows")

    window_s = statistics.median(float(m["s"]) for m in smokes)
    window_mb = statistics.median(float(m["mb"]) for m in smokes)
    bare_s = statistics.median(float(m["s"]) for m in bares)
    bare_mb = statistics.median(float(m["mb"]) for m in bares)
    figures = [
        Figure(
            f"cases list --province {PROVINCE}, whole process",
            round(statistics.median(list_s), 3),
            "s",
            TARGET_LIST_S,
            limit=round(statistics.median(limit_s), 3),
            work=f"{listed:,} cases listed",
            empty=bool(problems) or not listed,
        ),
        Figure(
            "process start to painted main window",
            round(window_s, 3),
            "s",
            TARGET_WINDOW_S,
            limit=round(bare_s, 3),
            work=f"page {last['page']}, {window_rows:,} rows",
            empty=last["filled"] != "filled" or not window_rows,
        ),
        Figure(
            "peak memory of that window process",
            round(window_mb, 0),
            "MB",
            TARGET_MEMORY_MB,
            limit=round(bare_mb, 0),
            work=f"{window_rows:,} rows shown",
            empty=not window_rows,
        ),
    ]
    print(f"database {args.db} ({args.db.stat().st_size / 1e6:,.0f} MB); {args.repeat} runs each")
    print(f"{'measurement':<48}{'median':>10}{'limit':>10}{'target':>10}  result")
    for f in figures:
        verdict = "PASS" if f.passed else "FAIL"
        print(
            f"{f.figure:<48}{f.median:>8g} {f.unit:<2}{f.limit or 0:>8g} {f.unit:<2}"
            f"{f.target or 0:>7g} {f.unit:<2} {verdict}  ({f.work})"
        )
    print("runs (s): list " + ", ".join(f"{s:.2f}" for s in list_s))
    for problem in problems:
        print("PROBLEM:", problem)
    emit(figures)
    return 0 if all(f.passed for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
