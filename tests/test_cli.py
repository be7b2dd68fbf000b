"""The command line, through typer's runner on real files, and once as the installed script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan.cli import app

REPO = Path(__file__).resolve().parents[1]
BULLETIN = REPO / "samples" / "bulletin.txt"
runner = CliRunner()

TEXT = "全年新增新能源汽车1.46 万辆，增长36.8%。\n全市用电量216.4亿千瓦时。\n"


@pytest.fixture
def bulletin(tmp_path: Path) -> Path:
    path = tmp_path / "bulletin.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


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


def test_schema_is_json_with_the_record_fields() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"value", "unit", "start", "end", "text", "kind", "qualifier"} <= set(schema["properties"])
    assert schema["properties"]["value"]["type"] == "number"


def test_missing_file_is_one_line_naming_it_and_the_others_are_processed(bulletin: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-bulletin.txt"
    result = runner.invoke(app, ["extract", str(missing), str(bulletin)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert str(missing) in lines[0]
    assert len(jsonl(result.stdout)) == 3


def test_fail_fast_stops_at_the_first_unreadable_input(bulletin: Path, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-bulletin.txt"
    result = runner.invoke(app, ["extract", "--fail-fast", str(missing), str(bulletin)])
    assert result.exit_code == 1
    assert result.stdout == ""


def test_broken_pattern_file_exits_3_naming_the_file(bulletin: Path, tmp_path: Path) -> None:
    broken = tmp_path / "my-units.toml"
    broken.write_text("[units]\n罐 = {kind = \n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--patterns", str(broken), str(bulletin)])
    assert result.exit_code == 3
    assert str(broken) in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""


def test_user_pattern_file_adds_a_unit(tmp_path: Path) -> None:
    units = tmp_path / "my-units.toml"
    units.write_text('[units]\n"罐" = { kind = "count" }\n', encoding="utf-8")
    text = tmp_path / "cans.txt"
    text.write_text("全年生产了12罐。\n", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(text)]).stdout == ""
    result = runner.invoke(app, ["extract", "-p", str(units), str(text)])
    assert result.exit_code == 0, result.stderr
    assert [(r["value"], r["unit"]) for r in jsonl(result.stdout)] == [(12, "罐")]


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


def test_gbk_input_is_detected(tmp_path: Path) -> None:
    legacy = tmp_path / "gbk.txt"
    legacy.write_bytes("全年新增新能源汽车1.46万辆。".encode("gbk"))
    result = runner.invoke(app, ["extract", str(legacy)])
    assert result.exit_code == 0
    assert [r["value"] for r in jsonl(result.stdout)] == [14600]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("presscan ")


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


def test_python_dash_m_presscan_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "presscan", "--help"], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "extract" in done.stdout and "schema" in done.stdout


def test_output_into_a_missing_folder_exits_4_naming_it(bulletin: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "figures.jsonl"
    result = runner.invoke(app, ["extract", str(bulletin), "-o", str(out)])
    assert result.exit_code == 4
    assert str(out) in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not out.parent.exists()


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


def test_one_job_or_many_give_the_same_records_in_input_order(tmp_path: Path) -> None:
    names = []
    for index in range(12):
        path = tmp_path / f"{index:02d}.txt"
        path.write_text(f"新建充电桩{index + 1}台。", encoding="utf-8")
        names.append(str(path))
    one = runner.invoke(app, ["extract", "--jobs", "1", *names])
    many = runner.invoke(app, ["extract", "--jobs", "3", *names])
    assert one.exit_code == many.exit_code == 0
    assert one.stdout == many.stdout
    assert [r["value"] for r in jsonl(one.stdout)] == list(range(1, 13))


def test_the_console_script_runs_the_collector_less_often_and_the_library_leaves_it_alone() -> None:
    """presscan.collector: the CLI's process tunes Python's cycle collector; a
    program that calls presscan.extract keeps its own settings."""
    probe = (
        "import gc, sys\n"
        "print(gc.get_threshold())\n"
        "from presscan import cli, extract\n"
        "extract('全省建成充电桩890台。')\n"
        "print(gc.get_threshold())\n"
        "sys.argv = ['presscan', '--version']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_threshold())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from presscan.collector import THRESHOLDS

    python_default, library, _version, console_script = done.stdout.splitlines()
    assert library == python_default
    assert console_script == str(THRESHOLDS)
