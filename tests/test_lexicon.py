"""The shipped lexicon: rebuilt byte for byte from jieba's dictionary, and cut the way jieba cuts.

presscan does not load jieba at run time (it costs about 1 s and 90 MB); it tags
words with jieba's dictionary, rebuilt into patterns/lexicon/ by
tools/build_lexicon.py, and jieba's no-HMM algorithm (lexicon.py). These tests
hold it to jieba itself: same files from the same source, same tokens and tags
as jieba.posseg, and so the same subjects on every table row.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import itertools
import math
import random
from pathlib import Path

import pytest

from conftest import REPO, SAMPLES
from presscan import extract
from presscan.attribute import Attributor
from presscan.core import attributor
from presscan.cutter import _HAN_BLOCK, Tagger, _in_block
from presscan.errors import PatternError
from presscan.lexicon import EXTRA_WORD_FREQ, EXTRA_WORD_TAG, PREFIX_ONLY, Lexicon, _Node, _table
from presscan.lexicon import child as lexicon_child
from presscan.patternset import default_patterns, shipped_patterns_dir
from presscan.words import JiebaTagger, tagger
from presscan.wordtoken import GAP, WORD, Token
from test_attribute_table import ALL as ATTRIBUTION_ROWS
from test_extract_table import BULLETIN_CASES, LAYOUT, QUALIFIERS, TRAPS

LEXICON = REPO / "patterns" / "lexicon"
CORPUS = REPO.parent / "shared" / "corpus"


def _build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_lexicon", REPO / "tools" / "build_lexicon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lexicon_is_rebuilt_byte_for_byte_from_jiebas_dictionary() -> None:
    build = _build_script()
    rebuilt = build.build(build.jieba_dictionary())
    assert sorted(rebuilt) == sorted(path.name for path in LEXICON.iterdir())
    for name, data in rebuilt.items():
        assert (LEXICON / name).read_bytes() == data, f"{name} differs: run python tools/build_lexicon.py"


def test_the_lexicon_keeps_every_word_of_jiebas_dictionary() -> None:
    build = _build_script()
    entries, total = build.read_dictionary(build.jieba_dictionary())
    header = (LEXICON / "index.txt").read_text(encoding="utf-8").partition("\n")[0]
    assert f"total={total}" in header and f"words={len(entries)}" in header
    lines = (LEXICON / "chars.txt").read_text(encoding="utf-8").splitlines()
    lines += (LEXICON / "words.txt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(entries)


@pytest.fixture(scope="module")
def reference() -> JiebaTagger:
    """jieba.posseg over jieba's full dictionary, with presscan's own words added as presscan adds them."""
    return JiebaTagger(tuple(default_patterns().attribution.subject.dictionary))


def _random_spans(seed: int, *extra: str) -> list[tuple[str, int, int]]:
    """A hundred random spans (text, low, high) of each of _texts() and `extra`, up to 40 characters
    long, empty ones and ones at a text's end included."""
    rng = random.Random(seed)
    spans = []
    for text in [*_texts(), *extra]:
        for _ in range(100):
            low = rng.randrange(len(text) + 1)
            spans.append((text, low, min(len(text), low + rng.randrange(0, 40))))
    return spans


def _texts() -> list[str]:
    paths = sorted(SAMPLES.glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
    texts = [path.read_text(encoding="utf-8") for path in paths]
    # code and mixed scripts: letters, digits, symbols, full-width forms, line breaks
    texts.append((REPO / "src" / "presscan" / "match.py").read_text(encoding="utf-8"))
    texts.append("GDP增长5.2%，C919大飞机、5G基站3.2万个；ＰＭ２.５浓度下降\r\n12.3％ 〇二三年 A&B+C#")
    return texts


def test_tokens_and_tags_are_jiebas_on_whole_bulletins(reference: JiebaTagger) -> None:
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    for text in _texts():
        assert ours.cut(text) == reference.cut(text)


def test_tokens_and_tags_are_jiebas_on_windows_of_every_length(reference: JiebaTagger) -> None:
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    rng = random.Random(20261129)
    windows = []
    for text in _texts():
        for _ in range(200):
            start = rng.randrange(len(text))
            windows.append(text[start : start + rng.randrange(1, 40)])
    assert [ours.cut(w) for w in windows] == [reference.cut(w) for w in windows]


def test_tokens_and_tags_are_jiebas_on_dictionary_words_run_together(reference: JiebaTagger) -> None:
    """Long words walk the tries deep, each step looked up by its code point in its node's table
    (lexicon.child: an ideograph, an ASCII letter or digit: T恤, 3D). Random runs of the dictionary's
    words, with and without letters around them, are cut as jieba cuts them."""
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    rng = random.Random(20261202)
    lines = (LEXICON / "words.txt").read_text(encoding="utf-8").splitlines()
    words = [line.split(" ")[0] for line in rng.sample(lines, 4000)]
    with_ascii = [word for word in words if any(char.isascii() for char in word)]
    long_words = [word for word in words if len(word) >= 4]
    texts = []
    for _ in range(400):
        pool = rng.choice([words, long_words, with_ascii or words])
        pieces = [rng.choice(pool) for _ in range(rng.randrange(1, 6))]
        if rng.random() < 0.3:
            pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(["A", "3", "x1", "GDP", "，"]))
        texts.append("".join(pieces))
    assert [ours.cut(text) for text in texts] == [reference.cut(text) for text in texts]


