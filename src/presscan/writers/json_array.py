"""JSON: one array of records (`[]` when there is none), written a record at a time."""

from __future__ import annotations

from typing import IO

from presscan.jsonline import JsonEncoder
from presscan.record import Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions
from presscan.writers.serialised import Chunk, RecordText


class JsonText(RecordText):
    """A record as an element of a JSON array: an object, with ",\n" between two."""

    separator = ",\n"

    def __init__(self) -> None:
        self.encoder = JsonEncoder(", ", ": ")

    def text(self, figure: Figure) -> str:
        return self.encoder.encode(figure)


class JsonWriter(Writer):
    """One JSON array, written a record at a time."""

    record_text: JsonText

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        self.record_text = JsonText()

    def write(self, figure: Figure) -> None:
        self.stream.write("[\n" if self.count == 0 else self.record_text.separator)
        self.stream.write(self.record_text.text(figure))
        self.count += 1

    def write_chunk(self, chunk: Chunk) -> None:
        if chunk.records:
            self.stream.write("[\n" if self.count == 0 else self.record_text.separator)
            self.count += chunk.records
        chunk.write_to(self.stream)

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


def _open(stream: IO[str], options: WriterOptions) -> Writer:
    return JsonWriter(stream)


FORMAT = WriterFormat(name="json", suffixes=(".json",), stream=_open)
