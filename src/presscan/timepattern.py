"""Building the time-expression pattern of periods.PeriodFinder from the word lists: word lists
as trees of their characters, and the gate that lets the pattern run only where a time
expression can start. Runs once per pattern set (not compiled: see tools/compile_hook.py)."""

from __future__ import annotations

import re
from typing import Final

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


def gate(openings: Openings) -> tuple[str, str]:
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
    if digits_free:
        branches.append("[0-9]")
    else:
        branches.append(f"[0-9][0-9]{{0,{run_most - 1}}}[{_chars(after_digits)}]")
    if o.numerals:
        if numerals_free:
            branches.append(f"[{_chars(o.numerals)}]")
        else:
            branches.append(f"[{_chars(o.numerals)}]{{1,{numeral_most}}}[{_chars(after_numerals)}]")
    if o.quotes and o.quoted:
        branches.append(f"[{_chars(o.quotes)}][{_chars(o.quoted)}]")
    words: list[str] = []
    for first in sorted(tree):
        rests = tree[first]
        plain = [rest for rest in rests if not rest.endswith("\0")]
        leading = [rest[:-1] for rest in rests if rest.endswith("\0")]
        ways = []
        if plain:
            ways.append(alternation(plain) if any(plain) else "")
        if leading:
            ways.append((alternation(leading) if any(leading) else "") + firsts_class)
        if "" in ways:
            words.append(re.escape(first))  # a word of one character: nothing more to test
        else:
            words.append(re.escape(first) + (ways[0] if len(ways) == 1 else "(?:" + "|".join(ways) + ")"))
    if words:
        branches.append(f"(?=[{_chars(set(tree))}])(?:{'|'.join(words)})")
    return firsts_class, f"(?={'|'.join(branches)})"


def _chars(chars: set[str]) -> str:
    """The characters for a class, escaped, in a fixed order."""
    return re.escape("".join(sorted(chars)))
