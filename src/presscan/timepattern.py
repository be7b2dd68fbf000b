"""Building the time-expression pattern of periods.PeriodFinder from the word lists: word lists
as trees of their characters, and the gate that lets the pattern run only where a time
expression can start. Runs once per pattern set (not compiled: see tools/compile_hook.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from presscan.timegate import BACKTRACKING, FREE, POSSESSIVE, GateTable

if TYPE_CHECKING:
    from presscan.patternset import PatternSet

ASCII_DIGITS: Final = "0123456789"


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """Any of `words`, the longest that matches first; no words is a pattern that never matches.

    Written as a tree of their characters (截至|截止到|截止 as 截(?:至|止(?:到|))), not as a list
    longest first: re tries the words of a list one after the other at every position where the
    pattern may start, and the branches of a tree only where their first character stands. The
    words that match at a position are prefixes of one another, and the tree tries the longer
    before the shorter, as the list did: what matches, and what is tried on backtracking, is the same."""
    if not words:
        return "(?!)"
    return _tree(set(words))


def _tree(words: set[str]) -> str:
    """A pattern of `words` (which may hold ""), longer words first: a branch per first character
    (only one of them can match), then the empty word, if it is one."""
    rests: dict[str, set[str]] = {}
    for word in words:
        if word:
            rests.setdefault(word[0], set()).add(word[1:])
    branches = [re.escape(first) + _tree(rest) for first, rest in sorted(rests.items())]
    if "" in words:
        if not branches:
            return ""
        branches.append("")
    elif len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_YEAR: Final = r"(?:19|20)[0-9]{2}"


def time_pattern(patterns: PatternSet) -> tuple[str, Openings]:
    """The time-expression pattern of periods.PeriodFinder (its groups are what PeriodFinder._read
    reads), and what a time can open with, for its gate."""
    p = patterns.attribution.period
    # quotes around a plan's name: “十四五”
    opening_quotes = "".join(sorted(patterns.punctuation.quotes))
    closing_quotes = "".join(sorted(set(patterns.punctuation.quotes.values())))
    numeral_chars = "".join(sorted({*patterns.digits, *(c for c, v in patterns.places.items() if v == 10)}))
    number = f"(?:[0-9]{{1,2}}|[{re.escape(numeral_chars)}]{{1,3}})" if numeral_chars else "[0-9]{1,2}"
    separator = alternation(list(patterns.range_separators))
    prefix = f"(?P<prefix>{alternation(p.year_prefixes)})?"
    suffixes = alternation(p.year_suffixes)
    month_suffix = f"(?:{alternation(p.month_suffixes)})?"
    not_before = f"(?!{alternation(p.not_before)})" if p.not_before else ""

    hour = f"(?:{number}时)?"  # 10月1日0时至10月31日24时, as epidemic and weather reports bound their months

    def months(name: str) -> str:
        # 3月, 1—11月, 3月份, 2月底, 5月11日, 1月1日至12月31日; re wants each group name once, hence `name`
        return (
            f"(?P<{name}1>{number})(?:(?:月(?:{number}日{hour})?)?(?:{separator})(?P<{name}2>{number})(?=月))?+月{month_suffix}"
            f"(?:(?:{number})日{hour})?+{not_before}"
        )

    first_months = ""
    if p.first_months and p.month_count:
        # 前两个月, 前11个月, 首九个月: the months 1 to N
        first_months = f"(?:{alternation(p.first_months)})(?P<count>{number})(?:{alternation(p.month_count)})"
    sub = f"(?P<sub>{alternation([*p.months, *p.within_year])}" + (f"|{first_months}" if first_months else "") + ")"
    # a year in Arabic digits (2025年) or written digit by digit (二〇二五年, 一九九八年)
    digit_chars = "".join(sorted(c for c in patterns.digits))
    written_year = f"[{re.escape(digit_chars)}]{{4}}" if digit_chars else "(?!)"
    kind = f"(?:{alternation(p.year_kinds)})?" if p.year_kinds else ""  # 2024—2025[学]年
    # a season named after its years, with no 年 between: 2025—2026[雪季], 2024—2025[流行季]
    season = f"|(?=(?:{alternation(p.year_seasons)}))" if p.year_seasons else ""
    year = f"(?P<y1>{_YEAR}|{written_year})(?:年?(?:{separator})(?P<y2>{_YEAR}|{written_year}))?(?:{kind}年{season})"
    relative = f"(?P<rel>{alternation(list(p.relative_years))})"
    decade = ""
    if p.decade_word:
        century = f"(?P<century>{alternation(list(p.centuries))})?"
        decade = f"|{century}(?P<decade>[1-9]0|[{re.escape(numeral_chars)}]十){re.escape(p.decade_word)}(?:{suffixes})?"
    # a plan's name alone is also a number (十五): quoted, or with a suffix (十四五时期)
    plan_names = alternation(list(p.plans))
    plan_suffix = alternation(p.plan_suffixes)
    plan = (
        f"(?:[{re.escape(opening_quotes)}](?P<plan>{plan_names})[{re.escape(closing_quotes)}]|(?P<bare_plan>{plan_names})(?=(?:{plan_suffix})))"
        f"(?:{plan_suffix})?"
    )
    lead = f"|{first_months.replace('?P<count>', '?P<lead_count>')}" if first_months else ""
    # a class of a year (2026届), the year in digits before a cohort word
    cohort = f"|(?P<cohort>{_YEAR})(?:{alternation(p.cohort_words)})" if p.cohort_words else ""
    body = (
        f"{prefix}(?:"
        f"(?:{year}|{relative})(?:{months('ym')}|{sub})?(?P<suffix>{suffixes})?"
        f"{decade}"
        f"|(?P<span>{alternation(list(p.spans))})"
        f"{cohort}"
        f"|(?P<word>{alternation(p.words)})"
        f"|{plan}"
        f"|{months('m')}(?:{suffixes})?"
        f"|(?P<weekday>{alternation(p.weekdays)})"
        f"{lead}"
        ")"
    )
    # what may follow a year or a month in digits: 2025年, 3月, 2024—2025年, 3至5月, 70年代
    after = {
        "年",
        "月",
        *(
            word[0]
            for word in [*patterns.range_separators, p.decade_word, *p.cohort_words, *p.year_kinds, *p.year_seasons]
            if word
        ),
    }
    openings = Openings(
        words=[*p.relative_years, *p.spans, *p.words, *p.centuries, *p.weekdays],
        leads=[*p.year_prefixes, *(p.first_months if first_months else [])],
        numerals=set(numeral_chars),
        quotes=set(opening_quotes),
        quoted={name[0] for name in p.plans if name},
        suffixed=list(p.plans),
        suffix_firsts={suffix[0] for suffix in p.plan_suffixes if suffix},
        after_digits=after,
        after_numerals=after,
        digits_free=any(char in ASCII_DIGITS for char in "".join(patterns.range_separators)),
    )
    return body, openings


class Openings:
    """What a time expression can open with, for `gate`: `words` it may open with, whatever follows
    (今年, 一季度, 上世纪); `leads`, words another time expression follows (截至, 前 of 前两个月);
    `numerals`, the characters of numbers written in words (一, 十, 〇); `quotes`, the opening
    quotes, and `quoted`, the first characters of what a quote may open (“十四五”); `suffixed`,
    words a suffix must follow (a plan's name alone: 十四五时期), and `suffix_firsts`, the first
    characters of those suffixes; `after_digits` and `after_numerals`, what may follow a run of
    Arabic digits or of numerals that opens a time (年, 月, a range separator); `digits_free`:
    digits may open anything (a list gives a numeral in Arabic digits), and are not gated."""

    def __init__(
        self,
        words: list[str],
        leads: list[str],
        numerals: set[str],
        quotes: set[str],
        quoted: set[str],
        suffixed: list[str],
        suffix_firsts: set[str],
        after_digits: set[str],
        after_numerals: set[str],
        digits_free: bool,
    ) -> None:
        self.words = [word for word in words if word]
        self.leads = [word for word in leads if word]
        self.numerals = numerals - set(ASCII_DIGITS)
        self.quotes = quotes
        self.quoted = quoted
        self.suffixed = [word for word in suffixed if word]
        self.suffix_firsts = suffix_firsts
        self.after_digits = set(after_digits)
        self.after_numerals = set(after_numerals)
        self.digits_free = digits_free or bool(numerals & set(ASCII_DIGITS))


def gate(openings: Openings) -> tuple[str, str, GateTable]:
    """The class of the characters a time expression can open with, and a lookahead that every
    time expression passes at its first character: an Arabic digit in a run of up to four (more if
    a word says so) followed by one of `after_digits` (2025年, 3月, 70年代); numerals in a run of
    up to four followed by one of `after_numerals` (二〇二五年, 十二月, 七十年代, 十四五时期); a
    quote before what it may open; a whole word of `words` (今年, 上半年); a word of `leads`
    followed by a character a time opens with (截至2025年). The pattern after it is tried at a
    few positions instead of at every character a time expression may start with: the digits of
    every number, the numerals of 一些 and 第一, the quotes of names, the prefixes (到, 从) of
    any noun. Each of the first three branches opens with a class, which re tests before it
    tries the branch; the words are tried only after one class test of their first characters."""
    o = openings
    after_digits, after_numerals = set(o.after_digits), set(o.after_numerals)
    digits_free = o.digits_free
    numerals_free = False
    run_most, numeral_most = 4, 4
    numeral_chars = "".join(o.numerals)
    tree: dict[str, list[str]] = {}  # words and leads by their first character; a lead's rest ends in "\0"
    for word, led in [*((word, False) for word in [*o.words, *o.suffixed]), *((word, True) for word in o.leads)]:
        suffixed = not led and word in o.suffixed and word not in o.words
        if word[0] in ASCII_DIGITS:
            run = len(word) - len(word.lstrip(ASCII_DIGITS))
            if run == len(word):
                digits_free = True  # digits alone: anything may follow them
            else:
                run_most = max(run_most, run)
                after_digits.add(word[run])
        elif word[0] in o.numerals:
            run = len(word) - len(word.lstrip(numeral_chars))
            numeral_most = max(numeral_most, run)
            if run < len(word):
                after_numerals.add(word[run])
            elif suffixed:
                after_numerals.update(o.suffix_firsts)  # 十四五 alone is followed by 时期
            else:
                numerals_free = True  # numerals alone: anything may follow them
        else:
            tree.setdefault(word[0], []).append(word[1:] + ("\0" if led else ""))
    firsts = {*tree, *ASCII_DIGITS, *o.numerals, *o.quotes}
    firsts_class = f"[{_chars(firsts)}]"
    branches: list[str] = []
    # a run possessive (taken whole, never given back) where what follows it cannot be one of its
    # characters: the run can then only be followed by it at its end, and a run that is not is
    # dropped at once, not tried again one character shorter at a time (every digit of every
    # number is tried)
    # each branch as the table tells it (timegate.GateTable): how a run passes
    digit_mode, numeral_mode = POSSESSIVE, POSSESSIVE
    if digits_free:
        digit_mode = FREE
        branches.append("[0-9]")
    elif after_digits & set(ASCII_DIGITS):
        digit_mode = BACKTRACKING
        branches.append(f"[0-9][0-9]{{0,{run_most - 1}}}[{_chars(after_digits)}]")
    else:
        branches.append(f"[0-9]{{1,{run_most}}}+[{_chars(after_digits)}]")
    if o.numerals:
        if numerals_free:
            numeral_mode = FREE
            branches.append(f"[{_chars(o.numerals)}]")
        elif after_numerals & o.numerals:
            numeral_mode = BACKTRACKING
            branches.append(f"[{_chars(o.numerals)}]{{1,{numeral_most}}}[{_chars(after_numerals)}]")
        else:
            branches.append(f"[{_chars(o.numerals)}]{{1,{numeral_most}}}+[{_chars(after_numerals)}]")
    if o.quotes and o.quoted:
        branches.append(f"[{_chars(o.quotes)}][{_chars(o.quoted)}]")
    words: list[str] = []
    whole: list[str] = []  # the words of the branch, whole, for the table
    for first in sorted(tree):
        rests = [rest for rest in tree[first] if not rest.endswith("\0")]
        if not rests:
            continue
        whole += [first + rest for rest in rests]
        # a word of one character: nothing more to test
        words.append(re.escape(first) + (alternation(rests) if all(rests) else ""))
    leads = [word for word in o.leads if word[0] not in ASCII_DIGITS and word[0] not in o.numerals]
    if words or leads:
        # the leads in one branch, with one class after them: a class of characters beyond
        # Latin-1 costs re some 0.4 ms to compile, and the pattern is compiled at every start
        ways = [f"(?:{'|'.join(words)})"] if words else []
        ways += [alternation(leads) + firsts_class] if leads else []
        branches.append(f"(?=[{_chars(set(tree))}])(?:{'|'.join(ways)})")
    table = GateTable(
        digit_mode,
        run_most,
        after_digits,
        set(o.numerals),
        numeral_mode,
        numeral_most,
        after_numerals,
        set(o.quotes),
        set(o.quoted),
        whole,
        leads,
    )
    return firsts_class, f"(?={'|'.join(branches)})", table


def _chars(chars: set[str]) -> str:
    """The characters for a class, escaped, in a fixed order."""
    return re.escape("".join(sorted(chars)))
