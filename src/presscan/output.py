"""Write records: JSON Lines, JSON, CSV, or a table for people.

Writers stream: each record is written as it comes, so memory does not grow
with the number of files. Records never go through rich unless the output is a
terminal table (rich wraps long lines).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Literal, Protocol

from presscan.errors import OutputError
from presscan.record import Figure

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}

# CSV has no nesting: the period object is spread over columns of its own.
_FIELDS = list(Figure.model_fields)
CSV_COLUMNS = [
    *_FIELDS[: _FIELDS.index("period")],
    "period",
    "period_start_year",
    "period_end_year",
    *_FIELDS[_FIELDS.index("period") + 1 :],
]
# Spreadsheet programs run cells that start with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def record_dict(figure: Figure) -> dict[str, object]:
    return figure.model_dump(mode="json")


def json_line(figure: Figure) -> str:
    return json.dumps(record_dict(figure), ensure_ascii=False, separators=(",", ":"))


def csv_row(figure: Figure, guard_formulas: bool = False) -> list[object]:
    data = record_dict(figure)
    period = data.pop("period") or {}
    data["period"] = period.get("text") if period else None
    data["period_start_year"] = period.get("start_year") if period else None
    data["period_end_year"] = period.get("end_year") if period else None
    row: list[object] = []
    for column in CSV_COLUMNS:
        value = data.get(column)
        if value is None:
            value = ""
        if guard_formulas and isinstance(value, str) and value.startswith(_FORMULA_START):
            value = "'" + value
        row.append(value)
    return row


class Writer(Protocol):
    def write(self, figure: Figure) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, figure: Figure) -> None:
        self.stream.write(json_line(figure) + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One JSON array, written a record at a time."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, figure: Figure) -> None:
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(json.dumps(record_dict(figure), ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


class CsvWriter:
    def __init__(self, stream: IO[str], excel: bool = False) -> None:
        self.stream = stream
        self.excel = excel
        if excel:
            stream.write("\ufeff")  # Excel reads UTF-8 CSV as a legacy code page without it
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(CSV_COLUMNS)

    def write(self, figure: Figure) -> None:
        self.csv.writerow(csv_row(figure, guard_formulas=self.excel))

    def close(self) -> None:
        self.stream.flush()


class TableWriter:
    """A rich table for a terminal; rows are collected and printed at the end."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.figures: list[Figure] = []

    def write(self, figure: Figure) -> None:
        self.figures.append(figure)

    def close(self) -> None:
        from presscan.table import render_table

        render_table(self.figures, self.stream)


def make_writer(fmt: str, stream: IO[str], *, excel: bool = False) -> Writer:
    if fmt == "jsonl":
        return JsonLinesWriter(stream)
    if fmt == "json":
        return JsonWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, excel=excel)
    if fmt == "table":
        return TableWriter(stream)
    raise ValueError(f"unknown format {fmt!r}")


def format_for_path(path: Path) -> str | None:
    return SUFFIX_FORMATS.get(path.suffix.lower())


def check_output_path(path: Path) -> None:
    """Fail before any work when the output cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; name a file such as {path / 'figures.jsonl'}")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{path}: cannot write in {folder} (permission denied)")


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A file that appears under `path` only when complete.

    Written to a temporary file in the same folder and renamed at the end, so an
    interrupted run never leaves a half-written file under the final name.
    """
    check_output_path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
