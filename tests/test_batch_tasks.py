"""How presscan.batch groups files into the tasks of its worker processes: up to FILES_PER_TASK
small files a task, a large file alone, smaller tasks at the end of a batch so that the workers
finish together; results in input order whatever the grouping."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from presscan import batch, default_patterns


class InlinePool:
    """A stand-in for the process pool: runs each task at once, here, and records its files."""

    def __init__(self) -> None:
        self.tasks: list[tuple[str, ...]] = []

    def submit(self, function: Callable[..., Any], *arguments: Any) -> Future[Any]:
        self.tasks.append(arguments[0])
        future: Future[Any] = Future()
        future.set_result(function(*arguments))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


@pytest.fixture
def pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[InlinePool]:
    monkeypatch.setattr(batch, "_worker_patterns", default_patterns())
    yield InlinePool()


def files(folder: Path, count: int, text: str = "建成充电桩890台。") -> list[str]:
    paths = []
    for number in range(count):
        path = folder / f"{number:04d}.txt"
        path.write_text(text.replace("890", str(number)), encoding="utf-8")
        paths.append(str(path))
    return paths


def ordered(pool: InlinePool, sources: Any, jobs: int) -> list[batch.Result]:
    patterns = default_patterns()
    restart: Callable[[], Any] = lambda: pool  # noqa: E731
    return list(batch._ordered(pool, restart, sources, patterns, None, jobs, batch.Limits()))  # type: ignore[arg-type]


@pytest.mark.parametrize("count, jobs", [(200, 2), (37, 2), (500, 3), (1, 2), (9, 4)])
def test_small_files_go_many_to_a_task_and_fewer_at_the_end(
    pool: InlinePool, tmp_path: Path, count: int, jobs: int
) -> None:
    sources = files(tmp_path, count)
    results = ordered(pool, sources, jobs)
    assert [result.source for result in results] == sources
    assert [figure.value for result in results for figure in result.figures] == list(range(count))
    assert [source for task in pool.tasks for source in task] == sources
    sizes = [len(task) for task in pool.tasks]
    assert max(sizes) <= batch.FILES_PER_TASK
    # each task is as large as the files left allow: every worker has TAIL_TASKS_PER_JOB tasks left
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    expected = [
        max(1, min(batch.FILES_PER_TASK, (count - start) // (jobs * batch.TAIL_TASKS_PER_JOB))) for start in starts
    ]
    assert sizes[:-1] == expected[:-1] and sizes[-1] <= expected[-1]
    assert sizes[-jobs:] == [1] * min(jobs, len(sizes))  # the workers finish one file apart


def test_a_large_file_goes_alone(pool: InlinePool, tmp_path: Path) -> None:
    sources = files(tmp_path, 100)
    large = tmp_path / "0050.txt"
    large.write_text("建成充电桩50台。" * (batch.TASK_BYTES // 20), encoding="utf-8")
    assert large.stat().st_size >= batch.TASK_BYTES
    results = ordered(pool, sources, 2)
    assert [result.source for result in results] == sources
    task = next(task for task in pool.tasks if str(large) in task)
    assert task[-1] == str(large)  # the task it is in ends with it: the bytes are enough
    after = pool.tasks[pool.tasks.index(task) + 1]
    assert str(large) not in after and len(after) > 1


def test_without_a_count_tasks_take_a_few_files(pool: InlinePool, tmp_path: Path) -> None:
    sources = files(tmp_path, 30)
    results = ordered(pool, iter(sources), 2)
    assert [result.source for result in results] == sources
    assert [len(task) for task in pool.tasks] == [batch.SMALL_TASK] * 7 + [2]
