"""The folded text normalise makes, and the way back from its offsets to the original's.

Folding keeps characters in order and only drops runs of white space (or keeps one space or line
break for a run), so the map is piecewise: two numbers a run, not one a character. Every figure,
subject and period looks its offsets up in it. Compiled, a table of the piece each block of
_BLOCK characters opens in (`blocks`) narrows each look-up to the few pieces of one block, where a
bisection of all of them took a dozen steps; pure Python bisects them all (bisect, in C).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from presscan.segment import bisect_between, bisect_right

_BLOCK_BITS: Final = 6
_BLOCK: Final = 1 << _BLOCK_BITS  # characters of the folded text a block
_COMPILED: Final = not __file__.endswith(".py")  # mypyc's module is a shared library


@dataclass(frozen=True, slots=True)
class Normalised:
    """Folded text and the way back to the original.

    `starts[k]` is where the k-th piece begins in the folded text and `origins[k]` where it came
    from. Lists, not arrays: every figure looks offsets up by bisection, which reads a list's items
    in place but makes a new int for each array item it reads; core normalises a piece of about
    25 000 characters at a time (200 000 at most), so the lists stay small. `blocks[b]` is the
    piece folded offset b * _BLOCK falls in (piece_blocks), or empty: every look-up bisects all.
    """

    text: str
    starts: list[int]  # folded offset of each piece, increasing
    origins: list[int]  # original offset of each piece's first character
    original_length: int
    blocks: list[int]

    def piece(self, index: int) -> int:
        """bisect_right(self.starts, index) - 1: the piece text[index] falls in; a search over the
        pieces of index's block only, when there is a table of them."""
        blocks = self.blocks
        block = index >> _BLOCK_BITS
        if block >= 0 and block + 1 < len(blocks):
            return bisect_between(self.starts, index, blocks[block] + 1, blocks[block + 1] + 1) - 1
        return bisect_right(self.starts, index) - 1

    def original_offset(self, index: int) -> int:
        """Offset in the original of text[index]; len(original) for index == len(text)."""
        if index >= len(self.text):
            return self.original_length
        piece = self.piece(index)
        return self.origins[piece] + index - self.starts[piece]

    def folded_offset(self, offset: int) -> int:
        """The first folded index whose original offset is `offset` or more."""
        piece = bisect_right(self.origins, offset) - 1
        if piece < 0:
            return 0
        end = self.starts[piece + 1] if piece + 1 < len(self.starts) else len(self.text)
        return min(self.starts[piece] + offset - self.origins[piece], end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        if end <= start:
            position = self.original_offset(start)
            return position, position
        # one look-up when the span lies in one piece, as a figure or a phrase usually does
        starts = self.starts
        piece = self.piece(start)
        first = self.origins[piece] + start - starts[piece]
        if piece + 1 == len(starts) or end <= starts[piece + 1]:
            return first, first + end - start
        return first, self.original_offset(end - 1) + 1


def piece_blocks(starts: list[int], length: int) -> list[int]:
    """For each block of _BLOCK characters of a folded text `length` long, and one past its end,
    the piece its first character falls in (bisect_right(starts, b * _BLOCK) - 1, by one walk
    over the pieces); empty in pure Python, where bisect is C already."""
    if not _COMPILED:
        return []
    return blocks_of(starts, length)


def blocks_of(starts: list[int], length: int) -> list[int]:
    """piece_blocks, whichever Python runs it (the tests compare it with bisect_right)."""
    blocks: list[int] = []
    piece = 0
    last = len(starts) - 1
    for at in range(0, length + _BLOCK + 1, _BLOCK):
        while piece < last and starts[piece + 1] <= at:
            piece += 1
        blocks.append(piece)
    return blocks
