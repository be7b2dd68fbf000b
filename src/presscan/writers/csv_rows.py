"""CSV: a header row and one row per record, nested objects spread over columns (presscan.writers.columns).

With `excel`: a UTF-8 byte-order mark, without which Excel reads UTF-8 as a
legacy code page, and cells that a spreadsheet would run as formulas guarded
with a quote.
"""

from __future__ import annotations

import csv
import io
from typing import IO

from presscan.record import Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions
from presscan.writers.columns import COLUMNS, flat_record
from presscan.writers.serialised import Chunk, RecordText

# Spreadsheet programs run cells that start with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_row(figure: Figure, guard_formulas: bool = False) -> list[object]:
    data = flat_record(figure)
    row: list[object] = []
    for column in COLUMNS:
        value = data.get(column)
        if value is None:
            value = ""
        if guard_formulas and isinstance(value, str) and value.startswith(_FORMULA_START):
            value = "'" + value
        row.append(value)
    return row


class CsvText(RecordText):
    """A record as a CSV row; `excel`: cells that a spreadsheet would run as formulas are guarded."""

    def __init__(self, excel: bool = False) -> None:
        self.excel = excel
        self.row = io.StringIO()
        self.csv = csv.writer(self.row, lineterminator="\n")

    def arguments(self) -> tuple[object, ...]:
        return (self.excel,)

    def text(self, figure: Figure) -> str:
        self.row.seek(0)
        self.row.truncate()
        self.csv.writerow(csv_row(figure, guard_formulas=self.excel))
        return self.row.getvalue()


class CsvWriter(Writer):
    record_text: CsvText

    def __init__(self, stream: IO[str], excel: bool = False) -> None:
        self.stream = stream
        self.excel = excel
        if excel:
            stream.write("\ufeff")  # Excel reads UTF-8 CSV as a legacy code page without it
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(COLUMNS)
        self.record_text = CsvText(excel)

    def write(self, figure: Figure) -> None:
        self.stream.write(self.record_text.text(figure))

    def write_chunk(self, chunk: Chunk) -> None:
        chunk.write_to(self.stream)

    def close(self) -> None:
        self.stream.flush()


def _open(stream: IO[str], options: WriterOptions) -> Writer:
    return CsvWriter(stream, excel=options.excel)


FORMAT = WriterFormat(name="csv", suffixes=(".csv",), stream=_open)
