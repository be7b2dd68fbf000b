"""The spans tokens.cut cuts into words (tokens._windows), found gap by gap between the islands,
are those of the first way of finding them, kept here as the reference: every window as a span,
sorted, merged where they touch or overlap, and cut around the islands inside them. And the marks
that cut (tokens.MarkIndex), read as code points, are those a test of every character finds; islands
sorted by insertion are sorted as list.sort sorts them; and timeframes tells a deadline as
str.endswith does."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.core import attributor
from presscan.normalise import normalise
from presscan.segment import bisect_between, bisect_right
from presscan.tokens import (
    FIGURE,
    SNAP_BACK,
    TIME,
    Island,
    MarkIndex,
    Marks,
    Windows,
    _clause_end,
    _clause_start,
    _marks_by_code,
    _marks_by_find,
    _windows,
    sort_islands,
)

MARKS = attributor(default_patterns()).marks


def reference(
    text: str, start: int, end: int, islands: list[Island], windows: Windows, counts: list[bool], cuts: MarkIndex
) -> list[int]:
    spans: list[tuple[int, int]] = []
    previous_figure_end = start
    clauses = cuts.clauses
    first_clause = bisect_right(clauses, start - 1)
    last_clause = bisect_between(clauses, end - 1, first_clause, len(clauses))
    for index, island in enumerate(islands):
        if island.kind == FIGURE:
            low = previous_figure_end
            before = windows.before_figure
            follows = text[island.end : island.end + 1]
            after = windows.after_count if counts[island.index] or follows in windows.linkers else windows.after_figure
            previous_figure_end = island.end
        else:
            low = islands[index - 1].end if index > 0 else start
            before = after = windows.around_time
        high = islands[index + 1].start if index + 1 < len(islands) else end
        bound = max(low, island.start - before)
        first = _clause_start(bound, island.start, clauses, first_clause, last_clause)
        if first == bound > low and island.kind == FIGURE:
            # no clause mark within reach: the window opens after the mark before it, if near
            marks_before = [at for at in cuts.gaps if max(low, bound - SNAP_BACK) <= at < bound]
            if marks_before:
                first = marks_before[-1] + 1
        if first < island.start:
            spans.append((first, island.start))
        last = _clause_end(island.end, min(high, island.end + after), clauses, first_clause, last_clause)
        if last > island.end:
            spans.append((island.end, last))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and span[0] <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    apart: list[int] = []
    index = 0
    for span_start, span_end in merged:
        while index < len(islands) and islands[index].end <= span_start:
            index += 1
        position = span_start
        while index < len(islands) and islands[index].start < span_end:
            if islands[index].start > position:
                apart += [position, islands[index].start]
            position = max(position, islands[index].end)
            index += 1
        if span_end > position:
            apart += [position, span_end]
        if index > 0 and islands[index - 1].end > span_end:
            index -= 1
    return apart


# characters of sentences, clause and part marks among them
ALPHABET = "增长比上年全省产值的达到亿元个，。；：、ab12,."


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=ALPHABET, min_size=1, max_size=80),
    st.lists(st.tuples(st.integers(0, 10), st.integers(1, 6), st.booleans(), st.booleans()), max_size=12),
    st.integers(0, 6),
    st.tuples(st.integers(0, 40), st.integers(0, 15), st.integers(0, 20), st.integers(0, 6)),
)
def test_the_windows_are_the_merged_spans_cut_around_islands(
    body: str,
    placed: list[tuple[int, int, bool, bool]],
    padding: int,
    sizes: tuple[int, int, int, int],
) -> None:
    text = "，比" * padding + body + "增长，" * padding
    start, end = 2 * padding, 2 * padding + len(body)
    islands: list[Island] = []
    counts: list[bool] = []
    position = start
    for skip, length, figure, counted in placed:
        position += skip
        if position + length > end:
            break
        islands.append(Island(position, position + length, FIGURE if figure else TIME, len(counts) if figure else 0))
        if figure:
            counts.append(counted)
        position += length
    windows = Windows(*sizes, frozenset({"的"}))
    cuts = MarkIndex(text, MARKS)
    spans = _windows(text, start, end, islands, windows, counts, cuts)  # from `start`
    assert [offset + start for offset in spans] == reference(text, start, end, islands, windows, counts, cuts)


# ----- MarkIndex against a test of every character ---------------------------------------------
def marks_cutting(text: str, marks: Marks) -> tuple[list[int], list[int]]:
    """The gaps and clause marks of a text as MarkIndex gave them by testing every character: a gap
    mark cuts where it stands, but an ASCII one between two ASCII letters or digits (3.5, 10:30)."""
    gaps: list[int] = []
    clauses: list[int] = []
    for position, char in enumerate(text):
        if char not in marks.gap_chars:
            continue
        if char.isascii() and 0 < position < len(text) - 1:
            before, after = text[position - 1], text[position + 1]
            if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
                continue
        gaps.append(position)
        if char in marks.clause_marks:
            clauses.append(position)
    return gaps, clauses


def test_the_marks_of_the_samples_and_the_corpus_are_found_as_by_testing_every_character() -> None:
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "samples").glob("*.txt"))
    shared = root.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    assert paths
    for path in paths:
        text = normalise(path.read_text(encoding="utf-8")).text
        index = MarkIndex(text, MARKS)
        assert (index.gaps, index.clauses) == marks_cutting(text, MARKS)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="，。、：；！？,.:;!?\n5aZ９ａ增长全年", max_size=30))
def test_the_marks_of_any_text_are_found_as_by_testing_every_character(text: str) -> None:
    index = MarkIndex(text, MARKS)
    assert (index.gaps, index.clauses) == marks_cutting(text, MARKS)


def both_ways(text: str, marks: Marks) -> list[tuple[list[int], list[int]]]:
    """The marks found by str.find (the pure-Python build's way) and in one pass over the code
    points (the compiled build's way)."""
    found = []
    by_find: tuple[list[int], list[int]] = ([], [])
    _marks_by_find(text, marks, *by_find)
    found.append(by_find)
    assert marks.code_table is not None
    by_code: tuple[list[int], list[int]] = ([], [])
    _marks_by_code(text, marks.code_table, *marks.code_skip, *by_code)
    found.append(by_code)
    return found


def test_the_marks_are_found_alike_by_str_find_and_by_code_point() -> None:
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "samples").glob("*.txt"))
    shared = root.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    for path in paths:
        text = normalise(path.read_text(encoding="utf-8")).text
        expected = marks_cutting(text, MARKS)
        assert both_ways(text, MARKS) == [expected, expected]
    # the stretch passed over holds no mark, and the table gives every mark its kind
    low, high = MARKS.code_skip
    assert high > low and not any(low <= ord(mark) < high for mark in MARKS.gap_chars)
    assert MARKS.code_table is not None and len(MARKS.code_table) == max(map(ord, MARKS.gap_chars)) + 1


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="，。、：；！？,.:;!?\n5aZ９ａ增长全年\U00020000\uffff\u3000", max_size=40))
def test_the_marks_of_any_text_are_found_alike_both_ways(text: str) -> None:
    expected = marks_cutting(text, MARKS)
    assert both_ways(text, MARKS) == [expected, expected]


