"""Sentences, clauses and paragraphs of normalised text, its headings, and the lines of the original.

What cuts text is data: the punctuation classes of patterns/punctuation.toml,
compiled by punctuation.Punctuation. normalise keeps one line break ("\\n")
where a line of the original was not wrapped; that break ends a sentence too,
so that a heading or a title (一、综合) stands alone instead of opening the
sentence after it. Words inside sentences are cut by words.py (jieba's
dictionary, see lexicon.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right as _bisect_module_right
from typing import TYPE_CHECKING, Final

from presscan.matchwords import code_table_of
from presscan.punctuation import HARD_BREAK

if TYPE_CHECKING:
    from mypy_extensions import i64

    from presscan.punctuation import Punctuation

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# True when this module runs compiled by mypyc (tools/compile_hook.py)
_COMPILED: Final = not __file__.endswith(".py")


def bisect_right(items: list[int], value: int) -> int:
    """bisect.bisect_right for a list of ints. Compiled by mypyc, the loop below
    runs three times as fast as a call into the bisect module, which every figure
    would make several times to turn offsets into sentences, clauses, lines and
    back; interpreted, it would be ten times slower, so pure Python calls bisect."""
    if not _COMPILED:
        return _bisect_module_right(items, value)
    return bisect_between(items, value, 0, len(items))


def bisect_between(items: list[int], value: int, low: int, high: int) -> int:
    """bisect_right(items, value) for a value known to fall in items[low:high] or at its ends:
    a search over that slice only (a sentence's marks, not the whole text's)."""
    if not _COMPILED:
        return _bisect_module_right(items, value, low, high)
    # native 64-bit integers (mypy_extensions.i64): C arithmetic, no tagged-int checks
    first: i64 = low
    last: i64 = high
    target: i64 = value
    while first < last:
        middle = (first + last) >> 1
        if target < items[middle]:
            last = middle
        else:
            first = middle + 1
    return first


def bisect_near(items: list[int], value: int, guess: int) -> int:
    """bisect_right(items, value), tried first at `guess` and the index after it: offsets read in
    order (figures, one after another) mostly fall where the one before fell."""
    if 0 <= guess <= len(items) and (guess == 0 or items[guess - 1] <= value):
        if guess == len(items) or value < items[guess]:
            return guess
        if guess + 1 == len(items) or value < items[guess + 1]:
            return guess + 1
    return bisect_right(items, value)


def falls_at(items: list[int], value: int, index: int) -> bool:
    """True when bisect_right(items, value) == index, found without a search."""
    return (
        0 <= index <= len(items)
        and (index == 0 or items[index - 1] <= value)
        and (index == len(items) or value < items[index])
    )


class Spans:
    """Sorted, non-overlapping [start, end) pieces covering a text, found by position.

    `starts[k]` and `ends[k]` bound the k-th piece; `ends[k] == starts[k + 1]`.
    A plain class (mypyc compiles it); never changed once built."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __repr__(self) -> str:
        return f"Spans({list(zip(self.starts, self.ends, strict=True))})"

    def find(self, position: int) -> tuple[int, int]:
        """The [start, end) of the piece that holds `position`."""
        index = bisect_right(self.starts, position) - 1
        return self.starts[index], self.ends[index]

    def index(self, position: int) -> int:
        """The number (0-based) of the piece that holds `position`."""
        return bisect_right(self.starts, position) - 1


