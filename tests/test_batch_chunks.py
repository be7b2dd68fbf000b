"""Text writers' records made where they are extracted: byte-identical across --jobs, written as they
are made, and nothing of an input that fails part-way (presscan.writers.serialised)."""

from __future__ import annotations

import io
import json
import pickle
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan import batch, writers
from presscan.cli import app
from presscan.patternset import default_patterns
from presscan.record import Figure
from presscan.recordvalues import RecordValues
from presscan.writers import serialised
from presscan.writers.jsonl import JsonLinesText
from presscan.writers.serialised import Chunk

runner = CliRunner()

TABLE = "单位：亿元\n指标\t绝对数\t比上年增长%\n地区生产总值\t3256.8\t5.2\n第一产业\t218.4\t3.6\n"
# A bulletin long enough to give a few hundred records.
LONG = "全年全市地区生产总值1234.5亿元，比上年增长6.1%。年末常住人口85.3万人。\n" * 80
FORMATS = [("jsonl", ()), ("json", ()), ("csv", ()), ("csv", ("--excel",))]


@pytest.fixture
def spill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Chunks go to temporary files past 2 000 bytes, in a folder of the test's own (worker
    processes are forked: they inherit both)."""
    folder = tmp_path / "spilled"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(serialised, "SPILL_BYTES", 2000)
    return folder


@pytest.fixture
def folder(bulletins: Path) -> Path:
    """The mixed folder (bad files among the good), a table, and a long bulletin whose chunk spills."""
    (bulletins / "t-table.txt").write_text(TABLE, encoding="utf-8")
    (bulletins / "u-long.txt").write_text(LONG, encoding="utf-8")
    return bulletins


def extract(folder: Path, out: Path, jobs: str, *options: str) -> tuple[int, bytes]:
    result = runner.invoke(app, ["extract", "-q", "--jobs", jobs, "-o", str(out), *options, str(folder)])
    return result.exit_code, out.read_bytes()


def record_by_record(folder: Path, fmt: str, excel: bool) -> bytes:
    """What the writer writes when it is handed the records one at a time (no chunks)."""
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")
    writer = writers.make_writer(fmt, stream, excel=excel)
    for result in batch.run(batch.expand([str(folder)]), default_patterns()):
        assert result.chunk is None
        writers.feed(writer, result)
    writer.close()
    return stream.buffer.getvalue()  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize(("fmt", "options"), FORMATS, ids=lambda value: " ".join(value) if value else "")
def test_jobs_1_and_2_write_the_bytes_of_record_by_record(
    fmt: str, options: tuple[str, ...], folder: Path, spill: Path, tmp_path: Path
) -> None:
    one = extract(folder, tmp_path / f"one.{fmt}", "1", *options)
    two = extract(folder, tmp_path / f"two.{fmt}", "2", *options)
    assert one == two
    assert one == (1, record_by_record(folder, fmt, excel="--excel" in options))  # two files fail: exit 1
    assert b"3256.8" in one[1] and b"u-long.txt" in one[1]
    assert list(spill.iterdir()) == []  # the long bulletin's chunk was spilled, written and removed


def test_fail_fast_writes_the_same_bytes_with_workers(folder: Path, spill: Path, tmp_path: Path) -> None:
    (folder / "a-long.txt").write_text(LONG, encoding="utf-8")  # spilled before the first bad file
    one = extract(folder, tmp_path / "one.jsonl", "1", "--fail-fast")
    two = extract(folder, tmp_path / "two.jsonl", "2", "--fail-fast")
    assert one == two and one[0] == 1 and b"a-long.txt" in one[1]
    # the workers went on past the bad file; what they made was dropped, their temporary files too
    assert b"u-long.txt" not in two[1] and list(spill.iterdir()) == []


def slow_after_a_few(real: object) -> object:
    """iter_extract (or iter_record_values) that, in a text with SLOW in it, makes its records and then stalls."""

    def made(text: str, **kwargs: object) -> Iterator[object]:
        yield from real(text, **kwargs)  # type: ignore[operator]
        if "SLOW" in text:
            time.sleep(30)

    return made


@pytest.mark.parametrize("spilled", [False, True], ids=["in memory", "spilled"])
def test_an_input_past_its_time_limit_leaves_none_of_its_records(
    spilled: bool, tmp_path: Path, spill: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not spilled:
        monkeypatch.setattr(serialised, "SPILL_BYTES", 10**9)
    monkeypatch.setattr(batch, "iter_extract", slow_after_a_few(batch.iter_extract))
    # JSON Lines of a plain text are written from the records' values (batch._write_records)
    monkeypatch.setattr(batch, "iter_record_values", slow_after_a_few(batch.iter_record_values))
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("全省建成充电桩890台。", encoding="utf-8")
    (root / "b.txt").write_text("SLOW\n" + LONG, encoding="utf-8")  # its records are made, then it stalls
    (root / "c.txt").write_text("新增就业5.62万人。", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.jsonl"
        result = runner.invoke(app, ["extract", "-q", "--timeout", "1", "--jobs", jobs, "-o", str(out), str(root)])
        assert result.exit_code == 1, result.stderr
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"presscan: error: {root / 'b.txt'}: extraction took longer than 1 s")
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"890" in outputs[0] and b"5.62" in outputs[0] and b"b.txt" not in outputs[0]
    assert list(spill.iterdir()) == []


class Logged(JsonLinesText):
    """JSON Lines that notes when each record's text is written."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def text(self, figure: Figure) -> str:
        self.log.append(f"written {figure.text}")
        return super().text(figure)

    def values_text(self, values: RecordValues) -> str:
        self.log.append(f"written {values.text}")
        return super().values_text(values)


