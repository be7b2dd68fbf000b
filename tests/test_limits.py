"""Limits and linearity: the work grows linearly with hostile input (counted in Python lines executed,
which is exact, and in CPU time), huge inputs stay in bounded memory, the size and time limits name
the input and let the others go on, and a batch gives byte-identical output whatever --jobs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from helpers import (
    cpu_seconds,
    jsonl,
    python_lines,
    run_measured,
)
from presscan import default_patterns, extract
from presscan.cli import app

runner = CliRunner()


HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "percent signs": lambda n: "%" * n,
    "约": lambda n: "约" * n,
    "约 before a figure": lambda n: "约" * n + "5吨",
    "digits before a unit": lambda n: "1" * n + "吨",
    "numeral characters": lambda n: "一" * n,
    "full-width digits": lambda n: "１" * n + "％",
    "line breaks of every kind": lambda n: "\r\n\r\u2028\u2029\x0b\x0c" * (n // 7),
    "zero-width spaces and joiners": lambda n: "1\u200b\u200d" * (n // 3) + "吨",
    "combining marks": lambda n: "1\u0301" * (n // 2) + "吨",
    "ranges": lambda n: "1-" * (n // 2) + "1%",
    "quotes": lambda n: "“三项”" * (n // 4),
    # figures everywhere: their Python work is counted below, their time is test_properties' business
    "emoji": lambda n: "😀1吨。" * (n // 4),
    "spaced paragraph": lambda n: "今 年 要 做 的 1 0 项 。" * (n // 18),
    "figures in sentences": lambda n: "1吨。" * (n // 3),
    "bulletin": lambda n: "全年全市地区生产总值3256.8亿元，比上年增长5.2%。\n" * (n // 30),
}

FIGURE_ROWS = ("emoji", "spaced paragraph", "figures in sentences", "bulletin")

MANY_FIGURES: dict[str, Callable[[int], str]] = {
    "figures in one sentence (1%1%1%...)": lambda n: "1%" * (n // 2),
    "alternating digits and units": lambda n: "1吨" * (n // 2),
    "a list of figures in one sentence": lambda n: "1%，" * (n // 3),
    "figures with no punctuation": lambda n: "增长5.2%充电桩890台" * (n // 13),
    "emoji between figures": lambda n: "😀1吨" * (n // 3),
}

LINE_ROWS = [
    *(pytest.param(make, id=name) for name, make in HOSTILE.items()),
    *(pytest.param(make, id=name) for name, make in MANY_FIGURES.items()),
]


@pytest.mark.parametrize("make", LINE_ROWS)
def test_hostile_input_costs_linear_python_work(make: Callable[[int], str]) -> None:
    extract(make(400))  # loads what extraction needs
    small, large = python_lines(lambda: extract(make(400))), python_lines(lambda: extract(make(1600)))
    # exact counts: linear work is 4x (plus a constant); 5x is already super-linear
    assert large <= 5 * max(small, 100), (small, large)


@pytest.mark.parametrize(
    "make",
    [HOSTILE[name] for name in HOSTILE if name not in FIGURE_ROWS],
    ids=[n for n in HOSTILE if n not in FIGURE_ROWS],
)
def test_hostile_input_costs_linear_cpu_time(make: Callable[[int], str]) -> None:
    extract(make(100))
    small = cpu_seconds(lambda: extract(make(8_000)), repeat=3)
    large = cpu_seconds(lambda: extract(make(32_000)), repeat=1)
    # 4x the input may cost about 4x the time; 12x leaves room for a noisy machine
    assert large <= 12 * max(small, 0.005), (small, large)


def test_a_long_digit_run_before_a_unit_costs_linear_time() -> None:
    from presscan.match import find_figures

    patterns = default_patterns()
    small = cpu_seconds(lambda: find_figures("1" * 30_000 + "吨", patterns), repeat=3)
    large = cpu_seconds(lambda: find_figures("1" * 120_000 + "吨", patterns), repeat=1)
    assert large <= 10 * max(small, 0.005), (small, large)


def test_a_long_line_and_a_million_digits(presscan_script: Path, tmp_path: Path) -> None:
    """Hostile runs and figures at the start, in the middle and at the end of one 500 KB line, and
    a file of a million digits (a 50 MB line takes minutes: measured by hand, see the README)."""
    figures = ["3256.8亿元", "增长5.2%", "充电桩890台"]
    walls = ["%" * 50_000, "约" * 25_000, "1" * 50_000 + "。", "一" * 25_000, "地区生产总值" * 12_000, "a" * 50_000]
    text = figures[0] + "".join(walls[:3]) + figures[1] + "".join(walls[3:]) + figures[2]
    path = tmp_path / "one-line.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 500_000 and "\n" not in text, path.stat().st_size
    digits = tmp_path / "digits.txt"
    digits.write_text("1" * 10**6, encoding="utf-8")
    code, out, err, peak = run_measured([str(presscan_script), "extract", str(digits), str(path)])
    assert (code, err) == (0, ""), err
    records = jsonl(out)
    assert [r["text"] for r in records] == ["3256.8亿元", "5.2%", "890台"]
    assert [r["start"] for r in records] == [0, text.index("5.2%"), len(text) - 4]
    assert peak < 1000, peak  # about 300 MB: jieba's dictionary and a few copies of the text


def test_an_endless_input_stops_at_the_size_limit(presscan_script: Path) -> None:
    """/dev/zero never ends: presscan reads up to its size limit and stops, memory stays bounded."""
    code, out, err, peak = run_measured([str(presscan_script), "extract", "/dev/zero", "--max-size", "16"])
    assert (code, out) == (1, "")
    assert err == (
        "presscan: error: /dev/zero: larger than 16 MB, the most presscan reads from one input"
        " (split it, or raise the limit with --max-size)\n"
    )
    assert peak < 300, peak


def test_the_size_limit_names_the_file_and_the_others_go_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("充电桩890台。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("新增5吨。" + " " * 2 * 2**20, encoding="utf-8")
    result = runner.invoke(app, ["extract", "-q", "--max-size", "1", str(tmp_path)])
    assert result.exit_code == 1
    assert [r["text"] for r in jsonl(result.stdout)] == ["890台"]
    assert result.stderr == (
        f"presscan: error: {tmp_path / 'b.txt'}: larger than 1 MB, the most presscan reads from one input"
        " (split it, or raise the limit with --max-size)\n"
    )
    result = runner.invoke(app, ["extract", "-q", "--max-size", "0.001", "-"], input="充电桩890台。" * 100)
    assert result.exit_code == 1 and "-: larger than 0.001 MB" in result.stderr


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_past_the_time_limit_is_reported_and_the_others_go_on(tmp_path: Path, jobs: str) -> None:
    (tmp_path / "a.txt").write_text("充电桩890台。", encoding="utf-8")
    # 100 000 figures: seconds of work on any build; the limit stops it after 0.3 s, so the test stays short
    (tmp_path / "b.txt").write_text("1%" * 100_000, encoding="utf-8")
    (tmp_path / "c.txt").write_text("新增5吨。", encoding="utf-8")
    result = runner.invoke(app, ["extract", "-q", "--jobs", jobs, "--timeout", "0.3", str(tmp_path)])
    assert result.exit_code == 1
    assert [r["text"] for r in jsonl(result.stdout)] == ["890台", "5吨"]
    assert result.stderr == (
        f"presscan: error: {tmp_path / 'b.txt'}: extraction took longer than 0.3 s, the time limit for this input"
        " (split it, or raise the limit with --timeout)\n"
    )


def test_a_folder_of_10000_files(tmp_path: Path) -> None:
    root = tmp_path / "bulletins"
    root.mkdir()
    for index in range(10_000):
        text = f"第{index}期：新增{index}吨。" if index % 500 == 0 else ""
        (root / f"{index:05d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "--jobs", "1", str(root), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("presscan: 10000 files read, 20 figures, 0 with errors, ")
    records = jsonl(out.read_text(encoding="utf-8"))
    assert [(r["source"], r["value"]) for r in records] == [
        (str(root / f"{index:05d}.txt"), index) for index in range(0, 10_000, 500)
    ]


@pytest.fixture(scope="module")
def many_bulletins(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 bulletins: the samples, edited so that no two are the same, and a few hostile ones."""
    root = tmp_path_factory.mktemp("many")
    samples = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    for index in range(24):
        text = samples[index % len(samples)].replace("5.2%", f"{index}.{index % 7}%")
        (root / f"{index:03d}-公报 {index}.txt").write_text(text, encoding="utf-8")
    (root / "hostile-percent.txt").write_text("%" * 50_000, encoding="utf-8")
    (root / "hostile-digits.txt").write_text("1" * 50_000, encoding="utf-8")
    (root / "hostile-yue.txt").write_text("约" * 50_000 + "5吨", encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_output_is_byte_identical_across_runs_and_jobs(many_bulletins: Path, fmt: str) -> None:
    outputs = {}
    for jobs in ("1", "3", "2") if fmt == "jsonl" else ("1", "2"):
        result = runner.invoke(app, ["extract", "-q", "-f", fmt, "--jobs", jobs, str(many_bulletins)])
        assert result.exit_code == 0, result.stderr
        outputs.setdefault(jobs, []).append(result.stdout)
    first = outputs["1"][0]
    assert len(first) > 30_000
    assert all(out == first for runs in outputs.values() for out in runs)
