"""matchwords.word_at and word_before slice only the lengths of word that size_table says may stand
at a position (by the code points of the first two or last two characters there): they find what a
plain lookup of every length, longest first, finds, for every table of the shipped patterns."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO
from presscan import default_patterns
from presscan.matchwords import MatchWords, code_table, match_words, size_table, word_at, word_before

WORDS = match_words(default_patterns())


def _plain_at(table: dict[str, object], longest: int, text: str, pos: int) -> str | None:
    for size in range(min(longest, len(text) - pos), 0, -1):
        if text[pos : pos + size] in table:
            return text[pos : pos + size]
    return None


def _plain_before(table: dict[str, object], longest: int, text: str, pos: int) -> str | None:
    for size in range(min(longest, pos), 0, -1):
        if text[pos - size : pos] in table:
            return text[pos - size : pos]
    return None


def _tables(words: MatchWords) -> list[tuple[str, dict[str, object], bytes, bytes, int]]:
    patterns = words.patterns
    return [
        ("at", dict(words.inside), words.inside_first_codes, words.inside_second_codes, words.inside_longest),
        ("at", dict(words.after), words.after_first_codes, words.after_second_codes, words.after_longest),
        ("at", dict(words.counted_nouns), words.counted_first_codes, words.counted_second_codes, words.counted_longest),
        ("before", dict(words.before), words.before_last_codes, words.before_second_codes, words.before_longest),
        ("before", dict(words.around), words.around_last_codes, words.around_second_codes, words.around_longest),
        (
            "before",
            dict(words.prefixes),
            words.prefixes_last_codes,
            words.prefixes_second_codes,
            words.prefixes_longest,
        ),
        (
            "before",
            dict(words.separators),
            words.separators_last_codes,
            words.separators_second_codes,
            words.separators_longest,
        ),
        (
            "before",
            dict(patterns.currency_signs),
            words.currency_signs_last_codes,
            words.currency_signs_second_codes,
            patterns.longest_key["currency_signs"],
        ),
    ]


def _check(text: str) -> None:
    for way, table, ends, nexts, longest in _tables(WORDS):
        for pos in range(len(text) + 1):
            if way == "at":
                assert word_at(table, ends, nexts, longest, text, pos) == (
                    _plain_at(table, longest, text, pos) if pos < len(text) else None
                )
            else:
                assert word_before(table, ends, nexts, longest, text, pos) == _plain_before(table, longest, text, pos)


def test_the_lookups_are_the_plain_ones_on_the_samples() -> None:
    for path in sorted(Path(REPO, "samples").glob("*.txt"))[:6]:
        _check(path.read_text(encoding="utf-8")[:6000])


def _words_text() -> st.SearchStrategy[str]:
    pieces = sorted({word for _, table, _, _, _ in _tables(WORDS) for word in table} | set("的为达约0123456789 ，。"))
    return st.lists(st.sampled_from(pieces), max_size=12).map("".join)


@given(_words_text())
def test_the_lookups_are_the_plain_ones_on_the_words_run_together(text: str) -> None:
    _check(text)


def test_a_size_table_is_a_code_table_of_its_characters() -> None:
    for way, table, ends, _, _ in _tables(WORDS):
        assert bytes(map(bool, ends)) == code_table([word[0] if way == "at" else word[-1] for word in table if word])
    words = ["约", "大约为", "一二三四五六七八九"]
    last, before_last, second = size_table(words, -1), size_table(words, -2), size_table(words, 1)
    assert (last[ord("约")], last[ord("为")], last[ord("九")]) == (0b1, 0b100, 0b10000000)
    assert (before_last[ord("约")], before_last[ord("八")], before_last[ord("大")]) == (0b100, 0b10000000, 0)
    assert (second[ord("约")], second[ord("二")]) == (0b100, 0b10000000)
    assert sum(map(bool, last)) == 3 and sum(map(bool, before_last)) == 2 and sum(map(bool, second)) == 2