class Layout:
    """What attribution needs to know of a normalised text's structure.

    - `sentences`: sentence spans. A sentence ends after its end mark (and the
      closing quotes or brackets right after it) or after a hard line break
      ("\\n", kept by normalise where a line was not wrapped), which then belongs
      to it; the sentences cover the text.
    - `clauses`: clause spans, sentences further cut at clause marks (，：); found
      the first time they are asked for.
    - `paragraphs`: paragraph spans. A paragraph ends with a hard line break right
      after a full stop (。！？, see patterns/punctuation.toml); a heading belongs to
      the paragraph after it.
    - `headings`: the numbers (indices into `sentences`, increasing) of the sentences
      that are a line of their own ended by the line break alone, without an end
      mark: titles, headings (一、综合, （二）农业), date lines, a list's lead line, and
      also the rows of a list or table written one item per line without punctuation
      (粮食 1456.2万吨): whether such a line holds figures tells a row from a heading.
      A text's last line is never one (a one-line text without a final 。 is a sentence).

    Offsets are into the normalised text. A plain class of lists (mypyc compiles it).
    """

    __slots__ = ("_clauses", "_punctuation", "_text", "_urls", "headings", "paragraphs", "sentences")

    def __init__(
        self,
        text: str,
        punctuation: Punctuation,
        sentences: Spans,
        paragraphs: Spans,
        headings: list[int],
        urls: Spans,
    ) -> None:
        self._text = text
        self._punctuation = punctuation
        self._urls = urls
        self._clauses: Spans | None = None
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.headings = headings

    @property
    def clauses(self) -> Spans:
        if self._clauses is None:
            marks = self._punctuation
            self._clauses = _split(self._text, marks.clause_marks, marks, self._urls)
        return self._clauses

    def is_heading(self, sentence: int) -> bool:
        """True when sentence number `sentence` is one of `headings`."""
        index = bisect_right(self.headings, sentence) - 1
        return index >= 0 and self.headings[index] == sentence

    def paragraph_ends(self) -> list[int]:
        """Where each paragraph but the last ends: a figure after the k-th is in paragraph k + 1."""
        return self.paragraphs.ends[:-1]


def _punctuation(punctuation: Punctuation | None) -> Punctuation:
    if punctuation is not None:
        return punctuation
    from presscan.patternset import default_patterns

    return default_patterns().punctuation


def _split(
    text: str, marks: str, punctuation: Punctuation, urls: Spans | None, broken: list[int] | None = None
) -> Spans:
    """Spans cut after every run of `marks` (a run: a mark, the closing quotes and brackets right
    after it, and any marks right after those, each with its closers), but a run of one ASCII mark
    that cuts nothing (see _joins). `urls` are the web addresses of the text, when computed already.
    The runs are what Punctuation.sentence_re (for the sentence marks) and clause_re find, read
    from the marks' offsets (str.find, mark by mark, in C) instead of a regex scan that tries
    every character and makes a match object per run (tests/test_layout_scans.py compares them).

    When `broken` is given, the numbers of the spans cut by a hard line break alone are added to it."""
    starts = [0]
    ends: list[int] = []
    runs = _run_table(marks, punctuation.closers)
    size = len(text)
    run_end = 0
    for at in _offsets(text, marks):
        if at < run_end:
            continue  # a mark of the run before
        end = at + 1
        while end < size:
            # looked up by code point: read as a string, a Chinese character is a new string
            code = ord(text[end])
            if code >= len(runs) or runs[code] == 0:
                break
            end += 1
        run_end = end
        if end == at + 1 and ord(text[at]) < 128:  # a lone ASCII mark or hard line break
            if text[at] == HARD_BREAK:
                if broken is not None and end < size:
                    broken.append(len(ends))
            else:
                if urls is None:
                    urls = web_addresses(text, punctuation)
                if _joins(text, at, punctuation, urls):
                    continue
        if end < size:
            ends.append(end)
            starts.append(end)
    ends.append(size)
    return Spans(starts, ends)


# _run_table's tables, by the marks and closers they were made of (a pattern set's, mostly two)
_RUN_TABLES: dict[tuple[str, frozenset[str]], bytes] = {}


def _run_table(marks: str, closers: frozenset[str]) -> bytes:
    """A byte per code point up to the largest of `marks` and `closers` (of one character): 1 at
    each of theirs, which a run of marks goes on over (_split)."""
    key = (marks, closers)
    table = _RUN_TABLES.get(key)
    if table is None:
        codes = [ord(char) for char in (*marks, *closers) if len(char) == 1]
        made = bytearray(max(codes) + 1 if codes else 0)
        for code in codes:
            made[code] = 1
        table = _RUN_TABLES[key] = bytes(made)
    return table


