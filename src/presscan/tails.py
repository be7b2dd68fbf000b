"""What follows a number: [inside qualifier] [magnitude [inside qualifier]] unit, read by
longest match from the pattern data; a rate's denominator (吨/年), a counted noun with no
measure word (9万儿童), a half between a measure word and the unit (一个半小时) or after
the unit (两吨半), and a currency sign before the number (US$3.5亿) with what follows it.
A unit that depends on its clause (度) takes the reading whose word stands nearest.
"""

from __future__ import annotations

from typing import Final

from presscan.matchwords import MatchWords, UnitRule, has_code, word_at, word_before
from presscan.wordlookup import ends_at, is_latin, longest_at, starts_at

_CONTEXT_WINDOW: Final = 40  # how far back a context unit's words are looked for


def _unit_at(words: MatchWords, text: str, pos: int) -> UnitRule | None:
    """The longest unit at `pos` that is not part of a longer word.

    A unit that depends on its clause (度) has several readings of one surface;
    the one whose word stands nearest wins, and none when no word is there.
    """
    if pos >= len(text) or not has_code(words.unit_first_codes, text, pos):
        return None  # told by code point, before the character is made a string to look it up
    units = _units_at(words, text, pos, ord(text[pos]))
    return None if units is None else _unit_among(words, text, pos, units)


def _units_at(words: MatchWords, text: str, pos: int, code: int) -> tuple[UnitRule, ...] | None:
    """words.units_by_first_char.get(text[pos]), `code` the code point there: by the index of its code
    (MatchWords.unit_index), no string made of the character, where there is one."""
    index = words.unit_index
    if not index:
        return words.units_by_first_char.get(text[pos])
    slot = index[code] if code < len(index) else 0
    return words.units_listed[slot - 1] if slot else None


def _unit_among(words: MatchWords, text: str, pos: int, units: tuple[UnitRule, ...]) -> UnitRule | None:
    """_unit_at, of the units that start with the character at `pos`: the character is read once
    (each read of a Chinese character from a text makes a string of it)."""
    best: UnitRule | None = None
    best_at = -1
    best_surface = ""
    length = len(text)
    next_code = ord(text[pos + 1]) if pos + 1 < length else -1  # a code point: no string made of it
    for unit in units:
        surface = unit.surface
        if best_surface and surface != best_surface:
            break  # a shorter surface after the readings of a longer one: the longer reading wins
        after = pos + len(surface)
        # the first character matched already; the second is a quick test before the whole
        if after > pos + 1 and (after > length or next_code != unit.second or not starts_at(text, pos, surface)):
            continue
        if (
            after < length
            and unit.not_before_chars  # most units have none: the character after is not read
            and text[after] in unit.not_before_chars
            and any(starts_at(text, after, word) for word in unit.not_before)
        ):
            continue
        if not unit.checked:
            return unit
        if unit.latin and after < len(text) and is_latin(text[after]):
            continue  # 5G基站, 5Gbps: letters run on, so this is no unit
        if unit.not_after and any(ends_at(text, pos, word) for word in unit.not_after):
            continue
        if unit.not_before_unit and _numeral_or_unit_at(words, text, after):
            continue  # 三两天, 一两百: the numeral two
        if unit.context_re is not None or unit.right_after:
            at = _context_at(words, text, pos, unit)
            if at > best_at:
                best, best_at, best_surface = unit, at, surface
            continue
        return unit
    return best


def _numeral_or_unit_at(words: MatchWords, text: str, pos: int) -> bool:
    if pos >= len(text):
        return False
    char = text[pos]
    numeral = (
        (char.isascii() and char.isdigit()) or char in words.digits or char in words.places or char in words.sections
    )
    return numeral or _unit_at(words, text, pos) is not None


def _context_at(words: MatchWords, text: str, pos: int, unit: UnitRule) -> int:
    """Where the word that gives `unit` its meaning ends before `pos` in the same clause; -1 if none does."""
    if any(ends_at(text, pos, word) for word in unit.right_after):
        return pos
    if unit.context_re is None:
        return -1
    found = unit.context_re.search(text, max(0, pos - _CONTEXT_WINDOW), pos)
    last = -1
    while found is not None:  # the last one is the nearest
        last = found.end()
        found = unit.context_re.search(text, last, pos)
    punctuation = words.patterns.punctuation
    marks = punctuation.sentence_mark_re if unit.context_in_sentence else punctuation.clause_mark_re
    if last < 0 or marks.search(text, last, pos) is not None:
        return -1
    return last


