"""Characters read as others, one for one, before matching: full-width forms as ASCII
(２０２３, ％), middle dots between digits as decimal points, and traditional characters as
simplified ones (script_fold's table), in one pass over the runs of characters either folds.

Every fold maps one character to one character: offsets do not move (normalise relies on it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from mypy_extensions import i64

    from presscan.script_fold import ScriptFold

# Full-width forms folded to ASCII. Chinese punctuation that is used as such in
# running text (，。；：（）) is kept: it marks clause and sentence boundaries.
_KEEP_FULLWIDTH: Final = "，。；：（）！？、"
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP_FULLWIDTH}
# Other compatibility forms that stand for ASCII signs in numbers, and the
# full-width currency signs (￥120, ￡5).
_FOLD.update({0xFE6A: ord("%"), 0xFE52: ord("."), 0x2215: ord("/"), 0x2044: ord("/"), 0x3000: ord(" ")})
_FOLD.update({0xFFE5: 0xA5, 0xFFE1: 0xA3})
# Folded characters are few in a bulletin (2 % of the corpus): translating only
# the runs of them is ten times faster than translating every character.
# A class and then the class repeated, not `[...]+`: re finds the first character of a pattern
# that starts with a class by a loop in C, but tries a repeat at every position.
_FOLDABLE_CLASS = "[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]"
_FOLDABLE = re.compile(f"{_FOLDABLE_CLASS}{_FOLDABLE_CLASS}*+")
# Middle dots written as decimal points (２·６亿元, 1・5): a dot is folded to "."
# only between two digits (full-width ones are ASCII by then), each next to it or a space
# away (a letter-spaced line, 4 · 9 %; a stray space, 11· 6万人, 0 ·18%), so that names
# (马克思·韦伯) keep theirs. One character for one: offsets do not move.
_MIDDLE_DOTS: Final = "\u00b7\u30fb\u2027\uff65"
_DECIMAL_DOT = re.compile(f"(?:(?<=[0-9])|(?<=[0-9] ))[{_MIDDLE_DOTS}](?=[0-9]| [0-9])")
_ASCII_DIGITS: Final = "0123456789"
# Characters fold_marking folds in two scans before it builds its one-scan pattern: building
# its regular expression costs about 94 M instructions, what the one scan saves (about 25 a
# character) on some four million characters; a command on a few bulletins never pays it
MARKING_AFTER: Final = 4_000_000
# Compiled, the runs of the characters to fold and of the marks are found by one loop over the code
# points and a table of them (Folder.by_table; some 30 instructions a character, where each of
# re's two scans, sub and split, cost about 100): the same runs. Pure Python keeps re's scans.
_COMPILED: Final = not __file__.endswith(".py")


def _decimal_dots(text: str) -> str:
    """text with its middle dots that _DECIMAL_DOT reads as decimal points read so.

    Texts hold middle dots in names (马克思·韦伯) more often than in numbers: each dot is
    found by str.find and its neighbours tested, as _DECIMAL_DOT tests them, and only the dots
    that stand between digits, each next to it or a space away, are replaced (a regex scan of the
    whole text costs some 50 instructions a character; str.find, a few). A replaced dot changes
    no other dot's neighbours (digits and spaces), so the dots are found in the text as given."""
    last = len(text) - 1
    points: list[int] = []
    for dot in _MIDDLE_DOTS:
        at = text.find(dot, 1)
        while 0 < at < last:
            before, after = text[at - 1], text[at + 1]
            if (before in _ASCII_DIGITS or (before == " " and at > 1 and text[at - 2] in _ASCII_DIGITS)) and (
                after in _ASCII_DIGITS or (after == " " and at < last - 1 and text[at + 2] in _ASCII_DIGITS)
            ):
                points.append(at)
            at = text.find(dot, at + 1)
    if not points:
        return text
    points.sort()
    pieces: list[str] = []
    kept_from = 0
    for at in points:
        pieces.append(text[kept_from:at])
        pieces.append(".")
        kept_from = at + 1
    pieces.append(text[kept_from:])
    return "".join(pieces)


def _fold_run(run: re.Match[str]) -> str:
    return run.group().translate(_FOLD)


def fold_width(text: str) -> str:
    """text.translate(_FOLD), faster; then middle dots between digits become decimal points."""
    return _decimal_dots(_FOLDABLE.sub(_fold_run, text))


