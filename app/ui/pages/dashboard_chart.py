"""The dashboard's bar chart: open and overdue findings per province (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from app.readmodel.dashboard import ProvinceFigures

OPEN_COLOUR = QColor("#4e79a7")
OVERDUE_COLOUR = QColor("#b00020")


class ProvinceChart(QChartView):
    """Two bars per province, values written on the bars (not told by colour alone)."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.categories: list[str] = []
        self.open_values: list[int] = []
        self.overdue_values: list[int] = []
        self.set_figures([])

    def set_figures(self, figures: list[ProvinceFigures]) -> None:
        self.categories = [f.name(self._lang) for f in figures]
        self.open_values = [f.open_findings for f in figures]
        self.overdue_values = [f.overdue_findings for f in figures]

        open_set = QBarSet(self.tr("Open"))
        open_set.append([float(v) for v in self.open_values])
        open_set.setColor(OPEN_COLOUR)
        overdue_set = QBarSet(self.tr("Overdue"))
        overdue_set.append([float(v) for v in self.overdue_values])
        overdue_set.setColor(OVERDUE_COLOUR)
        series = QBarSeries()
        series.append(open_set)
        series.append(overdue_set)

        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.addSeries(series)
        chart.setMargins(QMargins(4, 4, 8, 4))
        chart.setBackgroundRoundness(0)
        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        # Names side by side while they fit (smaller type first), slanted beyond that.
        font = x_axis.labelsFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        x_axis.setLabelsFont(font)
        if len(self.categories) > 10:
            x_axis.setLabelsAngle(-45)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        top = max(self.open_values, default=0)
        # Whole numbers only, with room above the tallest bar for its label.
        y_axis.setRange(0, max(4, top + max(1, top // 5)))
        y_axis.setLabelFormat("%d")
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(max(1, (top + 4) // 5))
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        # Set after the series is in the chart: set earlier, the labels never show.
        for bar_set in (open_set, overdue_set):
            bar_set.setLabelColor(QColor("#202020"))
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        series.hovered.connect(self._hovered)  # full names when the axis elides them
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def bar_text(self, index: int) -> str:
        return (
            self.tr("%1: %2 open, %3 overdue")
            .replace("%1", self.categories[index])
            .replace("%2", str(self.open_values[index]))
            .replace("%3", str(self.overdue_values[index]))
        )

    def _hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self.categories):
            QToolTip.showText(QCursor.pos(), self.bar_text(index), self)
        else:
            QToolTip.hideText()
