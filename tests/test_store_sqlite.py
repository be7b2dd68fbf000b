"""The SQLite store (-o figures.db): the records as JSON Lines gives them, in tables that sqlite-utils
and Datasette read as they are; re-runs that read only what changed; bad outputs as one line, exit 4,
with what the database held untouched. Crashes and concurrent readers: test_store_crash.py."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import without_root
from presscan import batch, writers
from presscan.record import SCHEMA_VERSION, Figure
from presscan.writers import sqlite as sqlite_writer
from presscan.writers.sqlite_schema import FIGURE_COLUMNS, STORE_VERSION
from stores import (  # noqa: F401 (table_reader: a fixture)
    BULLETINS,
    TABLE_CELL,
    extract,
    jsonl_records,
    keyed,
    sqlite_records,
    table_reader,
    write_bulletins,
)

pytestmark = pytest.mark.usefixtures("table_reader")

GLOBS = ("--glob", "*.txt", "--glob", "*.tbl")


def run(folder: Path, database: Path, *options: str) -> tuple[int, str]:
    """presscan extract FOLDER -o DATABASE (one job, so that the reader registered here is used);
    (exit code, stderr)."""
    result = extract("--jobs", "1", *GLOBS, str(folder), "-o", str(database), *options)
    return result.exit_code, result.stderr


def summary(stderr: str) -> str:
    return stderr.strip().rpartition("; ")[2]


def table(database: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(sql).fetchall()
    connection.close()
    return rows


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_bulletins(tmp_path / "bulletins")


def test_the_database_holds_exactly_the_json_lines_records(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    code, stderr = run(folder, database)
    assert code == 0, stderr
    expected = jsonl_records(str(folder))
    assert len(expected) > 10
    stored = sqlite_records(database)
    assert stored == expected  # every field, exact values, nested objects, in input order
    # the values a float cannot hold come back exactly, from value_exact
    assert {str(figure.value) for figure in stored} >= {"1234567890123456780000000", "1234567890.123456789"}
    assert any(figure.table == TABLE_CELL for figure in stored)
    assert all(any(getattr(figure, name) for figure in stored) for name in ("base", "qualifier_text", "value_high"))


def test_documents_say_what_was_read_and_how(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    (folder / "坏的.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, _ = run(folder, database)
    assert code == 1
    rows = table(
        database,
        "SELECT source, sha256, bytes, characters, format, encoding, figures, presscan_version, schema_version,"
        " length(patterns_sha256), read_at IS NOT NULL, error FROM documents ORDER BY source",
    )
    by_source = {os.path.relpath(str(row[0]), folder): row for row in rows}
    text = BULLETINS["河川市/2025年统计公报.txt"]
    import hashlib

    good = by_source["河川市/2025年统计公报.txt"]
    assert good[1:8] == (
        hashlib.sha256(text.encode()).hexdigest(),
        len(text.encode()),
        len(text),
        "text",
        "utf-8",
        sum(1 for figure in jsonl_records(str(folder / "河川市/2025年统计公报.txt"))),
        "0.1.0",
    )
    assert good[8:] == (SCHEMA_VERSION, 64, 1, None)
    assert by_source["空白.txt"][6] == 0  # a document with no figure is a document
    bad = by_source["坏的.txt"]
    assert bad[6] == 0 and "looks like a binary file" in str(bad[-1])
    counted = table(database, "SELECT source, count(*) FROM figures GROUP BY source")
    assert {source: n for source, n in counted} == {
        row[0]: row[6] for row in rows if row[6]
    }  # figures.source refers to its document, and documents.figures counts them


def test_the_tables_are_as_sqlite_utils_and_datasette_expect(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    run(folder, database)
    with sqlite3.connect(database) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(figures)")]
        keys = connection.execute("PRAGMA foreign_key_list(figures)").fetchall()
        document_key = [row[1] for row in connection.execute("PRAGMA table_info(documents)") if row[5]]
        indexed = {
            row[0]
            for name in [row[1] for row in connection.execute("PRAGMA index_list(figures)")]
            for row in [connection.execute(f"PRAGMA index_info({name})").fetchone()[2:]]
        }
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
        periods = connection.execute('SELECT period, "table" FROM figures WHERE period IS NOT NULL').fetchall()
        integrity = connection.execute("PRAGMA foreign_key_check").fetchall()
    connection.close()
    assert columns == list(FIGURE_COLUMNS)
    # every record field is a column under its name; nested objects flattened as sqlite-utils --flatten names them
    for name in Figure.model_fields:
        assert name in columns
    assert {"period_text", "period_start_year", "period_resolved_from", "table_row_header"} <= set(columns)
    assert [(row[2], row[3], row[4]) for row in keys] == [("documents", "source", "source")]
    assert document_key == ["source"]
    assert indexed == {"subject", "kind", "unit", "source"}
    assert journal == "wal"
    assert integrity == []
    for period, cell in periods:
        assert isinstance(json.loads(period), dict)  # JSON columns hold JSON objects
        assert cell is None or isinstance(json.loads(cell), dict)


def test_a_rerun_reads_only_what_changed(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "figures.db"
    code, stderr = run(folder, database)
    assert (code, summary(stderr)) == (0, "figures.db: 5 added, 0 replaced, 0 unchanged (skipped)")
    first = sqlite_records(database)

    # nothing changed: nothing is extracted again (skipped before extraction, not after)
    extracted: list[str] = []
    real_extract = batch.iter_extract

    def counting(text: str, **kwargs: object) -> Iterator[Figure]:
        extracted.append(str(kwargs.get("source")))
        return real_extract(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "iter_extract", counting)
    code, stderr = run(folder, database)
    assert (code, summary(stderr), extracted) == (0, "figures.db: 0 added, 0 replaced, 5 unchanged (skipped)", [])
    assert stderr.startswith("presscan: 0 files read, 0 figures, 0 with errors")
    assert sqlite_records(database) == first

    # one file changed, one added: only they are read; the changed one's figures are replaced, not added to
    changed = folder / "河川市/政府工作报告.txt"
    changed.write_text("全市港口吞吐能力达到4000万吨/年。\n", encoding="utf-8")
    (folder / "新的.txt").write_text("新增5G基站1.1万座。\n", encoding="utf-8")
    code, stderr = run(folder, database)
    assert (code, summary(stderr)) == (0, "figures.db: 1 added, 1 replaced, 4 unchanged (skipped)")
    assert sorted(os.path.basename(source) for source in extracted) == ["政府工作报告.txt", "新的.txt"]
    assert keyed(sqlite_records(database)) == keyed(jsonl_records(str(folder)))
    assert table(database, f"SELECT count(*) FROM figures WHERE source = '{changed}'") == [(1,)]


def test_prune_removes_the_documents_whose_files_are_gone(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    run(folder, database)
    gone = folder / "精确/大数.txt"
    gone.unlink()
    code, stderr = run(folder, database)  # without --prune the document stays
    assert code == 0 and table(database, f"SELECT count(*) FROM documents WHERE source = '{gone}'") == [(1,)]
    code, stderr = run(folder, database, "--prune")
    assert (code, summary(stderr)) == (0, "figures.db: 0 added, 0 replaced, 4 unchanged (skipped), 1 pruned")
    assert table(database, f"SELECT count(*) FROM documents WHERE source = '{gone}'") == [(0,)]
    assert table(database, f"SELECT count(*) FROM figures WHERE source = '{gone}'") == [(0,)]
    assert keyed(sqlite_records(database)) == keyed(jsonl_records(str(folder)))


def test_prune_keeps_what_lies_outside_the_paths_read(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    other = write_bulletins(tmp_path / "other", {"a.txt": "新增5吨。\n"})
    run(other, database)
    shutil.rmtree(other)  # gone, but not under the folder read next
    code, stderr = run(folder, database, "--prune")
    assert (code, summary(stderr)) == (0, "figures.db: 5 added, 0 replaced, 0 unchanged (skipped), 0 pruned")
    assert table(database, "SELECT count(*) FROM documents") == [(6,)]


def test_force_reads_everything_again(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    run(folder, database)
    first = sqlite_records(database)
    code, stderr = run(folder, database, "--force")
    assert (code, summary(stderr)) == (0, "figures.db: 0 added, 5 replaced, 0 unchanged (skipped)")
    assert sqlite_records(database) == first


def test_other_pattern_files_or_another_version_read_everything_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "figures.db"
    run(folder, database)
    mine = tmp_path / "mine.toml"
    mine.write_text('[units]\n"罐" = { kind = "count" }\n', encoding="utf-8")
    code, stderr = run(folder, database, "-p", str(mine))
    assert (code, summary(stderr)) == (0, "figures.db: 0 added, 5 replaced, 0 unchanged (skipped)")
    code, stderr = run(folder, database, "-p", str(mine))
    assert (code, summary(stderr)) == (0, "figures.db: 0 added, 0 replaced, 5 unchanged (skipped)")
    monkeypatch.setattr(sqlite_writer, "__version__", "99.0")
    code, stderr = run(folder, database, "-p", str(mine))
    assert (code, summary(stderr)) == (0, "figures.db: 0 added, 5 replaced, 0 unchanged (skipped)")


def test_a_failed_input_is_read_again_next_time(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    bad = folder / "坏的.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert run(folder, database)[0] == 1
    bad.write_text("新增就业5.62万人。\n", encoding="utf-8")
    code, stderr = run(folder, database)
    assert (code, summary(stderr)) == (0, "figures.db: 0 added, 1 replaced, 5 unchanged (skipped)")
    assert table(database, f"SELECT figures, error FROM documents WHERE source = '{bad}'") == [(1, None)]


@pytest.mark.parametrize("option", ["--prune", "--force"])
def test_prune_and_force_are_for_sqlite(folder: Path, option: str) -> None:
    result = extract(str(folder), "-f", "jsonl", option)
    assert (result.exit_code, result.stdout) == (2, "")
    assert (
        result.stderr == f"presscan: error: {option} is for an output updated run after run: -o figures.db (SQLite)\n"
    )


def test_sqlite_needs_a_file(folder: Path) -> None:
    result = extract(str(folder), "-f", "sqlite")
    assert result.exit_code == 2
    assert "--format sqlite writes a file of its own, not to stdout; name it: -o figures.db" in result.stderr


# Bad outputs: one line naming the file and the cause, exit 4, what was there untouched.


def _untouched(database: Path, before: bytes) -> None:
    assert database.read_bytes() == before


def test_a_text_file_named_db_is_not_overwritten(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "notes.db"
    database.write_text("我的笔记，不是数据库。\n", encoding="utf-8")
    before = database.read_bytes()
    code, stderr = run(folder, database)
    assert code == 4
    assert stderr == (
        f"presscan: error: {database}: not a SQLite database (presscan would not overwrite it); name another file\n"
    )
    _untouched(database, before)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bulletins", "notes.db"]


def test_a_database_of_a_newer_presscan_is_refused(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    run(folder, database)
    with sqlite3.connect(database) as connection:
        connection.execute(f"PRAGMA user_version = {STORE_VERSION + 1}")
    connection.close()
    before = database.read_bytes()
    code, stderr = run(folder, database, "--force")
    assert code == 4
    assert stderr == (
        f"presscan: error: {database}: written by a newer presscan (store version {STORE_VERSION + 1};"
        f" this one writes {STORE_VERSION}): upgrade presscan, or name another file\n"
    )
    _untouched(database, before)


def test_a_database_of_another_program_is_refused(folder: Path, tmp_path: Path) -> None:
    database = tmp_path / "accounts.db"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE accounts (name TEXT, balance INTEGER)")
        connection.execute("INSERT INTO accounts VALUES ('河川', 100)")
    connection.close()
    before = database.read_bytes()
    code, stderr = run(folder, database)
    assert code == 4
    assert stderr == (
        f"presscan: error: {database}: a SQLite database of another program (tables accounts):"
        " presscan adds only to its own; name another file\n"
    )
    _untouched(database, before)


def test_a_read_only_database_is_refused(folder: Path, open_folder: Path) -> None:
    shutil.copytree(folder, open_folder / "bulletins")
    database = open_folder / "figures.db"
    run(open_folder / "bulletins", database)
    database.chmod(0o444)
    open_folder.chmod(0o777)  # the folder is writable: the database itself is not
    before = database.read_bytes()
    with without_root():
        code, stderr = run(open_folder / "bulletins", database, "--force")
    assert code == 4
    assert stderr == (
        f"presscan: error: {database}: cannot write to it (read-only); make it writable or name another file\n"
    )
    _untouched(database, before)
    open_folder.chmod(0o755)  # and a folder it cannot write in (WAL mode writes files beside the database)
    with without_root():
        code, stderr = run(open_folder / "bulletins", database, "--force")
    assert (code, stderr) == (4, f"presscan: error: {database}: cannot write in {open_folder} (permission denied)\n")
    _untouched(database, before)


def test_a_full_disk_stops_the_run_and_keeps_the_documents_written(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk, simulated at the sqlite3 layer: the database may grow by a few pages only."""
    database = tmp_path / "figures.db"
    small = write_bulletins(tmp_path / "small", {"a.txt": "新增5吨。\n"})
    run(small, database)
    kept = sqlite_records(database)
    connect = sqlite_writer._connect

    def nearly_full(path: Path) -> sqlite3.Connection:
        connection = connect(path)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 1}")
        return connection

    monkeypatch.setattr(sqlite_writer, "_connect", nearly_full)
    (small / "b.txt").write_text("全年全市地区生产总值3256.8亿元，比上年增长5.2%。\n" * 400, encoding="utf-8")
    code, stderr = run(small, database)
    assert code == 4
    assert stderr.startswith(f"presscan: error: {database}: cannot store {small / 'b.txt'}: the disk is full")
    assert stderr.count("\n") == 1
    monkeypatch.undo()
    assert sqlite_records(database) == kept  # the document in flight is not there, not even half of it
    assert table(database, "SELECT source FROM documents") == [(str(small / "a.txt"),)]
    # with room again, the same command completes the job
    code, stderr = run(small, database)
    assert code == 0 and summary(stderr) == "figures.db: 1 added, 0 replaced, 1 unchanged (skipped)"


