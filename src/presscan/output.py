"""The names presscan.output had before the writers moved to presscan.writers, for the code that imports them.

New code imports from presscan.writers (the registry) and its modules.
"""

from __future__ import annotations

from pathlib import Path

from presscan.writers import format_for_suffix as _format_for_suffix
from presscan.writers import formats, make_writer
from presscan.writers.atomic import ENCODING_ERRORS, atomic_output, check_output_path
from presscan.writers.base import Writer
from presscan.writers.columns import COLUMNS as CSV_COLUMNS
from presscan.writers.columns import flat_record, record_dict
from presscan.writers.csv_rows import CsvWriter, csv_row
from presscan.writers.json_array import JsonWriter
from presscan.writers.jsonl import JsonLinesWriter, json_line
from presscan.writers.table import TableWriter

FORMATS: tuple[str, ...] = tuple(formats())
SUFFIX_FORMATS = {suffix: fmt.name for fmt in formats().values() for suffix in fmt.suffixes}


def format_for_path(path: Path) -> str | None:
    return _format_for_suffix(path)


__all__ = [
    "CSV_COLUMNS",
    "ENCODING_ERRORS",
    "FORMATS",
    "SUFFIX_FORMATS",
    "CsvWriter",
    "JsonLinesWriter",
    "JsonWriter",
    "TableWriter",
    "Writer",
    "atomic_output",
    "check_output_path",
    "csv_row",
    "flat_record",
    "format_for_path",
    "json_line",
    "make_writer",
    "record_dict",
]
