"""The code tables (matchwords.code_table) that the rules read a character by, where they used to
test the character as a string in a set: each says of every code point what the set says of its
character, for the shipped patterns, and the tests written with them agree with the set tests they
replaced on every character of the samples."""

from __future__ import annotations

from collections.abc import Collection

import pytest

from conftest import REPO
from presscan import default_patterns
from presscan.core import attributor
from presscan.matchwords import code_table, code_table_of, first_index, has_code, match_words

ATTRIBUTOR = attributor(default_patterns())
PHRASES = ATTRIBUTOR.phrases
WORDS = match_words(default_patterns())
# every character the tables' sets hold, every character of the samples, and those around them
SAMPLES = "".join(path.read_text(encoding="utf-8") for path in sorted((REPO / "samples").glob("*.txt")))


def _pairs() -> list[tuple[str, bytes, Collection[str]]]:
    marks = ATTRIBUTOR.timeline.marks
    return [
        ("per_codes", PHRASES.per_codes, PHRASES.per_markers),
        ("class_numeral_codes", PHRASES.class_numeral_codes, PHRASES.class_numerals),
        ("rate_end_codes", ATTRIBUTOR.chains.rate_end_codes, ATTRIBUTOR.chains.rate_ends),
        ("quote_codes", ATTRIBUTOR.timeline.quote_codes, marks.quotes),
        ("punctuation_codes", ATTRIBUTOR.timeline.punctuation_codes, marks.punctuation),
        ("list_mark_codes", ATTRIBUTOR.periods.list_mark_codes, ATTRIBUTOR.periods.list_marks),
        ("bracket_codes", ATTRIBUTOR.periods.bracket_codes, ATTRIBUTOR.periods.brackets.keys()),
        ("separators_last_table", WORDS.separators_last_table, WORDS.separators_last),
        ("negative_sign_end_codes", WORDS.negative_sign_end_codes, WORDS.negative_sign_ends),
        ("unitless_end_codes", WORDS.unitless_end_codes, WORDS.unitless_ends),
        ("per_rate_end_codes", WORDS.per_rate_end_codes, WORDS.per_rate_ends),
        ("moving_start_codes", ATTRIBUTOR.predicates.moving_start_codes, ATTRIBUTOR.predicates.moving_starts),
        ("positive_sign_codes", ATTRIBUTOR.predicates.positive_sign_codes, ATTRIBUTOR.predicates.positive_signs),
        ("cause_first_codes", ATTRIBUTOR.timeline.cause_first_codes, ATTRIBUTOR.timeline.cause_firsts),
        (
            "price_base_firsts",
            ATTRIBUTOR.timeline.price_base_firsts,
            {word[0] for word in ATTRIBUTOR.timeline.price_bases if word},
        ),
        ("quote_stops", WORDS.quote_stops, {*WORDS.quotes, *WORDS.quote_marks, *WORDS.sentence_end, *WORDS.clause_end}),
    ]


@pytest.mark.parametrize(("name", "table", "chars"), _pairs(), ids=[name for name, _, _ in _pairs()])
def test_a_code_table_says_what_its_set_says(name: str, table: bytes, chars: Collection[str]) -> None:
    assert chars and SAMPLES, f"{name}: the shipped patterns name no such character"
    codes = {ord(char) for char in chars if len(char) == 1}
    for char in {*SAMPLES, *(char for _, _, held in _pairs() for char in held if len(char) == 1)}:
        assert has_code(table, char, 0) == (char in chars), (name, char)
    for code in range(0x10000):
        assert (code < len(table) and table[code] != 0) == (code in codes), (name, hex(code))


@pytest.mark.parametrize(
    "word", ["", "每", "每年", "人均", "Ⅲ", "Ⅲ类", "ⅡⅢ", "类Ⅲ", "万人", *SAMPLES[:2000].split("，")]
)
def test_per_word_is_the_first_character_in_the_per_markers(word: str) -> None:
    assert PHRASES._per_word(word) == (word[:1] in PHRASES.per_markers)


def test_a_set_s_code_table_is_made_once() -> None:
    marks = frozenset("。！？")
    table = code_table_of(marks)
    assert code_table_of(frozenset("。！？")) is table
    assert table == code_table(marks) and code_table_of(frozenset("。")) != table


def test_first_index_finds_each_key_s_value_by_its_code_point() -> None:
    for by_char in (WORDS.units_by_first_char, WORDS.magnitudes_by_first_char):
        index, values = first_index(by_char)
        assert index and len(values) == len(by_char)
        for code in range(len(index) + 10):
            expected = by_char.get(chr(code))
            slot = index[code] if code < len(index) else 0
            assert (values[slot - 1] if slot else None) is expected
    assert WORDS.unit_index and WORDS.magnitude_index  # the shipped patterns fit a table of bytes


def test_first_index_leaves_what_a_byte_cannot_hold_to_the_mapping() -> None:
    assert first_index({chr(0x4E00 + n): n for n in range(256)}) == (b"", [])
    assert first_index({"万元": 1}) == (b"", []) and first_index({"𠀀": 1}) == (b"", [])
    assert first_index({}) == (b"", [])
    assert first_index({"b": 2, "a": 1}) == (bytes([0] * 97 + [1, 2]), [1, 2])