def folding_to(chars: str) -> frozenset[str]:
    """The characters that fold_width writes as one of `chars`, those included (０ and 0 for 0)."""
    found = set(chars)
    for code, folded in _FOLD.items():
        if chr(folded) in chars:
            found.add(chr(code))
    return frozenset(found)


def _has_astral(text: str) -> bool:
    """True when text holds a character beyond the Basic Multilingual Plane: its UTF-16 form is
    then longer than two bytes a character (an encoding in C: a few instructions a character,
    where a regex scan for them costs some 40)."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


class Folder:
    """_FOLD and a table of traditional characters (script_fold) as one translation, applied only
    to the runs of characters either table holds, found by one regex scan in C.

    str.translate looks every character up in a dict and raises a KeyError inside for each one
    it keeps (a simplified text keeps them all): 700 instructions a character, for the few
    traditional ones most texts hold (昇, 吒). A regex character class of the table's characters
    of the Basic Multilingual Plane is a bitmap test; its characters beyond it (which would make
    re test the class item by item) are looked for only in a text that has such characters.
    One pass gives what fold_width and then the table give, as long as neither table maps a
    character the other reads or writes, nor the table touches digits or dots (checked here;
    otherwise `runs` is None and the two are applied one after the other)."""

    __slots__ = (
        "astral_runs",
        "both_codes",
        "by_table",
        "fold_codes",
        "folded_before",
        "mark_runs",
        "marked_runs",
        "runs",
        "table",
        "traditional",
    )

    def __init__(self, traditional: ScriptFold) -> None:
        self.traditional = traditional
        pairs = traditional.pairs
        self.table: dict[int, int | str] = {}
        self.table.update(_FOLD)
        self.table.update({ord(written): read for written, read in pairs.items()})
        fold_chars = {chr(code) for code in _FOLD} | {chr(code) for code in _FOLD.values()}
        untouched = fold_chars | set(_MIDDLE_DOTS) | set(".0123456789")
        written_chars = set(pairs)
        read_chars = set(pairs.values())
        self.runs: re.Pattern[str] | None = None
        self.astral_runs: re.Pattern[str] | None = None
        # by the marks of fold_marking: its pattern, and the marks the table folds
        self.marked_runs: dict[frozenset[str], tuple[re.Pattern[str] | None, list[str]]] = {}
        self.folded_before = 0  # characters folded by fold_marking before its pattern is built
        self.mark_runs: dict[frozenset[str], re.Pattern[str]] = {}  # the runs of marks, for two scans
        # for the compiled loop: the code points of `runs` (1), up to the highest; of each set of marks
        self.fold_codes = b""
        self.by_table = False  # runs found by the tables (compiled), not by re's scans
        self.both_codes: dict[frozenset[str], bytes] = {}
        if written_chars & (untouched | read_chars) or read_chars & untouched:
            return
        codes = sorted(_FOLD) + sorted(ord(char) for char in written_chars if ord(char) < 0x10000)
        self.runs = runs_of(_char_class(codes))
        self.fold_codes = _code_table(codes)
        self.by_table = _COMPILED
        astral = sorted(ord(char) for char in written_chars if ord(char) >= 0x10000)
        if astral:
            self.astral_runs = runs_of(_char_class(astral))

    def fold_run(self, run: re.Match[str]) -> str:
        return run.group().translate(self.table)

    def __call__(self, text: str) -> str:
        """self.traditional(fold_width(text)), faster."""
        runs = self.runs
        if runs is None:
            return self.traditional(fold_width(text))
        folded = self._folded_runs(text) if self.by_table else runs.sub(self.fold_run, text)
        if self.astral_runs is not None and _has_astral(text):
            folded = self.astral_runs.sub(self.fold_run, folded)
        return _decimal_dots(folded)

    def _folded_runs(self, text: str) -> str:
        """runs.sub(self.fold_run, text): each run of the characters of `runs` translated."""
        found: list[int] = []
        table_runs(text, self.fold_codes, found)
        return self._translated(text, found)

    def _translated(self, text: str, runs: list[int]) -> str:
        """`text` with each of its `runs` ([start, end, ...]) translated by the table."""
        if not runs:
            return text
        pieces: list[str] = []
        kept = 0
        table = self.table
        for index in range(0, len(runs), 2):
            start, end = runs[index], runs[index + 1]
            pieces.append(text[kept:start])
            pieces.append(text[start:end].translate(table))
            kept = end
        pieces.append(text[kept:])
        return "".join(pieces)

    def _both_table(self, marks: frozenset[str]) -> bytes:
        """For fold_mark_runs, by code point: 1 where `runs` folds it, 2 where it is one of `marks`
        once folded; b"" where one pass would not do (a mark beyond the Basic Multilingual Plane,
        a dot that _decimal_dots may change)."""
        if (
            not self.fold_codes
            or any(ord(mark) >= 0x10000 for mark in marks)
            or "." in marks
            or any(dot in marks for dot in _MIDDLE_DOTS)
        ):
            return b""
        codes = [code for code in range(len(self.fold_codes)) if self.fold_codes[code]]
        table = bytearray(max([*codes, *(ord(mark) for mark in marks)]) + 1)
        for mark in marks:
            table[ord(mark)] = 2
        for code in codes:
            read = self.table[code]
            table[code] = 1 | (2 if (read if isinstance(read, str) else chr(read)) in marks else 0)
        return bytes(table)

    def fold_marking(self, text: str, marks: frozenset[str]) -> tuple[str, list[int]]:
        """self(text), and where the runs of the characters `marks` (white space, for normalise)
        stand in it: [start, end, start, end, ...]. One scan finds both the runs to fold and the
        runs of marks (a pattern that starts with a class of both: re tests each character in C,
        at some 50 instructions a character, so one scan instead of two saves that much). Where
        the table folds a mark to a character that is not one, or the other way round, the runs
        could differ after folding: then the text is folded first and the marks found after.
        Compiled (by_table), one loop over the code points finds both (fold_mark_runs)."""
        if self.by_table:
            # one loop over the code points finds both, for less than one scan of re
            both = self.both_codes.get(marks)
            if both is None:
                both = self.both_codes[marks] = self._both_table(marks)
            if not both:
                return self._fold_then_mark(text, marks)
            folds: list[int] = []
            runs: list[int] = []
            if fold_mark_runs(text, both, folds, runs) and self.astral_runs is not None:
                return self._fold_then_mark(text, marks)  # a character beyond the plane, which may fold
            return _decimal_dots(self._translated(text, folds)), runs
        built = self.marked_runs.get(marks)
        if built is None and self.folded_before < MARKING_AFTER:
            # a short run (a command on one bulletin) does without the one-scan pattern
            self.folded_before += len(text)
            return self._fold_then_mark(text, marks)
        if built is None:
            built = self.marked_runs[marks] = (
                self._marking(marks),
                [chr(code) for code in self.table if chr(code) in marks],
            )
        pattern, folded_marks = built
        if pattern is None:
            return self._fold_then_mark(text, marks)
        pieces: list[str] = []
        found: list[int] = []
        kept = 0
        table = self.table
        for run in pattern.finditer(text):
            start, end = run.span()
            if text[start] in marks:
                found.append(start)
                found.append(end)
                if not any(text.find(mark, start, end) >= 0 for mark in folded_marks):
                    continue  # a run of marks the table leaves as they are
            pieces.append(text[kept:start])
            pieces.append(text[start:end].translate(table))
            kept = end
        if kept:
            pieces.append(text[kept:])
            folded = "".join(pieces)
        else:
            folded = text
        if self.astral_runs is not None and _has_astral(text):
            folded = self.astral_runs.sub(self.fold_run, folded)
        return _decimal_dots(folded), found

    def _fold_then_mark(self, text: str, marks: frozenset[str]) -> tuple[str, list[int]]:
        """fold_marking in two scans: the text folded, then the runs of marks found in it."""
        folded = self(text)
        found: list[int] = []
        runs = self.mark_runs.get(marks)
        if runs is None:
            chars = _char_class(sorted(ord(mark) for mark in marks))
            runs = self.mark_runs[marks] = re.compile(f"([{chars}][{chars}]*+)")  # runs_of's, as a group
        # split with the runs as a group: the text between runs, then a run, and so on; their
        # lengths give the runs' offsets (a match object per run cost some 3 000 instructions)
        parts = runs.split(folded)
        at = 0
        for index in range(1, len(parts), 2):
            at += len(parts[index - 1])
            found.append(at)
            at += len(parts[index])
            found.append(at)
        return folded, found

    def _marking(self, marks: frozenset[str]) -> re.Pattern[str] | None:
        """The pattern of fold_marking for `marks`: a run of marks, or a run of the other characters
        to fold; None where one scan would not do (see there)."""
        if self.runs is None:
            return None
        for code, read in self.table.items():
            if (chr(code) in marks) != (str(read) in marks if isinstance(read, str) else chr(read) in marks):
                return None
        if any(dot in marks for dot in _MIDDLE_DOTS) or "." in marks:
            return None
        both_codes = sorted(ord(mark) for mark in marks)
        fold_codes = sorted(code for code in self.table if code < 0x10000 and chr(code) not in marks)
        both = _char_class(sorted({*both_codes, *fold_codes}))
        mark_class = _char_class(both_codes)
        return re.compile(f"[{both}](?:(?<=[{mark_class}])[{mark_class}]*+|[{_char_class(fold_codes)}]*+)")


def _code_table(codes: list[int]) -> bytes:
    """A table of the code points `codes` (1 at each), up to the highest; b"" when one is beyond
    the Basic Multilingual Plane (a table that large is not made) or there are none."""
    if not codes or max(codes) >= 0x10000:
        return b""
    table = bytearray(max(codes) + 1)
    for code in codes:
        table[code] = 1
    return bytes(table)


def table_runs(text: str, table: bytes, found: list[int]) -> None:
    """The runs of the characters whose code points `table` holds (see _code_table), as
    [start, end, start, end, ...] appended to `found`: what a scan of `[class][class]*+` finds.
    Native integers (mypy_extensions.i64): compiled, a character costs some 20 instructions."""
    top: i64 = len(table)
    size: i64 = len(text)
    index: i64 = 0
    while index < size:
        code: i64 = ord(text[index])
        if code < top and table[code]:
            start = index
            index += 1
            while index < size:
                code = ord(text[index])
                if code >= top or not table[code]:
                    break
                index += 1
            found.append(start)
            found.append(index)
        index += 1  # the character after a run is none of it


def fold_mark_runs(text: str, table: bytes, folds: list[int], marks: list[int]) -> bool:
    """The runs of the characters to fold (1 in `table`, see Folder._both_table) appended to
    `folds`, and the runs of the characters that are marks once folded (2) to `marks`, each as
    [start, end, ...]: table_runs of both tables, in one loop. True when `text` holds a character
    beyond the Basic Multilingual Plane (_has_astral)."""
    astral = False
    top: i64 = len(table)
    size: i64 = len(text)
    fold_from: i64 = -1
    mark_from: i64 = -1
    index: i64 = 0
    while index < size:
        code: i64 = ord(text[index])
        kind: i64 = 0
        if code < top:
            kind = table[code]
        elif code >= 0x10000:
            astral = True
        if kind & 1:
            if fold_from < 0:
                fold_from = index
        elif fold_from >= 0:
            folds.append(fold_from)
            folds.append(index)
            fold_from = -1
        if kind & 2:
            if mark_from < 0:
                mark_from = index
        elif mark_from >= 0:
            marks.append(mark_from)
            marks.append(index)
            mark_from = -1
        index += 1
    if fold_from >= 0:
        folds.append(fold_from)
        folds.append(size)
    if mark_from >= 0:
        marks.append(mark_from)
        marks.append(size)
    return astral


def runs_of(chars: str) -> re.Pattern[str]:
    """A pattern of the runs of the characters of a class (see _FOLDABLE)."""
    return re.compile(f"[{chars}][{chars}]*+")


def _char_class(codes: list[int]) -> str:
    """The inside of a regex character class of the code points `codes` (sorted), as ranges."""
    parts: list[str] = []
    index = 0
    while index < len(codes):
        last = index
        while last + 1 < len(codes) and codes[last + 1] == codes[last] + 1:
            last += 1
        first_char = re.escape(chr(codes[index]))
        parts.append(first_char if last == index else f"{first_char}-{re.escape(chr(codes[last]))}")
        index = last + 1
    return "".join(parts)


# the folders of the tables seen (one, in practice: the shipped table's)
_FOLDERS: list[Folder] = []


def folder(traditional: ScriptFold) -> Folder:
    for folder in _FOLDERS:
        if folder.traditional is traditional:
            return folder
    folder = Folder(traditional)
    if len(_FOLDERS) >= 8:
        _FOLDERS.pop(0)
    _FOLDERS.append(folder)
    return folder