class _UnitRead:
    """A unit read at a position, with its denominator when it is a rate (吨/年)."""

    __slots__ = ("end", "entry", "kind", "per", "unit")

    def __init__(self, end: int, entry: UnitRule, unit: str, kind: str, per: str | None) -> None:
        self.end = end
        self.entry = entry
        self.unit = unit
        self.kind = kind
        self.per = per


def _read_unit(words: MatchWords, text: str, pos: int) -> _UnitRead | None:
    """A unit (or a rate such as 吨/年) at `pos`."""
    return _unit_read(words, text, pos, _unit_at(words, text, pos))


def _unit_read(words: MatchWords, text: str, pos: int, unit: UnitRule | None) -> _UnitRead | None:
    """The unit `unit` at `pos`, or the rate it begins (吨/年)."""
    if unit is None:
        return None
    end = pos + len(unit.surface)
    per = _read_per(words, text, end)
    if per is not None:
        per_end, per_word = per
        return _UnitRead(per_end, unit, f"{unit.unit}/{per_word}", "rate", per_word)
    return _UnitRead(end, unit, unit.unit, unit.kind, None)


def _read_per(words: MatchWords, text: str, pos: int) -> tuple[int, str] | None:
    """A denominator after "/" at `pos` (/年, /吨, /万元, /人·月): where it ends and how it is written."""
    if pos >= len(text) or text[pos] != "/":
        return None
    found = _denominator(words, text, pos + 1)
    if found is None:
        return None
    end, written = found
    if end + 1 < len(text) and text[end] in words.per_joiners:
        # 856元/人·月: a second denominator after a joiner, one rate per both, written as it is
        second = _denominator(words, text, end + 1)
        if second is not None:
            return second[0], written + text[end] + second[1]
    return end, written


def _denominator(words: MatchWords, text: str, start: int) -> tuple[int, str] | None:
    """A unit or per word at `start`, the first of a rate's denominators: where it ends and its name."""
    denominator = _unit_at(words, text, start)
    if denominator is not None:
        return start + len(denominator.surface), denominator.unit
    # 0.5吨/万元: a denominator may carry a magnitude; it stays written as it is
    for magnitude in words.magnitudes_by_first_char.get(text[start], ()) if start < len(text) else ():
        after = start + len(magnitude)
        denominator = _unit_at(words, text, after) if starts_at(text, start, magnitude) else None
        if denominator is not None:
            return after + len(denominator.surface), magnitude + denominator.unit
    word = longest_at(words.per_words, text, start, 3)
    if word is not None:
        return start + len(word), word
    return None


class Tail:
    """What follows a number: its inside qualifier, magnitude and unit (or counted noun)."""

    __slots__ = ("end", "entry", "half", "inside", "kind", "magnitude", "per", "surface", "unit")

    def __init__(
        self,
        end: int,
        magnitude: str | None,
        inside: str | None,
        unit: str,
        kind: str,
        per: str | None,
        surface: str,  # the unit, counted noun or currency sign as written
        entry: UnitRule | None = None,  # the unit's pattern entry; None for a counted noun or a sign
        half: bool = False,  # 一个半小时: a half between the number and the unit
    ) -> None:
        self.end = end
        self.magnitude = magnitude
        self.inside = inside
        self.unit = unit
        self.kind = kind
        self.per = per
        self.surface = surface
        self.entry = entry
        self.half = half


def _unit_tail(found: _UnitRead, magnitude: str | None, inside: str | None, half: bool = False) -> Tail:
    entry = found.entry
    return Tail(found.end, magnitude, inside, found.unit, found.kind, found.per, entry.surface, entry, half)


