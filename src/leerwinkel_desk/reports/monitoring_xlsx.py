"""The monitoring report as an XLSX workbook: one sheet per table, real numbers and dates.

Each sheet has a bold, frozen header row and columns wide enough for their content. Numbers are
numbers (averages with two decimals, shares as percentages, euros as currency), dates are dates;
text is always stored as text (`spreadsheet.put_text`), so a loket named `=SUM(...)` is never a formula.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from leerwinkel_desk.reports.monitoring_tables import Cell, Month, Share, all_tables
from leerwinkel_desk.services.monitoring_report import MonitoringReport
from leerwinkel_desk.services.spreadsheet import put_text
from leerwinkel_desk.store.durable import private_file

FORMATS: tuple[tuple[type, str], ...] = (    # first match wins: subclasses before their bases
    (Share, "0.0%"),
    (Month, "mmm yyyy"),
    (date, "dd/mm/yyyy"),
    (Decimal, '"€" #,##0.00'),
    (int, "#,##0"),
    (float, "0.00"),
)
MIN_WIDTH, MAX_WIDTH = 8, 60


def _put(cell: SheetCell, value: Cell) -> int:
    """Write one value with its number format; returns the width it needs, in characters."""
    if isinstance(value, str):
        put_text(cell, value)           # text, even when it starts with `=`
        return len(value)
    cell.value = float(value) if isinstance(value, Decimal) else value
    cell.number_format = next(fmt for kind, fmt in FORMATS if isinstance(value, kind))
    return 12 if isinstance(value, date) else len(f"{value:,}") + 4


def write_xlsx_report(report: MonitoringReport, path: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])        # the empty first sheet
    bold = Font(bold=True)
    for table in all_tables(report):
        sheet = workbook.create_sheet(table.name[:31])
        widths = [len(title) for title in table.header]
        for column, title in enumerate(table.header, start=1):
            cell = sheet.cell(row=1, column=column)
            _put(cell, title)
            cell.font = bold
        for row_number, row in enumerate(table.rows, start=2):
            for column, value in enumerate(row, start=1):
                needed = _put(sheet.cell(row=row_number, column=column), value)
                widths[column - 1] = max(widths[column - 1], needed)
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = \
                min(max(width + 2, MIN_WIDTH), MAX_WIDTH)
        sheet.freeze_panes = "A2"
    with private_file(path) as out:         # owner only from the first byte
        workbook.save(out)
