"""Pattern data: load the TOML files in patterns/, validate them, and merge them.

A PatternSet is plain data: it imports none of the stages that use it (match,
attribute); presscan.core builds those from it.

All of presscan's knowledge of units, magnitudes, numerals, qualifiers and
time and direction words lives in these files; nothing here knows a single unit.
A user's own files are loaded into a new PatternSet that is passed to
`extract`; nothing is merged into module globals.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, TypeVar

import regex
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from presscan.errors import PatternError
from presscan.record import Qualifier
from presscan.script_fold import ScriptFold

Word = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^\S+$")]
KindName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Char = Annotated[str, StringConstraints(min_length=1, max_length=1)]
DecimalText = Annotated[str, StringConstraints(pattern=r"^-?[0-9]+(\.[0-9]+)?$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class UnitEntry(_Strict):
    kind: KindName
    unit: Word | None = None
    not_before: list[Word] = Field(default_factory=list)
    # 成 is a tenth: 三成 = 30 %, and a digit after it is the next tenth (三成五 = 35 %)
    scale: Annotated[int, Field(gt=1)] | None = None
    # 折: two digits written together are a whole and a tenth (九五折 = 9.5, 75折 = 7.5)
    pairs: bool = False
    # the number must be below this (折: 十折 is no discount at all)
    below: Annotated[int, Field(gt=0)] | None = None
    # the unit counts only where one of these words stands earlier in the clause (度 after 用电) ...
    context: list[Word] = Field(default_factory=list)
    # ... or one of these right before it (30多年)
    right_after: list[Word] = Field(default_factory=list)
    # not right after these (两两 is "in pairs")
    not_after: list[Word] = Field(default_factory=list)
    # not where one of these stands right before the number (一波三折 is an idiom, not a price)
    not_after_number: list[Word] = Field(default_factory=list)
    # not where a unit or a numeral follows (三两天: 两 is the numeral two there)
    not_before_unit: bool = False


class CountedNounsSection(_Strict):
    """Nouns that count people or households, read after a number with no measure word."""

    unit: Word = "人"  # a noun's unit when its last character is not a count unit itself
    nouns: list[Word] = Field(default_factory=list)
    units: dict[Word, Word] = Field(default_factory=dict)  # nouns counted in another unit: 游客 -> 人次
    not_before: list[Word] = Field(default_factory=list)  # without a magnitude, not before these (市民热线)


class SubunitEntry(_Strict):
    of: Word  # the unit it divides: 角 of 元
    value: DecimalText  # its worth in that unit: 0.1


class AroundEntry(_Strict):
    after: list[Word]  # one of these right after the figure completes the qualifier
    qualifier: Qualifier


class PerSection(_Strict):
    words: list[Word] = Field(default_factory=list)


class OrdinalSection(_Strict):
    prefixes: list[Word] = Field(default_factory=list)


class FormalSection(_Strict):
    characters: list[Char] = Field(default_factory=list)  # numerals only beside another numeral (陆拾, not 陆家嘴)


class QualifierSection(_Strict):
    before: dict[Word, Qualifier] = Field(default_factory=dict)
    inside: dict[Word, Qualifier] = Field(default_factory=dict)
    after: dict[Word, Qualifier] = Field(default_factory=dict)
    around: dict[Word, AroundEntry] = Field(default_factory=dict)


class PrefixEntry(_Strict):
    unit: Word
    kind: KindName
    scale: DecimalText | None = None  # 万分之三 in percent: 3 x 0.01


class PhraseEntry(_Strict):
    value: DecimalText
    unit: Word
    kind: KindName
    after: list[Word] = Field(default_factory=list)  # only right after one of these (打对折)
    not_before: list[Word] = Field(default_factory=list)  # not before these (半成品)


class HalfSection(_Strict):
    """半 after a unit (两吨半) or between a measure word and the unit (一个半小时)."""

    word: Word | None = None
    between: list[Word] = Field(default_factory=list)
    not_before: list[Word] = Field(default_factory=list)


class VagueEntry(_Strict):
    low: Annotated[int, Field(ge=1, le=9)]
    high: Annotated[int, Field(ge=1, le=9)] | None = None
    qualifier: Qualifier = "approx"


class NumberWordsSection(_Strict):
    decimal_points: list[Word] = Field(default_factory=list)
    fraction_word: Word | None = None
    fraction_unit: Word | None = None
    share_before: list[Word] = Field(default_factory=list)
    share_after: list[Word] = Field(default_factory=list)
    range_separators: list[Word] = Field(default_factory=list)
    negative_signs: list[Word] = Field(default_factory=list)
    inclusive_notes: list[Word] = Field(default_factory=list)
    negative_words: list[Word] = Field(default_factory=list)
    negative_words_not_after: list[Word] = Field(default_factory=list)
    subunit_joiners: list[Word] = Field(default_factory=list)
    bare_magnitude_after: list[Word] = Field(default_factory=list)
    link_starts: list[Word] = Field(default_factory=list)
    titles: dict[Char, Char] = Field(default_factory=dict)
    half: HalfSection = Field(default_factory=HalfSection)
    prefixes: dict[Word, PrefixEntry] = Field(default_factory=dict)
    phrases: dict[Word, PhraseEntry] = Field(default_factory=dict)
    vague: dict[Char, VagueEntry] = Field(default_factory=dict)


Tag = Annotated[str, StringConstraints(pattern=r"^[a-z]{1,5}$")]
YearSpan = Annotated[list[int], Field(min_length=2, max_length=2)]
MonthSpan = Annotated[list[Annotated[int, Field(ge=1, le=12)]], Field(min_length=2, max_length=2)]


class SubjectSection(_Strict):
    """Words and tags that bound and shape a figure's subject (patterns/subject.toml)."""

    noun_tags: list[Tag] = Field(default_factory=list)
    stop_tags: list[Tag] = Field(default_factory=list)
    morpheme_tags: list[Tag] = Field(default_factory=list)
    modifier_tags: list[Tag] = Field(default_factory=list)
    verb_tags: list[Tag] = Field(default_factory=list)
    inner_adverb_tags: list[Tag] = Field(default_factory=list)
    adverbial_modifier_tags: list[Tag] = Field(default_factory=list)
    ordinal_tags: list[Tag] = Field(default_factory=list)
    localiser_tags: list[Tag] = Field(default_factory=list)
    relative_heads: list[Word] = Field(default_factory=list)
    manner_prepositions: list[Word] = Field(default_factory=list)
    verbal_noun_tags: list[Tag] = Field(default_factory=list)
    skip_trailing: list[Word] = Field(default_factory=list)
    boundary: list[Word] = Field(default_factory=list)
    strip_leading: list[Word] = Field(default_factory=list)
    non_subjects: list[Word] = Field(default_factory=list)
    share_words: list[Word] = Field(default_factory=list)
    dictionary: list[Word] = Field(default_factory=list)
    enumeration_marks: list[Word] = Field(default_factory=list)
    list_separators: list[Word] = Field(default_factory=list)
    distributive: list[Word] = Field(default_factory=list)
    generic_nouns: list[Word] = Field(default_factory=list)
    measure_heads: list[Word] = Field(default_factory=list)
    noun_suffixes: list[Word] = Field(default_factory=list)
    per_markers: list[Word] = Field(default_factory=list)
    attributive_verbs: list[Word] = Field(default_factory=list)
    capacity_verbs: list[Word] = Field(default_factory=list)
    conversion_verbs: list[Word] = Field(default_factory=list)
    name_tags: list[Tag] = Field(default_factory=list)
    linkers: list[Word] = Field(default_factory=list)
    aside_verbs: list[Word] = Field(default_factory=list)
    participation_verbs: list[Word] = Field(default_factory=list)


