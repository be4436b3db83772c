"""The dashboard: overdue and falling-due findings, reports and inspections waiting, per-province chart.

Every row opens its case (double-click or Enter); finding rows offer "Dismiss
reminder" (context menu or Ctrl+D) which silences that finding's reminders
until the next step of the ladder (app.services.overview.reminders).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.readmodel.dashboard import DashboardData
from app.services.overview import reminders
from app.services.overview.dashboard import dashboard
from app.services.registry import reference
from app.ui.context import UiContext
from app.ui.errors import show_error
from app.ui.formatting import show_date
from app.ui.models.dashboard_findings_model import DashboardFindingsModel
from app.ui.models.dashboard_inspections_model import DashboardInspectionsModel
from app.ui.models.dashboard_reports_model import DashboardReportsModel
from app.ui.pages.base import Page
from app.ui.pages.dashboard_chart import ProvinceChart

MAX_COLUMN_WIDTH = 320
OVERDUE_LIMIT = 1000  # the most overdue shown; the count in the title is always complete
CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1  # the same role in every dashboard model
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class Section(QWidget):
    """A table (or any widget) with a message shown instead when it has nothing to show."""

    def __init__(self, content: QWidget, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = QLabel(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty if empty else self.content)


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class DashboardPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: Callable[[], date] = date.today  # replaced in tests
        self.data: DashboardData | None = None
        self._sized: set[str] = set()  # tables whose columns were fitted (or restored)
        lang = ctx.lang

        self.overdue_model = DashboardFindingsModel(lang, self)
        self.soon_model = DashboardFindingsModel(lang, self)
        self.later_model = DashboardFindingsModel(lang, self)
        self.reports_model = DashboardReportsModel(lang, self)
        self.inspections_model = DashboardInspectionsModel(lang, self)

        self.overdue_view = self._table("overdue", self.overdue_model, findings=True)
        self.soon_view = self._table("due_soon", self.soon_model, findings=True)
        self.later_view = self._table("due_later", self.later_model, findings=True)
        self.reports_view = self._table("reports", self.reports_model)
        self.inspections_view = self._table("inspections", self.inspections_model)

        self.overdue_section = Section(self.overdue_view, self.tr("Nothing is overdue."))
        self.soon_section = Section(self.soon_view, self.tr("Nothing falls due within 7 days."))
        self.later_section = Section(
            self.later_view, self.tr("Nothing falls due in the 8 to 30 days after.")
        )
        self.reports_section = Section(
            self.reports_view, self.tr("No report is waiting for review or overdue.")
        )
        self.inspections_section = Section(
            self.inspections_view, self.tr("No on-site inspection is scheduled.")
        )
        self.chart = ProvinceChart(lang)
        self.chart_section = Section(self.chart, self.tr("No open findings."))

        self.overdue_box = _group("", self.overdue_section)
        self.due_tabs = QTabWidget()
        self.due_tabs.setObjectName("due_tabs")
        self.due_tabs.addTab(self.soon_section, "")
        self.due_tabs.addTab(self.later_section, "")
        self.due_box = _group(self.tr("Falling due"), self.due_tabs)
        self.chart_box = _group(
            self.tr("Open and overdue findings by province"), self.chart_section
        )
        self.reports_box = _group("", self.reports_section)
        self.inspections_box = _group("", self.inspections_section)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.overdue_box)
        self.left.addWidget(self.due_box)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.chart_box)
        self.right.addWidget(self.reports_box)
        self.right.addWidget(self.inspections_box)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        for splitter in (self.left, self.right, self.splitter):
            splitter.setChildrenCollapsible(False)
        # The findings get the room; restore_state puts back what the official arranged.
        self.splitter.setSizes([700, 500])
        self.left.setSizes([450, 300])
        self.right.setSizes([280, 260, 210])

        self.heading = QLabel()
        self.heading.setObjectName("dashboard_heading")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    # --- building ----------------------------------------------------------------------------

    def _table(self, name: str, model: Any, *, findings: bool = False) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setObjectName(f"dashboard_{name}")
        view.setModel(proxy)
        # Fit columns to the first rows only: measuring 1,000 rows took 0.8 s at start-up.
        view.horizontalHeader().setResizeContentsPrecision(50)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order at first
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Double-click and Enter both "activate" a row.
        view.activated.connect(self._open_row)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        open_action = QAction(self.tr("Open case"), view)
        open_action.triggered.connect(lambda: self._open_row(view.currentIndex()))
        view.addAction(open_action)
        if findings:
            dismiss_action = QAction(self.tr("Dismiss reminder"), view)
            dismiss_action.setShortcut(QKeySequence("Ctrl+D"))
            dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            dismiss_action.triggered.connect(lambda: self.dismiss_reminder(view))
            view.addAction(dismiss_action)
        return view

    # --- behaviour ---------------------------------------------------------------------------

    def refresh(self) -> None:
        as_of = self.today()
        try:
            data = dashboard(
                self.ctx.db,
                self.ctx.actor,
                provinces=self.ctx.provinces_shown(),
                as_of=as_of,
                overdue_limit=OVERDUE_LIMIT,
            )
            shown = [r.finding_id for r in (*data.overdue, *data.due_soon, *data.due_later)]
            quiet = reminders.silenced(self.ctx.db, self.ctx.actor, shown, as_of=as_of)
            items = {i.code: i.name(self.ctx.lang) for i in reference.assessment_items(self.ctx.db)}
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        self.data = data
        self.overdue_model.set_rows(data.overdue, as_of, silenced=quiet, item_names=items)
        self.soon_model.set_rows(data.due_soon, as_of, silenced=quiet, item_names=items)
        self.later_model.set_rows(data.due_later, as_of, silenced=quiet, item_names=items)
        self.reports_model.set_rows([*data.reports_overdue, *data.awaiting_review])
        self.inspections_model.set_rows(data.upcoming_inspections)
        self.chart.set_figures(data.by_province)
        self._update_titles(data)

    def _update_titles(self, data: DashboardData) -> None:
        shown = len(data.overdue)
        if shown < data.overdue_total:
            title = (
                self.tr("Overdue findings: the %1 most overdue of %2")
                .replace("%1", str(shown))
                .replace("%2", str(data.overdue_total))
            )
        else:
            title = self.tr("Overdue findings (%1)").replace("%1", str(data.overdue_total))
        self.overdue_box.setTitle(title)
        self.due_tabs.setTabText(
            0, self.tr("Within 7 days (%1)").replace("%1", str(data.due_soon_total))
        )
        self.due_tabs.setTabText(
            1, self.tr("In 8 to 30 days (%1)").replace("%1", str(data.due_later_total))
        )
        self.reports_box.setTitle(
            self.tr("Reports awaiting review (%1), overdue (%2)")
            .replace("%1", str(len(data.awaiting_review)))
            .replace("%2", str(len(data.reports_overdue)))
        )
        self.inspections_box.setTitle(
            self.tr("Upcoming inspections (%1)").replace("%1", str(len(data.upcoming_inspections)))
        )
        self.overdue_section.set_empty(not data.overdue)
        self.soon_section.set_empty(not data.due_soon)
        self.later_section.set_empty(not data.due_later)
        self.reports_section.set_empty(not (data.awaiting_review or data.reports_overdue))
        self.inspections_section.set_empty(not data.upcoming_inspections)
        self.chart_section.set_empty(not data.by_province)
        self._size_columns()
        codes = self.ctx.provinces_shown()
        if codes is None:
            where = self.tr("all provinces")
        else:
            names = reference.provinces(self.ctx.db)
            where = "、".join(names[c].name(self.ctx.lang) for c in sorted(codes) if c in names)
        self.heading.setText(
            self.tr("As of %1 · %2")
            .replace("%1", show_date(data.as_of, self.ctx.lang))
            .replace("%2", where)
        )

    def _size_columns(self) -> None:
        """Fit the columns to the first rows shown (unless a saved layout was restored)."""
        for key, view in self._views().items():
            if key in self._sized or view.model().rowCount() == 0:
                continue
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):
                view.setColumnWidth(column, min(view.columnWidth(column), MAX_COLUMN_WIDTH))
            self._sized.add(key)

    def _open_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.isValid():
            return
        number = index.data(CASE_NUMBER_ROLE)
        if number:
            self.ctx.bus.open_case.emit(str(number))

    def dismiss_reminder(self, view: QTableView) -> None:
        """Silence the selected finding's reminders until the next step of the ladder."""
        index = view.currentIndex()
        if not index.isValid():
            return
        finding_id = index.data(DashboardFindingsModel.FINDING_ID_ROLE)
        case_number = index.data(CASE_NUMBER_ROLE)
        number = index.siblingAtColumn(DashboardFindingsModel.NUMBER).data()
        try:
            step = reminders.dismiss(self.ctx.db, self.ctx.actor, finding_id, as_of=self.today())
        except Exception as exc:
            show_error(self, exc, self.ctx.lang)
            return
        if step is None:
            self.ctx.bus.status_message.emit(
                self.tr("%1 %2 has no reminder to dismiss yet.")
                .replace("%1", case_number)
                .replace("%2", number)
            )
            return
        self.ctx.bus.status_message.emit(
            self.tr("Reminder for %1 %2 dismissed until the next step.")
            .replace("%1", case_number)
            .replace("%2", number)
        )
        self.ctx.bus.data_changed.emit()

    # --- state ---------------------------------------------------------------------------------

    def _views(self) -> dict[str, QTableView]:
        return {
            "overdue": self.overdue_view,
            "due_soon": self.soon_view,
            "due_later": self.later_view,
            "reports": self.reports_view,
            "inspections": self.inspections_view,
        }

    def save_state(self) -> None:
        settings = self.ctx.settings
        for key, splitter in (("main", self.splitter), ("left", self.left), ("right", self.right)):
            settings.setValue(f"dashboard/splitter_{key}", splitter.saveState())
        for key, view in self._views().items():
            settings.setValue(f"dashboard/columns_{key}", view.horizontalHeader().saveState())

    def restore_state(self) -> None:
        settings = self.ctx.settings
        for key, splitter in (("main", self.splitter), ("left", self.left), ("right", self.right)):
            state = settings.value(f"dashboard/splitter_{key}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        for key, view in self._views().items():
            state = settings.value(f"dashboard/columns_{key}")
            if isinstance(state, QByteArray) and view.horizontalHeader().restoreState(state):
                self._sized.add(key)
