"""wordlookup.starts_at and ends_at compare code points in the compiled build (_same_codes, no slice
made): they answer what a slice compared answers, at every position of a text, for words that are
there, words that differ at any character, empty words, positions past either end and characters
beyond the Basic Multilingual Plane."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from presscan.wordlookup import _same_codes, ends_at, starts_at

TEXT = "全年GDP增长5.2%，比上年提高0.3个百分点；𠀀年底达到１２３万人"
WORDS = ["", "全", "全年", "增长", "增长5", "5.2%", "提高", "𠀀", "𠀀年", "万人", "万人口", "年", "比上年", "x"]


def test_starts_at_and_ends_at_as_a_slice_says() -> None:
    for word in WORDS:
        for pos in range(-3, len(TEXT) + 4):
            assert starts_at(TEXT, pos, word) == (pos + len(word) <= len(TEXT) and TEXT[pos : pos + len(word)] == word)
            start = pos - len(word)
            assert ends_at(TEXT, pos, word) == (start >= 0 and TEXT[start:pos] == word), (word, pos)


@given(st.text(alphabet="年月日增长万人𠀀ab1", max_size=12), st.text(alphabet="年月日增长万人𠀀ab1", max_size=4))
def test_same_codes_is_a_slice_compared(text: str, word: str) -> None:
    for pos in range(len(text) - len(word) + 1):
        assert _same_codes(text, pos, word) == (text[pos : pos + len(word)] == word)
        assert starts_at(text, pos, word) == text.startswith(word, pos)
        assert ends_at(text, pos + len(word), word) == (text[pos : pos + len(word)] == word)
