"""The SQLite store survives being killed: kill -9 at random points of real runs of the installed
command, then the same command again, gives exactly the database of a run never interrupted; a reader
querying while a run writes sees only whole documents; a killed run's worker processes do not keep the
database locked."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import BULLETIN

pytestmark = pytest.mark.slow

FILES = 90


def make_folder(folder: Path, files: int = FILES) -> Path:
    """Bulletins of about 40 figures each, each file its own."""
    text = BULLETIN.read_text(encoding="utf-8")
    for number in range(files):
        path = folder / f"{number // 20:02d}" / f"公报{number:03d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f"{text}\n第{number}号：全市新增充电桩{number + 1}台，增长{number % 9}.5%。\n", encoding="utf-8"
        )
    return folder


def start(script: Path, folder: Path, database: Path, jobs: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(script), "extract", str(folder), "-o", str(database), "-q", "--jobs", str(jobs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the workers can be killed with it
    )


def finish(process: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, stderr = process.communicate(timeout=300)
    return process.returncode, stderr.decode()


def dump(database: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """What a run leaves: the documents (without the time they were read) and every figure, in a fixed order."""
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        documents = connection.execute(
            "SELECT source, sha256, bytes, characters, format, encoding, figures, presscan_version, error"
            " FROM documents ORDER BY source"
        ).fetchall()
        figures = connection.execute("SELECT * FROM figures ORDER BY source, start").fetchall()
    connection.close()
    return documents, figures


def whole_documents(connection: sqlite3.Connection) -> tuple[int, list[tuple[object, ...]]]:
    """How many documents are stored, and those whose figures are not all there (or figures without one),
    read in one transaction, as any reader would."""
    rows = connection.execute(
        "SELECT d.source, d.figures, (SELECT count(*) FROM figures f WHERE f.source = d.source) FROM documents d"
        " UNION ALL SELECT f.source, NULL, count(*) FROM figures f"
        " WHERE f.source NOT IN (SELECT source FROM documents) GROUP BY f.source"
    ).fetchall()
    return len(rows), [row for row in rows if row[1] != row[2]]


@pytest.fixture
def reference(presscan_script: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """The folder, the database of a run never interrupted, and how long that run took."""
    root = tmp_path_factory.mktemp("crash")
    folder = make_folder(root / "bulletins")
    database = root / "reference.db"
    started = time.monotonic()
    code, stderr = finish(start(presscan_script, folder, database, jobs=1))
    assert code == 0, stderr
    return folder, database, time.monotonic() - started


def documents_stored(database: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return 0  # not made yet


def kill_after(process: subprocess.Popen[bytes], database: Path, documents: int, delay: float) -> None:
    """kill -9 the run (and its workers) once the database holds `documents` more, `delay` seconds later."""
    target = documents_stored(database) + documents if database.exists() else documents
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if database.exists() and documents_stored(database) >= target:
            break
        time.sleep(0.005)
    time.sleep(delay)  # a moment later: sometimes inside the next document's transaction
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    finish(process)


@pytest.mark.parametrize("jobs", [1, 2])
def test_kill_9_at_random_points_then_a_rerun_gives_the_uninterrupted_records(
    presscan_script: Path, reference: tuple[Path, Path, float], tmp_path: Path, jobs: int
) -> None:
    folder, reference_db, _ = reference
    expected = dump(reference_db)
    assert len(expected[0]) == FILES and len(expected[1]) > 20 * FILES
    seed = random.randrange(2**32)
    chooser = random.Random(seed)
    database = tmp_path / "figures.db"
    stored: list[int] = []
    inside = 0
    for _ in range(8):  # kills after a random number of documents, a random moment later, until three land inside
        process = start(presscan_script, folder, database, jobs)
        kill_after(process, database, chooser.randint(1, FILES // 10), chooser.uniform(0, 0.02))
        with sqlite3.connect(database) as connection:
            count, broken = whole_documents(connection)
        connection.close()
        assert broken == [], f"half a document after kill -9 (seed {seed})"
        stored.append(count)
        if count >= FILES:
            # the run ended before the kill (documents ready together are committed together, so the
            # count may jump past the target): start again from nothing, or the next run has no work
            for leftover in database.parent.glob(database.name + "*"):
                leftover.unlink()
            continue
        inside += count > 0
        if inside == 3:
            break
    assert inside >= 1, f"no kill landed inside a run: {stored} (seed {seed})"
    code, stderr = finish(start(presscan_script, folder, database, jobs))
    assert code == 0, stderr
    assert dump(database) == expected, f"not the records of an uninterrupted run (seed {seed}, kills at {stored})"


def test_a_killed_runs_workers_do_not_keep_the_database_locked(presscan_script: Path, tmp_path: Path) -> None:
    """kill -9 of the command alone (its worker processes live on a moment): the next run starts at once."""
    folder = make_folder(tmp_path / "bulletins", 30)
    database = tmp_path / "figures.db"
    process = start(presscan_script, folder, database, jobs=2)
    try:
        deadline = time.monotonic() + 60
        while not database.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)
        os.kill(process.pid, signal.SIGKILL)  # the main process only
        process.wait(timeout=60)
        assert process.stderr is not None
        process.stderr.close()
        code, stderr = finish(start(presscan_script, folder, database, jobs=1))
        assert code == 0, stderr
        with sqlite3.connect(database) as connection:
            assert whole_documents(connection) == (30, [])
        connection.close()
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # the orphaned workers, if any are left
        except ProcessLookupError:
            pass


def test_a_reader_sees_only_whole_documents_while_a_run_writes(presscan_script: Path, tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "bulletins")
    database = tmp_path / "figures.db"
    process = start(presscan_script, folder, database, jobs=1)
    seen: set[int] = set()
    try:
        while process.poll() is None:
            if database.exists():
                try:
                    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
                    count, broken = whole_documents(connection)
                    connection.close()
                except sqlite3.OperationalError as error:
                    assert "no such table" in str(error)  # before the first run has made its tables
                    continue
                assert broken == [], f"a reader saw part of a document: {broken[:3]}"
                seen.add(count)
            time.sleep(0.01)
    finally:
        code, stderr = finish(process)
    assert code == 0, stderr
    assert any(0 < count < FILES for count in seen), f"never saw the run in progress: {sorted(seen)}"
