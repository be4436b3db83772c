"""Nothing English in the Chinese window, nothing Chinese in the English one, but data.

Every page of the main window, the case window with each tab (three cases of the
demo set: an overdue one, one inspected on site, one more), the inspection editor
and every dialog are opened on the demo data in each language, and every text
they show is read (language_sweep.shown_texts): labels, buttons, menus, tooltips,
combo-box entries, table headers and cells.  What is in the other language and is
not data an official entered fails the test, naming the window and the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout, QWidget

from app.services.casework import cases
from app.services.registry import reference
from app.services.support.context import Actor
from app.ui.context import UiContext
from app.ui.i18n import install_translators
from tests.ui.language_sweep import data_corpus, foreign, shown_texts


@pytest.fixture
def quiet_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes a window raises while opening are recorded, not waited for."""
    shown: list[str] = []

    def record(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def _windows(ctx: UiContext) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    from app.ui.case_view.status_dialog import StatusDialog
    from app.ui.case_view.window import CaseWindow
    from app.ui.dialogs import (
        calendar_days_dialog,
        company_dialog,
        exchange_conflicts_dialog,
        exchange_export_dialog,
        exchange_import_dialog,
        extension_dialog,
        finding_dialog,
        import_dialog,
        inspection_dialog,
        login_dialog,
        open_case_dialog,
        rectification_dialog,
        report_dialog,
        review_dialog,
        settings_dialog,
        signing_dialog,
        summons_dialog,
        user_edit_dialog,
        users_dialog,
        verify_dossier_dialog,
        waive_dialog,
    )
    from app.ui.inspection_editor import InspectionEditor
    from app.ui.main_window import PAGES, MainWindow

    db, actor = ctx.db, ctx.actor

    def main() -> QWidget:
        window = MainWindow(ctx)
        window.reminders.stop()
        for spec in PAGES:
            window.show_page(spec.key)
        return window

    def case_window(number: str) -> QWidget:
        window = CaseWindow(ctx, number)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
        return window

    yield "main window", main
    rows = cases.list_cases(db, actor)
    details = {r.case_number: cases.show_case(db, actor, r.case_number) for r in rows}
    inspected = next(n for n, d in details.items() if d.inspections)
    with_report = next(n for n, d in details.items() if d.reports)
    late = cases.overdue(db, actor)
    overdue = late[0].case_number if late else next(n for n, d in details.items() if d.findings)
    for number in sorted({overdue, inspected, rows[-1].case_number}):
        yield f"case {number}", lambda n=number: case_window(n)
    yield (
        "inspection editor",
        lambda: InspectionEditor(ctx, inspected, details[inspected].inspections[0].id),
    )
    detail = details[overdue]
    finding = detail.findings[0]
    report = details[with_report].reports[0]
    code = str(detail.company.credit_code)
    target = detail.allowed_next[0] if detail.allowed_next else "closed"
    yield from [
        ("calendar", lambda: calendar_days_dialog.CalendarDaysDialog(ctx)),
        ("new company", lambda: company_dialog.CompanyDialog(ctx)),
        ("edit company", lambda: company_dialog.CompanyDialog(ctx, code)),
        ("exchange conflicts", lambda: exchange_conflicts_dialog.ExchangeConflictsDialog(ctx)),
        ("exchange export", lambda: exchange_export_dialog.ExchangeExportDialog(ctx)),
        ("exchange import", lambda: exchange_import_dialog.ExchangeImportDialog(ctx)),
        ("extension", lambda: extension_dialog.ExtensionDialog(ctx, overdue, finding)),
        ("new finding", lambda: finding_dialog.FindingDialog(ctx, overdue)),
        ("edit finding", lambda: finding_dialog.FindingDialog(ctx, overdue, finding=finding)),
        ("company import", lambda: import_dialog.ImportDialog(ctx)),
        ("inspection", lambda: inspection_dialog.InspectionDialog(ctx, overdue)),
        ("open case", lambda: open_case_dialog.OpenCaseDialog(ctx)),
        ("rectification", lambda: rectification_dialog.RectificationDialog(ctx, overdue, finding)),
        ("new report", lambda: report_dialog.ReportDialog(ctx, overdue)),
        ("report received", lambda: report_dialog.MarkReceivedDialog(ctx, report.id)),
        ("review", lambda: review_dialog.ReviewDialog(ctx, with_report, report)),
        ("settings", lambda: settings_dialog.SettingsDialog(ctx)),
        ("signing", lambda: signing_dialog.SigningDialog(ctx)),
        ("summons", lambda: summons_dialog.SummonsDialog(ctx)),
        ("users", lambda: users_dialog.UsersDialog(ctx)),
        (
            "new user",
            lambda: user_edit_dialog.UserEditDialog(
                ctx, user_edit_dialog.ADD, reference.provinces(db)
            ),
        ),
        ("verify dossier", lambda: verify_dossier_dialog.VerifyDossierDialog(ctx)),
        ("waive", lambda: waive_dialog.WaiveDialog(ctx, overdue, finding)),
        ("status", lambda: StatusDialog(ctx, overdue, detail.status, target)),
        ("login", lambda: login_dialog.LoginDialog(db, ctx.lang)),
    ]


def literal_ampersands(window: QWidget) -> list[str]:
    """Labels whose mnemonic "&" is drawn as it is: a label shows "&File:" as "File:"
    only when it has a buddy to give the focus to (a form row of several widgets has none)."""
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if re.search(r"(?<!&)&(?!&)", label.text())
        and label.buddy() is None
        and "<" not in label.text()  # rich text writes &nbsp; and the like
    ]


