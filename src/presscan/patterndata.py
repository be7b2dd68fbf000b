"""PatternSet: everything presscan matches with, merged from one or more pattern files,
and what the matching stages derive from it once (regular expressions, words grouped by
their first character, the longest word of each table), as cached properties.

A PatternSet is plain data: it imports none of the stages that use it (match,
attribute); presscan.core builds those from it. presscan.patternset loads it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from presscan.numberstarts import (
    AFTER_WORD,
    ARABIC,
    BARE,
    CHINESE,
    INSIDE,
    MAGNITUDE,
    NUMERAL,
    ORDINAL,
    PLACE,
    VAGUE,
    NumberStarts,
)
from presscan.patternentries import AttributionWords, Entry, Subunit, Unit
from presscan.patternfile import PageSection, TableSection
from presscan.punctuation import Punctuation
from presscan.script_fold import ScriptFold


@dataclass(frozen=True)
class PatternSet:
    """Everything presscan matches with, merged from one or more pattern files."""

    units: Mapping[str, Unit]
    per_words: frozenset[str]
    counted_nouns: Mapping[str, Entry]
    magnitudes: Mapping[str, Entry]
    digits: Mapping[str, int]
    places: Mapping[str, int]
    sections: Mapping[str, int]
    ordinal_prefixes: tuple[str, ...]
    line_labels: tuple[str, ...]
    qualifiers_before: Mapping[str, Entry]
    qualifiers_inside: Mapping[str, Entry]
    qualifiers_after: Mapping[str, Entry]
    sources: tuple[str, ...] = field(default=())
    decimal_points: tuple[str, ...] = ()
    fraction_word: str | None = None
    fraction_unit: str = "分之"
    fraction_percent: bool = False  # 三分之一 -> 33.333333 %, kind percent
    share_before: tuple[str, ...] = ()
    share_after: tuple[str, ...] = ()
    range_separators: Mapping[str, Entry] = field(default_factory=dict)
    negative_signs: tuple[str, ...] = ()
    positive_signs: tuple[str, ...] = ()  # +3.8%: a rise said by its sign
    inclusive_notes: tuple[str, ...] = ()
    prefixes: Mapping[str, Entry] = field(default_factory=dict)  # value: PrefixEntry
    phrases: Mapping[str, Entry] = field(default_factory=dict)  # value: PhraseEntry
    vague: Mapping[str, Entry] = field(default_factory=dict)  # value: VagueEntry
    context_units: Mapping[str, tuple[Unit, ...]] = field(default_factory=dict)  # readings in file order
    currency_signs: Mapping[str, Entry] = field(default_factory=dict)  # value: the unit, 美元 for US$
    subunits: Mapping[str, Subunit] = field(default_factory=dict)
    qualifiers_around: Mapping[str, Entry] = field(default_factory=dict)  # value: AroundEntry
    negative_words: tuple[str, ...] = ()
    negative_words_not_after: tuple[str, ...] = ()
    subunit_joiners: tuple[str, ...] = ()
    shared_unit_marks: frozenset[str] = frozenset()  # 1409万、1305万人次; 3×2米
    product_marks: frozenset[str] = frozenset()  # ×: shares a unit of product_kinds only
    product_kinds: frozenset[str] = frozenset()
    bare_magnitude_after: tuple[str, ...] = ()
    bare_magnitude_not_after: tuple[str, ...] = ()
    per_before: tuple[str, ...] = ()  # 每: 每吨2300元 is 2300 元/吨  # 附近万人小区: 近 there is no qualifier
    per_rate_nouns: tuple[str, ...] = ()  # 人: 每10万人123.45 is 123.45 /10万
    per_joiners: str = ""  # ·: 856元/人·月, two denominators of one rate
    qualifiers_of_whole: Mapping[str, str] = field(default_factory=dict)  # 不低于…的30%: at_least
    whole_linkers: tuple[str, ...] = ()  # 的, before a share of a whole
    qualifiers_yielding: frozenset[str] = frozenset()  # 低于: a word after the figure is its qualifier
    link_starts: tuple[str, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)  # opening mark -> closing mark
    half_word: str | None = None
    half_between: tuple[str, ...] = ()
    half_not_before: tuple[str, ...] = ()
    formal_digits: frozenset[str] = frozenset()
    counted_not_before: tuple[str, ...] = ()
    # 常住人口1200万: nouns before a number with a magnitude and no unit -> its unit, longest first
    counted_before: tuple[Entry, ...] = ()  # value: the unit
    counted_before_fillers: tuple[str, ...] = ()  # longest first
    unitless: tuple[str, ...] = ()  # 性别比, 系数: a bare number after one is its value; longest first
    attribution: AttributionWords = field(default_factory=lambda: AttributionWords())
    tables: TableSection = field(default_factory=TableSection)
    pages: PageSection = field(default_factory=PageSection)
    punctuation: Punctuation = field(default_factory=Punctuation)
    # traditional characters read as simplified ones (patterns/traditional.txt)
    traditional: ScriptFold = field(default_factory=ScriptFold.empty)
    # What the pipeline builds from this data once (compiled patterns, the
    # attributor), kept with it so that it is built once per pattern set; see
    # presscan.core. Not part of the data: never compared or shown.
    built: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def longest_key(self) -> dict[str, int]:
        """For each word table, the length of its longest word: how far back or ahead a lookup reads."""
        tables = (
            "prefixes",
            "qualifiers_before",
            "qualifiers_inside",
            "qualifiers_after",
            "qualifiers_around",
            "range_separators",
            "currency_signs",
            "counted_nouns",
            "subunits",
        )
        return {name: max(map(len, getattr(self, name)), default=0) for name in tables}

    @cached_property
    def last_chars(self) -> dict[str, frozenset[str]]:
        """For each table of longest_key, the characters its words end with: a word of it ends
        right before a position only where one of these stands (a quick test before a lookup)."""
        return {name: frozenset(word[-1] for word in getattr(self, name) if word) for name in self.longest_key}

    @cached_property
    def negative_sign_ends(self) -> frozenset[str]:
        """Last characters of the signs and minus words: a figure after any other character is not signed."""
        return frozenset(sign[-1] for sign in (*self.negative_signs, *self.negative_words, *self.positive_signs))

    @cached_property
    def currency_sign_ends(self) -> frozenset[str]:
        """Last characters of the currency signs (and the space after a code): a number after any
        other character has no sign before it."""
        return frozenset({*(sign[-1] for sign in self.currency_signs), " "}) if self.currency_signs else frozenset()

    @cached_property
    def first_chars(self) -> dict[str, frozenset[str]]:
        """For some word tables, the characters their words start with (counted nouns, the words
        between a number and 半) or end with (around qualifiers): a quick test before a lookup."""
        return {
            "counted_nouns": frozenset(word[0] for word in self.counted_nouns),
            "qualifiers_inside": frozenset(word[0] for word in self.qualifiers_inside if word),
            "qualifiers_after": frozenset(word[0] for word in self.qualifiers_after if word),
            "half_between": frozenset(word[0] for word in self.half_between),
            "qualifiers_around": frozenset(word[-1] for word in self.qualifiers_around),
            "titles": frozenset(self.titles),
        }

    @cached_property
    def subunit_units(self) -> frozenset[str]:
        """The units that smaller units divide (元 for 角): only their figures are read on."""
        return frozenset(subunit.of for subunit in self.subunits.values())

    @cached_property
    def units_by_first_char(self) -> dict[str, tuple[tuple[str, Unit], ...]]:
        """(surface, unit) by the surface's first character, longest first: the candidates at one
        position (a context unit's readings one after the other)."""
        grouped: dict[str, list[tuple[str, Unit]]] = {}
        readings: dict[str, tuple[Unit, ...]] = {surface: (unit,) for surface, unit in self.units.items()}
        readings.update(self.context_units)
        for surface in sorted(readings, key=len, reverse=True):
            grouped.setdefault(surface[0], []).extend((surface, unit) for unit in readings[surface])
        return {char: tuple(units) for char, units in grouped.items()}

    @cached_property
    def link_re(self) -> re.Pattern[str] | None:
        """Web addresses (https://..., www....): the printable ASCII run after a start, possessive."""
        if not self.link_starts:
            return None
        starts = "|".join(re.escape(word) for word in sorted(self.link_starts, key=len, reverse=True))
        return re.compile(f"(?:{starts})[!-~]*+")

    @cached_property
    def magnitudes_by_first_char(self) -> dict[str, tuple[str, ...]]:
        """Magnitude words grouped by their first character, longest first."""
        grouped: dict[str, list[str]] = {}
        for word in sorted(self.magnitudes, key=len, reverse=True):
            grouped.setdefault(word[0], []).append(word)
        return {char: tuple(words) for char, words in grouped.items()}

    @cached_property
    def number_re(self) -> re.Pattern[str]:
        """Candidate numbers: Arabic digit runs and runs of Chinese numeral characters.

        Possessive quantifiers throughout: a digit run is never given back, so a
        hostile input of a million digits is scanned once. Python's own re (3.11
        has possessive quantifiers) scans a bulletin about 3x faster than the
        regex module; the patterns built here use nothing re lacks.
        """
        return re.compile(self._number_pattern(scan=False))

    @cached_property
    def number_scan_re(self) -> re.Pattern[str]:
        """number_re for scanning a text: the same matches, at the same positions, but the pattern
        starts by taking the number's first character (a class of number_first_chars), and every
        test around that character looks back from after it. A pattern that starts with a class
        is searched by a loop in C that tests one character after another; number_re starts with
        a look-ahead, so re starts a whole match at every position (about 350 instructions a
        character). Its groups hold what follows the first character: `arabic`, `chinese` (the
        run, after its first character), `fraction`, `vague_places` and `bare` (after the first
        character); presscan.number_readings reads them (tests/test_number_scan.py checks both
        patterns give the same matches)."""
        return re.compile(self._number_pattern(scan=True))

    def _number_pattern(self, scan: bool) -> str:
        """number_re's pattern, or (`scan`) number_scan_re's: a test at the number's first
        position p is written, after the first character is taken, as a test that looks back
        one character more (a look-ahead at p is a look-behind at the first character)."""

        def not_after(words: str) -> str:  # (?<!words) at p
            return f"(?<!(?:{words}).)" if scan else f"(?<!{words})"

        def after(words: str) -> str:  # (?<=words) at p
            return f"(?<=(?:{words}).)" if scan else f"(?<={words})"

        def first_in(chars: str) -> str:  # the character at p is one of `chars` ([...] inside)
            return f"(?<=[{chars}])" if scan else f"[{chars}]"

        def first_not_in(chars: str) -> str:  # (?![chars]) at p
            return f"(?<![{chars}])" if scan else f"(?![{chars}])"

        zh_start = "".join(sorted(c for c, v in self.digits.items() if v > 0)) + "".join(
            sorted(c for c, v in self.places.items() if v == 10)
        )
        zh_any = "".join(sorted({*self.digits, *self.places, *self.sections}))
        # one look-behind per length of prefix (re wants each of a fixed width), the prefixes of
        # one character as a class: re tries them at every number's first character
        by_length: dict[int, list[str]] = {}
        for prefix in sorted(self.ordinal_prefixes):
            by_length.setdefault(len(prefix), []).append(prefix)
        ordinal_guard = "".join(
            not_after(f"[{re.escape(''.join(words))}]") if size == 1 else not_after("|".join(map(re.escape, words)))
            for size, words in sorted(by_length.items(), reverse=True)
        )
        # A thousands separator is a comma followed by exactly three digits; the
        # full-width comma (kept by normalise as punctuation) counts only then.
        arabic_rest = r"(?:[,，][0-9]{3}(?![0-9]))*+(?:\.[0-9]++)?+"
        # in the scan, each alternative tests the first character first: most characters that start
        # none (上 of 以上, 一 of 统一) then fail at one test, not after all the guards
        # after an abbreviation in capitals (GDP3256.8亿元, USD3.5亿), a number with a magnitude
        # after it is a figure; after any other letter it is part of a name (PM2.5, A380, G20)
        magnitude_firsts = re.escape("".join(sorted({word[0] for word in self.magnitudes})))
        abbreviated = (
            f"|{after('[A-Z][A-Z]')}(?=[0-9,]*+(?:\\.[0-9]++)?+[{magnitude_firsts}])" if magnitude_firsts else ""
        )
        arabic = (
            rf"(?<=[0-9])(?:{not_after('[0-9A-Za-z.]')}{abbreviated})(?P<arabic>[0-9]*+{arabic_rest})"
            if scan
            else rf"(?P<arabic>(?:(?<![0-9A-Za-z.]){abbreviated})[0-9]++{arabic_rest})"
        )
        digit_class = re.escape("".join(sorted(self.digits)))
        points = "|".join(re.escape(p) for p in sorted(self.decimal_points, key=len, reverse=True))
        # A Chinese numeral starts a run: never the tail of a run the ordinal guard
        # refused (第十三条 is not 三条). A financial digit that is also a word (formal:
        # 陆, 伍) starts one only before a place or section character or a decimal point
        # (陆拾, 伍佰万, 陆点五): elsewhere it is the word, and a numeral right after it
        # starts the number (大陆五万人, 队伍三百人), unless that numeral is a place or
        # section character (第陆拾条 is an ordinal throughout).
        formal = "".join(sorted(c for c in self.formal_digits if self.digits.get(c, 0) > 0))
        scales = re.escape("".join(sorted({*self.places, *self.sections})))
        if formal and scales:
            plain_any = re.escape("".join(c for c in zh_any if c not in formal))
            plain_start = re.escape("".join(c for c in zh_start if c not in formal))
            point = f"|(?:{points})[{digit_class}]" if points and digit_class else ""
            behind = f"{not_after(f'[{plain_any}]')}(?:{not_after(f'[{re.escape(formal)}]')}|{first_not_in(scales)})"
            first = f"(?:{first_in(plain_start)}|{first_in(re.escape(formal))}(?=[{scales}]{point}))"
        else:
            behind, first = not_after(f"[{re.escape(zh_any)}]"), first_in(re.escape(zh_start))
        opening = f"{first}{behind}" if scan else f"{behind}{first}"
        run = f"{opening}[{re.escape(zh_any)}]*+" if zh_start else r"(?!)"
        fraction = f"(?P<fraction>(?:{points})[{digit_class}]++)?+" if points and digit_class else ""
        zeros = "".join(sorted(c for c, v in self.digits.items() if v == 0))
        if fraction and zeros:
            # 零 starts a number only before a decimal point: 零点三个百分点
            zero_behind = not_after(f"[{re.escape(zh_any)}]")
            zero_first = first_in(re.escape(zeros))
            zero_opening = f"{zero_first}{zero_behind}" if scan else f"{zero_behind}{zero_first}"
            zero = f"{zero_opening}(?=(?:{points})[{digit_class}])"
            run = f"(?:{run}|{zero})"
        alternatives = [arabic, f"(?P<chinese>{run}){fraction}"]
        places = "".join(sorted({*self.places, *self.sections}))
        if self.vague and places:
            vague = re.escape("".join(sorted(self.vague)))
            alternatives.append(
                f"{first_in(vague)}(?P<vague_places>[{re.escape(places)}]++)"
                if scan
                else f"(?P<vague>[{vague}])(?P<vague_places>[{re.escape(places)}]++)"
            )
        bare = self.bare_magnitude_chars
        if bare and self.bare_magnitude_after:
            # 超百亿美元, 突破千万人次, 近万人: a magnitude alone, only right after one of these words
            right_after = "|".join(after(re.escape(word)) for word in sorted(self.bare_magnitude_after))
            # ...or right before 余/多 (千余家, 万余人: a thousand and more)
            inside = "|".join(re.escape(word) for word in sorted(self.qualifiers_inside, key=len, reverse=True))
            bare_class = re.escape(bare)
            guard = "".join(not_after(re.escape(word)) for word in sorted(self.bare_magnitude_not_after))
            if scan:
                followed = f"|(?=[{bare_class}]*+(?:{inside}))" if inside else ""
                taken = f"(?P<bare>[{bare_class}]*+)"
                guard = f"(?<=[{bare_class}]){guard}"
            else:
                followed = f"|(?=[{bare_class}]++(?:{inside}))" if inside else ""
                taken = f"(?P<bare>[{bare_class}]++)"
            alternatives.append(f"{guard}(?:{right_after}{followed}){taken}")
        # Every number starts with one of these characters; testing for it first
        # lets a match skip the guards and alternatives at every other position.
        firsts = re.escape(self.number_first_chars)
        opening = f"[{firsts}]" if scan else f"(?=[{firsts}])"
        return f"{opening}{ordinal_guard}(?:{'|'.join(alternatives)})"

    @cached_property
    def number_first_chars(self) -> str:
        """The characters a match of number_re can start with."""
        zh_start = [c for c, v in self.digits.items() if v > 0] + [c for c, v in self.places.items() if v == 10]
        zeros = [c for c, v in self.digits.items() if v == 0]
        bare = self.bare_magnitude_chars if self.bare_magnitude_after else ""
        return "".join(sorted({*"0123456789", *zh_start, *zeros, *self.vague, *bare}))

    @cached_property
    def number_starts(self) -> NumberStarts:
        """What the characters around a number's first one say of the alternatives of
        number_scan_re that may start there (numberstarts), as _number_pattern builds them."""
        opening: dict[int, set[str]] = {ARABIC: set("0123456789")}
        opening[CHINESE] = {c for c, v in self.digits.items() if v > 0} | {c for c, v in self.places.items() if v == 10}
        if self.decimal_points and self.digits:
            opening[CHINESE] |= {c for c, v in self.digits.items() if v == 0}  # 零 before a decimal point
        places = {*self.places, *self.sections}
        if self.vague and places:
            opening[VAGUE] = set("".join(self.vague))
        bare = self.bare_magnitude_chars
        if bare and self.bare_magnitude_after:
            opening[BARE] = set(bare)
        formal = {c for c in self.formal_digits if self.digits.get(c, 0) > 0} if self.formal_digits else set()
        around: dict[int, set[str]] = {
            PLACE: places,
            INSIDE: {word[0] for word in self.qualifiers_inside if word},
            ORDINAL: {prefix for prefix in self.ordinal_prefixes if len(prefix) == 1},
            NUMERAL: {*self.digits, *self.places, *self.sections} - formal,
            AFTER_WORD: {word[-1] for word in self.bare_magnitude_after if word},
            MAGNITUDE: set(bare),
        }
        return NumberStarts(self.number_first_chars, opening, around)

    @cached_property
    def bare_magnitude_chars(self) -> str:
        """Characters of the magnitude words written with place and section characters only (百亿, 千万)."""
        numeral = {*self.places, *self.sections}
        return "".join(sorted({char for word in self.magnitudes if set(word) <= numeral for char in word}))

    @cached_property
    def phrase_re(self) -> re.Pattern[str] | None:
        """Fixed phrases that state a number (翻一番), longest first."""
        if not self.phrases:
            return None
        return re.compile("|".join(re.escape(p) for p in sorted(self.phrases, key=len, reverse=True)))
