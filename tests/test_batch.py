"""Batches: folders of bulletins in mixed encodings, bad files among them, in parallel."""

from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan import batch
from presscan.cli import app
from presscan.errors import InputError
from presscan.patternset import default_patterns

runner = CliRunner()

GOOD = {
    "a-utf8.txt": ("全省建成充电桩890台，新能源车1.46万辆。", "utf-8", [(890, "台"), (14600, "辆")]),
    "b-gbk.txt": ("全年粮食产量1350万吨，比上年增长2.1%。", "gbk", [(13500000, "吨"), (2.1, "%")]),
    "c-bom.md": ("建成5G基站1.1万座。", "utf-8-sig", [(11000, "座")]),
    "d-utf16.txt": ("全市用电量216.4亿千瓦时。", "utf-16", [(21640000000, "千瓦时")]),
    "e-utf16-nobom.txt": ("新增绿地面积560公顷。", "utf-16-le", [(560, "公顷")]),
    "nested/deeper/f.txt": ("新增就业5.62万人。", "utf-8", [(56200, "人")]),
}
BAD = {
    "g-binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "h-undecodable.txt": b"\x81\x30\xff\xff\xff\xfe",
}


@pytest.fixture
def bulletins(tmp_path: Path) -> Path:
    """A folder with good files in five encodings, bad files, an empty one, hidden ones and a symlink loop."""
    root = tmp_path / "bulletins"
    for name, (text, encoding, _) in GOOD.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
    for name, data in BAD.items():
        (root / name).write_bytes(data)
    (root / "empty.txt").write_bytes(b"")
    (root / "notes.csv").write_text("新增就业5.62万人", encoding="utf-8")
    (root / ".hidden.txt").write_text("隐藏文件100台。", encoding="utf-8")
    (root / ".drafts").mkdir()
    (root / ".drafts" / "draft.txt").write_text("草稿200台。", encoding="utf-8")
    (root / "nested" / "loop").symlink_to(root, target_is_directory=True)
    return root


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
        f"presscan: error: {tmp_path}: no files match *.txt, *.md (choose others with --glob '*.htm')"
    ]


def test_one_file_keeps_stderr_empty_and_a_folder_gets_a_summary(bulletins: Path) -> None:
    single = runner.invoke(app, ["extract", str(bulletins / "a-utf8.txt")])
    assert single.exit_code == 0 and single.stderr == ""
    folder = bulletins / "nested" / "deeper"
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0
    assert result.stderr.startswith("presscan: 1 file read, 1 figure, 0 with errors, ")


def test_help_documents_exit_codes() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert "Exit codes" in result.stdout
    for option in ("--glob", "--hidden", "--jobs", "--encoding", "--fail-fast", "--quiet"):
        assert option in result.stdout


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


# presscan summary


def test_summary_as_json_counts_per_file_and_overall(bulletins: Path) -> None:
    result = runner.invoke(app, ["summary", "--json", "--jobs", "1", str(bulletins)])
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


def test_summary_as_text_when_piped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全省建成充电桩890台，新能源车1.46万辆。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("新能源车2.1万辆，增长5.4%。", encoding="utf-8")
    result = runner.invoke(app, ["summary", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[:4] == [
        f"{tmp_path / 'a.txt'}: 2 figures (count 2)",
        f"{tmp_path / 'b.txt'}: 2 figures (count 1, percent 1)",
        "total: 2 files, 4 figures",
        "by kind: count 3, percent 1",
    ]
    assert "  辆: 21,000 (2.1万辆" in result.stdout


def test_summary_table_renders(tmp_path: Path) -> None:
    from presscan.summary import Summary, write_table

    (tmp_path / "a.txt").write_text("全省建成充电桩890台，新能源车1.46万辆。", encoding="utf-8")
    found = Summary()
    for result in batch.run(batch.expand([str(tmp_path)]), default_patterns()):
        found.add(result)
    stream = io.StringIO()
    write_table(found, stream)
    assert "890" in stream.getvalue() and "14,600" in stream.getvalue()


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
