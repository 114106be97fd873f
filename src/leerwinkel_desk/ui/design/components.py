"""Shared widgets of the design: label, card, header card, badge, phase stepper, empty state, status message.

Their look comes from the application style sheet (by property) and the palette in use; nothing here is
carried by colour alone: a badge has its text, a step its mark (✓ done, ● current, ○ to come).

Every label of the app is a PlainLabel: what it shows is shown as typed. A QLabel guesses that a text with
`<...>` in it is HTML, so a name `Jan <script>` lost its end and `Els <b>Vet</b>` was bold; the few texts the
app writes as HTML itself (the About box) say so with `rich_label`, and a tooltip with a typed text is
`plain_tip` (or `rich_tip`, which also wraps a long one).
"""

from __future__ import annotations

import html
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from leerwinkel_desk.ui.design.icons import icon
from leerwinkel_desk.ui.design.style import Space, current_palette, polish
from leerwinkel_desk.ui.label_room import LABEL_ROOM

MARKS = {"done": "✓", "current": "●", "todo": "○", "skipped": "–"}


class Card(QFrame):
    """A raised surface with rounded corners and the grid's inner margins."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(Space.L, Space.M, Space.L, Space.M)
        self.body.setSpacing(Space.XS)


class PlainLabel(QLabel):
    """A label that shows its text as typed, never as HTML (a name, a note, a question, a file's path)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


def rich_label(html: str) -> QLabel:
    """A label of HTML the app itself writes (links, a heading); any typed text in it escaped first."""
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def rich_tip(text: str) -> str:
    """A tooltip of `text` as typed (escaped: Qt guesses HTML in a tooltip too) that wraps where it is long
    (Qt wraps rich text only)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_tip(text: str) -> str:
    """A tooltip of a typed text: itself, or escaped where Qt would take it for HTML (`Els <b>Vet</b>`)."""
    return rich_tip(text) if "<" in text else text


def text_label(role: str = "", text: str = "") -> PlainLabel:
    """A label in one of the type ramp's roles: title, subtitle, caption, muted (or body when empty)."""
    label = PlainLabel(text)
    if role:
        label.setProperty("role", role)
    return label


class IconText(QWidget):
    """An icon before its words (the words carry the meaning; the icon helps the eye find it)."""

    def __init__(self, mark: QIcon, text: str, parent: QWidget | None = None, rich: bool = False) -> None:
        super().__init__(parent)
        self.icon = PlainLabel()
        self.icon.setPixmap(mark.pixmap(QSize(16, 16)))
        self.label = rich_label(text) if rich else PlainLabel(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.XS)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)