def logging(real: object, log: list[str]) -> object:
    """iter_extract or iter_record_values that notes when each record is made."""

    def made(text: str, **kwargs: object) -> Iterator[Figure | RecordValues]:
        for record in real(text, **kwargs):  # type: ignore[operator]
            log.append(f"made {record.text}")
            yield record

    return made


def test_records_are_written_as_they_are_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[str] = []
    monkeypatch.setattr(batch, "iter_extract", logging(batch.iter_extract, log))
    monkeypatch.setattr(batch, "iter_record_values", logging(batch.iter_record_values, log))
    path = tmp_path / "a.txt"
    path.write_text("充电桩890台，新能源车5.62万辆，增长12%。", encoding="utf-8")
    result = batch.process(str(path), default_patterns(), record_text=Logged(log))
    assert log == ["made 890台", "written 890台", "made 5.62万辆", "written 5.62万辆", "made 12%", "written 12%"]
    assert result.figures == [] and result.chunk is not None and result.records == 3
    assert result.chunk.data.decode("utf-8").count("\n") == 3


def test_workers_hand_back_bytes_not_records(tmp_path: Path) -> None:
    for index in range(4):
        (tmp_path / f"{index}.txt").write_text(f"全省建成充电桩{index + 1}台。", encoding="utf-8")
    results = list(batch.run(batch.expand([str(tmp_path)]), default_patterns(), jobs=2, record_text=JsonLinesText()))
    assert [result.figures for result in results] == [[]] * 4
    chunks = [result.chunk for result in results]
    assert [chunk.records if chunk else None for chunk in chunks] == [1, 1, 1, 1]
    assert [b'"value":%d' % (index + 1) in chunk.data for index, chunk in enumerate(chunks) if chunk] == [True] * 4


def test_a_spilled_chunk_travels_and_its_file_is_removed(spill: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serialised, "_COPY_BYTES", 7)  # blocks cut inside characters of three bytes
    line = "全省建成充电桩890台。\n" * 20
    chunk = Chunk()
    for _ in range(200):
        chunk.add(line)
    chunk.finish()
    assert not chunk.data and chunk.path is not None and Path(chunk.path).parent == spill
    travelled = pickle.loads(pickle.dumps(chunk))
    text = io.StringIO()  # no byte stream under it: decoded
    travelled.write_to(text)
    assert text.getvalue() == line * 200 and list(spill.iterdir()) == []

    again = Chunk()
    again.add(line * 200, 200)
    again.finish()
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8")
    stream.write("[")  # written before the chunk: it stays before it
    again.write_to(stream)
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "[" + line * 200 and list(spill.iterdir()) == []

    dropped = Chunk()
    dropped.add(line * 200)
    dropped.finish()
    assert len(list(spill.iterdir())) == 1
    dropped.discard()
    assert list(spill.iterdir()) == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_input_held_up_to_date_is_skipped_with_no_chunk(jobs: int, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"全省建成充电桩{len(name) + 8}台。", encoding="utf-8")
    held = batch.process(str(tmp_path / "a.txt"), default_patterns())
    assert held.sha256 is not None
    results = batch.run(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
        default_patterns(),
        jobs=jobs,
        up_to_date={str(tmp_path / "a.txt"): held.sha256},
        record_text=JsonLinesText(),
    )
    found = [(result.skipped, result.chunk.records if result.chunk else None) for result in results]
    assert found == [(True, None), (False, 1)]


def test_a_temporary_folder_that_cannot_be_written_fails_that_input_only(
    tmp_path: Path, spill: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("全省建成充电桩890台。", encoding="utf-8")
    (root / "b.txt").write_text(LONG, encoding="utf-8")  # past 2 000 bytes of records: spilled
    result = runner.invoke(app, ["extract", "-q", "--jobs", "1", str(root)])
    assert result.exit_code == 1
    assert [json.loads(line)["text"] for line in result.stdout.splitlines()] == ["890台"]
    assert result.stderr == (
        f"presscan: error: {root / 'b.txt'}: cannot write its records to a temporary file: No such file or"
        " directory (free space in the temporary folder ($TMPDIR))\n"
    )


class LateLimit(JsonLinesText):
    """JSON Lines whose time limit passes as the last record is written: the chunk is complete."""

    def chunk(self, figures: Iterable[Figure], into: Chunk | None = None) -> Chunk:
        super().chunk(figures, into)
        raise batch._TimedOut

    def chunk_values(self, records: Iterable[RecordValues], into: Chunk | None = None) -> Chunk:
        super().chunk_values(records, into)  # a plain text's records (batch._write_records)
        raise batch._TimedOut


def test_a_time_limit_that_passes_as_the_chunk_is_complete_leaves_no_file(tmp_path: Path, spill: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(LONG, encoding="utf-8")  # its records pass 2 000 bytes: spilled
    result = batch.process(str(path), default_patterns(), record_text=LateLimit())
    assert result.error is not None and "extraction took longer than" in result.error.cause
    assert result.chunk is None and list(spill.iterdir()) == []
