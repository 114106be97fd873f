"""The office's letterhead: configured in `resources/letterhead/`, drawn on every page of a letter.

`default.json` holds the settings every office gets; `<office code>.json` (lower case, e.g.
`lwt.json`) next to it overrides any of them for one office. Settings: `name`,
`address_lines` and `contact_line` (empty: taken from the office record), `logo` (a PNG or
JPEG in the same folder, named without a path; at most MAX_LOGO_BYTES and MAX_LOGO_SIDE pixels a
side, since a 10 KB PNG of 9000 by 9000 pixels took 850 MB to load; else InvalidValue "logo"
outside_folder, too_large or not_an_image; empty: none), `accent_colour`, `footer` and `signature` (texts with
`$office_name`, `$counsellor_name`, `$counsellor_function`, `$counsellor_phone`,
`$counsellor_email`). Everything is drawn as plain strings: no markup is interpreted. A
footer text that needs two lines gets two even ones, never a lone last word.
The logo is encoded for PDF once, when the letterhead is loaded, not again for every letter.
"""

from __future__ import annotations

import json
from copy import copy
from dataclasses import dataclass
from hashlib import md5
from importlib.resources import files
from importlib.resources.abc import Traversable
from io import BytesIO
from pathlib import Path, PurePath
from string import Template
from typing import Any

from PIL import Image
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from leerwinkel_desk.domain.errors import InvalidValue
from leerwinkel_desk.reports.fonts import BOLD, REGULAR, draw_string, printable
from leerwinkel_desk.reports.right_to_left import for_drawing
from leerwinkel_desk.reports.texts import label, unbreakable
from leerwinkel_desk.services.letter_content import CounsellorContact, OfficeHeading

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
FIRST_PAGE_TOP = 46 * mm          # the full letterhead
LATER_PAGE_TOP = 24 * mm          # a one-line running head
BOTTOM = 27 * mm                  # the footer
GREY = HexColor("#5B6770")
RULE_GREY = HexColor("#C9D1D6")
LOGO_SIZE = 19 * mm
FOOTER_SIZE = 7.5
MAX_LOGO_BYTES = 1 << 20          # a logo of 19 mm: a few tens of KB is plenty
MAX_LOGO_SIDE = 2000              # pixels; 19 mm at 600 dpi is 450


class Logo:
    """A PNG or JPEG compressed into a PDF image once, then placed in every letter as it is.

    `Canvas.drawImage` decodes and compresses the picture again for each document; this does
    what it does with the encoded image kept (the same object, name and drawing operators, so
    the file is the same), through the canvas's and document's own bookkeeping.
    """

    def __init__(self, image: bytes) -> None:
        reader = ImageReader(BytesIO(image))
        self._name = md5(reader.getRGBData() + b"None", usedforsecurity=False).hexdigest()
        self._image = PDFImageXObject(self._name, reader)
        self._image.name = self._name

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        document = canvas._doc  # type: ignore[attr-defined]  # canvas internals (see pyproject.toml)
        internal = document.getXObjectName(self._name)
        if internal not in document.idToObject:
            document.Reference(copy(self._image), internal)    # a document names its objects
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(width, height)
        canvas._code.append(f"/{internal} Do")  # type: ignore[attr-defined]  # canvas internals (see pyproject.toml)
        canvas.restoreState()
        canvas._formsinuse.append(self._name)  # type: ignore[attr-defined]  # canvas internals (see pyproject.toml)
        canvas._currentPageHasImages = 1  # type: ignore[attr-defined]  # canvas internals (see pyproject.toml)


@dataclass(frozen=True)
class Letterhead:
    name: str
    address_lines: tuple[str, ...]
    contact_line: str
    logo: Logo | None
    accent: Color
    footer: str
    signature: str

    def draw_first_page(self, canvas: Canvas, _doc: object) -> None:
        """Logo, office name, address and contact line, and a rule in the accent colour."""
        canvas.saveState()
        top = PAGE_HEIGHT - 15 * mm
        text_left = MARGIN_LEFT
        if self.logo is not None:
            self.logo.draw(canvas, MARGIN_LEFT, top - LOGO_SIZE, LOGO_SIZE, LOGO_SIZE)
            text_left += LOGO_SIZE + 5 * mm
        canvas.setFillColor(self.accent)
        draw_string(canvas, text_left, top - 5.5 * mm, _drawn(self.name), BOLD, 14)
        canvas.setFillColor(GREY)
        y = top - 10.5 * mm
        for line in (*self.address_lines, self.contact_line):
            if line:
                draw_string(canvas, text_left, y, _drawn(line), REGULAR, 8.5)
                y -= 4 * mm
        canvas.setStrokeColor(self.accent)
        canvas.setLineWidth(1.2)
        rule = PAGE_HEIGHT - 38 * mm
        canvas.line(MARGIN_LEFT, rule, PAGE_WIDTH - MARGIN_RIGHT, rule)
        canvas.restoreState()

    def draw_later_page(self, canvas: Canvas, _doc: object) -> None:
        """A running head: the office name over a thin rule."""
        canvas.saveState()
        canvas.setFillColor(self.accent)
        draw_string(canvas, MARGIN_LEFT, PAGE_HEIGHT - 14 * mm, _drawn(self.name), BOLD, 8.5)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.6)
        rule = PAGE_HEIGHT - 16.5 * mm
        canvas.line(MARGIN_LEFT, rule, PAGE_WIDTH - MARGIN_RIGHT, rule)
        canvas.restoreState()

    def footer_lines(self, note: str | None) -> list[tuple[str, str]]:
        """The note (e.g. confidentiality) in bold, then the office footer: two lines each at most."""
        width = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT - 26 * mm
        return [(font, _drawn(line)) for font, text in ((BOLD, note), (REGULAR, self.footer))
                for line in _footer_split(text or "", font, width)]

    def draw_footer(self, canvas: Canvas, page: int, pages: int,
                    lines: list[tuple[str, str]]) -> None:
        """A thin rule, the `footer_lines` and `pagina 1 van 2`."""
        canvas.saveState()
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_LEFT, 19 * mm, PAGE_WIDTH - MARGIN_RIGHT, 19 * mm)
        canvas.setFillColor(GREY)
        y = 15 * mm
        for font, line in lines:
            draw_string(canvas, MARGIN_LEFT, y, line, font, FOOTER_SIZE)
            y -= 3.4 * mm
        canvas.setFont(REGULAR, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 15 * mm,
                               label("page_number", page=str(page), pages=str(pages)))
        canvas.restoreState()

    def signature_lines(self, counsellor: CounsellorContact | None) -> list[str]:
        """The signature under a letter: the counsellor's name and function, the office."""
        values = {"office_name": self.name, "counsellor_name": "", "counsellor_function": "",
                  "counsellor_phone": "", "counsellor_email": ""}
        if counsellor is not None:
            values |= {"counsellor_name": counsellor.full_name,
                       "counsellor_function": label(f"role.{counsellor.role.value}"),
                       "counsellor_phone": unbreakable(counsellor.phone or ""),
                       "counsellor_email": counsellor.email or ""}
        lines = Template(self.signature).safe_substitute(values).splitlines()
        return [line.strip() for line in lines if line.strip()]


