"""What the tests of the stores (SQLite, Parquet, Excel) share: a folder of bulletins whose records
fill every column with Chinese text (a table cell too, through a reader made for the tests), the
JSON Lines records of it to compare with, and each store read back as records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from helpers import read_jsonl
from presscan.cli import app
from presscan.readers import Document, ReaderFormat, ReadOptions, Region, register, unregister
from presscan.record import Figure, TableCell

runner = CliRunner()

# Sentences of our own, each filling other fields: a base, a qualifier, a range, a rate, a period,
# and values that a float cannot hold (more than 15 significant digits, integral and not).
BULLETINS = {
    "河川市/2025年统计公报.txt": (
        "河川市2025年国民经济和社会发展统计公报\n"
        "全年全市地区生产总值3256.8亿元，比上年增长5.2%。\n"
        "工业用电量占全社会用电量的61.2%。\n"
        "全年粮食产量约135万吨以上，新增就业5.62万人。\n"
    ),
    "河川市/政府工作报告.txt": (
        "今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业4万至5万人。\n全市港口吞吐能力达到3095万吨/年。\n"
    ),
    "精确/大数.txt": (
        "2025年全省存款余额12345678901234567.8亿元。\n截至年底，全省备用金余额1234567890.123456789元。\n"
    ),
    "空白.txt": "本报告无统计数字。\n",
}
# A table cell, read by the test reader below: its figure gets `table` with Chinese headers.
TABLE_FILE = ("河川市/主要指标.tbl", "PRESSCAN-TABLE\n全市充电桩890台")
TABLE_CELL = TableCell(number=1, row=2, column=3, row_header="充电桩数量", column_header="二〇二五年")


def _read_table(data: bytes, source: str, options: ReadOptions) -> Document:
    text = data.split(b"\n", 1)[1].decode("utf-8")
    return Document(source, text, "tabletest", "utf-8", regions=(Region(0, len(text), page=1, table=TABLE_CELL),))


@pytest.fixture
def table_reader() -> Iterator[None]:
    register(ReaderFormat(name="tabletest", read=_read_table, magic=(b"PRESSCAN-TABLE\n",), suffixes=(".tbl",)))
    try:
        yield
    finally:
        unregister("tabletest")


def write_bulletins(folder: Path, bulletins: dict[str, str] | None = None) -> Path:
    """`bulletins` (name: text) in `folder`; without them, BULLETINS and TABLE_FILE."""
    files = bulletins if bulletins is not None else {**BULLETINS, TABLE_FILE[0]: TABLE_FILE[1]}
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def extract(*args: str) -> Any:
    """presscan extract in this process; the result (exit code, stdout, stderr)."""
    return runner.invoke(app, ["extract", *args])


def jsonl_records(*paths: str) -> list[Figure]:
    """The JSON Lines records of `paths`, in input order: what every store must hold."""
    result = extract("-q", "--jobs", "1", "--glob", "*.txt", "--glob", "*.tbl", "-f", "jsonl", *paths)
    assert result.exit_code == 0, result.stderr
    return read_jsonl(result.stdout)


def sqlite_records(path: Path) -> list[Figure]:
    """The figures of a SQLite store as records, in the order they were written (by document, then offset)."""
    with sqlite3.connect(path) as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute("SELECT * FROM figures ORDER BY rowid").fetchall()
    connection.close()
    return [sqlite_record(dict(row)) for row in rows]


def sqlite_record(row: dict[str, Any]) -> Figure:
    """One row of `figures` as a record: the exact values from their text, the nested objects from
    their JSON columns, which must agree with their flattened columns."""
    data: dict[str, Any] = {}
    for name in Figure.model_fields:
        if name in ("period", "table"):
            nested = json.loads(row[name]) if row[name] is not None else None
            for part in ("text", "start", "end", "start_year", "number", "row", "row_header"):
                if f"{name}_{part}" in row:
                    assert row[f"{name}_{part}"] == (nested or {}).get(part), (name, part, row)
            data[name] = nested
        elif name in ("value", "value_high"):
            exact = row[f"{name}_exact"]
            data[name] = Decimal(exact) if exact is not None else None
            if exact is not None:
                assert row[name] == float(Decimal(exact)), (name, row)  # the number column is the value
        else:
            data[name] = row[name]
    return Figure.model_validate(data)


def keyed(figures: list[Figure]) -> list[Figure]:
    """Records in a fixed order: by source, then offset (a store keeps documents in the order written)."""
    return sorted(figures, key=lambda figure: (figure.source, figure.start))
