"""presscan on a real Dask cluster: a LocalCluster of two worker processes on 127.0.0.1, started once
for this module. The records equal a local run's, byte for byte in JSON Lines (after sorting by source
and offset where the order may differ); inputs that fail are rows of the errors frame, or lines on
stderr, as locally; a worker killed mid-job loses nothing; 2 000 small files run as a few tasks."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster, get_task_stream
from typer.testing import CliRunner

from conftest import REPO, SAMPLES
from presscan import batch, default_patterns, writers
from presscan.batchrun import InputOptions
from presscan.cli import app
from presscan.dask import frame, scan
from presscan.dask.cluster import ClusterRun
from presscan.writers.jsonl import json_line

CORPUS = REPO.parent / "shared" / "corpus"
runner = CliRunner()

# The client in this process runs distributed's own diagnostics, which once in a while raise
# where no one can catch them: its garbage-collection timer asserting on a collection that
# overlapped another (distributed.gc), and psutil leaving /proc/PID/statm open while the
# system monitor reads it. pytest turns such "exception ignored" reports into failures; these
# two are distributed's, not presscan's, and every test here checks the records themselves.
pytestmark = [
    pytest.mark.filterwarnings(
        r"ignore:Exception ignored in. <bound method GCDiagnosis\._gc_callback:pytest.PytestUnraisableExceptionWarning"
    ),
    pytest.mark.filterwarnings(
        r"ignore:Exception ignored in. <_io\.FileIO name='/proc/:pytest.PytestUnraisableExceptionWarning"
    ),
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        worker_dashboard_address="127.0.0.1:0",
    ) as started:
        yield started


@pytest.fixture
def client(cluster: LocalCluster) -> Iterator[Client]:
    with Client(cluster) as connected:
        connected.wait_for_workers(2, timeout=60)  # a worker killed by an earlier test is back
        yield connected


def local_run(*args: str) -> tuple[str, str]:
    """stdout and stderr of `presscan extract` run here, in one process."""
    result = runner.invoke(app, ["extract", "-q", "--jobs", "1", "--format", "jsonl", *args])
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout, result.stderr


def by_source_and_start(lines: str) -> str:
    records = [(json.loads(line), line) for line in lines.splitlines()]
    return "".join(line + "\n" for _, line in sorted(records, key=lambda pair: (pair[0]["source"], pair[0]["start"])))


def inputs_of(name: str) -> Path:
    folder = {"samples": SAMPLES, "corpus": CORPUS}[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return folder


@pytest.mark.parametrize("name", ["samples", "corpus"])
def test_the_frame_holds_the_records_of_a_local_run(client: Client, name: str) -> None:
    folder = inputs_of(name)
    found = scan(str(folder))
    records, errors = dask.compute(found.figures, found.errors)
    assert list(records.columns) == list(frame.NAMES) and records.dtypes.to_dict() == frame.meta().dtypes.to_dict()
    assert errors.empty
    written = "".join(json_line(figure) + "\n" for figure in frame.figures_of(records))
    expected, _ = local_run(str(folder))
    assert by_source_and_start(written) == by_source_and_start(expected)
    assert len(records) > 50


def test_the_command_writes_the_bytes_of_a_local_run(client: Client, tmp_path: Path) -> None:
    paths = [str(SAMPLES), *([str(CORPUS)] if CORPUS.is_dir() else [])]
    out = tmp_path / "figures.jsonl"
    result = runner.invoke(app, ["extract", "--scheduler", client.scheduler.address, *paths, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    expected, _ = local_run(*paths)
    assert out.read_text(encoding="utf-8") == expected  # in input order, as locally: no sorting needed
    # the summary line, as locally (folders among the inputs); no line of Dask's
    assert re.fullmatch(
        rf"presscan: \d+ files read, {len(expected.splitlines())} figures, 0 with errors, [0-9.]+ s\n", result.stderr
    )


def test_a_folder_of_part_files_holds_the_records(client: Client, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for index in range(12):  # more batches than the 4 in flight at a time
        (inputs / f"{index:02d}.txt").write_text(
            f"全省建成充电桩{index + 1}台，新能源车1.{index}万辆。", encoding="utf-8"
        )
    folder = tmp_path / "figures"
    command = ["extract", "--scheduler", client.scheduler.address, str(SAMPLES), str(inputs), "-o", str(folder)]
    result = runner.invoke(app, [*command, "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    parts = sorted(folder.iterdir())
    assert len(parts) > 4 and all(part.name.startswith("part-") and part.suffix == ".jsonl" for part in parts)
    written = "".join(part.read_text(encoding="utf-8") for part in parts)
    expected, _ = local_run(str(SAMPLES), str(inputs))
    assert by_source_and_start(written) == by_source_and_start(expected)
    # the summary line counts the records the workers wrote
    assert re.fullmatch(
        rf"presscan: 15 files read, {len(expected.splitlines())} figures, 0 with errors, [0-9.]+ s\n", result.stderr
    )
    again = runner.invoke(app, [*command, "-f", "jsonl"])
    assert again.exit_code == 2 and "holds part files already" in again.stderr


@pytest.mark.skipif("parquet" not in writers.formats(), reason="the Parquet writer is not on this branch yet")
def test_a_folder_is_a_parquet_dataset_by_default(client: Client, tmp_path: Path) -> None:
    import pyarrow.dataset

    folder = tmp_path / "figures"
    result = runner.invoke(
        app, ["extract", "-q", "--scheduler", client.scheduler.address, str(SAMPLES), "-o", str(folder)]
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(part.suffix for part in folder.iterdir()) == [".parquet"] * 3  # a batch per file: a small job
    table = pyarrow.dataset.dataset(folder).to_table().to_pylist()
    expected = [json.loads(line) for line in local_run(str(SAMPLES))[0].splitlines()]
    key = ("source", "start", "end", "text", "unit", "subject")
    assert sorted(tuple(str(row[name]) for name in key) for row in table) == sorted(
        tuple(str(record[name]) for name in key) for record in expected
    )


def test_an_incremental_output_gets_every_input(client: Client, tmp_path: Path) -> None:
    import sqlite3

    database = tmp_path / "figures.db"
    command = ["extract", "-q", "--scheduler", client.scheduler.address, str(SAMPLES), "-o", str(database)]
    result = runner.invoke(app, command)
    assert result.exit_code == 0, result.stderr
    expected, _ = local_run(str(SAMPLES))
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM figures").fetchone()[0] == len(expected.splitlines())
        hashes = connection.execute("SELECT count(*) FROM documents WHERE sha256 IS NOT NULL").fetchone()[0]
    assert hashes == 3  # what the workers learnt of each input's bytes is kept
    connection.close()


def failing_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a.txt").write_text("全省建成充电桩890台。", encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4)
    # 100 000 figures: seconds of work; the time limit stops it after 0.3 s
    (folder / "c-slow.txt").write_text("1%" * 100_000, encoding="utf-8")
    (folder / "d.txt").write_text("新增5吨。", encoding="utf-8")
    return folder


def test_inputs_that_fail_are_rows_of_the_errors_frame(client: Client, tmp_path: Path) -> None:
    folder = failing_folder(tmp_path)
    missing = str(tmp_path / "missing.txt")
    found = scan([str(folder), missing], limits=batch.Limits(seconds=0.3), batch_files=2)
    records, errors = dask.compute(found.figures, found.errors)
    assert sorted(records.text) == ["5吨", "890台"]
    _, local_errors = local_run("--timeout", "0.3", str(folder), missing)
    assert sorted(f"presscan: error: {message}\n" for message in errors.message) == sorted(
        local_errors.splitlines(keepends=True)
    )
    assert sorted(errors.source) == sorted([str(folder / "b-binary.txt"), str(folder / "c-slow.txt"), missing])
    slow = errors[errors.source == str(folder / "c-slow.txt")].iloc[0]
    assert slow.kind == "input" and slow.cause == "extraction took longer than 0.3 s, the time limit for this input"


def test_the_command_reports_failed_inputs_as_a_local_run_does(client: Client, tmp_path: Path) -> None:
    folder = failing_folder(tmp_path)
    args = ["--timeout", "0.3", str(folder)]
    result = runner.invoke(app, ["extract", "-q", "--scheduler", client.scheduler.address, *args])
    expected, expected_errors = local_run(*args)
    assert result.exit_code == 1
    assert result.stdout == expected and result.stderr == expected_errors


def test_2000_small_files_are_a_few_tasks(client: Client, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(2000):
        (folder / f"{index:04d}.txt").write_text(f"新增{index + 1}吨。", encoding="utf-8")
    found = scan(str(folder / "*.txt"))
    # a few batches for each of the 2 worker threads (4, or up to 8 where file sizes differ), not 2 000
    assert found.inputs == 2000 and 8 <= found.batches <= 16
    with get_task_stream(client) as stream:
        records = found.figures.compute()
    batch_tasks = [task for task in stream.data if "presscan-batch" in str(task["key"])]
    # besides: taking the records from each batch's result, the partitions, and gathering them
    assert len(batch_tasks) == found.batches and len(stream.data) <= 5 * found.batches
    assert sorted(records.value.astype(int)) == list(range(1, 2001))
    assert records.source.nunique() == 2000


def test_a_worker_killed_mid_job_loses_nothing(client: Client, tmp_path: Path) -> None:
    folder = tmp_path / "slow"
    folder.mkdir()
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt")))
    for index in range(10):
        # a tenth of a second of extraction each, compiled (some 220 000 characters: presscan reads
        # 2.5 M a second), and more files than workers: when the first result is back, the others are
        # still at work and the kill finds work in progress
        (folder / f"{index}.txt").write_text(f"第{index}号\n" + text * 100, encoding="utf-8")
    expected = runner.invoke(app, ["extract", "-q", "--jobs", "2", "--format", "jsonl", str(folder)]).stdout
    options = InputOptions(paths=(str(folder),), quiet=True)
    run = ClusterRun(options, default_patterns(), client, batch_files=1)
    before = client.run(os.getpid)
    results = []
    killed = None
    for result in run.results():
        results.append(result)
        if killed is None:
            killed = kill_a_busy_worker(client)
    assert killed is not None and killed not in client.run(os.getpid).values()
    assert [result.source for result in results] == [str(folder / f"{index}.txt") for index in range(10)]
    assert all(result.error is None for result in results)
    written = "".join(json_line(figure) + "\n" for result in results for figure in result.figures)
    assert written == expected
    assert set(before.values()) != set(client.run(os.getpid).values())


def kill_a_busy_worker(client: Client) -> int:
    """Kill (SIGKILL) a worker process that is extracting a batch now; its pid."""
    for _ in range(200):
        busy = [worker for worker, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            return int(pid)
        time.sleep(0.01)
    raise AssertionError("no worker was busy")


def test_scheduler_local_starts_a_cluster_of_its_own(tmp_path: Path) -> None:
    out = tmp_path / "figures.jsonl"
    command = ["extract", "--scheduler", "local", "--jobs", "2", str(SAMPLES), "-o", str(out)]
    done = subprocess.run(
        [str(Path(sys.executable).parent / "presscan"), *command],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    expected, _ = local_run(str(SAMPLES))
    assert out.read_text(encoding="utf-8") == expected
    assert done.stderr.startswith("presscan: 3 files read, ") and done.stderr.count("\n") == 1  # nothing else


def test_without_the_extra_scheduler_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    result = runner.invoke(app, ["extract", "--scheduler", "local", str(SAMPLES)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (
        "presscan: error: --scheduler needs Dask's distributed, which is not installed: pip install 'presscan[dask]'\n"
    )


def test_a_scheduler_out_of_reach_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("presscan.dask.cluster.CONNECT_SECONDS", 1)
    result = runner.invoke(app, ["extract", "--scheduler", "tcp://127.0.0.1:9", str(SAMPLES)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("presscan: error: --scheduler tcp://127.0.0.1:9: cannot reach the scheduler: ")
    assert result.stderr.count("\n") == 1


def test_jobs_are_for_a_local_cluster_only(client: Client) -> None:
    result = runner.invoke(app, ["extract", "--scheduler", client.scheduler.address, "--jobs", "2", str(SAMPLES)])
    assert result.exit_code == 2
    assert "--jobs sets the workers of --scheduler local" in result.stderr


def readme_block(title: str, language: str = "python") -> str:
    section = (REPO / "README.md").read_text(encoding="utf-8").split(f"\n{title}\n", 1)[1]
    return section.split(f"```{language}\n", 1)[1].split("```", 1)[0]


def test_the_readme_example_runs(client: Client) -> None:
    block = readme_block("## Past one machine")
    assert len([line for line in block.splitlines() if line]) == 5  # five lines of code
    code = block.replace("tcp://10.0.0.5:8786", client.scheduler.address).replace(
        "bulletins/**/*.txt", str(SAMPLES / "**" / "*.txt")
    )
    scope: dict[str, object] = {}
    try:
        exec(code, scope)
    finally:
        if isinstance(scope.get("client"), Client):
            scope["client"].close()  # type: ignore[attr-defined]
    expected, _ = local_run(*sorted(str(path) for path in SAMPLES.glob("*.txt")))
    written = "".join(json_line(figure) + "\n" for figure in frame.figures_of(scope["figures"]))  # type: ignore[arg-type]
    assert by_source_and_start(written) == by_source_and_start(expected)
    assert scope["errors"].empty  # type: ignore[attr-defined]
