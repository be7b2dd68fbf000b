"""Batches: folders of bulletins in mixed encodings, bad files among them, in parallel."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import BAD, GOOD
from presscan import batch
from presscan.cli import app
from presscan.errors import InputError
from presscan.patternset import default_patterns

runner = CliRunner()


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def expected_records(root: Path) -> list[tuple[str, float, str]]:
    return [
        (str(root / name), value, unit) for name, (_, _, figures) in sorted(GOOD.items()) for value, unit in figures
    ]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("presscan: error: ")]


def test_a_folder_of_mixed_encodings_with_bad_files(bulletins: Path) -> None:
    result = runner.invoke(app, ["extract", "--jobs", "1", str(bulletins)])
    assert result.exit_code == 1
    assert [(r["source"], r["value"], r["unit"]) for r in records(result.stdout)] == expected_records(bulletins)
    errors = error_lines(result.stderr)
    assert errors == [
        f"presscan: error: {bulletins / 'g-binary.txt'}: looks like a binary file (an image, PDF or archive)"
        " (presscan reads text files)",
        f"presscan: error: {bulletins / 'h-undecodable.txt'}: cannot decode: not UTF-8, GB18030, Big5 or UTF-16"
        " (try --encoding gbk, big5 or utf-16)",
    ]
    # the summary line: 7 good files (the empty one included), 2 failed
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith("presscan: 7 files read, 8 figures, 2 with errors, ")


def test_jobs_4_gives_byte_identical_output(bulletins: Path, tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "4"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        result = runner.invoke(app, ["extract", "--jobs", jobs, "--quiet", "-o", str(out), str(bulletins)])
        assert result.exit_code == 1
        assert len(error_lines(result.stderr)) == 2 and len(result.stderr.splitlines()) == 2  # --quiet: no summary
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert [(r["source"], r["value"], r["unit"]) for r in records(outputs[1].decode())] == expected_records(bulletins)


def test_jobs_with_a_user_pattern_file(tmp_path: Path) -> None:
    units = tmp_path / "my-units.toml"
    units.write_text('[units]\n"罐" = { kind = "count" }\n', encoding="utf-8")
    folder = tmp_path / "cans"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"全年生产了1{i}罐。", encoding="utf-8")
    assert runner.invoke(app, ["extract", "-q", str(folder)]).stdout == ""  # 罐 is no shipped unit
    result = runner.invoke(app, ["extract", "--jobs", "2", "-q", "-p", str(units), str(folder)])
    assert result.exit_code == 0, result.stderr
    assert [(r["value"], r["unit"]) for r in records(result.stdout)] == [(10, "罐"), (11, "罐"), (12, "罐")]


def test_all_good_files_exit_0(bulletins: Path) -> None:
    for name in BAD:
        (bulletins / name).unlink()
    result = runner.invoke(app, ["extract", "--jobs", "1", str(bulletins)])
    assert result.exit_code == 0
    assert error_lines(result.stderr) == []


def test_the_fix_named_in_the_hint_works(tmp_path: Path) -> None:
    # Too short for detection to tell GBK from Big5 for sure; --encoding settles it.
    path = tmp_path / "short.txt"
    path.write_bytes("充电桩890台".encode("gbk"))
    result = runner.invoke(app, ["extract", "--encoding", "gbk", str(path)])
    assert result.exit_code == 0
    assert [r["value"] for r in records(result.stdout)] == [890]


def test_fail_fast_stops_at_the_first_bad_file(bulletins: Path) -> None:
    result = runner.invoke(app, ["extract", "--jobs", "1", "--fail-fast", str(bulletins)])
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 1
    # files before the binary one (in sorted order) were written
    assert {Path(r["source"]).name for r in records(result.stdout)} == {
        "a-utf8.txt",
        "b-gbk.txt",
        "c-bom.md",
        "d-utf16.txt",
        "e-utf16-nobom.txt",
    }


def test_hidden_files_are_read_with_hidden(bulletins: Path) -> None:
    result = runner.invoke(app, ["extract", "--jobs", "1", "--hidden", str(bulletins)])
    names = {Path(r["source"]).name for r in records(result.stdout)}
    assert {".hidden.txt", "draft.txt"} <= names


def test_glob_chooses_the_files(bulletins: Path) -> None:
    result = runner.invoke(app, ["extract", "--glob", "*.csv", "--glob", "*.md", str(bulletins)])
    assert result.exit_code == 0, result.stderr
    assert [(Path(r["source"]).name, r["unit"]) for r in records(result.stdout)] == [
        ("c-bom.md", "座"),
        ("notes.csv", "人"),
    ]


def test_a_folder_with_no_matching_file_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        f"presscan: error: {tmp_path}: no files match *.txt, *.md, *.html, *.htm, *.shtml, *.pdf, *.docx"
        " (choose others with --glob '*.text')"
    ]


def test_one_file_keeps_stderr_empty_and_a_folder_gets_a_summary(bulletins: Path) -> None:
    single = runner.invoke(app, ["extract", str(bulletins / "a-utf8.txt")])
    assert single.exit_code == 0 and single.stderr == ""
    folder = bulletins / "nested" / "deeper"
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0
    assert result.stderr.startswith("presscan: 1 file read, 1 figure, 0 with errors, ")


# The library layer, without the CLI.


def test_expand_walks_sorted_skips_hidden_and_ends_on_a_symlink_loop(bulletins: Path) -> None:
    found = [os.path.relpath(p, bulletins) for p in batch.expand([str(bulletins)]) if isinstance(p, str)]
    assert found == [
        "a-utf8.txt",
        "b-gbk.txt",
        "c-bom.md",
        "d-utf16.txt",
        "e-utf16-nobom.txt",
        "empty.txt",
        "g-binary.txt",
        "h-undecodable.txt",
        "nested/deeper/f.txt",
    ]


def test_expand_keeps_files_and_stdin_as_given(tmp_path: Path) -> None:
    assert list(batch.expand(["-", "missing.txt"])) == ["-", "missing.txt"]


def test_a_folder_that_cannot_be_listed_is_an_error_for_it_alone(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "ok.txt").write_text("100台", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any folder")
        items = list(batch.expand([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert isinstance(items[0], InputError) and "cannot list folder" in str(items[0])
    assert items[1] == str(tmp_path / "ok.txt")


def test_run_yields_errors_as_results_in_input_order(bulletins: Path) -> None:
    sources = [str(bulletins / "g-binary.txt"), str(bulletins / "a-utf8.txt"), str(bulletins / "missing.txt")]
    results = list(batch.run(sources, default_patterns()))
    assert [r.source for r in results] == sources
    assert [r.error is not None for r in results] == [True, False, True]
    assert [f.value for f in results[1].figures] == [890, 14600]
    assert results[1].encoding == "utf-8"


# Progress on stderr


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_and_not_when_quiet() -> None:
    from presscan.progress import BarProgress, NoProgress, progress

    assert isinstance(progress(3, quiet=False, stream=io.StringIO()), NoProgress)
    assert isinstance(progress(3, quiet=True, stream=FakeTerminal()), NoProgress)
    terminal = FakeTerminal()
    bar = progress(3, quiet=False, stream=terminal)
    assert isinstance(bar, BarProgress)
    for figures in (2, 0, 5):
        bar.advance(figures)
    bar.close()
    assert bar.figures == 7


def test_installed_script_on_a_folder_in_parallel(presscan_script: Path, bulletins: Path) -> None:
    done = subprocess.run(
        [str(presscan_script), "extract", "--jobs", "2", str(bulletins)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert [(r["source"], r["value"], r["unit"]) for r in records(done.stdout)] == expected_records(bulletins)
    lines = done.stderr.splitlines()
    assert len(lines) == 3 and lines[2].startswith("presscan: 7 files read, 8 figures, 2 with errors, ")
