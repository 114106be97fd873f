"""Windows and dialogs no larger than the screen they open on (1280×720 laptops, 150 % scaling)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 48)     # the window manager's title bar and borders around the client area
QWIDGETSIZE = (1 << 24) - 1         # Qt's largest widget size (QWIDGETSIZE_MAX)


def fitting_size(widget: QWidget, preferred: QSize) -> QSize:
    """`preferred`, made smaller where the available screen (minus the frame) is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    return preferred.boundedTo(room)


def keep_on_screen(window: QWidget) -> None:
    """A dialog that grew (a wider table, a message) moves left or up to stay whole on its screen."""
    area, frame = window.screen().availableGeometry(), window.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
    y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)           # a window's position is that of its frame


class ScreenBound(QObject):
    """A main window whose contents can never make it taller or wider than its screen's room.

    Qt makes a window at least as large as its contents' least size, and grows it on the spot when that
    grows; nothing makes it smaller again. One page or message that needed more than a 1280×720 screen at
    150 % has (a status bar message measured three lines high at a width it did not have, over a dossier)
    put the status bar below the screen's edge for the rest of the session, every later message unseen.
    The window's least size is set here instead: its contents', bounded by the room (its layout then no
    longer sets it); where the contents need more, they are squeezed, and the status bar stays in sight."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        self.bound()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ScreenChangeInternal):
            self.bound()
        return False

    def bound(self) -> None:
        layout = self._window.layout()
        if layout is None:
            return
        least = layout.totalMinimumSize().boundedTo(fitting_size(self._window, QSize(QWIDGETSIZE, QWIDGETSIZE)))
        if least != self._window.minimumSize():
            self._window.setMinimumSize(least)