def _drawn(text: str) -> str:
    """A line of the letterhead as it is drawn: what no font draws substituted, right-to-left text in order."""
    return for_drawing(printable(text))


def _footer_split(text: str, font: str, width: float) -> list[str]:
    """`text` in at most two footer lines; two lines as even as the words allow (no lone word)."""
    lines = simpleSplit(text, font, FOOTER_SIZE, width)
    if len(lines) != 2:
        return lines[:2]
    words = text.split()                          # one space between words, as in `simpleSplit`
    splits = [[" ".join(words[:cut]), " ".join(words[cut:])] for cut in range(1, len(words))]
    fitting = [(widest, pair) for pair in splits
               if (widest := max(stringWidth(part, font, FOOTER_SIZE) for part in pair)) <= width]
    return min(fitting, default=(0.0, lines))[1]


def _logo(folder: Traversable, name: object) -> Logo:
    """The logo file `name` in `folder` itself (no path, no link out of it), within the bounds."""
    if not isinstance(name, str) or name in (".", "..") or "\\" in name or PurePath(name).name != name:
        raise InvalidValue("logo", "outside_folder")
    file = folder / name
    if isinstance(file, Path) and file.resolve().parent != file.parent.resolve():   # a link out of the folder
        raise InvalidValue("logo", "outside_folder")
    with file.open("rb") as stream:
        data = stream.read(MAX_LOGO_BYTES + 1)
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidValue("logo", "too_large")
    try:
        with Image.open(BytesIO(data)) as image:        # reads the header only
            width, height, kind = *image.size, image.format
    except (OSError, ValueError, Image.DecompressionBombError):
        raise InvalidValue("logo", "not_an_image") from None
    if kind not in ("PNG", "JPEG"):
        raise InvalidValue("logo", "not_an_image")
    if max(width, height) > MAX_LOGO_SIDE:
        raise InvalidValue("logo", "too_large")
    return Logo(data)


def letterhead_folder() -> Traversable:
    return files("leerwinkel_desk.resources") / "letterhead"


def load_letterhead(office: OfficeHeading, folder: Traversable | None = None,
                    office_folder: Traversable | None = None) -> Letterhead:
    """The office's letterhead: `default.json` overridden by `<office code>.json` when present,
    first in the app's folder, then in `office_folder` (`letterhead/` next to the database, where
    an office sets up its own without touching the app). A logo is read next to the file naming it.
    """
    folder = folder or letterhead_folder()
    settings: dict[str, Any] = json.loads((folder / "default.json").read_text(encoding="utf-8"))
    logo_folder = folder
    overrides = [(folder, f"{office.code.lower()}.json")]
    if office_folder is not None:
        overrides += [(office_folder, "default.json"), (office_folder, f"{office.code.lower()}.json")]
    for place, name in overrides:
        if (place / name).is_file():
            found = json.loads((place / name).read_text(encoding="utf-8"))
            settings |= found
            if found.get("logo"):
                logo_folder = place
    name = settings.get("name") or office.name
    town = " ".join(part for part in (office.postcode, office.municipality) if part)
    address = settings.get("address_lines") or [line for line in (office.street, town) if line]
    contact = settings.get("contact_line") or "  ·  ".join(
        part for part in (office.phone, office.email, office.website) if part)
    logo = _logo(logo_folder, settings["logo"]) if settings.get("logo") else None
    return Letterhead(
        name=name, address_lines=tuple(address), contact_line=contact, logo=logo,
        accent=HexColor(settings.get("accent_colour") or "#0E5E6F"),
        footer=Template(settings.get("footer") or "").safe_substitute(office_name=name),
        signature=settings.get("signature") or "$counsellor_name\n$office_name",
    )