class Badge(PlainLabel):
    """A short word on a tinted ground: `kind` is tier1, tier2, tier3 or neutral (the word says it all).

    Always as wide as its words: a row too narrow for everything cuts its other texts, never a badge
    ("2 · Informatiebemiddel" on a request card at 150 %)."""

    def __init__(self, text: str = "", kind: str = "neutral", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setProperty("badge", kind)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class ElidedLabel(PlainLabel):
    """One line of words that gives way in a crowded row: cut with … to the width it gets, and then whole
    in its tooltip (and its accessible description)."""

    def __init__(self, text: str = "", role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.whole = ""
        self.set_whole(text)

    def set_whole(self, text: str) -> None:
        self.whole = text
        self.setAccessibleDescription(text)
        self._cut()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._cut()

    def is_cut(self) -> bool:
        return self.text() != self.whole

    def _cut(self) -> None:
        self.ensurePolished()               # measured in the font the style sheet gives it
        room = self.contentsRect().width() - LABEL_ROOM     # Qt draws a little wider at 150 %
        shown = self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideRight, room)
        self.setText(shown)
        self.setToolTip(plain_tip(self.whole) if shown != self.whole else "")


class WrappingTitle(PlainLabel):
    """A title on one line where its row has the room, on two where not (a long name, not a window wider
    than the screen). Qt's own hint for a wrapping label wraps any text longer than about twenty average
    characters: "Lien Vandenberghe" took two lines beside empty room, a line a short screen did not have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right()
                 + 2 * self.margin() + 1)           # the last glyph's overhang
        return QSize(width, self.heightForWidth(width))


class HeaderCard(Card):
    """A title (the person), a line of badges and facts, and a caption line: a dossier seen at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = WrappingTitle()
        self.title.setProperty("role", "title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(Space.S)
        self.facts = PlainLabel()
        self.facts.setWordWrap(True)
        self.caption = text_label("caption")
        self.caption.setWordWrap(True)
        top = QHBoxLayout()
        top.setSpacing(Space.M)
        top.addWidget(self.title)
        top.addLayout(self.badges)
        top.addStretch(1)
        self.body.addLayout(top)
        self.body.addWidget(self.facts)
        self.body.addWidget(self.caption)

    def set_badges(self, badges: list[tuple[str, str]]) -> None:
        """(text, kind) per badge, replacing those shown."""
        while self.badges.count():
            item = self.badges.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for text, kind in badges:
            self.badges.addWidget(Badge(text, kind))


class PhaseStepper(QWidget):
    """The phases of a path as marks on a line: ✓ done (filled), ● current (ring, bold name), ○ to come,
    – skipped (a phase the request passed by, or was closed before: a ring crossed out, the name muted).

    `steps` are (name, state) with state done, current, todo or skipped; the accessible description reads the
    same marks in words' order, so the stepper says the same without colour and without sight.
    """

    DOT = 16

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_steps(self, steps: list[tuple[str, str]]) -> None:
        self.steps = steps
        self.setAccessibleDescription(self.text())
        self.setToolTip(plain_tip(self.text()))
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return "  ›  ".join(f"{MARKS[state]} {name}" for name, state in self.steps)

    def _widths(self) -> list[int]:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics, bold_metrics = self.fontMetrics(), QFontMetrics(bold)
        return [max(self.DOT, (bold_metrics if state == "current" else metrics).horizontalAdvance(name)) + Space.M
                for name, state in self.steps]

    def sizeHint(self) -> QSize:
        return QSize(sum(self._widths()), self.DOT + Space.XS + self.fontMetrics().height() + Space.XS)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.steps:
            return
        p = current_palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        widths = self._widths()
        scale = min(1.0, self.width() / max(1, sum(widths)))     # narrow: the names are cut, the marks stay
        centres, x = [], 0.0
        for width in widths:
            centres.append(x + width * scale / 2)
            x += width * scale
        radius, y = self.DOT / 2 - 1, self.DOT / 2 + 1
        done_colour, todo_colour = QColor(p.accent), QColor(p.border)
        for left, right, (_, state) in zip(centres, centres[1:], self.steps[1:], strict=False):
            # a line in the accent leads to a phase reached (into a skipped one it is the path not taken)
            painter.setPen(QPen(done_colour if state in ("done", "current") else todo_colour, 2))
            painter.drawLine(QPointF(left + radius + 2, y), QPointF(right - radius - 2, y))
        for centre, width, (name, state) in zip(centres, widths, self.steps, strict=True):
            dot = QRectF(centre - radius, y - radius, 2 * radius, 2 * radius)
            if state == "done":
                painter.setPen(QPen(done_colour, 1.5))
                painter.setBrush(done_colour)
                painter.drawEllipse(dot)
                painter.setPen(QPen(QColor(p.on_accent), 2))
                painter.drawPolyline([QPointF(centre - 3.5, y), QPointF(centre - 1, y + 2.5),
                                      QPointF(centre + 3.5, y - 2.5)])
            elif state == "current":
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(done_colour, 2))
                painter.drawEllipse(dot)
                painter.setBrush(done_colour)
                painter.drawEllipse(QPointF(centre, y), radius / 2.2, radius / 2.2)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(todo_colour, 1.5))
                painter.drawEllipse(dot)
                if state == "skipped":
                    painter.drawLine(QPointF(centre - radius / 2, y), QPointF(centre + radius / 2, y))
            font = QFont(self.font())
            font.setBold(state == "current")
            painter.setFont(font)
            painter.setPen(QColor(p.text if state in ("done", "current") else p.text_muted))
            room = QRectF(centre - width * scale / 2, self.DOT + Space.XS, width * scale, self.fontMetrics().height())
            shown = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(room.width()))
            painter.drawText(room, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
        painter.end()


class EmptyState(QWidget):
    """Nothing to show, said kindly: an icon, one line in bold and one explaining."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = PlainLabel()
        self.icon.setPixmap(icon(icon_name, "text_muted").pixmap(QSize(32, 32)))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = text_label("subtitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation = text_label("muted")
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
        layout.setSpacing(Space.XS)
        layout.addStretch(1)
        for widget in (self.icon, self.title, self.explanation):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_text(self, title: str, explanation: str) -> None:
        self.title.setText(title)
        self.explanation.setText(explanation)


class Tone(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"


TONE_MARKS = {Tone.INFO: "", Tone.SUCCESS: "✓ ", Tone.WARNING: "⚠ ", Tone.DANGER: "⚠ "}


class StatusMessage(PlainLabel):
    """One line saying what just happened or went wrong: its mark and words say it, its colour helps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setWordWrap(True)
        self.tone = Tone.INFO
        self.hide()

    def setText(self, text: str) -> None:
        """Shown only while it says something (an empty line would only push the screen down)."""
        super().setText(text)
        self.setVisible(bool(text))

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.tone = tone
        polish(self, tone=tone.value)
        self.setText(TONE_MARKS[tone] + text if text else "")
