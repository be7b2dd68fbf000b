"""A record's values before they are a Figure: what JSON Lines is written from.

The core makes one RecordValues per figure (core._record). `presscan.extract` turns each into a
Figure (core.figure_of); `presscan extract --format jsonl` on a plain text writes each as a line
without making the Figure (jsonline.JsonEncoder.encode_values_line), which is a dict of 24 values
and a pydantic object, built and read back once, and for nothing else. In a module mypyc compiles
this is a native class: its attributes are slots of a C struct, set and read in a few
instructions, where the Figure's dict took some 5 000 per record to build and 2 500 to read
(docs/performance.md, "The second round, tenth pass").

The fields are those of presscan.record.Figure, in its order; tests/test_output_json.py checks
that the two agree. Each is typed `object`: a Figure read back into RecordValues (the encoder's
way for Figures) keeps whatever its fields hold, and the encoder writes it as before.
"""

from __future__ import annotations

from typing import Any, Final

from pydantic import BaseModel

from presscan.record import FIGURE_FIELD_SET, Figure


class RecordValues:
    """The fields of one Figure, by name."""

    __slots__ = (
        "base",
        "context",
        "direction",
        "end",
        "kind",
        "line",
        "magnitude",
        "measure",
        "number",
        "page",
        "pattern",
        "per",
        "period",
        "qualifier",
        "qualifier_text",
        "source",
        "start",
        "status",
        "subject",
        "table",
        "text",
        "unit",
        "value",
        "value_high",
    )

    def __init__(
        self,
        source: object,
        start: object,
        end: object,
        line: object,
        page: object,
        text: object,
        number: object,
        magnitude: object,
        value: object,
        value_high: object,
        unit: object,
        kind: object,
        per: object,
        qualifier: object,
        qualifier_text: object,
        subject: object,
        base: object,
        period: object,
        direction: object,
        status: object,
        measure: object,
        table: object,
        context: object,
        pattern: object,
    ) -> None:
        self.source = source
        self.start = start
        self.end = end
        self.line = line
        self.page = page
        self.text = text
        self.number = number
        self.magnitude = magnitude
        self.value = value
        self.value_high = value_high
        self.unit = unit
        self.kind = kind
        self.per = per
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text
        self.subject = subject
        self.base = base
        self.period = period
        self.direction = direction
        self.status = status
        self.measure = measure
        self.table = table
        self.context = context
        self.pattern = pattern

    def fields(self) -> dict[str, object]:
        """The values as a Figure's dict: every field, in the schema's order (a new dict)."""
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "page": self.page,
            "text": self.text,
            "number": self.number,
            "magnitude": self.magnitude,
            "value": self.value,
            "value_high": self.value_high,
            "unit": self.unit,
            "kind": self.kind,
            "per": self.per,
            "qualifier": self.qualifier,
            "qualifier_text": self.qualifier_text,
            "subject": self.subject,
            "base": self.base,
            "period": self.period,
            "direction": self.direction,
            "status": self.status,
            "measure": self.measure,
            "table": self.table,
            "context": self.context,
            "pattern": self.pattern,
        }


def values_of(fields: dict[str, object]) -> RecordValues:
    """A Figure's dict (`figure.__dict__`) as RecordValues."""
    return RecordValues(
        fields["source"],
        fields["start"],
        fields["end"],
        fields["line"],
        fields["page"],
        fields["text"],
        fields["number"],
        fields["magnitude"],
        fields["value"],
        fields["value_high"],
        fields["unit"],
        fields["kind"],
        fields["per"],
        fields["qualifier"],
        fields["qualifier_text"],
        fields["subject"],
        fields["base"],
        fields["period"],
        fields["direction"],
        fields["status"],
        fields["measure"],
        fields["table"],
        fields["context"],
        fields["pattern"],
    )


# Records are built as presscan.record.trusted_figure builds them (without validation; see
# there), but here, in compiled code: interpreted, those two functions took a quarter of the time
# spent making a record from a figure. The four slots of a pydantic model are set through their
# descriptors' __set__: object.__setattr__ looks each name up in the model's classes first, and
# costs twice as many instructions.
_NEW_OBJECT: Final[Any] = object.__new__
# read from C statics, not looked up in the module's dict per record
_FIGURE: Final = Figure
_FIGURE_FIELDS: Final = FIGURE_FIELD_SET
_SET_DICT: Final[Any] = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET: Final[Any] = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA: Final[Any] = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE: Final[Any] = BaseModel.__dict__["__pydantic_private__"].__set__


def fill(record: object, field_names: set[str], values: dict[str, object]) -> None:
    """A pydantic record's four slots: its values, the set of its field names, no extras."""
    _SET_DICT(record, values)
    _SET_FIELDS_SET(record, field_names)
    _SET_EXTRA(record, None)
    _SET_PRIVATE(record, None)


def figure_of(values: RecordValues) -> Figure:
    """The Figure of `values`, without validating them (they have the field types)."""
    record: Figure = _NEW_OBJECT(_FIGURE)
    fill(record, _FIGURE_FIELDS, values.fields())
    return record
