"""A small horizontal bar chart (QPainter; the app depends on Qt Essentials only,
so no QtCharts): for each measure, a bar for "Mine" and one for "Organisation".

Each measure is scaled on its own (tickets, files and bytes have different
units); the value is written next to its bar, so the chart reads without colour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Measure:
    label: str
    mine: int
    organisation: int | None
    #: Turns a value into text ("1.2 MB").
    format: Callable[[int], str] = str


class DataBarChart(QWidget):
    ROW_HEIGHT = 16
    ROW_GAP = 4
    GROUP_GAP = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: list[Measure] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Customer Data chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the description

    def set_measures(self, measures: list[Measure]) -> None:
        self._measures = list(measures)
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())
        self.updateGeometry()
        self.update()

    def description(self) -> str:
        parts = []
        for m in self._measures:
            if m.organisation is None:
                parts.append(self.tr("{label}: mine {mine}").format(label=m.label, mine=m.format(m.mine)))
            else:
                parts.append(self.tr("{label}: mine {mine}, organisation {org}").format(
                    label=m.label, mine=m.format(m.mine), org=m.format(m.organisation)))
        return "; ".join(parts)

    def _bars_per_group(self) -> int:
        return 2 if any(m.organisation is not None for m in self._measures) else 1

    def sizeHint(self) -> QSize:
        n = len(self._measures)
        bars = self._bars_per_group()
        height = n * bars * (self.ROW_HEIGHT + self.ROW_GAP) + max(0, n - 1) * self.GROUP_GAP + 30
        return QSize(420, max(height, 60))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        mine_colour = palette.color(QPalette.ColorRole.Highlight)
        org_colour = QColor("#8aa4c8") if palette.color(QPalette.ColorRole.Base).lightness() > 128 \
            else QColor("#5f7596")
        metrics = QFontMetrics(self.font())
        label_width = max([metrics.horizontalAdvance(m.label) for m in self._measures] + [60]) + 12
        series = [(self.tr("Mine"), mine_colour)]
        if self._bars_per_group() == 2:
            series.append((self.tr("Organisation"), org_colour))
        series_width = max(metrics.horizontalAdvance(name) for name, _ in series) + 10
        # The widest value text, not the text of the largest value: "610 bytes" is wider than "55.6 kB".
        value_width = max([metrics.horizontalAdvance(m.format(value)) for m in self._measures
                           for value in (m.mine, m.organisation) if value is not None] + [40]) + 10
        bar_left = label_width + series_width
        bar_space = max(20, self.width() - bar_left - value_width - 4)

        y = 4
        for measure in self._measures:
            values = [measure.mine] + ([measure.organisation or 0] if len(series) == 2 else [])
            top = max(values) or 1
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_width, self.ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, measure.label)
            for (name, colour), value in zip(series, values, strict=True):
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QRectF(label_width, y, series_width, self.ROW_HEIGHT),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
                width = bar_space * value / top
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                if value:
                    painter.drawRoundedRect(QRectF(bar_left, y + 2, max(width, 2), self.ROW_HEIGHT - 4), 3, 3)
                painter.setPen(text_colour)
                painter.drawText(QRectF(bar_left + width + 6, y, value_width, self.ROW_HEIGHT),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, measure.format(value))
                y += self.ROW_HEIGHT + self.ROW_GAP
            y += self.GROUP_GAP
        painter.end()
