"""The files shipped inside the package, as real folders wherever the app is installed.

`importlib.resources.files()` is a real folder for an installed wheel and inside a PyInstaller
bundle; from a zip (zipimport) it is not, and Alembic and Qt's translator need real files. Then
the folder is copied once to a temporary folder that lives as long as the process.

The shipped fonts are listed here, once, for the letters (reports/fonts.py) and the screens (ui/design/fonts.py).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def _copy(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        if item.is_dir():
            _copy(item, target / item.name)
        else:
            (target / item.name).write_bytes(item.read_bytes())


@cache
def folder(package: str) -> Path:
    """The shipped package `package` (e.g. `leerwinkel_desk.migrations`) as a folder on disk."""
    found = files(package)
    if isinstance(found, Path) and found.is_dir():
        return found
    copy = Path(tempfile.mkdtemp(prefix="leerwinkel-desk-")) / package.rsplit(".", 1)[-1]
    atexit.register(shutil.rmtree, copy.parent, True)
    _copy(found, copy)
    return copy


@dataclass(frozen=True)
class ShippedFont:
    """A font in `resources/fonts/`: its file for each weight (the same file for a font of one weight)."""

    regular: str
    bold: str


TEXT_FONT = ShippedFont("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")     # letters: Latin, Greek, Cyrillic, Arabic, …
FALLBACK_FONTS = (               # what DejaVu Sans lacks, in the order they are asked (letters and screens)
    ShippedFont("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),   # Ge'ez: Tigrinya, Amharic
    ShippedFont("DroidSansFallback.ttf", "DroidSansFallback.ttf"),               # Chinese, Japanese, Korean
)


def font_file(name: str) -> Traversable:
    """The shipped font file `name` (of TEXT_FONT or FALLBACK_FONTS)."""
    return files("leerwinkel_desk.resources") / "fonts" / name
