"""normalise() folds layout away but every figure still points into the original text."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import cpu_seconds
from presscan import extract
from presscan.charfold import _FOLD, fold_width, folder
from presscan.normalise import normalise
from presscan.script_fold import ScriptFold

# Messy strings as PDF and web copies produce them; each has at least one figure. A line
# break inside a figure is where a line of ten or more Chinese characters was wrapped
# (tests/test_layout.py has lines that were not).
MESSY = [
    "全省风电光伏项目投资达到 35 亿\n元以上",
    "全市自来水日供应能力保持稳定，全年供水总量795\n96万吨",
    "今 年 要 做 的 10 项 重 点 工 作",
    "２０２３年全市优良天数比例达到９５.６５％",
    "增长９５．６５％，比上年提高１.３个百分点",
    "全省新增充电桩 1.46 万辆",
    "全年全社会用电量保持较快增长，用电量12.6亿千瓦\n时，其中工业用电量\r\n8.2亿千瓦时",
    "全市\u3000共有医院\u3000１２９\u3000家",
    "新建\u200b充电桩 45\u200b台",
    "\ufeff年末常住人口约 486.3 万人",
    "全年全市空气质量优良天数比例达到95.\n65%，\n\n\n新增绿地 560\t公顷",
    "全年全市细颗粒物PM2.5平均浓度为32微克/立方\n米",
    "超过\n300家，10多万人，20余万元",
    "全年一般公共预算收入\r168.9亿元，增长 6.3 %",
]


@pytest.mark.parametrize("original", [pytest.param(text, id=text) for text in MESSY])
def test_every_figure_maps_back_to_the_original(original: str) -> None:
    figures = extract(original)
    assert figures
    for figure in figures:
        assert figure.text == original[figure.start : figure.end]
        assert 0 <= figure.start < figure.end <= len(original)
        # the figure's text, once folded, is what was matched (folded alone, its lines are too
        # short to tell a wrapped line from another: its kept line breaks are left out)
        alone = normalise(figure.text).text.replace(" ", "").replace("\n", "")
        assert alone in normalise(original).text.replace(" ", "")


@pytest.mark.parametrize("original", [pytest.param(text, id=text) for text in MESSY])
def test_span_maps_each_folded_character_back(original: str) -> None:
    folded = normalise(original)
    assert folded.original_offset(len(folded.text)) == len(original)
    for index, char in enumerate(folded.text):
        start, end = folded.span(index, index + 1)
        assert end == start + 1
        source = original[start]
        # a line break that ends a line not wrapped is kept, as "\n"
        assert char == source or char == normalise(source).text or (char in " \n" and not source.strip())
    # the whole folded text spans from its first kept character to its last
    if folded.text:
        last = len(folded.text) - 1
        assert folded.span(0, len(folded.text)) == (folded.original_offset(0), folded.original_offset(last) + 1)


def test_span_of_a_figure_covers_the_line_break_inside_it() -> None:
    original = "全市自来水日供应能力保持稳定，全年供水总量795\n96万吨"
    folded = normalise(original)
    assert folded.text == "全市自来水日供应能力保持稳定，全年供水总量79596万吨"
    start = folded.text.index("79596")
    assert folded.span(start, start + len("79596万吨")) == (original.index("795"), len(original))


def test_empty_span_maps_to_a_position() -> None:
    folded = normalise("35 亿\n元")
    assert folded.span(2, 2) == (3, 3)


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("２０２３", "2023"),
        ("９５.６５％", "95.65%"),
        ("９５．６５％", "95.65%"),
        ("ＧＢ　３０９５", "GB 3095"),
        ("１，２３４", "1，234"),  # Chinese punctuation in running text is kept
        ("增长，。；：（）！？、", "增长，。；：（）！？、"),
        ("全省风电光伏项目投资达到 35 亿\n元以上", "全省风电光伏项目投资达到35亿元以上"),  # a wrapped line
        ("35 亿\n元以上", "35亿\n元以上"),  # a line of three characters was not wrapped
        ("全年全市城镇生活污水处理量795\n96万吨", "全年全市城镇生活污水处理量79596万吨"),
        ("合计 8,432\n15万吨", "合计8,432\n15万吨"),
        ("增长12.5\n%，", "增长12.5%，"),  # no line opens with a percent sign: joined even here
        # lines that each open with a label and a colon are items of a list, however alike
        (
            "地区生产总值：4862.3亿元，增长5.6%\n规模以上工业增加值：增长7.2%\n固定资产投资：下降2.1%",
            "地区生产总值：4862.3亿元，增长5.6%\n规模以上工业增加值：增长7.2%\n固定资产投资：下降2.1%",
        ),
        # ...but one labelled line before a wrapped one joins it
        (
            "全市地区生产总值：全年实现地区生产总值4862.3亿元，\n比上年增长5.6%，其中第三产业增长6.1%。",
            "全市地区生产总值：全年实现地区生产总值4862.3亿元，比上年增长5.6%，其中第三产业增长6.1%。",
        ),
        ("下降3\n％", "下降3%"),
        ("合计12\n%以上的", "合计12%以上的"),
        ("增长5%。\r\n  新增3台", "增长5%。\n新增3台"),
        ("10 20台", "10 20台"),  # two numbers on one line stay two numbers
        ("今 年 要 做 的 10 项", "今年要做的10项"),
        ("PM2.5 浓度", "PM2.5浓度"),
        ("", ""),
        # a middle dot between digits is a decimal point; elsewhere it stays
        ("２·６亿元", "2.6亿元"),
        ("1・5倍", "1.5倍"),
        ("1‧25亿", "1.25亿"),
        ("2･5个", "2.5个"),
        ("３４·７亿元、８·５万吨", "34.7亿元、8.5万吨"),
        ("马克思·韦伯", "马克思·韦伯"),
        ("第3·第4", "第3·第4"),
        ("2·", "2·"),
        ("·5", "·5"),
        ("1··5", "1··5"),
        # full-width currency signs
        ("￥120", "¥120"),
        ("￡5", "£5"),
        ("＄45", "$45"),
    ],
    ids=lambda value: value,
)
def test_folding(original: str, folded: str) -> None:
    assert normalise(original).text == folded


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200b\u200d"])
def test_invisible_characters_inside_a_number_are_removed(invisible: str) -> None:
    original = f"供水总量795{invisible}96万吨"
    assert [(f.text, f.value) for f in extract(original)] == [(f"795{invisible}96万吨", 79596 * 10000)]


PIECES = st.sampled_from(
    [
        "全年",
        "增长",
        "１２",
        "3",
        "4.5",
        ".",
        "万",
        "亿",
        "千瓦时",
        "兆瓦",
        "吨",
        "％",
        "%",
        "个百分点",
        "元",
        "以上",
        "约",
        "，",
        "。",
        " ",
        "\n",
        "\r\n",
        "\u3000",
        "\u200b",
        "2023年",
        "人",
        "台",
        "多",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_offsets_always_map_back(original: str) -> None:
    for figure in extract(original):
        assert figure.text == original[figure.start : figure.end]
        assert figure.text.strip() == figure.text


def _hostile(scale: int) -> str:
    """A long digit run, a run of magnitudes and a letter-spaced run of digits."""
    return "1" * (50_000 * scale) + "万" * (250 * scale) + " 2" * (12_500 * scale)


def test_hostile_input_costs_linear_cpu_time() -> None:
    """Four times the hostile input costs about four times the CPU time (not wall-clock: the
    machine is shared), never the square of it."""
    extract(_hostile(1))
    small = cpu_seconds(lambda: extract(_hostile(1)), repeat=3)
    large = cpu_seconds(lambda: extract(_hostile(4)), repeat=1)
    assert large <= 12 * max(small, 0.005), (small, large)


SAMPLES = sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_sample_figures_map_back_and_skip_dates(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    figures = extract(original, source=str(path))
    assert len(figures) >= 20
    lines = original.splitlines(keepends=True)
    for figure in figures:
        assert figure.text == original[figure.start : figure.end]
        line_start = sum(len(line) for line in lines[: figure.line - 1])
        assert line_start <= figure.start < line_start + len(lines[figure.line - 1])
    # years, dates and document numbers are never figures
    not_figures = {m.start() for m in re.finditer(r"[0-9０-９]{4}(?=年)|[0-9０-９]+(?=[月日号〕])", original)}
    assert not_figures
    assert not not_figures & {figure.start for figure in figures}


@pytest.mark.parametrize("original", [pytest.param(text, id=text) for text in MESSY])
def test_offset_maps_agree_with_a_map_of_every_character(original: str) -> None:
    """The piecewise map answers as a plain per-character array would."""
    folded = normalise(original)
    every = [folded.original_offset(index) for index in range(len(folded.text) + 1)]
    assert every == sorted(set(every)), "offsets increase"
    assert every[-1] == len(original)
    for offset in range(len(original) + 1):
        assert folded.folded_offset(offset) == bisect.bisect_left(every, offset)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from([chr(code) for code in sorted(_FOLD)] + list("一二１２ab ，。%\n")), max_size=40)
)
def test_folding_runs_is_translating_every_character(text: str) -> None:
    assert fold_width(text) == text.translate(_FOLD)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("12１２·・‧･.一 ，")), max_size=30))
def test_a_middle_dot_is_folded_only_between_two_digits(text: str) -> None:
    """Between two digits, each next to it or a space away (4 · 9 %, 11· 6万人, 0 ·18%)."""
    folded = fold_width(text)
    assert len(folded) == len(text)  # one character for one: offsets do not move
    translated = text.translate(_FOLD)

    def digit(index: int) -> bool:
        return 0 <= index < len(translated) and translated[index] in "0123456789"

    def space(index: int) -> bool:
        return 0 <= index < len(translated) and translated[index] == " "

    for index, (before, after) in enumerate(zip(translated, folded, strict=True)):
        between_digits = (digit(index - 1) or (space(index - 1) and digit(index - 2))) and (
            digit(index + 1) or (space(index + 1) and digit(index + 2))
        )
        if before in "·・‧･" and between_digits:
            assert after == "."
        else:
            assert after == before


def _shipped_fold() -> ScriptFold:
    from presscan.patternset import default_patterns

    return default_patterns().traditional


def test_one_pass_fold_is_the_width_fold_then_the_traditional_table() -> None:
    """normalise folds full-width forms and traditional characters in one pass over the runs of
    either: every character of both tables, one at a time, between digits and dots and as a run."""
    table = _shipped_fold()
    one_pass = folder(table)
    assert one_pass.runs is not None  # the shipped table allows one pass
    written = sorted(table.pairs) + [chr(code) for code in sorted(_FOLD)]
    for char in written:
        for text in (char, f"1{char}2", f"a{char}{char}·5", f"３·{char}"):
            assert one_pass(text) == table(fold_width(text)), text
    everything = "".join(written)
    assert one_pass(everything) == table(fold_width(everything))
    astral = "".join(char for char in table.pairs if ord(char) >= 0x10000)
    assert astral and one_pass(f"x{astral}１２") == table(fold_width(f"x{astral}１２"))


# traditional, full-width, digits, dots, spaces, and two characters beyond the Basic Multilingual Plane
_MIXED = [*"萬億噸統計佔１２·.0一 ，\u3000％", "\U00020000", "\U0002a6a5"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED), max_size=30))
def test_one_pass_fold_of_mixed_text(text: str) -> None:
    table = _shipped_fold()
    assert folder(table)(text) == table(fold_width(text))


def test_a_table_that_touches_digits_is_applied_after_the_width_fold() -> None:
    """A table the one pass cannot join (it reads a digit) is applied after fold_width, as written."""
    table = ScriptFold({"a": "1", "萬": "万"}, "test")
    one_pass = folder(table)
    assert one_pass.runs is None
    assert one_pass("a·２萬") == "1·2万"
