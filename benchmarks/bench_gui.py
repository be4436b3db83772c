"""Time the cases list of the desktop client on the synthetic 50,000-case database.

    python benchmarks/bench_gui.py [DB.sqlite3] [--text WORD] [--repeat 5] [--page-only]

Runs offscreen (QT_QPA_PLATFORM=offscreen unless set). The database is made
with ``python benchmarks/generate.py /tmp/bench.sqlite3 --as-of 2025-06-30``
when missing. Two figures, against the targets of issue 3:

- *window shown*: from creating the main window (page "cases"; the cases page
  alone with ``--page-only`` or when the main window cannot be built) until it
  is shown and the first page of rows has been painted;
- *filter applied*: from setting the filter text until the matching rows are
  painted (the 250 ms typing debounce is not counted: it is a pause by design).

Each filter word is measured ``--repeat`` times after one warm-up run; the
median and the worst are printed. Exit status 0 when every target is met.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent))
from figures import Figure, emit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_SHOWN_S = 0.40  # issue 12 (issue 3 asked for 1.0 s)
TARGET_FILTER_MS = 100.0
DEFAULT_DB = Path("/tmp/bench.sqlite3")


def _ensure_database(path: Path) -> None:
    if path.exists():
        return
    print(f"making {path} (a few minutes)…", flush=True)
    script = Path(__file__).with_name("generate.py")
    subprocess.run([sys.executable, str(script), str(path), "--as-of", "2025-06-30"], check=True)


def _painted(widget: Any, qapp: Any) -> None:
    """Let Qt lay out and paint what changed, as the event loop would before the user sees it.

    Offscreen, a widget paints while its update request is processed, so two
    rounds of ``processEvents`` (the second for events posted by the first)
    deliver the paint; ``repaint`` is not used because it would paint twice.
    """
    qapp.processEvents()
    qapp.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", nargs="?", default=str(DEFAULT_DB))
    parser.add_argument("--text", action="append", help="filter words (repeatable)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--page-only", action="store_true")
    args = parser.parse_args(argv)
    path = Path(args.db)
    _ensure_database(path)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication([])

    from app.db.migrate import open_database
    from app.services.support.context import Actor
    from app.ui.context import UiContext

    db = open_database(str(path))
    settings_file = Path("/tmp/inspectdesk-bench-gui.ini")
    settings_file.unlink(missing_ok=True)
    ctx = UiContext(
        db=db,
        actor=Actor("bench", role="admin"),
        lang="zh",
        settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
    )

    # --- time to first paint ------------------------------------------------------------------
    mode = "page"
    start = time.perf_counter()
    window = None
    if not args.page_only:
        try:
            from app.ui.main_window import MainWindow

            window = MainWindow(ctx)
            page = window.show_page("cases")
            mode = "main window"
        except Exception as exc:  # another page of the window is not ready: measure the page
            print(f"main window unavailable ({type(exc).__name__}: {exc}); timing the page alone")
            window = None
            start = time.perf_counter()
    if window is None:
        from app.ui.pages.cases import CasesPage

        page = CasesPage(ctx)
        page.restore_state()
        page.refresh()
        window = page
    window.resize(1280, 800)
    window.show()
    _painted(page.table.viewport(), qapp)
    shown_s = time.perf_counter() - start
    rows_first = page.model.rowCount()
    from PySide6.QtCore import QModelIndex

    more = page.model.canFetchMore(QModelIndex())

    # --- time to apply a text filter -------------------------------------------------------
    words = args.text or ["浙江", "ZJ-2021", "科技", "zzzz-none"]
    results: list[tuple[str, int, float, float]] = []
    for word in words:
        timings = []
        for attempt in range(args.repeat + 1):
            page.text_filter.setText("")
            page.apply_filters()
            _painted(page.table.viewport(), qapp)
            t0 = time.perf_counter()
            page.text_filter.setText(word)
            page.apply_filters()  # what the debounce timer calls
            _painted(page.table.viewport(), qapp)
            elapsed = (time.perf_counter() - t0) * 1000
            if attempt:
                timings.append(elapsed)
        results.append((word, page.model.rowCount(), statistics.median(timings), max(timings)))

    # --- report --------------------------------------------------------------------------
    print()
    print(f"database: {path}  ({mode}, {rows_first} rows in the first page, more: {more})")
    print(f"{'measurement':<34}{'median':>10}{'worst':>10}{'target':>10}  ok")
    ok_shown = shown_s < TARGET_SHOWN_S
    print(
        f"{'window shown, first page painted':<34}{shown_s * 1000:>8.0f}ms{'':>10}"
        f"{TARGET_SHOWN_S * 1000:>8.0f}ms  {'yes' if ok_shown else 'NO'}"
    )
    ok_all = ok_shown
    for word, rows, median, worst in results:
        ok = worst < TARGET_FILTER_MS
        ok_all &= ok
        label = f"filter {word!r} ({rows}{'+' if rows == 500 else ''} rows)"
        print(
            f"{label:<34}{median:>8.1f}ms{worst:>8.1f}ms{TARGET_FILTER_MS:>8.0f}ms  "
            f"{'yes' if ok else 'NO'}"
        )
    window.close()
    db.dispose()
    figures = [
        Figure(
            "window shown, first page painted (in process)",
            round(shown_s, 3),
            "s",
            TARGET_SHOWN_S,
            work=f"{rows_first} rows painted",
            empty=rows_first == 0,
        )
    ]
    for word, rows, median, worst in results:
        figures.append(
            Figure(
                f"filter {word!r}, rows painted (worst)",
                round(worst, 1),
                "ms",
                TARGET_FILTER_MS,
                work=f"{rows}{'+' if rows == 500 else ''} rows, median {median:.1f} ms",
            )
        )
    emit(figures)
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
