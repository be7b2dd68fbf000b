"""The Figure record: the contract with every script downstream of presscan.

Field names are stable; a change that renames or removes a field, or changes
what one means, bumps SCHEMA_VERSION. New optional fields may be added without
a bump.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

# 2.0: `base` (the whole of a share), `page` and `table` (where a figure stands in
# a paged or tabular input), and `period.resolved_from` (how its years were found).
# 2.1: `unit` is the unit written with the number; a rate's denominator written before the number
# (每吨2300元) is in `per` only (unit 元, per 吨; 2.0 gave unit 元/吨), as one written after it
# (3095万吨/年) stays in both.
SCHEMA_VERSION = "2.1"


# Integral values with more digits than this are not turned into Python ints:
# the conversion costs time quadratic in the digits, and json.dumps refuses ints
# of more than 4300 digits. The CLI writes such values from the Decimal itself
# (presscan.output); model_dump(mode="json") gives them as floats.
LONGEST_JSON_INTEGER = 4000


def _json_number(value: Decimal) -> int | float:
    """Exact decimals as JSON numbers: integral values as integers (16.4亿 -> 1640000000)."""
    if value == value.to_integral_value() and value.adjusted() < LONGEST_JSON_INTEGER:
        return int(value)
    return float(value)


JsonDecimal = Annotated[
    Decimal,
    PlainSerializer(_json_number, when_used="json"),
    WithJsonSchema({"type": "number"}),
]

Qualifier = Literal["approx", "at_least", "at_most", "more_than", "less_than", "nearly"]
Direction = Literal["up", "down"]
Status = Literal["actual", "target"]
# How a period's years were found: written in the text (2025年), resolved from
# the document's own year (今年 in a report dated 2026), or from --year.
ResolvedFrom = Literal["text", "document", "option"]


class Period(BaseModel):
    """The time a figure belongs to, as written and as parsed."""

    model_config = ConfigDict(frozen=True)

    text: str = Field(description="the time expression exactly as written: original[start:end] (截至2023年底)")
    start: int = Field(description="code-point offset of the expression in the original text")
    end: int = Field(description="offset just after it")
    start_year: int | None = Field(default=None, description="first year covered, when known")
    end_year: int | None = Field(default=None, description="last year covered, when known")
    start_month: int | None = Field(default=None, description="first month covered, when stated")
    end_month: int | None = Field(default=None, description="last month covered, when stated")
    resolved_from: ResolvedFrom | None = Field(
        default=None,
        description="where the years come from: text (written), document (the document's own year), option (--year);"
        " null when no year is known",
    )


class TableCell(BaseModel):
    """Where a figure read from a table stands in it."""

    model_config = ConfigDict(frozen=True)

    number: int = Field(description="1-based number of the table in the document")
    row: int = Field(description="1-based row of the cell, header rows included")
    column: int = Field(description="1-based column of the cell, the row-header column included")
    row_header: str | None = Field(default=None, description="the row's header text as written: 地区生产总值(亿元)")
    column_header: str | None = Field(default=None, description="the column's header text as written: 比上年增长%")


class Figure(BaseModel):
    """One statistical figure found in a text."""

    model_config = ConfigDict(frozen=True, title=f"presscan Figure (schema {SCHEMA_VERSION})")

    source: str = Field(description='the input as given on the command line, or "-" for stdin')
    start: int = Field(description="code-point offset of the figure in the original decoded text")
    end: int = Field(description="code-point offset just after the figure")
    line: int = Field(description="1-based line of `start` in the original text")
    page: int | None = Field(default=None, description="1-based page of a paged input (PDF), else null")
    text: str = Field(description="exactly original[start:end], line breaks and spaces included")
    number: str = Field(description='the number as written, normalised: "1.46", "三千五百"')
    magnitude: str | None = Field(description='the magnitude word, "万" in 1.46万辆, or null')
    value: JsonDecimal = Field(description="number x magnitude, exact: 1.46万辆 -> 14600")
    value_high: JsonDecimal | None = Field(default=None, description="upper end of a range, else null")
    unit: str = Field(
        description='unit without magnitude, as written with the number: "辆", "千瓦时", "元", "%", "吨/年"'
    )
    kind: str = Field(description="unit family: count, percent, percentage_point, money, mass, energy, ...")
    per: str | None = Field(default=None, description='denominator of a rate: "年" in 3095万吨/年, "吨" in 每吨2300元')
    qualifier: Qualifier | None = Field(default=None, description="approx, at_least, ... or null when exact")
    qualifier_text: str | None = Field(default=None, description='the qualifying word as written: "以上"')
    subject: str | None = Field(default=None, description="what the figure measures: 充电桩, 地区生产总值")
    base: str | None = Field(
        default=None, description="the whole a share is taken of: 全社会用电量 in 工业用电占全社会用电量的61.2%"
    )
    period: Period | None = Field(default=None, description="the time the figure belongs to")
    direction: Direction | None = Field(default=None, description="up or down when the text says so")
    status: Status | None = Field(default=None, description="actual (a result) or target (a goal)")
    measure: str | None = Field(default=None, description="share or growth when the text says so")
    table: TableCell | None = Field(default=None, description="the table cell a figure was read from, else null")
    context: str = Field(
        description="the sentence the figure stands in, normalised; at most 300 characters of it around the figure"
    )
    pattern: str = Field(description='which pattern matched: numeral form and unit entry, "arabic:辆"')


def json_schema() -> dict[str, object]:
    """The JSON Schema of one record, as `presscan schema` prints it."""
    schema = Figure.model_json_schema(mode="serialization")
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema


# Records built by presscan's own pipeline skip validation: their values have
# the field types already (tests/test_record_properties.py validates every record of
# its property tests back into an equal one), and validating 21 fields cost a
# quarter of the time spent per figure. This is pydantic's model_construct()
# for these two models (no aliases, extras, private attributes or post-init),
# without its per-field Python loop, which is slower than validating.
# Every record shares one set of field names: pydantic would give each its own,
# 2.3 KB for a Figure, two thirds of a record's memory. Records are frozen, so
# nothing adds to the set (copies make their own).
# presscan.core builds its records the same way in compiled code (core._figure_of,
# core._period_of): trusted_figure, interpreted, cost it more than building the record's dict;
# the tables build theirs with it.
FIGURE_FIELD_SET = set(Figure.model_fields)
PERIOD_FIELD_SET = set(Period.model_fields)
_set = object.__setattr__
_Record = TypeVar("_Record", bound=BaseModel)


def _trusted(model: type[_Record], field_names: set[str], values: dict[str, object]) -> _Record:
    record = model.__new__(model)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", field_names)
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def trusted_figure(values: dict[str, object]) -> Figure:
    """A Figure of `values`, one for every field, without validating them."""
    return _trusted(Figure, FIGURE_FIELD_SET, values)
