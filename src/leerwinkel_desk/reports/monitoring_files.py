"""The file writer of each monitoring report format, for the CLI and the reports page alike.

ReportLab and openpyxl load when an export is asked for, not when the command line or the page
starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leerwinkel_desk.services.monitoring_report import MonitoringReport


def report_writer(kind: str) -> Callable[[MonitoringReport, Path], None]:
    """The writer of one format: `pdf`, `xlsx`, else `csv`."""
    if kind == "pdf":
        from leerwinkel_desk.reports.monitoring_pdf import write_pdf_report
        return write_pdf_report
    if kind == "xlsx":
        from leerwinkel_desk.reports.monitoring_xlsx import write_xlsx_report
        return write_xlsx_report
    from leerwinkel_desk.reports.monitoring_tables import write_csv_report
    return write_csv_report
