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
