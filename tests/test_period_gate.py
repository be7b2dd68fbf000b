"""The gate in front of the time-expression pattern (timepattern.gate) only skips positions where no
time expression can start: PeriodFinder.find finds what the pattern without it finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.periods import PeriodFinder

ROOT = Path(__file__).resolve().parent.parent
FINDER = PeriodFinder(default_patterns())
UNGATED = re.compile(FINDER.body)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def found(text: str) -> list[tuple[int, int]]:
    return [(period.start, period.end) for period in FINDER.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "2025年全省地区生产总值比上年增长5.2%，12025年不是年份。",
        "1—11月，规模以上工业增加值增长6%；3至5月份出口回升；70年代以来人口增加。",
        "“十四五”时期，全年粮食产量123万吨；今年一季度、上半年、本世纪20年代、20世纪90年代。",
        "截至2024年底，近三年来累计完成投资；前两个月和首九个月，星期一和周日，年末年初。",
        "二〇二五年、一九九八年，十二月，2024-2025年，3月11日，2023年~2024年，过去一年，刚刚过去的一年。",
        "",
    ],
)
def test_the_gate_skips_no_time_expression(text: str) -> None:
    assert found(text) == spans(UNGATED, text)


def test_the_gate_skips_none_in_the_samples() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
    assert texts
    for text in texts:
        assert found(text) == spans(UNGATED, text)


# characters time expressions are made of, and a few others
ALPHABET = "0123456789年月日份底末初前后上下半全今去明本当同季度一二三四十〇五世纪代期至到—-～“”十四五时近过来以首个周星期旬中现在目，。%亿元增长"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_gate_skips_nothing_on_any_text(text: str) -> None:
    assert found(text) == spans(UNGATED, text)
