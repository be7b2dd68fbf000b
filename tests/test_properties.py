"""Properties of the number reader that must hold for every input, not just the table rows.

- A number rendered in any written form (Arabic, full-width, Chinese numerals,
  mixed 1.46万, with spaces and line breaks inside) reads back as the same value.
- A figure's text is always original[start:end].
- Hostile inputs (huge digit runs, walls of % or 约) cost linear time.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from presscan import default_patterns, extract
from presscan.match import find_figures
from presscan.normalise import normalise

UNITS = ["台", "辆", "家", "吨", "元", "%", "平方米", "千瓦时", "人次", "亩"]
MAGNITUDES = {"": 1, "万": 10**4, "亿": 10**8}
DIGITS = "零一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def chinese(number: int) -> str:
    """The way a bulletin writes `number` in Chinese numerals: 10 十, 1005 一千零五, 10010 一万零一十."""
    parts: list[str] = []
    emitted = gap = False
    for size, word in ((10**8, "亿"), (10**4, "万"), (1, "")):
        section = number // size if size == 10**8 else number // size % 10**4
        if section == 0:
            gap = gap or emitted
            continue
        text = chinese(section) if section >= 10**4 else _below_10000(section, first=not emitted)
        if emitted and (gap or section < 1000):
            text = "零" + text
        parts.append(text + word)
        emitted, gap = True, False
    return "".join(parts)


def _below_10000(section: int, *, first: bool) -> str:
    out, pending_zero = "", False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = section // place % 10
        if digit == 0:
            pending_zero = pending_zero or bool(out)
            continue
        if pending_zero:
            out, pending_zero = out + "零", False
        out += "十" if place == 10 and digit == 1 and first and not out else DIGITS[digit] + word
    return out


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A figure in one written form and its exact value."""
    form = draw(st.sampled_from(["arabic", "full_width", "chinese", "chinese_decimal", "mixed"]))
    unit = draw(st.sampled_from(UNITS))
    magnitude = draw(st.sampled_from(list(MAGNITUDES))) if unit != "%" else ""
    whole = draw(st.integers(min_value=2, max_value=99999))
    decimals = draw(st.integers(min_value=0, max_value=99)) if form != "chinese" else 0
    fraction = f".{decimals:02d}".rstrip("0").rstrip(".") if decimals else ""
    value = Decimal(f"{whole}{fraction}") * MAGNITUDES[magnitude]
    if form == "chinese":
        return chinese(int(value)) + unit, value
    if form == "chinese_decimal":
        written = chinese(whole) + ("点" + "".join(DIGITS[int(c)] for c in fraction[1:]) if fraction else "")
        return written + magnitude + unit, value
    number = f"{whole}{fraction}"
    if form == "full_width":
        number = number.translate(FULL_WIDTH)
    return number + magnitude + unit.translate(FULL_WIDTH), value


def scatter(text: str, cuts: list[tuple[int, str]]) -> str:
    """Insert line breaks anywhere and spaces where they do not split two ASCII characters."""
    pieces = list(text)
    for position, gap in sorted(cuts, reverse=True):
        position %= len(text) + 1
        # full-width digits fold to ASCII first, so they count as ASCII here too
        before = unicodedata.normalize("NFKC", pieces[position - 1][-1:] if position else "")
        after = unicodedata.normalize("NFKC", pieces[position][:1] if position < len(pieces) else "")
        if gap in (" ", "\u3000") and before.isascii() and after.isascii() and before.isalnum() and after.isalnum():
            continue
        pieces.insert(position, gap)
    return "".join(pieces)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    written_numbers(),
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from([" ", "\n", "\r\n", "\u3000"])), max_size=3
    ),
)
def test_every_written_form_reads_back_exactly(figure: tuple[str, Decimal], cuts: list[tuple[int, str]]) -> None:
    written, value = figure
    # a line break inside a figure joins where the line was wrapped: here, in a line of more
    # than ten Chinese characters above the paragraph's last line (normalise.py)
    assume(sum(gap in ("\n", "\r\n") for _, gap in cuts) <= 1)
    sentence = "全年全省规模以上工业企业主要产品产量新增" + scatter(written, cuts) + "。"
    figures = extract(sentence)
    assert [f.value for f in figures] == [value], (sentence, figures)
    assert figures[0].text == sentence[figures[0].start : figures[0].end]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789一二三两十百千万亿点.%％,，—-至约多余以上元吨个万/（）含 \n年月日第", max_size=40))
def test_text_is_always_the_original_span(sentence: str) -> None:
    for figure in extract(sentence):
        assert figure.text == sentence[figure.start : figure.end]
        assert figure.start < figure.end


def test_chinese_renderer() -> None:
    assert [chinese(n) for n in (10, 15, 110, 1005, 10010, 120000, 100000000, 3500, 20000)] == [
        "十",
        "十五",
        "一百一十",
        "一千零五",
        "一万零一十",
        "十二万",
        "一亿",
        "三千五百",
        "二万",
    ]


HOSTILE: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "1" * n,
    "percent signs": lambda n: "%" * n,
    "约": lambda n: "约" * n,
    "numeral characters": lambda n: "一" * n,
    "numeral sections": lambda n: "一亿" * (n // 2),
    "vague words": lambda n: "数亿" * (n // 2),
    "figures": lambda n: "1%" * (n // 2),
    "ranges": lambda n: "1-" * (n // 2) + "1%",
    "thousands separators": lambda n: "1" + ",000" * (n // 4),
    "decimals in words": lambda n: "十点" + "五" * n,
    "restatements": lambda n: "三次（含三次）" * (n // 7),
    "signs": lambda n: "-1%" * (n // 3),
}


def _cost(text: str) -> float:
    """CPU seconds (not wall-clock: the machine is shared) of the best of three runs."""
    patterns = default_patterns()
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        find_figures(normalise(text).text, patterns)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("make", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_costs_linear_time(make: Callable[[int], str]) -> None:
    small, large = _cost(make(10_000)), _cost(make(40_000))
    # 4x the input may cost about 4x the time; 12x leaves room for noise, and a
    # quadratic reader would cost 16x or more.
    assert large <= 12 * max(small, 0.002), (small, large)


@given(st.lists(st.integers(-50, 50)).map(sorted), st.integers(-60, 60))
def test_offsets_are_looked_up_as_the_bisect_module_would(items: list[int], value: int) -> None:
    import bisect

    from presscan.segment import bisect_right

    assert bisect_right(items, value) == bisect.bisect_right(items, value)


@given(st.lists(st.integers(-50, 50)).map(sorted), st.integers(-60, 60), st.integers(-2, 60))
def test_offsets_looked_up_near_a_guess_are_where_bisect_finds_them(items: list[int], value: int, guess: int) -> None:
    import bisect

    from presscan.segment import bisect_between, bisect_near, falls_at

    expected = bisect.bisect_right(items, value)
    assert bisect_near(items, value, guess) == expected
    assert falls_at(items, value, guess) == (guess == expected)
    # bisect_between searches a slice known to hold the answer
    low = bisect.bisect_right(items, value - 7)
    high = bisect.bisect_right(items, value + 3)
    assert bisect_between(items, value, low, high) == expected
