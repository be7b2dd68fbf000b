"""Parquet (-o figures.parquet): read back with pyarrow and with DuckDB, it holds exactly the JSON Lines
records, typed; one file for a folder, in row groups of ROW_GROUP_ROWS; written atomically; without
pyarrow, one line naming the extra to install, exit 2."""

from __future__ import annotations

import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from presscan.record import SCHEMA_VERSION, Figure
from presscan.writers import parquet
from stores import (  # noqa: F401 (table_reader: a fixture)
    TABLE_CELL,
    extract,
    jsonl_records,
    table_reader,
    write_bulletins,
)

pytestmark = pytest.mark.usefixtures("table_reader")


def run(folder: Path, output: Path, *options: str) -> Any:
    return extract("-q", "--jobs", "1", "--glob", "*.txt", "--glob", "*.tbl", str(folder), "-o", str(output), *options)


def records(path: Path) -> list[Figure]:
    """The rows as records: the exact decimal for the values, the structs as the nested objects."""
    figures = []
    for row in pq.read_table(path).to_pylist():
        for name in ("value", "value_high"):
            number = row.pop(f"{name}_float")
            assert (number is None) == (row[name] is None) or row[name] is None
            if row[name] is not None:
                assert number == float(row[name])
        figures.append(Figure.model_validate(row))
    return figures


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_bulletins(tmp_path / "bulletins")


def test_pyarrow_reads_back_exactly_the_json_lines_records(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.parquet"
    result = run(folder, out)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    expected = jsonl_records(str(folder))
    assert records(out) == expected
    assert {str(figure.value) for figure in expected} >= {"1234567890123456780000000", "1234567890.123456789"}
    assert any(figure.table == TABLE_CELL for figure in expected)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bulletins", "figures.parquet"]  # no .part left


def test_the_columns_are_typed(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.parquet"
    run(folder, out)
    schema = pq.read_schema(out)
    assert schema.field("value").type == pa.decimal128(38, 10)
    assert schema.field("value_float").type == pa.float64()
    assert schema.field("start").type == pa.int64()
    for name in ("source", "unit", "kind", "pattern", "qualifier", "status"):
        assert pa.types.is_dictionary(schema.field(name).type), name
    assert schema.field("subject").type == pa.string()
    period = schema.field("period").type
    assert pa.types.is_struct(period) and period.field("start_year").type == pa.int32()
    assert [field.name for field in schema.field("table").type] == [
        "number",
        "row",
        "column",
        "row_header",
        "column_header",
    ]
    assert schema.metadata == {b"presscan_version": b"0.1.0", b"schema_version": SCHEMA_VERSION.encode()}
    names = [name for name in schema.names if not name.endswith("_float")]
    assert names == list(Figure.model_fields)  # every field of the record, in its order


def test_duckdb_reads_it(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.parquet"
    run(folder, out)
    expected = jsonl_records(str(folder))
    counted = duckdb.sql(f"SELECT kind, count(*) FROM '{out}' GROUP BY kind").fetchall()
    assert dict(counted) == Counter(figure.kind for figure in expected)
    rows = duckdb.sql(
        f"SELECT value, period.start_year, \"table\".row_header, subject FROM '{out}' ORDER BY source, start"
    ).fetchall()
    ordered = sorted(expected, key=lambda figure: (figure.source, figure.start))
    assert rows == [
        (
            figure.value,
            figure.period.start_year if figure.period else None,
            figure.table.row_header if figure.table else None,
            figure.subject,
        )
        for figure in ordered
    ]


def test_a_folder_gives_one_file_in_row_groups(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 4)
    out = tmp_path / "figures.parquet"
    run(folder, out)
    expected = jsonl_records(str(folder))
    metadata = pq.ParquetFile(out).metadata
    sizes = [metadata.row_group(number).num_rows for number in range(metadata.num_row_groups)]
    assert sizes == [4] * (len(expected) // 4) + ([len(expected) % 4] if len(expected) % 4 else [])
    assert records(out) == expected


def test_no_figure_gives_an_empty_file_with_the_columns(tmp_path: Path) -> None:
    folder = write_bulletins(tmp_path / "bulletins", {"空白.txt": "本报告无统计数字。\n"})
    out = tmp_path / "figures.parquet"
    assert run(folder, out).exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows == 0 and "value_float" in table.schema.names


def test_a_value_no_decimal_column_holds_is_null_there_and_kept_elsewhere() -> None:
    assert parquet._decimal(Decimal("1234567890.123456789")) == Decimal("1234567890.123456789")
    assert parquet._decimal(Decimal("0.00000000001")) is None  # 11 places after the point
    assert parquet._decimal(Decimal("1" + "0" * 28)) is None  # 29 digits before it
    assert parquet._decimal(Decimal("9" * 28)) == Decimal("9" * 28)


def test_a_run_that_stops_leaves_no_file(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "figures.parquet"
    out.write_bytes(b"an earlier file")

    def broken(self: parquet.ParquetWriter) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(parquet.ParquetWriter, "_flush", broken)
    result = run(folder, out)
    assert result.exit_code == 4
    assert result.stderr == f"presscan: error: {out}: cannot write: No space left on device\n"
    assert out.read_bytes() == b"an earlier file"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bulletins", "figures.parquet"]


def test_without_pyarrow_one_line_names_the_extra(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow fails, as where it is not installed
    out = tmp_path / "figures.parquet"
    result = run(folder, out)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "presscan: error: writing Parquet needs pyarrow, which is not installed: pip install 'presscan[parquet]'\n"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bulletins"]
