"""One pattern file: its format, as pydantic models, and reading it.

Every section of a file in patterns/ is a model here; unknown keys, words with
spaces and values of the wrong type are refused as the file is read, and
`read_pattern_file` turns the first problem into one PatternError naming the
file, the key and the fix. Merging the files into one PatternSet is
presscan.patternset's job.

Why this module is long: it is the format of a pattern file, a model for each of its 25
sections with a field for each key a file may hold, and the reading of one file with its
error messages; split, the format of one file would be read in several places.
"""

# No `from __future__ import annotations` here: pydantic would evaluate every annotation of these
# models from its text (400 ForwardRefs, each compiled) when presscan is imported.
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from presscan.errors import PatternError
from presscan.record import Qualifier

Word = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^\S+$")]
KindName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
Char = Annotated[str, StringConstraints(min_length=1, max_length=1)]
DecimalText = Annotated[str, StringConstraints(pattern=r"^-?[0-9]+(\.[0-9]+)?$")]


class _Strict(BaseModel):
    # defer_build: a model's validator is built when it first validates, not when presscan is
    # imported; a start that takes its patterns from the cache (presscan.patterncache) never does
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


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
    # ... in its sentence, not only its clause (得分居前，分别为86.4分)
    context_in_sentence: bool = False
    # ... or one of these right before it (30多年)
    right_after: list[Word] = Field(default_factory=list)
    # not right after these (两两 is "in pairs")
    not_after: list[Word] = Field(default_factory=list)
    # not where one of these stands right before the number (一波三折 is an idiom, not a price)
    not_after_number: list[Word] = Field(default_factory=list)
    # not where a unit or a numeral follows (三两天: 两 is the numeral two there)
    not_before_unit: bool = False
    # a numeral written in characters must be this long (期: 四十二期 counts issues, 二期 names a phase)
    shortest_numeral: Annotated[int, Field(gt=1)] | None = None


class CountedNounsSection(_Strict):
    """Nouns that count people or households, read after a number with no measure word."""

    unit: Word = "人"  # a noun's unit when its last character is not a count unit itself
    nouns: list[Word] = Field(default_factory=list)
    units: dict[Word, Word] = Field(default_factory=dict)  # nouns counted in another unit: 游客 -> 人次
    not_before: list[Word] = Field(default_factory=list)  # without a magnitude, not before these (市民热线)
    # nouns that name what a number with a magnitude and no unit counts when they stand before it
    # (常住人口1200万), with its unit; and the predicate words that may stand between (约, 达)
    before: dict[Word, Word] = Field(default_factory=dict)
    fillers: list[Word] = Field(default_factory=list)
    # names of indicators that have no unit: a number with none right after one (and a filler) is
    # its value (性别比为104.2)
    unitless: list[Word] = Field(default_factory=list)


class SubunitEntry(_Strict):
    of: Word  # the unit it divides: 角 of 元
    value: DecimalText  # its worth in that unit: 0.1


class AroundEntry(_Strict):
    after: list[Word]  # one of these right after the figure completes the qualifier
    qualifier: Qualifier


class PerSection(_Strict):
    words: list[Word] = Field(default_factory=list)
    # before a unit right before a number: its denominator (每吨2300元 is 2300 元/吨)
    before: list[Word] = Field(default_factory=list)
    # after 每, a number and one of these: a bare number is a rate per that many (每10万人123.45)
    rate_nouns: list[Word] = Field(default_factory=list)
    # between two denominators of one rate: 856元/人·月 (per person per month)
    joiners: list[Char] = Field(default_factory=list)


class OrdinalSection(_Strict):
    prefixes: list[Word] = Field(default_factory=list)
    line_labels: list[Word] = Field(default_factory=list)


class FormalSection(_Strict):
    characters: list[Char] = Field(default_factory=list)  # numerals only beside another numeral (陆拾, not 陆家嘴)


class QualifierSection(_Strict):
    whole_linkers: list[Word] = Field(default_factory=list)
    yielding: list[Word] = Field(default_factory=list)
    of_whole: dict[Word, Qualifier] = Field(default_factory=dict)
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
    # the word also stands for the units digit after 十: 十几 = 11..19, 二十几 = 21..29
    after_ten: bool = False


