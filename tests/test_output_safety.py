"""Output is never half-written and never lost: an output that cannot be written fails before any
input is read (exit 4), a full disk is exit 4, /dev/stdout and named pipes are written in place, a
symlink stays a link, files keep their mode, and names that are not UTF-8 survive as escapes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import (
    jsonl,
    leftovers,
    read_jsonl,
    without_root,
)
from presscan import batch, extract
from presscan.cli import app
from presscan.writers.atomic import atomic_output
from presscan.writers.jsonl import json_line

runner = CliRunner()


def test_output_that_cannot_be_written_fails_before_any_input_is_read(
    open_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = open_folder / "a.txt"
    source.write_text("充电桩890台。", encoding="utf-8")
    read_only = open_folder / "read-only"
    read_only.mkdir(mode=0o555)
    (open_folder / "a-file").write_text("", encoding="utf-8")
    cases = {
        str(read_only / "out.jsonl"): f"cannot write in {read_only} (permission denied)",
        str(open_folder / "missing" / "out.jsonl"): f"folder {open_folder / 'missing'} does not exist",
        str(open_folder / "a-file" / "out.jsonl"): f"{open_folder / 'a-file'} is not a folder",
        str(open_folder): "is a folder; name a file such as",
        "/dev/fd/97": "file descriptor 97 is not open",
    }
    listed: list[object] = []
    monkeypatch.setattr(batch, "expand", lambda *args, **options: listed.append(args) or iter(()))
    for out, message in cases.items():
        with without_root():  # root may write anywhere
            result = runner.invoke(app, ["extract", str(source), "-f", "jsonl", "-o", out])
        assert result.exit_code == 4, (out, result.stderr)
        assert result.stderr == f"presscan: error: {out}: {message}\n" or (
            result.stderr.startswith(f"presscan: error: {out}: ") and message in result.stderr
        ), result.stderr
    assert listed == []  # no input was even listed
    assert not (open_folder / "missing").exists()  # no folder was made for it
    assert leftovers(read_only) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_disk_is_exit_4(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("充电桩890台。\n" * 100, encoding="utf-8")  # more than a write buffer of records
    result = runner.invoke(app, ["extract", str(path), "-o", "/dev/full", "-f", "jsonl"])
    assert result.exit_code == 4
    assert result.stderr == "presscan: error: /dev/full: cannot write: No space left on device\n"
    path.write_text("没有数字。", encoding="utf-8")
    with open("/dev/full", "w") as full:  # stdout: "[]" is written at the end, when stdout is flushed
        done = subprocess.run(
            [sys.executable, "-m", "presscan", "extract", "-f", "json", str(path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 4
    assert done.stderr == "presscan: error: stdout: cannot write: No space left on device\n"


def test_dev_stdout_is_written_in_place(open_folder: Path, capfd: pytest.CaptureFixture[str]) -> None:
    """-o /dev/stdout writes to stdout; it never replaces /dev/stdout with a file (as root it could:
    the test runs as nobody, so that a regression fails here rather than replace the machine's)."""
    path = open_folder / "a.txt"
    path.write_text("充电桩890台。", encoding="utf-8")
    path.chmod(0o644)
    extract("充电桩890台。")
    with without_root():
        result = runner.invoke(app, ["extract", str(path), "-f", "jsonl", "-o", "/dev/stdout"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert [r["text"] for r in jsonl(capfd.readouterr().out)] == ["890台"]
    assert Path("/dev/stdout").is_symlink() or Path("/dev/stdout").is_char_device()


def test_a_named_pipe_as_output(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("充电桩890台。", encoding="utf-8")
    fifo = tmp_path / "figures.jsonl"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = runner.invoke(app, ["extract", str(source), "-o", str(fifo)])
    reader.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert [r["text"] for r in jsonl(received[0])] == ["890台"]
    assert fifo.is_fifo()


def test_a_symlinked_output_stays_a_link_and_files_keep_their_mode(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("充电桩890台。", encoding="utf-8")
    target = tmp_path / "data" / "figures.jsonl"
    target.parent.mkdir()
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert runner.invoke(app, ["extract", str(source), "-o", str(link)]).exit_code == 0
    assert link.is_symlink() and [r["text"] for r in jsonl(target.read_text(encoding="utf-8"))] == ["890台"]
    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.csv"
        assert runner.invoke(app, ["extract", str(source), "-o", str(fresh)]).exit_code == 0
        assert fresh.stat().st_mode & 0o777 == 0o644  # not the 0600 of a temporary file
        target.chmod(0o640)
        assert runner.invoke(app, ["extract", str(source), "-o", str(link)]).exit_code == 0
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(umask)
    assert leftovers(tmp_path / "data") == ["figures.jsonl"]


def test_lone_surrogates_are_written_as_json_escapes(tmp_path: Path) -> None:
    """A file name that is not UTF-8 reaches presscan as lone surrogates (\\udcff)."""
    (figure,) = extract("增长\ud800 5.2%", source="bad\udcff.txt")
    out = tmp_path / "out.jsonl"
    with atomic_output(out) as stream:
        stream.write(json_line(figure) + "\n")
    (back,) = read_jsonl(out.read_text(encoding="utf-8"))
    assert back == figure
    assert os.fsencode(back.source) == b"bad\xff.txt"
