"""The islands of each sentence: the figures and time expressions that stand in it, grouped by
sentence for the cutter (attribute.py asks), the sentences found by position in their spans.
"""

from __future__ import annotations

from presscan.match import RawFigure
from presscan.periodtypes import PeriodMatch
from presscan.segment import Spans, bisect_right
from presscan.tokens import FIGURE, TIME, Island


def islands_of_sentences(
    figures: list[RawFigure], found: list[PeriodMatch], sentence_spans: Spans
) -> dict[int, list[Island]]:
    """The figures (with their qualifiers) and the time expressions of each sentence with any, by
    the sentence's index in `sentence_spans`, in order."""
    islands_by_sentence: dict[int, list[Island]] = {}
    starts, ends = sentence_spans.starts, sentence_spans.ends
    # figures and times come in order, most after another of their sentence: its list is kept
    # (setdefault made a new list for every island, found or not)
    sentence = 0
    last = -1
    islands: list[Island] = []
    for index, figure in enumerate(figures):
        first = min(figure.start, figure.qualifier_start)
        sentence = _piece_of(starts, ends, first, sentence)
        if sentence != last:
            islands = islands_by_sentence.setdefault(sentence, [])
            last = sentence
        islands.append(Island(first, figure.qualifier_end, FIGURE, index))
    sentence = 0
    last = -1
    for index, period in enumerate(found):
        sentence = _piece_of(starts, ends, period.start, sentence)
        if sentence != last:
            islands = islands_by_sentence.setdefault(sentence, [])
            last = sentence
        islands.append(Island(period.start, period.end, TIME, index))
    return islands_by_sentence


def _piece_of(starts: list[int], ends: list[int], position: int, guess: int) -> int:
    """Spans.index(position) of the spans `starts`, `ends`, tried first at `guess` and the span
    after it: figures and times come in order, mostly in the sentence of the one before."""
    if 0 <= guess < len(starts) and starts[guess] <= position:
        if position < ends[guess]:
            return guess
        if guess + 1 < len(starts) and position < ends[guess + 1]:
            return guess + 1
    return bisect_right(starts, position) - 1
