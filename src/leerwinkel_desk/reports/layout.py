"""Page layout shared by every letter: styles, safe paragraphs, fact tables, the document build.

User text is never markup: every string reaches the page only through `paragraph` here,
drawn as a plain string or handed to a ReportLab Paragraph as a ready-made fragment, never
parsed, so `<img src=...>`, `</para>` or `&` print literally and open nothing. Long text is
cut into paragraphs and chunks that flow across pages; grids only ever hold short values.
Letters are made often, so what can be is measured once: a line that fits is not broken
into lines, a paragraph is wrapped once per width, a grid's rows once.
A document is a pure function of its story: `invariant=True`, the creation date of the
letter record, no random identifiers, so the same data gives the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from datetime import UTC, datetime
from functools import cache, partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import _simpleSplit  # type: ignore[attr-defined]  # internals (bounded in pyproject.toml)
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText

from leerwinkel_desk.reports.fonts import BOLD, REGULAR, printable, register_fonts, runs, text_width
from leerwinkel_desk.reports.letterhead import (
    BOTTOM,
    FIRST_PAGE_TOP,
    GREY,
    LATER_PAGE_TOP,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Letterhead,
)
from leerwinkel_desk.reports.right_to_left import has_right_to_left, line_for_drawing, shaped

TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LABEL_WIDTH = 42 * mm
CHUNK = 2500                     # characters per paragraph chunk of very long text
INK = HexColor("#1E2428")
SOFT_FILL = HexColor("#EEF4F5")
_SENTENCE_END = re.compile(r"[.!?]\s")


class Styles:
    """The paragraph styles of a document in the letterhead's accent colour."""

    def __init__(self, accent: Color) -> None:
        register_fonts()
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=10.5, leading=15, textColor=INK, alignment=TA_LEFT)
        self.body = ParagraphStyle("body", base, spaceAfter=7)
        self.chunk = ParagraphStyle("chunk", base, spaceAfter=0)
        self.small = ParagraphStyle("small", base, fontSize=9, leading=12.5, textColor=GREY, spaceAfter=3)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=23, textColor=accent,
                                    spaceAfter=3)
        self.heading = ParagraphStyle("heading", base, fontName=BOLD, fontSize=12.5, leading=17, textColor=accent,
                                      spaceBefore=11, spaceAfter=4, keepWithNext=1)
        self.subheading = ParagraphStyle("subheading", base, fontName=BOLD, spaceBefore=5, spaceAfter=2,
                                         keepWithNext=1)
        self.subject = ParagraphStyle("subject", base, fontName=BOLD, fontSize=13.5, leading=18, textColor=accent,
                                      spaceBefore=4, spaceAfter=8)
        self.label = ParagraphStyle("label", base, fontSize=9.5, leading=13.5, textColor=GREY)
        self.caption = ParagraphStyle("caption", parent=self.label, spaceBefore=4, spaceAfter=1,
                                      keepWithNext=1)
        self.value = ParagraphStyle("value", base, fontSize=9.5, leading=13.5)
        self.strong = ParagraphStyle("strong", parent=self.value, fontName=BOLD)
        self.item_title = ParagraphStyle("item_title", parent=self.subheading, spaceBefore=9)
        self.accent = accent


@cache
def letter_styles(accent: Color) -> Styles:
    """The styles in `accent`, made once per process and colour (ReportLab never changes them)."""
    return Styles(accent)


def _text_chunks(text: str) -> list[str]:
    """Cut a very long paragraph after a sentence (or else a space) about every CHUNK characters."""
    chunks = []
    while len(text) > CHUNK:
        window = text[:CHUNK]
        ends = list(_SENTENCE_END.finditer(window))
        cut = ends[-1].end() if ends and ends[-1].end() > CHUNK // 2 else window.rfind(" ") + 1
        if cut <= 0:
            cut = CHUNK
        chunks.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    chunks.append(text)
    return chunks


