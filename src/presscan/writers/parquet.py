"""Parquet: the figures as one typed, columnar file for analysts (pandas, DuckDB, Polars, Spark).

    presscan extract bulletins/ -o figures.parquet      # needs pip install 'presscan[parquet]'

One row per record, one column per field, typed: offsets and years as
integers; `value` and `value_high` as exact decimals (DECIMAL(38, 10)) with
`value_float` and `value_high_float` beside them for convenience; strings that
repeat (source, unit, kind, pattern, ...) dictionary-encoded, so they come back
as categories; `period` and `table` as structs of their fields. A value a
DECIMAL(38, 10) cannot hold exactly (more than 28 digits before the point or
10 after it: never seen in a bulletin) is null there, and `value_float`,
`number` and `magnitude` still give it.

Row groups: the records are gathered, as column lists, into row groups of
ROW_GROUP_ROWS, whatever the number of inputs: big enough that readers scan
whole columns at a time and split work by row group, small enough that the
gathered columns stay under about 50 MB of memory. The file is written under a
temporary name and appears when complete (presscan.writers.atomic).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presscan import __version__
from presscan.errors import UsageError
from presscan.record import SCHEMA_VERSION, Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions

if TYPE_CHECKING:
    import pyarrow

# Records in one row group: about 50 MB of columns in memory while it fills, 5 to 10 MB written.
ROW_GROUP_ROWS = 100_000
# DECIMAL(PRECISION, SCALE): 28 digits before the point, 10 after; the widest decimal Arrow, DuckDB and
# pandas all read as one.
PRECISION = 38
SCALE = 10
INSTALL_HINT = "pip install 'presscan[parquet]'"

# The columns kept as plain lists while a row group fills: the record's top-level fields.
_SCALARS = (
    "source",
    "start",
    "end",
    "line",
    "page",
    "text",
    "number",
    "magnitude",
    "unit",
    "kind",
    "per",
    "qualifier",
    "qualifier_text",
    "subject",
    "base",
    "direction",
    "status",
    "measure",
    "context",
    "pattern",
)
# Strings from a small vocabulary: dictionary-encoded (categories in pandas).
_DICTIONARY = frozenset(
    ("source", "magnitude", "unit", "kind", "per", "qualifier", "qualifier_text", "direction", "status")
) | {"measure", "pattern"}
_INTEGERS = {"start": "int64", "end": "int64", "line": "int64", "page": "int32"}


def schema(pa: Any) -> pyarrow.Schema:
    """The Arrow schema of the file: the record's fields in its order, the value columns beside `value`."""
    words = pa.dictionary(pa.int32(), pa.string())
    period = pa.struct(
        [
            ("text", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("start_year", pa.int32()),
            ("end_year", pa.int32()),
            ("start_month", pa.int32()),
            ("end_month", pa.int32()),
            ("resolved_from", pa.string()),
        ]
    )
    table = pa.struct(
        [
            ("number", pa.int32()),
            ("row", pa.int32()),
            ("column", pa.int32()),
            ("row_header", pa.string()),
            ("column_header", pa.string()),
        ]
    )
    decimal = pa.decimal128(PRECISION, SCALE)
    fields = []
    for name in Figure.model_fields:
        if name in ("value", "value_high"):
            fields += [pa.field(name, decimal), pa.field(f"{name}_float", pa.float64())]
        elif name == "period":
            fields.append(pa.field(name, period))
        elif name == "table":
            fields.append(pa.field(name, table))
        elif name in _INTEGERS:
            fields.append(pa.field(name, getattr(pa, _INTEGERS[name])()))
        else:
            fields.append(pa.field(name, words if name in _DICTIONARY else pa.string()))
    metadata = {"presscan_version": __version__, "schema_version": SCHEMA_VERSION}
    return pa.schema(fields, metadata=metadata)


_LARGEST = Decimal(10) ** (PRECISION - SCALE)


def _decimal(value: Decimal | None) -> Decimal | None:
    """The value if DECIMAL(38, 10) holds it exactly, else None (value_float still has it)."""
    if value is None:
        return None
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -SCALE and abs(value) < _LARGEST:
        return value
    return None


class ParquetWriter(Writer):
    def __init__(self, path: Path, pa: Any, pq: Any) -> None:
        self.pa = pa
        self.schema = schema(pa)
        self.file = pq.ParquetWriter(str(path), self.schema, compression="snappy")
        self.columns: dict[str, list[Any]] = {}
        self._reset()

    def _reset(self) -> None:
        self.columns = {name: [] for name in self.schema.names}
        self.rows = 0

    def write(self, figure: Figure) -> None:
        values = figure.__dict__
        columns = self.columns
        for name in _SCALARS:
            columns[name].append(values[name])
        value = values["value"]
        high = values["value_high"]
        columns["value"].append(_decimal(value))
        columns["value_float"].append(float(value))
        columns["value_high"].append(_decimal(high))
        columns["value_high_float"].append(None if high is None else float(high))
        period = values["period"]
        columns["period"].append(None if period is None else period.__dict__)
        table = values["table"]
        columns["table"].append(None if table is None else table.__dict__)
        self.rows += 1
        if self.rows >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        arrays = [self.pa.array(self.columns[field.name], type=field.type) for field in self.schema]
        self.file.write_table(self.pa.Table.from_arrays(arrays, schema=self.schema), row_group_size=self.rows)
        self._reset()

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self.file.close()


def _open(path: Path, options: WriterOptions) -> Writer:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(f"writing Parquet needs pyarrow, which is not installed: {INSTALL_HINT}") from None
    return ParquetWriter(path, pa, pq)


FORMAT = WriterFormat(name="parquet", suffixes=(".parquet", ".pq"), file=_open)
