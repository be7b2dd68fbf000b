"""Interrupts: Ctrl-C and SIGTERM (to presscan or its process group) end a batch with their exit
code and leave no file behind; a reader that goes away ends it quietly; a signal or a time limit met
inside a finalizer still holds without a traceback; a worker that dies costs only its files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SAMPLES
from helpers import (
    leftovers,
)
from presscan import batch

runner = CliRunner()


@pytest.fixture(scope="module")
def long_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough bulletins to keep presscan busy for several seconds, however fast it gets."""
    root = tmp_path_factory.mktemp("long")
    samples = [path.read_text(encoding="utf-8") * 8 for path in sorted(SAMPLES.glob("*.txt"))]
    for index in range(240):
        (root / f"{index:03d}.txt").write_text(samples[index % len(samples)], encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("signum", "group", "jobs", "code"),
    [
        pytest.param(signal.SIGINT, True, "2", 130, id="Ctrl-C, workers"),
        pytest.param(signal.SIGINT, False, "1", 130, id="SIGINT, one process"),
        pytest.param(signal.SIGTERM, False, "2", 143, id="SIGTERM, workers"),
        pytest.param(signal.SIGTERM, True, "1", 143, id="SIGTERM to the group, one process"),
    ],
)
def test_a_signal_during_a_batch_leaves_no_file_behind(
    presscan_script: Path, long_batch: Path, tmp_path: Path, signum: int, group: bool, jobs: str, code: int
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("the output of an earlier run\n", encoding="utf-8")
    process = subprocess.Popen(
        [str(presscan_script), "extract", "--jobs", jobs, str(long_batch), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a process group of its own, as a shell gives a job
    )
    try:
        deadline = time.monotonic() + 60
        while not list(tmp_path.glob(".out.jsonl.*.part")) and process.poll() is None:
            assert time.monotonic() < deadline, "presscan never started writing"
            time.sleep(0.02)
        time.sleep(0.3)  # in the middle of the batch
        assert process.poll() is None, "the batch ended before the signal"
        if group:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        stderr = process.communicate(timeout=60)[1]
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr
    if signum == signal.SIGINT:
        assert stderr.endswith("presscan: interrupted\n")
    assert leftovers(tmp_path) == ["out.jsonl"]  # no temporary file
    assert out.read_text(encoding="utf-8") == "the output of an earlier run\n"


def test_a_reader_that_goes_away_ends_the_run_quietly(presscan_script: Path, long_batch: Path) -> None:
    """presscan extract bulletins/ | head -1"""
    process = subprocess.Popen(
        [str(presscan_script), "extract", "--jobs", "2", str(long_batch)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        assert json.loads(process.stdout.readline())["source"] == str(long_batch / "000.txt")
        process.stdout.close()
        stderr = process.communicate(timeout=60)[1]
    finally:
        process.kill()
    assert process.returncode == 141
    assert stderr == ""


class _SlowToFinalize:
    """Its finalizer is still running when a short time limit passes."""

    def __del__(self) -> None:
        time.sleep(0.5)


def test_a_time_limit_passed_inside_a_finalizer_still_holds_and_prints_nothing() -> None:
    """Python drops what the alarm handler raises inside __del__ or a gc callback and reports
    it through sys.unraisablehook ("Exception ignored in ..." and a traceback on stderr)."""
    reported: list[object] = []
    previous = sys.unraisablehook
    sys.unraisablehook = reported.append
    try:
        with pytest.raises(batch._TimedOut), batch._time_limit(0.05):
            _SlowToFinalize()
        # other dropped exceptions are still reported
        with batch._time_limit(5):
            _RaisesWhenFinalized()
    finally:
        sys.unraisablehook = previous
    assert [type(u.exc_value) for u in reported] == [ValueError]  # type: ignore[attr-defined]


class _RaisesWhenFinalized:
    def __del__(self) -> None:
        raise ValueError("a bug in a finalizer")


def test_a_stop_signal_inside_a_finalizer_ends_the_run_without_a_traceback(tmp_path: Path) -> None:
    """SIGTERM while a finalizer runs: the handler's SystemExit is dropped, the run still stops."""
    script = tmp_path / "finalizer.py"
    script.write_text(
        "import os, signal, sys, time\n"
        "from presscan import batch, cli\n"
        "class Slow:\n"
        "    def __del__(self):\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "        time.sleep(0.2)\n"
        "def slow_extract(*args, **kwargs):\n"
        "    Slow()\n"
        "    return []\n"
        "batch.iter_extract = slow_extract\n"
        "batch.iter_record_values = slow_extract\n"  # JSON Lines of a plain text (batch._write_records)
        "sys.argv = ['presscan', 'extract', '-q', '-']\n"
        "cli.main()\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], input="新增5吨。", capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (143, "")
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_worker_that_dies_costs_only_the_files_it_had(presscan_script: Path, tmp_path: Path) -> None:
    """The kernel's out-of-memory killer, or anyone, kills the workers mid-batch: the files in
    flight are reported, a new pool takes the rest, nothing is lost silently."""
    root = tmp_path / "bulletins"
    root.mkdir()
    # seconds of attribution, compiled or not, still running at the kill (50 000 took 0.5 s compiled
    # and once ended before it; 200 000 take 1.6 s)
    (root / "000-slow.txt").write_text("1%" * 200_000, encoding="utf-8")
    for index in range(1, 40):
        (root / f"{index:03d}.txt").write_text(f"新增{index}吨。", encoding="utf-8")
    process = subprocess.Popen(
        [str(presscan_script), "extract", "--jobs", "2", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    try:
        deadline = time.monotonic() + 60
        while len(children.read_text().split()) < 2:
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.02)
        time.sleep(0.3)  # the slow file is being extracted
        for pid in children.read_text().split():
            os.kill(int(pid), signal.SIGKILL)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 1, err
    assert "Traceback" not in err
    read = {json.loads(line)["source"] for line in out.splitlines()}
    failed = {line.split(": ")[2] for line in err.splitlines() if line.startswith("presscan: error: ")}
    assert str(root / "000-slow.txt") in failed
    assert all("a worker process died" in line for line in err.splitlines()[:-1])
    assert read | failed == {str(path) for path in root.iterdir()} and not read & failed
    assert err.splitlines()[-1].startswith(f"presscan: {len(read)} files read, {len(read)} figures, {len(failed)} with")
    # what was written is what one process writes for those files, byte for byte
    small = sorted(str(path) for path in root.iterdir() if path.name != "000-slow.txt")
    alone = subprocess.run([str(presscan_script), "extract", "--jobs", "1", *small], capture_output=True, text=True)
    expected = {json.loads(line)["source"]: line for line in alone.stdout.splitlines()}
    assert [expected[json.loads(line)["source"]] for line in out.splitlines()] == out.splitlines()
