"""titles.Titles, which tells whether a figure stands inside a title (《…》), finds the marks
once per text and looks them up by binary search: it answers as the search around each figure
with str.rfind and str.find (written out here as the reference) answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.titles import Titles

PATTERNS = default_patterns()
TITLE_LENGTH = 40


def searched(text: str, start: int, end: int) -> bool:
    for opening, closing in PATTERNS.titles.items():
        found = text.rfind(opening, max(0, start - TITLE_LENGTH), start)
        if found < 0 or text.find(closing, found, start) >= 0:
            continue
        close = text.find(closing, end, end + TITLE_LENGTH)
        if close >= 0 and PATTERNS.punctuation.sentence_mark_re.search(text, found, close) is None:
            return True
    return False


def same_everywhere(text: str) -> None:
    titles = Titles(PATTERNS, text)
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 6) + 1):
            assert titles.around(start, end) == searched(text, start, end), (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "学习《中央八项规定实施细则》，全年培训3万人次。",
        "《关于2025年预算的报告》指出，增长5%。《十四五规划》",
        "《》《《3项》》，《三年行动。计划》，" + "长" * 45 + "《五年》",
        "",
    ],
)
def test_the_marks_looked_up_answer_as_the_search(text: str) -> None:
    same_everywhere(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="《》〈〉<>。，3万吨年a", max_size=60))
def test_the_marks_looked_up_answer_as_the_search_on_any_text(text: str) -> None:
    same_everywhere(text)
