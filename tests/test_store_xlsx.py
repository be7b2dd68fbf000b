"""Excel (-o figures.xlsx, --format xlsx): read back with openpyxl, every row is the JSON Lines record
(in CSV's columns), values a float cannot hold exactly kept as text beside the number, Chinese text in
every column that holds text; a frozen header, an autofilter, set widths, the context wrapped; a sheet
of the documents; written atomically."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import regex

from helpers import csv_view
from presscan.writers import xlsx
from presscan.writers.columns import COLUMNS
from stores import (  # noqa: F401 (table_reader: a fixture)
    TABLE_CELL,
    extract,
    jsonl_records,
    table_reader,
    write_bulletins,
)

pytestmark = pytest.mark.usefixtures("table_reader")

HAN = regex.compile(r"\p{Han}")
# Columns whose values come from a fixed English vocabulary (the schema's literals) or are numbers.
NOT_TEXT = {
    "start",
    "end",
    "line",
    "page",
    "value",
    "value_high",
    "kind",
    "qualifier",
    "period_start_year",
    "period_end_year",
    "period_start_month",
    "period_end_month",
    "period_resolved_from",
    "direction",
    "status",
    "measure",
    "table_number",
    "table_row",
    "table_column",
    "value_exact",
    "value_high_exact",
}


def run(folder: Path, output: Path, *options: str) -> Any:
    return extract("-q", "--jobs", "1", "--glob", "*.txt", "--glob", "*.tbl", str(folder), "-o", str(output), *options)


def sheet_rows(path: Path, name: str) -> list[dict[str, Any]]:
    sheet = openpyxl.load_workbook(path)[name]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def as_record(row: dict[str, Any]) -> dict[str, Any]:
    """A row of sheet `figures` as csv_view gives a record: the exact value from its text where it has one."""
    data: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {"period": {}, "table": {}}
    for name, cell in row.items():
        prefix, _, part = name.partition("_")
        if name in ("value", "value_high"):
            exact = row[f"{name}_exact"]
            data[name] = Decimal(exact) if exact is not None else (None if cell is None else Decimal(repr(cell)))
        elif name.endswith("_exact"):
            continue
        elif prefix in nested and part:
            nested[prefix][part] = cell
        elif name == "period":
            nested["period"]["text"] = cell
        else:
            data[name] = cell
    for name, fields in nested.items():
        data[name] = fields if any(value is not None for value in fields.values()) else None
    return data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_bulletins(tmp_path / "bulletins")


def test_every_row_is_the_json_lines_record(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    result = run(folder, out)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    expected = jsonl_records(str(folder))
    rows = sheet_rows(out, "figures")
    assert list(rows[0]) == xlsx.FIGURE_COLUMNS
    assert [as_record(row) for row in rows] == [csv_view(figure) for figure in expected]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bulletins", "figures.xlsx"]  # no .part left


def test_numbers_are_number_cells_and_the_exact_value_is_kept_where_a_float_rounds(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "figures.xlsx"
    run(folder, out)
    rows = {row["text"]: row for row in sheet_rows(out, "figures")}
    big = rows["12345678901234567.8亿元"]
    assert isinstance(big["value"], float) and big["value_exact"] == "1234567890123456780000000"
    fine = rows["1234567890.123456789元"]
    assert isinstance(fine["value"], float) and fine["value_exact"] == "1234567890.123456789"
    plain = rows["3256.8亿元"]
    assert (plain["value"], plain["value_exact"]) == (325680000000, None)  # exact as a number: no text
    assert rows["5.2%"]["value"] == 5.2 and rows["5.2%"]["value_exact"] is None
    ranged = next(row for row in rows.values() if row["value_high"] is not None)
    assert isinstance(ranged["value_high"], (int, float)) and ranged["value_high_exact"] is None
    assert all(isinstance(row["start"], int) for row in rows.values())


def test_chinese_text_in_every_text_column(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    run(folder, out)
    rows = sheet_rows(out, "figures")
    text_columns = [name for name in xlsx.FIGURE_COLUMNS if name not in NOT_TEXT]
    assert set(text_columns) >= {"source", "text", "unit", "subject", "base", "context", "table_row_header"}
    for name in text_columns:
        cells = [row[name] for row in rows if row[name] is not None]
        assert any(HAN.search(str(cell)) for cell in cells), f"no Chinese text in column {name}: {cells[:3]}"
    assert any(row["table_row_header"] == TABLE_CELL.row_header for row in rows)


def test_the_sheet_is_laid_out_for_reading(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.xlsx"
    run(folder, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["figures", "documents"]
    sheet = book["figures"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(xlsx.FIGURE_COLUMNS)).column_letter}{sheet.max_row}"
    assert all(cell.font.b for cell in sheet[1])
    context = xlsx.FIGURE_COLUMNS.index("context") + 1
    letter = sheet.cell(1, context).column_letter
    assert sheet.cell(2, context).alignment.wrap_text
    assert sheet.column_dimensions[letter].width > 60  # the context is wide, wrapped
    assert sheet.column_dimensions["A"].width > 20  # the source too


def test_the_documents_sheet_has_one_row_per_input(folder: Path, tmp_path: Path) -> None:
    (folder / "坏的.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "figures.xlsx"
    assert run(folder, out).exit_code == 1
    documents = {Path(row["source"]).name: row for row in sheet_rows(out, "documents")}
    expected = jsonl_records(str(folder / "河川市/2025年统计公报.txt"))
    assert documents["2025年统计公报.txt"]["figures"] == len(expected)
    assert documents["2025年统计公报.txt"]["encoding"] == "utf-8" and documents["2025年统计公报.txt"]["error"] is None
    assert documents["空白.txt"]["figures"] == 0
    assert "looks like a binary file" in documents["坏的.txt"]["error"]
    assert len(documents) == 6


def test_format_xlsx_with_another_suffix_and_not_to_stdout(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.workbook"
    assert run(folder, out, "--format", "xlsx").exit_code == 0
    assert openpyxl.load_workbook(io.BytesIO(out.read_bytes())).sheetnames == ["figures", "documents"]
    result = extract(str(folder), "--format", "xlsx")
    assert result.exit_code == 2 and "name it: -o figures.xlsx" in result.stderr


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    folder = write_bulletins(tmp_path / "bulletins", {"=SUM(A1).txt": "新增充电桩890台。\n"})
    out = tmp_path / "figures.xlsx"
    run(folder, out)
    sheet = openpyxl.load_workbook(out)["figures"]
    cell = sheet.cell(2, 1)
    assert (cell.value, cell.data_type) == (str(folder / "=SUM(A1).txt"), "s")


def test_the_exact_text_is_given_only_where_a_number_cell_would_not_show_the_value() -> None:
    assert xlsx.exact_text(Decimal("14600")) is None
    assert xlsx.exact_text(Decimal("0.333333")) is None
    assert xlsx.exact_text(Decimal("123456789012345")) is None  # 15 digits: Excel shows them all
    assert xlsx.exact_text(Decimal("1234567890123456")) == "1234567890123456"  # 16: it would not
    assert xlsx.exact_text(Decimal("0.1234567890123456")) == "0.1234567890123456"
    assert xlsx.exact_text(None) is None


def test_columns_are_csvs_with_the_exact_values_beside_them() -> None:
    assert [name for name in xlsx.FIGURE_COLUMNS if not name.endswith("_exact")] == COLUMNS
    assert xlsx.FIGURE_COLUMNS.index("value_exact") == xlsx.FIGURE_COLUMNS.index("value") + 1
