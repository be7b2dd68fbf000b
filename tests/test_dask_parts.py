"""The parts of presscan.dask that need no cluster: the records as a frame and back, listing inputs and
gathering them into batches, the patterns as they travel, and the time limit in a thread other than the main
one (where a Dask worker runs its tasks)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import BULLETIN
from presscan import InputError, batch, extract, load_patterns
from presscan.cli import app
from presscan.dask import frame, inputs, work
from presscan.record import Figure, Period, TableCell
from presscan.thread_limit import thread_time_limit
from presscan.writers.jsonl import json_line

runner = CliRunner()


def unusual_records() -> list[Figure]:
    """Records with every nested object and value a frame might lose: a table cell, a period without
    years, values a float rounds, an upper end of a range, null pages."""
    base = extract(BULLETIN.read_text(encoding="utf-8"), source=str(BULLETIN))[0]
    return [
        base,
        base.model_copy(update={"value": Decimal("1234567890123456789.5"), "value_high": Decimal("1E-400")}),
        base.model_copy(
            update={
                "page": 3,
                "period": Period(text="上半年", start=1, end=4),
                "table": TableCell(number=1, row=2, column=3, row_header="充电桩", column_header=None),
                "value": Decimal("1.111E+5000"),
                "value_high": Decimal("36.8"),
            }
        ),
        base.model_copy(update={"period": None, "subject": None, "source": "s3://bucket/年报.txt"}),
    ]


def test_every_field_of_the_record_has_a_column() -> None:
    for field in Figure.model_fields:
        assert any(column.field == field for column in frame.COLUMNS), field
    for nested in Period.model_fields:
        assert any(column.field == "period" and column.nested == nested for column in frame.COLUMNS), nested
    assert frame.NAMES[:4] == ("source", "start", "end", "line")
    assert {"period", "period_start", "period_start_year", "table_row_header", "value_exact"} <= set(frame.NAMES)
    assert frame.dtypes()["page"] == "Int64" and frame.dtypes()["value"] == "float64"


def test_rows_give_back_the_records_exactly() -> None:
    records = unusual_records()
    rows = frame.frame(records)
    assert list(rows.columns) == list(frame.NAMES)
    assert rows.dtypes.to_dict() == frame.meta().dtypes.to_dict()
    back = frame.figures_of(rows)
    assert back == records
    assert [json_line(figure) for figure in back] == [json_line(figure) for figure in records]
    assert rows.value_exact[1] == "1234567890123456789.5" and rows.value[1] == pytest.approx(1.2345678901234568e18)
    assert rows.table_row_header.isna().tolist() == [True, True, False, True]


def test_no_records_is_an_empty_frame_of_the_same_columns() -> None:
    empty = frame.frame([])
    assert empty.empty and list(empty.columns) == list(frame.NAMES)
    assert frame.figures_of(empty) == []


def sized(*sizes: int) -> list[inputs.Sized]:
    return [(f"{index}.txt", size) for index, size in enumerate(sizes)]


@pytest.mark.parametrize(
    ("sizes", "batch_bytes", "batch_files", "expected"),
    [
        pytest.param((10,) * 7, 100, 3, [3, 3, 1], id="by files"),
        pytest.param((40, 40, 40, 40), 100, 10, [2, 2], id="by bytes"),
        pytest.param((10, 500, 10), 100, 10, [1, 1, 1], id="a file larger than a batch is a batch of its own"),
        pytest.param((), 100, 10, [], id="no inputs"),
    ],
)
def test_batches(sizes: tuple[int, ...], batch_bytes: int, batch_files: int, expected: list[int]) -> None:
    found = list(inputs.batches(sized(*sizes), batch_bytes, batch_files))
    assert [len(group) for group in found] == expected
    assert [item for group in found for item in group] == [name for name, _ in sized(*sizes)]  # in order


def test_a_small_job_gets_a_few_batches_per_thread() -> None:
    many = sized(*([100] * 2000))
    assert inputs.caps(many, inputs.BATCH_BYTES, inputs.BATCH_FILES, least=8) == (25_000, 250)
    assert len(list(inputs.batches(many, *inputs.caps(many, inputs.BATCH_BYTES, inputs.BATCH_FILES, 8)))) == 8
    huge = sized(*([2**20] * 100))  # 100 MB: the limits hold
    assert inputs.caps(huge, inputs.BATCH_BYTES, inputs.BATCH_FILES, least=8) == (inputs.BATCH_BYTES, 13)


def tree(root: Path) -> Path:
    for name in ("a.txt", "b.md", "c.csv", "sub/d.txt", ".hidden/e.txt", "sub/.f.txt"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("新增5吨。", encoding="utf-8")
    return root


def test_local_paths_are_listed_as_a_local_run_lists_them(tmp_path: Path) -> None:
    root = tree(tmp_path)
    assert [source for source, _ in inputs.expand(str(root))] == list(batch.expand([str(root)]))
    assert [source for source, _ in inputs.expand(str(root / "**" / "*.txt"))] == [
        str(root / "a.txt"),
        str(root / "sub" / "d.txt"),
    ]
    assert dict(inputs.expand([str(root / "a.txt")])) == {str(root / "a.txt"): len("新增5吨。".encode())}
    [(error, _)] = inputs.expand(str(root / "none-*.txt"))
    assert isinstance(error, InputError) and str(error) == f"{root / 'none-*.txt'}: no files match this glob"


def test_urls_are_listed_through_fsspec(tmp_path: Path) -> None:
    root = tree(tmp_path)
    url = f"file://{root}"
    assert [source for source, _ in inputs.expand(url)] == [f"{url}/a.txt", f"{url}/b.md", f"{url}/sub/d.txt"]
    assert [source for source, _ in inputs.expand(f"{url}/*/*.txt", hidden=True)] == [
        f"{url}/.hidden/e.txt",
        f"{url}/sub/.f.txt",
        f"{url}/sub/d.txt",
    ]
    assert dict(inputs.expand(f"{url}/a.txt")) == {f"{url}/a.txt": 0}  # a URL named: listed as it is
    [(error, _)] = inputs.expand("nosuchprotocol://bucket/*.txt")
    assert isinstance(error, InputError) and "nosuchprotocol" in str(error)


def test_stdin_is_not_for_a_cluster() -> None:
    with pytest.raises(ValueError, match="stdin"):
        list(inputs.expand(["-"]))


def test_a_url_is_read_like_a_file_by_a_local_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全省建成充电桩890台。", encoding="utf-8")
    url = f"file://{tmp_path / 'a.txt'}"
    result = runner.invoke(app, ["extract", "--format", "jsonl", url])
    assert result.exit_code == 0 and '"source":"' + url + '"' in result.stdout and '"text":"890台"' in result.stdout
    result = runner.invoke(app, ["extract", "--max-size", "0.00001", url])
    assert result.exit_code == 1 and f"{url}: larger than" in result.stderr
    result = runner.invoke(app, ["extract", f"file://{tmp_path / 'missing.txt'}", "nosuchprotocol://x/a.txt"])
    assert result.stderr == (
        f"presscan: error: file://{tmp_path / 'missing.txt'}: no such file\n"
        "presscan: error: nosuchprotocol://x/a.txt: cannot read it: Protocol not known: nosuchprotocol\n"
    )


def test_user_patterns_travel_to_the_workers(tmp_path: Path) -> None:
    units = tmp_path / "units.toml"
    units.write_text('[units]\n"罐" = { kind = "count" }\n', encoding="utf-8")
    patterns = load_patterns([units])
    packed = work.pack_patterns(patterns)
    assert packed is not None and work.pack_patterns(None) is None
    assert work.unpack_patterns(packed) is work.unpack_patterns(packed)  # unpickled once per process
    text = "全年生产了12罐。"
    assert extract(text, patterns=work.unpack_patterns(packed)) == extract(text, patterns=patterns) != []


def test_the_year_of_writing_travels_to_the_workers(tmp_path: Path) -> None:
    """--year reaches a batch run by a worker (work.run_batch), as it reaches a local run."""
    path = tmp_path / "a.txt"
    path.write_text("今年全市地区生产总值增长5.2%。\n", encoding="utf-8")
    ((_, found, error, *_),) = work.run_batch([str(path)], None, None, batch.Limits(), 2024)
    assert error is None
    assert [(f.period.start_year, f.period.resolved_from) for f in found if f.period] == [(2024, "option")]
    ((_, unresolved, _, *_),) = work.run_batch([str(path)], None, None, batch.Limits())
    assert [f.period.start_year for f in unresolved if f.period] == [None]


class Stopped(BaseException):
    pass


def in_a_thread(function: object) -> list[object]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(function())  # type: ignore[operator]
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    return outcome


def test_the_time_limit_holds_in_a_thread() -> None:
    def slow() -> object:
        with thread_time_limit(0.2, Stopped):
            return extract("1%" * 100_000)  # seconds of work

    [outcome] = in_a_thread(slow)
    assert isinstance(outcome, Stopped), outcome  # not the records: the extraction was stopped


def test_a_block_done_in_time_is_not_stopped_later() -> None:
    def quick() -> object:
        with thread_time_limit(0.05, Stopped):
            found = extract("新增5吨。")
        time.sleep(0.2)  # past the limit, outside the block
        return found

    [outcome] = in_a_thread(quick)
    assert isinstance(outcome, list) and len(outcome) == 1


def test_an_input_past_the_time_limit_in_a_thread_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "slow.txt").write_text("1%" * 100_000, encoding="utf-8")
    [result] = in_a_thread(
        lambda: batch.process(str(tmp_path / "slow.txt"), load_patterns(), limits=batch.Limits(seconds=0.2))
    )
    assert isinstance(result, batch.Result) and result.figures == []
    assert str(result.error) == (
        f"{tmp_path / 'slow.txt'}: extraction took longer than 0.2 s, the time limit for this input"
        " (split it, or raise the limit with --timeout)"
    )


def test_a_time_limit_that_fired_leaves_no_trace(tmp_path: Path) -> None:
    """After a limit has stopped a thread, Python runs as before: code traced line by line (as
    tests/test_limits.py counts work) takes no longer. In a child process, so that a regression fails
    here instead of slowing every test after it."""
    code = (
        "import sys, threading\n"
        "from presscan import extract\n"
        "from presscan.thread_limit import thread_time_limit\n"
        "class Stopped(BaseException): pass\n"
        "def slow():\n"
        "    try:\n"
        "        with thread_time_limit(0.1, Stopped): extract('1%' * 100_000)\n"
        "    except Stopped: print('stopped')\n"
        "thread = threading.Thread(target=slow); thread.start(); thread.join()\n"
        "lines = []\n"
        "def trace(frame, event, arg):\n"
        "    lines.append(event)\n"
        "    return trace\n"
        "sys.settrace(trace); extract('1' * 1600); sys.settrace(None)\n"
        "print('traced')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout == "stopped\ntraced\n", done.stderr


class SlowToFinalize:
    def __del__(self) -> None:
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            pass  # the limit passes here, inside a finalizer, where Python drops what is raised


def test_a_limit_passed_inside_a_finalizer_still_stops_the_block(capfd: pytest.CaptureFixture[str]) -> None:
    def finalizing() -> object:
        with thread_time_limit(0.05, Stopped):
            SlowToFinalize()  # dropped at once: its __del__ runs past the limit
            return "went on"

    [outcome] = in_a_thread(finalizing)
    assert isinstance(outcome, Stopped)
    assert "Exception ignored" not in capfd.readouterr().err  # Python's report of the dropped exception is left out


def test_a_local_run_imports_no_dask() -> None:
    code = (
        "import sys\n"
        "from presscan.cli import main\n"
        f"sys.argv = ['presscan', 'extract', '-q', {str(BULLETIN)!r}, '-f', 'jsonl', '-o', '/dev/null']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as done:\n"
        "    print(done.code, sorted(m for m in ('dask', 'distributed', 'pandas', 'fsspec') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout == "0 []\n", done.stderr