def paragraphs(text: str | None, styles: Styles) -> list[Flowable]:
    """Plain user text as paragraphs: escaped, one per blank-line block, lines kept, long ones chunked."""
    flowables: list[Flowable] = []
    for block in re.split(r"\n\s*\n", (text or "").strip()):
        if not block.strip():
            continue
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        pieces = [chunk for line in lines for chunk in _text_chunks(line)]
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            flowables.append(paragraph(piece, styles.body if last else styles.chunk))
    return flowables


class PlainParagraph(Paragraph):
    """A Paragraph whose line breaks are worked out once per width, however often it is measured.

    Tables, KeepTogether and the frame all ask a flowable for its size; the answer only
    depends on the width, as long as ReportLab has not dropped or replaced the lines (`split`).
    """

    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if (self._wrapped is None or self._wrapped[0] != availWidth
                or self._wrapped[1] is not getattr(self, "blPara", None)):
            size = super().wrap(availWidth, availHeight)
            self._wrapped = (availWidth, getattr(self, "blPara", None), size)
        return self._wrapped[2]


@cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The text fragment ReportLab's parser makes for `style`, as a model for plain text."""
    return Paragraph("x", style).frags[0]


def plain_text(text: str) -> str:
    """Text as it is laid out: what no font draws substituted (`fonts.printable`), Arabic letters joined
    (still in reading order), white space as in a paragraph. Right-to-left runs are put in visual order line
    by line, once the lines are known.

    That is ReportLab's `cleanBlockQuotedText`, which only differs from splitting and joining
    on white space where a no-break space (kept) or a zero-width space (dropped) is present.
    """
    text = shaped(printable(text))
    if "\xa0" in text or "\u200b" in text:
        return cleanBlockQuotedText(text)
    return " ".join(text.split())


class PlainText(Flowable):
    """Plain text in a paragraph style: one string when it fits the width, else a paragraph.

    Most texts in a letter (headings, labels, values, short answers) fit on one line: those
    are measured with one width look-up and drawn as a string where the paragraph's one line
    would be. A longer text becomes a `PlainParagraph` that does the wrapping and splitting.
    Styles here are left-aligned without indents. A character the style's font lacks is drawn in
    a fallback font (`fonts.runs`): one piece, fragment or `<font>` per font.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text                            # in reading order (plain_text)
        self.drawn = line_for_drawing(text)         # as one line is drawn
        self.style = style
        self._paragraph: PlainParagraph | None = None
        self._lines_for: float | None = None        # the width a right-to-left text's lines were broken for

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        if self._paragraph is None and text_width(self.text, style.fontName,
                                                  style.fontSize) <= availWidth:
            self.width, self.height = availWidth, style.leading if self.text else 0
            return self.width, self.height
        return self._as_paragraph(availWidth).wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._as_paragraph(availWidth).split(availWidth, availHeight)

    def _as_paragraph(self, width: float) -> PlainParagraph:
        """The paragraph the text wraps in. Right-to-left text is broken into lines here, in reading
        order, and each line is put in visual order (ReportLab would wrap the drawn order: the last
        words of an Arabic paragraph came on its first line)."""
        if has_right_to_left(self.text):
            if self._paragraph is None or self._lines_for != width:
                font, size = self.style.fontName, self.style.fontSize     # simpleSplit, measured in `runs`' fonts
                lines = _simpleSplit(self.text, width, lambda line: text_width(line, font, size))
                markup = "<br/>".join(self._markup(line_for_drawing(line)) for line in lines)
                self._paragraph, self._lines_for = PlainParagraph(markup, self.style), width
        elif self._paragraph is None:
            frags = [_plain_fragment(self.style).clone(text=piece, fontName=face)
                     for face, piece in runs(self.text, self.style.fontName)]
            self._paragraph = PlainParagraph(self.text, self.style, frags=frags)
        return self._paragraph

    def _markup(self, line: str) -> str:
        """One line as paragraph markup: escaped, a piece in a fallback font inside `<font>`."""
        return "".join(escape(piece) if face == self.style.fontName else f'<font face="{face}">{escape(piece)}</font>'
                       for face, piece in runs(line, self.style.fontName))

    @property
    def one_line(self) -> bool:
        return self._paragraph is None

    def write(self, text: PDFTextObject, x: float, y: float) -> None:
        """Add the one line to `text`, its baseline where the paragraph's line would be."""
        if self.text:
            style = self.style
            pieces = runs(self.drawn, style.fontName)
            text.setFillColor(style.textColor)
            text.setFont(pieces[0][0], style.fontSize, style.leading)
            text.setTextOrigin(x, y + style.leading - style.fontSize)
            for number, (face, piece) in enumerate(pieces):
                if number:
                    text.setFont(face, style.fontSize, style.leading)
                text.textOut(piece)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)   # type: ignore[call-arg]  # the stubs leave out _sW
        elif self.text:
            canvas.saveState()
            text = canvas.beginText()
            self.write(text, x, y)
            canvas.drawText(text)
            canvas.restoreState()


