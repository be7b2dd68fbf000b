"""Fold text copied out of PDFs and web pages into one clean line for matching.

Bulletins arrive with line breaks inside words and numbers (`35 亿\\n元以上`,
`795\\n96万吨`), spaces between every character (`今 年 要 做 的 10 项`), spaces
between a number and its unit, and full-width digits and signs (`２０２３`, `％`).
`normalise` removes all of that and keeps, for every character it emits, the
offset of the character it came from, so that records always point into the
original text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import regex

from presscan.charfold import folder
from presscan.linemarks import (
    PERCENT_SIGNS,
    SLACK_COLUMNS,
    SLACK_SHARE,
    WRAP_COLUMNS_AT_LEAST,
    around_a_number_line,
    cuts_a_number,
    mark_table,
    numbered_heading,
    sentence_at_edge,
    spaced_out,
    thousands_space,
)
from presscan.linescan import read_lines
from presscan.normalised import Normalised, piece_blocks
from presscan.proselines import (
    ends_opening,
    prose_before_a_number,
    prose_cuts_a_figure,
    prose_cuts_a_word,
    prose_runs_on,
)
from presscan.punctuation import HARD_BREAK

if TYPE_CHECKING:
    from mypy_extensions import i64

    from presscan.punctuation import Punctuation
    from presscan.script_fold import ScriptFold

# Characters that carry no content (zero-width spaces and joiners, soft hyphens,
# byte-order marks) count as white space: removed wherever they stand.
# White space as the regex module's \s reads it (Unicode's White_Space; re's \s also takes
# \x1c-\x1f), and characters that carry no content. re, not regex: its scan is twice as fast.
_WHITE_SPACE_CHARS: Final = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVISIBLE_CHARS: Final = "\u00ad\u180e\u200b-\u200d\u2060\ufeff"


def _expanded(chars: str) -> frozenset[str]:
    """The characters of the inside of a regex class written as characters and ranges (a-z)."""
    found: set[str] = set()
    index = 0
    while index < len(chars):
        if index + 2 < len(chars) and chars[index + 1] == "-":
            found.update(chr(code) for code in range(ord(chars[index]), ord(chars[index + 2]) + 1))
            index += 3
        else:
            found.add(chars[index])
            index += 1
    return frozenset(found)


# what white-space runs are made of: found by the scan that finds the characters to fold
_SPACE_MARKS: Final = _expanded(_WHITE_SPACE_CHARS + _INVISIBLE_CHARS)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]++")
_LINE_BREAK = regex.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


# ----- wrapped lines --------------------------------------------------------------------------------
# A line break inside a paragraph copied out of a PDF or a newspaper is where the
# line was full: it is layout, and the text joins across it (795⏎96万吨 is one
# figure). Any other line break was typed: it ends the line's sentence (a heading,
# a title, an item of a list) and is kept as one "\n" in the folded text. Which
# is which is read from the line lengths around the break, in display columns (a
# Chinese character is two, as on the page):
# - a line ending with a sentence end mark (。) was ended by hand;
# - so was a line that opens with a label and a colon when the next one does too (地区生产总值：…⏎
#   规模以上工业增加值：…), and a heading: a section number (二、, （三）) and no mark after it;
# - a line shorter than WRAP_COLUMNS_AT_LEAST was ended by hand (a list of short
#   items is not wrapped text, however alike its lines are);
# - any other line is wrapped when it is about as long as the lines around it: no
#   more than max(SLACK_COLUMNS, width // SLACK_SHARE) columns (more for the first line of a paragraph, which may
#   be indented) shorter than the upper quartile of the widths of the lines of
#   WRAP_COLUMNS_AT_LEAST or more among the _NEIGHBOURS lines on either side, and
#   not much longer than the longest of them not ended by a mark (a title over a
#   column of text was ended by hand; a paragraph's short last line says nothing
#   of the width). A quartile, not the longest line: one title or one
#   letter-spaced line among the neighbours does not move it; nor do the short
#   last lines of paragraphs, as a median would. With no such line around, a line
#   of WRAP_COLUMNS_AT_LEAST or more is taken as wrapped;
# - and the line after a wrapped line starts at the margin: not right of where the
#   wrapped line starts, nor far left of it (a paragraph's first line may be
#   indented, the lines of a centred title block are not wrapped into each other).
_NEIGHBOURS: Final = 5  # lines on each side a line is compared with
_INDENT_COLUMNS: Final = 4  # the first line of a paragraph may be indented, or have lost its indent in copying
_OVER_SHARE: Final = 4  # and a wrapped line is at most a quarter (or 2 * SLACK_COLUMNS) longer than its neighbours
_MARGIN_COLUMNS: Final = 4  # a continuation line may start this far right of the line before (stray spaces)
_UNWRAPPED_FACTOR: Final = 2  # a line this many times as long nearby shows a text that is not wrapped
_LINE_SCAN: Final = 10_000  # how far before and after a piece its neighbouring lines are read, at most
# a character class first (\r\n is one break): Python's re then skips to the next break in C
_LINE = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")
_LINE_BACK = regex.compile(r"(?r)\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _hard_breaks(text: str, start: int, end: int, punctuation: Punctuation) -> list[int]:
    """Where the lines that were not wrapped end in text[start:end] (offsets into the piece, in order); the lines
    around it count as neighbours (_NEIGHBOURS lines, _LINE_SCAN characters away): a piece decides as the text does."""
    closers = punctuation.closing_brackets | punctuation.quote_marks
    sentence_ends = punctuation.sentence_end
    colons = punctuation.colons
    stops = (punctuation.clause_end | sentence_ends) - colons
    joiners = punctuation.line_joiners
    wide_stops = frozenset(mark for mark in stops if not mark.isascii())  # 。 a line opens with: none
    never_ending = punctuation.never_ending  # （, “, 、: no paragraph ends with one
    marks = mark_table(closers, sentence_ends)
    # where the first line read starts: after the break _NEIGHBOURS + 1 lines back
    scan_from = max(0, start - _LINE_SCAN)
    back = start
    region = scan_from
    for _ in range(_NEIGHBOURS + 1):
        previous = _LINE_BACK.search(text, scan_from, back)
        if previous is None:
            region = scan_from
            break
        back, region = previous.start(), previous.end()
    # the lines read: line k ends (its break starts) at line_ends[k]
    lines = read_lines(text, region, _lines_after(text, end), end, _NEIGHBOURS, marks, colons, stops)
    line_ends, widths, ended = lines.ends, lines.widths, lines.ended
    labelled, indents, contents = lines.labelled, lines.indents, lines.contents
    hard: list[int] = []
    by_hand = [False] * len(widths)  # decided so far, line by line from the top
    # the first line of a paragraph comes after a blank line or a line ended by hand; the
    # text's first line is a title more often than the first line of a paragraph
    opens_paragraph = False
    for index in range(len(widths) - 1):
        if not widths[index]:
            opens_paragraph = True
            continue
        following = contents[index + 1]
        if not widths[index + 1]:  # blank lines (a page's furniture, blanked): the prose tests read past them
            ahead = index + 2
            while ahead < len(widths) and not widths[ahead]:
                ahead += 1
            following = contents[ahead] if ahead < len(widths) else ""
        by_hand[index] = (
            (
                (ended[index] and not sentence_at_edge(widths, indents, ended, index, _NEIGHBOURS))
                or (labelled[index] and labelled[index + 1])
                or (not ended[index] and numbered_heading(contents[index], stops))
                or not (
                    _hangs(widths, indents, index)
                    or (_wrapped(widths, ended, by_hand, index, opens_paragraph) and _continued(widths, indents, index))
                )
            )
            and not (
                around_a_number_line(contents, ended, by_hand, index)
                or (not ended[index] and prose_before_a_number(contents[index], following, stops))
                or (not ended[index] and prose_runs_on(contents[index], following, stops, joiners))
                or (not ended[index] and prose_cuts_a_figure(contents[index], following, stops))
                or (
                    not ended[index]
                    and not numbered_heading(contents[index], stops)
                    and prose_cuts_a_word(contents[index], following, stops, sentence_ends)
                )
                or ends_opening(contents[index], never_ending)
                # no line opens with a mark that ends a clause or a sentence: 占80.9%。2026年⏎，全省力争…
                or following[:1] in wide_stops
            )
        )
        if by_hand[index] and start <= line_ends[index] < end:
            hard.append(line_ends[index] - start)
        opens_paragraph = by_hand[index]
    return hard


def _lines_after(text: str, end: int) -> int:
    """Where the text _hard_breaks cuts into lines ends, for a piece that ends at `end`: at most
    _LINE_SCAN characters on, as before, but no further than the line _NEIGHBOURS + 3 breaks on
    (it reads _NEIGHBOURS + 1 of them; one more for a \\r\\n that `end` may fall inside, one to spare): the
    thousands of characters beyond are not cut into lines for each piece."""
    limit = min(len(text), end + _LINE_SCAN)
    at = end
    for _ in range(_NEIGHBOURS + 3):
        found = _LINE.search(text, at, limit)
        if found is None:
            return limit
        at = found.end()
    return at


def _wrapped(widths: list[int], ended: list[bool], by_hand: list[bool], index: int, opens_paragraph: bool) -> bool:
    """True when line `index` is about as long as the lines around it (see above). Native integers
    (mypy_extensions.i64), and the widths of its paragraph kept as the two longest, not sorted."""
    width: i64 = widths[index]
    if width < WRAP_COLUMNS_AT_LEAST:
        return False
    low: i64 = index - _NEIGHBOURS if index > _NEIGHBOURS else 0
    high: i64 = min(len(widths), index + _NEIGHBOURS + 1)
    longest_open: i64 = 0  # the longest line around not ended by a mark: a full line, or a heading
    widest: i64 = 0  # the longest line around, this one included
    other: i64 = low
    while other < high:
        each: i64 = widths[other]
        widest = each if each > widest else widest
        if other != index and each > longest_open and not ended[other]:
            longest_open = each
        other += 1
    if longest_open < WRAP_COLUMNS_AT_LEAST:
        longest_open = 0
    # the full lines of its paragraph in [low, high) (not ended by a mark, WRAP_COLUMNS_AT_LEAST or more): back to a
    # line ended by hand, on to one ended by a mark or a short one (a blank line, maybe a page break, does not end it)
    full: i64 = 0
    longest: i64 = 0
    second: i64 = 0  # the second longest (as long as the longest when two are)
    other = index - 1
    while other >= low and not (widths[other] and by_hand[other]):
        each = widths[other]
        if each >= WRAP_COLUMNS_AT_LEAST:
            full += 1
            longest, second = (each, longest) if each > longest else (longest, each if each > second else second)
        other -= 1
    other = index + 1
    while other < high and not ended[other] and not (widths[other] and widths[other] < WRAP_COLUMNS_AT_LEAST):
        each = widths[other]
        if each:
            full += 1
            longest, second = (each, longest) if each > longest else (longest, each if each > second else second)
        other += 1
    reference: i64 = 0
    if full:  # the longest, or the second longest of three or more (not one letter-spaced line or title)
        reference = second if full >= 3 else longest
    else:
        around = [
            widths[other] for other in range(low, high) if other != index and widths[other] >= WRAP_COLUMNS_AT_LEAST
        ]
        if not around:
            return True
        around.sort()
        reference = around[3 * len(around) // 4]
    slack: i64 = max(SLACK_COLUMNS, reference // SLACK_SHARE) + (_INDENT_COLUMNS if opens_paragraph else 0)
    if width < reference - slack:
        return False
    # a line around more than twice as long (a paragraph on one line, as web pages give it) says
    # the text is not wrapped at this width: a title or a heading over such text stands alone
    # (letter spacing makes a line at most about 1.5 times as wide)
    if widest > _UNWRAPPED_FACTOR * (width if width > reference else reference):
        return False
    return not longest_open or width <= longest_open + max(2 * SLACK_COLUMNS, longest_open // _OVER_SHARE)


def _continued(widths: list[int], indents: list[int], index: int) -> bool:
    """True when the next line starts where a wrapped line's continuation starts: at the margin,
    so not right of where line `index` starts (a centred title block) nor far left of it (a
    paragraph's first line may be indented)."""
    following = index + 1
    while following < len(widths) and not widths[following]:
        following += 1
    if following == len(widths):
        return True
    shift = indents[following] - indents[index]
    return -_INDENT_COLUMNS * 2 <= shift <= _MARGIN_COLUMNS


def _hangs(widths: list[int], indents: list[int], index: int) -> bool:
    """True when line `index` stands out to the left of an indented column of two lines or more
    after it and holds as much text as they do (新华社北京５月１１日电据… over a newspaper's column):
    a hanging first line, wrapped into the column (a title over the text is shorter or longer)."""
    following = index + 1
    if following + 1 >= len(widths) or indents[following + 1] != indents[following] or not widths[following + 1]:
        return False
    if indents[following] - indents[index] <= _MARGIN_COLUMNS:
        return False
    text_width = widths[following] - indents[following]
    own = widths[index] - indents[index]
    return own >= WRAP_COLUMNS_AT_LEAST and abs(text_width - own) <= max(SLACK_COLUMNS, text_width // SLACK_SHARE)


def normalise(
    original: str,
    start: int = 0,
    end: int | None = None,
    *,
    punctuation: Punctuation | None = None,
    traditional: ScriptFold | None = None,
) -> Normalised:
    """Fold original[start:end] for matching; see the module docstring for what is folded.

    Offsets in the result are into original[start:end]. The lines around that piece
    are read to tell wrapped lines from the others, so that a piece is folded as it
    would be in the whole text. `punctuation` and `traditional` (the characters read as
    simplified ones) default to the shipped pattern files'.
    The work is done by one scan for foldable characters and white-space runs
    (charfold.Folder.fold_marking), so the cost per character stays in C.
    """
    if end is None:
        end = len(original)
    if punctuation is None or traditional is None:
        from presscan.patternset import default_patterns

        shipped = default_patterns()
        punctuation = shipped.punctuation if punctuation is None else punctuation
        traditional = shipped.traditional if traditional is None else traditional
    piece = original[start:end] if start or end != len(original) else original
    # one character for one: offsets do not move; and the white-space runs, [start, end, ...]
    folded, runs = folder(traditional).fold_marking(piece, _SPACE_MARKS)
    hard = _hard_breaks(original, start, end, punctuation) if _LINE.search(piece) else []
    next_hard = 0  # the first of `hard` not passed yet
    pieces: list[str] = []
    starts = [0]
    origins = [0]
    length = 0  # of the folded text so far
    kept_from = 0
    spaced_line = [0, 0, 0]  # the line last tested for letter spacing: start, end, answer
    for index in range(0, len(runs), 2):
        run_start, run_end = runs[index], runs[index + 1]
        pieces.append(folded[kept_from:run_start])
        length += run_start - kept_from
        kept_from = run_end
        # the code points around the run (-1: none), not one-character strings made for each run
        before = ord(folded[run_start - 1]) if run_start else -1
        after = ord(folded[run_end]) if run_end < len(folded) else -1
        while next_hard < len(hard) and hard[next_hard] < run_start:
            next_hard += 1
        if (
            next_hard < len(hard)
            and hard[next_hard] < run_end
            and before >= 0
            and after >= 0
            and not (after in (_PERCENT, _PER_MILLE) and _DIGIT_0 <= before <= _DIGIT_9)
            and not cuts_a_number(folded, run_start, run_end)
        ):
            # a line that was not wrapped: its break stays, as one "\n"; not before the sign of
            # a percentage after its digits (12.5⏎%: no line opens with a percent sign), nor
            # between a decimal point and a digit (5.⏎6%, 5⏎.6%), nor inside a number (桩8⏎90台)
            pieces.append(HARD_BREAK)
            starts.append(length)
            origins.append(hard[next_hard])
            length += 1
        elif _keeps_a_space(folded, run_start, run_end, before, after, spaced_line, punctuation):
            pieces.append(" ")
            starts.append(length)
            origins.append(run_start)
            length += 1
        starts.append(length)
        origins.append(run_end)
    pieces.append(folded[kept_from:])
    text = "".join(pieces)
    return Normalised(text, starts, origins, len(piece), piece_blocks(starts, len(text)))


def _keeps_a_space(
    folded: str,
    run_start: int,
    run_end: int,
    before: int,
    after: int,
    spaced_line: list[int],
    punctuation: Punctuation,
) -> bool:
    """Whether a white-space run (within a line, or across a wrapped line's break) folds to one space;
    `before` and `after` are the code points around it (-1: none).

    Only between two ASCII words or numbers on the same line ("10 20" stays two
    numbers; a number wrapped across lines joins), and after an ASCII mark before
    an ASCII word, so that English sentences keep their ends (end. The).
    """
    if not (_ascii_alnum(after) and 0 <= before < 128):
        return False
    if not _ascii_alnum(before):
        mark = chr(before)
        return not _DIGIT_0 <= after <= _DIGIT_9 and (
            mark in punctuation.sentence_end or mark in punctuation.clause_end
        )
    both_digits = _DIGIT_0 <= before <= _DIGIT_9 and _DIGIT_0 <= after <= _DIGIT_9
    run = folded[run_start:run_end]
    if both_digits and _LINE_BREAK.search(run):
        return False  # a number wrapped across lines
    if _INVISIBLE.fullmatch(run) is not None:
        return False  # a run of invisible characters alone (795\u200b96) separates nothing
    if both_digits and thousands_space(folded, run_start, run_end):
        return False  # 6 842亿元: a space that groups thousands
    # in a letter-spaced line (共 建 成 8 9 0 台) a space between digits is layout too
    return not (both_digits and spaced_out(folded, run_start, run_end, spaced_line))


_PERCENT: Final = ord(PERCENT_SIGNS[0])  # the signs no line opens with: %
_PER_MILLE: Final = ord(PERCENT_SIGNS[1])  # ‰
_DIGIT_0: Final = ord("0")
_DIGIT_9: Final = ord("9")
_LOWER_A: Final = ord("a")
_LOWER_Z: Final = ord("z")


def _ascii_alnum(code: int) -> bool:
    """An ASCII letter or digit (str.isalnum of an ASCII character)."""
    return _DIGIT_0 <= code <= _DIGIT_9 or _LOWER_A <= code | 0x20 <= _LOWER_Z  # A-Z as a-z
