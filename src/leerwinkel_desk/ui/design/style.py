"""One application style built from the palette, the type ramp and the spacing grid.

Spin boxes and date fields keep Fusion's drawing (their arrows), in the palette's colours: their focus
ring is Fusion's, in the accent (the palette's highlight).

`apply_design` sets Qt's Fusion style (it honours a palette on every platform), a QPalette and one style
sheet on the application, and follows the system's colour scheme when it changes. Widgets ask for a
look by a property (`role`, `card`, `tone`), never by a style sheet of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from leerwinkel_desk.ui.design.palette import PALETTES, Palette, Scheme, system_scheme

FORM_LABELS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter    # labels end where fields start
SCHEME_PROPERTY = "designScheme"        # on the application: the scheme applied, or the one asked for
FORCED_PROPERTY = "designForced"        # set when a scheme was asked for (screenshots): the system's is ignored


class Space:
    """The 4/8-px grid: margins and gaps are one of these."""

    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24


@dataclass(frozen=True)
class TypeRamp:
    """Sizes in points, from the application's base font (the system's: 9 pt on Windows, 10 or 11 on Linux)."""

    caption: float
    body: float
    subtitle: float
    title: float

    @classmethod
    def from_font(cls, font: QFont) -> TypeRamp:
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        return cls(caption=round(base * 0.9, 1), body=base, subtitle=round(base * 1.25, 1),
                   title=round(base * 1.6, 1))


def style_sheet(p: Palette, ramp: TypeRamp) -> str:
    """The whole application's style sheet: focus is a 2-px ring in `focus` on every control."""
    return f"""
QMainWindow, QDialog {{ background: {p.window}; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; padding: 4px; }}
QLabel[role="title"] {{ font-size: {ramp.title}pt; font-weight: 600; color: {p.text}; }}
QLabel[role="subtitle"] {{ font-size: {ramp.subtitle}pt; font-weight: 600; color: {p.text}; }}
QLabel[role="caption"] {{ font-size: {ramp.caption}pt; color: {p.text_muted}; }}
QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="muted"] {{ color: {p.text_muted}; }}
QLabel[tone="danger"] {{ color: {p.danger}; font-weight: 600; }}
QLabel[tone="success"] {{ color: {p.success}; }}
QLabel[tone="warning"] {{ color: {p.warning}; }}
QFrame[card="true"] {{ background: {p.surface}; border: 1px solid {p.divider}; border-radius: 8px; }}
QFrame[card="true"][current="true"] {{ border: 2px solid {p.accent}; }}
QLabel[badge="tier1"] {{ color: {p.tier1}; background: {p.tier1_bg}; border: 1px solid {p.tier1};
    border-radius: 4px; padding: 0px 6px;
    font-weight: 600; }}
QLabel[badge="tier2"] {{ color: {p.tier2}; background: {p.tier2_bg}; border: 1px solid {p.tier2};
    border-radius: 4px; padding: 0px 6px;
    font-weight: 600; }}
QLabel[badge="tier3"] {{ color: {p.tier3}; background: {p.tier3_bg}; border: 1px solid {p.tier3};
    border-radius: 4px; padding: 0px 6px;
    font-weight: 600; }}
QLabel[badge="flag"] {{ color: {p.warning}; background: {p.surface}; border: 1px solid {p.warning};
    border-radius: 4px; padding: 0px 6px; }}
QLabel[badge="neutral"] {{ color: {p.text}; background: {p.surface_alt}; border: 1px solid {p.divider};
    border-radius: 4px; padding: 0px 6px; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {{
    background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 4px;
    padding: 2px 4px; selection-background-color: {p.selection}; selection-color: {p.text}; }}
QComboBox {{ combobox-popup: 0; }}
QComboBox QAbstractItemView::item {{ padding: 3px 4px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {{
    border: 2px solid {p.focus}; padding: 1px 3px; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QComboBox:disabled {{
    color: {p.text_muted}; background: {p.surface_alt}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; border-radius: 4px;
    padding: 3px 12px; min-height: 1.4em; }}
QPushButton:hover {{ background: {p.surface_alt}; }}
QPushButton:focus {{ border: 2px solid {p.focus}; padding: 2px 11px; }}
QPushButton:default {{ background: {p.accent}; color: {p.on_accent}; border: 1px solid {p.accent}; }}
QPushButton:default:focus {{ border: 2px solid {p.focus_on_accent}; padding: 2px 11px; }}
QPushButton:disabled {{ color: {p.text_muted}; background: {p.surface_alt}; border-color: {p.divider}; }}
QToolButton {{ color: {p.text}; border: 1px solid transparent; border-radius: 4px; padding: 3px 6px; }}
QToolButton:hover {{ background: {p.surface_alt}; border-color: {p.divider}; }}
QToolButton:focus {{ border: 2px solid {p.focus}; padding: 2px 5px; }}
QToolButton#qt_toolbar_ext_button {{ padding: 0px; border: none; }}
QCheckBox, QRadioButton {{ color: {p.text}; border: 1px solid transparent; border-radius: 4px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 1px solid {p.focus}; background: {p.selection}; }}
QAbstractItemView {{ background: {p.surface}; alternate-background-color: {p.surface_alt}; color: {p.text};
    border: 1px solid {p.divider}; border-radius: 4px; selection-background-color: {p.selection};
    selection-color: {p.text}; }}
QAbstractItemView:focus {{ border: 2px solid {p.focus}; }}
QListWidget#navigation {{ background: {p.window}; border: 1px solid transparent; font-size: {ramp.body}pt;
    padding: 4px; }}
QListWidget#navigation:focus {{ border: 2px solid {p.focus}; padding: 3px; }}
QListWidget#navigation::item {{ padding: 6px 4px; border-radius: 4px; color: {p.text}; }}
QListWidget#navigation::item:selected {{ background: {p.selection}; color: {p.text}; font-weight: 600; }}
QListWidget#requests {{ background: {p.window}; border: 2px solid transparent; }}
QListWidget#requests:focus {{ border: 2px solid {p.focus}; }}
QHeaderView {{ font-weight: 600; }}
QHeaderView::section {{ background: {p.surface}; color: {p.text_muted}; border: none;
    border-bottom: 1px solid {p.divider}; padding: 4px 8px; }}
QTableView {{ gridline-color: {p.divider}; }}
QGroupBox {{ color: {p.text}; font-weight: 600; }}
QTabWidget::pane {{ border: 1px solid {p.divider}; border-radius: 4px; background: {p.surface}; }}
QStatusBar {{ background: {p.window}; color: {p.text_muted}; }}
QStatusBar QLabel {{ color: {p.text_muted}; padding: 0 8px; }}
QMenuBar {{ background: {p.window}; color: {p.text}; }}
"""