def paragraph(text: str, style: ParagraphStyle) -> PlainText:
    """One piece of plain text in `style`: never parsed as markup."""
    return PlainText(plain_text(text), style)


def heading(text: str, styles: Styles) -> PlainText:
    return paragraph(text, styles.heading)


Cell = Sequence[tuple[str, ParagraphStyle]]    # lines of plain text and their styles


class Grid(Flowable):
    """Rows of cells side by side, each cell a few lines of plain text: a lean table for facts.

    Laid out like a ReportLab Table of paragraphs with every cell aligned top left and the
    same padding (left, right, top, bottom) in each, optionally more above the first row and
    below the last; a row of one cell spans the full width. The columns have fixed widths,
    so the rows are laid out once (a Table measures every cell again to draw it). When the
    page is full the rows move on whole, like a table's. `fill` tints the background, `rule`
    draws a line down the left.
    """

    def __init__(self, rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
                 padding: tuple[float, float, float, float], first_top: float | None = None,
                 last_bottom: float | None = None, fill: Color | None = None,
                 rule: Color | None = None) -> None:
        super().__init__()
        _left, _right, top, bottom = padding
        self._rows = [[list(cell) for cell in row] for row in rows]
        self._row_padding = [(top, bottom) for _ in self._rows]
        if self._rows and first_top is not None:
            self._row_padding[0] = (first_top, self._row_padding[0][1])
        if self._rows and last_bottom is not None:
            self._row_padding[-1] = (self._row_padding[-1][0], last_bottom)
        self._widths = list(widths)
        self._padding = padding
        self._fill = fill
        self._rule = rule
        self.width = sum(self._widths)
        self.height = 0.0
        self._laid_out = False
        self._row_heights: list[float] = []
        self._placed: list[tuple[PlainText, float, float]] = []   # text, x, bottom below the top

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._laid_out:
            self._lay_out()
        return self.width, self.height

    def _lay_out(self) -> None:
        left, right, _top, _bottom = self._padding
        row_top = 0.0
        for row, (top, bottom) in zip(self._rows, self._row_padding, strict=True):
            x, tallest = 0.0, 0.0
            for cell, width in zip(row, self._widths if len(row) > 1 else [self.width], strict=True):
                depth = top - (cell[0][1].spaceBefore if cell else 0)
                for text, style in cell:
                    item = paragraph(text, style)
                    depth += style.spaceBefore + item.wrapOn(self.canv, width - left - right,
                                                             PAGE_HEIGHT)[1]
                    self._placed.append((item, x + left, row_top + depth))
                    depth += style.spaceAfter
                tallest = max(tallest, depth - (cell[-1][1].spaceAfter if cell else 0) - top)
                x += width
            self._row_heights.append(top + tallest + bottom)
            row_top += self._row_heights[-1]
        self.height = row_top
        self._laid_out = True

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fitting, used = 0, 0.0
        for height in self._row_heights:
            if used + height > availHeight:
                break
            fitting, used = fitting + 1, used + height
        if fitting == 0:
            return []
        if fitting == len(self._rows):
            return [self]
        return [self._part(slice(0, fitting)), self._part(slice(fitting, None))]

    def _part(self, rows: slice) -> Grid:
        part = Grid(self._rows[rows], self._widths, padding=self._padding, fill=self._fill,
                    rule=self._rule)
        part._row_padding = self._row_padding[rows]
        return part

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self._fill is not None:
            canvas.setFillColor(self._fill)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        text = canvas.beginText()             # the one-line texts together, in reading order
        for item, x, depth in self._placed:
            if item.one_line:
                item.write(text, x, self.height - depth)
            else:
                canvas.drawText(text)
                text = canvas.beginText()
                item.drawOn(canvas, x, self.height - depth)
        canvas.drawText(text)
        if self._rule is not None:
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            canvas.setStrokeColor(self._rule)
            canvas.setLineWidth(2.5)
            canvas.line(0, 0, 0, self.height)
        canvas.restoreState()