def _offsets(text: str, marks: str) -> list[int]:
    """The offsets of every character of `marks` in `text`, in order."""
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at != -1:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _is_ascii_word(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _joins(text: str, position: int, punctuation: Punctuation, urls: Spans) -> bool:
    """True when the ASCII mark at `position` cuts nothing: it stands between two ASCII letters
    or digits (3.5, 8,432, 10:30, www.gov.cn), inside a web address, at the end of an
    abbreviation (No., e.g.), or after the number of an item at a line start (1.综合)."""
    after = text[position + 1] if position + 1 < len(text) else ""
    if position and _is_ascii_word(text[position - 1]) and _is_ascii_word(after):
        return True
    url = urls.index(position)
    if url >= 0 and position < urls.ends[url]:
        return True
    end = position + 1
    for abbreviation in punctuation.abbreviations:
        start = end - len(abbreviation)
        if (
            start >= 0
            and text.startswith(abbreviation, start)
            and not (start and text[start - 1].isascii() and text[start - 1].isalpha())
        ):
            return True
    digits = 0
    while digits < 4 and position - digits > 0 and "0" <= text[position - digits - 1] <= "9":
        digits += 1
    first = position - digits
    return 0 < digits <= 3 and (first == 0 or text[first - 1] == HARD_BREAK) and not ("0" <= after <= "9")


def web_addresses(text: str, punctuation: Punctuation | None = None) -> Spans:
    """The web addresses of normalised text, as spans (not covering the text); none, when the
    text has no url start."""
    starts: list[int] = []
    ends: list[int] = []
    marks = _punctuation(punctuation)
    if not any(start in text for start in marks.url_starts):
        return Spans(starts, ends)
    for match in marks.url_re.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return Spans(starts, ends)


def sentences(text: str, punctuation: Punctuation | None = None) -> Spans:
    """Sentence spans of normalised text; the end punctuation belongs to its sentence.

    `punctuation` defaults to the shipped pattern files' (patterns/punctuation.toml)."""
    marks = _punctuation(punctuation)
    return _split(text, marks.sentence_marks, marks, None)


def clauses(text: str, punctuation: Punctuation | None = None) -> Spans:
    """Clause spans: sentences further cut at commas and colons."""
    marks = _punctuation(punctuation)
    return _split(text, marks.clause_marks, marks, None)


def paragraphs(text: str, punctuation: Punctuation | None = None) -> Spans:
    """Paragraph spans: cut after a hard line break that follows a full stop (and the closing
    quotes and brackets after it): where Punctuation.paragraph_re matches, found from each line
    break back (str.find of the breaks, in C, instead of a regex scan that tries every character)."""
    marks = _punctuation(punctuation)
    # by code point (matchwords.code_table): a character read from the text as a string is a new one
    full_stop, closers = code_table_of(marks.full_stop), code_table_of(marks.closers)
    size = len(text)
    starts = [0]
    ends: list[int] = []
    at = text.find(HARD_BREAK)
    while at != -1:
        end = at + 1
        back = at - 1
        while back >= 0:
            code = ord(text[back])
            if code < len(full_stop) and full_stop[code]:
                if end < size:
                    ends.append(end)
                    starts.append(end)
                break
            if code >= len(closers) or not closers[code]:
                break
            back -= 1
        at = text.find(HARD_BREAK, end)
    ends.append(size)
    return Spans(starts, ends)


def _headings(text: str, sentence_spans: Spans, broken: list[int]) -> list[int]:
    """Of the sentences cut by a line break alone, those that are a whole line (see Layout)."""
    found: list[int] = []
    for index in broken:
        start = sentence_spans.starts[index]
        if sentence_spans.ends[index] - start >= 2 and (start == 0 or text[start - 1] == HARD_BREAK):
            found.append(index)
    return found


def layout(text: str, punctuation: Punctuation | None = None) -> Layout:
    """Sentences, clauses, paragraphs and headings of normalised `text` (see Layout)."""
    marks = _punctuation(punctuation)
    urls = web_addresses(text, marks)
    broken: list[int] = []
    sentence_spans = _split(text, marks.sentence_marks, marks, urls, broken)
    return Layout(text, marks, sentence_spans, paragraphs(text, marks), _headings(text, sentence_spans, broken), urls)


def line_starts(original: str) -> list[int]:
    """Offsets where each line of the original starts (\\n, \\r\\n and \\r all end a line).
    Where every \\r stands before a \\n (or there is none), the lines start after each \\n,
    found with str.find (a search in C; a match object per line cost some 4 000 instructions)."""
    starts = [0]
    if "\r" in original and original.count("\r") != original.count("\r\n"):  # most hold no \r
        for match in _LINE_BREAK.finditer(original):
            starts.append(match.end())
        return starts
    at = original.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = original.find("\n", at + 1)
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """1-based line of `offset`, given `line_starts` of the text."""
    return bisect_right(starts, offset)
