"""Helpers shared by the tests: reading records back, measuring work, switching users, running measured."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import regex

from conftest import reference_json
from presscan import Figure
from presscan.writers import make_writer
from presscan.writers.columns import COLUMNS as CSV_COLUMNS
from presscan.writers.jsonl import json_line

LINE_BREAK = regex.compile(r"\r\n|\r|\n")


def assert_records_hold(text: str, figures: list[Figure]) -> None:
    """What every record must satisfy, whatever the text."""
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text), figure
        assert text[figure.start : figure.end] == figure.text, figure
        assert figure.value.is_finite(), figure
        if figure.value_high is not None:
            assert figure.value_high.is_finite() and figure.value_high >= figure.value, figure
        assert figure.line == len(LINE_BREAK.findall(text, 0, figure.start)) + 1, figure
        # records are built without validation (presscan.record.trusted_figure): each must be valid as it is
        revalidated = Figure.model_validate(figure.model_dump())
        assert revalidated == figure and json_line(revalidated) == json_line(figure), figure
        assert json_line(figure) == reference_json(figure), figure
    starts = [figure.start for figure in figures]
    assert starts == sorted(starts)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def write_all(figures: list[Figure], fmt: str) -> str:
    stream = io.StringIO()
    writer = make_writer(fmt, stream)
    for figure in figures:
        writer.write(figure)
    writer.close()
    return stream.getvalue()


def read_jsonl(text: str) -> list[Figure]:
    # parse_float=Decimal: values are exact decimals, and this is how to read them exactly
    return [Figure.model_validate(json.loads(line, parse_float=Decimal)) for line in text.splitlines()]


def read_json(text: str) -> list[Figure]:
    return [Figure.model_validate(item) for item in json.loads(text, parse_float=Decimal)]


_CSV_NUMBERS = {"start": int, "end": int, "line": int, "page": int, "value": Decimal, "value_high": Decimal}

_CSV_NESTED_INTS = ("start_year", "end_year", "start_month", "end_month", "number", "row", "column")


def read_csv(text: str) -> list[dict[str, object]]:
    """CSV rows as record dicts; nested objects come back from their columns, the period
    without its offsets (CSV keeps its text, years, months and how they were found)."""
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        assert list(row) == CSV_COLUMNS
        record: dict[str, object] = {}
        nested: dict[str, dict[str, object]] = {"period": {}, "table": {}}
        for name, cell in row.items():
            prefix, _, part = name.partition("_")
            if prefix in nested and part:
                nested[prefix][part] = (int(cell) if part in _CSV_NESTED_INTS else cell) if cell != "" else None
            elif name == "period":
                nested["period"]["text"] = cell if cell != "" else None
            else:
                record[name] = _CSV_NUMBERS.get(name, str)(cell) if cell != "" else None
        Figure.model_validate({**record, "period": None, "table": None})  # pydantic accepts every row
        for name, fields in nested.items():
            record[name] = fields if any(value is not None for value in fields.values()) else None
        rows.append(record)
    return rows


def csv_view(figure: Figure) -> dict[str, object]:
    data = figure.model_dump()
    if data["period"] is not None:
        data["period"] = {k: v for k, v in data["period"].items() if k not in ("start", "end")}
    return data


def python_lines(function: Callable[[], object]) -> int:
    """Python lines executed by `function`: an exact, noise-free measure of the work done in
    Python (not of C code such as a regex scan, which the CPU-time tests below cover)."""
    count = 0

    def trace(frame: object, event: str, arg: object) -> Callable[..., object]:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)  # type: ignore[arg-type]
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


def cpu_seconds(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


NOBODY = 65534


def _become(user: int) -> None:
    """Make `user` (and the group of the same number) the effective user: the group
    changes while root may still change it, so first when leaving root, last when coming back."""
    if os.geteuid() == 0:
        os.setegid(user)
        os.seteuid(user)
    else:
        os.seteuid(user)
        os.setegid(user)


@contextlib.contextmanager
def _acting_as(user: int) -> Iterator[None]:
    previous = os.geteuid()
    _become(user)
    try:
        yield
    finally:
        _become(previous)


@contextlib.contextmanager
def without_root() -> Iterator[None]:
    """Run the block as nobody when the tests run as root, so that file modes count."""
    with _acting_as(NOBODY) if os.geteuid() == 0 else contextlib.nullcontext():
        yield


@contextlib.contextmanager
def as_root() -> Iterator[None]:
    """Back to root inside without_root(), for what the test itself does."""
    with _acting_as(0) if os.getuid() == 0 and os.geteuid() != 0 else contextlib.nullcontext():
        yield


def three_files(folder: Path) -> None:
    for name, text in (("a.txt", "充电桩890台。"), ("b.txt", "新增5吨。"), ("c.txt", "新增就业5.62万人。")):
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).chmod(0o644)


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


_MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[1:])\n"
    "sys.stderr.write(f'peak RSS {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n')\n"
    "sys.exit(code)\n"
)


def run_measured(args: list[str]) -> tuple[int, str, str, int]:
    """Run a command in a fresh Python that reports its peak RSS (workers' included):
    exit code, stdout, stderr and peak RSS in MB."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, timeout=180)
    stderr, _, measured = done.stderr.rpartition("peak RSS ")
    return done.returncode, done.stdout, stderr, int(measured) // 1024
