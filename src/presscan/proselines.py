"""Whether a line of prose (a full-width mark inside it, which a title, a heading or a table row
has not) runs on into the next line though its lengths say it ends a paragraph: it ends with a word
that needs what follows, with a number cut from its unit, with a word cut in two, or with a
sentence no paragraph ends with. normalise._hard_breaks asks these after the line lengths.
"""

from __future__ import annotations

from typing import Final

from presscan.linemarks import holds_a_mark, is_han, opens_with_digit
from presscan.matchwords import code_table_of, has_code

# a figure cut before its unit ends its line with the number and at most this much of the unit
_UNIT_CUT_AT_MOST: Final = 2


def prose_before_a_number(this: str, following: str, stops: frozenset[str]) -> bool:
    """True when a line of prose (a mark of a clause or a sentence inside it, which a title or a
    heading has not) ends with a word, not a mark or a digit, and the next line opens with a
    digit: the sentence runs on into its figure (…；农村居民人均可支配收入⏎31256元，增长6.6%)."""
    last = this[-1:]
    if not last or not last.isalpha() or last.isascii() or not opens_with_digit(following):
        return False
    return holds_a_mark(this, 0, len(this) - 1, stops, False)


def prose_runs_on(this: str, following: str, stops: frozenset[str], joiners: frozenset[str]) -> bool:
    """True when a line of prose (a mark inside it) ends with a word that needs what follows
    (与, 的: `line_joiners`) and the next line goes on with a word: …0.08/10万。与⏎去年同期相比."""
    if not this or this[-1] not in joiners or not following or not following[0].isalpha() or following[0].isascii():
        return False
    return _wide_stop_in(this, len(this) - 1, stops)


def prose_cuts_a_word(this: str, following: str, stops: frozenset[str], ends: frozenset[str]) -> bool:
    """True when a line of prose (a full-width mark inside it) ends with a Han character and either a sentence
    opened after a full stop inside it runs on (…同比增长6.8%。全省以乡⏎为单位…: no paragraph ends so), or
    the next line ends its first clause or reaches a number within _UNIT_CUT_AT_MOST Han characters (…出生
    人口减少影⏎响；…, …下发整改通知⏎书47份)."""
    if not this or not is_han(this[-1]) or not _wide_stop_in(this, len(this) - 1, stops):
        return False
    if holds_a_mark(this, 0, len(this) - 1, ends, True):
        return True
    cut = 0
    while cut < len(following) and cut <= _UNIT_CUT_AT_MOST and is_han(following[cut]):
        cut += 1
    after = following[cut : cut + 1]
    return 0 < cut <= _UNIT_CUT_AT_MOST and (after in stops or (after.isascii() and after.isdigit()))


def ends_opening(this: str, openers: frozenset[str]) -> bool:
    """True when a line ends with an opening bracket or quote or a list mark, which no paragraph ends with:
    全省生猪养殖场（⏎户）, 分别增长3.4%、⏎2.9%和4.7%."""
    return bool(this) and has_code(code_table_of(openers), this, -1)  # by code point: no string made


def _wide_stop_in(line: str, end: int, stops: frozenset[str]) -> bool:
    """True when line[:end] holds a full-width mark of a clause or a sentence (，。；): prose, not a
    table row, whose decimal points are ASCII stops too (粮食1456.2万吨)."""
    return holds_a_mark(line, 0, end, stops, True)


def prose_cuts_a_figure(this: str, following: str, stops: frozenset[str]) -> bool:
    """True when a line of prose (a mark inside it, or a character or two into the next line) ends
    with a number, or a number and a character or two of its unit, and the next line goes on with a word: the figure runs on into its unit
    (…乡村旅游收入6.9⏎亿元, …接待游客286.5万人⏎次)."""
    if not following or not is_han(following[0]):
        return False
    end = len(this)
    cut = end
    while cut > 0 and end - cut <= _UNIT_CUT_AT_MOST and is_han(this[cut - 1]):
        cut -= 1
    if end - cut > _UNIT_CUT_AT_MOST or cut == 0 or not this[cut - 1].isdigit():
        return False
    # prose: a mark inside the line, or one a character or two into the next (…286.5万人⏎次，其中…)
    return _wide_stop_in(this, cut - 1, stops) or _wide_stop_in(following, _UNIT_CUT_AT_MOST + 1, stops)
