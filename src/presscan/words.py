"""The part-of-speech tagger that attribution reads words with.

`tagger` is presscan's own: jieba's dictionary and jieba's no-HMM cut, loaded
a block at a time (see lexicon.py); it starts in milliseconds. `JiebaTagger`
runs jieba.posseg itself over jieba's full dictionary; it gives the same
tokens and exists so that tests can prove it.
"""

from __future__ import annotations

from functools import lru_cache

from presscan.cutter import Tagger
from presscan.lexicon import EXTRA_WORD_FREQ, EXTRA_WORD_TAG, Lexicon


@lru_cache(maxsize=4)
def tagger(extra_words: tuple[str, ...] = ()) -> Tagger:
    """A tagger over the shipped lexicon that also knows `extra_words`."""
    from presscan.patternset import shipped_patterns_dir

    return Tagger(Lexicon(shipped_patterns_dir() / "lexicon", extra_words))


class JiebaTagger:
    """jieba.posseg over a private copy of jieba's default dictionary: slow to load, the reference."""

    def __init__(self, extra_words: tuple[str, ...] = ()) -> None:
        import logging  # here: the tagger presscan runs is the other one

        import jieba
        import jieba.posseg

        logging.getLogger("jieba").setLevel(logging.ERROR)
        jieba.setLogLevel(logging.ERROR)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        for word in dict.fromkeys(extra_words):
            tokenizer.add_word(word, freq=EXTRA_WORD_FREQ, tag=EXTRA_WORD_TAG)
        self._posseg = jieba.posseg.POSTokenizer(tokenizer)

    def cut(self, text: str) -> list[tuple[str, str]]:
        return [(token.word, token.flag) for token in self._posseg.cut(text, HMM=False)]