def test_a_second_run_on_the_same_database_waits_then_stops(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "figures.db"
    monkeypatch.setattr(sqlite_writer, "LOCK_WAIT_SECONDS", 0.2)
    first = sqlite_writer.SqliteWriter(database, writers.WriterOptions())  # a run in progress
    try:
        code, stderr = run(folder, database)
    finally:
        first.close()
    assert code == 4
    assert stderr == (
        f"presscan: error: {database}: another presscan run is writing to it; wait for it to finish"
        " (or write to another file)\n"
    )
    code, stderr = run(folder, database)  # the first one is done: this one goes ahead
    assert code == 0, stderr


# Transactions: whole documents, gathered while the batch is ahead of the database.


def _document(number: int, more_ready: bool) -> tuple[writers.DocumentInfo, list[Figure]]:
    from presscan import extract as extract_figures

    source = f"bulletins/{number}.txt"
    figures = extract_figures(f"新增充电桩{number + 1}台，增长{number}.5%。", source=source)
    return writers.DocumentInfo(source, "text", "utf-8", f"{number:064x}", 30, 15, more_ready), figures


def _feed(writer: writers.Writer, document: writers.DocumentInfo, figures: list[Figure]) -> None:
    writer.document_started(document)
    for figure in figures:
        writer.write(figure)
    writer.document_finished(document, len(figures))


def _visible(database: Path) -> tuple[int, int]:
    return table(database, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM figures)")[0]  # type: ignore[return-value]


def test_documents_waiting_in_line_share_a_transaction(tmp_path: Path) -> None:
    database = tmp_path / "figures.db"
    writer = sqlite_writer.SqliteWriter(database, writers.WriterOptions())
    try:
        _feed(writer, *_document(0, more_ready=False))
        assert _visible(database) == (1, 2)  # committed at once: nothing was waiting
        _feed(writer, *_document(1, more_ready=True))
        _feed(writer, *_document(2, more_ready=True))
        assert _visible(database) == (1, 2)  # the next one was ready: not committed yet, and not seen
        _feed(writer, *_document(3, more_ready=False))
        assert _visible(database) == (4, 8)  # the line ended: all three at once
        _feed(writer, *_document(4, more_ready=True))
    finally:
        writer.close()
    assert _visible(database) == (5, 10)  # closing commits the whole documents still open


def test_a_transaction_is_committed_when_it_holds_enough(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_writer, "COMMIT_FIGURES", 3)
    database = tmp_path / "figures.db"
    writer = sqlite_writer.SqliteWriter(database, writers.WriterOptions())
    try:
        for number in range(4):
            _feed(writer, *_document(number, more_ready=True))
            assert _visible(database) == ((number + 1) // 2 * 2, (number + 1) // 2 * 4)  # every 2 documents, 4 figures
    finally:
        writer.close()


def test_the_batch_says_whether_the_next_result_is_ready() -> None:
    from collections import deque
    from concurrent.futures import Future

    pending: Future[object] = Future()
    window: deque[tuple[str, object, int, bool]] = deque(
        [
            ("a", batch.Result("a"), 0, False),
            ("b", batch.Result("b"), 0, False),
            ("c", pending, 0, True),
            ("d", batch.Result("d"), 0, False),
        ]
    )
    ready = [batch._next(window).more_ready]  # type: ignore[arg-type]
    ready.append(batch._next(window).more_ready)  # type: ignore[arg-type]
    pending.set_result([("c", [], None, None, None, None, (None, None, None, False), None)])
    ready += [batch._next(window).more_ready, batch._next(window).more_ready]  # type: ignore[arg-type]
    assert ready == [True, False, True, False]


def test_a_first_run_builds_its_indexes_at_the_end_or_the_next_run_does(folder: Path, tmp_path: Path) -> None:
    def indexes(database: Path) -> set[str]:
        return {str(name) for (name,) in table(database, "SELECT name FROM sqlite_master WHERE type = 'index'")}

    database = tmp_path / "figures.db"
    writer = sqlite_writer.SqliteWriter(database, writers.WriterOptions())
    _feed(writer, *_document(0, more_ready=False))
    assert indexes(database) == {"sqlite_autoindex_documents_1", "idx_figures_source"}  # while it runs
    writer.connection.close()  # stopped before close(), as a killed run is
    writer.connection = None  # type: ignore[assignment]
    writer.lock.release()
    expected = {"sqlite_autoindex_documents_1", "idx_figures_source", "idx_figures_subject"}
    expected |= {"idx_figures_kind", "idx_figures_unit"}
    code, _ = run(folder, database)
    assert code == 0 and indexes(database) == expected


def test_a_database_cannot_go_to_a_pipe_or_a_device(folder: Path) -> None:
    code, stderr = run(folder, Path("/dev/stdout"), "--format", "sqlite")
    assert (code, stderr) == (
        4,
        "presscan: error: /dev/stdout: not a regular file; --format sqlite writes a file of its own: name one\n",
    )
