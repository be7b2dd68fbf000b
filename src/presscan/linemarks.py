"""What a line's marks say about the break after it: whether a sentence end mark ends the line
(it was ended by hand, not wrapped), whether the line opens with a label and a colon (an item
of a labelled list), whether the break falls inside a sentence around a number on a line of
its own or inside a number, and whether a space between digits is layout (a line or a number
spaced out letter by letter); and a line's width and indent, in display columns. normalise.py
reads lines with these tests.
"""

from __future__ import annotations

from typing import Final

import regex

from presscan.charfold import fold_width, folding_to

_LABEL_CHARACTERS: Final = 16  # a label before a colon that opens a line is at most this long
WRAP_COLUMNS_AT_LEAST: Final = 20  # ten Chinese characters: narrower columns are lists, not wrapped text
SLACK_COLUMNS: Final = 4  # a wrapped line may end this much short of its neighbours (a wide mark that did not fit) ...
SLACK_SHARE: Final = 8  # ... or an eighth of their width, if more (proportional fonts, justified lines)


def sentence_at_edge(widths: list[int], indents: list[int], ended: list[bool], index: int, neighbours: int) -> bool:
    """True when line `index`, ended by a sentence mark, is as wide as two or more lines around it
    (within `neighbours` lines) that are not ended by a mark, so wrapped, and the next line starts
    at the margin and is as wide or ends a sentence too: a sentence that ends at the column's edge
    does not end its paragraph (…偏多 17.5%；⏎地下水…), in a copy whose paragraphs open indented or
    not (…其中高铁营业里程4.8万公里。⏎全国铁路路网密度…: a paragraph that ends as wide as the lines it
    wraps, its last line full, is rarer than a sentence that ends at the edge)."""
    following = index + 1
    width = widths[index]
    if indents[following] or width < WRAP_COLUMNS_AT_LEAST:
        return False
    if not ended[following] and widths[following] < WRAP_COLUMNS_AT_LEAST:
        return False
    slack = max(SLACK_COLUMNS, width // SLACK_SHARE)
    alike = 0
    for other in range(max(0, index - neighbours), min(len(widths), index + neighbours + 1)):
        if other != index and not ended[other] and abs(widths[other] - width) <= slack:
            alike += 1
    return alike >= 2


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def columns(content: str) -> int:
    """Display width of a line without its trailing white space (`content`): two columns for
    a character that is not ASCII (Chinese characters and full-width forms), four for a tab."""
    return 2 * len(content) - len(content.encode("ascii", "ignore")) + 3 * content.count("\t")


def indent(content: str) -> int:
    """Display width of the white space a line starts with."""
    lead = len(content) - len(content.lstrip())
    if not lead:
        return 0  # most lines: no counting
    return lead + content.count("\u3000", 0, lead) + 3 * content.count("\t", 0, lead)


# the bits of mark_table: a closing quote or bracket, a sentence end mark
CLOSER: Final = 1
SENTENCE_END: Final = 2


def mark_table(closers: frozenset[str], sentence_ends: frozenset[str]) -> bytes:
    """_mark_table(closers, sentence_ends), made once for each pair of sets."""
    key = (closers, sentence_ends)
    table = _MARK_TABLES.get(key)
    if table is None:
        table = _MARK_TABLES[key] = _mark_table(closers, sentence_ends)
    return table


_MARK_TABLES: Final[dict[tuple[frozenset[str], frozenset[str]], bytes]] = {}


def _mark_table(closers: frozenset[str], sentence_ends: frozenset[str]) -> bytes:
    """A byte per code point up to the largest mark of one character among `closers` and
    `sentence_ends`: CLOSER and SENTENCE_END set for the marks of each. A line's last characters
    are looked up by code point: a character tested in a set of strings is a new string, hashed
    (a Chinese one is not cached), for every line. Marks of more characters are left out: no
    one character is one of them."""
    codes = [ord(mark) for mark in (*closers, *sentence_ends) if len(mark) == 1]
    table = bytearray(max(codes) + 1 if codes else 0)
    for mark in closers:
        if len(mark) == 1:
            table[ord(mark)] |= CLOSER
    for mark in sentence_ends:
        if len(mark) == 1:
            table[ord(mark)] |= SENTENCE_END
    return bytes(table)


def _marked(table: bytes, code: int, bit: int) -> bool:
    return code < len(table) and table[code] & bit != 0


def ended_by_mark(content: str, marks: bytes) -> bool:
    """True when a line (`content`, without trailing white space) ends with a sentence end mark
    (and the closing quotes or brackets after it; `marks` is their mark_table). An ASCII mark
    right after an ASCII letter or digit (or a full-width one, or one and spaces) may be a
    decimal point or an abbreviation broken across the line (95.⏎65%): it does not count."""
    end = len(content)
    while end and _marked(marks, ord(content[end - 1]), CLOSER):
        end -= 1
    if not end:
        return False
    code = ord(content[end - 1])
    if not _marked(marks, code, SENTENCE_END):
        return False
    if code >= 128:
        return True
    before = content[: end - 1].rstrip()[-1:]  # spaces copied into a number count for nothing (100 .⏎01)
    return not (before and _is_ascii_alnum(fold_width(before)))


def marks_in(text: str, start: int, end: int, marks: frozenset[str]) -> list[int]:
    """Where the `marks` stand in text[start:end], in order (str.find, in C)."""
    found: list[int] = []
    for mark in marks:
        at = text.find(mark, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, end)
    found.sort()
    return found


def opens_with_label(content: str, colons: frozenset[str], stops: frozenset[str]) -> bool:
    """True when a line opens with a short label and a colon (地区生产总值：4862.3亿元), no other
    mark of a clause or sentence before it."""
    for mark in colons:
        if mark in content:
            break
    else:
        return False  # most lines have no colon at all: told without cutting out their head
    head = content.lstrip()[: _LABEL_CHARACTERS + 1]
    colon = -1  # the first colon after the first character: str.find, in C (most lines have none)
    for mark in colons:
        at = head.find(mark, 1)
        if at > 0 and (colon < 0 or at < colon):
            colon = at
    if colon < 0:
        return False
    for position in range(1, colon):
        if head[position] in stops:
            return False
    return colon > 1 and not head[colon - 1].isdigit()  # 10:30 is a time


_SECTION_NUMERALS: Final = frozenset("一二三四五六七八九十")
# a byte per code point up to 十's: 1 for the characters a numbered heading may open with (the
# numerals and the full-width opening bracket), so that most lines are told by one look-up
_SECTION_OPENINGS: Final = bytes(
    1 if chr(code) in _SECTION_NUMERALS or chr(code) == "（" else 0
    for code in range(max(map(ord, "一二三四五六七八九十（")) + 1)
)


def numbered_heading(content: str, stops: frozenset[str]) -> bool:
    """True when a line opens with a section number in Chinese numerals (二、, （三）) and holds no
    mark of a clause or sentence after it: a heading, ended by hand however long it is
    (二、2026年主要工作目标), never the first line of a wrapped paragraph, which has its marks."""
    if not content:
        return False
    first = 0  # after the indent (not cut off: a copy of the line for nothing, most lines)
    code = ord(content[0])
    while code == 0x20 or code == 0x3000 or code == 0x09:
        first += 1
        if first == len(content):
            return False
        code = ord(content[first])
    if code >= len(_SECTION_OPENINGS) or not _SECTION_OPENINGS[code]:
        return False  # most lines: told by the code point of their first character
    bracketed = code == 0xFF08  # （
    numbers = first + (1 if bracketed else 0)
    at = numbers
    while at < len(content) and content[at] in _SECTION_NUMERALS:
        at += 1
    if at == numbers or at + 1 >= len(content) or content[at] != ("）" if bracketed else "、"):
        return False
    return not holds_a_mark(content, at + 1, len(content), stops, False)


_PAGE_NUMBER_DIGITS: Final = 3  # a bare integer this short on a line of its own may be a page number


def is_number_fragment(content: str) -> bool:
    """True when a line (`content`, without trailing white space) holds a number and nothing else,
    as copying from a PDF leaves one that was set in a font of its own (全年粮食产量⏎1234.5⏎万吨):
    digits with at most one decimal point, a percent sign and marks after them. A bare integer of up to
    three digits is not one: it may be a page number."""
    body = content.strip()
    if not body or body[0] not in _NUMBER_OPENINGS:
        return False  # most lines: told without folding the line (a regex substitution)
    body = fold_width(body)
    while body and not body[-1].isalnum() and body[-1] not in PERCENT_SIGNS:
        body = body[:-1]  # the mark after it (5.2%。)
    if body[-1:] in PERCENT_SIGNS:
        body = body[:-1]
        signed = True
    else:
        signed = False
    digits = body.replace(".", "", 1)
    if not digits or not digits.isascii() or not digits.isdigit():
        return False
    return signed or len(digits) != len(body) or len(digits) > _PAGE_NUMBER_DIGITS


def opens_with_digit(content: str) -> bool:
    """True when a line's first character that is not white space is a digit (ASCII or full-width):
    one that fold_width writes as an ASCII digit (a set lookup, not a fold of the character)."""
    return content.lstrip()[:1] in _DIGIT_OPENINGS


PERCENT_SIGNS: Final = "%‰"  # after its digits, a sign no line opens with (normalise reads it too)
# what a number fragment's first character is: one that folds to a digit or a decimal point (the
# number's digits with at most one point are all that stands before its percent sign and marks)
_NUMBER_OPENINGS: Final = folding_to("0123456789.")
_DIGIT_OPENINGS: Final = folding_to("0123456789")


def around_a_number_line(contents: list[str], ended: list[bool], by_hand: list[bool], index: int) -> bool:
    """True when the break after line `index` falls inside a sentence around a line that is a
    number and nothing else (is_number_fragment): a line not ended by a mark, nor by a
    digit, before it (全年粮食产量⏎1234.5); or such a line, joined to the line before, before a
    line that does not open with a digit (1234.5⏎万吨，比上年增长). Two numbers on lines of their
    own (the cells of a table, one a line) stay apart."""
    this, following = contents[index], contents[index + 1]
    if ended[index] or not this or not following:
        return False
    if not this[-1].isdigit() and is_number_fragment(following):
        return True
    return (
        index > 0
        and bool(contents[index - 1])
        and not by_hand[index - 1]
        and is_number_fragment(this)
        and not opens_with_digit(following)
    )


def holds_a_mark(line: str, start: int, end: int, marks: frozenset[str], wide: bool) -> bool:
    """True when line[start:end] holds one of the `marks` of one character (not ASCII if `wide`):
    str.find for each mark, in C, not a set lookup of a string made for each character."""
    return any(len(mark) == 1 and (not wide or ord(mark) >= 128) and line.find(mark, start, end) >= 0 for mark in marks)


# the spaces that group a number's thousands (6 842亿元; SI style, as some releases and tables write)
_THOUSANDS_SPACES: Final = frozenset(" \u00a0\u2009\u202f")


def thousands_space(folded: str, run_start: int, run_end: int) -> bool:
    """True when the white space folded[run_start:run_end], one space between digits, groups a
    number's thousands: exactly three digits after it (then no digit, or another such space and
    group), and before it one to three digits after no other digit or decimal point, or three after
    another such space (6 842亿元, 1 234 567; not 10 20, two numbers)."""
    if run_end - run_start != 1 or folded[run_start] not in _THOUSANDS_SPACES:
        return False
    return _group_after(folded, run_end) and _group_before(folded, run_start)


def _group_after(folded: str, start: int) -> bool:
    end = start
    while end < len(folded) and "0" <= folded[end] <= "9":
        end += 1
    if end - start != 3:
        return False
    if end + 1 < len(folded) and folded[end] in _THOUSANDS_SPACES and "0" <= folded[end + 1] <= "9":
        return _group_after(folded, end + 1)  # 1 234 567: the next group
    return True


def _group_before(folded: str, end: int) -> bool:
    start = end
    while start > 0 and "0" <= folded[start - 1] <= "9":
        start -= 1
    digits = end - start
    if start > 1 and folded[start - 1] in _THOUSANDS_SPACES and "0" <= folded[start - 2] <= "9":
        return digits == 3 and _group_before(folded, start - 1)
    return 1 <= digits <= 3 and not (start > 0 and folded[start - 1] in ".,")


def cuts_a_number(folded: str, run_start: int, run_end: int) -> bool:
    """True when a line break folded[run_start:run_end] stands inside a number: no line's end."""
    return splits_a_decimal(folded, run_start, run_end) or splits_a_number(folded, run_start, run_end)


def splits_a_decimal(folded: str, run_start: int, run_end: int) -> bool:
    """True when the white space folded[run_start:run_end] stands between a number's decimal
    point and a digit on either side of it (digits and points are folded to ASCII by then)."""
    if run_start < 2 or run_end + 1 > len(folded):
        return False
    before, after = ord(folded[run_start - 1]), ord(folded[run_end])  # code points: no string made
    if before == _POINT and _DIGIT_0 <= after <= _DIGIT_9:
        return "0" <= folded[run_start - 2] <= "9"
    if after == _POINT and _DIGIT_0 <= before <= _DIGIT_9 and run_end + 1 < len(folded):
        return "0" <= folded[run_end + 1] <= "9"
    return False


_POINT: Final = ord(".")
_DIGIT_0: Final = ord("0")
_DIGIT_9: Final = ord("9")


def splits_a_number(folded: str, run_start: int, run_end: int) -> bool:
    """True when the white space folded[run_start:run_end] (a line break) cuts a number of a
    sentence in two: digits right after a Chinese character or a mark of a list or a clause end the
    line before (充电桩8, 3417例、32), and
    the digits that open the next line run on into a unit or a word (90台), not into a list
    mark or the end of their line. A line of digits alone (a table cell, a page number) and a
    list item's number (2. 工业, 2、) stay apart."""
    if run_start < 2 or run_end >= len(folded):
        return False
    if not (_DIGIT_0 <= ord(folded[run_start - 1]) <= _DIGIT_9 and _DIGIT_0 <= ord(folded[run_end]) <= _DIGIT_9):
        return False
    back = run_start - 1
    while back > 0 and ("0" <= folded[back - 1] <= "9" or folded[back - 1] in ".,"):
        back -= 1  # (1,2⏎34.5亿元: a thousands separator inside the number)
    if back == 0 or not (is_han(folded[back - 1]) or folded[back - 1] in _MARKS_BEFORE_A_NUMBER):
        return False
    if folded[back - 1] in _COLONS and back >= 2 and "0" <= folded[back - 2] <= "9":
        return False  # a time of day (发布时间：2026-01-15 10:30⏎1月15日…) ends its line
    ahead = run_end
    while ahead < len(folded) and ("0" <= folded[ahead] <= "9" or folded[ahead] == "."):
        ahead += 1
    if ahead >= len(folded) or folded[ahead - 1] == ".":
        return False  # 2. 工业: a list item's number
    return is_han(folded[ahead]) or folded[ahead] == "%"


# what stands before a number of a sentence besides a word: a list of figures (3417例、32⏎09例)
_MARKS_BEFORE_A_NUMBER: Final = "、，：,:"
_COLONS: Final = "：:"


def is_han(char: str) -> bool:
    """A CJK unified ideograph (the basic block and extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def spaced_digits(folded: str, run_start: int, run_end: int) -> bool:
    """True when the white space folded[run_start:run_end] stands in a run of three or more single
    digits set one space apart (收入5 2 3 6 8元): one number spaced out, as copies of PDF pages
    give it, not numbers apart (10 20, 2 3)."""
    if run_end - run_start != 1:
        return False
    count = 0
    at = run_start - 1
    while count < 3 and _single_digit(folded, at):  # three are enough: a long run costs no more
        count += 1
        if at < 2 or not folded[at - 1].isspace() or not _single_digit(folded, at - 2):
            break
        at -= 2
    at = run_end
    while count < 3 and _single_digit(folded, at):
        count += 1
        if at + 2 >= len(folded) or not folded[at + 1].isspace() or not _single_digit(folded, at + 2):
            break
        at += 2
    return count >= 3


def _single_digit(text: str, at: int) -> bool:
    """An ASCII digit at `at` with no digit right before or after it."""
    if not (0 <= at < len(text) and "0" <= text[at] <= "9"):
        return False
    return not (at > 0 and "0" <= text[at - 1] <= "9") and not (at + 1 < len(text) and "0" <= text[at + 1] <= "9")


_SPACED_LINE = regex.compile(r"(?:\S[ \u3000])++\S?+")
_CJK = regex.compile(r"\p{Han}")
_SPACED_LINE_HAN: Final = 4  # Chinese characters a letter-spaced line must have: "1 2 3" alone is a list


def letter_spaced(text: str, position: int, last: list[int]) -> bool:
    """True when the line around `position` has one space after every character (a spaced-out heading).

    `last` caches [line start, line end, answer] of the line asked about last:
    runs come in order, so each line is found and tested once.
    """
    if not last[0] <= position < last[1]:
        line_start = max(text.rfind("\n", 0, position), text.rfind("\r", 0, position)) + 1
        line_end = len(text)
        for mark in ("\n", "\r"):
            found = text.find(mark, position)
            if found != -1:
                line_end = min(line_end, found)
        line = text[line_start:line_end].strip(" \u3000")
        spaced = _SPACED_LINE.fullmatch(line) is not None and len(_CJK.findall(line)) >= _SPACED_LINE_HAN
        last[:] = [line_start, line_end, int(spaced)]
    return bool(last[2])


def spaced_out(text: str, run_start: int, run_end: int, last: list[int]) -> bool:
    """True when the space text[run_start:run_end] between two digits is layout: its line is
    spaced out letter by letter (see letter_spaced), or its number is (see spaced_digits)."""
    return letter_spaced(text, run_start, last) or spaced_digits(text, run_start, run_end)