def align_form_labels(window: QWidget) -> None:
    """Every form of `window` with its labels right-aligned beside their fields (KDE's forms): the fields
    start on one line, the labels end on one. Called once a dialog is built (FormDialog does it)."""
    for form in window.findChildren(QFormLayout):
        form.setLabelAlignment(FORM_LABELS)


def qt_palette(p: Palette) -> QPalette:
    """The same colours for what the style paints itself (scroll bars, menus, check marks)."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, p.window), (QPalette.ColorRole.WindowText, p.text),
                         (QPalette.ColorRole.Base, p.surface), (QPalette.ColorRole.AlternateBase, p.surface_alt),
                         (QPalette.ColorRole.Text, p.text), (QPalette.ColorRole.Button, p.surface),
                         (QPalette.ColorRole.ButtonText, p.text), (QPalette.ColorRole.Highlight, p.accent),
                         (QPalette.ColorRole.HighlightedText, p.on_accent), (QPalette.ColorRole.ToolTipBase, p.surface),
                         (QPalette.ColorRole.ToolTipText, p.text), (QPalette.ColorRole.PlaceholderText, p.text_muted),
                         (QPalette.ColorRole.Link, p.accent), (QPalette.ColorRole.Accent, p.accent),
                         (QPalette.ColorRole.Mid, p.border), (QPalette.ColorRole.Midlight, p.divider)):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.text_muted))
    return palette


def current_palette() -> Palette:
    """The palette in use (the light one before the design is applied)."""
    app = QApplication.instance()
    scheme = app.property(SCHEME_PROPERTY) if app is not None else None
    return PALETTES[Scheme(scheme)] if scheme else PALETTES[Scheme.LIGHT]


def apply_design(app: QApplication, scheme: Scheme | None = None) -> None:
    """The design on the whole application: `scheme` when given (it stays: screenshots), else the system's,
    followed when the system changes it."""
    if scheme is not None:
        app.setProperty(FORCED_PROPERTY, True)
    elif app.property(FORCED_PROPERTY):
        scheme = Scheme(app.property(SCHEME_PROPERTY))
    if app.property(SCHEME_PROPERTY) is None:          # the first time: Fusion, and follow the system
        app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda asked: follow_system(app, asked))
    use_scheme(app, scheme or system_scheme())


def follow_system(app: QApplication, asked: Qt.ColorScheme) -> None:
    """The system switched between light and dark: so does the app, unless a scheme was asked for."""
    if not app.property(FORCED_PROPERTY):
        use_scheme(app, Scheme.DARK if asked == Qt.ColorScheme.Dark else Scheme.LIGHT)


def use_scheme(app: QApplication, scheme: Scheme) -> None:
    if app.property(SCHEME_PROPERTY) == scheme.value and app.styleSheet():
        return
    app.setProperty(SCHEME_PROPERTY, scheme.value)
    palette = PALETTES[scheme]
    app.setPalette(qt_palette(palette))
    app.setStyleSheet(style_sheet(palette, TypeRamp.from_font(app.font())))
    for widget in app.allWidgets():            # painted widgets (charts, stepper) pick up the new colours
        widget.update()


def polish(widget: QWidget, **properties: object) -> None:
    """Set style properties on a widget and let the style sheet see them again."""
    for name, value in properties.items():
        widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)

