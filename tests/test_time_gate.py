"""The time scan's gate told by tables (timegate.GateTable) passes exactly where the gate's lookahead
(timepattern.gate) passes, on random and real texts and for every way the gate's branches can be
built; and the scan through the table (timegate.TimeScan) finds what re's search finds. The table's
loop runs in either build (compiled, find uses it; pure Python, find keeps re's search)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.periods import PeriodFinder
from presscan.timegate import GateTable, TimeScan
from presscan.timepattern import Openings, gate

ROOT = Path(__file__).resolve().parent.parent
FINDER = PeriodFinder(default_patterns())
TABLE = FINDER.gate_table
GATE = re.compile(FINDER._gate)


def by_gate(pattern: re.Pattern[str], text: str) -> list[int]:
    return [at for at in range(len(text)) if pattern.match(text, at)]


def by_table(table: GateTable, text: str) -> list[int]:
    found: list[int] = []
    table.positions(text, found)
    return found


def real_texts() -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "eval" / "heldout").glob("*/*.txt"))
    shared = ROOT.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    return [path.read_text(encoding="utf-8") for path in paths]


def test_the_shipped_gate_has_a_table() -> None:
    assert TABLE.usable


@pytest.mark.parametrize(
    "text",
    [
        "2025年全省地区生产总值比上年增长5.2%，12025年不是年份。",
        "1—11月，3至5月份，70年代以来，2026届，2024-2025学年，123456789年。",
        "“十四五”时期，‘十五’，「九五」，“一带一路”，十四五规划，十四五时期末，二〇二五年，一九九八年。",
        "截至2024年底，截止到今年，截止，进入二〇二六年，从今年，到“十四五”，由三月，首两季，前三季度，头11个月。",
        "上半年、上一季度、上，年末年初年中，新的一年，新一年，星期天，周末，国庆中秋假期，刚刚过去的一年。",
        "一、二、三季度，第1季度，1-3季度，1至3季度，二十一世纪初，20世纪，本世纪。",
        "",
        "年",
        "截",
        "2",
        "“",
    ],
)
def test_the_table_passes_where_the_gate_passes(text: str) -> None:
    assert by_table(TABLE, text) == by_gate(GATE, text)


def test_the_table_passes_where_the_gate_passes_on_real_texts() -> None:
    texts = real_texts()
    assert texts
    for text in texts:
        assert by_table(TABLE, text) == by_gate(GATE, text)


# the characters the gate names (its class, what follows digits, numerals and quotes, the second
# characters of its words), ASCII digits often, and a few others, some beyond the table
GATE_CHARS = sorted({chr(code) for code in range(len(TABLE.kinds)) if TABLE.kinds[code]})
SECONDS = sorted({chr(code) for code in range(len(TABLE.seconds)) if TABLE.seconds[code]})
ALPHABET = "".join(GATE_CHARS + SECONDS) + "0123456789" * 3 + "，。的增长亿元\n \U00020000\uffff"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_table_passes_where_the_gate_passes_on_any_text(text: str) -> None:
    assert by_table(TABLE, text) == by_gate(GATE, text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_the_table_passes_where_the_gate_passes_on_any_characters(text: str) -> None:
    assert by_table(TABLE, text) == by_gate(GATE, text)


def openings(**changed: object) -> Openings:
    """Openings of a small made-up pattern set, with `changed` in place of its parts."""
    parts: dict[str, object] = {
        "words": ["今年", "上半年", "上年", "年末", "季", "二〇二五年"],
        "leads": ["截至", "截止到", "到", "前", "进入"],
        "numerals": {"一", "二", "三", "十", "〇", "五"},
        "quotes": {"“", "「"},
        "quoted": {"十", "五"},
        "suffixed": ["十四五", "十五"],
        "suffix_firsts": {"时"},
        "after_digits": {"年", "月", "-", "至"},
        "after_numerals": {"年", "月", "至"},
        "digits_free": False,
    }
    parts.update(changed)
    return Openings(**parts)  # type: ignore[arg-type]


# every way gate builds its branches: possessive runs, backtracking ones (what follows a run may be
# of it), free ones (digits or numerals alone open a time), longer runs a word names, no numerals,
# no quoted characters, no words or leads
VARIANTS = {
    "possessive": openings(),
    "digits free": openings(digits_free=True),
    "a lead of digits": openings(leads=["到", "3"]),
    "digits backtracking": openings(after_digits={"年", "1", "5"}),
    "digits in words": openings(words=["2025年度", "1季度", "20世纪"]),
    "numerals free": openings(words=["今年", "十"]),
    "numerals backtracking": openings(after_numerals={"年", "五", "〇"}),
    "no numerals": openings(numerals=set(), words=["今年", "年末"], leads=["到"], suffixed=[]),
    "no quoted": openings(quoted=set()),
    "no words": openings(words=[], leads=[], suffixed=[]),
    "leads only": openings(words=["二〇二五年"], suffixed=[]),
    "longer runs": openings(words=["今年", "123456年", "一二三十五〇二年"]),
}
SMALL = "0123456789一二三十〇五年月-至今上半末季截止到前进入“「时的，" + "12十"


@pytest.mark.parametrize("name", sorted(VARIANTS))
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=SMALL, max_size=30))
def test_every_kind_of_gate_is_told_by_its_table(name: str, text: str) -> None:
    _, lookahead, table = gate(VARIANTS[name])
    assert table.usable
    assert by_table(table, text) == by_gate(re.compile(lookahead), text)


def test_a_gate_beyond_the_plane_keeps_re_s_search() -> None:
    _, _, table = gate(openings(words=["今年", "\U00020000年"]))
    assert not table.usable and not table.by_table


def scanned(text: str, table: bool) -> list[tuple[int, int]]:
    """The spans of the scan's matches as find steps through them, by the table or by re's search."""
    scan = TimeScan(FINDER.scan, TABLE, text)
    scan.by_table = table
    if table:
        scan.positions = by_table(TABLE, text)
    spans: list[tuple[int, int]] = []
    match = scan.search(0)
    while match is not None:
        spans.append(match.span(FINDER._time))
        match = scan.search(max(match.end(FINDER._time), match.start(FINDER._time) + 1))
    return spans


def test_the_scan_by_the_table_finds_what_search_finds() -> None:
    for text in real_texts():
        assert scanned(text, True) == scanned(text, False)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_the_scan_by_the_table_finds_what_search_finds_on_any_text(text: str) -> None:
    assert scanned(text, True) == scanned(text, False)


def test_no_scan_matches_where_the_table_says_no_time_opens() -> None:
    """PeriodFinder.fills (compiled) answers False without the scan where GateTable.opens says the
    character is of no branch's class: the scan never matches there, and the table's positions never
    stand there."""
    for text in real_texts()[:40]:
        passing = set(by_table(TABLE, text))
        for at in range(len(text)):
            if not TABLE.opens(text, at):
                assert at not in passing
                assert FINDER.scan.match(text, at) is None
    assert not TABLE.opens("年", 5) and TABLE.opens("2025年", 0)


def test_fills_as_the_pattern_says_at_every_line_of_the_samples() -> None:
    for text in real_texts()[:10]:
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            for low, high in ((start, end), (start, min(end, start + 6)), (end, end)):
                assert FINDER.fills(text, low, high) == (FINDER.pattern.fullmatch(text, low, high) is not None)
            start = end + 1
