"""Readers: the registry chooses one from the content; the text reader decodes a byte-order
mark, then strict UTF-8, then charset-normalizer among the Chinese encodings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan import batch, default_patterns, extract
from presscan.cli import app
from presscan.errors import InputError
from presscan.readers import (
    Document,
    ReaderFormat,
    ReadOptions,
    Region,
    choose_reader,
    locate,
    open_document,
    register,
    unregister,
)
from presscan.readers.text import decode
from presscan.record import TableCell

TEXT = "全省建成充电桩890台，新能源车1.46万辆。2023年全市地区生产总值达到1.2万亿元，比上年增长5.4%。\n"


def test_the_encoding_used_is_reported() -> None:
    """Which encodings are detected is tested through the command line (test_bad_input.py)."""
    assert decode(TEXT.encode("utf-8"), "x")[1] == "utf-8"
    assert decode(TEXT.encode("gbk"), "x")[1] == "gb18030"
    assert decode(TEXT.encode("utf-16-le"), "x")[1] == "utf-16-le"


def test_encoding_option_forces_one() -> None:
    text, used = decode(TEXT.encode("gbk"), "x", "gbk")
    assert (text, used) == (TEXT, "gbk")


def test_forced_encoding_that_does_not_fit_names_the_byte() -> None:
    with pytest.raises(InputError, match=r"not valid utf-8 at byte \d+"):
        decode(TEXT.encode("gbk"), "x", "utf-8")


def test_unknown_encoding() -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"abc", "x", "klingon")


def test_a_file_and_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(TEXT.encode("gbk"))
    document = open_document(str(path))
    assert (document.text, document.encoding, document.format, document.regions) == (TEXT, "gb18030", "text", ())
    with pytest.raises(InputError, match="no such file"):
        open_document(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a folder"):
        open_document(str(tmp_path))


# The registry: a reader is chosen by magic bytes, then by suffix; the text reader takes the rest.


def _paged(data: bytes, source: str, options: ReadOptions) -> Document:
    """A made-up paged format: a header line, then pages of UTF-8 text separated by form feeds;
    a page that starts with "|" is one table cell (table 1, row 2, column 3)."""
    body = data.split(b"\n", 1)[1].decode("utf-8")
    text, regions, start = "", [], 0
    for number, page in enumerate(body.split("\f"), 1):
        text += page + "\n"
        end = start + len(page)
        cell = (
            TableCell(number=1, row=2, column=3, row_header="充电桩", column_header="台") if page[:1] == "|" else None
        )
        regions.append(Region(start, end, page=number))
        if cell is not None:
            regions.append(Region(start, end, table=cell))
        start = end + 1
    return Document(source, text, "paged", None, tuple(regions))


PAGED = ReaderFormat(name="paged", read=_paged, magic=(b"%PAGED\n",), suffixes=(".paged",))
PAGED_BYTES = "%PAGED\n全年新增就业5.62万人。\f|充电桩890台\f增长3%。".encode()


@pytest.fixture
def paged_reader() -> Iterator[None]:
    register(PAGED)
    try:
        yield
    finally:
        unregister("paged")


def test_a_reader_is_chosen_by_magic_bytes_then_by_suffix(paged_reader: None) -> None:
    assert choose_reader(PAGED_BYTES, "bulletin.txt").name == "paged"
    assert choose_reader(b"plain text", "bulletin.PAGED").name == "paged"
    assert choose_reader(b"plain text", "bulletin.txt").name == "text"
    assert choose_reader(b"%PDF-1.7\n", "report.txt").name == "pdf"
    assert choose_reader(b"\x89PNG\r\n", "chart.png").name == "text"  # no image reader: the text reader says why


def test_regions_set_page_and_table_on_the_records(tmp_path: Path, paged_reader: None) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(PAGED_BYTES)
    (result,) = batch.run([str(path)], default_patterns())
    assert (result.error, result.format, result.encoding) == (None, "paged", None)
    assert [(f.text, f.page, f.table.column if f.table else None) for f in result.figures] == [
        ("5.62万人", 1, None),
        ("890台", 2, 3),
        ("3%", 3, None),
    ]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_registered_reader_reaches_the_records_written_by_the_cli(
    tmp_path: Path, paged_reader: None, jobs: str
) -> None:
    for index in range(3):
        (tmp_path / f"{index}.txt").write_bytes(PAGED_BYTES)
    result = CliRunner().invoke(app, ["extract", "-q", "--jobs", jobs, str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["page"] for record in records] == [1, 2, 3] * 3
    assert records[1]["table"] == {
        "number": 1,
        "row": 2,
        "column": 3,
        "row_header": "充电桩",
        "column_header": "台",
    }


def test_plain_text_records_come_back_untouched() -> None:
    figures = extract("全年新增就业5.62万人。")
    assert locate(figures, Document("-", "全年新增就业5.62万人。", "text")) is figures


def test_binary_input_no_reader_takes_keeps_its_one_line(tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"presscan: error: {path}: looks like a binary file (an image, PDF or archive) (presscan reads text files)\n"
    )
