"""Traditional characters are read as simplified ones, one for one, from patterns/traditional.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from presscan import PatternError, default_patterns, extract
from presscan.normalise import normalise
from presscan.script_fold import ScriptFold

# (as written, as read): every row is folded one character for one
FOLDED = [
    ("本地生產總值按年實質上升3.8%", "本地生产总值按年实质上升3.8%"),
    ("訪港旅客總數達3210萬人次", "访港旅客总数达3210万人次"),
    ("貨櫃吞吐量1420萬個標準箱", "货柜吞吐量1420万个标准箱"),
    ("零售業總銷貨價值臨時估計為310億元", "零售业总销货价值临时估计为310亿元"),
    # simplified text is left exactly as it is
    ("全省高速公路已建成充电桩890台", "全省高速公路已建成充电桩890台"),
    # characters with more than one simplified reading are left as written: 乾 (干 or 乾), 著
    ("乾隆年間著作", "乾隆年间著作"),
]


@pytest.mark.parametrize(("written", "read"), FOLDED, ids=[row[0] for row in FOLDED])
def test_the_shipped_table_folds_traditional_characters(written: str, read: str) -> None:
    assert default_patterns().traditional(written) == read


@pytest.mark.parametrize(("written", "read"), FOLDED, ids=[row[0] for row in FOLDED])
def test_normalise_folds_them_without_moving_an_offset(written: str, read: str) -> None:
    folded = normalise(written)
    assert folded.text == read
    assert [folded.original_offset(index) for index in range(len(read))] == list(range(len(written)))


def test_records_quote_the_traditional_text_as_written() -> None:
    text = "二〇二五年首九個月，訪港旅客總數達3210萬人次。"
    [figure] = extract(text)
    assert (figure.text, figure.unit, figure.subject) == ("3210萬人次", "人次", "訪港旅客總數")
    assert text[figure.start : figure.end] == figure.text
    assert figure.period is not None and figure.period.text == "二〇二五年首九個月"


# (file content, the problem named): a broken table is refused on load, naming the line
BROKEN = [
    ("萬\t万\n億亿\n", "line 2: write one character, a tab and one character"),
    ("萬\t万万\n", "line 1: write one character, a tab and one character"),
    ("萬\t万\n萬\t方\n", "line 2: 萬 is already read as 万"),
    ("萬\t萬\n", "line 1: a character is read as a different, visible character"),
    ("萬\t万\n万\t方\n", "万 is both read as another and read from another"),
]


@pytest.mark.parametrize(("content", "problem"), BROKEN, ids=[row[1] for row in BROKEN])
def test_a_broken_table_names_the_file_and_the_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "traditional.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PatternError) as caught:
        ScriptFold.read(path)
    assert str(caught.value) == f"{path}: {problem}"


def test_comment_and_empty_lines_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "traditional.txt"
    path.write_text("# as written, a tab, as read\n\n萬\t万\n", encoding="utf-8")
    assert ScriptFold.read(path)("3萬人") == "3万人"


def test_a_table_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "traditional.txt"
    path.write_bytes("萬\t万\n".encode("gbk"))
    with pytest.raises(PatternError, match="not UTF-8 text"):
        ScriptFold.read(path)


def test_the_shipped_table_is_large_and_consistent() -> None:
    fold = default_patterns().traditional
    assert len(fold) > 4000
    # folding twice changes nothing: no character is both folded and a fold's result
    sample = "".join(chr(code) for code in range(0x4E00, 0x9FA6))
    assert fold(fold(sample)) == fold(sample)
