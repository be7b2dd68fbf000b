"""What a PatternSet knows, as rows: every unit, magnitude, qualifier, number and context word, and its file.

`presscan patterns` prints these rows; an analyst adding a pattern file sees at
once what it added and which file each word comes from. rich is imported only
when a table is printed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from presscan.patterndata import PatternSet
from presscan.patternentries import Entry
from presscan.patternfile import AroundEntry, PhraseEntry, PrefixEntry, VagueEntry
from presscan.patternset import shipped_patterns_dir

COLUMNS = ("section", "surface", "unit", "kind", "file")


@dataclass(frozen=True, slots=True)
class PatternRow:
    """One pattern word. `unit` is what it stands for (unit, factor, value); `kind` its family or qualifier."""

    # unit | context_unit | currency_sign | subunit | counted_noun | counted_before | magnitude | qualifier_before |
    # qualifier_inside | qualifier_after | qualifier_around | prefix | phrase | vague,
    # or an attribution list such as subject.boundary or status.target
    section: str
    surface: str
    unit: str
    kind: str
    file: str


def _file(source: str) -> str:
    """Shipped files by name (units.toml), user files as given on the command line."""
    try:
        if Path(source).resolve().parent == shipped_patterns_dir().resolve():
            return Path(source).name
    except OSError:
        pass
    return source


def rows(patterns: PatternSet) -> Iterator[PatternRow]:
    """Every word the pattern set matches, section by section, in file order."""
    for unit in patterns.units.values():
        yield PatternRow("unit", unit.surface, unit.unit, unit.kind, _file(unit.source))
    for surface, readings in patterns.context_units.items():  # one row, its readings joined: 千瓦时 or ℃
        units, kinds = " or ".join(unit.unit for unit in readings), " or ".join(unit.kind for unit in readings)
        yield PatternRow("context_unit", surface, units, kinds, _file(readings[0].source))
    for entry in patterns.currency_signs.values():
        yield PatternRow("currency_sign", entry.word, str(entry.value), "money", _file(entry.source))
    for subunit in patterns.subunits.values():
        yield PatternRow("subunit", subunit.surface, f"{subunit.value} {subunit.of}", "money", _file(subunit.source))
    for entry in patterns.counted_nouns.values():
        yield PatternRow("counted_noun", entry.word, str(entry.value), "count", _file(entry.source))
    for entry in patterns.counted_before:
        yield PatternRow("counted_before", entry.word, str(entry.value), "count", _file(entry.source))
    for entry in patterns.magnitudes.values():
        yield PatternRow("magnitude", entry.word, str(entry.value), "magnitude", _file(entry.source))
    qualifiers: tuple[tuple[str, dict[str, Entry]], ...] = (
        ("qualifier_before", dict(patterns.qualifiers_before)),
        ("qualifier_inside", dict(patterns.qualifiers_inside)),
        ("qualifier_after", dict(patterns.qualifiers_after)),
    )
    for section, table in qualifiers:
        for entry in table.values():
            yield PatternRow(section, entry.word, "", str(entry.value), _file(entry.source))
    for entry in patterns.qualifiers_around.values():
        around: AroundEntry = entry.value  # type: ignore[assignment]
        yield PatternRow("qualifier_around", entry.word, " ".join(around.after), around.qualifier, _file(entry.source))
    for entry in patterns.prefixes.values():
        prefix: PrefixEntry = entry.value  # type: ignore[assignment]
        yield PatternRow("prefix", entry.word, prefix.unit, prefix.kind, _file(entry.source))
    for entry in patterns.phrases.values():
        phrase: PhraseEntry = entry.value  # type: ignore[assignment]
        yield PatternRow("phrase", entry.word, f"{phrase.value} {phrase.unit}", phrase.kind, _file(entry.source))
    for entry in patterns.vague.values():
        vague: VagueEntry = entry.value  # type: ignore[assignment]
        span = f"{vague.low}..{vague.high}" if vague.high else str(vague.low)
        yield PatternRow("vague", entry.word, span, vague.qualifier, _file(entry.source))
    words = patterns.attribution
    for name in ("subject", "period", "direction", "status", "measure"):
        section = getattr(words, name)
        for key in type(section).model_fields:
            value = getattr(section, key)
            for word in value:
                meaning = str(value[word]) if isinstance(value, dict) else ""
                source = words.sources.get(f"{name}.{key}.{word}", "")
                yield PatternRow(f"{name}.{key}", word, meaning, "context", _file(source))


def write_tsv(found: Iterator[PatternRow], stream: IO[str]) -> None:
    """One tab-separated line per word, with a header: for grep, cut and awk."""
    stream.write("\t".join(COLUMNS) + "\n")
    for row in found:
        stream.write("\t".join(getattr(row, column) for column in COLUMNS) + "\n")


def write_json(found: Iterator[PatternRow], stream: IO[str]) -> None:
    json.dump([asdict(row) for row in found], stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_table(found: Iterator[PatternRow], stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*COLUMNS, title="presscan patterns")
    for row in found:
        table.add_row(*(getattr(row, column) for column in COLUMNS))
    Console(file=stream).print(table)
