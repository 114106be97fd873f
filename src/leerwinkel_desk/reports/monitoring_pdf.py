"""The monitoring report as a PDF: key figures, four charts and the tables, figures as in the JSON.

Charts (ReportLab graphics): the tier funnel, trajectories by number of sessions, outcomes, and
contacts per month stacked by channel. Numbers are printed the Belgian way (`1.234`, `2,25`,
`45,0 %`; euros `1.234,00` under a `(€)` header). The only user text, the names of a loket or
counsellor filter and the office's name, is escaped and printed in DejaVu Sans. The document is a function of
the report alone (`invariant=True`: its creation date is ReportLab's fixed 2000-01-01, on purpose, so the same
report gives the same bytes; the period and the figures say what it is about).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from leerwinkel_desk.domain.enums import Channel, Tier
from leerwinkel_desk.reports.fonts import BOLD, REGULAR, register_fonts
from leerwinkel_desk.reports.monitoring_tables import (
    CHANNEL_LABELS,
    OUTCOME_LABELS,
    TIER_LABELS,
    Cell,
    Month,
    Share,
    all_tables,
)
from leerwinkel_desk.reports.monitoring_tables import (
    Table as ReportTable,
)
from leerwinkel_desk.services.monitoring_report import MonitoringReport
from leerwinkel_desk.store.durable import write_whole

WIDTH = A4[0] - 36 * mm
INK = HexColor("#1E2428")
GREY = HexColor("#5F6B73")
ACCENT = HexColor("#0B6E75")
RULE = HexColor("#C9D3D6")
PALETTE = [HexColor(c) for c in ("#0B6E75", "#E07A1F", "#4C78A8", "#59A14F", "#B6447A",
                                  "#9C755F", "#EDC948", "#76B7B2", "#7F7F7F", "#2F3E9E")]
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def nl(value: Cell) -> str:
    """A cell as a person in Flanders reads it."""
    if isinstance(value, Month):
        return f"{MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Share):
        return f"{value * 100:.1f} %".replace(".", ",")
    if isinstance(value, Decimal):                  # euros: the header says so
        return _swap(f"{value:,.2f}")
    if isinstance(value, float):
        return _swap(f"{value:,.2f}")
    if isinstance(value, int):
        return _swap(f"{value:,}")
    return value


def _swap(text: str) -> str:
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK)
        self.title = ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=23, textColor=ACCENT)
        self.heading = ParagraphStyle("heading", base, fontName=BOLD, fontSize=12, leading=16, textColor=ACCENT,
                                      spaceBefore=10, spaceAfter=4, keepWithNext=1)
        self.body = ParagraphStyle("body", base)
        self.small = ParagraphStyle("small", base, fontSize=8.5, textColor=GREY)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=11.5)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=2)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=BOLD)
        self.head_number = ParagraphStyle("head_number", parent=self.head, alignment=2)


def _table(table: ReportTable, styles: _Styles, skip: int = 0) -> Table:
    """A report table as a PDF table: text left, numbers right; the last `skip` columns left out."""
    header = table.header[:len(table.header) - skip]
    numeric = [all(not isinstance(row[i], str) for row in table.rows) and i > 0
               for i in range(len(header))]
    data = [[Paragraph(escape(h), styles.head_number if numeric[i] else styles.head)
             for i, h in enumerate(header)]]
    data += [[Paragraph(escape(nl(cell)), styles.number if numeric[i] else styles.cell)
              for i, cell in enumerate(row[:len(header)])] for row in table.rows]
    if len(header) <= 3:
        widths = [WIDTH * 0.6] + [WIDTH * 0.4 / (len(header) - 1)] * (len(header) - 1)
    else:                   # as wide as the widest cell or header word, the rest to the labels
        needs = [14 + max([stringWidth(word, BOLD, 9) for word in title.split()]
                          + [stringWidth(nl(row[i]), REGULAR, 9) for row in table.rows])
                 for i, title in enumerate(header)]
        spare = WIDTH - sum(needs)
        widths = ([needs[0] + spare, *needs[1:]] if spare >= 0
                  else [WIDTH * need / sum(needs) for need in needs])
    result = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    result.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return result


def _text(drawing: Drawing, x: float, y: float, text: str, size: float = 8.5,
          anchor: Literal["start", "middle", "end"] = "start", colour: Color = INK, bold: bool = False) -> None:
    drawing.add(String(x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size,
                       fillColor=colour, textAnchor=anchor))


def funnel(report: MonitoringReport) -> Drawing:
    """The tiers as centred bars, widest first: most questions are answered at tier 1."""
    drawing = Drawing(WIDTH, 86)
    label_width, value_width = 128, 92
    room = WIDTH - label_width - value_width
    largest = max(report.by_tier.values()) or 1
    total = report.requests_total
    for index, tier in enumerate(Tier):
        count = report.by_tier[tier]
        y = 86 - (index + 1) * 27
        width = max(room * count / largest, 2)
        left = label_width + (room - width) / 2
        bar = Rect(left, y, width, 21)
        bar.fillColor, bar.strokeColor = PALETTE[index], None
        drawing.add(bar)
        _text(drawing, 0, y + 7, TIER_LABELS[tier], 9)
        share = Share(count / total) if total else Share(0.0)
        _text(drawing, WIDTH, y + 7, f"{nl(count)}  ({nl(share)})", 9, anchor="end", bold=True)
    return drawing


def _axis_style(chart: VerticalBarChart | HorizontalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 8
        axis.labels.fillColor = INK
        axis.strokeColor = GREY
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: nl(int(v)) if v == int(v) else nl(float(v))


def _bar_values(chart: VerticalBarChart | HorizontalBarChart) -> None:
    chart.barLabelFormat = lambda v: nl(int(v))
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK


def sessions_chart(report: MonitoringReport) -> Drawing:
    """Trajectories by number of sessions (the blueprint's 2-3 / 4-8 / 9+ groups)."""
    drawing = Drawing(WIDTH / 2 - 6, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 28, WIDTH / 2 - 56, 104  # type: ignore[assignment]  # stubs: int
    chart.data = [list(report.sessions_buckets.values())]
    chart.categoryAxis.categoryNames = [f"{name} sessies" for name in report.sessions_buckets]
    chart.bars[0].fillColor = ACCENT
    chart.bars.strokeColor = None
    _axis_style(chart)
    _bar_values(chart)
    chart.barLabels.nudge = 7
    chart.valueAxis.valueMax = max(max(chart.data[0]) * 1.15, 1)
    drawing.add(chart)
    return drawing


def outcomes_chart(report: MonitoringReport) -> Drawing:
    drawing = Drawing(WIDTH / 2 - 6, 150)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 78, 16, WIDTH / 2 - 110, 124  # type: ignore[assignment]  # stubs: int
    names = list(report.outcomes)[::-1]                 # the first outcome at the top
    chart.data = [[report.outcomes[name] for name in names]]
    chart.categoryAxis.categoryNames = [OUTCOME_LABELS[name] for name in names]
    chart.bars[0].fillColor = PALETTE[1]
    chart.bars.strokeColor = None
    _axis_style(chart)
    _bar_values(chart)
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.valueAxis.valueMax = max(max(chart.data[0]) * 1.2, 1)
    drawing.add(chart)
    return drawing


def months_chart(report: MonitoringReport) -> Drawing:
    """Contacts per month of the period, stacked by channel, with a legend (the contacts outside the period
    are said in words under the heading: `outside_period_sentence`)."""
    months = report.period_months()
    channels = [c for c in Channel if any(report.contacts_by_month.get(m, {}).get(c) for m in months)]
    slanted = len(months) > 12
    drawing = Drawing(WIDTH, 205 if slanted else 190)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 39 if slanted else 24
    chart.width, chart.height = WIDTH - 130, 160  # type: ignore[assignment]  # stubs: int
    chart.data = [[report.contacts_by_month.get(m, {}).get(c, 0) for m in months] for c in channels] \
        or [[0] * len(months)]
    chart.categoryAxis.style = "stacked"
    step = -(-len(months) // 18)                   # at most 18 month labels
    chart.categoryAxis.categoryNames = [
        f"{MONTHS[int(m[5:7]) - 1]} {m[2:4]}" if i % step == 0 else ""
        for i, m in enumerate(months)] or [""]
    if slanted:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars.strokeColor = None
    chart.groupSpacing = 2
    for index in range(len(channels)):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
    _axis_style(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = WIDTH - 78, drawing.height - 8  # type: ignore[assignment]  # stubs: int
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.alignment = "right"
    legend.deltay = 11
    legend.columnMaximum = 12
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], CHANNEL_LABELS[c])
                             for i, c in enumerate(channels)]
    drawing.add(legend)
    return drawing


def month_words(month: str) -> str:
    """A "YYYY-MM" month as the PDF writes it: `sep 2025`."""
    return f"{MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def running_sentence(report: MonitoringReport) -> str:
    """For a period not over on the day it was counted, that its figures still grow (its last months in the
    chart look like a drop); empty otherwise. Starts with a space, after the period's sentence."""
    if not report.running or report.counted_on is None:
        return ""
    if report.not_begun:
        return f" De periode is nog niet begonnen (geteld op {nl(report.counted_on)})."
    return (f" De periode loopt nog: geteld op {nl(report.counted_on)}, dus "
            f"{month_words(report.counted_on.strftime('%Y-%m'))} is nog niet om en de cijfers groeien nog.")


def outside_period_sentence(report: MonitoringReport) -> str:
    """The contacts of the counted requests outside the period, in words (empty when there are none)."""
    before, after = report.contacts_outside_period()
    if not before and not after:
        return ""
    months = list(report.contacts_by_month)
    parts = []
    if after:
        parts.append(f"{nl(after)} contacten na de periode (tot en met {month_words(months[-1])})")
    if before:
        parts.append(f"{nl(before)} contacten ervoor (vanaf {month_words(months[0])})")
    return (f"Niet in de grafiek: {' en '.join(parts)}. Het zijn contacten van aanvragen die in de periode "
            "geopend werden; ze tellen mee in de kerncijfers en staan in de tabel per maand achteraan.")


class _Side(Flowable):
    """Two drawings next to each other."""

    def __init__(self, left: Drawing, right: Drawing) -> None:
        super().__init__()
        self.left, self.right = left, right

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return WIDTH, max(self.left.height, self.right.height)

    def draw(self) -> None:
        self.left.drawOn(self.canv, 0, 0)
        self.right.drawOn(self.canv, WIDTH - self.right.width, 0)


def write_pdf_report(report: MonitoringReport, path: Path) -> None:
    styles = _Styles()
    tables = {t.name: t for t in all_tables(report)}
    months, outside = report.period_months(), outside_period_sentence(report)
    filters = [f"kantoor {report.office_title}"]
    if report.loket is not None:
        filters.append(f"loket {report.loket}")
    if report.counsellor is not None:
        filters.append(f"begeleider {report.counsellor}")
    story: list[Flowable] = [
        Paragraph("Monitoringrapport", styles.title),
        Paragraph(escape(f"Aanvragen geopend van {nl(report.period_from)} tot en met "
                         f"{nl(report.period_to)}; {', '.join(filters)}.{running_sentence(report)}"), styles.body),
        Paragraph("Geteld worden de aanvragen die in de periode geopend werden, met al hun contacten die "
                  "plaatsvonden, ook na de periode: zo tellen de gesprekken van een traject dat in december "
                  "begon mee, ook die van januari.", styles.small),
        Paragraph("Kerncijfers", styles.heading),
        _table(tables["Kerncijfers"], styles, skip=1),
        KeepTogether([Paragraph("Trechter van de trappen", styles.heading), funnel(report)]),
        KeepTogether([Paragraph("Trajecten naar aantal sessies, en uitkomsten", styles.heading),
                      _Side(sessions_chart(report), outcomes_chart(report))]),
        KeepTogether([Paragraph(escape(f"Contacten per maand en kanaal, {month_words(months[0])} tot en met "
                                       f"{month_words(months[-1])}"), styles.heading),
                      months_chart(report),
                      *([Paragraph(escape(outside), styles.small)] if outside else [])]),
        CondPageBreak(60 * mm),
    ]
    for name in ("Trappen", "Uitkomsten", "Microcontacten", "Toeleiders", "Doelgroepen",
                 "Tweedelijn", "Signalen", "Doorverwijzingen", "Bijdragen", "Vrijstellingen",
                 "Contacten per maand"):
        table = tables[name]
        story += [Paragraph(escape(table.title), styles.heading), _table(table, styles),
                  Spacer(1, 2 * mm)]
    out = BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=16 * mm, invariant=True, author=f"Leerwinkel Desk ({report.office_title})",
        title=f"Monitoringrapport {report.period_from.isoformat()} - {report.period_to.isoformat()}")
    document.build(story, onFirstPage=_footer, onLaterPages=_footer)
    write_whole(path, out.getvalue())           # owner only from the first byte


def _footer(canvas: Canvas, document: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(GREY)
    canvas.drawRightString(A4[0] - 18 * mm, 9 * mm,
                           f"Monitoringrapport · pagina {document.page}")
    canvas.restoreState()

