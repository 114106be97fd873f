"""The main window's status bar: a message shows whole, on a second line where one is too short (a 1280 px
screen at 150 % left a message about 100 points beside the standing facts, "Dagelijks"), and the standing
facts (who, the zitdag, which database) step aside while it shows; the sync state stays."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from leerwinkel_desk.ui.design.components import PlainLabel


class MessageBar(QStatusBar):
    """QStatusBar's own message is painted on one line and cut at the bar's edge; this one is a label
    that wraps. `showMessage`, `clearMessage` and `currentMessage` keep Qt's meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._facts: list[QWidget] = []
        self.message = PlainLabel()
        self.message.setObjectName("statusMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.message.installEventFilter(self)
        self.addWidget(self.message, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def add_fact(self, widget: QWidget) -> None:
        """A standing fact on the left, hidden while a message shows; in a window narrower than the
        facts it gives way (the window's least width stays that of its pages)."""
        widget.setMinimumWidth(1)
        self._facts.append(widget)
        self.addWidget(widget)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        self._text = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        for fact in self._facts:
            fact.setVisible(not text)
        layout = self.layout()
        if text and layout is not None and self.isVisible():
            layout.activate()               # the label at its width now (the facts aside), not a hidden one's
        self._fit_message()
        if text and timeout:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:
        self.showMessage("")

    def currentMessage(self) -> str:
        return self._text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.message and event.type() == QEvent.Type.Resize:
            self._fit_message()             # narrower or wider: as many lines as the words need there
        return False

    def _fit_message(self) -> None:
        """The bar as high as the message's lines at the label's width (Qt's status bar takes its height
        from its widgets' least height, and a wrapping label's least height is one line). The width is the
        one the bar's layout gives the label once shown: a label hidden keeps the width it had when last
        laid out (150 points), and three lines measured there made the window taller than a 1280×720
        screen at 150 %, its status bar below the screen's edge for good."""
        width = self.message.width()
        self.message.setMinimumHeight(0)        # a label's height for a width is at least its least height
        if self._text and width > 0:
            self.message.setMinimumHeight(self.message.heightForWidth(width))
