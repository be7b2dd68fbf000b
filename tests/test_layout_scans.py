"""segment reads sentences, clauses and paragraphs from the offsets of their marks (str.find,
mark by mark): the same spans as the regular expressions of Punctuation (sentence_re, clause_re,
paragraph_re) scanned over the text, checked here with those expressions as the reference, on
the samples, the corpus, sentences of marks, quotes and brackets, and random texts. And core's
full sentences, whose cuts are found in order, are those of the set of cuts sorted."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.core import _full_sentences
from presscan.normalise import normalise
from presscan.punctuation import HARD_BREAK, Punctuation
from presscan.segment import Spans, _joins, _split, clauses, layout, paragraphs, sentences, web_addresses

ROOT = Path(__file__).resolve().parents[1]
PUNCTUATION = default_patterns().punctuation


def scanned(
    text: str, runs: re.Pattern[str], punctuation: Punctuation, broken: list[int] | None = None
) -> tuple[list[int], list[int]]:
    """The spans segment._split gave when it scanned for `runs` with the regular expression, and
    into `broken` the numbers of those cut by a line break alone."""
    starts = [0]
    ends: list[int] = []
    urls: Spans | None = None
    for match in runs.finditer(text):
        end = match.end()
        if match.lastindex is not None and match.start() == end - 1:
            start = end - 1
            if text[start] == HARD_BREAK:
                if broken is not None and end < len(text):
                    broken.append(len(ends))
            else:
                if urls is None:
                    urls = web_addresses(text, punctuation)
                if _joins(text, start, punctuation, urls):
                    continue
        if end < len(text):
            ends.append(end)
            starts.append(end)
    ends.append(len(text))
    return starts, ends


def scanned_paragraphs(text: str, punctuation: Punctuation) -> tuple[list[int], list[int]]:
    starts = [0]
    ends: list[int] = []
    for match in punctuation.paragraph_re.finditer(text):
        if match.end() < len(text):
            ends.append(match.end())
            starts.append(match.end())
    ends.append(len(text))
    return starts, ends


def assert_as_scanned(text: str) -> None:
    for found, runs in ((sentences, PUNCTUATION.sentence_re), (clauses, PUNCTUATION.clause_re)):
        spans = found(text, PUNCTUATION)
        assert (spans.starts, spans.ends) == scanned(text, runs, PUNCTUATION)
    spans = paragraphs(text, PUNCTUATION)
    assert (spans.starts, spans.ends) == scanned_paragraphs(text, PUNCTUATION)
    broken: list[int] = []
    expected: list[int] = []
    spans = _split(text, PUNCTUATION.sentence_marks, PUNCTUATION, None, broken)
    assert (spans.starts, spans.ends) == scanned(text, PUNCTUATION.sentence_re, PUNCTUATION, expected)
    assert broken == expected


def texts() -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt"))
    shared = ROOT.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    return [path.read_text(encoding="utf-8") for path in paths]


def test_the_samples_and_the_corpus_are_cut_as_scanned() -> None:
    found = texts()
    assert len(found) >= 3
    for text in found:
        assert_as_scanned(text)  # as written
        assert_as_scanned(normalise(text).text)  # as segment reads it


@pytest.mark.parametrize(
    "text",
    [
        "全年增长5.2%。其中，一产增长3.1%；二产增长6.0%！三产？”（完）",
        "他说：“今年要做好十件事。”“第一件。”\n二、农业\n粮食产量1.2万吨。\n\n",
        "Growth was 5.2%. GDP rose; No. 5 www.gov.cn/a.b is a site.\n1.综合\n",
        "。。！！”」）\n。\n”\n",
        "增长3.5%，8,432台，10:30开会.其中,A.B;C!",
        "",
        "\n",
        "。",
        "一句话没有句号",
    ],
)
def test_marks_quotes_and_brackets_are_cut_as_scanned(text: str) -> None:
    assert_as_scanned(text)


ALPHABET = "。！？；，：、.!?;,:\n“”‘’（）()【】》」』 5a全年增长%wN。o"


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_any_text_is_cut_as_scanned(text: str) -> None:
    assert_as_scanned(text)


# ----- core._full_sentences, in order, against the set of cuts sorted ------------------------------
def full_sentences_sorted(text: str, title: tuple[int, int] | None) -> tuple[list[int], list[int]]:
    """core._full_sentences as it was: every cut in a set, then sorted."""
    punctuation = PUNCTUATION
    closers = punctuation.closing_brackets | punctuation.quote_marks
    cuts: set[int] = set()
    for end in layout(text, punctuation).sentences.ends[:-1]:
        last = end - 1
        while last > 0 and text[last] in closers:
            last -= 1
        if text[last] == HARD_BREAK or text[last] in punctuation.full_stop:
            cuts.add(end)
    if title is not None:
        cuts.add(title[1])
    cuts.discard(0)
    ordered = sorted(cut for cut in cuts if cut < len(text))
    return [0, *ordered], [*ordered, len(text)]


def assert_full_sentences_as_sorted(text: str) -> None:
    structure = layout(text, PUNCTUATION)
    for title in (
        None,
        (0, 0),
        (0, 1),
        (0, len(text) // 2),
        (0, len(text)),
        *((0, end) for end in structure.sentences.ends[:3]),
    ):
        spans = _full_sentences(text, structure, default_patterns(), title)
        assert (spans.starts, spans.ends) == full_sentences_sorted(text, title), title


def test_full_sentences_of_the_samples_and_the_corpus_are_the_sorted_cuts() -> None:
    for text in texts():
        assert_full_sentences_as_sorted(normalise(text).text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_full_sentences_of_any_text_are_the_sorted_cuts(text: str) -> None:
    assert_full_sentences_as_sorted(text)