class NumberWordsSection(_Strict):
    decimal_points: list[Word] = Field(default_factory=list)
    fraction_word: Word | None = None
    fraction_unit: Word | None = None
    fraction_percent: bool | None = None
    share_before: list[Word] = Field(default_factory=list)
    share_after: list[Word] = Field(default_factory=list)
    range_separators: list[Word] = Field(default_factory=list)
    negative_signs: list[Word] = Field(default_factory=list)
    positive_signs: list[Word] = Field(default_factory=list)
    inclusive_notes: list[Word] = Field(default_factory=list)
    negative_words: list[Word] = Field(default_factory=list)
    negative_words_not_after: list[Word] = Field(default_factory=list)
    subunit_joiners: list[Word] = Field(default_factory=list)
    shared_unit_marks: list[Word] = Field(default_factory=list)
    product_marks: list[Word] = Field(default_factory=list)
    product_kinds: list[KindName] = Field(default_factory=list)
    bare_magnitude_after: list[Word] = Field(default_factory=list)
    bare_magnitude_not_after: list[Word] = Field(default_factory=list)
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
    relative_end_tags: list[Tag] = Field(default_factory=list)
    adverbial_modifier_tags: list[Tag] = Field(default_factory=list)
    ordinal_tags: list[Tag] = Field(default_factory=list)
    localiser_tags: list[Tag] = Field(default_factory=list)
    relative_heads: list[Word] = Field(default_factory=list)
    change_heads: list[Word] = Field(default_factory=list)
    whole_frames: list[Word] = Field(default_factory=list)
    frame_nouns: list[Word] = Field(default_factory=list)
    average_words: list[Word] = Field(default_factory=list)
    manner_prepositions: list[Word] = Field(default_factory=list)
    manner_nouns: list[Word] = Field(default_factory=list)
    possession_verbs: list[Word] = Field(default_factory=list)
    unwritten_verbs: list[Word] = Field(default_factory=list)
    list_bounds: list[Word] = Field(default_factory=list)
    trade_verbs: list[Word] = Field(default_factory=list)
    trade_agents: list[Word] = Field(default_factory=list)
    means_words: list[Word] = Field(default_factory=list)
    period_modifiers: list[Word] = Field(default_factory=list)
    beneficiary_prepositions: list[Word] = Field(default_factory=list)
    service_verbs: list[Word] = Field(default_factory=list)
    handling_verbs: list[Word] = Field(default_factory=list)
    count_predicates: list[Word] = Field(default_factory=list)
    going_verbs: list[Word] = Field(default_factory=list)
    occurrence_verbs: list[Word] = Field(default_factory=list)
    achievement_verbs: dict[Word, list[Word]] = Field(default_factory=dict)
    exceeding_verbs: list[Word] = Field(default_factory=list)
    all_adverbs: list[Word] = Field(default_factory=list)
    contribution_verbs: list[Word] = Field(default_factory=list)
    verbal_noun_tags: list[Tag] = Field(default_factory=list)
    skip_trailing: list[Word] = Field(default_factory=list)
    boundary: list[Word] = Field(default_factory=list)
    strip_leading: list[Word] = Field(default_factory=list)
    non_subjects: list[Word] = Field(default_factory=list)
    never_alone: list[Word] = Field(default_factory=list)
    share_words: list[Word] = Field(default_factory=list)
    dictionary: list[Word] = Field(default_factory=list)
    enumeration_marks: list[Word] = Field(default_factory=list)
    list_separators: list[Word] = Field(default_factory=list)
    distributive: list[Word] = Field(default_factory=list)
    list_copulas: list[Word] = Field(default_factory=list)
    generic_nouns: list[Word] = Field(default_factory=list)
    measure_heads: list[Word] = Field(default_factory=list)
    noun_suffixes: list[Word] = Field(default_factory=list)
    per_markers: list[Word] = Field(default_factory=list)
    per_amounts: list[Word] = Field(default_factory=list)
    denominator_tags: list[Word] = Field(default_factory=list)
    measure_tags: list[Word] = Field(default_factory=list)
    counted_places: list[Word] = Field(default_factory=list)
    done_adverbs: list[Word] = Field(default_factory=list)
    abbreviations: dict[Word, Annotated[list[Word], Field(min_length=2)]] = Field(default_factory=dict)
    class_numerals: list[Word] = Field(default_factory=list)
    class_numeral_joiners: list[Word] = Field(default_factory=list)
    numeral_tags: list[Word] = Field(default_factory=list)
    attributive_verbs: list[Word] = Field(default_factory=list)
    capacity_verbs: list[Word] = Field(default_factory=list)
    conversion_verbs: list[Word] = Field(default_factory=list)
    name_tags: list[Tag] = Field(default_factory=list)
    linkers: list[Word] = Field(default_factory=list)
    aside_verbs: list[Word] = Field(default_factory=list)
    aside_ends: list[Word] = Field(default_factory=list)
    glue_particles: list[Word] = Field(default_factory=list)
    bracket_notes: list[Word] = Field(default_factory=list)
    inner_totals: list[Word] = Field(default_factory=list)
    numeral_heads: list[Word] = Field(default_factory=list)
    rank_verbs: list[Word] = Field(default_factory=list)
    idiom_tags: list[Word] = Field(default_factory=list)
    rank_suffixes: list[Word] = Field(default_factory=list)
    serial_markers: list[Word] = Field(default_factory=list)
    ratio_names: list[Word] = Field(default_factory=list)
    object_name_tags: list[Word] = Field(default_factory=list)
    reach_verbs: list[Word] = Field(default_factory=list)
    tenor_units: list[Word] = Field(default_factory=list)
    tenor_marker: str = Field(default="", max_length=2)
    tenor_bounds: list[Word] = Field(default_factory=list)
    group_units: list[Word] = Field(default_factory=list)
    class_suffixes: list[Word] = Field(default_factory=list)
    remainder_words: list[Word] = Field(default_factory=list)
    speech_openers: list[Word] = Field(default_factory=list)
    outcome_verbs: list[Word] = Field(default_factory=list)
    averaged_changes: list[Word] = Field(default_factory=list)
    participation_verbs: list[Word] = Field(default_factory=list)