class ShareSection(_Strict):
    """A share's part and whole (patterns/subject.toml, [share])."""

    markers: list[Word] = Field(default_factory=list)
    heads: list[Word] = Field(default_factory=list)
    ratio_heads: list[Word] = Field(default_factory=list)


class ComparisonSection(_Strict):
    """Comparison baselines, never a subject or a period (patterns/subject.toml, [comparison])."""

    markers: list[Word] = Field(default_factory=list)
    paired_markers: list[Word] = Field(default_factory=list)
    closers: list[Word] = Field(default_factory=list)
    adverbs: list[Word] = Field(default_factory=list)


class PeriodSection(_Strict):
    """Time expressions and how their years are found (patterns/periods.toml)."""

    words: list[Word] = Field(default_factory=list)
    year_prefixes: list[Word] = Field(default_factory=list)
    year_suffixes: list[Word] = Field(default_factory=list)
    open_ended: list[Word] = Field(default_factory=list)
    clause_only_prefixes: list[Word] = Field(default_factory=list)
    relative_years: dict[Word, int] = Field(default_factory=dict)
    spans: dict[Word, YearSpan] = Field(default_factory=dict)
    months: dict[Word, MonthSpan] = Field(default_factory=dict)
    within_year: list[Word] = Field(default_factory=list)
    whole_year: list[Word] = Field(default_factory=list)
    plans: dict[Word, YearSpan] = Field(default_factory=dict)
    plan_suffixes: list[Word] = Field(default_factory=list)
    decade_word: Word | None = None
    centuries: dict[Word, int] = Field(default_factory=dict)
    not_before: list[Word] = Field(default_factory=list)
    month_suffixes: list[Word] = Field(default_factory=list)
    first_months: list[Word] = Field(default_factory=list)
    month_count: list[Word] = Field(default_factory=list)
    weekdays: list[Word] = Field(default_factory=list)


class DocumentSection(_Strict):
    """How a document's own year is read from its title and date (patterns/periods.toml, [document])."""

    report_titles: list[Word] = Field(default_factory=list)
    plan_titles: list[Word] = Field(default_factory=list)
    head_characters: Annotated[int, Field(gt=0, le=100_000)] | None = None


class DirectionSection(_Strict):
    up: list[Word] = Field(default_factory=list)
    down: list[Word] = Field(default_factory=list)
    up_nouns: list[Word] = Field(default_factory=list)
    down_nouns: list[Word] = Field(default_factory=list)
    baseline_up: list[Word] = Field(default_factory=list)
    baseline_down: list[Word] = Field(default_factory=list)
    gaps: list[Word] = Field(default_factory=list)
    action_verbs: list[Word] = Field(default_factory=list)


class StatusSection(_Strict):
    target: list[Word] = Field(default_factory=list)
    actual: list[Word] = Field(default_factory=list)
    estimate: list[Word] = Field(default_factory=list)
    target_nouns: list[Word] = Field(default_factory=list)
    disposal: list[Word] = Field(default_factory=list)
    target_sections: list[Word] = Field(default_factory=list)
    actual_sections: list[Word] = Field(default_factory=list)


class MeasureSection(_Strict):
    share: list[Word] = Field(default_factory=list)
    growth: list[Word] = Field(default_factory=list)
    percent_kinds: list[KindName] = Field(default_factory=list)


