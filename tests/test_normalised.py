"""The way back from folded offsets: Normalised looks a piece up in its block's pieces only (a table
made for compiled code, normalised.blocks_of) as bisect_right over all of them does, for every
offset of the samples, the corpus, the held-out sets and random texts."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from presscan import default_patterns
from presscan.normalise import normalise
from presscan.normalised import _BLOCK, Normalised, blocks_of

PATTERNS = default_patterns()


def with_and_without_blocks(text: str) -> tuple[Normalised, Normalised]:
    made = normalise(text, punctuation=PATTERNS.punctuation, traditional=PATTERNS.traditional)
    fields = (made.text, made.starts, made.origins, made.original_length)
    return Normalised(*fields, blocks_of(made.starts, len(made.text))), Normalised(*fields, [])


def assert_alike(text: str) -> int:
    blocked, plain = with_and_without_blocks(text)
    assert blocked.blocks == [
        bisect_right(blocked.starts, at) - 1 for at in range(0, len(blocked.text) + _BLOCK + 1, _BLOCK)
    ]
    size = len(blocked.text)
    for index in range(size + 1):
        assert blocked.piece(index) == plain.piece(index) == bisect_right(plain.starts, index) - 1
        assert blocked.original_offset(index) == plain.original_offset(index)
    for start in range(0, size + 1, 3):
        for end in (start, start + 1, start + 7, start + 70, size):
            assert blocked.span(start, end) == plain.span(start, end)
    return size


def test_the_real_texts_map_back_alike() -> None:
    paths = sorted((REPO / "samples").glob("*.txt")) + sorted((REPO / "eval" / "heldout").glob("*/*.txt"))[:40]
    corpus = REPO.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    assert sum(assert_alike(path.read_text(encoding="utf-8")) for path in paths) > 50_000


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"\n \u3000\t\r", "\r\n", *"中年1a。，", "ab c", "12 34"]), max_size=400))
def test_random_texts_map_back_alike(pieces: list[str]) -> None:
    assert_alike("".join(pieces))
