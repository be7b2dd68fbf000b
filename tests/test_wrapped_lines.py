"""normalise._wrapped, with native integers and the two longest widths of a paragraph kept instead of
a sorted list of them (the twelfth speed pass), decides as the code before did (here, as it was) on
any widths, marks and decisions so far; so does linemarks.numbered_heading, which no longer cuts an
indented line's indent off; and linemarks.marks_in, which tells _hard_breaks the lines with a colon
(the only ones opens_with_label reads), finds every mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presscan.linemarks import (
    _SECTION_NUMERALS,
    _SECTION_OPENINGS,
    SLACK_COLUMNS,
    SLACK_SHARE,
    WRAP_COLUMNS_AT_LEAST,
    marks_in,
    numbered_heading,
)
from presscan.normalise import _INDENT_COLUMNS, _NEIGHBOURS, _OVER_SHARE, _UNWRAPPED_FACTOR, _wrapped


def wrapped_before(widths: list[int], ended: list[bool], by_hand: list[bool], index: int, opens: bool) -> bool:
    """_wrapped as it was before."""
    width = widths[index]
    if width < WRAP_COLUMNS_AT_LEAST:
        return False
    low = max(0, index - _NEIGHBOURS)
    high = min(len(widths), index + _NEIGHBOURS + 1)
    longest_open = 0
    widest = 0
    for other in range(low, high):
        if widths[other] > widest:
            widest = widths[other]
        if other != index and not ended[other] and widths[other] > longest_open:
            longest_open = widths[other]
    if longest_open < WRAP_COLUMNS_AT_LEAST:
        longest_open = 0
    paragraph = paragraph_widths_before(widths, ended, by_hand, index, low, high)
    if paragraph:
        paragraph.sort()
        reference = paragraph[-2] if len(paragraph) >= 3 else paragraph[-1]
    else:
        around = [
            widths[other] for other in range(low, high) if other != index and widths[other] >= WRAP_COLUMNS_AT_LEAST
        ]
        if not around:
            return True
        around.sort()
        reference = around[3 * len(around) // 4]
    slack = max(SLACK_COLUMNS, reference // SLACK_SHARE) + (_INDENT_COLUMNS if opens else 0)
    if width < reference - slack:
        return False
    if widest > _UNWRAPPED_FACTOR * (width if width > reference else reference):
        return False
    return not longest_open or width <= longest_open + max(2 * SLACK_COLUMNS, longest_open // _OVER_SHARE)


def paragraph_widths_before(
    widths: list[int], ended: list[bool], by_hand: list[bool], index: int, low: int, high: int
) -> list[int]:
    found: list[int] = []
    other = index - 1
    while other >= low and not (widths[other] and by_hand[other]):
        if widths[other] >= WRAP_COLUMNS_AT_LEAST:
            found.append(widths[other])
        other -= 1
    other = index + 1
    while other < high and not ended[other] and not (widths[other] and widths[other] < WRAP_COLUMNS_AT_LEAST):
        if widths[other]:
            found.append(widths[other])
        other += 1
    return found


# widths around the thresholds (0, under and over WRAP_COLUMNS_AT_LEAST, alike and far apart)
WIDTHS = st.one_of(st.just(0), st.integers(1, 120), st.sampled_from([18, 19, 20, 21, 40, 42, 44, 80]))
# widths a few columns apart, where the two longest and the slack decide
CLOSE = st.one_of(st.just(0), st.integers(20, 40), st.integers(50, 80))
FEW = st.sampled_from([0, 10, 19, 20, 24, 26, 27, 30, 31, 32, 35, 36, 60, 61, 75])


@settings(max_examples=3000, deadline=None)
@given(st.data())
def test_wrapped_decides_as_before(data: st.DataObject) -> None:
    widths = data.draw(st.lists(data.draw(st.sampled_from([WIDTHS, CLOSE, FEW])), min_size=1, max_size=16))
    size = len(widths)
    ended = data.draw(st.lists(st.booleans(), min_size=size, max_size=size))
    by_hand = data.draw(st.lists(st.booleans(), min_size=size, max_size=size))
    opens = data.draw(st.booleans())
    for index in range(size):
        assert _wrapped(widths, ended, by_hand, index, opens) == wrapped_before(widths, ended, by_hand, index, opens)


def test_the_second_longest_of_a_paragraph_decides() -> None:
    """31, 35, 30: the reference is 31 (the second longest of three), which a line of 26 falls
    more than the slack short of; 30 would not."""
    widths, marks = [31, 35, 30, 26], [False] * 4
    assert _wrapped(widths, marks, marks, 3, False) is wrapped_before(widths, marks, marks, 3, False) is False


def numbered_heading_before(content: str, stops: frozenset[str]) -> bool:
    """numbered_heading as it was before."""
    if not content:
        return False
    code = ord(content[0])
    if code == 0x20 or code == 0x3000 or code == 0x09:
        content = content.lstrip(" \u3000\t")
        if not content:
            return False
        code = ord(content[0])
    if code >= len(_SECTION_OPENINGS) or not _SECTION_OPENINGS[code]:
        return False
    bracketed = content[0] == "（"
    numbers = 1 if bracketed else 0
    at = numbers
    while at < len(content) and content[at] in _SECTION_NUMERALS:
        at += 1
    if at == numbers or at + 1 >= len(content) or content[at] != ("）" if bracketed else "、"):
        return False
    return not any(char in stops for char in content[at + 1 :])


STOPS = frozenset("，。；！？")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=" \u3000\t（）、一二三十百0，。：a目标", max_size=14))
def test_numbered_heading_decides_as_before(line: str) -> None:
    assert numbered_heading(line, STOPS) == numbered_heading_before(line, STOPS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="：:ab\n", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_marks_in_finds_every_mark(text: str, start: int, end: int) -> None:
    expected = [at for at in range(start, min(end, len(text))) if text[at] in "：:"]
    assert marks_in(text, start, end, frozenset("：:")) == expected
