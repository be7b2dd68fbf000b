"""The pure core: text in, figures out. No I/O, no state beyond the pattern data."""

from __future__ import annotations

from presscan.match import RawFigure, find_figures
from presscan.normalise import Normalised, normalise
from presscan.patternset import PatternSet, default_patterns
from presscan.record import Figure
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
    return [_record(figure, text, folded, lines, sentence_spans, source) for figure in raw]


def _record(
    figure: RawFigure, original: str, folded: Normalised, lines: list[int], sentence_spans: Spans, source: str
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
        unit=figure.unit,
        kind=figure.kind,
        per=figure.per,
        qualifier=figure.qualifier,  # type: ignore[arg-type]
        qualifier_text=figure.qualifier_text,
        context=folded.text[sentence_start:sentence_end],
        pattern=figure.pattern,
    )
