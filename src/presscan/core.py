"""The pure core: text in, figures out. No I/O, no state beyond the pattern data."""

from __future__ import annotations

import bisect

import regex

from presscan.attribute import Attribution
from presscan.match import RawFigure, find_figures
from presscan.normalise import Normalised, normalise
from presscan.patternset import PatternSet, default_patterns
from presscan.record import Figure, Period
from presscan.segment import Spans, line_of, line_starts, sentences


def extract(text: str, *, patterns: PatternSet | None = None, source: str = "-") -> list[Figure]:
    """Every statistical figure in `text`, in order of position; [] when there is none.

    `patterns` defaults to the shipped pattern files; pass `load_patterns([...])`
    to add your own. `source` is copied into each record (a path, or "-").
    Offsets in the records refer to `text` exactly as given.
    """
    patterns = patterns or default_patterns()
    folded = normalise(text)
    raw = find_figures(folded.text, patterns)
    if not raw:
        return []
    lines = line_starts(text)
    sentence_spans = sentences(folded.text)
    attributions = patterns.attributor.attribute(folded.text, raw, _paragraph_ends(text, folded))
    return [
        _record(figure, attribution, text, folded, lines, sentence_spans, source)
        for figure, attribution in zip(raw, attributions, strict=True)
    ]


_PARAGRAPH_END = regex.compile(r"[。！？!?][ \t\u3000]*+(?:\r\n|\r|\n)")


def _paragraph_ends(original: str, folded: Normalised) -> list[int]:
    """Normalised offsets where a paragraph ends: a sentence end at the end of a line."""
    return [bisect.bisect_left(folded.origin, m.start() + 1) for m in _PARAGRAPH_END.finditer(original)]


def _record(
    figure: RawFigure,
    attribution: Attribution,
    original: str,
    folded: Normalised,
    lines: list[int],
    sentence_spans: Spans,
    source: str,
) -> Figure:
    start, end = folded.span(figure.start, figure.end)
    sentence_start, sentence_end = sentence_spans.find(figure.start)
    return Figure(
        source=source,
        start=start,
        end=end,
        line=line_of(lines, start),
        text=original[start:end],
        number=figure.number,
        magnitude=figure.magnitude,
        value=figure.value,
        value_high=figure.value_high,
        unit=figure.unit,
        kind=figure.kind,
        per=figure.per,
        qualifier=figure.qualifier,  # type: ignore[arg-type]
        qualifier_text=figure.qualifier_text,
        subject=attribution.subject,
        period=_period(attribution, original, folded),
        direction=attribution.direction,  # type: ignore[arg-type]
        status=attribution.status,  # type: ignore[arg-type]
        measure=attribution.measure,
        context=folded.text[sentence_start:sentence_end],
        pattern=figure.pattern,
    )


def _period(attribution: Attribution, original: str, folded: Normalised) -> Period | None:
    if attribution.period_text is None or attribution.period_start is None or attribution.period_end is None:
        return None
    start, end = folded.span(attribution.period_start, attribution.period_end)
    return Period(
        text=attribution.period_text,
        start=start,
        end=end,
        start_year=attribution.start_year,
        end_year=attribution.end_year,
    )
