"""Bad input ends with records or one line on stderr naming the file and the cause: bytes that are
no text, any encoding, files that vanish, change, loop or block, odd names, and inputs on which
presscan meets a bug (the others go on)."""

from __future__ import annotations

import codecs
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import (
    as_root,
    jsonl,
    read_csv,
    three_files,
    without_root,
)
from presscan import Figure, batch, default_patterns, extract
from presscan.cli import app
from presscan.writers.jsonl import json_line

runner = CliRunner()


BAD_BYTES = {
    # bytes, what the one line on stderr says (None: decoded as some legacy encoding, no figure in it)
    "binary (PNG)": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "looks like a binary file"),
    "NUL bytes in text": ("充电桩890台。".encode() + b"\x00" * 64 + "新增5吨".encode(), "looks like a binary file"),
    "random bytes": (bytes((i * 151 + 7) % 256 for i in range(4096)), "looks like a binary file"),
    "invalid UTF-8 that nothing decodes": (b"\x81\x30\xff\xff\xff\xfe" * 3, "cannot decode"),
    "a BOM and then invalid UTF-8": (b"\xef\xbb\xbf\xff\xfe\xfd", "not valid utf-8-sig at byte"),
    "ELF executable": (b"\x7fELF\x02\x01\x01" + bytes(200), "looks like a binary file"),
    "a lone UTF-16 surrogate after a BOM": (b"\xff\xfe" + "新增".encode("utf-16-le") + b"\x00\xd8", "not valid utf-16"),
    "CESU-8 surrogates": (b"\xed\xa0\xbd\xed\xb8\x80" * 3, None),
    "control characters": (bytes(range(1, 9)) * 40, "looks like a binary file (control characters)"),
    "PDF with a header and nothing else": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a readable PDF"),
}


@pytest.mark.parametrize(("data", "cause"), BAD_BYTES.values(), ids=list(BAD_BYTES))
def test_bad_bytes_end_with_one_line_naming_the_file(tmp_path: Path, data: bytes, cause: str | None) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.stdout == ""
    if cause is None:
        assert (result.exit_code, result.stderr) == (0, "")
        return
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"presscan: error: {path}: ") and cause in line, line