def test_a_word_cut_again_is_the_string_cut_before_and_the_same_words(reference: JiebaTagger) -> None:
    """The cutter keeps each word it cut on the word's entry (lexicon._Entry.word) and gives that
    string when it cuts the word again: the words are still jieba's, text after text
    (bulletins, windows of them, random runs of ideographs, letters and marks), and a word cut
    twice is one string."""
    kept = tagger(tuple(default_patterns().attribution.subject.dictionary))
    rng = random.Random(20261202)
    alphabet = "的年增长全国工业生产总值亿元比上同期百分点A3x，。、（）"
    texts = [*_texts()]
    for text in _texts():
        for _ in range(50):
            start = rng.randrange(len(text))
            texts.append(text[start : start + rng.randrange(1, 40)])
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30))) for _ in range(500)]
    for text in texts:
        first = kept.cut(text)
        again = kept.cut(text)
        assert first == again == reference.cut(text)
        # the words of ideographs (letters glued into one word, and marks, are strings made anew)
        ideographs = [(word, other) for (word, _), (other, _) in zip(first, again, strict=True) if _ideographs(word)]
        assert all(word is other for word, other in ideographs)


def _ideographs(word: str) -> bool:
    return all("\u4e00" <= char <= "\u9fd5" for char in word)


def test_a_span_is_cut_in_place_as_its_slice_is_cut(reference: JiebaTagger) -> None:
    """Tagger.cut_span reads a span of a text in the text itself (no slice of it, nor of its
    blocks): the words and tags of every span are those of the span's slice, and jieba's; a mark
    outside the blocks (，, \\r\\n, a space) cut again is the string cut before."""
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    assert isinstance(ours, Tagger)
    for text, low, high in _random_spans(20261203, "A\r\nB\r\r\n，，\n"):
        words: list[str] = []
        tags: list[str] = []
        ours.cut_span(text, low, high, words, tags)
        assert list(zip(words, tags, strict=True)) == ours.cut(text[low:high]) == reference.cut(text[low:high])
    first: list[str] = []
    again: list[str] = []
    ours.cut_span("增长，下降。\r\n", 0, 8, first, [])
    ours.cut_span("x增长，下降。\r\n", 1, 9, again, [])
    assert first == again == ["增长", "，", "下降", "。", "\r\n"]
    assert all(word is other for word, other in zip(first, again, strict=True))


def test_a_span_cut_into_tokens_gives_its_words_tags_and_offsets(reference: JiebaTagger) -> None:
    """Tagger.cut_tokens makes the word tokens itself (tokens.py reads them): each span's tokens are
    its words and tags as cut_span gives them (and jieba), one after the other from the span's
    start, each word the text between its offsets, a word token (WORD, index -1); a run of letters
    and digits is one "eng" word, as jieba glues it."""
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    assert isinstance(ours, Tagger)
    for text, low, high in _random_spans(20261204, "A\r\nB\r\r\n，，\n", "GDP3增长x1，ab。5G"):
        words: list[str] = []
        tags: list[str] = []
        ours.cut_span(text, low, high, words, tags)
        found: list[Token] = [Token("", "gap", 0, low, GAP, -1)]  # appended to, never read
        ours.cut_tokens(text, low, high, found)
        tokens = found[1:]
        assert [(token.word, token.tag) for token in tokens] == list(zip(words, tags, strict=True))
        assert [token.word for token in tokens] == [word for word, _ in reference.cut(text[low:high])]
        position = low
        for token in tokens:
            assert (token.start, token.kind, token.index) == (position, WORD, -1)
            assert text[token.start : token.end] == token.word
            position = token.end
        assert position == max(low, high)


