"""Excel: a workbook for the people who read figures in Excel or WPS (-o figures.xlsx).

Sheet `figures`: a header row (frozen, with an autofilter) and one row per
record, in the columns of CSV (presscan.writers.columns); numbers as number
cells (value, value_high, offsets, years), text as text cells, never as
formulas. A value that a number cell would round (Excel keeps 15 significant
digits) has its exact decimal in `value_exact` (`value_high_exact`) as text;
those columns are empty for every other value. The context column is wrapped.
Sheet `documents`: one row per input, with its figures or its error.

Written with xlsxwriter in constant-memory mode (rows go to disk as they come):
on this project's machine it wrote rows 1.5 times as fast as openpyxl's
write-only mode, and it is made only to write (docs/performance.md, "The stores").
The file is written under a temporary name and appears when complete.

Excel's limits: 1 048 576 rows a sheet (more figures stop the run with exit 4:
write CSV or SQLite), 32 767 characters a cell (a longer context is cut, with
an ellipsis at the end).
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path
from typing import Any

from presscan.errors import OutputError, PresscanError
from presscan.record import Figure
from presscan.writers.base import DocumentInfo, Writer, WriterFormat, WriterOptions
from presscan.writers.columns import COLUMNS, flat_record

# Excel's limits.
MAX_ROWS = 1_048_576
MAX_CELL_CHARACTERS = 32_767
# Significant digits a number cell keeps; a value with more is also written exactly, as text.
EXCEL_DIGITS = 15

EXACT_COLUMNS = {"value": "value_exact", "value_high": "value_high_exact"}


def _figure_columns() -> list[str]:
    columns: list[str] = []
    for name in COLUMNS:
        columns.append(name)
        if name in EXACT_COLUMNS:
            columns.append(EXACT_COLUMNS[name])
    return columns


FIGURE_COLUMNS = _figure_columns()
DOCUMENT_COLUMNS = ["source", "format", "encoding", "bytes", "characters", "sha256", "figures", "error"]
# Column widths in characters (a Chinese character counts two); the rest get DEFAULT_WIDTH.
WIDTHS = {
    "source": 28,
    "text": 14,
    "number": 12,
    "value": 16,
    "value_exact": 24,
    "value_high": 16,
    "value_high_exact": 24,
    "unit": 10,
    "kind": 16,
    "qualifier_text": 12,
    "subject": 24,
    "base": 18,
    "period": 14,
    "period_resolved_from": 12,
    "table_row_header": 20,
    "table_column_header": 20,
    "context": 80,
    "pattern": 16,
    "error": 60,
    "sha256": 20,
}
DEFAULT_WIDTH = 10


def exact_text(value: Decimal | None) -> str | None:
    """The value as text when a number cell would not show it exactly, else None."""
    if value is None:
        return None
    number = float(value)
    digits = len(value.as_tuple().digits) if value else 1
    if math.isfinite(number) and digits <= EXCEL_DIGITS and Decimal(repr(number)) == value:
        return None
    text = str(value)
    return format(value, "f") if "E" in text and value.adjusted() < 100 else text


def _cell_text(text: str) -> str:
    if len(text) > MAX_CELL_CHARACTERS:
        return text[: MAX_CELL_CHARACTERS - 1] + "…"
    return text


class XlsxWriter(Writer):
    def __init__(self, path: Path) -> None:
        import xlsxwriter

        self.path = path
        self.book = xlsxwriter.Workbook(
            str(path),
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        self.header = self.book.add_format({"bold": True, "bottom": 1})
        self.wrapped = self.book.add_format({"text_wrap": True, "valign": "top"})
        self.top = self.book.add_format({"valign": "top"})
        self.figures = self._sheet("figures", FIGURE_COLUMNS)
        self.documents = self._sheet("documents", DOCUMENT_COLUMNS)
        self.figure_row = 0
        self.document_row = 0
        self.figure_count = 0
        self.context_column = FIGURE_COLUMNS.index("context")

    def _sheet(self, name: str, columns: list[str]) -> Any:
        sheet = self.book.add_worksheet(name)
        for number, column in enumerate(columns):
            sheet.set_column(number, number, WIDTHS.get(column, DEFAULT_WIDTH))
            sheet.write_string(0, number, column, self.header)
        sheet.freeze_panes(1, 0)
        return sheet

    def write(self, figure: Figure) -> None:
        if self.figure_row + 1 >= MAX_ROWS:
            raise OutputError(
                f"{self.path}: more than {MAX_ROWS - 1:,} figures, the most an Excel sheet holds; write CSV or SQLite"
            )
        self.figure_row += 1
        data = flat_record(figure)
        data["value"] = figure.value
        data["value_high"] = figure.value_high
        data["value_exact"] = exact_text(figure.value)
        data["value_high_exact"] = exact_text(figure.value_high)
        self._row(self.figures, self.figure_row, FIGURE_COLUMNS, data)

    def _row(self, sheet: Any, row: int, columns: list[str], data: dict[str, Any]) -> None:
        for number, name in enumerate(columns):
            value = data.get(name)
            if value is None:
                continue
            if isinstance(value, str):
                wrap = number == self.context_column and sheet is self.figures
                sheet.write_string(row, number, _cell_text(value), self.wrapped if wrap else self.top)
            elif isinstance(value, Decimal):
                number_value = float(value)
                if math.isfinite(number_value):
                    sheet.write_number(row, number, number_value, self.top)
            else:
                sheet.write_number(row, number, value, self.top)

    def document_finished(self, document: DocumentInfo, figures: int) -> None:
        self._document(
            {
                "source": document.source,
                "format": document.format,
                "encoding": document.encoding,
                "bytes": document.size,
                "characters": document.characters,
                "sha256": document.sha256,
                "figures": figures,
            }
        )

    def document_failed(self, source: str, error: PresscanError) -> None:
        self._document({"source": source, "figures": 0, "error": str(error)})

    def _document(self, data: dict[str, Any]) -> None:
        self.document_row += 1
        if self.document_row < MAX_ROWS:
            self._row(self.documents, self.document_row, DOCUMENT_COLUMNS, data)

    def close(self) -> None:
        self.figures.autofilter(0, 0, self.figure_row, len(FIGURE_COLUMNS) - 1)
        self.documents.autofilter(0, 0, min(self.document_row, MAX_ROWS - 1), len(DOCUMENT_COLUMNS) - 1)
        self.book.close()


def _open(path: Path, options: WriterOptions) -> Writer:
    return XlsxWriter(path)


FORMAT = WriterFormat(name="xlsx", suffixes=(".xlsx",), file=_open)