def test_a_mark_beyond_the_basic_plane_leaves_the_marks_to_str_find() -> None:
    astral = Marks(
        sentence_ends=MARKS.sentence_ends | {"\U0001f4cc"},
        part_ends=MARKS.part_ends,
        clause_ends=MARKS.clause_ends,
        colons=MARKS.colons,
        list_marks=MARKS.list_marks,
        quotes=MARKS.quotes,
        opening_brackets=MARKS.opening_brackets,
        closing_brackets=MARKS.closing_brackets,
        opening_quotes=MARKS.opening_quotes,
        closing_quotes=MARKS.closing_quotes,
    )
    assert astral.code_table is None
    text = "增长3.5%\U0001f4cc全年，下降。"
    index = MarkIndex(text, astral)
    assert (index.gaps, index.clauses) == marks_cutting(text, astral)


# ----- islands sorted by insertion, and deadlines told by their last character ------------------
@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), max_size=20))
def test_islands_are_sorted_as_list_sort_sorts_them(keys: list[tuple[int, int]]) -> None:
    islands = [Island(start, start + 1, kind, index) for index, (start, kind) in enumerate(keys)]
    expected = sorted(islands, key=lambda island: island.start * 4 - island.kind)  # stable, as the key sort
    sort_islands(islands)
    assert islands == expected


def test_deadlines_are_told_as_str_endswith_tells_them() -> None:
    rules = attributor(default_patterns())
    frames = rules.timeline.frames
    assert frames.deadline_ends is not None
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "samples").glob("*.txt"))
    shared = root.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    texts = [period.text for path in paths for period in rules.periods.find(path.read_text(encoding="utf-8"))]
    texts += [f"2025年{word}" for word in frames.deadlines] + ["", "前", "年底", "之前的"]
    assert len(texts) > 100
    assert [frames.ends_with_deadline(text) for text in texts] == [text.endswith(frames.deadlines) for text in texts]
