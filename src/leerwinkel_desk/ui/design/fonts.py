"""The letters' fallback fonts on the screens too: a name typed in Ge'ez (Tigrinya, Amharic: `ሳባ ተስፋይ`),
Chinese (`李伟`), Japanese or Korean shows as letters where the computer has no font for its script (a fresh
Windows or Linux laptop often has none for Ge'ez), in the client list, the search, the dossier and the forms.

`use_shipped_fonts` adds the fallback files the letters print with (shipped.FALLBACK_FONTS: Noto Sans Ethiopic,
Droid Sans Fallback) to Qt's font database and names them as substitutes of the system's user-interface font
(QFont.insertSubstitutions): a character that font lacks is drawn in the first of them that has it, before the
system's own fallbacks, so a name on screen looks as it prints. Every widget's font, bold or larger, is of that
family, so all of them get it. The application's font itself is left as it was: made its fallback families
(QFont.setFamilies) instead, "Sans Serif" measured 17 px high instead of 14 at 150 % (every line and row
taller, the dossier no longer fit 1280x720); a substitute only counts on a line that uses it.

Droid Sans Fallback is 3.3 MB: the fonts are added once the first window is painted (ui/start.py), and at the
latest when the main window is made, so the sign-in paints without them (README, Benchmarks, issue 17).

A system font of the same family name wins over an added one in Qt's database: Debian's and Ubuntu's
`fonts-droid-fallback` (Ghostscript pulls it in) is a "Droid Sans Fallback" without Korean, and Korean names
stayed empty boxes. So the shipped Droid Sans Fallback is added under a name of its own (`OWN_NAMES`), written
into a copy of its name table in memory; the file stays as shipped (Apache License 2.0).

Emoji: no emoji font is shipped (one is ~10 MB). The system's draws them where there is one (Segoe UI Emoji,
Apple Color Emoji, Noto Color Emoji); without one Qt shows an empty box. The text is kept as typed; a letter
prints `�` in its place and the print preview says so before printing (reports/fonts.py).
"""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from leerwinkel_desk.shipped import FALLBACK_FONTS, font_file

OWN_NAMES = {"DroidSansFallback.ttf": ("Droid Sans Fallback", "Leerwinkel Fallback")}   # same length: in place
_FAMILY_NAME_IDS = (1, 4, 16)          # the name table's family, full and typographic family names
LOADED_PROPERTY = "shippedFontsLoaded"   # on the application: the fallbacks are substitutes


def use_shipped_fonts(app: QApplication) -> None:
    """The shipped fallback fonts added to Qt and made substitutes of the user-interface font (once)."""
    if app.property(LOADED_PROPERTY):
        return
    families: list[str] = []
    for name in dict.fromkeys(file for font in FALLBACK_FONTS for file in (font.regular, font.bold)):
        data = font_file(name).read_bytes()
        if name in OWN_NAMES:
            data = renamed(data, *OWN_NAMES[name])
        families += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFontFromData(QByteArray(data)))
    for asked, found in interface_families(app).items():
        QFont.insertSubstitutions(asked, [family for family in (found, *dict.fromkeys(families)) if family != asked])
    app.setProperty(LOADED_PROPERTY, True)


def interface_families(app: QApplication) -> dict[str, str]:
    """The families the screens' text is set in, as asked ("Sans Serif", "Segoe UI": the application's font and
    the system's general font), each with the family it is found as ("DejaVu Sans"). An alias such as "Sans Serif"
    is no family of Qt's own: its substitutes start with the family it stands for, else the first fallback
    would stand in for it (and measure every line by Noto Sans Ethiopic's height)."""
    fonts = (app.font(), QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
    return {font.family(): QFontInfo(font).family() for font in fonts if font.family()}


def renamed(font: bytes, family: str, new: str) -> bytes:
    """The TrueType `font` with its family (and full) name `family` written as `new`, of the same length, in
    its name table (its checksum too); the font as it was when the table has no such name."""
    if len(new) != len(family):
        raise ValueError("the new family name must be as long as the old one")
    data = bytearray(font)
    (tables,) = struct.unpack_from(">H", data, 4)
    for record in range(12, 12 + 16 * tables, 16):
        tag, _checksum, start, length = struct.unpack_from(">4sIII", data, record)
        if tag == b"name":
            _rename_in_table(data, start, family, new)
            padded = bytes(data[start:start + length]) + b"\0" * (-length % 4)
            checksum = sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF
            struct.pack_into(">I", data, record + 4, checksum)
    return bytes(data)


def _rename_in_table(data: bytearray, table: int, family: str, new: str) -> None:
    _format, count, strings = struct.unpack_from(">HHH", data, table)
    for record in range(table + 6, table + 6 + 12 * count, 12):
        platform, _encoding, _language, name_id, length, offset = struct.unpack_from(">6H", data, record)
        if name_id not in _FAMILY_NAME_IDS:
            continue
        codec = "latin-1" if platform == 1 else "utf-16-be"        # Macintosh names are one byte a letter
        start = table + strings + offset
        if bytes(data[start:start + length]) == family.encode(codec):
            data[start:start + length] = new.encode(codec)