def _counted_noun(words: MatchWords, text: str, pos: int, magnitude: str | None, inside: str | None) -> Tail | None:
    """9万儿童, 1000农户: a counted noun right after the number, outside the figure's text."""
    noun = word_at(
        words.counted_nouns, words.counted_first_codes, words.counted_second_codes, words.counted_longest, text, pos
    )
    if noun is None:
        return None
    if magnitude is None and any(starts_at(text, pos + len(noun), word) for word in words.counted_not_before):
        return None  # 12345市民热线
    entry = words.counted_nouns[noun]
    return Tail(pos, magnitude, inside, str(entry.value), "count", None, noun)


def magnitude_at(words: MatchWords, text: str, pos: int) -> str | None:
    """The longest magnitude word (万, 亿, 万亿, k) at text[pos], or None."""
    if pos >= len(text) or not has_code(words.magnitude_first_codes, text, pos):
        return None
    for word in words.magnitudes_by_first_char.get(text[pos], ()):
        if starts_at(text, pos, word):
            return word
    return None


def ends_clause(words: MatchWords, text: str, at: int) -> bool:
    """True when a clause or a sentence ends at `at` (its mark, or the text's end)."""
    return at >= len(text) or text[at] in words.sentence_end or text[at] in words.clause_end


def before_filler(words: MatchWords, text: str, start: int) -> int:
    """`start`, or where a filler right before it starts (人口[约]1200万, 性别比[为]104.2)."""
    for filler in words.counted_before_fillers:
        if ends_at(text, start, filler):
            return start - len(filler)
    return start


def counted_before(words: MatchWords, text: str, start: int, pos: int) -> Tail | None:
    """常住人口1200万, 访港旅客人次约1,230万: a number with a magnitude and no unit, at the end of its
    clause or list item (视力残疾人4.2万、听力残疾人2.9万), counts the noun before it
    (counted_nouns.before), in that noun's unit. The number stands at [start, pos); the noun stays
    outside the figure's text."""
    if not words.counted_before or pos >= len(text):
        return None
    magnitude = magnitude_at(words, text, pos)
    if magnitude is None or magnitude.isascii():
        return None
    after = pos + len(magnitude)
    qualifier = word_at(
        words.after, words.after_first_codes, words.after_second_codes, words.after_longest, text, after
    )
    ends = after + len(qualifier) if qualifier else after  # 1200万[以上]。
    if not ends_clause(words, text, ends) and text[ends] not in words.list_marks:
        return None
    back = before_filler(words, text, start)
    for entry in words.counted_before:
        if ends_at(text, back, entry.word):
            return Tail(after, magnitude, None, str(entry.value), "count", None, entry.word)
    return None


def read_tail(words: MatchWords, text: str, pos: int, arabic: bool) -> Tail | None:
    """What follows a number: [inside qualifier] [magnitude [inside qualifier]] unit.

    The readings found are compared as they are found (the longest wins; on a tie, the one without
    a magnitude: 3千瓦 is 3 kilowatts, not 3000 watts; on a tie of both, the first), not collected
    into a list of tuples; a character that starts no tail (tail_first_codes) ends it at once."""
    inside = word_at(words.inside, words.inside_first_codes, words.inside_second_codes, words.inside_longest, text, pos)
    start = pos + len(inside) if inside else pos
    if start >= len(text):
        return None
    # the character's code read once for the code tables (has_code's test, without a call for each)
    code = ord(text[start])
    table = words.tail_first_codes
    if code >= len(table) or not table[code]:
        return None
    best: Tail | None = None
    best_end = -1
    best_rank = 0  # minus the magnitude's length: 0 for a reading without one
    table = words.half_first_codes
    half = _half_between(words, text, start) if code < len(table) and table[code] else -1
    if half >= 0:
        found = _read_unit(words, text, half)
        if found is not None:
            best, best_end = _unit_tail(found, None, inside, half=True), found.end
    table = words.unit_first_codes
    units = _units_at(words, text, start, code) if code < len(table) and table[code] else None
    direct = None if units is None else _unit_read(words, text, start, _unit_among(words, text, start, units))
    if direct is None and arabic and start + 1 < len(text) and code == 0x20:  # " "
        # 5 km, 100 USD: a unit in Latin letters may stand one space after the number
        spaced = _read_unit(words, text, start + 1)
        direct = spaced if spaced is not None and spaced.entry.latin else None
    if direct is not None and (best is None or direct.end > best_end):
        best, best_end, best_rank = _unit_tail(direct, None, inside), direct.end, 0
    table = words.magnitude_first_codes
    magnitudes: tuple[str, ...] | None = None  # those that start here, by the index of the code point
    if code < len(table) and table[code]:
        index = words.magnitude_index
        if not index:
            magnitudes = words.magnitudes_by_first_char.get(text[start])
        elif code < len(index) and index[code]:
            magnitudes = words.magnitudes_listed[index[code] - 1]
    for magnitude in magnitudes if magnitudes is not None else ():
        if not starts_at(text, start, magnitude):
            continue
        latin = magnitude.isascii()
        if latin and not arabic:
            continue  # k, M only after Arabic digits
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
            if best is None or found.end > best_end or (found.end == best_end and -size > best_rank):
                best, best_end, best_rank = _unit_tail(found, magnitude, inside or inside_after), found.end, -size
            continue
        noun = None if latin else _counted_noun(words, text, after, magnitude, inside or inside_after)
        if noun is not None and (best is None or after > best_end or (after == best_end and -size > best_rank)):
            best, best_end, best_rank = noun, after, -size
    if best is None:
        return _counted_noun(words, text, start, None, inside)  # it tests the first character by its code
    return best