def test_a_character_is_given_as_the_string_its_entry_keeps() -> None:
    """Tagger.char (the marks of a sentence's gaps, tokens._gap; the characters outside the blocks)
    is text[index], the same string wherever the character stands, beyond the plane as well."""
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    assert isinstance(ours, Tagger)
    text = "增长，下降。A 𠀀\n"
    other = "“𠀀”，。A年"
    for index, char in enumerate(text):
        assert ours.char(text, index) == char
        assert ours.char(text, index) is ours.char(other + text, len(other) + index)
    assert ours.char(other, 3) is ours.char(text, 2)


def test_an_entry_knows_the_length_of_its_word() -> None:
    """The cutter finds where a chosen word ends from its entry (lexicon._Entry.size), with no list
    of ends: a character's entry is 1 long, a pair's trie root 2, each node one more than its
    parent; and the words cut from every text are the texts again, each a string of its entry's length."""
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    assert isinstance(ours, Tagger)
    for text in _texts():
        assert "".join(word for word, _ in ours.cut(text)) == text
    lexicon = ours.lexicon
    firsts = [first for first in lexicon.firsts if first is not None] + list(lexicon.astral_firsts.values())
    assert firsts
    for first in firsts:
        assert first.size == 1
        nodes = [(root, 2) for root in _table_of(lexicon, first.base, first.mask) if root is not None]
        while nodes:
            node, depth = nodes.pop()
            assert node.size == depth
            assert not node.word or len(node.word) == depth
            nodes += [(child, depth + 1) for child in _table_of(lexicon, node.base, node.mask) if child is not None]


def _table_of(lexicon: Lexicon, base: int, mask: int) -> list[_Node | None]:
    """The slots of the table at `base` in the lexicon's pool (none for a node without children)."""
    return [] if base < 0 else lexicon.pool[base : base + mask + 1]


def test_a_tries_table_finds_every_child_by_its_code_point() -> None:
    """The tries' tables (lexicon.child): ranges of the lexicon's pool, a power of two in size,
    at most half full, none overlapping another, every node found by its code point and no code
    point that is none of them, whatever the collisions; a character's table of pairs, grown as
    they are loaded, keeps every pair loaded, and the slots of the table it outgrew hold nothing."""
    ours = tagger(tuple(default_patterns().attribution.subject.dictionary))
    assert isinstance(ours, Tagger)
    for text in _texts():
        ours.cut(text)
    lexicon = ours.lexicon
    pool = lexicon.pool
    rng = random.Random(20261205)
    tables = []
    for first in [first for first in lexicon.firsts if first is not None]:
        tables.append((first.base, first.mask))
        nodes = [root for root in _table_of(lexicon, first.base, first.mask) if root is not None]
        while nodes:
            node = nodes.pop()
            if node.base >= 0:
                tables.append((node.base, node.mask))
                nodes += [child for child in _table_of(lexicon, node.base, node.mask) if child is not None]
    assert any(mask + 1 > 8 for _, mask in tables)
    used = {0: 8}  # the shared empty table of the characters with no pair loaded
    for base, mask in tables:
        assert (mask + 1) & mask == 0 and base + mask < len(pool)
        if base:
            assert base not in used
            used[base] = mask + 1
        slots = _table_of(lexicon, base, mask)
        held = {node.code: node for node in slots if node is not None}
        assert 2 * len(held) <= len(slots)
        for code, node in held.items():
            assert lexicon_child(pool, base, mask, code) is node
        for code in [*(code + len(slots) for code in held), *(rng.randrange(0x10000) for _ in range(20))]:
            assert lexicon_child(pool, base, mask, code) is held.get(code)
    assert not any(pool[:8])
    ends = sorted((base, base + size) for base, size in used.items())
    assert all(end <= following for (_, end), (following, _) in itertools.pairwise(ends))
    in_tables = {index for base, size in used.items() for index in range(base, base + size)}
    assert all(pool[index] is None for index in range(len(pool)) if index not in in_tables)
    # collisions: codes that share their low bits, in a table put after others
    pool = [None, None, None]
    base, mask = _table(pool, [_Node(PREFIX_ONLY, 2, code) for code in (0x4E00, 0x4E08, 0x4E10, 0x4E01)])
    assert (base, mask, len(pool)) == (3, 7, 11)
    for code in (0x4E00, 0x4E08, 0x4E10, 0x4E01):
        found = lexicon_child(pool, base, mask, code)
        assert found is not None and found.code == code
    assert lexicon_child(pool, base, mask, 0x4E18) is None
    assert pool[:3] == [None, None, None]


