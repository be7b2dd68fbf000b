"""The tables of presscan's SQLite store, and a record as a row of `figures`.

Named and typed the way sqlite-utils and Datasette read a database without
configuration: one column per record field, under the field's name; a nested
object (`period`, `table`) as JSON text in a column of its own name, and its
fields flattened beside it as `period_start_year`, `table_row` (sqlite-utils'
`--flatten` names); `figures.source` a foreign key to `documents.source`, the
primary key of `documents`, so Datasette links a figure to its document.
`value` and `value_high` have NUMERIC affinity (integers stay integers, other
values are floats, as in JSON); `value_exact` and `value_high_exact` keep the
exact decimal as text, for the values a float rounds.

The columns follow the record's fields (presscan.record.Figure): a field added
to the record is a column here. The store's own version is `PRAGMA
user_version` (STORE_VERSION); a database written by a newer presscan is refused.
"""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from presscan.errors import OutputError
from presscan.record import Figure, Period, TableCell

if TYPE_CHECKING:
    import sqlite3

    from presscan.jsonline import JsonEncoder

# The version of these tables, in PRAGMA user_version; bumped when they change.
STORE_VERSION = 1
# PRAGMA application_id of a presscan store: "PrSc".
APPLICATION_ID = 0x50725363

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "source",
    "sha256",
    "bytes",
    "characters",
    "format",
    "encoding",
    "figures",
    "read_at",
    "presscan_version",
    "schema_version",
    "patterns_sha256",
    "error",
)
_DOCUMENTS = """CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY,   -- the input as given on the command line
    sha256 TEXT,               -- SHA-256 of its bytes (hex)
    bytes INTEGER,             -- its size
    characters INTEGER,        -- the length of its decoded text
    format TEXT,               -- the reader that read it: text
    encoding TEXT,             -- the encoding it was decoded with
    figures INTEGER,           -- how many figures it has
    read_at TEXT,              -- when it was read (UTC, ISO 8601)
    presscan_version TEXT,     -- the presscan that read it
    schema_version TEXT,       -- the version of its records (presscan schema)
    patterns_sha256 TEXT,      -- SHA-256 of the pattern files it was read with
    error TEXT                 -- why it could not be read, else null
)"""
# figures.source is indexed from the start (a changed document's rows are found by it); the others
# are built once a first run has filled the table (create_indexes): building an index over rows
# already there costs a fraction of keeping it up to date row by row.
SOURCE_INDEX = "source"
INDEXED = ("subject", "kind", "unit")


def _members(annotation: object) -> tuple[object, ...]:
    """The types a field may hold: the members of a union (X | None), each without its Annotated metadata."""
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    members = typing.get_args(annotation) if union else (annotation,)
    return tuple(
        typing.get_args(member)[0] if typing.get_origin(member) is typing.Annotated else member for member in members
    )


def _sql_type(annotation: object) -> str:
    """INTEGER for int fields, NUMERIC for the decimal values, TEXT for the rest (strings, JSON)."""
    members = _members(annotation)
    if int in members:
        return "INTEGER"
    if Decimal in members:
        return "NUMERIC"
    return "TEXT"


def _nested_model(annotation: object) -> type[BaseModel] | None:
    members = _members(annotation)
    return next((m for m in members if isinstance(m, type) and issubclass(m, BaseModel)), None)


# How each field of the record becomes columns: (field, how, nested fields), how being
# "plain" (one column), "number" (the value and its exact text) or "nested" (JSON and flattened).
_PLAN: list[tuple[str, str, tuple[str, ...]]] = []
_COLUMN_TYPES: dict[str, str] = {}
for _name, _field in Figure.model_fields.items():
    _model = _nested_model(_field.annotation)
    if _model is not None:
        _PLAN.append((_name, "nested", tuple(_model.model_fields)))
        _COLUMN_TYPES[_name] = "TEXT"
        for _part, _inner in _model.model_fields.items():
            _COLUMN_TYPES[f"{_name}_{_part}"] = _sql_type(_inner.annotation)
    elif _sql_type(_field.annotation) == "NUMERIC":
        _PLAN.append((_name, "number", ()))
        _COLUMN_TYPES[_name] = "NUMERIC"
        _COLUMN_TYPES[f"{_name}_exact"] = "TEXT"
    else:
        _PLAN.append((_name, "plain", ()))
        _COLUMN_TYPES[_name] = _sql_type(_field.annotation)

