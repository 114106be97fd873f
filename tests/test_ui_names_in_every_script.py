"""Names in Ge'ez, Chinese and Korean show as letters on screen, also on a computer without a font for them
(this one has none for Ge'ez, and its system "Droid Sans Fallback" has no Korean): the app draws them with
the fallback fonts its letters print with (ui/design/fonts.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextLayout
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from leerwinkel_desk.store.models import Client
from test_ui import ctx, focused, office, press, window  # noqa: F401 - the same office and window fixtures


def type_text(widget: QWidget, text: str) -> None:
    """`text` typed as a keyboard for its script does: a key event with each letter (qtbot.keyClicks knows
    only Latin-1)."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def undrawn(widget: QWidget, text: str) -> list[str]:
    """The characters of `text` that the widget's font, with its fallbacks, draws as an empty box."""
    font = widget.font()
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    boxes = sum(1 for run in layout.glyphRuns() for glyph in run.glyphIndexes() if glyph == 0)
    missing = [char for char in text if not char.isspace() and not metrics.inFontUcs4(ord(char))]
    return missing or (["(a box)"] * boxes)


def test_a_tigrinya_and_a_chinese_name_typed_show_as_letters(qtbot, window, db) -> None:
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.active_dialog
    type_text(dialog.identity.first_name, "ሳባ")
    type_text(dialog.identity.last_name, "ተስፋይ")
    assert (dialog.identity.first_name.text(), dialog.identity.last_name.text()) == ("ሳባ", "ተስፋይ")
    assert undrawn(dialog.identity.first_name, "ሳባ") == []
    assert undrawn(dialog.identity.last_name, "ተስፋይ") == []
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert s.scalars(select(Client.last_name)).one() == "ተስፋይ"
    assert window.dossier is not None and window.dossier.name_label.text() == "ሳባ ተስፋይ"
    assert undrawn(window.dossier.name_label, "ሳባ ተስፋይ") == []
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)        # the search
    for name in ("李伟", "김민준"):
        type_text(focused(), name)
        assert focused().text() == name and undrawn(focused(), name) == []
        focused().clear()
