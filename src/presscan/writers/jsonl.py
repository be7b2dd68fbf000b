"""JSON Lines: one record per line, the default when stdout is a pipe or a file."""

from __future__ import annotations

from typing import IO

from presscan.jsonline import JsonEncoder
from presscan.record import Figure
from presscan.recordvalues import RecordValues
from presscan.writers.base import Writer, WriterFormat, WriterOptions
from presscan.writers.serialised import Chunk, RecordText


def json_line(figure: Figure) -> str:
    """One record as one line of JSON (what a JsonLinesWriter writes for it, without the line break)."""
    return JsonEncoder().encode(figure)


class JsonLinesText(RecordText):
    """A record as a line of JSON."""

    def __init__(self) -> None:
        self.encoder = JsonEncoder()

    def text(self, figure: Figure) -> str:
        return self.encoder.encode_line(figure)

    def values_text(self, values: RecordValues) -> str:
        return self.encoder.encode_values_line(values)  # the same line, without making the Figure


class JsonLinesWriter(Writer):
    record_text: JsonLinesText

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.record_text = JsonLinesText()

    def write(self, figure: Figure) -> None:
        self.stream.write(self.record_text.text(figure))

    def write_chunk(self, chunk: Chunk) -> None:
        chunk.write_to(self.stream)

    def close(self) -> None:
        self.stream.flush()


def _open(stream: IO[str], options: WriterOptions) -> Writer:
    return JsonLinesWriter(stream)


FORMAT = WriterFormat(name="jsonl", suffixes=(".jsonl", ".ndjson"), stream=_open)
