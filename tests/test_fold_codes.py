"""normalise reads the characters around a white-space run as code points, not as strings of one
character made for each run (the seventeenth speed pass): _keeps_a_space and linemarks'
splits_a_decimal and splits_a_number decide as they did with the strings (here, as they were) on
every white-space run of the samples, the corpus, the held-out sets and random texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from presscan import default_patterns
from presscan.charfold import folder
from presscan.linemarks import (
    _COLONS,
    _MARKS_BEFORE_A_NUMBER,
    is_han,
    spaced_out,
    splits_a_decimal,
    splits_a_number,
    thousands_space,
)
from presscan.normalise import _INVISIBLE, _LINE_BREAK, _SPACE_MARKS, _keeps_a_space
from presscan.punctuation import Punctuation

PATTERNS = default_patterns()
PUNCTUATION = PATTERNS.punctuation


def keeps_a_space_before(
    folded: str, run_start: int, run_end: int, before: str, after: str, spaced_line: list[int], punctuation: Punctuation
) -> bool:
    """normalise._keeps_a_space as it was, with the characters around the run as strings ("": none)."""
    if not after.isascii() or not after.isalnum() or not before.isascii():
        return False
    if not before.isalnum():
        return after.isalpha() and (before in punctuation.sentence_end or before in punctuation.clause_end)
    both_digits = before.isdigit() and after.isdigit()
    run = folded[run_start:run_end]
    if both_digits and _LINE_BREAK.search(run):
        return False
    if _INVISIBLE.fullmatch(run) is not None:
        return False
    if both_digits and thousands_space(folded, run_start, run_end):
        return False
    return not (both_digits and spaced_out(folded, run_start, run_end, spaced_line))


def splits_a_decimal_before(folded: str, run_start: int, run_end: int) -> bool:
    if run_start < 2 or run_end + 1 > len(folded):
        return False
    before, after = folded[run_start - 1], folded[run_end]
    if before == "." and "0" <= after <= "9":
        return "0" <= folded[run_start - 2] <= "9"
    if after == "." and "0" <= before <= "9" and run_end + 1 < len(folded):
        return "0" <= folded[run_end + 1] <= "9"
    return False


def splits_a_number_before(folded: str, run_start: int, run_end: int) -> bool:
    if run_start < 2 or run_end >= len(folded):
        return False
    if not ("0" <= folded[run_start - 1] <= "9" and "0" <= folded[run_end] <= "9"):
        return False
    back = run_start - 1
    while back > 0 and ("0" <= folded[back - 1] <= "9" or folded[back - 1] in ".,"):
        back -= 1
    if back == 0 or not (is_han(folded[back - 1]) or folded[back - 1] in _MARKS_BEFORE_A_NUMBER):
        return False
    if folded[back - 1] in _COLONS and back >= 2 and "0" <= folded[back - 2] <= "9":
        return False
    ahead = run_end
    while ahead < len(folded) and ("0" <= folded[ahead] <= "9" or folded[ahead] == "."):
        ahead += 1
    if ahead >= len(folded) or folded[ahead - 1] == ".":
        return False
    return is_han(folded[ahead]) or folded[ahead] == "%"


def decide_alike(text: str) -> int:
    """Every white-space run of `text` as normalise finds them, decided both ways; how many."""
    folded, runs = folder(PATTERNS.traditional).fold_marking(text, _SPACE_MARKS)
    new_line, old_line = [0, 0, 0], [0, 0, 0]
    for index in range(0, len(runs), 2):
        start, end = runs[index], runs[index + 1]
        before = folded[start - 1] if start else ""
        after = folded[end] if end < len(folded) else ""
        codes = (ord(before) if before else -1, ord(after) if after else -1)
        assert _keeps_a_space(folded, start, end, *codes, new_line, PUNCTUATION) is keeps_a_space_before(
            folded, start, end, before, after, old_line, PUNCTUATION
        ), (folded[max(0, start - 5) : end + 5], start)
        assert splits_a_decimal(folded, start, end) is splits_a_decimal_before(folded, start, end)
        assert splits_a_number(folded, start, end) is splits_a_number_before(folded, start, end)
    return len(runs) // 2


def test_the_real_texts_decide_alike() -> None:
    paths = sorted((REPO / "samples").glob("*.txt")) + sorted((REPO / "eval" / "heldout").glob("*/*.txt"))
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    assert sum(decide_alike(path.read_text(encoding="utf-8")) for path in paths) > 1000


_PIECES = [
    *"\n\r \t\u3000\xa0\u200b",
    "\r\n",
    *"0123456789.,:：、，。%‰",
    *"aZz.!?;",
    *"年元中台",
    "１２",
    "\U00020000",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_random_texts_decide_alike(pieces: list[str]) -> None:
    decide_alike("".join(pieces))
