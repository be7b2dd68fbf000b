"""Writers behind one interface: the registry chooses one by --format or the suffix of -o; a writer
gets records and per-document events; a writer of a whole file (a database) gets a temporary path
that appears under the output's name only when complete. Tested with writers registered here, as
the next ones (SQLite, Parquet, Excel, an HTML report) will be."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from typer.testing import CliRunner

from presscan import writers
from presscan.cli import app
from presscan.errors import OutputError, PresscanError, UsageError
from presscan.record import Figure
from presscan.writers import DocumentInfo, Writer, WriterFormat, WriterOptions
from presscan.writers.atomic import atomic_binary_output, atomic_path

runner = CliRunner()


class EventLog(Writer):
    """Writes one line per event: what a writer of documents and records hears, in order."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def document_started(self, document: DocumentInfo) -> None:
        self.stream.write(f"started {os.path.basename(document.source)} {document.format} {document.encoding}\n")

    def write(self, figure: Figure) -> None:
        self.stream.write(f"record {figure.text}\n")

    def document_finished(self, document: DocumentInfo, figures: int) -> None:
        self.stream.write(f"finished {os.path.basename(document.source)} {figures}\n")

    def document_failed(self, source: str, error: PresscanError) -> None:
        self.stream.write(f"failed {os.path.basename(source)}: {type(error).__name__}\n")

    def close(self) -> None:
        self.stream.write("closed\n")


class Database(Writer):
    """A whole-file writer, as SQLite will be: a documents table and a figures table."""

    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute("create table documents (source text, format text, figures integer, error text)")
        self.connection.execute("create table figures (source text, text text, value text, unit text)")

    def write(self, figure: Figure) -> None:
        self.connection.execute(
            "insert into figures values (?, ?, ?, ?)", (figure.source, figure.text, str(figure.value), figure.unit)
        )

    def document_finished(self, document: DocumentInfo, figures: int) -> None:
        self.connection.execute(
            "insert into documents values (?, ?, ?, null)", (document.source, document.format, figures)
        )

    def document_failed(self, source: str, error: PresscanError) -> None:
        self.connection.execute("insert into documents values (?, null, 0, ?)", (source, str(error)))

    def close(self) -> None:
        self.connection.commit()
        self.connection.close()


def _events(stream: IO[str], options: WriterOptions) -> Writer:
    return EventLog(stream)


def _database(path: Path, options: WriterOptions) -> Writer:
    return Database(path)


@pytest.fixture
def registered() -> Iterator[None]:
    writers.register(WriterFormat(name="events", suffixes=(".events",), stream=_events))
    writers.register(WriterFormat(name="testdb", suffixes=(".testdb",), file=_database))
    try:
        yield
    finally:
        writers.unregister("events")
        writers.unregister("testdb")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "bulletins"
    root.mkdir()
    (root / "a.txt").write_text("全省建成充电桩890台，新能源车1.46万辆。", encoding="utf-8")
    (root / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "c.txt").write_bytes("全年粮食产量比上年增长，新增就业5.62万人。".encode("gbk"))
    return root


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_writer_hears_each_document_around_its_records(registered: None, folder: Path, jobs: str) -> None:
    result = runner.invoke(app, ["extract", "-q", "--jobs", jobs, "-f", "events", str(folder)])
    assert result.exit_code == 1  # b.txt is no text
    assert result.stdout.splitlines() == [
        "started a.txt text utf-8",
        "record 890台",
        "record 1.46万辆",
        "finished a.txt 2",
        "failed b.txt: InputError",
        "started c.txt text gb18030",
        "record 5.62万人",
        "finished c.txt 1",
        "closed",
    ]
    assert result.stderr.startswith(f"presscan: error: {folder / 'b.txt'}: looks like a binary file")


def test_a_registered_format_is_chosen_by_its_suffix(registered: None, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.events"
    result = runner.invoke(app, ["extract", "-q", str(folder / "a.txt"), "-o", str(out)])
    assert (result.exit_code, result.stdout) == (0, "")
    assert out.read_text(encoding="utf-8").splitlines()[-1] == "closed"


def test_a_file_writer_writes_a_whole_file_that_appears_when_complete(
    registered: None, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "figures.testdb"
    result = runner.invoke(app, ["extract", "-q", str(folder), "-o", str(out)])
    assert result.exit_code == 1, result.stderr
    with sqlite3.connect(out) as connection:
        documents = connection.execute("select source, format, figures, error is not null from documents").fetchall()
        figures = connection.execute("select text, value, unit from figures").fetchall()
    assert documents == [
        (str(folder / "a.txt"), "text", 2, 0),
        (str(folder / "b.txt"), None, 0, 1),
        (str(folder / "c.txt"), "text", 1, 0),
    ]
    assert figures == [("890台", "890", "台"), ("1.46万辆", "14600", "辆"), ("5.62万人", "56200", "人")]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bulletins", "figures.testdb"]  # no .part left


def test_a_file_writer_needs_a_file(registered: None, folder: Path) -> None:
    result = runner.invoke(app, ["extract", "-f", "testdb", str(folder)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "presscan: error: --format testdb writes a file of its own, not to stdout; name it: -o figures.testdb\n"
    )


def test_the_formats_and_their_messages_come_from_the_registry(registered: None) -> None:
    shipped = ["table", "json", "jsonl", "csv", "xlsx", "sqlite", "parquet"]
    assert list(writers.formats()) == [*shipped, "events", "testdb"]
    assert writers.format_for_suffix(Path("a/B.NDJSON")) == "jsonl"
    assert writers.format_for_suffix(Path("figures.testdb")) == "testdb"
    with pytest.raises(
        UsageError,
        match=r"^unknown format 'xml'; choose one of table, json, jsonl, csv, xlsx, sqlite, parquet, events, testdb$",
    ):
        writers.choose_format("xml", None, terminal=False)
    with pytest.raises(UsageError, match=r"add --format jsonl\|json\|csv\|xlsx\|sqlite\|parquet\|events\|testdb$"):
        writers.choose_format(None, Path("figures.txt"), terminal=False)
    assert writers.choose_format(None, None, terminal=True).name == "table"
    assert writers.choose_format(None, None, terminal=False).name == "jsonl"
    assert writers.choose_format("csv", Path("figures.txt"), terminal=True).name == "csv"
    with pytest.raises(ValueError, match="already registered"):
        writers.register(WriterFormat(name="csv", stream=_events))
    with pytest.raises(ValueError, match="exactly one of stream= and file="):
        WriterFormat(name="neither")


def test_the_format_help_lists_the_shipped_formats() -> None:
    result = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert "table | json | jsonl | csv | xlsx | sqlite | parquet. Default: a table on a terminal" in result.stdout


def test_a_whole_file_is_renamed_into_place_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "figures.db"
    out.write_bytes(b"an earlier run")
    out.chmod(0o640)
    with pytest.raises(RuntimeError), atomic_path(out) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("stopped")
    assert out.read_bytes() == b"an earlier run"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["figures.db"]
    with atomic_path(out) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".figures.db.")
        temporary.write_bytes(b"complete")
    assert out.read_bytes() == b"complete"
    assert out.stat().st_mode & 0o777 == 0o640  # the mode of the file it replaced
    with atomic_binary_output(out) as stream:
        stream.write(b"\x00binary")
    assert out.read_bytes() == b"\x00binary"


def test_a_whole_file_cannot_go_to_a_pipe_or_a_device() -> None:
    with pytest.raises(OutputError, match=r"^/dev/stdout: not a regular file"), atomic_path(Path("/dev/stdout")):
        pass
