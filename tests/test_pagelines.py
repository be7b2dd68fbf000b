"""Page furniture in a plain text copied out of a PDF: page numbers in a decorated form, and the
running header next to one, are read as blank lines (offsets unchanged); a bare number alone on
its line (a table's cell) and a line that repeats the title elsewhere are kept."""

from __future__ import annotations

import pytest

from presscan import default_patterns, extract
from presscan.pagelines import blank_page_furniture

TITLE = "湖北省2025年教育事业发展统计公报"

# (text, the lines that must read as blank)
CASES = [
    (f"{TITLE}\n普通高中在校\n— 1 —\n{TITLE}\n生109.83万人。\n", ["— 1 —", TITLE]),
    (f"{TITLE}\n普通高中在校\n\n－ 2 －\n\n{TITLE}\n生109.83万人。\n", ["－ 2 －", TITLE]),  # full-width dashes
    (f"{TITLE}\n招生37.26万人。\n第 3 页\n在校生109.83万人。\n", ["第 3 页"]),
    # Windows line ends, and blank lines around the page number
    (f"{TITLE}\r\n普通高中在校\r\n— 1 —\r\n{TITLE}\r\n生109.83万人。\r\n", ["— 1 —", TITLE]),
    (f"{TITLE}\r\n\r\n在校\r\n\r\n— 2 —\r\n\r\n{TITLE}\r\n生。", ["— 2 —", TITLE]),
    (f"{TITLE}\n招生37.26万人。\n-４-\n在校生109.83万人。\n", ["-４-"]),
    (f"{TITLE}\n表1 学校数\n普通高中\n598\n初中\n2185\n", []),  # bare numbers: cells
    (f"{TITLE}\n一、综述\n{TITLE}是全省教育工作的总结。\n", []),
    # a running header that adds a bracket to the title (the year a report covers)
    (f"{TITLE}\n普通高中在校\n- 1 -\n{TITLE}（2025 年）\n生109.83万人。\n", ["- 1 -", f"{TITLE}（2025 年）"]),
    # ...and any short line without marks between the two halves of a sentence the page cut, the
    # text before stopping short of a mark and the line after going on unindented
    (f"{TITLE}\n普通高中在校\n- 1 -\n{TITLE}解读\n生109.83万人。\n", ["- 1 -", f"{TITLE}解读"]),
    (
        "关于2025年全市火灾情况的通报\n抢救保护财产价\n\n— 1 —\n\n绵阳市火灾和应急救援情况通报（2025年度）\n值约2.1亿元。\n",
        ["— 1 —", "绵阳市火灾和应急救援情况通报（2025年度）"],
    ),
    # ...but not a heading after a sentence that ended, nor a paragraph that opens indented
    (f"{TITLE}\n普通高中在校生109.83万人。\n- 1 -\n二、职业教育\n中职在校生48万人。\n", ["- 1 -"]),
    (f"{TITLE}\n普通高中在校\n- 1 -\n二、职业教育\n　　中职在校生48万人。\n", ["- 1 -"]),
]


@pytest.mark.parametrize(("text", "blank"), CASES, ids=[case[0][len(TITLE) : len(TITLE) + 14] for case in CASES])
def test_page_furniture_reads_as_blank_lines(text: str, blank: list[str]) -> None:
    read = blank_page_furniture(text, default_patterns())
    assert len(read) == len(text)
    expected = text
    for line in blank:
        at = expected.rindex(line)
        expected = expected[:at] + " " * len(line) + expected[at + len(line) :]
    assert read == expected


def test_a_sentence_cut_by_a_page_break_reads_whole() -> None:
    text = f"{TITLE}\n\n普通高中598所；招生37.26万人，在校\n— 1 —\n{TITLE}\n生109.83万人，比上年增加3.47万人。\n"
    figures = {figure.text: figure for figure in extract(text)}
    assert figures["109.83万人"].subject == "在校生"
    assert figures["3.47万人"].subject == "在校生"
    for figure in figures.values():
        assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    "after",
    [
        "1.8千克标准煤/平方米。",  # a figure that opens the line after the page
        "，增长4.6%。",  # a clause mark that opens it
    ],
)
def test_a_sentence_goes_on_past_the_blanked_page_break(after: str) -> None:
    """The prose tests of a line read the next line with words, past the blank lines a page's furniture
    leaves: the sentence the page cut goes on (…比上年下降⏎－1－⏎title⏎1.8千克…)."""
    text = f"{TITLE}\n全市单位面积供热能耗为23.5千克标准煤/平方米，比上年下降\n－1－\n{TITLE}\n{after}\n"
    figures = extract(text)
    last = figures[-1]
    assert last.subject == "单位面积供热能耗"
    assert "\n" not in last.context
