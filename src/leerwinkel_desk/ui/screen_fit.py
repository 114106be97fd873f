"""Windows and dialogs no larger than the screen they open on (1280×720 laptops, 150 % scaling)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 48)     # the window manager's title bar and borders around the client area


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
