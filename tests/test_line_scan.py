"""linescan reads the lines around a piece by one loop over the code points (`_scan`, what compiled
code runs) as str.splitlines and the string methods read them (`_split`, what pure Python runs):
the same ends, contents, widths, indents, marks and labels on the samples, the corpus, the held-out
sets and random texts of every kind of line break and white space; and its table of code points
says what str.isspace and str.splitlines say."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from presscan import default_patterns
from presscan.linemarks import mark_table
from presscan.linescan import _KINDS, _TOP_SPACE, LINE_BREAKS, Lines, _scan, _split

PUNCTUATION = default_patterns().punctuation
COLONS = PUNCTUATION.colons
STOPS = (PUNCTUATION.clause_end | PUNCTUATION.sentence_end) - COLONS
MARKS = mark_table(PUNCTUATION.closing_brackets | PUNCTUATION.quote_marks, PUNCTUATION.sentence_end)


def both(text: str, start: int, limit: int, end: int, after: int = 5) -> tuple[Lines, Lines]:
    scanned, split = Lines(), Lines()
    _scan(scanned, text, start, limit, end, after, MARKS, COLONS, STOPS)
    _split(split, text, start, limit, end, after, MARKS, COLONS, STOPS)
    return scanned, split


def assert_same(text: str, start: int, limit: int, end: int, after: int = 5) -> None:
    scanned, split = both(text, start, limit, end, after)
    for name in ("ends", "contents", "widths", "ended", "labelled", "indents"):
        assert getattr(scanned, name) == getattr(split, name), (name, text[start:limit][:200])


def texts() -> list[str]:
    paths = sorted((REPO / "samples").glob("*.txt")) + sorted((REPO / "eval" / "heldout").glob("*/*.txt"))
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_the_real_texts_read_alike() -> None:
    chosen = random.Random(17)
    read = 0
    for text in texts():
        assert_same(text, 0, len(text), len(text))
        for _ in range(4):  # pieces as _hard_breaks reads them: from anywhere, to anywhere after
            start = chosen.randrange(len(text) + 1)
            end = chosen.randrange(start, len(text) + 1)
            assert_same(text, start, min(len(text), end + 2000), end, chosen.randrange(0, 7))
        read += 1
    assert read > 40


_PIECES = [
    *"\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029\t \u3000\xa0\u2003\u200b\u202f",
    "\r\n",
    *"。．.！？；，、：:“”」）)（一二十",
    *"a1５中年元％%",
    "\U00020000",
    "地区生产总值",
    "12.5",
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=80),
    st.integers(min_value=0, max_value=100),
    st.integers(min_value=0, max_value=100),
    st.integers(min_value=0, max_value=7),
)
def test_random_texts_read_alike(pieces: list[str], cut: int, ahead: int, after: int) -> None:
    text = "".join(pieces)
    start = min(cut, len(text))
    end = min(len(text), start + ahead)
    for limit in (len(text), min(len(text), end + 3)):
        assert_same(text, start, max(limit, start), end, after)


def test_the_table_is_what_the_string_methods_say() -> None:
    for code in range(_TOP_SPACE + 1):
        char = chr(code)
        assert bool(_KINDS[code] & 1) is char.isspace(), hex(code)
        assert bool(_KINDS[code] & 2) is (len(f"a{char}b".splitlines()) == 2), hex(code)
    assert not [code for code in range(_TOP_SPACE + 1, 0x110000) if chr(code).isspace()]
    assert not [code for code in range(_TOP_SPACE + 1, 0x110000) if len(f"a{chr(code)}b".splitlines()) == 2]
    assert frozenset(chr(code) for code in range(_TOP_SPACE + 1) if _KINDS[code] & 2) == LINE_BREAKS
