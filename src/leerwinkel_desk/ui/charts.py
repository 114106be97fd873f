"""Bar charts painted with QPainter (Qt Charts is an add-on we do without): values are written on the bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from leerwinkel_desk.ui.design.components import rich_tip
from leerwinkel_desk.ui.design.style import Space, current_palette
from leerwinkel_desk.ui.texts import format_number

# What a series counts decides its colour (the palette's `series`, in this order), on every chart alike.
SERIES = {"requests": 0, "sessions": 1, "outcomes": 2, "contacts": 3}
MIN_HEIGHT, BAR_MIN = 160, 12.0
BAR_SHARE = 0.3         # of a chart's width at least for the bars (a narrow card at 150 % showed labels only)


def shown_label(metrics: QFontMetrics, label: str, room: int) -> str:
    """The label whole where its width fits (Qt's elision cut "WhatsApp" to "WhatsA…" in exactly its own
    width), else cut with …."""
    return label if metrics.horizontalAdvance(label) <= room else metrics.elidedText(
        label, Qt.TextElideMode.ElideRight, room)


class BarChart(QWidget):
    """Horizontal bars of one series on a card, each with its label and number written out (Flemish
    figures); the series' colour says what is counted (a colour per bar would mean nothing, and nothing
    may depend on colour alone)."""

    def __init__(self, title: str, series: str = "requests", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.series = series
        self.bars: list[tuple[str, float]] = []
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def set_title(self, title: str) -> None:
        self.title = title
        self.setAccessibleName(title)
        self.update()

    def empty_text(self) -> str:
        return self.tr("Niets in deze periode.")

    @property
    def colour(self) -> QColor:
        return QColor(current_palette().series[SERIES[self.series]])

    def set_bars(self, bars: list[tuple[str, float]]) -> None:
        self.bars = bars
        # each bar at least BAR_MIN high: twelve months cut the last one off in a card of 160 points
        title = self.fontMetrics().height() + 2 * Space.XS
        self.setMinimumHeight(max(MIN_HEIGHT, round(2 * Space.S + title + len(bars) * (BAR_MIN + Space.XS))))
        self.setAccessibleDescription("; ".join(f"{label}: {format_number(value)}" for label, value in bars)
                                      or self.empty_text())
        lines = [self.title, *(f"{label}: {format_number(value)}" for label, value in bars)]
        self.setToolTip(rich_tip("\n".join(lines)))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = current_palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(p.divider), 1))
        painter.setBrush(QColor(p.surface))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        inner = QRectF(self.rect()).adjusted(Space.M, Space.S, -Space.M, -Space.S)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(p.text))
        metrics = painter.fontMetrics()
        wrap = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap     # a narrow card: the title on two lines
        line = metrics.boundingRect(0, 0, int(inner.width()), 0, wrap, self.title).height() + Space.XS
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), wrap, self.title)
        painter.setFont(self.font())
        metrics = painter.fontMetrics()
        if not self.bars:           # an empty card would look unfinished: it says there is nothing to count
            painter.setPen(QColor(p.text_muted))
            painter.drawText(QRectF(inner.left(), inner.top() + line + Space.XS, inner.width(),
                                    inner.bottom() - inner.top() - line - Space.XS), wrap, self.empty_text())
            painter.end()
            return
        number_width = max(metrics.horizontalAdvance(format_number(value)) for _, value in self.bars) + Space.S
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self.bars) + Space.S,
                          inner.width() * (1 - BAR_SHARE) - number_width)   # else cut with …: the bars keep room
        top = inner.top() + line + Space.XS
        height = max(BAR_MIN, min(24.0, (inner.bottom() - top) / len(self.bars) - Space.XS))
        widest = max(value for _, value in self.bars) or 1
        room = max(10.0, inner.width() - label_width - number_width)
        for index, (label, value) in enumerate(self.bars):
            y = top + index * (height + Space.XS)
            painter.setPen(QColor(p.text))
            painter.drawText(QRectF(inner.left(), y, label_width - Space.S, height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             shown_label(metrics, label, int(label_width - Space.S)))
            width = max(2.0, room * value / widest) if value else 0.0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour)
            painter.drawRoundedRect(QRectF(inner.left() + label_width, y, width, height), 3, 3)
            painter.setPen(QColor(p.text))
            painter.drawText(QRectF(inner.left() + label_width + width + Space.XS, y, number_width, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_number(value))
        painter.end()
