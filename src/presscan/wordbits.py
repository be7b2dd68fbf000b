"""The word classes of a token as bits, looked up once per token instead of once per rule.

The attribution rules ask of the same few thousand tokens, again and again, whether a word is in
one of some fifty word lists (punctuation, boundary words, linkers, share markers, ...) or its tag
in one of a dozen tag classes: some 400 000 set tests per 100 000 characters, each of which hashes
into a frozenset (about a hundred instructions compiled). Here each list and class is one bit;
wordclass.WordClasses.classes gives a token's bits from two dict lookups (its word, its tag) the
first time it is asked, keeps them on the token (Token.classes), and a rule tests a bit with `&`.

A token's bits are those of its word and its tag whatever its kind (a figure's word, a gap's ""),
so `bits & LINKERS` says exactly what `token.word in linkers` says. A union of lists that the
rules test at once is a mask of their bits (BASELINE_OPENERS). Literal values, not `1 << n`: a
compiled module reads a Final literal as a constant.
"""

from __future__ import annotations

from typing import Final

# word lists (WordClasses' sets of the same names)
PUNCTUATION: Final = 0x1
NON_SUBJECTS: Final = 0x2
ASIDE_VERBS: Final = 0x4
COMPARISON_MARKERS: Final = 0x8
PAIRED_MARKERS: Final = 0x10
CLOSERS: Final = 0x20
PREDICATES: Final = 0x40
GAP_MARKERS: Final = 0x80
ASIDE_ENDS: Final = 0x100
LINKERS: Final = 0x200
BOUNDARY: Final = 0x400
SHARE_MARKERS: Final = 0x800
SHARE_WORDS: Final = 0x1000
CLOSE_BRACKETS: Final = 0x2000
OPEN_BRACKETS: Final = 0x4000
PARTITIVE: Final = 0x8000
STRIP_LEADING: Final = 0x10000
STATUS_WORDS: Final = 0x20000
LIST_SEPARATORS: Final = 0x40000
RANK_VERBS: Final = 0x80000
PER_MARKERS: Final = 0x100000
REMAINDER_WORDS: Final = 0x200000
QUOTES: Final = 0x400000
INNER_TOTALS: Final = 0x800000
CONVERSION_VERBS: Final = 0x1000000
ENUMERATION_MARKS: Final = 0x2000000
SKIP_TRAILING: Final = 0x4000000
CLOSING_QUOTES: Final = 0x8000000
OPENING_QUOTES: Final = 0x10000000
CLASS_NUMERAL_JOINERS: Final = 0x20000000
RELATIVE_HEADS: Final = 0x40000000
AVERAGED_CHANGES: Final = 0x80000000
PER_AMOUNTS: Final = 0x100000000
COMPARISON_ADVERB_HEADS: Final = 0x200000000
COMPARISON_ADVERBS: Final = 0x400000000
NOUN_SUFFIXES: Final = 0x800000000
CLASS_SUFFIXES: Final = 0x1000000000
AVERAGE_WORDS: Final = 0x2000000000
NEVER_ALONE: Final = 0x4000000000
WHOLE_FRAMES: Final = 0x8000000000
GOAL_NOUNS: Final = 0x10000000000
MEASURE_HEADS: Final = 0x20000000000
RATIO_HEADS: Final = 0x40000000000
LIST_MARKS: Final = 0x80000000000
ATTRIBUTIVE_VERBS: Final = 0x100000000000
ACTION_VERBS: Final = 0x200000000000
GENERIC_NOUNS: Final = 0x400000000000
# what the word is, not a list: str.isdigit() (jieba tags digits eng, a Latin word)
DIGITS: Final = 0x800000000000
# tag classes (WordClasses' tag sets; NOUN_TAG: a tag that opens with one of noun_tags)
NOUN_TAG: Final = 0x1000000000000
STOP_TAGS: Final = 0x2000000000000
VERB_TAGS: Final = 0x4000000000000
MODIFIER_TAGS: Final = 0x8000000000000
INNER_ADVERB_TAGS: Final = 0x10000000000000
MEASURE_TAGS: Final = 0x20000000000000
ADVERBIAL_MODIFIER_TAGS: Final = 0x40000000000000
NUMERAL_TAGS: Final = 0x80000000000000
LOCALISER_TAGS: Final = 0x100000000000000
IDIOM_TAGS: Final = 0x200000000000000
# a word list of attribute.Attributor's: the particles jieba leaves between a glued predicate and a figure
GLUE_PARTICLES: Final = 0x400000000000000
# predicate.Predicates' lists (made by WordClasses): what word_direction reads, the starts of direction words
MOVING: Final = 0x800000000000000
DIRECTION_HEADS: Final = 0x1000000000000000
# the highest bit is below 2**62: the compiled build keeps such an int unboxed

# unions the rules test at once (WordClasses' sets of the same names)
BASELINE_OPENERS: Final = 0x18  # COMPARISON_MARKERS | PAIRED_MARKERS
PHRASE_BREAKS: Final = 0x1000801  # PUNCTUATION | SHARE_MARKERS | CONVERSION_VERBS
SET_ASIDE: Final = 0x404420000  # SKIP_TRAILING | QUOTES | COMPARISON_ADVERBS | STATUS_WORDS
# is_noun's test: a noun's tag, and none of punctuation, non-subjects, digits
NOUN_TEST: Final = 0x1800000000003  # NOUN_TAG | PUNCTUATION | NON_SUBJECTS | DIGITS


def bits_by_word(lists: list[tuple[int, frozenset[str]]]) -> dict[str, int]:
    """Each word of the `lists` and the bits of the lists it is in."""
    bits: dict[str, int] = {}
    for bit, words in lists:
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    return bits
