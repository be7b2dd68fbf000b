"""The [number_words] sections of every pattern file, merged (patternset.py loads them), and the
bookkeeping that lets each word be defined once across files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from presscan.errors import PatternError
from presscan.patternentries import Entry
from presscan.patternfile import NumberWordsSection


def claim(key: str, source: str, owners: dict[str, str], what: str = "word") -> None:
    """Record that `source` defines `key`; a second definition is an error naming the first file."""
    if key in owners:
        raise PatternError(source, key, f"already defined in {owners[key]}; define each {what} once")
    owners[key] = source


def merge_words(
    target: dict[str, Entry], items: Mapping[str, object], section: str, source: str, owners: dict[str, str]
) -> None:
    for word, value in items.items():
        claim(f"{section}.{word}", source, owners)
        target[word] = Entry(word, value, source)


@dataclass
class NumberWords:
    """The [number_words] sections of every file, merged: lists extend, tables must not clash."""

    decimal_points: list[str] = field(default_factory=list)
    fraction_word: str | None = None
    fraction_unit: str = "分之"
    fraction_percent: bool = False
    share_before: list[str] = field(default_factory=list)
    share_after: list[str] = field(default_factory=list)
    range_separators: dict[str, Entry] = field(default_factory=dict)
    negative_signs: list[str] = field(default_factory=list)
    positive_signs: list[str] = field(default_factory=list)
    inclusive_notes: list[str] = field(default_factory=list)
    prefixes: dict[str, Entry] = field(default_factory=dict)
    phrases: dict[str, Entry] = field(default_factory=dict)
    vague: dict[str, Entry] = field(default_factory=dict)
    negative_words: list[str] = field(default_factory=list)
    negative_words_not_after: list[str] = field(default_factory=list)
    subunit_joiners: list[str] = field(default_factory=list)
    shared_unit_marks: list[str] = field(default_factory=list)
    product_marks: list[str] = field(default_factory=list)
    product_kinds: list[str] = field(default_factory=list)
    bare_magnitude_after: list[str] = field(default_factory=list)
    bare_magnitude_not_after: list[str] = field(default_factory=list)
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
        "positive_signs",
        "inclusive_notes",
        "negative_words",
        "negative_words_not_after",
        "subunit_joiners",
        "shared_unit_marks",
        "product_marks",
        "product_kinds",
        "bare_magnitude_after",
        "bare_magnitude_not_after",
        "link_starts",
    )

    def add(self, section: NumberWordsSection, source: str, owners: dict[str, str]) -> None:
        for name in self._LISTS:
            target: list[str] = getattr(self, name)
            target.extend(word for word in getattr(section, name) if word not in target)
        self.fraction_word = section.fraction_word or self.fraction_word
        self.fraction_unit = section.fraction_unit or self.fraction_unit
        if section.fraction_percent is not None:
            self.fraction_percent = section.fraction_percent
        self.titles.update(section.titles)
        self.half_word = section.half.word or self.half_word
        self.half_between.extend(word for word in section.half.between if word not in self.half_between)
        self.half_not_before.extend(word for word in section.half.not_before if word not in self.half_not_before)
        merge_words(
            self.range_separators,
            dict.fromkeys(section.range_separators, True),
            "number_words.range_separators",
            source,
            owners,
        )
        merge_words(self.prefixes, section.prefixes, "number_words.prefixes", source, owners)
        merge_words(self.phrases, section.phrases, "number_words.phrases", source, owners)
        merge_words(self.vague, section.vague, "number_words.vague", source, owners)