def _half_between(words: MatchWords, text: str, pos: int) -> int:
    """一个半小时: where the unit starts after a measure word and 半 at `pos`; -1 if they are not there."""
    if pos >= len(text) or text[pos] not in words.half_first:
        return -1
    word = words.half_word
    if word is None:
        return -1
    for between in words.half_between:
        if starts_at(text, pos, between) and starts_at(text, pos + len(between), word):
            return pos + len(between) + len(word)
    return -1


def half_after(words: MatchWords, text: str, pos: int) -> int:
    """两吨半: the length of 半 right after the unit at `pos`; 0 if it is not there or starts a word (半径)."""
    word = words.half_word
    if word is None or not starts_at(text, pos, word):
        return 0
    after = pos + len(word)
    if any(starts_at(text, after, other) for other in words.half_not_before):
        return 0
    return len(word)


def currency_sign(words: MatchWords, text: str, start: int) -> int:
    """Where a currency sign before the number at `start` begins ($45, US$3.5亿, RMB 100); -1 if none."""
    pos = start - 1 if start > 1 and text[start - 1] == " " else start
    patterns = words.patterns
    sign = word_before(
        patterns.currency_signs,
        words.currency_signs_last_codes,
        words.currency_signs_second_codes,
        patterns.longest_key["currency_signs"],
        text,
        pos,
    )
    if sign is None or (pos != start and not sign[-1].isalpha()):
        return -1  # only a code in letters stands one space before the number
    begin = pos - len(sign)
    if begin > 0 and text[begin - 1].isascii() and text[begin - 1].isalpha():
        return -1  # the end of some other code: XUS$5
    return begin


def sign_tail(words: MatchWords, text: str, pos: int, sign: str) -> Tail | None:
    """After a number led by a currency sign: [inside qualifier] [magnitude] [inside qualifier] [/denominator]."""
    unit = str(words.patterns.currency_signs[sign].value)
    inside = word_at(words.inside, words.inside_first_codes, words.inside_second_codes, words.inside_longest, text, pos)
    end = pos + len(inside) if inside else pos
    magnitude = None
    for word in words.magnitudes_by_first_char.get(text[end], ()) if end < len(text) else ():
        if starts_at(text, end, word) and not (
            word.isascii() and end + len(word) < len(text) and is_latin(text[end + len(word)])
        ):
            magnitude = word
            end += len(word)
            break
    if inside is None:
        inside = word_at(
            words.inside, words.inside_first_codes, words.inside_second_codes, words.inside_longest, text, end
        )
        end += len(inside) if inside else 0
    if end < len(text) and is_latin(text[end]):
        return None  # $5G, US$3x: letters run on
    per = _read_per(words, text, end)
    if per is not None:
        return Tail(per[0], magnitude, inside, f"{unit}/{per[1]}", "rate", per[1], sign)
    return Tail(end, magnitude, inside, unit, "money", None, sign)
