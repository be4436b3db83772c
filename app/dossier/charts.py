"""Bar charts for the reports: ReportLab graphics drawn in the dossier font, so Chinese shows."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from app.dossier.text import FONT

BAR = colors.HexColor("#4a6fa5")
AXIS = colors.HexColor("#555555")


def bar_chart(
    labels: Sequence[str],
    values: Sequence[int],
    *,
    width: float,
    height: float,
    title: str,
    empty: str,
) -> Drawing:
    """A vertical bar chart of whole numbers with a value above each bar.

    Long category labels are cut to ``label_chars`` characters and turned when
    there are many, so they neither overlap nor run out of the drawing.
    """
    drawing = Drawing(width, height)
    drawing.add(
        String(width / 2, height - 12, title, fontName=FONT, fontSize=10, textAnchor="middle")
    )
    if not values or not any(values):
        drawing.add(
            String(width / 2, height / 2, empty, fontName=FONT, fontSize=9, textAnchor="middle")
        )
        return drawing
    many = len(labels) > 6
    chart = VerticalBarChart()
    chart.x = 36
    chart.y = 62 if many else 30
    chart.width = width - chart.x - 12
    chart.height = height - chart.y - 30
    chart.data = [list(values)]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    # barWidth and groupSpacing are proportions: keep a bar at most ~40 pt wide
    slot = chart.width / len(values)
    bar = min(40.0, slot * 0.6)
    chart.barWidth = 10
    chart.groupSpacing = 10 * (slot / bar - 1)
    top = max(values)
    step = max(1, -(-top // 5))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * (-(-top // step) + (1 if top % step == 0 else 0))
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.categoryAxis.categoryNames = [_short(label, 12 if many else 16) for label in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = AXIS
    if many:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 4
        chart.categoryAxis.labels.dy = -2
    else:
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.labels.dy = -3
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
