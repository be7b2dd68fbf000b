"""Write records: JSON Lines, JSON, CSV, or a table for people.

Writers stream: each record is written as it comes, so memory does not grow
with the number of files. Records never go through rich unless the output is a
terminal table (rich wraps long lines).

Values are written exactly: as JSON integers and floats when those carry the
decimal exactly (16.4亿 -> 1640000000, 36.8), otherwise from the Decimal itself
(1234567890123456789.5, 1.5E+5000). Text that cannot be encoded as UTF-8 (a
file name with bytes that are not UTF-8 comes in as lone surrogates) is
written as a backslash escape: in JSON that is the same string, escaped.
"""

from __future__ import annotations

import csv
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Literal, Protocol

from presscan.errors import OutputError
from presscan.jsonline import JsonEncoder, exact_number
from presscan.record import Figure, TableCell

Format = Literal["table", "json", "jsonl", "csv"]
FORMATS: tuple[str, ...] = ("table", "json", "jsonl", "csv")
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}

# CSV has no nesting: a nested object is spread over columns of its own, named
# after the object and its field (period_start_year); the period's text keeps
# the column `period`.
_FIELDS = list(Figure.model_fields)
_NESTED: dict[str, tuple[str, ...]] = {
    "period": ("start_year", "end_year", "start_month", "end_month", "resolved_from"),
    "table": tuple(TableCell.model_fields),
}


def _csv_columns() -> list[str]:
    columns: list[str] = []
    for name in _FIELDS:
        if name == "period":
            columns.append(name)
        if name in _NESTED:
            columns.extend(f"{name}_{part}" for part in _NESTED[name])
        else:
            columns.append(name)
    return columns


CSV_COLUMNS = _csv_columns()
# Spreadsheet programs run cells that start with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_FIELDS = ("value", "value_high")
# Text that UTF-8 cannot encode (lone surrogates) becomes \udcff: a JSON escape.
ENCODING_ERRORS = "backslashreplace"


def record_dict(figure: Figure) -> dict[str, object]:
    return figure.model_dump(mode="json")


def _exact_numbers(figure: Figure) -> dict[str, str]:
    found = {}
    for name in _NUMBER_FIELDS:
        value = getattr(figure, name)
        text = exact_number(value) if value is not None else None
        if text is not None:
            found[name] = text
    return found


def json_line(figure: Figure) -> str:
    """One record as one line of JSON (what a JsonLinesWriter writes for it)."""
    return JsonEncoder().encode(figure)


def flat_record(figure: Figure) -> dict[str, object]:
    """The record as one level of columns (CSV_COLUMNS), values as JSON gives them."""
    data = record_dict(figure)
    data.update(_exact_numbers(figure))
    for name, parts in _NESTED.items():
        nested = data.pop(name)
        nested_fields = nested if isinstance(nested, dict) else {}
        if name == "period":
            data[name] = nested_fields.get("text")
        for part in parts:
            data[f"{name}_{part}"] = nested_fields.get(part)
    return data


def csv_row(figure: Figure, guard_formulas: bool = False) -> list[object]:
    data = flat_record(figure)
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
        self.encoder = JsonEncoder()

    def write(self, figure: Figure) -> None:
        self.stream.write(self.encoder.encode(figure) + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonWriter:
    """One JSON array, written a record at a time."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        self.encoder = JsonEncoder(", ", ": ")

    def write(self, figure: Figure) -> None:
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(self.encoder.encode(figure))
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


_STANDARD_DESCRIPTORS = {"/dev/stdout": 1, "/dev/stderr": 2}


def _in_place(path: Path) -> bool:
    """Outputs that are written in place, never replaced: /dev/stdout, /dev/null,
    a named pipe, a terminal; anything under /dev or /proc."""
    if path.is_absolute() and path.parts[1:2] in (("dev",), ("proc",)):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _target(path: Path) -> Path:
    """The file that is replaced: a symlink's target, so that the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _descriptor(path: Path) -> int | None:
    """The open file descriptor that /dev/stdout, /dev/stderr or /dev/fd/N names, else None."""
    descriptor = _STANDARD_DESCRIPTORS.get(str(path))
    if descriptor is None and str(path).startswith(("/dev/fd/", "/proc/self/fd/")) and path.name.isdigit():
        descriptor = int(path.name)
    return descriptor


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def check_output_path(path: Path) -> None:
    """Fail before any work when the output cannot be written."""
    descriptor = _descriptor(path)
    if descriptor is not None:
        try:
            os.fstat(descriptor)  # written through the descriptor: it only has to be open
        except OSError:
            raise OutputError(f"{path}: file descriptor {descriptor} is not open") from None
        return
    if _in_place(path):
        if not _writable(path):
            raise OutputError(f"{path}: cannot write to it (permission denied)")
        return
    target = _target(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise OutputError(f"{path}: {folder} is not a folder")
        raise OutputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; name a file such as {path / 'figures.jsonl'}")
    if not _writable(folder):
        raise OutputError(f"{path}: cannot write in {folder} (permission denied)")


def _new_file_mode(target: Path) -> int:
    """The mode the output gets: that of the file it replaces, or what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A file that appears under `path` only when complete.

    Written to a temporary file in the same folder, flushed to disk and renamed
    at the end, so an interrupted run never leaves a half-written file under the
    final name (a killed one, SIGKILL, may leave the temporary .NAME.*.part file).
    The new file keeps the mode of the one it replaces; a symlink stays a link
    and its target is replaced. Devices and pipes (/dev/stdout, a FIFO) are
    written in place.
    """
    check_output_path(path)
    if _in_place(path):
        # /dev/stdout is written through the descriptor itself, sharing its
        # position: reopening it would start again at the start of a file.
        descriptor = _descriptor(path)
        opened = os.dup(descriptor) if descriptor is not None else os.open(path, os.O_WRONLY)
        with os.fdopen(opened, "w", encoding="utf-8", errors=ENCODING_ERRORS, newline="") as stream:
            yield stream
        return
    target = _target(path)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors=ENCODING_ERRORS, newline="") as stream:
            os.fchmod(stream.fileno(), _new_file_mode(target))
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
