"""The gate in front of the time-expression pattern (timepattern.gate) only skips positions where no
time expression can start: PeriodFinder.find finds what the pattern without it finds, with the
same groups (its search steps back over the first character and matches in a lookahead)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.eventtimes import since_end
from presscan.periods import PeriodFinder

ROOT = Path(__file__).resolve().parent.parent
FINDER = PeriodFinder(default_patterns())
UNGATED = re.compile(FINDER.body)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The pattern's matches in turn, as find reads them: a time followed by what happened then and
    以来 runs on to it (自2014年首发以来), and the search goes on after it."""
    found: list[tuple[int, int]] = []
    match = pattern.search(text)
    while match is not None:
        start, end = match.span()
        end = since_end(text, end, FINDER.open_ended, FINDER.event_stops)
        found.append((start, end))
        match = pattern.search(text, end if end > start else start + 1)
    return found


def found(text: str) -> list[tuple[int, int]]:
    periods = [(period.start, period.end) for period in FINDER.find(text)]
    assert same_groups(text)
    return periods


def same_groups(text: str) -> bool:
    """Each time the scan finds has the groups of the ungated pattern's match there."""
    time = FINDER.scan.groupindex["time"]
    for period in FINDER.find(text):
        scanned = FINDER.scan.match(text, period.start)
        ungated = UNGATED.match(text, period.start)
        assert scanned is not None and ungated is not None
        values = scanned.groups()
        if values[: time - 1] + values[time:] != ungated.groups() or scanned.span(time) != ungated.span():
            return False
    return True


def test_a_time_is_never_empty() -> None:
    """find goes on one character after a time: that is finditer's way only if no time is empty."""
    assert re._parser.parse(FINDER.body).getwidth()[0] > 0  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "2025年全省地区生产总值比上年增长5.2%，12025年不是年份。",
        "1—11月，规模以上工业增加值增长6%；3至5月份出口回升；70年代以来人口增加。",
        "“十四五”时期，全年粮食产量123万吨；今年一季度、上半年、本世纪20年代、20世纪90年代。",
        "截至2024年底，近三年来累计完成投资；前两个月和首九个月，星期一和周日，年末年初。",
        "二〇二五年、一九九八年，十二月，2024-2025年，3月11日，2023年~2024年，过去一年，刚刚过去的一年。",
        "从2020年到2025年，自去年以来，由三月至五月，进入二〇二六年，截止到今年底，到十四五时期末。",
        "第一产业增长一成，一些企业“十四五”规划，“一带一路”，七十年代、二十一世纪初，一至三季度。",
        "前两个月、首三季、头11个月，前年和后年，前期投入，首批项目，从业人员，到位资金。",
        "",
    ],
)
def test_the_gate_skips_no_time_expression(text: str) -> None:
    assert found(text) == spans(UNGATED, text)


def test_the_gate_skips_none_in_the_samples() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
    shared = ROOT.parent / "shared" / "corpus"
    texts += [path.read_text(encoding="utf-8") for path in sorted(shared.glob("*.txt"))] if shared.is_dir() else []
    assert texts
    for text in texts:
        assert found(text) == spans(UNGATED, text)


# characters time expressions are made of, and a few others
ALPHABET = (
    "0123456789年月日份底末初前后上下半全今去明本当同季度一二三四十〇五世纪代期至到—-～“”十四五时近过来以首个周星期旬中现在目，。%亿元增长"
    "从由自截止进入头两多刚的这春节汛旺淡每规划七九六八零两‘’「」"
)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_gate_skips_nothing_on_any_text(text: str) -> None:
    assert found(text) == spans(UNGATED, text)


@pytest.mark.parametrize("line", ["前三季度", "2025年", "2025年，全市", "“十四五”时期", "从今年", "一些", "十四五", ""])
def test_a_line_that_is_a_time_is_told_as_without_the_gate(line: str) -> None:
    """core reads `pattern.fullmatch` for a line that is a time and nothing else."""
    gated, ungated = FINDER.pattern.fullmatch(line), UNGATED.fullmatch(line)
    assert (gated is None) == (ungated is None)
    assert gated is None or ungated is None or gated.groups() == ungated.groups()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=12))
def test_any_short_line_is_told_as_without_the_gate(line: str) -> None:
    gated, ungated = FINDER.pattern.fullmatch(line), UNGATED.fullmatch(line)
    assert (gated is None) == (ungated is None)


@pytest.mark.parametrize(
    "line",
    ["前三季度", "2025年", "2025年，全市", "2025年全省经济运行情况", "“十四五”时期", "从今年", "一些", "1—11月份", ""],
)
def test_fills_is_fullmatch(line: str) -> None:
    """PeriodFinder.fills tells a line that is a time alone as fullmatch does, mostly without it."""
    text = "上文。" + line + "\n下文"
    assert FINDER.fills(text, 3, 3 + len(line)) == (UNGATED.fullmatch(line) is not None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=12))
def test_fills_is_fullmatch_on_any_line(line: str) -> None:
    assert FINDER.fills(line, 0, len(line)) == (UNGATED.fullmatch(line) is not None)


def test_the_lines_of_the_samples_are_told_as_by_fullmatch() -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "samples").glob("*.txt"))]
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    assert lines
    for line in lines:
        assert FINDER.fills(line, 0, len(line)) == (UNGATED.fullmatch(line) is not None), line