# ----- reading documents: tables and page furniture (presscan.tables, presscan.readers) ------------
Pair = Annotated[list[Word], Field(min_length=2, max_length=2)]


class TableSection(_Strict):
    """How a table states what its cells are (patterns/tables.toml); read by presscan.tables."""

    unit_captions: list[Word] = Field(default_factory=list)
    unit_columns: list[Word] = Field(default_factory=list)
    brackets: list[Pair] = Field(default_factory=list)
    trailing_units: list[Word] = Field(default_factory=list)
    placeholders: list[Word] = Field(default_factory=list)
    footnote_marks: list[Word] = Field(default_factory=list)
    row_header_prefixes: list[Word] = Field(default_factory=list)
    titles: list[Word] = Field(default_factory=list)


class PageSection(_Strict):
    """Page numbers and site furniture around a bulletin (patterns/pages.toml); read by the readers."""

    page_numbers: list[Word] = Field(default_factory=list)
    chrome_words: list[Word] = Field(default_factory=list)
    chrome_tags: list[Word] = Field(default_factory=list)
    chrome_classes: list[Word] = Field(default_factory=list)


def _merged_lists(parsed: list[tuple[str, PatternFile]], name: str, section_type: type[_Section]) -> _Section:
    """A section of word lists from every file: each list extends in file order, each word once."""
    fields: dict[str, list[object]] = {}
    for _, pattern_file in parsed:
        section = getattr(pattern_file, name)
        for key in section.model_fields_set:
            words = fields.setdefault(key, [])
            words.extend(word for word in getattr(section, key) if word not in words)
    return section_type.model_validate(fields)


_Section = TypeVar("_Section", TableSection, PageSection)

Mark = Annotated[str, StringConstraints(min_length=1, max_length=1, pattern=r"^[^\sA-Za-z0-9]$")]


class PunctuationSection(_Strict):
    """Punctuation classes (see patterns/punctuation.toml): what cuts sentences, clauses and paragraphs."""

    full_stop: list[Mark] = Field(default_factory=list)
    part_end: list[Mark] = Field(default_factory=list)
    clause_end: list[Mark] = Field(default_factory=list)
    colons: list[Mark] = Field(default_factory=list)
    list_marks: list[Mark] = Field(default_factory=list)
    quotes: dict[Mark, Mark] = Field(default_factory=dict)
    brackets: dict[Mark, Mark] = Field(default_factory=dict)
    abbreviations: list[Annotated[str, StringConstraints(pattern=r"^[!-~]{1,20}\.$")]] = Field(default_factory=list)
    url_starts: list[Annotated[str, StringConstraints(pattern=r"^[!-~]{1,20}$")]] = Field(default_factory=list)


class PatternFile(_Strict):
    """One pattern file; every section is optional so that a user file may add just one unit."""

    units: dict[Word, UnitEntry] = Field(default_factory=dict)
    context_units: dict[Word, Annotated[list[UnitEntry], Field(min_length=1)]] = Field(default_factory=dict)
    currency_signs: dict[Word, Word] = Field(default_factory=dict)
    subunits: dict[Word, SubunitEntry] = Field(default_factory=dict)
    per: PerSection = Field(default_factory=PerSection)
    counted_nouns: CountedNounsSection = Field(default_factory=CountedNounsSection)
    magnitudes: dict[Word, Annotated[int, Field(gt=1)]] = Field(default_factory=dict)
    digits: dict[Char, Annotated[int, Field(ge=0, le=9)]] = Field(default_factory=dict)
    places: dict[Char, Annotated[int, Field(gt=1)]] = Field(default_factory=dict)
    sections: dict[Char, Annotated[int, Field(gt=1)]] = Field(default_factory=dict)
    ordinals: OrdinalSection = Field(default_factory=OrdinalSection)
    formal: FormalSection = Field(default_factory=FormalSection)
    qualifiers: QualifierSection = Field(default_factory=QualifierSection)
    number_words: NumberWordsSection = Field(default_factory=NumberWordsSection)
    subject: SubjectSection = Field(default_factory=SubjectSection)
    share: ShareSection = Field(default_factory=ShareSection)
    comparison: ComparisonSection = Field(default_factory=ComparisonSection)
    period: PeriodSection = Field(default_factory=PeriodSection)
    document: DocumentSection = Field(default_factory=DocumentSection)
    direction: DirectionSection = Field(default_factory=DirectionSection)
    status: StatusSection = Field(default_factory=StatusSection)
    measure: MeasureSection = Field(default_factory=MeasureSection)
    tables: TableSection = Field(default_factory=TableSection)
    pages: PageSection = Field(default_factory=PageSection)
    punctuation: PunctuationSection = Field(default_factory=PunctuationSection)


