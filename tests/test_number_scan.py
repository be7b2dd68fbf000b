"""patterns.number_scan_re, which match uses to find numbers, finds what patterns.number_re finds:
the same matches at the same positions, and its groups hold the same parts of them. And
find_figures, which sorts its figures only when they are out of order, gives them as the sort did."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.match import RawFigure, find_figures, phrases_in
from presscan.matchwords import match_words
from presscan.number_readings import ScanKinds, readings_of, scan_readings
from presscan.numberstarts import ARABIC, BARE, CHINESE, NumberStarts, number_matches

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = default_patterns()
NUMBERS = PATTERNS.number_re
SCAN = PATTERNS.number_scan_re
KINDS = ScanKinds(SCAN)
WORDS = match_words(PATTERNS)


def parts(match: re.Match[str] | None, scan: bool) -> tuple[object, ...] | None:
    """A match's span and what each alternative took, as number_re's groups give them."""
    if match is None:
        return None
    start, end = match.span()
    text = match.string

    def after_first(name: str) -> str | None:  # number_scan_re's groups hold what follows the first character
        found = match.group(name) if name in match.re.groupindex else None
        return None if found is None else text[start : match.end(name)]

    if scan:
        vague_places = match.group("vague_places") if "vague_places" in SCAN.groupindex else None
        return (
            start,
            end,
            after_first("arabic"),
            after_first("chinese"),
            match.group("fraction"),
            text[start] if vague_places is not None else None,
            vague_places,
            after_first("bare"),
        )
    groups = match.groupdict()
    return (
        start,
        end,
        groups["arabic"],
        groups["chinese"],
        groups["fraction"],
        groups.get("vague"),
        groups.get("vague_places"),
        groups.get("bare"),
    )


def same_everywhere(text: str) -> None:
    for position in range(len(text) + 1):
        assert parts(SCAN.match(text, position), True) == parts(NUMBERS.match(text, position), False), position
    assert [match.span() for match in SCAN.finditer(text)] == [match.span() for match in NUMBERS.finditer(text)]
    for old, new in zip(NUMBERS.finditer(text), SCAN.finditer(text), strict=True):
        read_old = [(r.end, r.text, r.value, r.form, r.high, r.qualifier, r.pair) for r in readings_of(old, WORDS)]
        read_new = [
            (r.end, r.text, r.value, r.form, r.high, r.qualifier, r.pair)
            for r in scan_readings(new, text, new.start(), new.end(), KINDS, WORDS)
        ]
        assert read_new == read_old


@pytest.mark.parametrize(
    "text",
    [
        "全年全市地区生产总值3256.8亿元，比上年增长5.2%，第三产业增加值1,761.9亿元。",
        "超百亿美元、突破千万人次、近万人、附近万人小区、千余家、万余人、数百家、几十个、上千人。",
        "三千五百万吨，两万千瓦，二三十个，十七八岁，九五折，零点三个百分点，百分之三十，三分之一。",
        "大陆五万人，队伍三百人，陆拾万元，伍佰万，陆点五，第陆拾条，第十三条，星期三，上述三项，No.5。",
        "A5、x2.5、v3.0.1、12,345,678、1，234、3万5千、2亿5千万、十几个、二十几家。",
        "",
        "5",
        "十",
    ],
)
def test_the_scan_finds_what_the_pattern_finds(text: str) -> None:
    same_everywhere(text)


def test_the_scan_finds_the_same_in_the_samples_and_the_corpus() -> None:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    assert texts
    for text in texts:
        same_everywhere(text)


# numerals of every kind, the words the guards and the bare magnitudes look at, and a few others
ALPHABET = (
    "0123456789,，.点一二三四五六七八九十百千万亿〇零两壹贰叁肆伍陆柒捌玖拾佰仟上几数多余近超过破第星期述No年元%个 \n"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=30))
def test_the_scan_finds_the_same_on_any_text(text: str) -> None:
    same_everywhere(text)


def phrases_found(text: str) -> list[tuple[int, int, str]]:
    assert PATTERNS.phrase_re is not None
    return [(match.start(), match.end(), match.group()) for match in PATTERNS.phrase_re.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["产量翻了一番，翻两番，翻番；一半以上，百分之百，半成品，打对折", "翻一番翻一番一半半折对折", ""],
)
def test_the_phrases_found_by_str_find_are_the_pattern_s(text: str) -> None:
    assert phrases_in(WORDS, text) == phrases_found(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="翻了一两三番半百分之成折对打品，", max_size=30))
def test_the_phrases_found_by_str_find_are_the_pattern_s_on_any_text(text: str) -> None:
    assert phrases_in(WORDS, text) == phrases_found(text)


# ----- find_figures sorts its figures only when they are out of order ---------------------------
def _spans(figures: list[RawFigure]) -> list[tuple[int, int, str]]:
    return [(figure.start, figure.end, figure.pattern) for figure in figures]


def test_the_figures_of_the_samples_and_the_corpus_come_as_a_sort_by_start_gives_them() -> None:
    """find_figures skips list.sort when the starts never decrease: a stable sort leaves such a list
    as it is, so the figures are those the sort gave, in that order."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    shared = ROOT.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    for path in paths:
        figures = find_figures(path.read_text(encoding="utf-8"), PATTERNS)
        assert figures
        assert _spans(figures) == _spans(sorted(figures, key=lambda figure: figure.start))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789一二三十百千万亿元%个点五年增长约近，。、－—-~至和及“”（）", max_size=30))
