"""A token's word classes as bits (wordbits.py, WordClasses.classes) say what the set tests they
replace said: for every word of every list, every tag jieba gives, digits, marks and words of no
list, the bit of each list is set exactly when the word (or tag) is in the list's set."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan import wordbits as wb
from presscan.core import attributor
from presscan.matchwords import has_code
from presscan.tokens import FIGURE, GAP, TIME, WORD, Token
from presscan.wordclass import WordClasses

ATTRIBUTOR = attributor(default_patterns())
PHRASES: WordClasses = ATTRIBUTOR.phrases
# lists of predicate.Predicates' that it gives bits to (WordClasses.add_word_bits)
PREDICATE_LISTS = {"moving": wb.MOVING, "direction_heads": wb.DIRECTION_HEADS}

# each bit and the set of WordClasses it stands for
WORD_LISTS = {name: getattr(wb, name.upper()) for name in (
    "punctuation", "non_subjects", "aside_verbs", "comparison_markers", "paired_markers", "closers",
    "predicates", "gap_markers", "aside_ends", "linkers", "boundary", "share_markers", "share_words",
    "close_brackets", "open_brackets", "partitive", "strip_leading", "status_words", "list_separators",
    "rank_verbs", "per_markers", "remainder_words", "quotes", "inner_totals", "conversion_verbs",
    "enumeration_marks", "skip_trailing", "closing_quotes", "opening_quotes", "class_numeral_joiners",
    "relative_heads", "averaged_changes", "per_amounts", "comparison_adverb_heads", "comparison_adverbs",
    "noun_suffixes", "class_suffixes", "average_words", "never_alone", "whole_frames", "goal_nouns",
    "measure_heads", "ratio_heads", "list_marks", "attributive_verbs", "action_verbs", "generic_nouns",
    "glue_particles",
    # unions, as masks
    "baseline_openers", "phrase_breaks", "set_aside",
)}  # fmt: skip
TAG_CLASSES = {name: getattr(wb, name.upper()) for name in (
    "stop_tags", "verb_tags", "modifier_tags", "inner_adverb_tags", "measure_tags", "adverbial_modifier_tags",
    "numeral_tags", "localiser_tags", "idiom_tags",
)}  # fmt: skip
TAGS = sorted(
    {"n", "nr", "ns", "nt", "nz", "v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "uj", "ul", "m", "mq", "q"}
    | {"f", "s", "t", "r", "x", "eng", "i", "l", "j", "b", "z", "y", "e", "o", "k", "h", "g", "ng", "tg", "vg"}
    | {"figure", "time", "gap"}
    | {tag for name in TAG_CLASSES for tag in getattr(PHRASES, name)}
)


def listed_words() -> list[str]:
    words = {word for name in WORD_LISTS for word in getattr(PHRASES, name)}
    words |= {word for name in PREDICATE_LISTS for word in getattr(ATTRIBUTOR.predicates, name)}
    return sorted(words | {"", "5", "１２", "3.5", "地区生产总值", "增长", "的", "，", "其中", "x"})


def check(word: str, tag: str, kind: int) -> None:
    token = Token(word, tag, 0, len(word), kind, -1 if kind == WORD else 0)
    bits = PHRASES.classes(token)
    assert token.classes == bits >= 0
    for name, bit in WORD_LISTS.items():
        assert (bits & bit != 0) == (word in getattr(PHRASES, name)), (word, name)
    for name, bit in PREDICATE_LISTS.items():
        assert (bits & bit != 0) == (word in getattr(ATTRIBUTOR.predicates, name)), (word, name)
    for name, bit in TAG_CLASSES.items():
        assert (bits & bit != 0) == (tag in getattr(PHRASES, name)), (tag, name)
    assert (bits & wb.NOUN_TAG != 0) == PHRASES.is_noun_tag(tag)
    assert (bits & wb.DIGITS != 0) == word.isdigit()
    noun = (
        kind == WORD
        and PHRASES.is_noun_tag(tag)
        and word not in PHRASES.punctuation
        and word not in PHRASES.non_subjects
        and not word.isdigit()
    )
    assert PHRASES.is_noun(token) == noun
    assert PHRASES.is_verb(token) == (kind == WORD and tag in PHRASES.verb_tags)
    assert PHRASES.is_stop(token) == (kind != WORD or tag in PHRASES.stop_tags or word in PHRASES.punctuation)


def test_the_masks_are_the_unions_of_their_bits() -> None:
    assert wb.BASELINE_OPENERS == wb.COMPARISON_MARKERS | wb.PAIRED_MARKERS
    assert wb.PHRASE_BREAKS == wb.PUNCTUATION | wb.SHARE_MARKERS | wb.CONVERSION_VERBS
    assert wb.SET_ASIDE == wb.SKIP_TRAILING | wb.QUOTES | wb.COMPARISON_ADVERBS | wb.STATUS_WORDS
    assert wb.NOUN_TEST == wb.NOUN_TAG | wb.PUNCTUATION | wb.NON_SUBJECTS | wb.DIGITS
    bits = [
        value
        for name, value in vars(wb).items()
        if name.isupper() and name not in {"BASELINE_OPENERS", "PHRASE_BREAKS", "SET_ASIDE", "NOUN_TEST"}
    ]
    assert all(bit > 0 and bit & (bit - 1) == 0 for bit in bits)  # one bit each
    assert len(set(bits)) == len(bits)  # none twice
    assert max(bits) < 2**62  # unboxed in the compiled build


def test_every_listed_word_and_tag_has_the_bits_of_its_sets() -> None:
    for word in listed_words():
        for tag in ("n", "v", "x", "m", "eng"):
            check(word, tag, WORD)
    for tag in TAGS:
        check("地区生产总值", tag, WORD)
        check("增长", tag, WORD)
    for kind, tag in ((FIGURE, "figure"), (TIME, "time"), (GAP, "gap")):
        check("", tag, kind)
        check("5.2%", tag, kind)
        check("上年", tag, kind)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="的和其中占比较每万元人均增长下降，、。；：“”（）0123456789１２x ", max_size=6),
    st.sampled_from(TAGS),
)
def test_random_words_have_the_bits_of_their_sets(word: str, tag: str) -> None:
    check(word, tag, WORD)


def test_one_character_words_whatever_tag_was_asked_before() -> None:
    # classes keeps a one-character word's bits by code point with the tag they were found with:
    # the same character with another tag, or an equal tag of another object, is found again
    vn = "".join(("v", "n"))
    for char in "，的年增比①²〇一9９x\U00020000":
        for tag in ("n", "v", "x", "vn", vn, "m", "vn", "eng", "x"):
            check(char, tag, WORD)
    for kind, tag in ((FIGURE, "figure"), (TIME, "time"), (WORD, "x")):
        check("5", tag, kind)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="其中的和占比较每万元人均增长下降，、。x ", max_size=4))
def test_a_partitive_word_is_told_by_its_first_character_first(word: str) -> None:
    """chainparts.partitives tests a word's first character against the partitive words' first
    characters (Chains.partitive_firsts, by code point) before the set: the same answer as the set."""
    firsts = ATTRIBUTOR.chains.partitive_firsts
    for tested in [
        word,
        *PHRASES.partitive,
        *(w[:1] for w in PHRASES.partitive),
        *(w + "的" for w in PHRASES.partitive),
    ]:
        by_table = (has_code(firsts, tested, 0) if tested else True) and tested in PHRASES.partitive
        assert by_table == (tested in PHRASES.partitive)
