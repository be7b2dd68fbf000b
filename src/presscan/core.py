"""The pure core: text in, figures out. No I/O, no state beyond the pattern data."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from presscan.attribute import Attribution
from presscan.match import RawFigure, find_figures
from presscan.normalise import Normalised, normalise
from presscan.patternset import PatternSet, default_patterns
from presscan.record import Figure, Period, trusted_figure, trusted_period
from presscan.segment import SENTENCE_END_MARKS, Spans, line_of, line_starts, sentences

# A paragraph ends with a sentence end at the end of a line.
_PARAGRAPH_END_PATTERN = r"[。！？!?][ \t\u3000]*+(?:\r\n|\r|\n)"
_PARAGRAPH_END = regex.compile(_PARAGRAPH_END_PATTERN)

# Text is read in pieces of about this many characters, cut where a paragraph
# (or, in a paragraph longer than this, a sentence) ends: the working set stays
# small however big the text, and what is read across a cut is unchanged.
CHUNK_CHARACTERS = 200_000


def extract(text: str, *, patterns: PatternSet | None = None, source: str = "-") -> list[Figure]:
    """Every statistical figure in `text`, in order of position; [] when there is none.

    `patterns` defaults to the shipped pattern files; pass `load_patterns([...])`
    to add your own. `source` is copied into each record (a path, or "-").
    Offsets in the records refer to `text` exactly as given.
    """
    return list(iter_extract(text, patterns=patterns, source=source))


def iter_extract(
    text: str, *, patterns: PatternSet | None = None, source: str = "-", chunk_characters: int = CHUNK_CHARACTERS
) -> Iterator[Figure]:
    """The figures of `extract`, one piece of the text at a time: memory does not grow with the text.

    The pieces end where a paragraph ends (a sentence end at the end of a line),
    so periods, subjects and lists read the same as over the whole text; a
    paragraph longer than `chunk_characters` is cut at a sentence end, and a
    period does not carry across that cut.
    """
    patterns = patterns or default_patterns()
    line_base = 0
    previous_end = 0
    for start, end in _pieces(text, chunk_characters):
        line_base += _line_breaks(text, previous_end, start)
        previous_end = start
        yield from _extract_piece(text[start:end], start, line_base, patterns, source)


def _extract_piece(piece: str, base: int, line_base: int, patterns: PatternSet, source: str) -> list[Figure]:
    """Figures of one piece; offsets and lines are moved to the whole text's by `base` and `line_base`."""
    folded = normalise(piece)
    raw = find_figures(folded.text, patterns)
    if not raw:
        return []
    lines = line_starts(piece)
    sentence_spans = sentences(folded.text)
    attributions = patterns.attributor.attribute(folded.text, raw, _paragraph_ends(piece, folded), sentence_spans)
    shared = _Shared()
    return [
        _record(figure, attribution, piece, folded, lines, sentence_spans, source, base, line_base, shared)
        for figure, attribution in zip(raw, attributions, strict=True)
    ]


class _Shared:
    """What figures of one piece have in common, built once and shared: records are
    immutable, and a sentence of ten figures then holds one context, not ten."""

    def __init__(self) -> None:
        self.contexts: dict[int, str] = {}  # by sentence start
        self.periods: dict[int, Period | None] = {}  # by the period's normalised start


# where a piece may end, searched from the end (the regex module's reverse flag)
_LAST_PARAGRAPH_END = regex.compile(f"(?r){_PARAGRAPH_END_PATTERN}")
_LAST_SENTENCE_END = regex.compile(f"(?r)[{SENTENCE_END_MARKS}]")
_SAFE_CUT = regex.compile(r"[^0-9A-Za-z\p{Han}]")


def _pieces(text: str, size: int) -> Iterator[tuple[int, int]]:
    """[start, end) pieces of about `size` characters, cut after a paragraph end when there is
    one in the second half of the piece, else after a sentence end, else at a character that
    cannot be inside a figure; a piece with none of these runs on until one comes."""
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = _last_end(_LAST_PARAGRAPH_END, text, low, high)
        if cut is None:
            cut = _last_end(_LAST_SENTENCE_END, text, low, high)
        if cut is None:
            found = _SAFE_CUT.search(text, high)
            cut = found.end() if found else len(text)
        if text[cut - 1 : cut + 1] == "\r\n":
            cut += 1  # one line break, not two
        yield start, cut
        start = cut
    if start < len(text) or not text:
        yield start, len(text)


def _last_end(pattern: regex.Pattern[str], text: str, low: int, high: int) -> int | None:
    found = pattern.search(text, low, high)
    return found.end() if found else None


def _line_breaks(text: str, start: int, end: int) -> int:
    """Line breaks in text[start:end], counted as line_starts counts them (\\r\\n is one)."""
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)


def _paragraph_ends(original: str, folded: Normalised) -> list[int]:
    """Normalised offsets where a paragraph ends: a sentence end at the end of a line."""
    return [folded.folded_offset(m.start() + 1) for m in _PARAGRAPH_END.finditer(original)]


def _record(
    figure: RawFigure,
    attribution: Attribution,
    original: str,
    folded: Normalised,
    lines: list[int],
    sentence_spans: Spans,
    source: str,
    base: int,
    line_base: int,
    shared: _Shared,
) -> Figure:
    start, end = folded.span(figure.start, figure.end)
    sentence_start, sentence_end = sentence_spans.find(figure.start)
    context = shared.contexts.get(sentence_start)
    if context is None:
        context = shared.contexts[sentence_start] = folded.text[sentence_start:sentence_end]
    period_key = attribution.period_start if attribution.period_start is not None else -1
    if period_key in shared.periods:
        period = shared.periods[period_key]
    else:
        period = shared.periods[period_key] = _period(attribution, folded, base)
    return trusted_figure(
        {
            "source": source,
            "start": base + start,
            "end": base + end,
            "line": line_base + line_of(lines, start),
            "page": None,
            "text": original[start:end],
            "number": figure.number,
            "magnitude": figure.magnitude,
            "value": figure.value,
            "value_high": figure.value_high,
            "unit": figure.unit,
            "kind": figure.kind,
            "per": figure.per,
            "qualifier": figure.qualifier,
            "qualifier_text": figure.qualifier_text,
            "subject": attribution.subject,
            "base": None,
            "period": period,
            "direction": attribution.direction,
            "status": attribution.status,
            "measure": attribution.measure,
            "table": None,
            "context": context,
            "pattern": figure.pattern,
        }
    )


def _period(attribution: Attribution, folded: Normalised, base: int) -> Period | None:
    if attribution.period_text is None or attribution.period_start is None or attribution.period_end is None:
        return None
    start, end = folded.span(attribution.period_start, attribution.period_end)
    return trusted_period(
        {
            "text": attribution.period_text,
            "start": base + start,
            "end": base + end,
            "start_year": attribution.start_year,
            "end_year": attribution.end_year,
            "start_month": None,
            "end_month": None,
            "resolved_from": "text" if attribution.start_year is not None else None,
        }
    )
