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


def gate(starters: list[str], firsts: set[str], free: set[str], after_digits: set[str], digits_free: bool) -> str:
    """A lookahead that every time expression passes at its first character: an Arabic digit in a
    run of up to four followed by one of `after_digits` (2025年, 3月, 70年代; a word of the lists
    that opens with digits adds what follows them), or a character of `free` (after which
    anything may follow), or the two characters a word of `starters` opens with. The pattern
    after it is tried at a few positions instead of at every character a time expression may
    start with, the digits of every number above all (several times fewer tries over a
    bulletin). Each branch opens with a character or a class, which re tests before it tries
    the branch; digits, the most frequent, first. `digits_free`: digits may start anything (a
    list gives a numeral in Arabic digits), and are not gated."""
    seconds: dict[str, set[str]] = {}
    run_most = 4
    for word in starters:
        if not word or word[0] in free:
            continue
        if word[0] in ASCII_DIGITS:
            run = len(word) - len(word.lstrip(ASCII_DIGITS))
            if run == len(word):
                digits_free = True
            else:
                run_most = max(run_most, run)
                after_digits.add(word[run])
            continue
        seconds.setdefault(word[0], set()).add(word[1])
    branches: list[str] = []
    if not digits_free:
        after = re.escape("".join(sorted(after_digits)))
        branches.append(f"[0-9][0-9]{{0,{run_most - 1}}}[{after}]")
    gated_free = sorted(char for char in free | (set(ASCII_DIGITS) if digits_free else set()) if char in firsts)
    if gated_free:
        branches.append(f"[{re.escape(''.join(gated_free))}]")
    for first in sorted(seconds):
        branches.append(f"{re.escape(first)}[{re.escape(''.join(sorted(seconds[first])))}]")
    return f"(?={'|'.join(branches)})"
