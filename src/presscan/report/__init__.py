"""An HTML page to review the figures of a batch (`presscan report`).

presscan.report.page   the page: written as documents come, its style and script inline
presscan.report.data   the records stored compactly in it, and read back (read_records)
presscan/report/assets the page's markup, style and script (report.html, report.css, report.js)
"""

from __future__ import annotations

from presscan.report.data import read_records
from presscan.report.page import ReportPage

__all__ = ["ReportPage", "read_records"]
