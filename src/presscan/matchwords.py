"""The pattern data the matching stage reads for every number, held where compiled code reads it fast.

A PatternSet is a frozen dataclass whose derived tables are cached properties: reading one from
compiled code is a Python attribute lookup (about 200 instructions), and matching read some
forty of them per number (the units at a character, the qualifier words, the magnitudes ...).
MatchWords copies the ones matching reads into native attributes of a compiled class (a few
instructions each), once per pattern set (kept in `patterns.built`), and each unit's conditions
into a UnitRule. The data is the PatternSet's, unchanged: only where it is read from moves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, TypeVar

from presscan.patterndata import PatternSet
from presscan.patternentries import Entry, Unit

V = TypeVar("V")


class UnitRule:
    """A unit of the pattern data (patternentries.Unit), its fields as native attributes."""

    def __init__(self, unit: Unit) -> None:
        self.surface = unit.surface
        # the code point of its second character, a quick test before the whole; -1 for a unit of one
        self.second = ord(unit.surface[1]) if len(unit.surface) > 1 else -1
        self.unit = unit.unit
        self.kind = unit.kind
        self.not_before = unit.not_before
        self.not_before_chars = unit.not_before_chars
        self.scale = unit.scale
        self.pairs = unit.pairs
        self.below = unit.below
        self.shortest_numeral = unit.shortest_numeral
        self.right_after = unit.right_after
        self.not_after = unit.not_after
        self.not_after_number = unit.not_after_number
        self.not_before_unit = unit.not_before_unit
        self.latin = unit.latin
        self.context_re = unit.context_re
        self.context_in_sentence = unit.context_in_sentence
        self.checked = unit.checked


class MatchWords:
    """What presscan.match and its steps read from a pattern set for every number."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        rules: dict[int, UnitRule] = {}  # one rule per unit, shared by the tables below
        self.units_by_first_char: dict[str, tuple[UnitRule, ...]] = {
            char: tuple(rules.setdefault(id(unit), UnitRule(unit)) for _, unit in units)
            for char, units in patterns.units_by_first_char.items()
        }
        self.units: dict[str, UnitRule] = {
            surface: rules.setdefault(id(unit), UnitRule(unit)) for surface, unit in patterns.units.items()
        }
        self.magnitudes_by_first_char: dict[str, tuple[str, ...]] = dict(patterns.magnitudes_by_first_char)
        # the characters a unit or a magnitude starts with, and the other characters matching tests
        # at a figure's edges, as code_tables too: most characters tested are none of them
        self.unit_first_codes = code_table(self.units_by_first_char)
        self.magnitude_first_codes = code_table(self.magnitudes_by_first_char)
        # the same tables by code point, an index (from 1) into a list of their values: tails reads no
        # character as a string (a new one, hashed) to look its units or magnitudes up
        self.unit_index, self.units_listed = first_index(self.units_by_first_char)
        self.magnitude_index, self.magnitudes_listed = first_index(self.magnitudes_by_first_char)
        # what each magnitude word multiplies by
        self.magnitude_factors: dict[str, int] = {
            word: int(entry.value)  # type: ignore[call-overload]
            for word, entry in patterns.magnitudes.items()
        }
        self.digits: dict[str, int] = dict(patterns.digits)
        self.places: dict[str, int] = dict(patterns.places)
        self.sections: dict[str, int] = dict(patterns.sections)
        self.section_codes = code_table(self.sections)
        self.decimal_points = patterns.decimal_points
        self.formal_digits = patterns.formal_digits
        self.vague: dict[str, Entry] = dict(patterns.vague)
        first_chars = patterns.first_chars
        last_chars = patterns.last_chars
        longest = patterns.longest_key
        self.inside: dict[str, Entry] = dict(patterns.qualifiers_inside)
        self.inside_first: frozenset[str] = first_chars["qualifiers_inside"]
        self.inside_first_codes = size_table(self.inside, 0)
        self.inside_second_codes = size_table(self.inside, 1)
        self.inside_longest: int = longest["qualifiers_inside"]
        self.after: dict[str, Entry] = dict(patterns.qualifiers_after)
        self.after_first: frozenset[str] = first_chars["qualifiers_after"]
        self.after_first_codes = size_table(self.after, 0)
        self.after_second_codes = size_table(self.after, 1)
        self.after_longest: int = longest["qualifiers_after"]
        self.before: dict[str, Entry] = dict(patterns.qualifiers_before)
        self.before_last: frozenset[str] = last_chars["qualifiers_before"]
        self.before_last_codes = size_table(self.before, -1)
        self.before_second_codes = size_table(self.before, -2)
        self.before_longest: int = longest["qualifiers_before"]
        self.around: dict[str, Entry] = dict(patterns.qualifiers_around)
        self.around_last: frozenset[str] = last_chars["qualifiers_around"]
        self.around_last_codes = size_table(self.around, -1)
        self.around_second_codes = size_table(self.around, -2)
        self.around_longest: int = longest["qualifiers_around"]
        self.prefixes: dict[str, Entry] = dict(patterns.prefixes)
        self.prefixes_last: frozenset[str] = last_chars["prefixes"]
        self.prefixes_last_codes = size_table(self.prefixes, -1)
        self.prefixes_second_codes = size_table(self.prefixes, -2)
        self.prefixes_longest: int = longest["prefixes"]
        self.separators: dict[str, Entry] = dict(patterns.range_separators)
        self.separators_last: frozenset[str] = last_chars["range_separators"]
        self.separators_last_codes = size_table(self.separators, -1)
        self.separators_last_table = code_table(self.separators_last)  # the character before a figure, by code
        self.separators_second_codes = size_table(self.separators, -2)
        self.separators_longest: int = longest["range_separators"]
        self.counted_nouns: dict[str, Entry] = dict(patterns.counted_nouns)
        self.counted_first: frozenset[str] = first_chars["counted_nouns"]
        self.counted_first_codes = size_table(self.counted_nouns, 0)
        self.counted_second_codes = size_table(self.counted_nouns, 1)
        self.counted_longest: int = longest["counted_nouns"]
        self.counted_not_before = patterns.counted_not_before
        self.counted_before = patterns.counted_before
        self.counted_before_fillers = patterns.counted_before_fillers
        self.unitless = patterns.unitless
        self.unitless_ends = frozenset(word[-1] for word in (*patterns.unitless, *patterns.counted_before_fillers))
        self.unitless_end_codes = code_table(self.unitless_ends)  # the character before every number, by code
        self.per_words = patterns.per_words
        self.per_before = patterns.per_before
        # their last characters: a number after none of them follows no per word (a cheap test first)
        self.per_before_ends = frozenset(word[-1] for word in patterns.per_before)
        self.per_before_ends_codes = code_table(self.per_before_ends)
        self.per_rate_nouns = patterns.per_rate_nouns
        self.per_joiners = patterns.per_joiners
        self.per_rate_ends = frozenset(noun[-1] for noun in patterns.per_rate_nouns if noun)
        self.per_rate_end_codes = code_table(self.per_rate_ends)
        self.of_whole: dict[str, str] = dict(patterns.qualifiers_of_whole)
        self.of_whole_longest = max(map(len, self.of_whole), default=0)
        self.whole_linkers = frozenset(patterns.whole_linkers)
        self.yielding = patterns.qualifiers_yielding
        self.whole_linkers_codes = code_table(self.whole_linkers)
        self.currency_sign_ends = patterns.currency_sign_ends
        self.currency_signs_last_codes = size_table(patterns.currency_signs, -1)
        self.currency_signs_second_codes = size_table(patterns.currency_signs, -2)
        self.currency_sign_ends_codes = code_table(patterns.currency_sign_ends)
        self.negative_sign_ends: frozenset[str] = patterns.negative_sign_ends
        self.negative_sign_end_codes = code_table(self.negative_sign_ends)
        self.subunit_units = patterns.subunit_units
        self.shared_unit_marks = patterns.shared_unit_marks
        self.shared_unit_marks_codes = code_table(patterns.shared_unit_marks)
        self.product_marks, self.product_kinds = patterns.product_marks, patterns.product_kinds
        self.half_word = patterns.half_word
        self.half_between = patterns.half_between
        self.half_first: frozenset[str] = first_chars["half_between"]
        self.half_first_codes = code_table(self.half_first)
        # what a number's tail can start with (tails.read_tail): a unit, a magnitude, a half between
        # a measure word and the unit, a counted noun, or the space before a unit in Latin letters;
        # after most numbers stands none of them, told by one code point's test
        self.tail_first_codes = code_table(
            [
                *self.units_by_first_char,
                *self.magnitudes_by_first_char,
                *self.half_first,
                *first_chars["counted_nouns"],
                " ",
            ]
        )
        self.half_not_before = patterns.half_not_before
        self.fraction_word = patterns.fraction_word
        # fixed phrases by their first character, each with its place in the order of
        # patterns.phrase_re (the longest first)
        by_first: dict[str, list[tuple[int, str]]] = {}
        for rank, phrase in enumerate(sorted(patterns.phrases, key=len, reverse=True)):
            if phrase:
                by_first.setdefault(phrase[0], []).append((rank, phrase))
        self.phrases_by_first_char: list[tuple[str, list[tuple[int, str]]]] = list(by_first.items())
        punctuation = patterns.punctuation
        self.sentence_end: frozenset[str] = punctuation.sentence_end
        self.clause_end: frozenset[str] = punctuation.clause_end
        self.list_marks: frozenset[str] = punctuation.list_marks
        # a caption's label words (表, 附图) and a table of their last characters, the one test of most numbers
        self.line_labels = patterns.line_labels
        self.line_label_lasts = code_table(label[-1] for label in patterns.line_labels if label)
        self.quotes: dict[str, str] = dict(punctuation.quotes)  # opening -> closing
        self.quote_marks: frozenset[str] = punctuation.quote_marks
        # what figureparts.in_short_quote stops at (an opening quote, any quote, a clause's end), by code
        self.quote_stops = code_table([*self.quotes, *self.quote_marks, *self.sentence_end, *self.clause_end])
        self.closing_brackets = {closing: opening for opening, closing in punctuation.brackets.items()}