@dataclass(frozen=True, slots=True)
class Unit:
    surface: str  # as written in the text
    unit: str  # as emitted in records
    kind: str
    not_before: tuple[str, ...]
    source: str  # the pattern file it came from
    scale: int | None = None  # 成: the number counts tenths of 100 %
    pairs: bool = False  # 折: 九五折 is 9.5
    below: int | None = None  # the number must be below this
    right_after: tuple[str, ...] = ()  # a word right before the unit that gives it its meaning ...
    not_after: tuple[str, ...] = ()
    not_after_number: tuple[str, ...] = ()
    not_before_unit: bool = False
    latin: bool = False  # written in ASCII (kg, m2): a letter or digit right after it makes it part of a word
    # ... or one of its context words earlier in the clause (found longest first at each position)
    context_re: re.Pattern[str] | None = None
    # any of latin, not_after, not_before_unit, context, right_after: one test for the plain units
    checked: bool = False
    not_before_chars: frozenset[str] = frozenset()  # first characters of not_before: a quick test

    @staticmethod
    def of(surface: str, entry: UnitEntry, source: str) -> Unit:
        words = "|".join(re.escape(word) for word in sorted(entry.context, key=len, reverse=True))
        latin = surface.isascii() and surface[-1].isalnum()
        checked = latin or bool(entry.not_after or entry.not_before_unit or entry.context or entry.right_after)
        return Unit(
            surface,
            entry.unit or surface,
            entry.kind,
            tuple(entry.not_before),
            source,
            entry.scale,
            entry.pairs,
            entry.below,
            tuple(entry.right_after),
            tuple(entry.not_after),
            tuple(entry.not_after_number),
            entry.not_before_unit,
            latin,
            re.compile(words) if words else None,
            checked,
            frozenset(word[0] for word in entry.not_before),
        )


@dataclass(frozen=True, slots=True)
class Subunit:
    surface: str
    of: str  # the unit it divides
    value: Decimal  # its worth in that unit
    source: str


@dataclass(frozen=True, slots=True)
class Entry:
    """Any other pattern word (magnitude, qualifier, ...) and where it came from."""

    word: str
    value: object
    source: str


@dataclass(frozen=True)
class AttributionWords:
    """The word sections read around a figure, from every file, merged (see _merge_attribution)."""

    subject: SubjectSection = field(default_factory=SubjectSection)
    share: ShareSection = field(default_factory=ShareSection)
    comparison: ComparisonSection = field(default_factory=ComparisonSection)
    period: PeriodSection = field(default_factory=PeriodSection)
    document: DocumentSection = field(default_factory=DocumentSection)
    direction: DirectionSection = field(default_factory=DirectionSection)
    status: StatusSection = field(default_factory=StatusSection)
    measure: MeasureSection = field(default_factory=MeasureSection)
    sources: Mapping[str, str] = field(default_factory=dict)  # "subject.boundary.建成" -> the file that added it


# normalise keeps one line break where a line ended by hand (it was not wrapped): it ends a sentence
HARD_BREAK = "\n"
_ASCII_WORD = "A-Za-z0-9"


def _char_class(marks: Iterable[str]) -> str:
    """A regex class of `marks`; one that never matches when there are none ([] is not a class)."""
    escaped = "".join(sorted(re.escape(mark) for mark in set(marks)))
    return f"[{escaped}]" if escaped else "(?!)"


