"""Properties of the records over any text: extract never raises, every record points at its text,
values are finite, the output is deterministic, a line break or a space inside a figure changes
nothing, and JSON Lines, JSON and CSV read back to the same records, extreme values included."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from helpers import (
    LINE_BREAK,
    assert_records_hold,
    csv_view,
    read_csv,
    read_json,
    read_jsonl,
    write_all,
)
from presscan import Figure, extract
from presscan.cli import app
from presscan.writers.jsonl import json_line

runner = CliRunner()


SUBJECTS = ["地区生产总值", "社会消费品零售总额", "新能源汽车", "粮食产量", "充电桩", "城镇新增就业", "进出口总额", ""]

VERBS = ["增长", "比上年增长", "达到", "下降", "新增", "完成", "占", "约为", "", "分别增长"]

BEFORE = ["约", "近", "超过", "不足", "", "", ""]

AFTER = ["以上", "左右", "多", "", "", ""]

UNITS = ["元", "吨", "%", "个百分点", "辆", "台", "千瓦时", "人次", "公顷", "‰", "倍", "家", "万人"]

MAGNITUDES = ["", "", "万", "亿", "千"]

GAPS = ["，", "。", "；", "、", "\n", "\r\n", "\r", " ", "\u3000", "\u2028", "（", "）", ""]

NOISE = ["2024年", "1—11月", "第一", "“十四五”", "15号线", "（含）", "晋政发〔2024〕5号", "其中", "同比"]

CHINESE_NUMBERS = [
    "三",
    "十二",
    "一百零五",
    "三千五百",
    "两万",
    "十二点五",
    "百分之三十",
    "三成",
    "三分之一",
    "数百",
    "翻一番",
]


@st.composite
def arabic_numbers(draw: st.DrawFn) -> str:
    whole = draw(st.integers(min_value=0, max_value=10**9))
    text = f"{whole:,}" if draw(st.booleans()) and whole >= 1000 else str(whole)
    if draw(st.booleans()):
        text += "." + str(draw(st.integers(min_value=0, max_value=999)))
    if draw(st.integers(min_value=0, max_value=4)) == 0:
        text = text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
    return text


@st.composite
def figures_as_written(draw: st.DrawFn) -> str:
    """One figure as a bulletin writes it: qualifiers, a number in any form, magnitude, unit, range."""
    if draw(st.integers(min_value=0, max_value=3)) == 0:
        return draw(st.sampled_from(CHINESE_NUMBERS)) + draw(st.sampled_from(["", "家", "吨", "个", "倍", "%"]))
    number = draw(arabic_numbers())
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        number += draw(st.sampled_from(["至", "—", "-", "~", "到"])) + draw(arabic_numbers())
    sign = draw(st.sampled_from(["", "", "", "-", "−"]))
    return (
        draw(st.sampled_from(BEFORE))
        + sign
        + number
        + draw(st.sampled_from(MAGNITUDES))
        + draw(st.sampled_from(UNITS))
        + draw(st.sampled_from(AFTER))
    )


@st.composite
def bulletin_text(draw: st.DrawFn) -> str:
    """A few clauses of a statistical bulletin, with the breaks and noise of copied text."""
    pieces = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        if draw(st.integers(min_value=0, max_value=4)) == 0:
            pieces.append(draw(st.sampled_from(NOISE)))
        pieces.append(draw(st.sampled_from(SUBJECTS)) + draw(st.sampled_from(VERBS)) + draw(figures_as_written()))
        pieces.append(draw(st.sampled_from(GAPS)))
    return "".join(pieces)


ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=120)  # surrogates included

PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(ANY_TEXT)
def test_extract_never_raises_on_any_unicode(text: str) -> None:
    assert_records_hold(text, extract(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin_text())
def test_extract_never_raises_on_bulletin_like_text(text: str) -> None:
    assert_records_hold(text, extract(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(bulletin_text(), ANY_TEXT), min_size=1, max_size=4).map("".join))
def test_the_same_input_gives_byte_identical_records(text: str) -> None:
    first = [json_line(figure) for figure in extract(text)]
    assert [json_line(figure) for figure in extract(text)] == first


def _is_ascii_word(char: str) -> bool:
    import unicodedata

    char = unicodedata.normalize("NFKC", char)
    return char.isascii() and char.isalnum()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin_text(), st.data())
def test_a_line_break_or_space_inside_a_figure_keeps_its_value_unit_and_kind(text: str, data: st.DataObject) -> None:
    """PDF copies wrap lines and add spaces anywhere; only a space between two ASCII digits or
    letters is a real separator ("10 20" is two numbers), as the README says. A line break
    joins where the line was wrapped: here, a paragraph whose cut line is longer than its
    last line (normalise.py reads which lines were wrapped from their lengths)."""
    gap = data.draw(st.sampled_from(["\n", "\r\n", "\u2028", " ", "\u3000", "\n  "]))
    if LINE_BREAK.search(gap) or "\u2028" in gap:
        paragraph = LINE_BREAK.sub("，", text).replace("\u2028", "，")
        text = "全年全省主要经济指标运行平稳，" * (2 + len(paragraph) // 15) + paragraph + "。"
    figures = extract(text)
    assume(figures)
    figure = data.draw(st.sampled_from(figures))
    assume(figure.end - figure.start >= 2)
    cut = data.draw(st.integers(min_value=figure.start + 1, max_value=figure.end - 1))
    if gap.strip() == "" and "\n" not in gap and "\u2028" not in gap:
        assume(not (_is_ascii_word(text[cut - 1]) and _is_ascii_word(text[cut])))
    broken = text[:cut] + gap + text[cut:]
    after = [f for f in extract(broken) if f.start == figure.start]
    assert [(f.value, f.value_high, f.unit, f.kind) for f in after] == [
        (figure.value, figure.value_high, figure.unit, figure.kind)
    ], (text, broken)
    assert after[0].end == figure.end + len(gap)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(bulletin_text(), min_size=1, max_size=3).map("\n".join))
def test_jsonl_json_and_csv_read_back_to_the_same_records(text: str) -> None:
    figures = extract(text, source='公报 2024/"quoted", name.txt')
    assert read_jsonl(write_all(figures, "jsonl")) == figures
    assert read_json(write_all(figures, "json")) == figures
    assert [Figure.model_validate_json(line) for line in write_all(figures, "jsonl").splitlines()] == figures
    assert read_csv(write_all(figures, "csv")) == [csv_view(figure) for figure in figures]


EXTREME_VALUES = {
    "28 digits times 万亿": ("9" * 28 + "万亿吨", 39),
    "a decimal of 28 digits": ("1" * 27 + ".5%", 26),
    "a tiny decimal": ("0." + "0" * 400 + "1%", -401),
    "20 significant digits": ("1234567890123456789.5%", 18),
    "negative, 28 digits": ("-" + "1" * 28 + "%", 27),
}


@pytest.mark.parametrize(("text", "exponent"), EXTREME_VALUES.values(), ids=list(EXTREME_VALUES))
def test_extreme_values_are_written_as_json_numbers_that_read_back(text: str, exponent: int) -> None:
    (figure,) = extract(text)
    assert figure.value.adjusted() == exponent
    for fmt, read in (("jsonl", read_jsonl), ("json", read_json)):
        written = write_all([figure], fmt)
        assert read(written) == [figure], fmt
        assert "Infinity" not in written and "NaN" not in written
    (row,) = read_csv(write_all([figure], "csv"))
    assert row["value"] == figure.value


def test_extreme_values_through_the_cli_in_every_format(tmp_path: Path) -> None:
    path = tmp_path / "extreme.txt"
    path.write_text("，".join(text for text, _ in EXTREME_VALUES.values()), encoding="utf-8")
    expected = [figure.value for figure in extract(path.read_text(encoding="utf-8"))]
    for fmt in ("jsonl", "json", "csv"):
        result = runner.invoke(app, ["extract", "-f", fmt, str(path)])
        assert result.exit_code == 0, (fmt, result.stderr)
        if fmt == "csv":
            values = [row["value"] for row in read_csv(result.stdout)]
        else:
            values = [f.value for f in (read_jsonl if fmt == "jsonl" else read_json)(result.stdout)]
        assert values == expected, fmt


def test_values_of_many_digits_are_exact_up_to_the_limit() -> None:
    """28 significant digits times any magnitude are exact; more digits are a code, not a quantity."""
    assert [f.value for f in extract("1" * 28 + "吨")] == [Decimal("1" * 28)]
    assert [f.value for f in extract("9" * 28 + "万亿元")] == [Decimal("9" * 28) * 10**12]
    assert [f.value for f in extract("0." + "1" * 27 + "吨")] == [Decimal("0." + "1" * 27)]
    assert extract("1" * 29 + "吨") == []
    assert extract("一亿亿亿亿亿亿亿吨") == []  # 10**56 of anything is no statistic


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("占" + "1" * 30 + "/3", id="a share of 30 digits (占111.../3)"),
        pytest.param("一分之一亿亿亿亿亿亿亿", id="a fraction worth more than 28 digits"),
    ],
)
def test_extract_never_raises_on_huge_fractions(text: str) -> None:
    assert_records_hold(text, extract(text))


CHARACTERS = {
    # text, the figures' texts; offsets are checked against the text for every row
    "mixed line endings": (
        "充电桩890台。\r\n新增5吨。\r增长3%。\n完成2亿元。\u2028新增7家。",
        ["890台", "5吨", "3%", "2亿元", "7家"],
    ),
    "a figure broken by \\r\\n": ("全年全市重点项目建设加快推进，新增35\r\n亿元以上。", ["35\r\n亿元"]),
    "a figure broken by \\r": ("全年全市重点项目建设加快推进，新增35\r亿元。", ["35\r亿元"]),
    "a figure broken by U+2028": ("全年全市重点项目建设加快推进，新增35\u2028亿元。", ["35\u2028亿元"]),
    "zero-width space before the unit": ("充电桩890\u200b台。", ["890\u200b台"]),
    "zero-width joiner before the unit": ("充电桩890\u200d台。", ["890\u200d台"]),
    "word joiner inside a Chinese numeral": ("新增三\u2060千台。", ["三\u2060千台"]),
    "soft hyphen inside a figure": ("新增1.46\u00ad万辆。", ["1.46\u00ad万辆"]),
    "combining mark on the subject": ("充电桩\u0301890台。", ["890台"]),
    "emoji before the figure": ("🚗🚗新增1.46万辆🔋，增长36.8%📈。", ["1.46万辆", "36.8%"]),
    "astral CJK before the figure": ("𠀀𠀁𪚥新增5吨。", ["5吨"]),
    "lone surrogates": ("\ud800充电桩\udfff890台。", ["890台"]),
    "JSON text with surrogate escapes": ('{"t": "\\ud83d\\ude00 新增5吨"}', ["5吨"]),
    "RTL and bidi controls": ("\u202e新增5吨\u202c。", ["5吨"]),
}


@pytest.mark.parametrize(("text", "expected"), CHARACTERS.values(), ids=list(CHARACTERS))
def test_odd_characters_keep_figures_and_offsets(text: str, expected: list[str]) -> None:
    figures = extract(text)
    assert_records_hold(text, figures)
    assert [figure.text for figure in figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("新增795\u200b96万吨。", "79596万吨", id="zero-width space"),
        pytest.param("新增1.4\u200d6万辆。", "1.4\u200d6万辆", id="zero-width joiner"),
    ],
)
def test_zero_width_characters_between_digits_are_removed(text: str, expected: str) -> None:
    assert [figure.text for figure in extract(text)] == [expected.replace("79596", "795\u200b96")]