def match_words(patterns: PatternSet) -> MatchWords:
    """The MatchWords of a pattern set, built on first use and kept with it."""
    built = patterns.built.get(_KEY)
    if not isinstance(built, MatchWords):
        built = patterns.built[_KEY] = MatchWords(patterns)
    return built


_KEY: Final = "match_words"


def code_table(chars: Iterable[str]) -> bytes:
    """A byte per code point up to the largest of `chars` (strings of one character): 1 at each
    of theirs. A character of a text is looked up in it by its code point: read from the text
    as a string, a Chinese character is a new string, hashed to be looked up in a set."""
    codes = [ord(char) for char in chars if len(char) == 1]
    table = bytearray(max(codes) + 1 if codes else 0)
    for code in codes:
        table[code] = 1
    return bytes(table)


def first_index(by_char: Mapping[str, V]) -> tuple[bytes, list[V]]:
    """A byte per code point up to the largest key's (keys of one character): at each key's, an index
    from 1 into the list of the values. No table (b"") where a byte cannot hold them (more than 255
    keys, a longer key, one beyond the Basic Multilingual Plane): the mapping is read then."""
    keys = sorted(by_char)
    if len(keys) > 255 or any(len(key) != 1 or ord(key) >= 0x10000 for key in keys):
        return b"", []
    table = bytearray(max((ord(key) for key in keys), default=-1) + 1)
    values: list[V] = []
    for key in keys:
        values.append(by_char[key])
        table[ord(key)] = len(values)
    return bytes(table), values


