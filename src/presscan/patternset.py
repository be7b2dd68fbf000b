"""Pattern data: load the TOML files in patterns/, validate them, and merge them.

All of presscan's knowledge of units, magnitudes, numerals, qualifiers and time and direction
words lives in these files; nothing here knows a single unit. A user's own files are loaded into
a new PatternSet that is passed to `extract`; nothing is merged into module globals.

The pattern data is kept in five modules, one job each; this one loads, and
names the rest again so that `from presscan.patternset import ...` finds them:
- presscan.patternfile: the format of one file (pydantic models) and reading one file;
- presscan.patternentries: units, subunits, words with their file, attribution words;
- presscan.punctuation: punctuation classes and the regular expressions that cut text;
- presscan.patterndata: PatternSet, the merged data, and what is derived from it;
- presscan.patternset: load_patterns, default_patterns, shipped_patterns_dir.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TypeVar

from presscan.errors import PatternError
from presscan.numberwords import NumberWords, claim, merge_words
from presscan.patterndata import PatternSet
from presscan.patternentries import AttributionWords, Entry, Subunit, Unit, merge_attribution
from presscan.patternfile import (
    AroundEntry,
    Char,
    ComparisonSection,
    CountedNounsSection,
    DecimalText,
    DirectionSection,
    DocumentSection,
    FormalSection,
    HalfSection,
    KindName,
    Mark,
    MeasureSection,
    MonthSpan,
    NumberWordsSection,
    OrdinalSection,
    PageSection,
    Pair,
    PatternFile,
    PeriodSection,
    PerSection,
    PhraseEntry,
    PrefixEntry,
    PunctuationSection,
    QualifierSection,
    ShareSection,
    StatusSection,
    SubjectSection,
    SubunitEntry,
    TableSection,
    Tag,
    UnitEntry,
    VagueEntry,
    Word,
    YearSpan,
    matched_words,
    read_pattern_file,
)
from presscan.punctuation import HARD_BREAK, Punctuation, merge_punctuation
from presscan.script_fold import ScriptFold

__all__ = [
    "HARD_BREAK",
    "TRADITIONAL",
    "AroundEntry",
    "AttributionWords",
    "Char",
    "ComparisonSection",
    "CountedNounsSection",
    "DecimalText",
    "DirectionSection",
    "DocumentSection",
    "Entry",
    "FormalSection",
    "HalfSection",
    "KindName",
    "Mark",
    "MeasureSection",
    "MonthSpan",
    "NumberWordsSection",
    "OrdinalSection",
    "PageSection",
    "Pair",
    "PatternError",
    "PatternFile",
    "PatternSet",
    "PerSection",
    "PeriodSection",
    "PhraseEntry",
    "PrefixEntry",
    "Punctuation",
    "PunctuationSection",
    "QualifierSection",
    "ShareSection",
    "StatusSection",
    "SubjectSection",
    "Subunit",
    "SubunitEntry",
    "TableSection",
    "Tag",
    "Unit",
    "UnitEntry",
    "VagueEntry",
    "Word",
    "YearSpan",
    "default_patterns",
    "load_patterns",
    "shipped_patterns_dir",
]

TRADITIONAL = "traditional.txt"  # the shipped table of traditional characters


def shipped_patterns_dir() -> Path:
    """The pattern files that ship with presscan (inside the wheel, or patterns/ in a checkout)."""
    beside = Path(__file__).parent / "_patterns"  # an installed wheel: without importlib.resources
    if beside.is_dir():
        return beside
    from importlib import resources

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


def _refuse_traditional(parsed: PatternFile, source: str, fold: ScriptFold) -> None:
    """A word with a character the table folds (噸, 個百分點) is refused, in a user's file as in a
    shipped one: text is folded before matching, so the word could never match. It is refused
    rather than folded on load because a pattern file's words are taken literally everywhere
    else (never rewritten), because a folded word could clash with a word the file never
    holds (噸 with the shipped 吨), and because the message gives the word to write: one edit,
    and the file then says what presscan matches."""
    for key, word in matched_words(parsed):
        folded = fold(word)
        if folded != word:
            raise PatternError(
                source, key, f"write it in simplified characters: {folded}; traditional text is read as simplified"
            )


def load_patterns(extra: Iterable[Path | str] = (), *, include_shipped: bool = True, cache: bool = False) -> PatternSet:
    """Load the shipped pattern files, then each extra file on top of them.

    Raises PatternError naming the file, the entry and the problem. With `cache`, a set loaded
    before from the same bytes of the same files is taken from the user's cache folder instead
    of parsed and validated again (presscan.patterncache; the command line does so).
    """
    paths = _pattern_paths(extra, include_shipped)
    if cache:
        from presscan import patterncache

        table = traditional_table(include_shipped)
        files = [*paths, table] if table is not None else paths
        kind = "shipped and extra files" if include_shipped else "these files alone"
        return patterncache.load(files, kind, partial(_load, paths, include_shipped))
    return _load(paths, include_shipped)


def _pattern_paths(extra: Iterable[Path | str], include_shipped: bool) -> list[Path]:
    """The files a pattern set is loaded from, in order: the shipped ones, then each extra file once."""
    paths: list[Path] = []
    if include_shipped:
        paths.extend(sorted(shipped_patterns_dir().glob("*.toml")))
    for extra_path in map(Path, extra):
        # the same file named twice (-p a.toml -p ./a.toml) is read once, not clashed with itself
        if not any(_same_file(extra_path, known) for known in paths):
            paths.append(extra_path)
    return paths


def traditional_table(include_shipped: bool) -> Path | None:
    """The table of traditional characters a pattern set folds with (None: it folds none)."""
    return shipped_patterns_dir() / TRADITIONAL if include_shipped else None


def _load(paths: list[Path], include_shipped: bool) -> PatternSet:
    """Read, validate and merge `paths` (from _pattern_paths)."""
    units: dict[str, Unit] = {}
    context_units: dict[str, tuple[Unit, ...]] = {}
    signs: dict[str, Entry] = {}
    subunits: dict[str, Subunit] = {}
    around: dict[str, Entry] = {}
    per: set[str] = set()
    per_before: list[str] = []
    per_rate_nouns: list[str] = []
    per_joiners: list[str] = []
    counted_words: dict[str, Entry] = {}  # noun -> its unit as written, or None to infer
    counted_default: list[tuple[str, str]] = []  # (default unit, file) of each file's nouns
    magnitudes: dict[str, Entry] = {}
    digits: dict[str, Entry] = {}
    places: dict[str, Entry] = {}
    sections: dict[str, Entry] = {}
    ordinals: list[str] = []
    line_labels: list[str] = []  # a caption's label word (表): ordinals at a line's start only
    formal: set[str] = set()
    counted_not_before: list[str] = []
    counted_before: dict[str, Entry] = {}
    counted_fillers: list[str] = []
    unitless: list[str] = []
    before: dict[str, Entry] = {}
    of_whole: dict[str, Entry] = {}
    whole_linkers: list[str] = []
    yielding: list[str] = []
    inside: dict[str, Entry] = {}
    after: dict[str, Entry] = {}
    owners: dict[str, str] = {}
    words = NumberWords()
    parsed_files: list[tuple[str, PatternFile]] = []
    table = traditional_table(include_shipped)
    fold = ScriptFold.read(table) if table is not None else ScriptFold.empty()
    for path in paths:
        parsed = read_pattern_file(path)
        parsed_files.append((str(path), parsed))
        source = str(path)
        _refuse_traditional(parsed, source, fold)
        readings: dict[str, list[UnitEntry]] = {word: [entry] for word, entry in parsed.units.items()}
        readings.update(parsed.context_units)
        for word, entries in readings.items():
            claim(f"units.{word}", source, owners, "unit")  # a context unit and a plain unit of one surface clash
            if word in parsed.units:
                units[word] = Unit.of(word, entries[0], source)
            else:
                context_units[word] = tuple(Unit.of(word, entry, source) for entry in entries)
        merge_words(signs, parsed.currency_signs, "currency_signs", source, owners)
        for word, subunit in parsed.subunits.items():
            claim(f"subunits.{word}", source, owners)
            subunits[word] = Subunit(word, subunit.of, Decimal(subunit.value), source)
        per.update(parsed.per.words)
        per_before.extend(word for word in parsed.per.before if word not in per_before)
        per_rate_nouns.extend(word for word in parsed.per.rate_nouns if word not in per_rate_nouns)
        per_joiners.extend(mark for mark in parsed.per.joiners if mark not in per_joiners)
        ordinals.extend(p for p in parsed.ordinals.prefixes if p not in ordinals)
        line_labels.extend(p for p in parsed.ordinals.line_labels if p not in line_labels)
        nouns = parsed.counted_nouns
        merge_words(
            counted_words, {noun: nouns.units.get(noun) for noun in nouns.nouns}, "counted_nouns", source, owners
        )
        for noun in set(nouns.units) - set(nouns.nouns):
            raise PatternError(source, f"counted_nouns.units.{noun}", "not in counted_nouns.nouns; add it there too")
        counted_default.append((nouns.unit, source))
        counted_not_before.extend(word for word in nouns.not_before if word not in counted_not_before)
        merge_words(counted_before, dict(nouns.before), "counted_nouns.before", source, owners)
        counted_fillers.extend(word for word in nouns.fillers if word not in counted_fillers)
        unitless.extend(word for word in nouns.unitless if word not in unitless)
        formal.update(parsed.formal.characters)
        merge_words(around, parsed.qualifiers.around, "qualifiers.around", source, owners)
        merge_words(magnitudes, parsed.magnitudes, "magnitudes", source, owners)
        merge_words(digits, parsed.digits, "digits", source, owners)
        merge_words(places, parsed.places, "places", source, owners)
        merge_words(sections, parsed.sections, "sections", source, owners)
        merge_words(before, parsed.qualifiers.before, "qualifiers.before", source, owners)
        merge_words(of_whole, parsed.qualifiers.of_whole, "qualifiers.of_whole", source, owners)
        whole_linkers.extend(word for word in parsed.qualifiers.whole_linkers if word not in whole_linkers)
        yielding.extend(word for word in parsed.qualifiers.yielding if word not in yielding)
        merge_words(inside, parsed.qualifiers.inside, "qualifiers.inside", source, owners)
        merge_words(after, parsed.qualifiers.after, "qualifiers.after", source, owners)
        words.add(parsed.number_words, source, owners)
    return PatternSet(
        units=units,
        per_words=frozenset(per),
        per_before=tuple(per_before),
        per_rate_nouns=tuple(per_rate_nouns),
        per_joiners="".join(per_joiners),
        counted_nouns=_counted_units(counted_words, counted_default, units),
        magnitudes=magnitudes,
        digits={k: int(v.value) for k, v in digits.items()},  # type: ignore[call-overload]
        places={k: int(v.value) for k, v in places.items()},  # type: ignore[call-overload]
        sections={k: int(v.value) for k, v in sections.items()},  # type: ignore[call-overload]
        ordinal_prefixes=tuple(ordinals),
        line_labels=tuple(line_labels),
        qualifiers_before=before,
        qualifiers_of_whole={word: str(entry.value) for word, entry in of_whole.items()},
        whole_linkers=tuple(whole_linkers),
        qualifiers_yielding=frozenset(yielding),
        qualifiers_inside=inside,
        qualifiers_after=after,
        sources=tuple(str(p) for p in paths),
        decimal_points=tuple(words.decimal_points),
        fraction_word=words.fraction_word,
        fraction_unit=words.fraction_unit,
        fraction_percent=words.fraction_percent,
        share_before=tuple(words.share_before),
        share_after=tuple(words.share_after),
        range_separators=words.range_separators,
        negative_signs=tuple(words.negative_signs),
        positive_signs=tuple(words.positive_signs),
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
        shared_unit_marks=frozenset(words.shared_unit_marks),
        product_marks=frozenset(words.product_marks),
        product_kinds=frozenset(words.product_kinds),
        bare_magnitude_after=tuple(words.bare_magnitude_after),
        bare_magnitude_not_after=tuple(words.bare_magnitude_not_after),
        link_starts=tuple(words.link_starts),
        titles=words.titles,
        half_word=words.half_word,
        half_between=tuple(words.half_between),
        half_not_before=tuple(words.half_not_before),
        formal_digits=frozenset(formal),
        counted_not_before=tuple(counted_not_before),
        counted_before=tuple(sorted(counted_before.values(), key=lambda entry: -len(entry.word))),
        counted_before_fillers=tuple(sorted(counted_fillers, key=len, reverse=True)),
        unitless=tuple(sorted(unitless, key=len, reverse=True)),
        attribution=merge_attribution(parsed_files),
        tables=_merged_lists(parsed_files, "tables", TableSection),
        pages=_merged_lists(parsed_files, "pages", PageSection),
        punctuation=merge_punctuation(parsed_files),
        traditional=fold,
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


_default: PatternSet | None = None


def default_patterns(*, cache: bool = False) -> PatternSet:
    """The shipped patterns, loaded once per process on first use (with `cache`, from the user's
    cache folder when they were loaded before: load_patterns)."""
    global _default
    if _default is None:
        _default = load_patterns(cache=cache)
    return _default
