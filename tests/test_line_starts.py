"""segment.line_starts finds the lines with str.find where every \\r stands before a \\n: the same
starts as the pattern of line breaks (\\r\\n, \\r, \\n) gives, which it reads otherwise."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan.segment import line_of, line_starts

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def by_pattern(text: str) -> list[int]:
    return [0, *(match.end() for match in LINE_BREAK.finditer(text))]


@pytest.mark.parametrize(
    "text",
    ["", "一行", "全省\n增长5%\n", "\n\n", "Windows\r\n行\r\n尾", "旧Mac\r行\r", "混合\r\n与\r与\n", "\r\r\n", "尾\r"],
)
def test_line_starts_are_the_pattern_s(text: str) -> None:
    assert line_starts(text) == by_pattern(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\r\n一2 ", max_size=30))
def test_line_starts_on_any_text(text: str) -> None:
    starts = line_starts(text)
    assert starts == by_pattern(text)
    assert all(line_of(starts, offset) == line_of(by_pattern(text), offset) for offset in range(len(text)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="\r\n一2 ", max_size=30), st.integers(0, 32), st.integers(0, 32))
def test_line_breaks_between_two_offsets(text: str, start: int, end: int) -> None:
    """core._line_breaks, which counts \\r and \\r\\n only where a \\r stands: as the pattern counts
    them in the slice."""
    from presscan.core import _line_breaks

    assert _line_breaks(text, start, end) == len(LINE_BREAK.findall(text[start:end]))