class ShareSection(_Strict):
    """A share's part and whole (patterns/subject.toml, [share])."""

    markers: list[Word] = Field(default_factory=list)
    heads: list[Word] = Field(default_factory=list)
    ratio_heads: list[Word] = Field(default_factory=list)
    partitive: list[Word] = Field(default_factory=list)
    of_markers: list[Word] = Field(default_factory=list)
    of_kinds: list[Word] = Field(default_factory=list)


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
    effective_suffixes: list[Word] = Field(default_factory=list)
    price_bases: list[Word] = Field(default_factory=list)
    named_plans: list[Word] = Field(default_factory=list)
    record_marks: list[Word] = Field(default_factory=list)
    dating_verbs: list[Word] = Field(default_factory=list)
    cause_openers: list[Word] = Field(default_factory=list)
    part_openers: list[Word] = Field(default_factory=list)
    part_frames: dict[Word, list[Word]] = Field(default_factory=dict)
    cohort_words: list[Word] = Field(default_factory=list)
    year_kinds: list[Word] = Field(default_factory=list)
    year_seasons: list[Word] = Field(default_factory=list)
    not_after_words: dict[Word, list[Char]] = Field(default_factory=dict)
    day_ends: list[Word] = Field(default_factory=list)
    lead_ins: list[Word] = Field(default_factory=list)
    lead_in_ends: list[Word] = Field(default_factory=list)
    relative_years: dict[Word, int] = Field(default_factory=dict)
    spans: dict[Word, YearSpan] = Field(default_factory=dict)
    months: dict[Word, MonthSpan] = Field(default_factory=dict)
    within_year: list[Word] = Field(default_factory=list)
    event_spans: list[Word] = Field(default_factory=list)
    event_kinds: list[Char] = Field(default_factory=list)
    since_spans: list[Word] = Field(default_factory=list)
    since_kinds: list[Char] = Field(default_factory=list)
    event_edges: list[Char] = Field(default_factory=list)
    event_edges_not_after: list[Char] = Field(default_factory=list)
    quoted_holidays: list[Word] = Field(default_factory=list)
    event_stops: list[Char] = Field(default_factory=list)
    whole_year: list[Word] = Field(default_factory=list)
    same_period: list[Word] = Field(default_factory=list)
    same_period_as_written: list[Word] = Field(default_factory=list)
    restating_words: list[Word] = Field(default_factory=list)
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
    work_report_titles: list[Word] = Field(default_factory=list)
    covered_years: list[Word] = Field(default_factory=list)
    lead_verbs: list[Word] = Field(default_factory=list)
    subject_openers: list[Word] = Field(default_factory=list)
    # a counted five-year plan and the year it began, [10, 2001]: the Nth began 5 (N - 10) years later
    plan_reference: Annotated[list[Annotated[int, Field(ge=1, le=2100)]], Field(min_length=2, max_length=2)] | None = (
        None
    )
    counted_plan: Annotated[list[Word], Field(max_length=2)] = Field(default_factory=list)
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
    change_nouns: list[Word] = Field(default_factory=list)
    additions: list[Word] = Field(default_factory=list)
    superlatives: list[Word] = Field(default_factory=list)
    copulas: list[Word] = Field(default_factory=list)
    neutral_changes: list[Word] = Field(default_factory=list)
    from_words: list[Word] = Field(default_factory=list)


class StatusSection(_Strict):
    target: list[Word] = Field(default_factory=list)
    clause_targets: list[Word] = Field(default_factory=list)
    actual: list[Word] = Field(default_factory=list)
    estimate: list[Word] = Field(default_factory=list)
    target_nouns: list[Word] = Field(default_factory=list)
    goal_copulas: list[Word] = Field(default_factory=list)
    review_plans: list[Word] = Field(default_factory=list)
    perception_verbs: list[Word] = Field(default_factory=list)
    horizon_prefixes: list[Word] = Field(default_factory=list)
    goal_frames: list[Word] = Field(default_factory=list)
    continuing_openers: list[Word] = Field(default_factory=list)
    negations: list[Word] = Field(default_factory=list)
    making_verbs: list[Word] = Field(default_factory=list)
    followed_words: list[Word] = Field(default_factory=list)
    compared_words: list[Word] = Field(default_factory=list)
    disposal: list[Word] = Field(default_factory=list)
    obtaining: dict[Word, list[Word]] = Field(default_factory=dict)
    target_sections: list[Word] = Field(default_factory=list)
    actual_sections: list[Word] = Field(default_factory=list)


