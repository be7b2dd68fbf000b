"""One bulletin as published (tests/fixtures/formats/, built by tools/build_fixtures.py): HTML, PDF, Word and text.

The gold below is written by hand from the bulletin, not from the builder's data: every figure of its
running text (value and unit) and every numeric cell of its two tables (value, unit, subject, row,
column). Each format must give exactly that (precision and recall 1.0), nothing from the page around
it, and the same running-text records (subject, value, unit) as the plain text does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import assert_records_hold
from presscan import Figure, batch, default_patterns
from presscan.cli import app
from presscan.readers import open_document

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
FORMATS = ["bulletin.txt", "bulletin.html", "bulletin.pdf", "bulletin.docx"]
runner = CliRunner()

# The figures of the running text, in order: text as written, value, unit.
RUNNING_TEXT = [
    ("2718.6亿元", "271860000000", "元"),
    ("5.4%", "5.4", "%"),
    ("186.3亿元", "18630000000", "元"),
    ("3.1%", "3.1", "%"),
    ("1042.7亿元", "104270000000", "元"),
    ("5.9%", "5.9", "%"),
    ("1489.6亿元", "148960000000", "元"),
    ("5.3%", "5.3", "%"),
    ("412.5万人", "4125000", "人"),
    ("2.3万人", "23000", "人"),
    ("6.8万人", "68000", "人"),
    ("5.1%", "5.1", "%"),
    ("318.4万亩", "3184000", "亩"),
    ("1.2万亩", "12000", "亩"),
    ("146.2万吨", "1462000", "吨"),
    ("1.8%", "1.8", "%"),
    ("287.5万吨", "2875000", "吨"),
    ("3.6%", "3.6", "%"),
    ("6.7%", "6.7", "%"),
    ("8.62万辆", "86200", "辆"),
    ("34.5%", "34.5", "%"),
    ("1260套", "1260", "套"),
    ("18.2%", "18.2", "%"),
    ("905.4亿元", "90540000000", "元"),
    ("2.6%", "2.6", "%"),
    ("1236.8亿元", "123680000000", "元"),
    ("4.9%", "4.9", "%"),
    ("48526元", "48526", "元"),
    ("4.6%", "4.6", "%"),
    ("23190元", "23190", "元"),
    ("6.2%", "6.2", "%"),
]

# The numeric cells of the tables: table, row, column, text, value, unit, subject.
# 表1 is under 单位：万吨, its growth column in %; 表2 takes its units from its row headers.
TABLE_CELLS = [
    (1, 2, 2, "143.6", "1436000", "吨", "粮食"),
    (1, 2, 3, "146.2", "1462000", "吨", "粮食"),
    (1, 2, 4, "1.8", "1.8", "%", "粮食"),
    (1, 3, 2, "277.5", "2775000", "吨", "蔬菜"),
    (1, 3, 3, "287.5", "2875000", "吨", "蔬菜"),
    (1, 3, 4, "3.6", "3.6", "%", "蔬菜"),
    (1, 4, 2, "64.9", "649000", "吨", "水果"),
    (1, 5, 2, "22.2", "222000", "吨", "肉类"),
    (1, 5, 3, "21.7", "217000", "吨", "肉类"),
    (1, 5, 4, "-2.3", "-2.3", "%", "肉类"),
    (2, 2, 2, "2718.6", "271860000000", "元", "地区生产总值"),
    (2, 2, 3, "5.4", "5.4", "%", "地区生产总值"),
    (2, 3, 2, "865.3", "86530000000", "元", "规模以上工业增加值"),
    (2, 3, 3, "6.7", "6.7", "%", "规模以上工业增加值"),
    (2, 4, 2, "1236.8", "123680000000", "元", "社会消费品零售总额"),
    (2, 4, 3, "4.9", "4.9", "%", "社会消费品零售总额"),
    (2, 5, 2, "48526", "48526", "元", "城镇居民人均可支配收入"),
    (2, 5, 3, "4.6", "4.6", "%", "城镇居民人均可支配收入"),
]

# In the PDF, page 1 ends inside the paragraph of 三、工业和建筑业, after 6.7%; the rest is on page 2.
PDF_PAGE_ONE = 19 + 10  # running-text figures up to 6.7%, and the cells of 表1


def _figures(name: str) -> list[Figure]:
    (result,) = batch.run([str(FIXTURES / name)], default_patterns())
    assert result.error is None, result.error
    return result.figures


def _running(figures: list[Figure]) -> list[Figure]:
    return [f for f in figures if f.table is None]


def _cells(figures: list[Figure]) -> list[Figure]:
    return [f for f in figures if f.table is not None]


@pytest.mark.parametrize("name", FORMATS)
def test_every_figure_is_found_with_its_value_and_unit(name: str) -> None:
    figures = _figures(name)
    got_text = [(f.text.replace("\n", ""), str(f.value), f.unit) for f in _running(figures)]
    assert got_text == [(text, str(Decimal(value)), unit) for text, value, unit in RUNNING_TEXT]
    assert [
        (f.table.number, f.table.row, f.table.column, f.text, str(f.value), f.unit, f.subject)
        for f in _cells(figures)
        if f.table is not None
    ] == [(n, r, c, text, str(Decimal(value)), unit, subject) for n, r, c, text, value, unit, subject in TABLE_CELLS]


@pytest.mark.parametrize("name", FORMATS[1:])
def test_the_running_text_reads_as_the_plain_text_does(name: str) -> None:
    def key(figures: list[Figure]) -> list[tuple[object, ...]]:
        return [(f.subject, f.value, f.unit, f.direction, f.measure, f.period and f.period.text) for f in figures]

    plain = _figures("bulletin.txt")
    figures = _figures(name)
    assert key(_running(figures)) == key(_running(plain))
    assert [(f.subject, f.value, f.unit, f.table) for f in _cells(figures)] == [
        (f.subject, f.value, f.unit, f.table) for f in _cells(plain)
    ]


@pytest.mark.parametrize("name", FORMATS)
def test_offsets_point_into_the_text_presscan_text_prints(name: str) -> None:
    path = str(FIXTURES / name)
    printed = runner.invoke(app, ["text", path])
    assert printed.exit_code == 0, printed.stderr
    assert printed.stdout == open_document(path).text
    figures = _figures(name)
    assert_records_hold(printed.stdout, figures)


def test_the_pdf_records_say_their_page() -> None:
    pages = [f.page for f in _figures("bulletin.pdf")]
    assert pages == [1] * PDF_PAGE_ONE + [2] * (len(RUNNING_TEXT) + len(TABLE_CELLS) - PDF_PAGE_ONE)
    assert {f.page for f in _figures("bulletin.html")} == {None}


def test_a_figure_broken_across_lines_of_the_pdf_is_joined() -> None:
    text = open_document(str(FIXTURES / "bulletin.pdf")).text
    # in the PDF, 增长3.1 ends a line and % starts the next; 4. and 9% too
    assert "增长3.1%；" in text and "比上年增长4.9%。" in text


@pytest.mark.parametrize("name", FORMATS[1:])
def test_nothing_of_the_page_around_the_bulletin_is_read(name: str) -> None:
    text = open_document(str(FIXTURES / name)).text
    for furniture in (
        "版权所有",
        "ICP",
        "访客",
        "浏览次数",
        "0372",
        "分享",
        "首页",
        "统计年鉴",
        "- 1 -",
        "2026年第3期",
        "第3期",
    ):
        assert furniture not in text, furniture
    assert text.splitlines()[0] == "青岚市2025年国民经济和社会发展统计公报"


def test_the_html_charset_is_the_declared_gb2312() -> None:
    assert b"charset=gb2312" in (FIXTURES / "bulletin.html").read_bytes()
    document = open_document(str(FIXTURES / "bulletin.html"))
    assert (document.format, document.encoding) == ("html", "gb18030")


def test_the_cli_reads_every_format_and_a_folder_of_them(tmp_path: Path) -> None:
    for name in FORMATS:
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    (tmp_path / "notes.csv").write_text("not read: no default glob takes it", encoding="utf-8")
    result = runner.invoke(app, ["extract", "-q", "--jobs", "2", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    sources = [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()]
    per_file = len(RUNNING_TEXT) + len(TABLE_CELLS)
    assert sources == [name for name in sorted(FORMATS) for _ in range(per_file)]
    narrowed = runner.invoke(app, ["extract", "-q", "--glob", "*.pdf", str(tmp_path)])
    assert {json.loads(line)["source"] for line in narrowed.stdout.splitlines()} == {str(tmp_path / "bulletin.pdf")}


def test_presscan_text_of_several_inputs_names_each(tmp_path: Path) -> None:
    result = runner.invoke(app, ["text", str(FIXTURES / "bulletin.html"), str(FIXTURES / "scanned.pdf")])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"==> {FIXTURES / 'bulletin.html'} <==\n青岚市2025年")
    assert result.stderr == f"presscan: error: {FIXTURES / 'scanned.pdf'}: no text layer (scanned PDF?)\n"
    as_json = runner.invoke(app, ["text", "--format", "jsonl", str(FIXTURES / "bulletin.docx")])
    (line,) = as_json.stdout.splitlines()
    assert json.loads(line)["format"] == "docx" and json.loads(line)["text"] == (FIXTURES / "bulletin.txt").read_text(
        encoding="utf-8"
    )


def test_the_fixtures_are_what_the_builder_makes(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="reportlab builds the PDF fixtures: pip install '.[test]'")
    tool = Path(__file__).parents[1] / "tools" / "build_fixtures.py"
    subprocess.run([sys.executable, str(tool), str(tmp_path)], check=True, capture_output=True)
    for path in sorted(FIXTURES.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_the_readme_example_of_reading_a_file_prints_what_it_shows() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = next(b for b in readme.split("## Library", 1)[1].split("```python\n")[1:] if "open_document" in b)
    code = block.split("```", 1)[0]
    expected = "\n".join(line[2:] for line in code.splitlines() if line.startswith("# "))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1], timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip("\n") == expected
