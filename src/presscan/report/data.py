"""The report's data: records stored compactly in the page, and read back exactly.

A report holds every record of its documents, but not as JSON Lines would: a
document's text is stored once, and each record as a row of values that leaves
out what the text already holds.

- `source` is the document's, stored once for it.
- `text` (and the period's `text`) is `null` when it is text[start:end], as it
  always is for presscan's records; the string otherwise.
- `context` is the index of the sentence in the document's list of distinct
  sentences: the figures of one sentence share it.
- `period` and `table` are rows of their own fields, in their models' order.
- A value is a JSON number when a browser reads it back exactly, and the text
  presscan's JSON Lines write for it otherwise (a string: 1E-400, integers
  past 2**53, floats that JavaScript would print differently).

The page says how its rows are laid out (`layout`), so that its script and
`read_records` build each record from the row by field name. read_records
gives each record as `json.loads(line, parse_float=Decimal)` gives the line
that `presscan extract --format jsonl` writes for it (tests/test_report.py).

Data goes into `<script type="application/json">` elements: `script_json`
escapes `<`, `>` and `&` (so that no `</script>` or `<!--` can end or bend the
element), U+2028 and U+2029, and lone surrogates (which UTF-8 cannot carry).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from presscan.jsonnumber import exact_number, json_number
from presscan.record import Figure, Period, TableCell

FIGURE_FIELDS: tuple[str, ...] = tuple(Figure.model_fields)
PERIOD_FIELDS: tuple[str, ...] = tuple(Period.model_fields)
TABLE_FIELDS: tuple[str, ...] = tuple(TableCell.model_fields)
# A figure's row: the document's index first, then every field but the source (the document's).
ROW_FIELDS: tuple[str, ...] = ("document", *(name for name in FIGURE_FIELDS if name != "source"))
LAYOUT: dict[str, list[str]] = {
    "figure": list(ROW_FIELDS),
    "period": list(PERIOD_FIELDS),
    "table": list(TABLE_FIELDS),
}
_ROW_INDEX = {name: i for i, name in enumerate(ROW_FIELDS)}

# Integers a JavaScript number holds exactly.
_LARGEST_SAFE_INTEGER = 2**53
# Floats whose shortest text is the same in Python (repr) and JavaScript (String): between
# these, both write plain decimals; outside, each has its own exponent style (1e-05, 1e-5).
_PLAIN_FLOATS = (Decimal("0.0001"), Decimal("1e16"))

_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def script_json(data: object) -> str:
    """JSON text that can stand inside a `<script type="application/json">` element as it is."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
    return _SURROGATE.sub(_escaped_surrogate, text)


def _escaped_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def number(value: Decimal) -> int | float | str:
    """A value as the page stores it: a number a browser reads back exactly, else its JSON text."""
    text = json_number(value)
    if exact_number(value) is not None or "e" in text or "E" in text:
        return text  # no float or integer carries it exactly
    if "." not in text:
        return int(text) if abs(int(text)) <= _LARGEST_SAFE_INTEGER else text
    low, high = _PLAIN_FLOATS
    return float(text) if low <= abs(value) < high else text


class DocumentRows:
    """The records of one document as rows, and the document's text and sentences for its own element."""

    def __init__(self, index: int, text: str) -> None:
        self.index = index
        self.text = text
        self.contexts: list[str] = []
        self._context_index: dict[str, int] = {}
        self.rows: list[list[Any]] = []

    def add(self, figure: Figure) -> None:
        self.rows.append(self.row(figure))

    def row(self, figure: Figure) -> list[Any]:
        text = self.text
        values = figure.__dict__
        row: list[Any] = [self.index]
        for name in ROW_FIELDS[1:]:
            value = values[name]
            if name == "text":
                value = None if text[figure.start : figure.end] == value else value
            elif name == "context":
                value = self._context(value)
            elif isinstance(value, Decimal):
                value = number(value)
            elif isinstance(value, Period):
                value = self._period(value)
            elif isinstance(value, TableCell):
                value = [value.__dict__[field] for field in TABLE_FIELDS]
            elif value is not None and not isinstance(value, str | int):
                raise TypeError(f"no report form for a record value of type {type(value).__name__}")
            row.append(value)
        return row

    def _context(self, context: str) -> int:
        found = self._context_index.get(context)
        if found is None:
            found = self._context_index[context] = len(self.contexts)
            self.contexts.append(context)
        return found

    def _period(self, period: Period) -> list[Any]:
        values = period.__dict__
        row = [values[name] for name in PERIOD_FIELDS]
        if self.text[period.start : period.end] == period.text:
            row[PERIOD_FIELDS.index("text")] = None
        return row

    def element_data(self) -> dict[str, object]:
        """What the document's own element holds: its text and its sentences."""
        return {"text": self.text, "contexts": self.contexts}


# The elements of a page: the index (documents and every record's row) and one per document.
INDEX_ID = "presscan-index"
DOCUMENT_ID = "presscan-document-"
_ELEMENT = re.compile(r'<script type="application/json" id="(presscan-[a-z]+-?\d*)">(.*?)</script>', re.S)


def read_records(page: str) -> list[dict[str, Any]]:
    """Every record of a report page, in order, each as the JSON Lines of `presscan extract` read
    with `json.loads(line, parse_float=Decimal)`."""
    elements = {name: content for name, content in _ELEMENT.findall(page)}
    index = json.loads(elements[INDEX_ID])
    layout = index["layout"]
    documents = index["documents"]
    texts: dict[int, dict[str, Any]] = {}
    records = []
    for row in index["figures"]:
        document = row[0]
        if document not in texts:
            texts[document] = json.loads(elements[f"{DOCUMENT_ID}{document}"])
        records.append(_record(row, layout, documents[document]["source"], texts[document]))
    return records


def _record(row: list[Any], layout: dict[str, list[str]], source: str, document: dict[str, Any]) -> dict[str, Any]:
    values = dict(zip(layout["figure"], row, strict=True))
    text = document["text"]
    record: dict[str, Any] = {}
    for name in FIGURE_FIELDS:
        if name == "source":
            record[name] = source
            continue
        value = values[name]
        if name == "text" and value is None:
            value = text[values["start"] : values["end"]]
        elif name == "context":
            value = document["contexts"][value]
        elif name in ("value", "value_high"):
            value = _json_value(value)
        elif name == "period" and value is not None:
            value = dict(zip(layout["period"], value, strict=True))
            if value["text"] is None:
                value["text"] = text[value["start"] : value["end"]]
        elif name == "table" and value is not None:
            value = dict(zip(layout["table"], value, strict=True))
        record[name] = value
    return record


def _json_value(value: int | float | str | None) -> int | Decimal | None:
    """A stored value as json.loads(..., parse_float=Decimal) reads the record's JSON number."""
    if value is None:
        return None
    parsed: int | Decimal = json.loads(value if isinstance(value, str) else json.dumps(value), parse_float=Decimal)
    return parsed
