"""Punctuation classes (patterns/punctuation.toml): the marks that cut text into sentences,
clauses and paragraphs, the pairs that enclose it, and the regular expressions segment,
normalise and core cut with, compiled once per pattern set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import regex

from presscan.errors import PatternError

if TYPE_CHECKING:
    from presscan.patternfile import PatternFile

# normalise keeps one line break where a line ended by hand (it was not wrapped): it ends a sentence
HARD_BREAK = "\n"
_ASCII_WORD = "A-Za-z0-9"


def _char_class(marks: Iterable[str]) -> str:
    """A regex class of `marks`; one that never matches when there are none ([] is not a class)."""
    escaped = "".join(sorted(re.escape(mark) for mark in set(marks)))
    return f"[{escaped}]" if escaped else "(?!)"


def _words(words: Iterable[str]) -> str:
    """An alternation of literal words, longest first; one that never matches when there are none."""
    escaped = [re.escape(word) for word in sorted(set(words), key=lambda word: (-len(word), word))]
    return "|".join(escaped) if escaped else "(?!)"


@dataclass(frozen=True)
class Punctuation:
    """The [punctuation] sections of every file, merged: the marks that cut text and the pairs
    that enclose it, as sets, and the regular expressions segment and core cut with.

    Sets of single characters: `mark in punctuation.full_stop`. `quotes` and `brackets`
    map an opening mark to its closing one.
    """

    full_stop: frozenset[str] = frozenset()  # ends a sentence, a full sentence and, at a line end, a paragraph
    part_end: frozenset[str] = frozenset()  # ends a sentence (；), not a full sentence or a paragraph
    clause_end: frozenset[str] = frozenset()  # without the sentence ends, which end a clause too
    colons: frozenset[str] = frozenset()  # clause ends that introduce what follows
    list_marks: frozenset[str] = frozenset()
    quotes: Mapping[str, str] = field(default_factory=dict)
    brackets: Mapping[str, str] = field(default_factory=dict)
    abbreviations: tuple[str, ...] = ()
    url_starts: tuple[str, ...] = ()
    line_joiners: frozenset[str] = frozenset()  # a line of prose ending with one runs on: …。与⏎去年同期相比

    @cached_property
    def sentence_end(self) -> frozenset[str]:
        """What segment cuts sentences at: full stops and part ends (。；)."""
        return self.full_stop | self.part_end

    @cached_property
    def quote_marks(self) -> frozenset[str]:
        """Every quotation mark, opening or closing."""
        return frozenset((*self.quotes, *self.quotes.values()))

    @cached_property
    def opening_brackets(self) -> frozenset[str]:
        return frozenset(self.brackets)

    @cached_property
    def closing_brackets(self) -> frozenset[str]:
        return frozenset(self.brackets.values())

    @cached_property
    def never_ending(self) -> frozenset[str]:
        """The marks no paragraph ends with: one that opens a bracket or a quote (not " and ', which
        close one too), a list mark (、): a line of a PDF copy ending with one runs on."""
        opening_quotes = (mark for mark, closing in self.quotes.items() if mark != closing)
        return frozenset((*self.brackets, *opening_quotes, *self.list_marks))

    @cached_property
    def closers(self) -> frozenset[str]:
        """The closing quotes and brackets, which a sentence's or a paragraph's end mark takes with it."""
        return frozenset((*self.quotes.values(), *self.brackets.values()))

    @cached_property
    def sentence_marks(self) -> str:
        """The characters segment cuts sentences at (sentence_re's marks): the sentence ends and the
        hard line break, as one string (segment finds each with str.find)."""
        return "".join(sorted(self.sentence_end | {HARD_BREAK}))

    @cached_property
    def clause_marks(self) -> str:
        """The characters segment cuts clauses at (clause_re's marks), as `sentence_marks`."""
        return "".join(sorted(self.sentence_end | self.clause_end | {HARD_BREAK}))

    @cached_property
    def sentence_re(self) -> re.Pattern[str]:
        """Runs of sentence end marks (and hard line breaks) in normalised text, each mark with
        the closing quotes and brackets right after it ("增长5%。”" ends after the quote).
        A run of one ASCII mark may cut nothing (3.5, No.5): segment decides."""
        return self._runs(self.sentence_end)

    @cached_property
    def clause_re(self) -> re.Pattern[str]:
        """Runs of clause or sentence end marks (and hard line breaks), as `sentence_re`."""
        return self._runs(self.sentence_end | self.clause_end)

    def _runs(self, marks: frozenset[str]) -> re.Pattern[str]:
        """Group 1 is the run's first character when that is an ASCII mark or a hard line break:
        the runs segment looks at more closely. The pattern starts with one character class, so
        that Python's re skips to the next mark in C."""
        closers = _char_class((*self.quotes.values(), *self.brackets.values()))
        first = _char_class((*(mark for mark in marks if mark.isascii()), HARD_BREAK))
        any_mark = _char_class((*marks, HARD_BREAK))
        return re.compile(f"{any_mark}(?<=({first})|[^\x00-\x7f]){closers}*+(?:{any_mark}{closers}*+)*+")

    @cached_property
    def clause_mark_re(self) -> re.Pattern[str]:
        """One mark that ends a clause or a sentence where it cuts: an ASCII mark between two ASCII
        letters or digits (3.5, 8,432, 10:30) does not. For a search in a short window."""
        return re.compile(self._cutting(self.sentence_end | self.clause_end))

    @cached_property
    def sentence_mark_re(self) -> re.Pattern[str]:
        """One mark that ends a sentence where it cuts, as `clause_mark_re`."""
        return re.compile(self._cutting(self.sentence_end))

    @staticmethod
    def _cutting(marks: frozenset[str]) -> str:
        wide = _char_class(mark for mark in marks if not mark.isascii())
        narrow = _char_class(mark for mark in marks if mark.isascii())
        return f"{wide}|(?<![{_ASCII_WORD}]){narrow}|{narrow}(?![{_ASCII_WORD}])"

    @cached_property
    def url_re(self) -> re.Pattern[str]:
        """Web addresses: a url start, and the ASCII characters after it up to the last letter,
        digit or slash before a space or a character that is not ASCII."""
        return re.compile(f"(?:{_words(self.url_starts)})(?:[!-~]*[{_ASCII_WORD}/])?")

    @cached_property
    def paragraph_re(self) -> re.Pattern[str]:
        """Paragraph ends in normalised text: a full stop, the closing quotes or brackets after
        it, and the hard line break after them."""
        closers = _char_class((*self.quotes.values(), *self.brackets.values()))
        return re.compile(f"{_char_class(self.full_stop)}{closers}*+{re.escape(HARD_BREAK)}")

    @cached_property
    def last_paragraph_end_re(self) -> regex.Pattern[str]:
        """In the original text, searched from the end (the regex module's reverse flag): a
        full stop at the end of a line, with the line break; where core may cut a piece. An ASCII mark right after an ASCII letter or digit (and spaces) may be a decimal
        point or an abbreviation broken across the line (95.⏎65%): not a paragraph end."""
        return regex.compile(f"(?r)(?:{self._cut_marks(self.full_stop)})[ \t\u3000]*+(?:\r\n|\r|\n)")

    @cached_property
    def last_sentence_end_re(self) -> regex.Pattern[str]:
        """In the original text, searched from the end: a sentence end mark that cannot be inside
        a number or a word; where core may cut a piece inside a long paragraph."""
        return regex.compile(f"(?r){self._cut_marks(self.sentence_end)}")

    @staticmethod
    def _cut_marks(marks: frozenset[str]) -> str:
        wide = _char_class(mark for mark in marks if not mark.isascii())
        narrow = _char_class(mark for mark in marks if mark.isascii())
        # the original text is not folded yet: full-width letters and digits count as well
        word = f"{_ASCII_WORD}\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
        return f"{wide}|(?<![{word}][ \t\u3000]*){narrow}"


def merge_punctuation(parsed: list[tuple[str, PatternFile]]) -> Punctuation:
    """Lists extend in file order; pairs are added, a later file winning."""
    sets: dict[str, list[str]] = {
        name: [] for name in ("full_stop", "part_end", "clause_end", "colons", "list_marks", "line_joiners")
    }
    words: dict[str, list[str]] = {"abbreviations": [], "url_starts": []}
    quotes: dict[str, str] = {}
    brackets: dict[str, str] = {}
    for source, pattern_file in parsed:
        section = pattern_file.punctuation
        for name, merged in (*sets.items(), *words.items()):
            merged.extend(mark for mark in getattr(section, name) if mark not in merged)
        quotes.update(section.quotes)
        brackets.update(section.brackets)
        for mark in section.colons:
            if mark not in sets["clause_end"]:
                raise PatternError(source, f"punctuation.colons.{mark}", "a colon must be a clause end too")
    return Punctuation(
        full_stop=frozenset(sets["full_stop"]),
        part_end=frozenset(sets["part_end"]),
        clause_end=frozenset(sets["clause_end"]),
        colons=frozenset(sets["colons"]),
        list_marks=frozenset(sets["list_marks"]),
        line_joiners=frozenset(sets["line_joiners"]),
        quotes=quotes,
        brackets=brackets,
        abbreviations=tuple(words["abbreviations"]),
        url_starts=tuple(words["url_starts"]),
    )
