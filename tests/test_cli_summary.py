"""`presscan summary`: counts per file and overall, the top subjects, the largest value of each unit;
a table on a terminal, plain text when piped, JSON; --format like every command, --json kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan.cli import app

runner = CliRunner()


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("presscan: error: ")]


def test_summary_as_json_counts_per_file_and_overall(bulletins: Path) -> None:
    result = runner.invoke(app, ["summary", "--format", "json", "--jobs", "1", str(bulletins)])
    assert result.exit_code == 1  # the two bad files
    assert len(error_lines(result.stderr)) == 2
    data = json.loads(result.stdout)
    by_file = {Path(f["source"]).name: f for f in data["files"]}
    assert by_file["a-utf8.txt"]["figures"] == 2 and by_file["a-utf8.txt"]["units"] == {"台": 1, "辆": 1}
    assert by_file["empty.txt"]["figures"] == 0
    total = data["total"]
    assert (total["files"], total["files_with_errors"], total["figures"]) == (7, 2, 8)
    assert total["kinds"]["count"] == 4 and total["units"]["吨"] == 1
    assert total["largest"]["辆"]["value"] == 14600
    assert total["largest"]["千瓦时"] == {
        "value": 21640000000,
        "text": "216.4亿千瓦时",
        "source": str(bulletins / "d-utf16.txt"),
        "line": 1,
        "subject": total["largest"]["千瓦时"]["subject"],
    }


@pytest.fixture
def two_files(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("全省建成充电桩890台，新能源车1.46万辆。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("新能源车2.1万辆，增长5.4%。", encoding="utf-8")
    return tmp_path


def test_summary_as_text_when_piped(two_files: Path) -> None:
    result = runner.invoke(app, ["summary", str(two_files)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        f"{two_files / 'a.txt'}: 2 figures (count 2)",
        f"{two_files / 'b.txt'}: 2 figures (count 1, percent 1)",
        "total: 2 files, 4 figures",
        "by kind: count 3, percent 1",
    ]
    assert "  辆: 21,000 (2.1万辆" in result.stdout
    assert runner.invoke(app, ["summary", "-f", "text", str(two_files)]).stdout == result.stdout


def test_summary_as_a_table(two_files: Path) -> None:
    result = runner.invoke(app, ["summary", "--format", "table", str(two_files)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    assert "per unit" in result.stdout and "top subjects" in result.stdout
    assert "890" in result.stdout and "21,000" in result.stdout and "2.1万辆" in result.stdout


def test_json_is_kept_for_the_scripts_that_ask_for_it(two_files: Path) -> None:
    asked = runner.invoke(app, ["summary", "--json", str(two_files)])
    assert asked.exit_code == 0, asked.stderr
    assert asked.stdout == runner.invoke(app, ["summary", "-f", "json", str(two_files)]).stdout
    assert json.loads(asked.stdout)["total"]["figures"] == 4
    assert runner.invoke(app, ["summary", "--json", "-f", "json", str(two_files)]).stdout == asked.stdout
    assert "--json" not in runner.invoke(app, ["summary", "--help"]).stdout  # hidden: --format is the way


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param(["-f", "xml"], "unknown format 'xml'; choose one of table, text, json", id="unknown format"),
        pytest.param(["-f", "tsv"], "unknown format 'tsv'; choose one of table, text, json", id="patterns' format"),
        pytest.param(["--json", "-f", "text"], "--json asks for --format json, not text: give one of them", id="both"),
    ],
)
def test_a_format_summary_does_not_write_is_a_usage_error(two_files: Path, options: list[str], message: str) -> None:
    result = runner.invoke(app, ["summary", *options, str(two_files)])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"presscan: error: {message}\n")


RATES = "全市原油加工能力达到3095万吨/年，比上年提高5.2%；全年生产钢材5吨。\n"


@pytest.mark.parametrize("fmt", ["text", "json", "table"])
def test_a_rate_is_listed_under_its_unit_once(tmp_path: Path, fmt: str) -> None:
    """3095万吨/年 has the unit 吨/年 (per 年): the summary lists it under 吨/年, not 吨/年/年."""
    path = tmp_path / "rates.txt"
    path.write_text(RATES, encoding="utf-8")
    result = runner.invoke(app, ["summary", "-f", fmt, str(path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    assert "吨/年/年" not in result.stdout
    if fmt == "json":
        total = json.loads(result.stdout)["total"]
        assert total["units"] == {"%": 1, "吨": 1, "吨/年": 1}
        assert total["largest"]["吨/年"]["value"] == 30950000
    elif fmt == "text":
        assert "by unit: % 1, 吨 1, 吨/年 1\n" in result.stdout
        assert "  吨/年: 30,950,000 (3095万吨/年" in result.stdout
    else:
        assert "吨/年" in result.stdout and "30,950,000" in result.stdout


def test_a_unit_without_its_denominator_gets_it() -> None:
    """Records built by hand (the library) may leave the denominator out of the unit."""
    from presscan import extract
    from presscan.summary import unit_label

    (rate,) = extract("原油加工能力达到3095万吨/年。")
    assert (rate.unit, rate.per, unit_label(rate)) == ("吨/年", "年", "吨/年")
    assert unit_label(rate.model_copy(update={"unit": "吨"})) == "吨/年"
    # a denominator written before the number: the unit as written with it, the denominator in per
    (price,) = extract("玉米收购价格每吨2300元。")
    assert (price.unit, price.per, price.kind, unit_label(price)) == ("元", "吨", "rate", "元/吨")


def test_the_largest_value_presscan_reads(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("9" * 28 + "万亿吨", encoding="utf-8")
    result = runner.invoke(app, ["summary", "-f", "json", str(path)])
    assert result.exit_code == 0, result.stderr
    value = int("9" * 28 + "0" * 12)
    assert json.loads(result.stdout)["total"]["largest"]["吨"]["value"] == value
    text = runner.invoke(app, ["summary", "-f", "text", str(path)])
    assert f"  吨: {value:,} (" in text.stdout


@pytest.mark.parametrize("fmt", ["text", "table"])
def test_a_figure_broken_across_lines_is_shown_on_one(tmp_path: Path, fmt: str) -> None:
    """795\\n96万吨 is one figure; the summary shows it joined, not as two lines of the list."""
    path = tmp_path / "wrapped.txt"
    path.write_text(
        "全市自来水日供应能力保持稳定，全年供水总量795\n96万吨，比上年增长3.5%，供水管道长度达到1200公里。\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["summary", "-f", fmt, str(path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    assert "79596万吨" in result.stdout
    assert not any(line.strip().startswith("96万吨") for line in result.stdout.splitlines())


def test_a_figure_with_no_unit_is_counted_under_its_kind(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("常住人口性别比为104.2。全市常住人口1200万人。", encoding="utf-8")
    result = runner.invoke(app, ["summary", "--format", "json", str(tmp_path / "p.txt")])
    assert result.exit_code == 0
    total = json.loads(result.stdout)["total"]
    assert total["units"] == {"(number)": 1, "人": 1}
    assert total["largest"]["(number)"]["value"] == 104.2
