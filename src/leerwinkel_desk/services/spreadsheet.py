"""Files meant for a spreadsheet (CSV and XLSX): text a person typed is never read as a formula.

The one home of that rule (CSV or formula injection, OWASP), used by every file the app writes for
Excel or LibreOffice: the registration exchange files and the monitoring extract (`write_csv`), the
monitoring report's CSV (`csv_file`, `csv_text`) and its XLSX (`put_text`). A spreadsheet reads a cell
that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula: a client named
`=HYPERLINK("http://x","klik")` or a partner imported so would be a live link or worse in the
coordinator's Excel.

- CSV: such a text is written with a `'` in front, which makes Excel and LibreOffice read it as text
  (`csv_text`). So that the prefix can always be told apart, a text that already starts with one or more
  `'` followed by such a character gets one more; `csv_text_restored` takes exactly that one off again
  (the registration import does, in a file the export marked: docs/exchange-format.md).
- XLSX: text is always a string cell (openpyxl would make a text starting with `=` a formula, and `#N/A`
  an error), and a formula-like one also carries Excel's own quote prefix (`quotePrefix`, what Excel
  keeps when someone types `'=...`), so that editing the cell in Excel keeps it text (`put_text`).

Only text is touched: a number is written as a number, so a negative number in a number cell stays a
number. A phone number is text: `+32 470 12 34 56` is kept exactly in XLSX and reads
`'+32 470 12 34 56` in a CSV, text in Excel rather than the formula `=32 470 12 34 56` or the number
32470123456.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leerwinkel_desk.store.durable import private_text_file

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

CSV_DELIMITER = ";"                 # Excel in Flanders separates with `;` (`,` is the decimal comma)
CSV_LINE_END = "\r\n"
CSV_ENCODING = "utf-8-sig"          # UTF-8 with a byte order mark, so Excel reads it as UTF-8
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTED_FORMULA = re.compile(r"'*[=+\-@\t\r]")      # the text after its `'`s starts like a formula


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read `text` as a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """A text cell as a CSV file holds it: with a `'` in front when it starts like a formula (or is one
    already quoted so), else as it is."""
    return "'" + text if _QUOTED_FORMULA.match(text) else text


def csv_text_restored(cell: str) -> str:
    """The text `csv_text` was given: one leading `'` off a cell that `csv_text` quoted, no other cell."""
    return cell[1:] if cell[:1] == "'" and _QUOTED_FORMULA.match(cell, 1) else cell


@contextmanager
def csv_file(path: Path) -> Iterator[Any]:
    """A `csv.writer` on `path` as the app writes a CSV: UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting; owner
    only (0600) from its first byte, the old file or the new one whole (`private_text_file`). The caller
    passes text cells through `csv_text`."""
    with private_text_file(path, CSV_ENCODING) as out:
        yield csv.writer(out, delimiter=CSV_DELIMITER, lineterminator=CSV_LINE_END)


def write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    """A CSV file of text cells (`csv_file`), each through `csv_text`."""
    with csv_file(path) as writer:
        writer.writerow(header)
        writer.writerows([csv_text(cell) for cell in row] for row in rows)


def put_text(cell: Cell, text: str) -> None:
    """Write `text` into an XLSX cell as a string, whatever it starts with, quote-prefixed when it looks like a
    formula."""
    cell.value = text
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