class MeasureSection(_Strict):
    share: list[Word] = Field(default_factory=list)
    growth: list[Word] = Field(default_factory=list)
    level: list[Word] = Field(default_factory=list)
    percent_kinds: list[KindName] = Field(default_factory=list)
    time_counts: list[Word] = Field(default_factory=list)
    covering_verbs: list[Word] = Field(default_factory=list)
    summing_words: list[Word] = Field(default_factory=list)
    extreme_words: list[Word] = Field(default_factory=list)
    day_grades: list[Word] = Field(default_factory=list)


# ----- reading documents: tables and page furniture (presscan.tables, presscan.readers) ------------
Pair = Annotated[list[Word], Field(min_length=2, max_length=2)]


class TableSection(_Strict):
    """How a table states what its cells are (patterns/tables.toml); read by presscan.tables."""

    unit_captions: list[Word] = Field(default_factory=list)
    unit_columns: list[Word] = Field(default_factory=list)
    serial_columns: list[Word] = Field(default_factory=list)
    place_columns: list[Word] = Field(default_factory=list)
    indicator_columns: list[Word] = Field(default_factory=list)
    value_columns: list[Word] = Field(default_factory=list)
    brackets: list[Pair] = Field(default_factory=list)
    trailing_units: list[Word] = Field(default_factory=list)
    placeholders: list[Word] = Field(default_factory=list)
    footnote_marks: list[Word] = Field(default_factory=list)
    row_header_prefixes: list[Word] = Field(default_factory=list)
    titles: list[Word] = Field(default_factory=list)
    report_titles: list[Word] = Field(default_factory=list)
    place_frames: list[Word] = Field(default_factory=list)


class PageSection(_Strict):
    """Page numbers and site furniture around a bulletin (patterns/pages.toml); read by the readers."""

    page_numbers: list[Word] = Field(default_factory=list)
    chrome_words: list[Word] = Field(default_factory=list)
    byline_words: list[Word] = Field(default_factory=list)
    chrome_tags: list[Word] = Field(default_factory=list)
    chrome_classes: list[Word] = Field(default_factory=list)
    menu_separators: list[Word] = Field(default_factory=list)


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
    line_joiners: list[Mark] = Field(default_factory=list)


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


# Fields that name what records are written with (a unit's name, a kind, a qualifier), not
# words looked for in the text; and the sections read from documents as written (tables'
# column headers, pages' furniture, punctuation marks), before any folding.
_NAMES = frozenset({"unit", "kind", "qualifier", "of", "fraction_unit"})
_AS_WRITTEN = frozenset({"tables", "pages", "punctuation"})


def matched_words(pattern_file: PatternFile) -> Iterator[tuple[str, str]]:
    """Every word of a file that presscan looks for in the text it has read (normalised, and
    traditional characters folded), with its key: ("units.噸", "噸"), ("units.个.not_before.別", "別")."""
    for name in type(pattern_file).model_fields:
        if name not in _AS_WRITTEN:
            yield from _words_in(getattr(pattern_file, name), name)


def _words_in(value: object, key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if name not in _NAMES:
                yield from _words_in(getattr(value, name), f"{key}.{name}")
    elif isinstance(value, dict):
        for word, item in value.items():
            yield f"{key}.{word}", word
            if isinstance(item, (BaseModel, list)):  # a plain value is a name or a number (美元, 10000)
                yield from _words_in(item, f"{key}.{word}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                yield f"{key}.{item}", item
            else:
                yield from _words_in(item, key)  # a context unit's readings; numbers (a span of years)
    elif isinstance(value, str):
        yield key, value  # a single word: half.word, fraction_word, decade_word


_built = False


def _build_validators() -> None:
    """Build the models' validators (deferred: defer_build), each section's before the models that
    hold it, so that each is built once and reused by those (built the other way round, a file's
    validator would build its sections' inline, and each section would build its own again)."""
    global _built
    if not _built:
        for model in _Strict.__subclasses__():  # in the order they are defined: sections first
            model.model_rebuild()
        _built = True


def read_pattern_file(path: Path) -> PatternFile:
    """One pattern file, parsed and validated; raises PatternError naming the file, the key and the fix."""
    import tomllib  # here: a start that takes its patterns from the cache reads no TOML

    _build_validators()
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
