"""JSON: one array of records (`[]` when there is none), written a record at a time."""

from __future__ import annotations

from typing import IO

from presscan.jsonline import JsonEncoder
from presscan.record import Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions


class JsonWriter(Writer):
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


def _open(stream: IO[str], options: WriterOptions) -> Writer:
    return JsonWriter(stream)


FORMAT = WriterFormat(name="json", suffixes=(".json",), stream=_open)
