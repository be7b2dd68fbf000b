"""tails.read_tail compares the readings it finds as it finds them and ends at once where no tail
can start (tail_first_codes); figurebuild._qualifier tells the character before a figure by its
code point. Both give what the code before did (kept here as it was): at every position of the
samples, the held-out sets and the corpus, and of random texts of the characters the tables name."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.figurebuild import _qualifier
from presscan.figureparts import of_whole
from presscan.matchwords import MatchWords, match_words, word_at, word_before
from presscan.patternfile import AroundEntry
from presscan.tails import (
    Tail,
    _counted_noun,
    _half_between,
    _read_unit,
    _unit_among,
    _unit_read,
    _unit_tail,
    read_tail,
)
from presscan.wordlookup import starts_at

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = default_patterns()
WORDS = match_words(PATTERNS)


def old_read_tail(words: MatchWords, text: str, pos: int, arabic: bool) -> Tail | None:
    """read_tail as it was: every reading into a list of (end, -magnitude's length, tail)."""
    inside = word_at(words.inside, words.inside_first_codes, words.inside_second_codes, words.inside_longest, text, pos)
    start = pos + len(inside) if inside else pos
    if start >= len(text):
        return None
    char = text[start]
    options: list[tuple[int, int, Tail]] = []
    half = _half_between(words, text, start) if char in words.half_first else -1
    if half >= 0:
        found = _read_unit(words, text, half)
        if found is not None:
            options.append((found.end, 0, _unit_tail(found, None, inside, half=True)))
    units = words.units_by_first_char.get(char)
    direct = None if units is None else _unit_read(words, text, start, _unit_among(words, text, start, units))
    if direct is None and arabic and start + 1 < len(text) and char == " ":
        spaced = _read_unit(words, text, start + 1)
        direct = spaced if spaced is not None and spaced.entry.latin else None
    if direct is not None:
        options.append((direct.end, 0, _unit_tail(direct, None, inside)))
    for magnitude in words.magnitudes_by_first_char.get(char, ()):
        if not starts_at(text, start, magnitude):
            continue
        latin = magnitude.isascii()
        if latin and not arabic:
            continue
        size = len(magnitude)
        after = start + size
        inside_after = None
        if inside is None:
            inside_after = word_at(
                words.inside, words.inside_first_codes, words.inside_second_codes, words.inside_longest, text, after
            )
            if inside_after:
                after += len(inside_after)
        found = _read_unit(words, text, after)
        if found is not None:
            options.append((found.end, -size, _unit_tail(found, magnitude, inside or inside_after)))
            continue
        noun = None if latin else _counted_noun(words, text, after, magnitude, inside or inside_after)
        if noun is not None:
            options.append((after, -size, noun))
    if not options:
        return _counted_noun(words, text, start, None, inside) if char in words.counted_first else None
    best: tuple[int, int, Tail] | None = None
    for option in options:
        if best is None or option[0] > best[0] or (option[0] == best[0] and option[1] > best[1]):
            best = option
    return best[2] if best is not None else None


def old_qualifier(
    words: MatchWords, text: str, start: int, end: int, inside: str | None
) -> tuple[str | None, str | None, int, int]:
    """_qualifier as it was: the character before the figure made a string, tested in sets."""
    if inside:
        return str(words.inside[inside].value), inside, start, end
    previous = text[start - 1] if start > 0 else ""
    before = (
        word_before(words.before, words.before_last_codes, words.before_second_codes, words.before_longest, text, start)
        if previous in words.before_last
        else None
    )
    if before:
        return str(words.before[before].value), before, start - len(before), end
    around = (
        word_before(words.around, words.around_last_codes, words.around_second_codes, words.around_longest, text, start)
        if previous in words.around_last
        else None
    )
    if around:
        entry: AroundEntry = words.around[around].value  # type: ignore[assignment]
        for closing in entry.after:
            if starts_at(text, end, closing):
                return entry.qualifier, around, start - len(around), end + len(closing)
    after = word_at(words.after, words.after_first_codes, words.after_second_codes, words.after_longest, text, end)
    if after:
        return str(words.after[after].value), after, start, end + len(after)
    if previous in words.whole_linkers:
        whole_of = of_whole(words, text, start - len(previous))
        if whole_of:
            return words.of_whole[whole_of], whole_of, start, end
    return None, None, start, end


def tail_parts(tail: Tail | None) -> tuple[object, ...] | None:
    if tail is None:
        return None
    return (tail.end, tail.magnitude, tail.inside, tail.unit, tail.kind, tail.per, tail.surface, tail.entry, tail.half)


def texts() -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "eval" / "heldout").glob("*/*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def check(text: str) -> int:
    """Compare both ways at every position of `text`; the number of tails found."""
    found = 0
    for pos in range(len(text) + 1):
        for arabic in (True, False):
            tail = tail_parts(read_tail(WORDS, text, pos, arabic))
            assert tail == tail_parts(old_read_tail(WORDS, text, pos, arabic)), (text[pos : pos + 12], arabic)
            found += tail is not None
        for end in (pos, min(pos + 2, len(text))):
            first_inside = next((word for word in WORDS.inside if text.startswith(word, end)), None)
            for inside in (None, first_inside) if first_inside else (None,):
                assert _qualifier(WORDS, text, pos, end, inside) == old_qualifier(WORDS, text, pos, end, inside)
    return found


def test_the_same_on_real_texts() -> None:
    found = sum(check(text) for text in texts())
    assert found > 1000  # the texts hold units, magnitudes and counted nouns


def _alphabet() -> list[str]:
    chars = {" ", "/", "·", "半", "个", "的", "A", "1", "\n"}
    for table in (WORDS.units_by_first_char, WORDS.magnitudes_by_first_char):
        chars.update(table)
    for words in (WORDS.inside, WORDS.before, WORDS.around, WORDS.after, WORDS.counted_nouns, WORDS.whole_linkers):
        for word in list(words)[:60]:
            chars.update(word)
    return sorted(chars)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_alphabet()), max_size=30))
def test_the_same_on_random_texts(text: str) -> None:
    check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=20))
def test_the_same_on_any_characters(text: str) -> None:
    check(text)
