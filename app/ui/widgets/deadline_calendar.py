"""A month calendar that marks the days on which deadlines fall.

Each marked day shows a count badge of the finding deadlines that day, a
diamond for awaited reports due that day, and, when anything of that day is
overdue, a red tint AND a "!" marker (never colour alone).  Public holidays and
make-up working days carry a small "rest"/"work" mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap, QPolygonF, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QTableView, QWidget

from app.services.overview.deadline_calendar import DayMarks

OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_TINT = QColor(176, 0, 32, 38)
DUE_COLOUR = QColor("#1f4e9a")
REPORT_COLOUR = QColor("#6a1b9a")
REST_COLOUR = QColor("#b00020")
WORK_COLOUR = QColor("#1f4e9a")


@dataclass(frozen=True)
class CellMarks:
    """What is drawn on one day's cell (kept apart from painting so tests can read it)."""

    overdue: bool  # red tint, red frame and a "!" marker
    finding_badge: str | None  # the count of finding deadlines, or None
    finding_badge_overdue: bool  # the badge is red (some are overdue) rather than blue
    report_badge: str | None  # "◆" or "◆2" for awaited reports due, or None


def cell_marks(marks: DayMarks | None) -> CellMarks | None:
    if marks is None or not (marks.findings or marks.reports_due):
        return None
    report = None
    if marks.reports_due:
        report = "◆" if marks.reports_due == 1 else f"◆{marks.reports_due}"
    return CellMarks(
        overdue=marks.any_overdue,
        finding_badge=str(marks.findings) if marks.findings else None,
        finding_badge_overdue=bool(marks.overdue),
        report_badge=report,
    )


def paint_badge(painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    """A filled rounded badge with white bold text."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    radius = rect.height() / 2
    painter.drawRoundedRect(rect, radius, radius)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.72)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def paint_diamond(painter: QPainter, centre: QPointF, half: float, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(centre.x(), centre.y() - half),
                QPointF(centre.x() + half, centre.y()),
                QPointF(centre.x(), centre.y() + half),
                QPointF(centre.x() - half, centre.y()),
            ]
        )
    )


def paint_overdue_marker(painter: QPainter, rect: QRectF) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(9, int(rect.height())))
    painter.setFont(font)
    painter.setPen(OVERDUE_COLOUR)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "!")


def legend_pixmap(kind: str, size: int = 18) -> QPixmap:
    """The symbol of the legend entry ``kind``: "due", "overdue" or "report"."""
    pixmap = QPixmap(size * 2, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind == "overdue":
        painter.fillRect(QRectF(0, 0, size * 2, size), OVERDUE_TINT)
        paint_overdue_marker(painter, QRectF(0, 0, size * 0.8, size))
        paint_badge(painter, QRectF(size * 0.8, 2, size * 1.1, size - 4), "2", OVERDUE_COLOUR)
    elif kind == "report":
        paint_diamond(painter, QPointF(size, size / 2), size / 2 - 2, REPORT_COLOUR)
    else:
        paint_badge(painter, QRectF(size * 0.45, 2, size * 1.1, size - 4), "2", DUE_COLOUR)
    painter.end()
    return pixmap


class DeadlineCalendar(QCalendarWidget):
    """QCalendarWidget with per-day deadline marks (see :func:`cell_marks`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[date, DayMarks] = {}
        self._working: dict[date, bool] = {}  # holidays (False) and make-up days (True)
        self._today = date.today()
        self._rest_text = self.tr("Off")
        self._work_text = self.tr("Work")
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)
        self.setMinimumSize(420, 320)
        self._compact_weekday_row()

    def _compact_weekday_row(self) -> None:
        # QCalendarWidget stretches every row alike, so the weekday names would get a
        # row as tall as a week's; the space is better spent on the marked days.
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is None:
            return
        rows = view.verticalHeader()
        rows.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        rows.resizeSection(0, self.fontMetrics().height() + 10)

    def set_marks(self, marks: dict[date, DayMarks]) -> None:
        self._marks = dict(marks)
        self.updateCells()

    def marks(self, day: date) -> DayMarks | None:
        return self._marks.get(day)

    def marked_days(self) -> list[date]:
        return sorted(self._marks)

    def cell_marks(self, day: date) -> CellMarks | None:
        return cell_marks(self._marks.get(day))

    def set_special_days(self, days: dict[date, bool]) -> None:
        """Days that break the weekday/weekend pattern: rest days False, working days True."""
        self._working = dict(days)
        self.setDateTextFormat(QDate(), QTextCharFormat())  # forget the previous year's
        rest, work = QTextCharFormat(), QTextCharFormat()
        rest.setForeground(REST_COLOUR)
        work.setForeground(self.palette().text())
        for day, working in days.items():
            self.setDateTextFormat(QDate(day.year, day.month, day.day), work if working else rest)
        self.updateCells()

    def set_today(self, day: date) -> None:
        """The day framed as today (the page's as-of day)."""
        self._today = day
        self.updateCells()

    def special_day(self, day: date) -> bool | None:
        return self._working.get(day)

    def selected_day(self) -> date:
        day: date = self.selectedDate().toPython()  # type: ignore[assignment]
        return day

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        day: date = qdate.toPython()  # type: ignore[assignment]
        marks = cell_marks(self._marks.get(day))
        working = self._working.get(day)
        if marks is None and working is None and day != self._today:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cell = QRectF(rect).adjusted(1, 1, -1, -1)
        if day == self._today:
            painter.setPen(QPen(DUE_COLOUR, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(3, 3, -3, -3))
        unit = max(10.0, min(cell.height() / 3.6, cell.width() / 4.5))
        if working is not None:
            font = QFont(painter.font())
            font.setPixelSize(max(8, int(unit * 0.7)))
            painter.setFont(font)
            painter.setPen(WORK_COLOUR if working else REST_COLOUR)
            painter.drawText(
                cell.adjusted(0, 1, -3, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                self._work_text if working else self._rest_text,
            )
        if marks is not None:
            self._paint_marks(painter, cell, unit, marks)
        painter.restore()

    def _paint_marks(self, painter: QPainter, cell: QRectF, unit: float, marks: CellMarks) -> None:
        if marks.overdue:
            painter.fillRect(cell, OVERDUE_TINT)
            painter.setPen(QPen(OVERDUE_COLOUR, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell.adjusted(1, 1, -1, -1))
            paint_overdue_marker(painter, QRectF(cell.left() + 3, cell.top() + 2, unit, unit))
        bottom = cell.bottom() - unit - 3
        if marks.finding_badge is not None:
            width = unit * (0.9 + 0.45 * len(marks.finding_badge))
            badge = QRectF(cell.right() - width - 3, bottom, width, unit)
            colour = OVERDUE_COLOUR if marks.finding_badge_overdue else DUE_COLOUR
            paint_badge(painter, badge, marks.finding_badge, colour)
        if marks.report_badge is not None:
            half = unit / 2
            paint_diamond(
                painter, QPointF(cell.left() + 4 + half, bottom + half), half, REPORT_COLOUR
            )
            if len(marks.report_badge) > 1:
                font = QFont(painter.font())
                font.setBold(True)
                font.setPixelSize(max(8, int(unit * 0.8)))
                painter.setFont(font)
                painter.setPen(REPORT_COLOUR)
                painter.drawText(
                    QRectF(cell.left() + 6 + unit, bottom, unit * 2, unit),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    marks.report_badge[1:],
                )
