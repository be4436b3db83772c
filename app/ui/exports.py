"""The Export menu: reports written off the GUI thread, with the filters the official applied."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.services.registry import reference
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.workers import Progress, run_task

if TYPE_CHECKING:
    from app.services.exports.report_exports import ExportResult

# The writers (openpyxl, ReportLab) are imported by the export an official starts, not
# when the window opens: they cost a third of a second of start-up.


class Exporter:
    """Asks for a file, runs the export in a pool thread, reports the result."""

    def __init__(
        self, ctx: UiContext, parent: QWidget, case_query: Callable[[], Any] | None
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.case_query = case_query  # the cases page's current filters, if it is open

    def _target(self, title: str, suggested: str, filters: str) -> Path | None:
        name, chosen = QFileDialog.getSaveFileName(
            self.parent, title, str(Path.home() / suggested), filters
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".xlsx"):
            path = path.with_name(path.name + (".xlsx" if "xlsx" in chosen else ".pdf"))
        return path

    def _single_province(self) -> str | None:
        shown = self.ctx.province_filter
        return next(iter(shown)) if shown and len(shown) == 1 else None

    def _run(self, title: str, work: Callable[[Progress], ExportResult]) -> None:
        lang = self.ctx.lang

        def task(progress: Progress, _cancel: threading.Event) -> ExportResult:
            return work(progress)

        def done(result: ExportResult) -> None:
            text = QCoreApplication.translate(
                "Exports", "%n row(s) written to %1.", None, result.rows
            ).replace("%1", str(result.path))
            if result.warnings:
                text += "\n\n" + "\n".join(
                    w.render(lang) if hasattr(w, "render") else str(w) for w in result.warnings
                )
            QMessageBox.information(self.parent, title, text)

        run_task(self.parent, title, task, done, lambda exc: show_error(self.parent, exc, lang))

    def cases_to_excel(self) -> None:
        """The cases and their findings, with the cases page's filters (province, status, text, overdue)."""
        from app.services.exports import report_exports

        target = self._target(
            QCoreApplication.translate("Exports", "Export cases"),
            f"cases-{date.today()}.xlsx",
            QCoreApplication.translate("Exports", "Excel workbooks (*.xlsx)"),
        )
        if target is None:
            return
        query = self.case_query() if self.case_query else None
        filters: dict[str, Any] = {"province": self._single_province()}
        if query is not None:
            filters.update(status=query.status, text=query.text, overdue_only=query.overdue_only)
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.lang
        self._run(
            QCoreApplication.translate("Exports", "Export cases"),
            lambda progress: report_exports.export_cases(
                db, actor, target, lang=lang, progress=progress, **filters
            ),
        )

    def overdue(self) -> None:
        """The overdue findings of every province shown, as PDF or Excel."""
        from app.services.exports import report_exports

        target = self._target(
            QCoreApplication.translate("Exports", "Export overdue findings"),
            f"overdue-{date.today()}.pdf",
            QCoreApplication.translate(
                "Exports", "PDF documents (*.pdf);;Excel workbooks (*.xlsx)"
            ),
        )
        if target is None:
            return
        db, actor, lang, province = (
            self.ctx.db,
            self.ctx.actor,
            self.ctx.lang,
            self._single_province(),
        )
        self._run(
            QCoreApplication.translate("Exports", "Export overdue findings"),
            lambda progress: report_exports.export_overdue(
                db, actor, target, province=province, lang=lang, progress=progress
            ),
        )

    def province_report(self) -> None:
        """One province's report: the province filter's, or one the official picks."""
        from app.services.exports import report_exports

        province = self._single_province()
        if province is None:
            refs = [
                r for r in reference.provinces(self.ctx.db).values() if self.ctx.actor.sees(r.code)
            ]
            names = [f"{r.name(self.ctx.lang)} ({r.code})" for r in refs]
            choice, ok = QInputDialog.getItem(
                self.parent,
                QCoreApplication.translate("Exports", "Province report"),
                QCoreApplication.translate("Exports", "Province:"),
                names,
                0,
                False,
            )
            if not ok:
                return
            province = refs[names.index(choice)].code
        target = self._target(
            QCoreApplication.translate("Exports", "Province report"),
            f"province-{province}-{date.today()}.pdf",
            QCoreApplication.translate("Exports", "PDF documents (*.pdf)"),
        )
        if target is None:
            return
        db, actor, lang = self.ctx.db, self.ctx.actor, self.ctx.lang
        self._run(
            QCoreApplication.translate("Exports", "Province report"),
            lambda progress: report_exports.export_province_report(
                db, actor, province, target, lang=lang, progress=progress
            ),
        )
