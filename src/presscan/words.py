"""jieba, in one place: a private tokenizer, quiet, loaded on first use.

A private `jieba.Tokenizer` keeps presscan's dictionary changes out of the
global one that other code in the same process may use.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def tagger(extra_words: tuple[str, ...] = ()) -> Any:
    """A part-of-speech tagger over a private tokenizer that knows `extra_words`."""
    import jieba
    import jieba.posseg

    logging.getLogger("jieba").setLevel(logging.ERROR)
    jieba.setLogLevel(logging.ERROR)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in extra_words:
        tokenizer.add_word(word, freq=100000)
    return jieba.posseg.POSTokenizer(tokenizer)