def test_the_figures_of_any_text_come_as_a_sort_by_start_gives_them(text: str) -> None:
    figures = find_figures(text, PATTERNS)
    assert _spans(figures) == _spans(sorted(figures, key=lambda figure: figure.start))


# ----- the compiled scan matches only where a number can start (numberstarts) --------------------
STARTS = type(PATTERNS).number_starts.func(PATTERNS)  # a table of its own, used in either build
STARTS.by_table = True


def by_table(text: str) -> list[tuple[object, ...] | None]:
    return [parts(match, True) for match in number_matches(SCAN, STARTS, text)]


def by_finditer(text: str) -> list[tuple[object, ...] | None]:
    return [parts(match, True) for match in SCAN.finditer(text)]


def test_the_shipped_patterns_have_tables() -> None:
    assert STARTS.usable and PATTERNS.number_starts.usable
    assert STARTS.opens[ord("5")] == ARABIC and STARTS.opens[ord("万")] == BARE and STARTS.opens[ord("三")] == CHINESE


def skipped(text: str, at: int) -> bool:
    code = ord(text[at])
    opens = STARTS.opens[code] if code < len(STARTS.opens) else 0
    return not opens or not STARTS.possible(text, at, opens)


def real_texts() -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "eval" / "heldout").glob("*/*.txt"))
    paths += sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_no_position_skipped_is_one_a_match_starts_at() -> None:
    """Every position the tables skip is one where the scan does not match, in every text of the
    samples, the held-out sets and the corpus; and they skip most of those where it does not."""
    tried = matched = 0
    for text in [*real_texts(), "GDP3256亿元 v3.5 x25 1.5 12 第三 超百亿 千余家 数百 上千 以上"]:
        for at in range(len(text)):
            match = SCAN.match(text, at)
            if skipped(text, at):
                assert match is None, (at, text[max(0, at - 3) : at + 3])
            else:
                tried += 1
                matched += match is not None
    assert matched > 0.8 * tried


def test_the_table_s_matches_are_finditer_s_in_real_texts() -> None:
    for text in real_texts():
        assert by_table(text) == by_finditer(text)


@pytest.mark.parametrize(
    "text",
    [
        "GDP3256.8亿元，PM2.5，A380，G20，USD3.5亿",
        "1.5万、1,234,567、3万5千、v3.0.1、x2、第3、第三、第陆拾条、陆拾万元、大陆五万人",
        "超百亿美元、突破千万人次、近万人、附近万人小区、千余家、万余人、数百家、几十个、上千人、以上、零点三",
        "",
        "5",
        "a5",
        "Z5",
        "AB5亿",
        "万余",
        "上",
    ],
)
def test_the_table_s_matches_are_finditer_s(text: str) -> None:
    assert by_table(text) == by_finditer(text)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ALPHABET + "ABGDPxyzaZ\U00020000\uffff", max_size=40))
def test_the_table_s_matches_are_finditer_s_on_any_text(text: str) -> None:
    assert by_table(text) == by_finditer(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_the_table_s_matches_are_finditer_s_on_any_characters(text: str) -> None:
    assert by_table(text) == by_finditer(text)


def test_a_character_beyond_the_plane_has_no_table() -> None:
    assert not NumberStarts("0123\U00020000", {ARABIC: set("0123")}, {}).usable
    assert not NumberStarts("", {}, {}).usable
