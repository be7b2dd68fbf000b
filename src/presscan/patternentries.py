"""The words of the pattern files as presscan matches with them: units (with their
conditions compiled), subunits of money, any other word with the file it came from,
and the word sections read around a figure (subject, period, direction, status ...),
merged from every file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from pydantic import BaseModel

from presscan.patternfile import (
    ComparisonSection,
    DirectionSection,
    DocumentSection,
    MeasureSection,
    PatternFile,
    PeriodSection,
    ShareSection,
    StatusSection,
    SubjectSection,
    UnitEntry,
)


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
    shortest_numeral: int | None = None  # a numeral in characters must be this long (二期 is a phase)
    context_in_sentence: bool = False  # its context words read back over clause marks to the sentence's start

    @staticmethod
    def of(surface: str, entry: UnitEntry, source: str) -> Unit:
        words = "|".join(re.escape(word) for word in sorted(entry.context, key=len, reverse=True))
        # dB(A) is as Latin as dB: it may stand one space after its number
        latin = surface.isascii() and (surface[-1].isalnum() or surface[0].isalpha())
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
            entry.shortest_numeral,
            entry.context_in_sentence,
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


def merge_attribution(parsed: list[tuple[str, PatternFile]]) -> AttributionWords:
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