FIGURE_COLUMNS: tuple[str, ...] = tuple(_COLUMN_TYPES)
JSON_COLUMNS: tuple[str, ...] = tuple(name for name, how, _ in _PLAN if how == "nested")


def _figures_table() -> str:
    lines = []
    for number, (name, kind) in enumerate(_COLUMN_TYPES.items(), 1):
        line = f"    [{name}] {kind}"
        if name == "source":
            line += " NOT NULL REFERENCES documents(source)"
        if number < len(_COLUMN_TYPES):
            line += ","
        if name in JSON_COLUMNS:
            line += "  -- JSON"
        lines.append(line)
    body = "\n".join(lines)
    return f"CREATE TABLE IF NOT EXISTS figures (\n{body}\n)"


def plain_decimal(value: Decimal) -> str:
    """The exact decimal as text, never in exponent form: 1640000000, 0.000012."""
    text = str(value)
    return format(value, "f") if "E" in text else text


def figure_row(figure: Figure, encoder: JsonEncoder) -> tuple[Any, ...]:
    """The record as a row of `figures`, in FIGURE_COLUMNS order; nested objects as JSON Lines writes them.

    Written out field by field, as one tuple: this runs for every figure, and a loop over the
    fields took three times as long (tests/test_store_sqlite.py checks every column's value)."""
    v = figure.__dict__
    value = v["value"]
    high = v["value_high"]
    period = v["period"]
    table = v["table"]
    p = _NO_PERIOD if period is None else period.__dict__
    t = _NO_TABLE if table is None else table.__dict__
    return (
        v["source"],
        v["start"],
        v["end"],
        v["line"],
        v["page"],
        v["text"],
        v["number"],
        v["magnitude"],
        float(value),
        plain_decimal(value),
        None if high is None else float(high),
        None if high is None else plain_decimal(high),
        v["unit"],
        v["kind"],
        v["per"],
        v["qualifier"],
        v["qualifier_text"],
        v["subject"],
        v["base"],
        None if period is None else encoder._value(period),  # the JSON Lines writer's own text for it
        p["text"],
        p["start"],
        p["end"],
        p["start_year"],
        p["end_year"],
        p["start_month"],
        p["end_month"],
        p["resolved_from"],
        v["direction"],
        v["status"],
        v["measure"],
        None if table is None else encoder._value(table),
        t["number"],
        t["row"],
        t["column"],
        t["row_header"],
        t["column_header"],
        v["context"],
        v["pattern"],
    )


# The flattened columns of a record without a period or a table.
_NO_PERIOD: dict[str, Any] = dict.fromkeys(Period.model_fields)
_NO_TABLE: dict[str, Any] = dict.fromkeys(TableCell.model_fields)


def create_schema(connection: sqlite3.Connection) -> bool:
    """The tables and the index on source, if they are not there yet (inside the caller's transaction);
    the other indexes too unless the table is empty. True when they are left to create_indexes."""
    connection.execute(_DOCUMENTS)
    connection.execute(_figures_table())
    connection.execute(f"CREATE INDEX IF NOT EXISTS idx_figures_{SOURCE_INDEX} ON figures ([{SOURCE_INDEX}])")
    connection.execute(f"PRAGMA user_version = {STORE_VERSION}")
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    if connection.execute("SELECT 1 FROM figures LIMIT 1").fetchone() is None:
        return True
    create_indexes(connection)  # a first run that was stopped before it could build them
    return False


def create_indexes(connection: sqlite3.Connection) -> None:
    """The indexes on subject, kind and unit, if they are not there yet."""
    for column in INDEXED:
        connection.execute(f"CREATE INDEX IF NOT EXISTS idx_figures_{column} ON figures ([{column}])")


def check_schema(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a database presscan cannot add to: a newer store, another program's, other columns."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    if application == APPLICATION_ID and version > STORE_VERSION:
        raise OutputError(
            f"{path}: written by a newer presscan (store version {version}; this one writes {STORE_VERSION}):"
            " upgrade presscan, or name another file"
        )
    if application != APPLICATION_ID and tables:
        raise OutputError(
            f"{path}: a SQLite database of another program (tables {', '.join(tables)}):"
            " presscan adds only to its own; name another file"
        )
    if application == APPLICATION_ID:
        found = [row[1] for row in connection.execute("PRAGMA table_info(figures)")]
        if found and tuple(found) != FIGURE_COLUMNS:
            raise OutputError(
                f"{path}: its figures table has other columns than this presscan writes (store version"
                f" {version}); name another file"
            )
