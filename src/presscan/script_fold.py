"""Traditional characters read as simplified ones, one character for one.

Releases from Hong Kong, Macau and Taiwan write 萬, 億, 噸, 統計, 佔. presscan's words
are simplified, and so is jieba's dictionary: folding each traditional character to its
simplified form before matching lets one set of words read both scripts. The fold
maps one character to one character, so offsets do not move, and every record still
quotes the text as written (subjects and periods are sliced from the original).

The table is data (patterns/traditional.txt, built by tools/build_traditional.py) and
is validated as it is loaded.
"""

from __future__ import annotations

from pathlib import Path

from presscan.errors import PatternError


class ScriptFold:
    """A one-for-one character table and a fast test for whether a text needs it."""

    __slots__ = ("_folded", "_table", "source")

    def __init__(self, pairs: dict[str, str], source: str) -> None:
        self.source = source
        self._table = {ord(written): read for written, read in pairs.items()}
        # simplified text (nearly all of it) is tested once and left as it is: a set test costs
        # half a translation (measured: 25 against 43 ns a character; a regex class of these
        # 4 000 characters costs 380)
        self._folded = frozenset(pairs)

    def __len__(self) -> int:
        return len(self._table)

    def __call__(self, text: str) -> str:
        """text with every traditional character of the table read as its simplified form."""
        if self._folded.isdisjoint(text):
            return text
        return text.translate(self._table)

    @classmethod
    def empty(cls) -> ScriptFold:
        return cls({}, "")

    @classmethod
    def read(cls, path: Path) -> ScriptFold:
        """Load a table file: comment lines start with #; every other line is a character,
        a tab and the character it is read as. Raises PatternError naming the line."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise PatternError(path, None, f"cannot read the character table: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise PatternError(path, None, "not UTF-8 text; save the character table as UTF-8") from None
        pairs: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line or line.startswith("#"):
                continue
            written, tab, read = line.partition("\t")
            if not tab or len(written) != 1 or len(read) != 1:
                raise PatternError(path, f"line {number}", "write one character, a tab and one character")
            if written in pairs:
                raise PatternError(path, f"line {number}", f"{written} is already read as {pairs[written]}")
            if written == read or not written.strip() or not read.strip():
                raise PatternError(path, f"line {number}", "a character is read as a different, visible character")
            pairs[written] = read
        chained = sorted(set(pairs) & set(pairs.values()))
        if chained:
            raise PatternError(path, None, f"{chained[0]} is both read as another and read from another")
        return cls(pairs, str(path))
