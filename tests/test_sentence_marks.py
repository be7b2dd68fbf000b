"""tokens.Sentence tells each token's clause and part as the first way of telling them did, kept here
as the reference: every token tested against the marks that split, one after another. The faster
way tests only words of one character when every mark is one character, and writes only the values
that are not the lists' own."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.core import attributor
from presscan.normalise import normalise
from presscan.tokens import FIGURE, GAP, WORD, Marks, Sentence, Token

ATTRIBUTOR = attributor(default_patterns())
MARKS = ATTRIBUTOR.marks


def reference(found: list[Token], marks: Marks) -> tuple[list[int], list[int], list[bool], list[int]]:
    """clause_starts, part_starts, colon_before and clause_ends, as Sentence first worked them out."""
    size = len(found)
    clause_starts = [0] * size
    part_starts = [0] * size
    colon_before = [False] * size
    ends: list[int] = []
    clause = part = 0
    colon = False
    for index in range(size):
        token = found[index]
        clause_starts[index] = clause
        part_starts[index] = part
        colon_before[index] = colon
        if token.kind == WORD and token.word in marks.splits:
            word = token.word
            if word in marks.part_ends:
                clause = part = index + 1
                ends.append(index)
            elif word in marks.clause_ends:
                clause = index + 1
                colon = colon or word in marks.colons
                ends.append(index)
    clause_ends = [size] * size
    low = 0
    for end in ends:
        for index in range(low, end):
            clause_ends[index] = end
        low = end + 1
    return clause_starts, part_starts, colon_before, clause_ends


def told(found: list[Token], marks: Marks) -> tuple[list[int], list[int], list[bool], list[int]]:
    sentence = Sentence(found, marks, "")
    return sentence.clause_starts, sentence.part_starts, sentence.colon_before, sentence.clause_ends


def test_the_sentences_of_the_samples_and_the_corpus_are_told_as_by_testing_every_token() -> None:
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "samples").glob("*.txt"))
    shared = root.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    assert paths
    tagger = ATTRIBUTOR.tagger
    sentences = 0
    for path in paths:
        text = normalise(path.read_text(encoding="utf-8")).text
        for sentence in text.split("。"):
            found: list[Token] = []
            position = 0
            for word, tag in tagger.cut(sentence):
                # a number stands as a figure, as the islands make it one
                kind = FIGURE if word[:1].isdigit() else WORD
                found.append(Token(word, tag, position, position + len(word), kind, len(found) if kind else -1))
                position += len(word)
            assert told(found, MARKS) == reference(found, MARKS)
            sentences += 1
    assert sentences > 300


# words of one character and more, the marks among them, and marks of two characters
_WORDS = ["，", "；", "：", "、", ",", ";", ":", "增长", "年", "的", "全年", "——", "；；", "…"]


def _tokens(kinds_words: list[tuple[int, str]]) -> list[Token]:
    return [
        Token(word if kind != GAP else "", "x", index, index + 1, kind, -1 if kind == WORD else index)
        for index, (kind, word) in enumerate(kinds_words)
    ]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([WORD, WORD, WORD, FIGURE, GAP]), st.sampled_from(_WORDS)), max_size=30))
def test_any_tokens_are_told_as_by_testing_every_token(kinds_words: list[tuple[int, str]]) -> None:
    found = _tokens(kinds_words)
    assert told(found, MARKS) == reference(found, MARKS)
    # marks of more than one character (a user's pattern file may give them): every word is tested
    longer = Marks(
        sentence_ends=MARKS.sentence_ends,
        part_ends=MARKS.part_ends | {"；；"},
        clause_ends=MARKS.clause_ends | {"——"},
        colons=MARKS.colons,
        list_marks=MARKS.list_marks,
        quotes=MARKS.quotes,
        opening_brackets=MARKS.opening_brackets,
        closing_brackets=MARKS.closing_brackets,
        opening_quotes=MARKS.opening_quotes,
        closing_quotes=MARKS.closing_quotes,
    )
    assert not longer.splits_one_character and MARKS.splits_one_character
    assert told(found, longer) == reference(found, longer)
