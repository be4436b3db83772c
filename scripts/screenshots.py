"""Screenshots of the main views on the demo data, in Chinese and English.

    xvfb-run -a .venv/bin/python scripts/screenshots.py [OUT_DIR]

Writes docs/screenshots/{zh,en}-{dashboard,cases,case-findings,inspection,companies,deadlines}.png.
Runs on a throw-away database in a temporary folder; the user's data is not touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="inspectdesk-shots-"))
    os.environ["INSPECTDESK_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app.db.migrate import open_database
    from app.services.casework import cases
    from app.services.seed.demo import load_demo
    from app.services.support.context import Actor
    from app.ui.case_view.window import CaseWindow
    from app.ui.context import UiContext
    from app.ui.i18n import install_translators
    from app.ui.inspection_editor import InspectionEditor
    from app.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(str(tmp / "demo.sqlite3"))
    actor = Actor("demo_supervisor", role="supervisor")
    load_demo(db, actor, today=date.today())

    def settle(widget: QWidget) -> None:
        for _ in range(5):
            qt_app.processEvents()
        widget.repaint()
        qt_app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle(widget)
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    inspected = next(
        r
        for r in cases.list_cases(db, actor)
        if cases.show_case(db, actor, r.case_number).inspections
    )
    overdue_case = cases.overdue(db, actor)[0].case_number
    for lang in ("zh", "en"):
        install_translators(qt_app, lang)
        settings = QSettings(str(tmp / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
        ctx = UiContext(db=db, actor=actor, lang=lang, settings=settings)
        window = MainWindow(ctx)
        window.reminders.stop()
        window.resize(1400, 860)
        window.show()
        for page in ("dashboard", "cases", "companies", "deadlines"):
            window.show_page(page)
            save(window, f"{lang}-{page}")
        case_window = CaseWindow(ctx, overdue_case)
        case_window.resize(1300, 820)
        case_window.show()
        case_window.tabs.setCurrentWidget(case_window.findings)
        save(case_window, f"{lang}-case-findings")
        case_window.close()
        detail = cases.show_case(db, actor, inspected.case_number)
        editor = InspectionEditor(ctx, inspected.case_number, detail.inspections[0].id)
        editor.resize(1300, 860)
        editor.show()
        save(editor, f"{lang}-inspection")
        editor.close()
        window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
