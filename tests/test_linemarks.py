"""Which lines open with a label and a colon (items of a labelled list): one row per line. And which
lines are a number and nothing else, told by their first character before they are folded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.charfold import fold_width
from presscan.linemarks import holds_a_mark, is_number_fragment, opens_with_digit, opens_with_label

PUNCTUATION = default_patterns().punctuation
COLONS = PUNCTUATION.colons
STOPS = (PUNCTUATION.clause_end | PUNCTUATION.sentence_end) - COLONS


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("地区生产总值：4862.3亿元，增长5.6%", True),
        ("  规模以上工业增加值：增长7.2%", True),  # indented
        ("城镇居民人均可支配收入（元）：46320", True),
        ("GDP: 4862.3", True),
        ("会议于10:30开始", False),  # a time, not a label
        ("全市地区生产总值增长5.6%，其中：", False),  # a clause mark before the colon
        ("：开头就是冒号", False),
        ("甲：", False),  # one character: too short to tell from a mark in running text
        ("这是一行很长很长很长很长很长的文字然后才有冒号：", False),  # past 16 characters
        ("没有冒号的一行", False),
        ("", False),
    ],
)
def test_a_line_opens_with_a_label(line: str, labelled: bool) -> None:
    assert opens_with_label(line, COLONS, STOPS) is labelled


# ----- is_number_fragment, told by its first character first, against folding every line ---------
def number_fragment_folded(content: str) -> bool:
    """linemarks.is_number_fragment as it was: every line folded (fold_width) before it is read."""
    body = fold_width(content.strip())
    while body and not body[-1].isalnum() and body[-1] not in "%‰":
        body = body[:-1]
    if body[-1:] in "%‰":
        body = body[:-1]
        signed = True
    else:
        signed = False
    digits = body.replace(".", "", 1)
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    return signed or len(digits) != len(body) or len(digits) > 3


@pytest.mark.parametrize(
    "line",
    [
        "1234.5",
        "  １２３４．５  ",
        "５.２％。",
        ".5",
        "﹒5",
        "12",
        "1234",
        "％",
        "·5",
        "5·2",
        "全年1234.5",
        "",
        "　",
        "²³",
        "12a",
    ],
)
def test_a_number_fragment_is_told_as_by_folding_the_line(line: str) -> None:
    assert is_number_fragment(line) is number_fragment_folded(line)


def test_every_line_of_the_samples_and_the_corpus_is_told_as_by_folding_it() -> None:
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "samples").glob("*.txt"))
    shared = root.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    lines = [line.rstrip() for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 300
    assert [is_number_fragment(line) for line in lines] == [number_fragment_folded(line) for line in lines]


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="0123456789.０１２３４５６７８９．﹒·%‰％。，！ 　a万²", max_size=12))
def test_any_line_is_told_as_by_folding_it(line: str) -> None:
    assert is_number_fragment(line) is number_fragment_folded(line)


# ----- opens_with_digit, told by a set of the characters that fold to a digit, against folding ----
def opens_with_digit_folded(content: str) -> bool:
    """linemarks.opens_with_digit as it was: the first character folded (fold_width), then read."""
    head = fold_width(content.lstrip()[:1])
    return head.isdigit() and head.isascii()


def test_a_line_opens_with_a_digit_as_by_folding_its_first_character() -> None:
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        for line in (chr(code), f"  {chr(code)}年", f"\u3000{chr(code)}"):
            assert opens_with_digit(line) is opens_with_digit_folded(line), hex(code)
    for line in ("", "  ", "\U0001d7ce", "１２３", "²", "٣"):
        assert opens_with_digit(line) is opens_with_digit_folded(line)


# ----- holds_a_mark, str.find for each mark, against a set lookup of each character ---------------
@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="，。；、：,.;:?!？！a1中年 \u3000", max_size=30),
    st.integers(min_value=-3, max_value=33),
    st.integers(min_value=-3, max_value=33),
    st.sets(st.sampled_from(["，", "。", "；", ",", ".", ";", "?", "！", "...", "。。", "中"])),
    st.booleans(),
)
def test_a_line_holds_a_mark_as_its_characters_say(
    line: str, start: int, end: int, marks: set[str], wide: bool
) -> None:
    frozen = frozenset(marks)
    expected = any(char in frozen and not (wide and char.isascii()) for char in line[start:end])
    assert holds_a_mark(line, start, end, frozen, wide) is expected
