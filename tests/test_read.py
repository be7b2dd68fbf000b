"""Decoding: a byte-order mark, then strict UTF-8, then charset-normalizer among the Chinese encodings."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from presscan.errors import InputError
from presscan.read import decode, read_text

TEXT = "全省建成充电桩890台，新能源车1.46万辆。2023年全市地区生产总值达到1.2万亿元，比上年增长5.4%。\n"
TRADITIONAL = "全省建成充電樁890台，新能源車1.46萬輛。2023年全市地區生產總值達到1.2萬億元，比上年增長5.4%。\n"

DETECTED = [
    ("utf-8", TEXT.encode("utf-8"), TEXT),
    ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
    ("utf-16 le with BOM", TEXT.encode("utf-16"), TEXT),
    ("utf-16 be with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT),
    ("utf-16 le without BOM", TEXT.encode("utf-16-le"), TEXT),
    ("utf-16 be without BOM", TEXT.encode("utf-16-be"), TEXT),
    ("gbk", TEXT.encode("gbk"), TEXT),
    ("gb18030", TEXT.encode("gb18030"), TEXT),
    ("short gbk", "充电桩890台".encode("gbk"), "充电桩890台"),
    ("big5", TRADITIONAL.encode("big5"), TRADITIONAL),
    ("empty", b"", ""),
    ("ascii digits in utf-16 without BOM", "890".encode("utf-16-le"), "890"),
]


@pytest.mark.parametrize(("data", "expected"), [(d, e) for _, d, e in DETECTED], ids=[i for i, _, _ in DETECTED])
def test_encoding_is_detected(data: bytes, expected: str) -> None:
    text, _ = decode(data, "bulletin.txt")
    assert text == expected


def test_the_encoding_used_is_reported() -> None:
    assert decode(TEXT.encode("utf-8"), "x")[1] == "utf-8"
    assert decode(TEXT.encode("gbk"), "x")[1] == "gb18030"
    assert decode(TEXT.encode("utf-16-le"), "x")[1] == "utf-16-le"


NOT_TEXT = [
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("nul bytes", b"abc\x00\x01\x02\x03" * 50, "binary"),
    ("control characters", bytes(range(1, 9)) * 40, "binary"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary"),
    ("undecodable", b"\x81\x30\xff\xff\xff\xfe", "cannot decode"),
]


@pytest.mark.parametrize(("data", "cause"), [(d, c) for _, d, c in NOT_TEXT], ids=[i for i, _, _ in NOT_TEXT])
def test_bytes_that_are_not_text_raise_naming_the_file(data: bytes, cause: str) -> None:
    with pytest.raises(InputError) as raised:
        decode(data, "folder/file.txt")
    assert raised.value.source == "folder/file.txt"
    assert cause in raised.value.cause
    assert str(raised.value).startswith("folder/file.txt: ")


def test_undecodable_bytes_hint_at_encoding() -> None:
    with pytest.raises(InputError) as raised:
        decode(b"\x81\x30\xff\xff\xff\xfe", "x.txt")
    assert "--encoding gbk" in str(raised.value)


def test_encoding_option_forces_one() -> None:
    text, used = decode(TEXT.encode("gbk"), "x", "gbk")
    assert (text, used) == (TEXT, "gbk")


def test_forced_encoding_that_does_not_fit_names_the_byte() -> None:
    with pytest.raises(InputError, match=r"not valid utf-8 at byte \d+"):
        decode(TEXT.encode("gbk"), "x", "utf-8")


def test_unknown_encoding() -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"abc", "x", "klingon")


def test_invalid_bytes_after_a_bom() -> None:
    with pytest.raises(InputError, match="not valid utf-8-sig"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd", "x")


def test_read_text_of_a_file_and_of_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read_text(str(path)) == (TEXT, "gb18030")
    with pytest.raises(InputError, match="no such file"):
        read_text(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a folder"):
        read_text(str(tmp_path))
