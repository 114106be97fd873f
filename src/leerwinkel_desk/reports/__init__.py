"""Printed output and monitoring reports (ReportLab letters, tables, exports). No Qt."""