def fact_table(rows: Sequence[tuple[str, str]], styles: Styles) -> Grid:
    """Label and value side by side; values must be short (a row cannot span pages)."""
    return Grid([[[(name, styles.label)], [(value, styles.value)]] for name, value in rows],
                [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], padding=(0, 6, 1.5, 1.5))


def boxed(rows: Sequence[tuple[str, str]], title: str, styles: Styles) -> Grid:
    """A short fact table in a tinted box with a title (the consent reference)."""
    cells: list[list[Cell]] = [[[(title, styles.subheading)]]]
    cells += [[[(name, styles.label)], [(value, styles.value)]] for name, value in rows]
    return Grid(cells, [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH], padding=(4 * mm, 6, 1.5, 1.5),
                first_top=3, last_bottom=5, fill=SOFT_FILL, rule=styles.accent)


def signature(last_words: Sequence[Flowable], greeting: str, lines: Iterable[str],
              styles: Styles) -> KeepTogether:
    """The last words kept with the greeting, room to sign by hand, then name, function and office."""
    lines = list(lines)
    block: list[Flowable] = [Spacer(1, 2 * mm), *last_words, paragraph(greeting, styles.body),
                             Spacer(1, 10 * mm)]
    if lines:
        block.append(paragraph(lines[0], styles.subheading))
        block += [paragraph(line, styles.small) for line in lines[1:]]
    return KeepTogether(block)


class NumberedCanvas(Canvas):
    """Holds the pages back until the end, so every footer can say `pagina 1 van 2`."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None],
                 produced_at: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_states: list[dict[str, Any]] = []
        stamp = produced_at.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
        self.setDateFormatter(lambda *_date_parts: stamp)

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()   # type: ignore[attr-defined]  # ReportLab internals (bounded in pyproject.toml)

    def save(self) -> None:
        pages = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._footer(self, number, pages)
            super().showPage()
        super().save()


class LetterFrame(Frame):
    """A Frame that KeepTogether copies cheaply: headings kept with what follows measure it.

    ReportLab deep-copies the frame before measuring a KeepTogether, so that content a
    flowable adds to the frame while measured lands on the copy; that content is set anew on
    the copy, and nothing in a letter changes the frame's other mutable state (backgrounds),
    so a shallow copy does the same at a fraction of the cost.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> LetterFrame:
        return copy(self)


def build_pdf(story: list[Flowable], letterhead: Letterhead, title: str, produced_at: datetime,
              footer_note: str | None = None) -> bytes:
    """The PDF bytes of `story` on A4 under the letterhead, with metadata and page numbers."""
    register_fonts()
    out = BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=title, author=letterhead.name,
        creator="Leerwinkel Desk", lang="nl-BE", invariant=True,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=LATER_PAGE_TOP,
        bottomMargin=BOTTOM,
    )
    first = LetterFrame(MARGIN_LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - FIRST_PAGE_TOP - BOTTOM,
                        0, 0, 0, 0, id="first")
    later = LetterFrame(MARGIN_LEFT, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - LATER_PAGE_TOP - BOTTOM,
                        0, 0, 0, 0, id="later")
    doc.addPageTemplates([
        PageTemplate("first", [first], onPage=letterhead.draw_first_page),
        PageTemplate("later", [later], onPage=letterhead.draw_later_page),
    ])

    footer_lines = letterhead.footer_lines(footer_note)

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        letterhead.draw_footer(canvas, page, pages, footer_lines)

    doc.build([NextPageTemplate("later"), *story],
              canvasmaker=partial(NumberedCanvas, footer=footer, produced_at=produced_at))
    return out.getvalue()
