"""Start-up does only what is asked for (issue 12, item 2): a command that lists cases
loads no Qt, PDF, Excel, signing or migration library and hashes no password, and the
window opens without the export writers; each is loaded by the work that needs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("PySide6", "reportlab", "openpyxl", "pyhanko", "docx", "pypdf", "alembic")


def _probe(code: str, tmp_path: Path, **env: str) -> dict[str, object]:
    environment = {
        **os.environ,
        "INSPECTDESK_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        **env,
    }
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture
def database(tmp_path: Path) -> Path:
    from app.db.migrate import open_database

    path = tmp_path / "office.sqlite3"
    open_database(str(path)).dispose()  # at head: opening it again needs no migration
    return path


def test_listing_cases_loads_no_heavy_library_and_hashes_no_password(
    tmp_path: Path, database: Path
) -> None:
    code = (
        "import contextlib, io, json, sys\n"
        "from app.entry import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    rc = main(['--db', {str(database)!r}, 'cases', 'list', '--json'])\n"
        "from app.services.registry import users\n"
        "print(json.dumps({'rc': rc, 'listed': json.loads(out.getvalue()),\n"
        "    'hashed': users._dummy_hash.cache_info().currsize,\n"
        "    'loaded': sorted({m.split('.')[0] for m in sys.modules})}))\n"
    )
    result = _probe(code, tmp_path)
    assert result["rc"] == 0 and result["listed"] == []
    assert result["hashed"] == 0
    loaded = set(result["loaded"])  # type: ignore[arg-type]
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_the_window_opens_without_the_export_writers(tmp_path: Path, database: Path) -> None:
    code = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.db.migrate import open_database\n"
        "from app.services.support.context import local_actor\n"
        "from app.ui.context import UiContext\n"
        "from app.ui.main_window import MainWindow\n"
        "from PySide6.QtCore import QSettings\n"
        f"db = open_database({str(database)!r})\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "ctx = UiContext(db=db, actor=local_actor(None), lang='en', settings=settings)\n"
        "window = MainWindow(ctx)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules})\n"
        "window.close()\n"
        "print(json.dumps({'loaded': loaded, 'shown': window.shown_summary()}))\n"
    )
    result = _probe(code, tmp_path)
    loaded = set(result["loaded"])  # type: ignore[arg-type]
    assert "PySide6" in loaded  # the probe is real: the window was made
    assert "(filled)" in str(result["shown"])
    assert not loaded & {"reportlab", "openpyxl", "pyhanko", "docx", "alembic"}
