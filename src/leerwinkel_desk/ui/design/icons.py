"""Icons from a kept set: Tabler Icons (MIT), outline SVGs shipped in resources/icons with their licence.

Tabler draws every icon in `currentColor`; each is rendered here in a palette colour, so icons follow
the light or dark scheme. One icon per channel, per timeline kind (the contact kinds and the rest) and
per page of the navigation. An icon never carries meaning alone: a text always stands next to it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from leerwinkel_desk.domain.enums import Channel
from leerwinkel_desk.shipped import folder
from leerwinkel_desk.ui.design.style import current_palette

SIZES = (16, 20, 24, 32, 48)

CHANNEL_ICONS = {
    Channel.FACE_TO_FACE: "users", Channel.PHONE: "phone", Channel.EMAIL: "mail", Channel.SMS: "message-dots",
    Channel.WHATSAPP: "brand-whatsapp", Channel.FACEBOOK: "brand-facebook", Channel.CHAT: "messages",
    Channel.VIDEO: "video", Channel.LETTER: "mailbox", Channel.WEBSITE: "world-www",
}
KIND_ICONS = {              # the timeline's kinds (ContactKind's values and the dossier's other records)
    "session": "calendar-event", "micro": "message-circle", "referral": "share-3", "referral_loop": "arrow-back-up",
    "contribution": "coin-euro", "consent": "shield-check", "consent_withdrawn": "shield-x",
    "handover": "transfer", "letter": "file-text",
    "change": "stairs-up",
}
PAGE_ICONS = {
    "today": "sun", "clients": "users", "requests": "list-details", "social_map": "map-2", "catalogue": "school",
    "reports": "chart-bar", "outreach": "speakerphone",
}


@cache
def _svg(name: str) -> str:
    return (folder("leerwinkel_desk.resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")


@cache
def _icon(name: str, colour: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_svg(name).replace("currentColor", colour).encode()))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def icon(name: str, tone: str = "text") -> QIcon:
    """The icon `name` (a file in resources/icons) drawn in the palette's `tone` of the scheme in use."""
    return _icon(name, getattr(current_palette(), tone))


def channel_icon(channel: Channel | None) -> QIcon:
    return icon(CHANNEL_ICONS[channel]) if channel is not None else QIcon()


def kind_icon(kind: str) -> QIcon:
    return icon(KIND_ICONS[kind], "accent")


def page_icon(key: str) -> QIcon:
    return icon(PAGE_ICONS[key])
