"""`presscan patterns`: every loaded word with the file it came from, as TSV, JSON or a table (--format)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from presscan import default_patterns, load_patterns
from presscan.cli import EXIT_PATTERNS, app
from presscan.listing import COLUMNS, rows, write_table

runner = CliRunner()


def test_rows_cover_every_section_with_its_file() -> None:
    found = list(rows(default_patterns()))
    sections = {row.section for row in found}
    assert {
        "unit",
        "magnitude",
        "qualifier_before",
        "qualifier_inside",
        "qualifier_after",
        "prefix",
        "phrase",
    } <= sections
    by_surface = {(row.section, row.surface): row for row in found}
    assert by_surface[("unit", "千瓦小时")].unit == "千瓦时"
    assert by_surface[("unit", "千瓦小时")].file == "units.toml"
    assert by_surface[("magnitude", "亿")].unit == "100000000"
    assert by_surface[("qualifier_after", "以上")].kind == "at_least"
    assert by_surface[("prefix", "百分之")].file == "number_words.toml"
    assert len(found) == len(set(by_surface))


def test_piped_output_is_tsv_with_a_header() -> None:
    result = runner.invoke(app, ["patterns"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert "unit\t辆\t辆\tcount\tunits.toml" in lines
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)


def test_user_file_rows_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "my-units.toml"
    path.write_text('[units]\n"罐" = { kind = "count" }\n\n[qualifiers.before]\n"约莫" = "approx"\n', encoding="utf-8")
    result = runner.invoke(app, ["patterns", "--patterns", str(path), "--json"])
    assert result.exit_code == 0, result.output
    mine = [row for row in json.loads(result.stdout) if row["file"] == str(path)]
    assert mine == [
        {"section": "unit", "surface": "罐", "unit": "罐", "kind": "count", "file": str(path)},
        {"section": "qualifier_before", "surface": "约莫", "unit": "", "kind": "approx", "file": str(path)},
    ]


def test_broken_user_file_is_one_line_naming_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[units]\n"罐" = { kind = "Count!" }\n', encoding="utf-8")
    result = runner.invoke(app, ["patterns", "-p", str(path)])
    assert result.exit_code == EXIT_PATTERNS
    assert result.stdout == ""
    assert str(path) in result.stderr and "units.罐.kind" in result.stderr
    assert result.stderr.count("\n") == 1


def test_table_lists_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "more.toml"
    path.write_text('[units]\n"罐" = { kind = "count" }\n', encoding="utf-8")
    stream = io.StringIO()
    write_table(rows(load_patterns([path])), stream)
    table = stream.getvalue()
    assert "presscan patterns" in table and "千瓦时" in table and "罐" in table


def test_format_chooses_the_output_and_json_is_kept() -> None:
    tsv = runner.invoke(app, ["patterns", "--format", "tsv"])
    assert tsv.stdout == runner.invoke(app, ["patterns"]).stdout  # piped: tab-separated lines
    as_json = runner.invoke(app, ["patterns", "-f", "json"])
    assert as_json.exit_code == 0, as_json.stderr
    assert as_json.stdout == runner.invoke(app, ["patterns", "--json"]).stdout
    assert len(json.loads(as_json.stdout)) == len(tsv.stdout.splitlines()) - 1  # the header
    table = runner.invoke(app, ["patterns", "-f", "table"], env={"COLUMNS": "120"})
    assert "presscan patterns" in table.stdout and "千瓦时" in table.stdout


def test_a_format_patterns_does_not_write_is_a_usage_error() -> None:
    result = runner.invoke(app, ["patterns", "-f", "text"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "presscan: error: unknown format 'text'; choose one of table, tsv, json\n"