def _words(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first; one that never matches when there are none."""
    escaped = [re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word))]
    return "|".join(escaped) if escaped else "(?!)"


@dataclass(frozen=True)
class Punctuation:
    """The [punctuation] sections of every file, merged: the marks that cut text and the pairs
    that enclose it, as sets, and the regular expressions segment and core cut with.

    Sets of single characters: `mark in punctuation.full_stop`. `quotes` and `brackets`
    map an opening mark to its closing one.
    """

    full_stop: frozenset[str] = frozenset()  # ends a sentence, a full sentence and, at a line end, a paragraph
    part_end: frozenset[str] = frozenset()  # ends a sentence (；), not a full sentence or a paragraph
    clause_end: frozenset[str] = frozenset()  # without the sentence ends, which end a clause too
    colons: frozenset[str] = frozenset()  # clause ends that introduce what follows
    list_marks: frozenset[str] = frozenset()
    quotes: Mapping[str, str] = field(default_factory=dict)
    brackets: Mapping[str, str] = field(default_factory=dict)
    abbreviations: tuple[str, ...] = ()
    url_starts: tuple[str, ...] = ()

    @cached_property
    def sentence_end(self) -> frozenset[str]:
        """What segment cuts sentences at: full stops and part ends (。；)."""
        return self.full_stop | self.part_end

    @cached_property
    def quote_marks(self) -> frozenset[str]:
        """Every quotation mark, opening or closing."""
        return frozenset((*self.quotes, *self.quotes.values()))

    @cached_property
    def opening_brackets(self) -> frozenset[str]:
        return frozenset(self.brackets)

    @cached_property
    def closing_brackets(self) -> frozenset[str]:
        return frozenset(self.brackets.values())

    @cached_property
    def sentence_re(self) -> re.Pattern[str]:
        """Runs of sentence end marks (and hard line breaks) in normalised text, each mark with
        the closing quotes and brackets right after it ("增长5%。”" ends after the quote).
        A run of one ASCII mark may cut nothing (3.5, No.5): segment decides."""
        return self._runs(self.sentence_end)

    @cached_property
    def clause_re(self) -> re.Pattern[str]:
        """Runs of clause or sentence end marks (and hard line breaks), as `sentence_re`."""
        return self._runs(self.sentence_end | self.clause_end)

    def _runs(self, marks: frozenset[str]) -> re.Pattern[str]:
        """Group 1 is the run's first character when that is an ASCII mark or a hard line break:
        the runs segment looks at more closely. The pattern starts with one character class, so
        that Python's re skips to the next mark in C."""
        closers = _char_class((*self.quotes.values(), *self.brackets.values()))
        first = _char_class((*(mark for mark in marks if mark.isascii()), HARD_BREAK))
        any_mark = _char_class((*marks, HARD_BREAK))
        return re.compile(f"{any_mark}(?<=({first})|[^\x00-\x7f]){closers}*+(?:{any_mark}{closers}*+)*+")

    @cached_property
    def clause_mark_re(self) -> re.Pattern[str]:
        """One mark that ends a clause or a sentence where it cuts: an ASCII mark between two ASCII
        letters or digits (3.5, 8,432, 10:30) does not. For a search in a short window."""
        return re.compile(self._cutting(self.sentence_end | self.clause_end))

    @cached_property
    def sentence_mark_re(self) -> re.Pattern[str]:
        """One mark that ends a sentence where it cuts, as `clause_mark_re`."""
        return re.compile(self._cutting(self.sentence_end))

    @staticmethod
    def _cutting(marks: frozenset[str]) -> str:
        wide = _char_class(mark for mark in marks if not mark.isascii())
        narrow = _char_class(mark for mark in marks if mark.isascii())
        return f"{wide}|(?<![{_ASCII_WORD}]){narrow}|{narrow}(?![{_ASCII_WORD}])"

    @cached_property
    def url_re(self) -> re.Pattern[str]:
        """Web addresses: a url start, and the ASCII characters after it up to the last letter,
        digit or slash before a space or a character that is not ASCII."""
        return re.compile(f"(?:{_words(self.url_starts)})(?:[!-~]*[{_ASCII_WORD}/])?")

    @cached_property
    def paragraph_re(self) -> re.Pattern[str]:
        """Paragraph ends in normalised text: a full stop, the closing quotes or brackets after
        it, and the hard line break after them."""
        closers = _char_class((*self.quotes.values(), *self.brackets.values()))
        return re.compile(f"{_char_class(self.full_stop)}{closers}*+{re.escape(HARD_BREAK)}")

    @cached_property
    def last_paragraph_end_re(self) -> regex.Pattern[str]:
        """In the original text, searched from the end (the regex module's reverse flag): a
        full stop at the end of a line, with the line break; where core may cut a piece. An ASCII mark right after an ASCII letter or digit (and spaces) may be a decimal
        point or an abbreviation broken across the line (95.⏎65%): not a paragraph end."""
        return regex.compile(f"(?r)(?:{self._cut_marks(self.full_stop)})[ \t\u3000]*+(?:\r\n|\r|\n)")

    @cached_property
    def last_sentence_end_re(self) -> regex.Pattern[str]:
        """In the original text, searched from the end: a sentence end mark that cannot be inside
        a number or a word; where core may cut a piece inside a long paragraph."""
        return regex.compile(f"(?r){self._cut_marks(self.sentence_end)}")

    @staticmethod
    def _cut_marks(marks: frozenset[str]) -> str:
        wide = _char_class(mark for mark in marks if not mark.isascii())
        narrow = _char_class(mark for mark in marks if mark.isascii())
        # the original text is not folded yet: full-width letters and digits count as well
        word = f"{_ASCII_WORD}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
        return f"{wide}|(?<![{word}][ \t\u3000]*){narrow}"


def _merge_punctuation(parsed: list[tuple[str, PatternFile]]) -> Punctuation:
    """Lists extend in file order; pairs are added, a later file winning."""
    sets: dict[str, list[str]] = {name: [] for name in ("full_stop", "part_end", "clause_end", "colons", "list_marks")}
    words: dict[str, list[str]] = {"abbreviations": [], "url_starts": []}
    quotes: dict[str, str] = {}
    brackets: dict[str, str] = {}
    for source, pattern_file in parsed:
        section = pattern_file.punctuation
        for name, merged in (*sets.items(), *words.items()):
            merged.extend(mark for mark in getattr(section, name) if mark not in merged)
        quotes.update(section.quotes)
        brackets.update(section.brackets)
        for mark in section.colons:
            if mark not in sets["clause_end"]:
                raise PatternError(source, f"punctuation.colons.{mark}", "a colon must be a clause end too")
    return Punctuation(
        full_stop=frozenset(sets["full_stop"]),
        part_end=frozenset(sets["part_end"]),
        clause_end=frozenset(sets["clause_end"]),
        colons=frozenset(sets["colons"]),
        list_marks=frozenset(sets["list_marks"]),
        quotes=quotes,
        brackets=brackets,
        abbreviations=tuple(words["abbreviations"]),
        url_starts=tuple(words["url_starts"]),
    )


_SECTION_TYPES: dict[str, type[BaseModel]] = {
    "subject": SubjectSection,
    "share": ShareSection,
    "comparison": ComparisonSection,
    "period": PeriodSection,
    "document": DocumentSection,
    "direction": DirectionSection,
    "status": StatusSection,
    "measure": MeasureSection,
}


def _merge_attribution(parsed: list[tuple[str, PatternFile]]) -> AttributionWords:
    """Lists extend in file order, each word once; tables merge and single values are
    replaced, a later file winning."""
    merged: dict[str, BaseModel] = {}
    sources: dict[str, str] = {}
    for name, section_type in _SECTION_TYPES.items():
        fields: dict[str, object] = {}
        for source, pattern_file in parsed:
            section = getattr(pattern_file, name)
            for key in section.model_fields_set:
                value = getattr(section, key)
                if isinstance(value, dict):
                    table = fields.setdefault(key, {})
                    assert isinstance(table, dict)
                    table.update(value)
                elif isinstance(value, list):
                    words = fields.setdefault(key, [])
                    assert isinstance(words, list)
                    words.extend(word for word in value if word not in words)
                else:
                    fields[key] = value
                for word in value if isinstance(value, (list, dict)) else (value,):
                    sources.setdefault(f"{name}.{key}.{word}", source)
        merged[name] = section_type(**fields)
    return AttributionWords(**merged, sources=sources)  # type: ignore[arg-type]


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
    qualifiers_before: Mapping[str, Entry]
    qualifiers_inside: Mapping[str, Entry]
    qualifiers_after: Mapping[str, Entry]
    sources: tuple[str, ...] = field(default=())
    decimal_points: tuple[str, ...] = ()
    fraction_word: str | None = None
    fraction_unit: str = "分之"
    share_before: tuple[str, ...] = ()
    share_after: tuple[str, ...] = ()
    range_separators: Mapping[str, Entry] = field(default_factory=dict)
    negative_signs: tuple[str, ...] = ()
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
    bare_magnitude_after: tuple[str, ...] = ()
    link_starts: tuple[str, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)  # opening mark -> closing mark
    half_word: str | None = None
    half_between: tuple[str, ...] = ()
    half_not_before: tuple[str, ...] = ()
    formal_digits: frozenset[str] = frozenset()
    counted_not_before: tuple[str, ...] = ()
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
    def negative_sign_ends(self) -> frozenset[str]:
        """Last characters of the minus signs and words: a figure after any other character is not signed."""
        return frozenset(sign[-1] for sign in (*self.negative_signs, *self.negative_words))

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
        zh_start = "".join(sorted(c for c, v in self.digits.items() if v > 0)) + "".join(
            sorted(c for c, v in self.places.items() if v == 10)
        )
        zh_any = "".join(sorted({*self.digits, *self.places, *self.sections}))
        # one look-behind per prefix: re wants each of a fixed width
        ordinal_guard = "".join(f"(?<!{re.escape(p)})" for p in sorted(self.ordinal_prefixes, key=len, reverse=True))
        # A thousands separator is a comma followed by exactly three digits; the
        # full-width comma (kept by normalise as punctuation) counts only then.
        arabic = r"(?<![0-9A-Za-z.])[0-9]++(?:[,，][0-9]{3}(?![0-9]))*+(?:\.[0-9]++)?+"
        # A Chinese numeral starts a run: never the tail of a run the ordinal guard
        # refused (第十三条 is not 三条).
        chinese = f"(?<![{re.escape(zh_any)}])[{re.escape(zh_start)}][{re.escape(zh_any)}]*+" if zh_start else r"(?!)"
        digit_class = re.escape("".join(sorted(self.digits)))
        points = "|".join(re.escape(p) for p in sorted(self.decimal_points, key=len, reverse=True))
        fraction = f"(?P<fraction>(?:{points})[{digit_class}]++)?+" if points and digit_class else ""
        zeros = "".join(sorted(c for c, v in self.digits.items() if v == 0))
        if fraction and zeros:
            # 零 starts a number only before a decimal point: 零点三个百分点
            chinese = f"(?:{chinese}|(?<![{re.escape(zh_any)}])[{re.escape(zeros)}](?=(?:{points})[{digit_class}]))"
        alternatives = [f"(?P<arabic>{arabic})", f"(?P<chinese>{chinese}){fraction}"]
        places = "".join(sorted({*self.places, *self.sections}))
        if self.vague and places:
            vague = re.escape("".join(sorted(self.vague)))
            alternatives.append(f"(?P<vague>[{vague}])(?P<vague_places>[{re.escape(places)}]++)")
        bare = self.bare_magnitude_chars
        if bare and self.bare_magnitude_after:
            # 超百亿美元, 突破千万人次: a magnitude alone, only right after one of these words
            after = "|".join(f"(?<={re.escape(word)})" for word in sorted(self.bare_magnitude_after))
            alternatives.append(f"(?:{after})(?P<bare>[{re.escape(bare)}]++)")
        else:
            bare = ""
        # Every number starts with one of these characters; testing for it first
        # lets the scan skip the guards and alternatives at every other position
        # (about 4x faster over a bulletin).
        firsts = re.escape("".join(sorted({*"0123456789", *zh_start, *zeros, *self.vague, *bare})))
        return re.compile(f"(?=[{firsts}]){ordinal_guard}(?:{'|'.join(alternatives)})")

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


TRADITIONAL = "traditional.txt"  # the shipped table of traditional characters


def shipped_patterns_dir() -> Path:
    """The pattern files that ship with presscan (inside the wheel, or patterns/ in a checkout)."""
    packaged = resources.files("presscan").joinpath("_patterns")
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "patterns"
    if checkout.is_dir():
        return checkout
    raise PatternError(str(packaged), None, "the shipped pattern files are missing; reinstall presscan")


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def _read_file(path: Path) -> PatternFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PatternError(path, None, f"cannot read pattern file: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise PatternError(path, None, "not UTF-8 text; save the pattern file as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(path, None, _toml_problem(str(exc), raw.decode("utf-8"))) from None
    try:
        return PatternFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        location = [str(part) for part in first["loc"]]
        is_word = location[-1:] == ["[key]"]  # the problem is the word itself, not its value
        key = ".".join(location[:-1] if is_word else location)
        problem = first["msg"]
        if first["type"] == "extra_forbidden":
            problem = "unknown key; see patterns/*.toml for the keys presscan knows"
        elif is_word and first["type"] == "string_pattern_mismatch":
            problem = "a word may not contain a space or be empty; write it as bulletins do: 万吨"
        elif first["type"] == "model_type" and first.get("ctx", {}).get("class_name") == "UnitEntry":
            problem = 'a unit is a table: "罐" = { kind = "count" }'
        elif first["type"] in ("dict_type", "model_type"):
            problem = f"{problem}: this key holds a table, as in the shipped patterns/*.toml"
        more = len(exc.errors()) - 1
        if more:
            problem += f" (and {more} more problem{'s' if more > 1 else ''})"
        raise PatternError(path, key, problem) from None


_TOML_LINE = re.compile(r"at line (\d+)")


def _toml_problem(message: str, text: str) -> str:
    """tomllib's message, the line it is about, and what usually fixes it."""
    found = _TOML_LINE.search(message)
    lines = text.splitlines()
    quoted = ""
    if found and 0 < int(found.group(1)) <= len(lines):
        quoted = f": {lines[int(found.group(1)) - 1].strip()[:80]}"
    if "overwrite" in message or "twice" in message:
        fix = "a word or section is defined twice in this file; define each once"
    elif "Invalid statement" in message or "key" in message.lower():
        fix = 'a word that is not plain ASCII must be in quotes: "罐" = { kind = "count" }'
    else:
        fix = "see the shipped patterns/*.toml for the format"
    return f"not valid TOML: {message}{quoted}; {fix}"


def _claim(key: str, source: str, owners: dict[str, str], what: str = "word") -> None:
    """Record that `source` defines `key`; a second definition is an error naming the first file."""
    if key in owners:
        raise PatternError(source, key, f"already defined in {owners[key]}; define each {what} once")
    owners[key] = source


def _merge_words(
    target: dict[str, Entry], items: Mapping[str, object], section: str, source: str, owners: dict[str, str]
) -> None:
    for word, value in items.items():
        _claim(f"{section}.{word}", source, owners)
        target[word] = Entry(word, value, source)


def load_patterns(extra: Iterable[Path | str] = (), *, include_shipped: bool = True) -> PatternSet:
    """Load the shipped pattern files, then each extra file on top of them.

    Raises PatternError naming the file, the entry and the problem.
    """
    paths: list[Path] = []
    if include_shipped:
        paths.extend(sorted(shipped_patterns_dir().glob("*.toml")))
    for extra_path in map(Path, extra):
        # the same file named twice (-p a.toml -p ./a.toml) is read once, not clashed with itself
        if not any(_same_file(extra_path, known) for known in paths):
            paths.append(extra_path)
    units: dict[str, Unit] = {}
    context_units: dict[str, tuple[Unit, ...]] = {}
    signs: dict[str, Entry] = {}
    subunits: dict[str, Subunit] = {}
    around: dict[str, Entry] = {}
    per: set[str] = set()
    counted_words: dict[str, Entry] = {}  # noun -> its unit as written, or None to infer
    counted_default: list[tuple[str, str]] = []  # (default unit, file) of each file's nouns
    magnitudes: dict[str, Entry] = {}
    digits: dict[str, Entry] = {}
    places: dict[str, Entry] = {}
    sections: dict[str, Entry] = {}
    ordinals: list[str] = []
    formal: set[str] = set()
    counted_not_before: list[str] = []
    before: dict[str, Entry] = {}
    inside: dict[str, Entry] = {}
    after: dict[str, Entry] = {}
    owners: dict[str, str] = {}
    words = _NumberWords()
    parsed_files: list[tuple[str, PatternFile]] = []
    for path in paths:
        parsed = _read_file(path)
        parsed_files.append((str(path), parsed))
        source = str(path)
        readings: dict[str, list[UnitEntry]] = {word: [entry] for word, entry in parsed.units.items()}
        readings.update(parsed.context_units)
        for word, entries in readings.items():
            _claim(f"units.{word}", source, owners, "unit")  # a context unit and a plain unit of one surface clash
            if word in parsed.units:
                units[word] = Unit.of(word, entries[0], source)
            else:
                context_units[word] = tuple(Unit.of(word, entry, source) for entry in entries)
        _merge_words(signs, parsed.currency_signs, "currency_signs", source, owners)
        for word, subunit in parsed.subunits.items():
            _claim(f"subunits.{word}", source, owners)
            subunits[word] = Subunit(word, subunit.of, Decimal(subunit.value), source)
        per.update(parsed.per.words)
        ordinals.extend(p for p in parsed.ordinals.prefixes if p not in ordinals)
        nouns = parsed.counted_nouns
        _merge_words(
            counted_words, {noun: nouns.units.get(noun) for noun in nouns.nouns}, "counted_nouns", source, owners
        )
        for noun in set(nouns.units) - set(nouns.nouns):
            raise PatternError(source, f"counted_nouns.units.{noun}", "not in counted_nouns.nouns; add it there too")
        counted_default.append((nouns.unit, source))
        counted_not_before.extend(word for word in nouns.not_before if word not in counted_not_before)
        formal.update(parsed.formal.characters)
        _merge_words(around, parsed.qualifiers.around, "qualifiers.around", source, owners)
        _merge_words(magnitudes, parsed.magnitudes, "magnitudes", source, owners)
        _merge_words(digits, parsed.digits, "digits", source, owners)
        _merge_words(places, parsed.places, "places", source, owners)
        _merge_words(sections, parsed.sections, "sections", source, owners)
        _merge_words(before, parsed.qualifiers.before, "qualifiers.before", source, owners)
        _merge_words(inside, parsed.qualifiers.inside, "qualifiers.inside", source, owners)
        _merge_words(after, parsed.qualifiers.after, "qualifiers.after", source, owners)
        words.add(parsed.number_words, source, owners)
    return PatternSet(
        units=units,
        per_words=frozenset(per),
        counted_nouns=_counted_units(counted_words, counted_default, units),
        magnitudes=magnitudes,
        digits={k: int(v.value) for k, v in digits.items()},  # type: ignore[call-overload]
        places={k: int(v.value) for k, v in places.items()},  # type: ignore[call-overload]
        sections={k: int(v.value) for k, v in sections.items()},  # type: ignore[call-overload]
        ordinal_prefixes=tuple(ordinals),
        qualifiers_before=before,
        qualifiers_inside=inside,
        qualifiers_after=after,
        sources=tuple(str(p) for p in paths),
        decimal_points=tuple(words.decimal_points),
        fraction_word=words.fraction_word,
        fraction_unit=words.fraction_unit,
        share_before=tuple(words.share_before),
        share_after=tuple(words.share_after),
        range_separators=words.range_separators,
        negative_signs=tuple(words.negative_signs),
        inclusive_notes=tuple(words.inclusive_notes),
        prefixes=words.prefixes,
        phrases=words.phrases,
        vague=words.vague,
        context_units=context_units,
        currency_signs=signs,
        subunits=subunits,
        qualifiers_around=around,
        negative_words=tuple(words.negative_words),
        negative_words_not_after=tuple(words.negative_words_not_after),
        subunit_joiners=tuple(words.subunit_joiners),
        bare_magnitude_after=tuple(words.bare_magnitude_after),
        link_starts=tuple(words.link_starts),
        titles=words.titles,
        half_word=words.half_word,
        half_between=tuple(words.half_between),
        half_not_before=tuple(words.half_not_before),
        formal_digits=frozenset(formal),
        counted_not_before=tuple(counted_not_before),
        attribution=_merge_attribution(parsed_files),
        tables=_merged_lists(parsed_files, "tables", TableSection),
        pages=_merged_lists(parsed_files, "pages", PageSection),
        punctuation=_merge_punctuation(parsed_files),
        traditional=ScriptFold.read(shipped_patterns_dir() / TRADITIONAL) if include_shipped else ScriptFold.empty(),
    )


def _counted_units(
    nouns: Mapping[str, Entry], defaults: list[tuple[str, str]], units: Mapping[str, Unit]
) -> dict[str, Entry]:
    """Each counted noun with its unit: as written for it, else its last character when that is
    a count unit (农户 -> 户), else the default unit of the file that listed it (村民 -> 人)."""
    default_of = {source: unit for unit, source in defaults}
    counted = {}
    for noun, entry in nouns.items():
        unit = entry.value
        if unit is None:
            last = units.get(noun[-1])
            unit = last.unit if last is not None and last.kind == "count" and len(noun) > 1 else None
        counted[noun] = Entry(noun, unit or default_of.get(entry.source, "人"), entry.source)
    return counted


@dataclass
class _NumberWords:
    """The [number_words] sections of every file, merged: lists extend, tables must not clash."""

    decimal_points: list[str] = field(default_factory=list)
    fraction_word: str | None = None
    fraction_unit: str = "分之"
    share_before: list[str] = field(default_factory=list)
    share_after: list[str] = field(default_factory=list)
    range_separators: dict[str, Entry] = field(default_factory=dict)
    negative_signs: list[str] = field(default_factory=list)
    inclusive_notes: list[str] = field(default_factory=list)
    prefixes: dict[str, Entry] = field(default_factory=dict)
    phrases: dict[str, Entry] = field(default_factory=dict)
    vague: dict[str, Entry] = field(default_factory=dict)
    negative_words: list[str] = field(default_factory=list)
    negative_words_not_after: list[str] = field(default_factory=list)
    subunit_joiners: list[str] = field(default_factory=list)
    bare_magnitude_after: list[str] = field(default_factory=list)
    link_starts: list[str] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    half_word: str | None = None
    half_between: list[str] = field(default_factory=list)
    half_not_before: list[str] = field(default_factory=list)

    _LISTS = (
        "decimal_points",
        "share_before",
        "share_after",
        "negative_signs",
        "inclusive_notes",
        "negative_words",
        "negative_words_not_after",
        "subunit_joiners",
        "bare_magnitude_after",
        "link_starts",
    )

    def add(self, section: NumberWordsSection, source: str, owners: dict[str, str]) -> None:
        for name in self._LISTS:
            target: list[str] = getattr(self, name)
            target.extend(word for word in getattr(section, name) if word not in target)
        self.fraction_word = section.fraction_word or self.fraction_word
        self.fraction_unit = section.fraction_unit or self.fraction_unit
        self.titles.update(section.titles)
        self.half_word = section.half.word or self.half_word
        self.half_between.extend(word for word in section.half.between if word not in self.half_between)
        self.half_not_before.extend(word for word in section.half.not_before if word not in self.half_not_before)
        _merge_words(
            self.range_separators,
            dict.fromkeys(section.range_separators, True),
            "number_words.range_separators",
            source,
            owners,
        )
        _merge_words(self.prefixes, section.prefixes, "number_words.prefixes", source, owners)
        _merge_words(self.phrases, section.phrases, "number_words.phrases", source, owners)
        _merge_words(self.vague, section.vague, "number_words.vague", source, owners)


_default: PatternSet | None = None


def default_patterns() -> PatternSet:
    """The shipped patterns, loaded once per process on first use."""
    global _default
    if _default is None:
        _default = load_patterns()
    return _default
