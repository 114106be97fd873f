"""Bar charts painted with QPainter (Qt Charts is an add-on we do without): values are written on the bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from leerwinkel_desk.ui.texts import format_number

BAR_COLOUR = "#1f5f8b"


class BarChart(QWidget):
    """Horizontal bars of one series in one colour, each with its label and number written out
    (a colour per bar would mean nothing, and nothing may depend on colour alone)."""

    def __init__(self, title: str, colour: str = BAR_COLOUR, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.colour = QColor(colour)
        self.bars: list[tuple[str, float]] = []
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def set_bars(self, bars: list[tuple[str, float]]) -> None:
        self.bars = bars
        self.setAccessibleDescription("; ".join(f"{label}: {format_number(value)}" for label, value in bars))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height() + 6
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.bars:
            return
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.bars) + 10
        top = line + 4
        height = max(12.0, min(28.0, (self.height() - top) / len(self.bars) - 4))
        widest = max(value for _, value in self.bars) or 1
        room = max(10.0, self.width() - label_width - 60)
        for index, (label, value) in enumerate(self.bars):
            y = top + index * (height + 4)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_width - 6, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            width = room * value / widest
            painter.fillRect(QRectF(label_width, y, width, height), self.colour)
            painter.drawText(QRectF(label_width + width + 6, y, 60, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_number(value))
        painter.end()
