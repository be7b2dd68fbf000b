"""`presscan extract`, through typer's runner on real files, and as the installed script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import BULLETIN, REPO
from helpers import jsonl
from presscan.cli import app

runner = CliRunner()

TEXT = "全年新增新能源汽车1.46 万辆，增长36.8%。\n全市用电量216.4亿千瓦时。\n"


@pytest.fixture
def bulletin(tmp_path: Path) -> Path:
    path = tmp_path / "bulletin.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_jsonl_is_the_default_when_stdout_is_not_a_terminal(bulletin: Path) -> None:
    result = runner.invoke(app, ["extract", str(bulletin)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    records = jsonl(result.stdout)
    assert [(r["text"], r["value"], r["unit"]) for r in records] == [
        ("1.46 万辆", 14600, "辆"),
        ("36.8%", 36.8, "%"),
        ("216.4亿千瓦时", 21640000000, "千瓦时"),
    ]
    assert all(r["source"] == str(bulletin) for r in records)
    assert all(TEXT[r["start"] : r["end"]] == r["text"] for r in records)


def test_format_jsonl_is_one_record_per_line(bulletin: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(bulletin)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert [r["line"] for r in jsonl(result.stdout)] == [1, 1, 2]


def test_format_json_is_one_array(bulletin: Path) -> None:
    result = runner.invoke(app, ["extract", "-f", "json", str(bulletin)])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert [r["value"] for r in records] == [14600, 36.8, 21640000000]


def test_format_csv_has_a_header_and_one_row_per_figure(bulletin: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "csv", str(bulletin)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["text"], r["value"], r["unit"], r["kind"]) for r in rows] == [
        ("1.46 万辆", "14600", "辆", "count"),
        ("36.8%", "36.8", "%", "percent"),
        ("216.4亿千瓦时", "21640000000", "千瓦时", "energy"),
    ]


def test_json_keeps_chinese_readable(bulletin: Path) -> None:
    for fmt in ("jsonl", "json"):
        result = runner.invoke(app, ["extract", "--format", fmt, str(bulletin)])
        assert "\\u" not in result.stdout
        assert "千瓦时" in result.stdout


@pytest.mark.parametrize(("suffix", "fmt"), [(".jsonl", "jsonl"), (".json", "json"), (".csv", "csv")])
def test_output_file_format_follows_its_suffix(bulletin: Path, tmp_path: Path, suffix: str, fmt: str) -> None:
    out = tmp_path / f"figures{suffix}"
    result = runner.invoke(app, ["extract", str(bulletin), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert len(jsonl(written)) == 3
    elif fmt == "json":
        assert len(json.loads(written)) == 3
    else:
        assert written.startswith("source,start,end,")
        assert len(written.splitlines()) == 4
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_output_file_with_an_unknown_suffix_needs_a_format(bulletin: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.txt"
    result = runner.invoke(app, ["extract", str(bulletin), "-o", str(out)])
    assert result.exit_code == 2
    assert str(out) in result.stderr and "--format" in result.stderr
    assert not out.exists()
    fixed = runner.invoke(app, ["extract", str(bulletin), "-o", str(out), "--format", "jsonl"])
    assert fixed.exit_code == 0
    assert len(jsonl(out.read_text(encoding="utf-8"))) == 3


def test_unknown_format_is_a_usage_error(bulletin: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "xml", str(bulletin)])
    assert result.exit_code == 2
    assert "xml" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(("fmt", "expected"), [("jsonl", ""), ("json", "[]\n")])
def test_empty_file_gives_no_records(tmp_path: Path, fmt: str, expected: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", "--format", fmt, str(empty)])
    assert result.exit_code == 0
    assert result.stdout == expected
    assert result.stderr == ""


def test_stdin_is_read_with_a_dash() -> None:
    result = runner.invoke(app, ["extract", "-"], input=TEXT)
    assert result.exit_code == 0
    assert [r["source"] for r in jsonl(result.stdout)] == ["-", "-", "-"]


def test_folders_are_walked_for_txt_and_md(tmp_path: Path) -> None:
    folder = tmp_path / "bulletins"
    (folder / "2025").mkdir(parents=True)
    (folder / "a.txt").write_text("建成5G基站1.1万座。", encoding="utf-8")
    (folder / "2025" / "b.md").write_text("新增绿地面积560公顷。", encoding="utf-8")
    (folder / "c.csv").write_text("新增就业5.62万人", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0
    # sub-folders included, other suffixes skipped
    assert sorted((Path(r["source"]).name, r["unit"]) for r in jsonl(result.stdout)) == [
        ("a.txt", "座"),
        ("b.md", "公顷"),
    ]


def test_excel_csv_has_a_byte_order_mark_and_guards_formulas(tmp_path: Path) -> None:
    text = tmp_path / "negative.txt"
    text.write_text("自然增长率为-2.41‰。", encoding="utf-8")
    out = tmp_path / "figures.csv"
    result = runner.invoke(app, ["extract", "--excel", str(text), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())
    (row,) = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
    assert row["text"] == "'-2.41‰"
    plain = runner.invoke(app, ["extract", "--format", "csv", str(text)])
    assert not plain.stdout.startswith("\ufeff")
    assert ",-2.41‰," in plain.stdout


def test_installed_script_on_the_sample_bulletin(presscan_script: Path) -> None:
    done = subprocess.run(
        [str(presscan_script), "extract", str(BULLETIN)], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert len(lines) > 20
    for line in lines:
        record = json.loads(line)
        assert {"text", "value", "unit", "kind", "start", "end"} <= set(record)
    original = BULLETIN.read_text(encoding="utf-8")
    for record in map(json.loads, lines):
        assert original[record["start"] : record["end"]] == record["text"]


def test_installed_script_reports_a_missing_file(presscan_script: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = subprocess.run(
        [str(presscan_script), "extract", str(missing), str(BULLETIN)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and str(missing) in done.stderr
    assert done.stdout.count("\n") > 20


# The terminal table: each row shows its figure in a window of its sentence, centred on the figure.

LONG_SENTENCE = (
    "据统计，在经历了持续的结构调整和产业升级之后，全省规模以上工业企业今年以来"
    "累计实现营业收入1.46万亿元，增速比上半年加快，比全国平均水平高出不少，为全年目标的完成打下了坚实基础。"
)
AFTER_A_HEADING = (
    "河川市2025年国民经济和社会发展统计公报\n河川市统计局\n一、综合\n"
    "初步核算，全年全市地区生产总值３２５６.８亿元，比上年增长5.2%。"
)


def table_rows(text: str, tmp_path: Path, columns: int = 100) -> list[tuple[str, str]]:
    """(line, figure in context) of each row of `presscan extract -f table` on `text`."""
    path = tmp_path / "bulletin.txt"
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", "-f", "table", str(path)], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    rows = [line.split("│") for line in result.stdout.splitlines() if line.startswith("│")]
    return [(cells[1].strip(), cells[2].strip()) for cells in rows if cells[1].strip()]  # not a wrapped line


def test_a_figure_far_into_a_long_sentence_has_words_on_both_sides(tmp_path: Path) -> None:
    (row,) = table_rows(LONG_SENTENCE, tmp_path)
    shown = row[1]
    assert shown.startswith("…") and shown.endswith("…")
    before, _, after = shown[1:-1].partition("1.46万亿元")
    assert before and after, shown
    assert LONG_SENTENCE.index(before) + len(before) == LONG_SENTENCE.index("1.46万亿元")
    assert LONG_SENTENCE.startswith(after, LONG_SENTENCE.index("1.46万亿元") + len("1.46万亿元"))
    assert abs(len(before) - len(after)) <= 1  # centred: as many characters on each side


ALL_COLUMNS = ["line", "figure in context", "value", "unit", "kind", "qualifier", "subject", "period"]
DROPPED_FIRST = ["kind", "qualifier", "period", "line"]


@pytest.mark.parametrize(("columns", "fewest_dropped"), [(60, 3), (80, 1), (200, 0)])
def test_a_narrow_terminal_drops_columns_rather_than_cut_the_subject(
    tmp_path: Path, columns: int, fewest_dropped: int
) -> None:
    path = tmp_path / "bulletin.txt"
    path.write_text("初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.2%。", encoding="utf-8")
    result = runner.invoke(app, ["extract", "-f", "table", str(path)], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("┃"))
    # a header cut to its column ("figure in conte…") is still that column
    cut = [cell.strip().rstrip("…") for cell in header.strip("┃").split("┃")]
    headers = [next(name for name in ALL_COLUMNS if name.startswith(start)) for start in cut]
    assert [name for name in ALL_COLUMNS if name in headers] == headers
    dropped = [name for name in DROPPED_FIRST if name not in headers]
    assert dropped == DROPPED_FIRST[: len(dropped)]  # the least needed go first, in order
    assert len(dropped) >= fewest_dropped
    assert "│ 地区生产总值 " in next(line for line in lines if line.startswith("│"))  # never cut
    assert max(len(line) for line in lines) <= columns


def test_a_figure_after_a_heading_block_keeps_its_context(tmp_path: Path) -> None:
    """The context is the sentence normalised (３２５６.８ reads 3256.8 there): the figure is found in it."""
    first, second = table_rows(AFTER_A_HEADING, tmp_path)
    assert "生产总值3256.8亿元，比上年" in first[1]
    assert first[1] != "３２５６.８亿元"
    assert second[1].endswith("比上年增长5.2%。")


def test_the_same_text_twice_in_a_sentence_is_shown_where_each_stands(tmp_path: Path) -> None:
    rows = table_rows("全年粮食产量增长5.2%，其中夏粮增长3.1%，秋粮增长5.2%，创历史新高。", tmp_path, columns=160)
    assert [shown for _, shown in rows] == [
        "全年粮食产量增长5.2%，其中夏粮增长3.1%，秋粮增长5.2%，创历史新高。",
    ] * 3  # a short sentence is shown whole in each row
    first, _, third = table_rows("全年粮食产量增长5.2%，其中夏粮增长3.1%，秋粮增长5.2%，创历史新高。", tmp_path, 80)
    assert "产量增长5.2%，其中" in first[1]
    assert "秋粮增长5.2%，创" in third[1]  # the second 5.2%, not the first again


def test_the_window_fits_its_cells_and_centres_the_figure() -> None:
    from rich.cells import cell_len

    from presscan import extract
    from presscan.writers.table import locate_in_contexts, window

    figures = extract(LONG_SENTENCE)
    (place,) = locate_in_contexts(figures)
    assert place is not None and place.context[place.start : place.end] == "1.46万亿元"
    for cells in (10, 24, 31, 60, 400):
        before, figure, after = window(place, cells, cell_len)
        assert figure == "1.46万亿元"
        assert cell_len(before + figure + after) <= max(cells, cell_len(figure))
        if before.startswith("…") and after.endswith("…"):
            assert abs(cell_len(before) - cell_len(after)) <= 2
    before, _, after = window(place, 400, cell_len)
    assert before + "1.46万亿元" + after == LONG_SENTENCE  # room for all: nothing cut


def test_a_table_goes_to_a_terminal_not_to_a_file(bulletin: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(bulletin), "-f", "table", "-o", str(tmp_path / "out.jsonl")])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "presscan: error: --format table is for a terminal; write json, jsonl, csv, xlsx, sqlite or parquet to a file\n"
    )
    assert not (tmp_path / "out.jsonl").exists()


def test_values_in_a_table_are_exact_and_whole(tmp_path: Path) -> None:
    """The largest value presscan reads, and a tiny one: written out exactly, never cut or rounded."""
    path = tmp_path / "extreme.txt"
    path.write_text("9" * 28 + "万亿吨，增长0.000000001%。", encoding="utf-8")
    result = runner.invoke(app, ["extract", "-f", "table", str(path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    assert f"│ {int('9' * 28) * 10**12:,} │" in result.stdout
    assert " 0.000000001 │" in result.stdout


def _periods(output: str) -> list[tuple[str, int | None, str | None]]:
    return [(r["period"]["text"], r["period"]["start_year"], r["period"]["resolved_from"]) for r in jsonl(output)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_year_option_resolves_relative_periods_where_the_text_gives_no_year(tmp_path: Path, jobs: str) -> None:
    """--year reaches every input, in this process and in worker processes; a text's own year wins."""
    undated = tmp_path / "a.txt"
    undated.write_text("今年全市地区生产总值增长5.2%，去年增长4.8%。\n", encoding="utf-8")
    dated = tmp_path / "b.txt"
    dated.write_text("市统计局新闻发布会\n2019年7月16日\n\n今年上半年全市地区生产总值增长6.1%。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--year", "2024", "--jobs", jobs, "-f", "jsonl", str(undated), str(dated)])
    assert result.exit_code == 0, result.output
    assert _periods(result.stdout) == [
        ("今年", 2024, "option"),
        ("去年", 2023, "option"),
        ("今年上半年", 2019, "document"),
    ]
    without = runner.invoke(app, ["extract", "-f", "jsonl", str(undated)])
    assert _periods(without.stdout) == [("今年", None, None), ("去年", None, None)]


def test_a_year_out_of_range_is_a_usage_error(bulletin: Path) -> None:
    result = runner.invoke(app, ["extract", "--year", "26", str(bulletin)])
    assert result.exit_code == 2
    assert "--year" in result.output
