"""Which lines open with a label and a colon (items of a labelled list): one row per line."""

from __future__ import annotations

import pytest

from presscan import default_patterns
from presscan.linemarks import opens_with_label

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
