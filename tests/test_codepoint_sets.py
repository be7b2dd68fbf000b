"""The code-point tables that stand for sets of characters in matching (matchwords.code_table,
has_code) and in folding (linemarks.mark_table) say what the set tests they replace said: for
every character of the sets, characters of none, marks of more than one character, the edges of
a table, characters beyond the Basic Multilingual Plane and random text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.linemarks import CLOSER, SENTENCE_END, ended_by_mark, mark_table
from presscan.matchwords import code_table, has_code, match_words

WORDS = match_words(default_patterns())
PUNCTUATION = default_patterns().punctuation
# each table of MatchWords and the set it stands for
TABLES = {
    "inside_first": (WORDS.inside_first_codes, WORDS.inside_first),
    "after_first": (WORDS.after_first_codes, WORDS.after_first),
    "before_last": (WORDS.before_last_codes, WORDS.before_last),
    "around_last": (WORDS.around_last_codes, WORDS.around_last),
    "prefixes_last": (WORDS.prefixes_last_codes, WORDS.prefixes_last),
    "separators_last": (WORDS.separators_last_codes, WORDS.separators_last),
    "counted_first": (WORDS.counted_first_codes, WORDS.counted_first),
    "currency_signs_last": (WORDS.currency_signs_last_codes, WORDS.patterns.last_chars["currency_signs"]),
    "currency_sign_ends": (WORDS.currency_sign_ends_codes, WORDS.currency_sign_ends),
    "shared_unit_marks": (WORDS.shared_unit_marks_codes, WORDS.shared_unit_marks),
    "per_before_ends": (WORDS.per_before_ends_codes, WORDS.per_before_ends),
    "unit_first": (WORDS.unit_first_codes, frozenset(WORDS.units_by_first_char)),
    "magnitude_first": (WORDS.magnitude_first_codes, frozenset(WORDS.magnitudes_by_first_char)),
    "sections": (WORDS.section_codes, frozenset(WORDS.sections)),
}
# characters of every set, their neighbours, and others
SAMPLE = sorted(
    {char for _, chars in TABLES.values() for char in chars if len(char) == 1}
    | {chr(ord(char) + step) for _, chars in TABLES.values() for char in chars if len(char) == 1 for step in (-1, 1)}
    | set("0123456789０５万亿元人次，。；：、（）“”《》%％ \n\t\u3000a𠀀😀")
)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_table_holds_the_characters_of_its_set(name: str) -> None:
    table, chars = TABLES[name]
    text = "".join(SAMPLE)
    assert [has_code(table, text, pos) for pos in range(len(text))] == [char in chars for char in text]


@given(st.frozensets(st.text(min_size=1, max_size=2)), st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_code_table_against_the_set(chars: frozenset[str], text: str) -> None:
    table = code_table(chars)
    assert [has_code(table, text, pos) for pos in range(len(text))] == [char in chars for char in text]


def _ended_by_set(content: str) -> bool:
    """linemarks.ended_by_mark as it was written with the sets (before mark_table)."""
    closers = PUNCTUATION.closing_brackets | PUNCTUATION.quote_marks
    end = len(content)
    while end and content[end - 1] in closers:
        end -= 1
    if not end or content[end - 1] not in PUNCTUATION.sentence_end:
        return False
    if not content[end - 1].isascii():
        return True
    before = content[: end - 1].rstrip()[-1:]
    return not (before and before.isascii() and before.isalnum())


LINES = [
    "全年增长5%。",
    "增长5%。”",
    "（见表1）",
    "95.",
    "95 .",
    "a.",
    "”",
    "。",
    "",
    "增长",
    "总量：",
    "完成。）」",
    "8.6％",
]


@pytest.mark.parametrize("content", LINES)
def test_ended_by_mark_as_with_the_sets(content: str) -> None:
    marks = mark_table(PUNCTUATION.closing_brackets | PUNCTUATION.quote_marks, PUNCTUATION.sentence_end)
    assert ended_by_mark(content, marks) == _ended_by_set(content)


def test_mark_table_bits_and_longer_marks() -> None:
    table = mark_table(frozenset({"”", ")"}), frozenset({"。", "...", "."}))
    assert table[ord("”")] == CLOSER and table[ord(")")] == CLOSER
    assert table[ord("。")] == SENTENCE_END and table[ord(".")] == SENTENCE_END
    assert len(table) == ord("。") + 1  # "..." has no code point of its own
    assert mark_table(frozenset(), frozenset()) == b""
