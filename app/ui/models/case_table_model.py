"""The cases table: rows fetched from SQL 500 at a time, filtered and sorted by the database.

Nothing is loaded until :meth:`CaseTableModel.reload`; the view then asks for
more with ``canFetchMore``/``fetchMore`` as the official scrolls, so a list of
50,000 cases costs one page to show.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.db.engine import Database
from app.domain.case_lifecycle import STATUS_LABELS, CaseStatus
from app.readmodel.lists import CaseListRow
from app.services.casework import case_paging
from app.services.registry import reference
from app.services.support.context import Actor
from app.text import named
from app.ui.formatting import show_date, show_datetime
from app.ui.models.rows_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#b00020")


def local_time(moment: Any, lang: str = "zh") -> str:
    """A UTC moment as local wall-clock time, minutes precision, in the form of ``lang``."""
    return show_datetime(moment, lang)


class CaseTableModel(RowsTableModel[CaseListRow]):
    (
        NUMBER,
        COMPANY,
        PROVINCE,
        STATUS,
        OPEN,
        OVERDUE,
        NEXT_DEADLINE,
        LAST_ACTIVITY,
    ) = range(8)
    COLUMN_COUNT = 8
    SORT_KEYS = case_paging.SORT_KEYS  # in column order
    PAGE = 500
    CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
    OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2  # overdue findings + reports, an int

    def __init__(
        self,
        db: Database,
        actor: Actor,
        lang: str = "zh",
        parent: Any = None,
        *,
        as_of: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._lang = lang
        self._fixed_as_of = as_of
        self._today = as_of or date.today()
        self._rows: list[CaseListRow] = []
        self._exhausted = True  # nothing to fetch before the first reload
        self._loaded = False
        self._query = case_paging.CaseQuery(lang=lang)
        self._provinces: dict[str, str] | None = None

    # --- what is shown ---------------------------------------------------------------------

    @property
    def query(self) -> case_paging.CaseQuery:
        return self._query

    def set_query(self, query: case_paging.CaseQuery) -> None:
        """Show the cases ``query`` matches (reloads if anything was shown already)."""
        if query == self._query and self._loaded:
            return
        self._query = query
        self.reload()

    def set_filters(
        self,
        *,
        provinces: frozenset[str] | None,
        status: str | None,
        text: str | None,
        overdue_only: bool,
    ) -> None:
        self.set_query(
            replace(
                self._query,
                provinces=provinces,
                status=status,
                text=(text or "").strip() or None,
                overdue_only=overdue_only,
            )
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order in SQL by ``column`` (the view calls this when a header is clicked)."""
        if not 0 <= column < self.COLUMN_COUNT:
            return
        query = replace(
            self._query,
            sort_key=self.SORT_KEYS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query:
            return
        self._query = query
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        """Drop the rows and fetch the first page again."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._loaded = True
        self._today = self._fixed_as_of or date.today()
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def case_number(self, row: int) -> str | None:
        return self._rows[row].case_number if 0 <= row < len(self._rows) else None

    # --- Qt model --------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = case_paging.list_cases_page(
            self._db,
            self._actor,
            self._query,
            as_of=self._today,
            limit=self.PAGE,
            offset=len(self._rows),
        )
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headers(self) -> list[str]:
        return [
            self.tr("Case number"),
            self.tr("Company"),
            self.tr("Province"),
            self.tr("Status"),
            self.tr("Open findings"),
            self.tr("Overdue"),
            self.tr("Next deadline"),
            self.tr("Last activity"),
        ]

    def _province(self, code: str) -> str:
        if self._provinces is None:
            self._provinces = {
                c: ref.name(self._lang) for c, ref in reference.provinces(self._db).items()
            }
        return self._provinces.get(code, code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint: leave early.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == self.CASE_NUMBER_ROLE:
            return row.case_number
        overdue = row.overdue_findings + row.overdue_reports
        if role == self.OVERDUE_ROLE:
            return overdue
        deadline_passed = row.next_deadline is not None and row.next_deadline < self._today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col, overdue, deadline_passed)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (col == self.OVERDUE and overdue) or (col == self.NEXT_DEADLINE and deadline_passed):
                return QBrush(OVERDUE_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == self.OVERDUE and overdue:
            return (
                self.tr("Overdue findings: %1, overdue reports: %2")
                .replace("%1", str(row.overdue_findings))
                .replace("%2", str(row.overdue_reports))
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NEXT_DEADLINE and deadline_passed:
            return self.tr("This deadline has passed")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.OPEN, self.OVERDUE):
            return _RIGHT
        return None

    def _display(self, row: CaseListRow, col: int, overdue: int, deadline_passed: bool) -> Any:
        if col == self.NUMBER:
            return row.case_number
        if col == self.COMPANY:
            return named(row.company, row.company_en, self._lang)
        if col == self.PROVINCE:
            return self._province(row.province_code)
        if col == self.STATUS:
            return STATUS_LABELS[CaseStatus(row.status)][self._lang]
        if col == self.OPEN:
            return str(row.open_findings)
        if col == self.OVERDUE:
            # Marked in text as well as in colour.
            return f"⚠ {overdue}" if overdue else "0"
        if col == self.NEXT_DEADLINE:
            if row.next_deadline is None:
                return "—"
            text = show_date(row.next_deadline, self._lang)
            return f"⚠ {text}" if deadline_passed else text
        if col == self.LAST_ACTIVITY:
            return local_time(row.last_activity, self._lang)
        return None


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        CaseTableModel.CASE_NUMBER_ROLE,
        CaseTableModel.OVERDUE_ROLE,
    }
)