def test_every_word_of_the_lexicon_is_found_in_its_tries() -> None:
    """Every word of the shipped lexicon's blocks (words.txt), and presscan's own words, walked
    down its pair's trie a table at a time (lexicon.child over the pool): found, at its depth, with
    its weight and tag as the lexicon's files give them; the tries hold no other word."""
    extra = ("充电桩", "全域旅游示范区")
    lexicon = Lexicon(LEXICON, extra)
    words: dict[str, tuple[float, str]] = {}
    for line in (LEXICON / "words.txt").read_text(encoding="utf-8").splitlines():
        word, freq, tag = line.split(" ")
        words[word] = (math.log(int(freq)) - lexicon.log_total if int(freq) else PREFIX_ONLY, tag)
    for word in extra:
        words[word] = (math.log(EXTRA_WORD_FREQ) - lexicon.log_total, EXTRA_WORD_TAG)
    assert len(words) > 300_000
    pool = lexicon.pool
    for word, (weight, tag) in words.items():
        node: _Node | None = lexicon.pair(ord(word[0]), ord(word[1]))
        for char in word[2:]:
            assert node is not None and node.base >= 0, word
            node = lexicon_child(pool, node.base, node.mask, ord(char))
        assert node is not None and node.size == len(word), word
        assert node.weight == weight, word
        assert weight == PREFIX_ONLY or node.tag == tag, word
    # and no word the files do not hold: every node with a weight of its own is one of them
    found = 0
    for first in [first for first in lexicon.firsts if first is not None] + list(lexicon.astral_firsts.values()):
        nodes = [root for root in _table_of(lexicon, first.base, first.mask) if root is not None]
        while nodes:
            node = nodes.pop()
            found += node.weight != PREFIX_ONLY
            nodes += [child for child in _table_of(lexicon, node.base, node.mask) if child is not None]
    assert found == sum(1 for weight, _ in words.values() if weight != PREFIX_ONLY)


def test_the_blocks_are_jiebas_character_for_character() -> None:
    """The cutter finds its blocks a code point at a time (_in_block): the same characters as
    jieba.posseg's expression, for every code point."""
    assert [code for code in range(0x110000) if _in_block(code)] == [
        code for code in range(0x110000) if _HAN_BLOCK.fullmatch(chr(code))
    ]


def test_extra_words_are_added_as_jieba_adds_them() -> None:
    plain = Tagger(Lexicon(LEXICON))
    with_word = Tagger(Lexicon(LEXICON, ("充电桩", "全域旅游示范区")))
    assert "充电桩" in [w for w, _ in with_word.cut("建成充电桩890台")]
    assert [w for w, _ in with_word.cut("创建全域旅游示范区")][-1] == "全域旅游示范区"
    assert [w for w, _ in plain.cut("创建全域旅游示范区")][-1] != "全域旅游示范区"


def _subjects(rules: Attributor, sentence: str) -> list[str | None]:
    patterns = dataclasses.replace(default_patterns(), built={"attributor": rules})
    return [figure.subject for figure in extract(sentence, patterns=patterns)]


TABLE_SENTENCES = [param.values[0] for param in (*ATTRIBUTION_ROWS, *BULLETIN_CASES, *TRAPS, *LAYOUT, *QUALIFIERS)]


def test_subjects_are_the_same_as_with_jiebas_full_dictionary(reference: JiebaTagger) -> None:
    shipped = attributor(default_patterns())
    with_jieba = Attributor(default_patterns(), tagger=reference)
    assert len(TABLE_SENTENCES) > 100
    for sentence in TABLE_SENTENCES:
        assert _subjects(shipped, sentence) == _subjects(with_jieba, sentence), sentence


def test_a_missing_lexicon_is_a_pattern_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match="lexicon"):
        Lexicon(tmp_path)


def test_a_lexicon_without_its_header_is_refused(tmp_path: Path) -> None:
    for name in ("chars.txt", "words.txt"):
        (tmp_path / name).write_bytes((LEXICON / name).read_bytes()[:100])
    (tmp_path / "index.txt").write_text("not an index\n", encoding="utf-8")
    with pytest.raises(PatternError, match="rebuild"):
        Lexicon(tmp_path)


def test_the_lexicon_ships_with_the_patterns() -> None:
    assert (shipped_patterns_dir() / "lexicon" / "words.txt").is_file()
