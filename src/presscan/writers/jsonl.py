"""JSON Lines: one record per line, the default when stdout is a pipe or a file."""

from __future__ import annotations

from typing import IO

from presscan.jsonline import JsonEncoder
from presscan.record import Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions


def json_line(figure: Figure) -> str:
    """One record as one line of JSON (what a JsonLinesWriter writes for it)."""
    return JsonEncoder().encode(figure)


class JsonLinesWriter(Writer):
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.encoder = JsonEncoder()

    def write(self, figure: Figure) -> None:
        self.stream.write(self.encoder.encode(figure) + "\n")

    def close(self) -> None:
        self.stream.flush()


def _open(stream: IO[str], options: WriterOptions) -> Writer:
    return JsonLinesWriter(stream)


FORMAT = WriterFormat(name="jsonl", suffixes=(".jsonl", ".ndjson"), stream=_open)