TEXT = "全省建成充电桩890台，新能源车1.46万辆。2023年全市地区生产总值达到1.2万亿元，比上年增长5.4%。\n"
TRADITIONAL = "全省建成充電樁890台，新能源車1.46萬輛。2023年全市地區生產總值達到1.2萬億元，比上年增長5.4%。\n"
ENCODED = {
    # the bytes of a file, and the text they must be read as
    "UTF-8": (TEXT.encode(), TEXT),
    "UTF-8 with BOM": (codecs.BOM_UTF8 + TEXT.encode(), TEXT),
    "UTF-16 LE with BOM": (TEXT.encode("utf-16"), TEXT),
    "UTF-16 BE with BOM": (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    "UTF-16 LE without BOM": (TEXT.encode("utf-16-le"), TEXT),
    "UTF-16 BE without BOM": (TEXT.encode("utf-16-be"), TEXT),
    "UTF-32": (TEXT.encode("utf-32"), TEXT),
    "GBK": (TEXT.encode("gbk"), TEXT),
    "GB18030": (TEXT.encode("gb18030"), TEXT),
    "short GBK": ("充电桩890台".encode("gbk"), "充电桩890台"),
    "Big5": (TRADITIONAL.encode("big5"), TRADITIONAL),
    "empty": (b"", ""),
    "ASCII digits in UTF-16 without BOM": ("890台".encode("utf-16-le"), "890台"),
}


@pytest.mark.parametrize(("data", "text"), ENCODED.values(), ids=list(ENCODED))
def test_every_encoding_gives_the_records_of_its_text(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    result = runner.invoke(app, ["extract", str(path)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [json_line(figure) for figure in extract(text, source=str(path))]
    assert bool(result.stdout) == bool(text)  # records to compare, for every text that has any


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(
    ("change", "cause"),
    [
        pytest.param(lambda path: path.unlink(), "no such file", id="vanishes"),
        pytest.param(lambda path: path.chmod(0), "permission denied", id="loses read permission"),
        pytest.param(
            lambda path: (path.unlink(), path.mkdir()),
            "is a folder (name the files in it, or use a glob such as folder/*.txt)",
            id="becomes a folder",
        ),
    ],
)
def test_a_file_that_changes_between_listing_and_reading(
    open_folder: Path, monkeypatch: pytest.MonkeyPatch, jobs: str, change: Callable[[Path], object], cause: str
) -> None:
    three_files(open_folder)
    listed = batch.expand

    def list_then_change(*args: object, **options: object) -> Iterator[batch.Input]:
        found = list(listed(*args, **options))  # type: ignore[arg-type]
        with as_root():
            change(open_folder / "b.txt")
        return iter(found)

    # what is loaded once (jieba's dictionary, the modules of the worker pool) is loaded as root:
    # Python itself may be installed where nobody may read
    list(batch.run([str(open_folder / "a.txt")] * 3, default_patterns(), jobs=2))
    monkeypatch.setattr(batch, "expand", list_then_change)
    with without_root():
        result = runner.invoke(app, ["extract", "-q", "--jobs", jobs, str(open_folder)])
    assert result.stderr == f"presscan: error: {open_folder / 'b.txt'}: {cause}\n"
    assert result.exit_code == 1
    assert [r["text"] for r in jsonl(result.stdout)] == ["890台", "5.62万人"]


def test_links_loops_pipes_and_devices_in_a_folder_are_reported_not_read(tmp_path: Path) -> None:
    three_files(tmp_path)
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # a folder loop
    (tmp_path / "pipe.csv").symlink_to(tmp_path / "pipe.txt")  # not matched by the glob: ignored
    result = runner.invoke(app, ["extract", "-q", str(tmp_path)])
    assert result.exit_code == 1
    assert [r["text"] for r in jsonl(result.stdout)] == ["890台", "5吨", "5.62万人"]
    assert result.stderr.splitlines() == [
        f"presscan: error: {tmp_path / 'gone.txt'}: cannot read: No such file or directory",
        f"presscan: error: {tmp_path / 'loop-a.txt'}: cannot read: Too many levels of symbolic links",
        f"presscan: error: {tmp_path / 'loop-b.txt'}: cannot read: Too many levels of symbolic links",
        f"presscan: error: {tmp_path / 'pipe.txt'}: not a regular file (a pipe, socket or device)"
        " (name it on the command line to read it)",
        f"presscan: error: {tmp_path / 'zero.txt'}: not a regular file (a pipe, socket or device)"
        " (name it on the command line to read it)",
    ]


def test_a_named_pipe_on_the_command_line_is_read_like_a_file(tmp_path: Path) -> None:
    """As for `presscan extract <(unzip -p bulletins.zip)`."""
    fifo = tmp_path / "bulletin.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("充电桩890台。" * 3000, encoding="utf-8"))
    writer.start()
    try:
        result = runner.invoke(app, ["extract", str(fifo)])
    finally:
        writer.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert len(jsonl(result.stdout)) == 3000


def test_a_symlink_loop_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt")])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"presscan: error: {tmp_path / 'a.txt'}: cannot read: Too many levels of symbolic links\n"


ODD_NAMES = [
    "with spaces.txt",
    "“引号” 'single' \"double\".txt",
    "河川市2025年统计公报.txt",
    "-starts-with-a-dash.txt",
    "back\\slash.txt",
    "new\nline.txt",
    "tab\tand,comma.txt",
    "emoji 📈.txt",
    "combining e\u0301.txt",
    "长" * 80 + ".txt",  # 244 bytes of a 255-byte limit
]


def test_file_and_folder_names_with_spaces_quotes_and_chinese(tmp_path: Path) -> None:
    root = tmp_path / "公报 'folder' \"x\""
    root.mkdir()
    for index, name in enumerate(ODD_NAMES):
        (root / name).write_text(f"新增{index + 1}吨。", encoding="utf-8")
    not_utf8 = os.fsdecode(b"not-utf8-\xff.txt")  # a byte that is not UTF-8 comes in as \udcff
    (root / not_utf8).write_text("新增99吨。", encoding="utf-8")
    out = root / "输出 'figures' \"all\".csv"
    result = runner.invoke(app, ["extract", "-q", str(root), "-o", str(out)])
    assert (result.exit_code, result.stderr) == (0, "")
    found = {row["source"]: row["value"] for row in read_csv(out.read_text(encoding="utf-8"))}
    assert found == {
        **{str(root / name): index + 1 for index, name in enumerate(ODD_NAMES)},
        str(root / not_utf8).replace("\udcff", "\\udcff"): 99,  # escaped in CSV
    }
    # JSON Lines: the escape decodes back to the name, and the name back to its bytes
    result = runner.invoke(app, ["extract", "-q", "--", str(root / "-starts-with-a-dash.txt"), str(root / not_utf8)])
    assert result.exit_code == 0, result.stderr
    assert [os.fsencode(r["source"]) for r in jsonl(result.stdout)] == [
        os.fsencode(root / "-starts-with-a-dash.txt"),
        os.fsencode(root) + b"/not-utf8-\xff.txt",
    ]


def test_a_bug_met_on_one_input_is_reported_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug is injected into extraction for one file: that file is reported, the others are written."""

    def with_a_bug(real: object) -> object:
        def made(text: str, **kwargs: object) -> Iterator[Figure]:
            if "FAULT" in text:
                raise RuntimeError("injected")
            return real(text, **kwargs)  # type: ignore[operator, no-any-return]

        return made

    monkeypatch.setattr(batch, "iter_extract", with_a_bug(batch.iter_extract))  # forked workers inherit it
    # JSON Lines of a plain text are written from the records' values (batch._write_records)
    monkeypatch.setattr(batch, "iter_record_values", with_a_bug(batch.iter_record_values))
    (tmp_path / "a.txt").write_text("充电桩890台。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("FAULT 5吨", encoding="utf-8")
    (tmp_path / "c.txt").write_text("新增就业5.62万人。", encoding="utf-8")
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["extract", "-q", "--jobs", jobs, str(tmp_path)])
        assert [r["text"] for r in jsonl(result.stdout)] == ["890台", "5.62万人"], jobs
        assert result.exit_code == 5, jobs
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"presscan: error: {tmp_path / 'b.txt'}: internal error: ")
        assert "injected" in line and "a bug in presscan" in line
        assert "Traceback" not in result.stderr


def test_a_bug_outside_extraction_is_one_line_and_exit_5(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from presscan import summary

    def write_json_with_a_bug(*args: object) -> None:
        raise ValueError("injected")

    monkeypatch.setattr(summary, "write_json", write_json_with_a_bug)
    path = tmp_path / "one.txt"
    path.write_text("充电桩890台。", encoding="utf-8")
    result = runner.invoke(app, ["summary", "--json", str(path)])
    assert result.exit_code == 5
    assert result.stderr.startswith("presscan: internal error: ValueError: injected")
    assert len(result.stderr.splitlines()) == 1
