"""Room for form labels at a fractional screen scale; apart from ui/widgets.py because the start
(ui/start.py) installs it before the first window is painted, when only this much of Qt is loaded."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

LABEL_ROOM = 2      # pixels: at a fractional scale Qt draws a text a little wider than it measures it (ElidedLabel too)


class LabelRoom(QObject):
    """At a fractional scale (150 %) Qt draws a label's text a little wider than it measured it and
    clips it to the measure, so the last letter of a form label was cut ("Telefoo"): each form label
    (one with a buddy field, on one line) is made LABEL_ROOM pixels wider than its text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Polish and isinstance(watched, QLabel)
                and watched.buddy() is not None and not watched.wordWrap()):
            watched.setMinimumWidth(watched.sizeHint().width() + LABEL_ROOM)
        return False


def give_labels_room(app: QApplication) -> None:
    """Labels get their room when the screen scale is fractional (at 100 % or 200 % they need none);
    once per application."""
    if app.devicePixelRatio() % 1 and not app.findChildren(LabelRoom):
        app.installEventFilter(LabelRoom(app))
