"""The colours of the app, light and dark (after Fluent 2): calm neutral surfaces and one accent.

Every pair of colours that carries text or marks a part of the interface is listed in TEXT_PAIRS with
the contrast WCAG 2.2 AA asks for (tests/test_design.py measures each).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

TEXT_AA = 4.5           # body text
LARGE_AA = 3.0          # large text (18 pt, or 14 pt bold) and parts of the interface (borders, focus, bars)


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Palette:
    """Colour tokens as #rrggbb; widgets name a token, never a colour."""

    window: str             # the window behind everything
    surface: str            # cards, fields, tables
    surface_alt: str        # alternate rows, hover
    divider: str            # decorative lines between surfaces (no contrast needed: never the only mark)
    border: str             # the edge of a field or button (a part of the interface: 3:1)
    text: str
    text_muted: str         # captions, column titles, secondary facts
    accent: str             # links, the current phase, focus ring on surfaces
    on_accent: str          # text on the accent (the primary button)
    focus: str              # the keyboard focus ring
    focus_on_accent: str    # the focus ring on the primary button (the accent is its background)
    selection: str          # the selected row's background
    success: str
    warning: str
    danger: str
    tier1: str              # badge text and its background, per tier (colour AND the tier's name)
    tier1_bg: str
    tier2: str
    tier2_bg: str
    tier3: str
    tier3_bg: str
    series: tuple[str, ...]  # chart series, in order: each a meaning of its own


LIGHT = Palette(
    window="#f3f3f3", surface="#ffffff", surface_alt="#f7f7f7", divider="#e0e0e0", border="#8a8a8a",
    text="#1b1b1b", text_muted="#5b5b5b", accent="#0f6cbd", on_accent="#ffffff", focus="#0f6cbd",
    focus_on_accent="#1b1b1b",
    selection="#d6e8fa", success="#0e700e", warning="#835b00", danger="#b10e1c",
    tier1="#0c4a7a", tier1_bg="#e3f0fb", tier2="#6b4100", tier2_bg="#fdf0d8", tier3="#4b2a82", tier3_bg="#eee6f8",
    series=("#0f6cbd", "#8a5300", "#0e700e", "#6b3fa0"),
)

DARK = Palette(
    window="#1f1f1f", surface="#2b2b2b", surface_alt="#323232", divider="#3d3d3d", border="#8f8f8f",
    text="#f0f0f0", text_muted="#bdbdbd", accent="#62abf5", on_accent="#0a0a0a", focus="#62abf5",
    focus_on_accent="#0a0a0a",
    selection="#1d4670", success="#6ccb5f", warning="#f2b64c", danger="#ff9a9a",
    tier1="#a9d3f7", tier1_bg="#17344d", tier2="#f6d398", tier2_bg="#45320f", tier3="#d8c6f6", tier3_bg="#382955",
    series=("#62abf5", "#f2b64c", "#6ccb5f", "#c9a6f2"),
)

PALETTES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}

# (text or mark, background, minimum ratio): every pair the style sheet and the widgets use.
TEXT_PAIRS: tuple[tuple[str, str, float], ...] = (
    ("text", "window", TEXT_AA), ("text", "surface", TEXT_AA), ("text", "surface_alt", TEXT_AA),
    ("text", "selection", TEXT_AA),
    ("text_muted", "window", TEXT_AA), ("text_muted", "surface", TEXT_AA), ("text_muted", "surface_alt", TEXT_AA),
    ("accent", "surface", TEXT_AA), ("accent", "window", TEXT_AA), ("on_accent", "accent", TEXT_AA),
    ("success", "surface", TEXT_AA), ("warning", "surface", TEXT_AA), ("danger", "surface", TEXT_AA),
    ("danger", "window", TEXT_AA), ("success", "window", TEXT_AA),
    ("tier1", "tier1_bg", TEXT_AA), ("tier2", "tier2_bg", TEXT_AA), ("tier3", "tier3_bg", TEXT_AA),
    ("border", "surface", LARGE_AA), ("border", "window", LARGE_AA),
    ("focus", "surface", LARGE_AA), ("focus", "window", LARGE_AA), ("focus", "selection", LARGE_AA),
    ("focus_on_accent", "accent", LARGE_AA),
)


def series_pairs(palette: Palette) -> list[tuple[str, str]]:
    """Each chart colour against the surface it is drawn on (bars are parts of the interface: 3:1)."""
    return [(colour, palette.surface) for colour in palette.series]


def relative_luminance(colour: str) -> float:
    """WCAG 2.2's relative luminance of #rrggbb."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def system_scheme() -> Scheme:
    """The scheme the operating system asks for (light when it does not say)."""
    app = QGuiApplication.instance()
    dark = app is not None and QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return Scheme.DARK if dark else Scheme.LIGHT