# code_table_of's tables, by their set of characters: a few sets of a pattern set's marks
_CODE_TABLES: dict[frozenset[str], bytes] = {}


def code_table_of(chars: frozenset[str]) -> bytes:
    """code_table(chars), made once for each set (a stage that reads a text's marks by their code
    points asks for its tables again for every piece of every text: some 80 000 instructions each)."""
    table = _CODE_TABLES.get(chars)
    if table is None:
        table = _CODE_TABLES[chars] = code_table(chars)
    return table


def has_code(table: bytes, text: str, pos: int) -> bool:
    """True when text[pos] is one of the characters of `table` (code_table)."""
    code = ord(text[pos])
    return code < len(table) and table[code] != 0


def size_table(words: Iterable[str], at: int) -> bytes:
    """A byte per code point up to the largest that stands at index `at` (0 the first, 1 the second, -1
    the last, -2 the one before it) of a word of `words`: for each word long enough, bit
    min(len(word), 8) - 1 set at the code point of its character there. Its nonzero bytes are a
    code_table's of those characters (has_code reads it as one); word_at and word_before read
    from it which lengths of word to slice and look up (most numbers: none, or one)."""
    sizes: dict[int, int] = {}
    for word in words:
        if len(word) > at if at >= 0 else len(word) >= -at:
            code = ord(word[at])
            sizes[code] = sizes.get(code, 0) | 1 << (min(len(word), 8) - 1)
    table = bytearray(max(sizes) + 1 if sizes else 0)
    for code, bits in sizes.items():
        table[code] = bits
    return bytes(table)


def _sizes(ends: bytes, nexts: bytes, text: str, pos: int, step: int) -> int:
    """The lengths (bits, as size_table sets them) of the words of a table that may stand with
    text[pos] at their end (`step` -1) or start (`step` 1): `ends` is the size_table of their
    characters there, `nexts` of the characters next to it (the one before the last, the second)."""
    code = ord(text[pos])
    if code >= len(ends):
        return 0
    sizes: int = ends[code]
    if sizes > 1:  # words of two characters or more stand there: the next character must be one of theirs
        near = pos + step
        if 0 <= near < len(text):
            code = ord(text[near])
            sizes &= (nexts[code] if code < len(nexts) else 0) | 1
        else:
            sizes &= 1
    return sizes


def word_at(table: Mapping[str, object], first: bytes, second: bytes, longest: int, text: str, pos: int) -> str | None:
    """The longest key of `table` that starts at text[pos]: `first` and `second` are the size_tables
    of its words' first and second characters, `longest` the length of its longest word."""
    if pos >= len(text):
        return None
    sizes = _sizes(first, second, text, pos, 1)
    if not sizes:
        return None
    for size in range(min(longest, len(text) - pos), 0, -1):
        if sizes >> (min(size, 8) - 1) & 1:
            word = text[pos : pos + size]
            if word in table:
                return word
    return None


def word_before(
    table: Mapping[str, object], last: bytes, before_last: bytes, longest: int, text: str, pos: int
) -> str | None:
    """The longest key of `table` that ends right before text[pos]: `last` and `before_last` are the
    size_tables of its words' last characters and the ones before them, `longest` the length of its
    longest word."""
    if pos == 0:
        return None
    sizes = _sizes(last, before_last, text, pos - 1, -1)
    if not sizes:
        return None
    for size in range(min(longest, pos), 0, -1):
        if sizes >> (min(size, 8) - 1) & 1:
            word = text[pos - size : pos]
            if word in table:
                return word
    return None