# A supervisor sees every action; a Beijing viewer and a Zhejiang inspector see many
# of them greyed out, each with the reason as its tooltip: those are read too.
OFFICIALS = {
    "supervisor": Actor("demo_supervisor", role="supervisor"),
    "viewer": Actor(
        "demo_bj_viewer", role="viewer", all_provinces=False, provinces=frozenset({"110000"})
    ),
    "inspector": Actor(
        "demo_zj_inspector", role="inspector", all_provinces=False, provinces=frozenset({"330000"})
    ),
}


@pytest.mark.parametrize("official", sorted(OFFICIALS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_window_speaks_only_its_language(
    qapp: QApplication, demo_ctx: UiContext, quiet_messages: list[str], lang: str, official: str
) -> None:
    assert install_translators(qapp, lang)
    try:
        actor = OFFICIALS[official]
        ctx = UiContext(db=demo_ctx.db, actor=actor, lang=lang, settings=demo_ctx.settings)
        corpus = data_corpus(ctx.db)
        problems: list[str] = []
        opened = 0
        for name, make in _windows(ctx):
            window = make()
            qapp.processEvents()
            texts = shown_texts(window)
            assert texts, name
            problems.extend(f"{name}: {p}" for p in sorted(foreign(texts, lang, corpus)))
            problems.extend(f"{name}: {t!r} shows its '&'" for t in literal_ampersands(window))
            opened += 1
            window.hide()
            window.deleteLater()
        assert opened >= 28  # the main window, two or three cases, the editor, 25 dialogs
        assert not problems, "\n".join(problems)
        # The refusals shown while opening are in the window's language too
        assert not foreign(quiet_messages, lang, corpus), quiet_messages
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "检查范围 Scope:"),
        ("zh", "来源: review"),
        ("en", "Source: 书面审查"),
        ("en", "Notes: 记录"),
    ],
)
def test_the_sweep_finds_a_word_of_the_other_language(
    qapp: QApplication, demo_ctx: UiContext, lang: str, text: str
) -> None:
    # A label left untranslated is found; the demo data's own words are not
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QLabel(text))
    company = cases.show_case(demo_ctx.db, demo_ctx.actor, "ZJ-2021-0001").company
    layout.addWidget(QLabel(str(company.name_zh)))
    found = foreign(shown_texts(widget), lang, data_corpus(demo_ctx.db))
    assert len(found) == 1 and text in next(iter(found))
