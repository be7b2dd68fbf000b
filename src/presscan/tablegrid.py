"""A table as it stands in a document's text: rows of cells, each a span of the text. The
readers that find tables (tables.py) make them; table_cells.TableReader reads them."""

from __future__ import annotations

from presscan.record import Period, TableCell

Span = tuple[int, int]


class Grid:
    """One table as it stands in a document's text: rows of cells, each cell a span of the text
    ((start, start) for a cell with nothing in it)."""

    __slots__ = ("given", "number", "rows", "word_cells")

    def __init__(
        self, number: int, rows: list[list[Span]], given: dict[tuple[int, int, int], TableCell] | None = None
    ) -> None:
        self.number = number
        self.rows = rows
        # the cells as the reader marked them: headers a reader states are kept
        self.given = given or {}
        # the cells of a column of labels beside the row's name (规格: HRB400E Φ20mm): words, no figure
        self.word_cells: list[Span] = []

    def __repr__(self) -> str:
        return f"Grid({self.number}, {len(self.rows)} rows)"

    @property
    def span(self) -> Span:
        cells = [cell for row in self.rows for cell in row]
        return min(start for start, _ in cells), max(end for _, end in cells)


class TableColumn:
    """What a column's header says of its cells."""

    __slots__ = ("down", "header", "measure", "period", "status", "unit", "up")

    def __init__(self, header: str | None) -> None:
        self.header = header
        self.unit: str | None = None
        self.measure: str | None = None
        self.up = False
        self.down = False
        self.period: Period | None = None
        self.status = "actual"
