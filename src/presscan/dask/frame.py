"""The records as a pandas DataFrame: one row per figure, one column per field, built from the record schema.

The columns are derived from presscan.record.Figure, so a field added there
becomes a column here. They are one level deep, as in CSV
(presscan.writers.columns), so that a Dask frame filters and groups on them
directly (`df[df.period_start_year == 2025]`):

- a nested object (`period`, `table`) is spread over columns named after it
  and its field (`period_start_year`, `table_row`); the period's text keeps
  the column `period`, as in CSV. Unlike CSV, the period's offsets are kept
  too (`period_start`, `period_end`): the frame holds the whole record.
- a decimal (`value`, `value_high`) is a float column, for arithmetic, and
  `value_exact` / `value_high_exact` beside it hold the number as JSON Lines
  writes it (exact: 1234567890123456789.5 or 1E-400, which a float rounds).
- integers are int64, or pandas' nullable Int64 where the field may be null;
  strings are pandas' string dtype (pyarrow-backed), missing as <NA>.

`figures_of(frame)` turns rows back into records, exactly: the records a
cluster returns in a frame write the same JSON Lines as a local run.
`spark_schema()` gives the same columns to Spark (`mapInPandas`).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from presscan.jsonnumber import json_number
from presscan.record import Figure

if TYPE_CHECKING:
    import pandas


class Column:
    """One column: its name, where its value is in a record (field, or field and nested field),
    its kind of value (int, str, float, exact) and whether it may be missing."""

    __slots__ = ("field", "kind", "name", "nested", "nullable")

    def __init__(self, name: str, field: str, nested: str | None, kind: str, nullable: bool) -> None:
        self.name = name
        self.field = field
        self.nested = nested
        self.kind = kind
        self.nullable = nullable

    def dtype(self) -> str:
        if self.kind == "int":
            return "Int64" if self.nullable else "int64"
        if self.kind == "float":
            return "Float64" if self.nullable else "float64"
        return "string[pyarrow]"  # str and exact


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type inside an annotation, and whether None is allowed: `int | None` -> (int, True)."""
    nullable = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        arguments = [argument for argument in typing.get_args(annotation) if argument is not type(None)]
        nullable = len(arguments) < len(typing.get_args(annotation))
        annotation = arguments[0] if len(arguments) == 1 else annotation
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation, nullable


def _scalar_columns(name: str, field: str, nested: str | None, annotation: Any, nullable: bool) -> list[Column]:
    if annotation is Decimal:
        return [
            Column(name, field, nested, "float", nullable),
            Column(f"{name}_exact", field, nested, "exact", nullable),
        ]
    if annotation is int:
        return [Column(name, field, nested, "int", nullable)]
    if annotation is str or typing.get_origin(annotation) is typing.Literal:
        return [Column(name, field, nested, "str", nullable)]
    raise TypeError(f"no column type for {field}{'.' + nested if nested else ''}: {annotation!r}")


def _columns(model: type[BaseModel]) -> tuple[Column, ...]:
    columns: list[Column] = []
    for field, info in model.model_fields.items():
        annotation, nullable = _unwrap(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            for nested, nested_info in annotation.model_fields.items():
                inner, inner_nullable = _unwrap(nested_info.annotation)
                name = field if nested == "text" else f"{field}_{nested}"  # the period's text: `period`, as in CSV
                columns += _scalar_columns(name, field, nested, inner, nullable or inner_nullable)
        else:
            columns += _scalar_columns(field, field, None, annotation, nullable)
    return tuple(columns)


COLUMNS: tuple[Column, ...] = _columns(Figure)
NAMES: tuple[str, ...] = tuple(column.name for column in COLUMNS)


def dtypes() -> dict[str, str]:
    """Each column's pandas dtype, by name."""
    return {column.name: column.dtype() for column in COLUMNS}


def _cell(column: Column, values: dict[str, Any]) -> object:
    value = values[column.field]
    if column.nested is not None:
        if value is None:
            return None
        value = value.__dict__[column.nested]
    if value is None:
        return None
    if column.kind == "float":
        return float(value)
    if column.kind == "exact":
        return json_number(value)
    return value


def frame(figures: Iterable[Figure]) -> pandas.DataFrame:
    """The records as a DataFrame of COLUMNS (empty, with the same dtypes, when there are none)."""
    import pandas as pd

    cells: dict[str, list[object]] = {column.name: [] for column in COLUMNS}
    lists = [(column, cells[column.name]) for column in COLUMNS]
    for figure in figures:
        values = figure.__dict__
        for column, cells_of in lists:
            cells_of.append(_cell(column, values))
    return pd.DataFrame({column.name: pd.array(cells[column.name], dtype=column.dtype()) for column in COLUMNS})


def meta() -> pandas.DataFrame:
    """An empty frame of the records' columns and dtypes: the `meta` of a Dask frame of records."""
    return frame(())


_SPARK_TYPES = {"int": "BIGINT", "float": "DOUBLE", "str": "STRING", "exact": "STRING"}


def spark_schema() -> str:
    """The columns as a Spark SQL schema, for `mapInPandas(..., schema=spark_schema())`."""
    return ", ".join(f"`{column.name}` {_SPARK_TYPES[column.kind]}" for column in COLUMNS)


def _value(column: Column, cell: object) -> object:
    import pandas as pd

    if cell is None or cell is pd.NA or (isinstance(cell, float) and cell != cell):
        return None
    if column.kind == "exact":
        return Decimal(str(cell))
    if column.kind == "int":
        return int(cell)  # type: ignore[call-overload]
    return cell


def figures_of(rows: pandas.DataFrame) -> list[Figure]:
    """The records in a frame of COLUMNS, validated: exactly the records the frame was made from."""
    records: list[Figure] = []
    wanted = [column for column in COLUMNS if column.kind != "float"]  # the exact column carries the value
    for row in rows[[column.name for column in wanted]].itertuples(index=False, name=None):
        data: dict[str, Any] = {}
        nested: dict[str, dict[str, object]] = {}
        for column, cell in zip(wanted, row, strict=True):
            value = _value(column, cell)
            if column.nested is None:
                data[column.field] = value
            else:
                nested.setdefault(column.field, {})[column.nested] = value
        for field, parts in nested.items():
            # an object whose every field is missing was null (a period always has its text and offsets)
            data[field] = parts if any(value is not None for value in parts.values()) else None
        records.append(Figure.model_validate(data))
    return records


def sort(rows: pandas.DataFrame, by: Sequence[str] = ("source", "start")) -> pandas.DataFrame:
    """Rows in the order of a local run's output: by source, then by offset."""
    return rows.sort_values(list(by), kind="stable").reset_index(drop=True)
