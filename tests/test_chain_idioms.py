"""What the topic chains build with idioms compiled code handles cheaply is what the plain idioms
built: chainparts.repeated is `[(part, base)] * times`, and ListedSubjects' separator sets, made
once, are the ones _subjects made at every call (each list word alone, in order, then all)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO
from presscan import core, default_patterns
from presscan.chainparts import repeated
from presscan.core import attributor
from presscan.phraseends import positions_of
from presscan.tokens import cut_words
from presscan.wordclass import Phrase, phrase_of

ATTRIBUTOR = attributor(default_patterns())


@given(st.integers(min_value=-2, max_value=40), st.booleans(), st.booleans())
def test_repeated_is_the_repeated_list(times: int, has_part: bool, has_base: bool) -> None:
    part = Phrase("工业增加值", [0, 1, 2, 3, 4]) if has_part else None
    base = Phrase("规模以上", [5, 6, 7, 8]) if has_base else None
    got = repeated(part, base, times)
    assert got == [(part, base)] * times
    assert all(pair[0] is part and pair[1] is base for pair in got)


def test_the_separator_sets_are_those_made_at_every_call() -> None:
    lists = ATTRIBUTOR.chains.lists
    for joiner in ["", "和", "、", "及", "与"]:
        old = [frozenset((joiner,)), *(frozenset((gap,)) for gap in sorted(lists.list_gaps)), lists.list_gaps]
        assert [frozenset((joiner,)), *lists._gap_sets] == old


class _NoLast(core._Shared):
    """core._Shared that never keeps the last figure's context, period or subject: every record
    takes the dicts' (or _as_written's) way, as before the last ones were kept."""

    context_start = property(lambda self: -1, lambda self, value: None)
    period_key = property(lambda self: -2, lambda self, value: None)
    subject = property(lambda self: _NOT_A_PHRASE, lambda self, value: None)


_NOT_A_PHRASE = Phrase("", [])


def test_records_from_the_last_figure_s_values_are_the_records_without(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((REPO / "samples").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    kept = [[values.fields() for values in core.iter_record_values(text)] for text in texts]
    monkeypatch.setattr(core, "_Shared", _NoLast)
    assert [[values.fields() for values in core.iter_record_values(text)] for text in texts] == kept
    assert sum(map(len, kept)) > 50


def test_positions_of_are_a_phrase_s_positions() -> None:
    """phraseends.positions_of, which _trimmed calls once a phrase's text is kept, is phrase_of's."""
    for path in sorted((REPO / "samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tokens = cut_words(text, 0, len(text), ATTRIBUTOR.tagger)
        for low in range(0, len(tokens), 7):
            chosen = tokens[low : low + 1 + low % 5]
            assert positions_of(chosen) == phrase_of(chosen).positions
            assert "".join([token.word for token in chosen]) == phrase_of(chosen).text
    assert positions_of([]) == []
