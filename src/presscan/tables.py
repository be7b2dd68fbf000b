"""Tables as figures: one record per numeric cell, its unit, subject and period read from the table's headers.

The core (`presscan.extract`) reads running text. A table's cells are bare
numbers whose unit, subject and period stand elsewhere: in a header, a caption
line (单位：亿元), the row's first cell. Readers lay every table out in the
document's text as tab-separated rows, one line per row, and mark each cell
with a Region (`TableCell(number, row, column)`); plain text gets its tables
found here (`find_text_tables`: tab-separated rows, or columns aligned with
spaces, when that is unambiguous). This step then reads each cell:

- its number, and a unit: the cell's own (5.2%), else the column header's when
  it is a share or a rate (比上年增长%), else the row's (粮食产量(万吨), or a unit
  column), else the column header's (绝对数(亿元)), else the caption's
  (单位：万吨), whose magnitude applies: 3256.8 under 单位：亿元 is 325680000000 元;
- the number and unit are matched by `presscan.match.find_figures`, as in text;
- subject from the row header, measure, direction and period from the column
  header, with the words of the pattern files; the title's period (表1 2025年…)
  where the column header has none.

`with_tables` puts the cells' records in place of what the core read on the
table's lines. Pure: text and regions in, records out; its words are in
patterns/tables.toml.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import pairwise

from presscan.patterndata import PatternSet
from presscan.readers.document import Document, Region
from presscan.record import Figure, TableCell
from presscan.segment import line_starts
from presscan.table_cells import ALIGNED_ROWS, TableReader, table_reader
from presscan.tablegrid import Grid, Span

# Columns of a plain-text table: a tab, or (for aligned columns) two spaces or more
_TAB = "\t"
_ALIGNED_GAP = re.compile(r"[ \u3000]{2,}|\u3000")
# A line a table may stand on: a tab in it, or a gap of the kind above between two words
_CANDIDATE_LINE = re.compile(r"^[^\r\n]*?(?:\t|\S(?:[ \u3000]{2,}|\u3000)\S)[^\r\n]*", re.MULTILINE)

# A row of a table drawn with bars (Markdown, copied web tables): | 地区生产总值 | 5126 | 5.6 |
_BARS = "|｜"
_BAR_LINE = re.compile(r"^[ \t\u3000]*[|｜][^\r\n]*[|｜][ \t\u3000]*$", re.MULTILINE)
# the line under a header row of such a table: | --- | :---: |
_BAR_RULE = re.compile(r"[ \t\u3000|｜:\-－—]+")

__all__ = ["Grid", "Tables", "find_text_tables", "grids_from_regions", "read_tables", "table_reader", "with_tables"]


def grids_from_regions(regions: Sequence[Region]) -> list[Grid]:
    """The tables a reader marked, cell by cell, rebuilt as grids in order of their numbers."""
    tables: dict[int, dict[tuple[int, int], Span]] = {}
    given: dict[tuple[int, int, int], TableCell] = {}
    for region in regions:
        if region.table is not None:
            given[(region.table.number, region.table.row, region.table.column)] = region.table
            tables.setdefault(region.table.number, {})[(region.table.row, region.table.column)] = (
                region.start,
                region.end,
            )
    grids = []
    for number in sorted(tables):
        cells = tables[number]
        rows = max(row for row, _ in cells)
        columns = max(column for _, column in cells)
        grid: list[list[Span]] = []
        for row in range(1, rows + 1):
            line: list[Span] = []
            for column in range(1, columns + 1):
                found = cells.get((row, column))
                if found is None:
                    at = line[-1][1] if line else _row_start(cells, row)
                    found = (at, at)
                line.append(found)
            grid.append(line)
        grids.append(Grid(number, grid, given))
    return grids


def _row_start(cells: dict[tuple[int, int], Span], row: int) -> int:
    return min((span[0] for (r, _), span in cells.items() if r == row), default=0)


def find_text_tables(text: str, patterns: PatternSet, first_number: int = 1) -> list[Grid]:
    """Tables in plain text: runs of two lines or more split by tabs into the same columns, or of
    more than ALIGNED_ROWS lines whose columns are aligned with spaces and hold numbers."""
    reader = table_reader(patterns)
    grids: list[Grid] = []
    for rows in _barred_runs(text):
        grid = _plain_table(reader, text, rows, _BARS, first_number + len(grids))
        if grid is not None:
            grids.append(grid)
    drawn = [row[0] for grid in grids for row in grid.rows]  # the first cells of the rows read above
    for lines in _candidate_runs(text):
        if drawn and any(_overlaps(drawn, start, end) for start, end in lines):
            continue  # a table drawn with bars, read above
        index = 0
        while index < len(lines):
            for separator in (_TAB, None):
                run = _run(text, lines, index, separator)
                grid = _plain_table(reader, text, run, separator, first_number + len(grids))
                if grid is not None:
                    grids.append(grid)
                    index += len(run)
                    break
            else:
                index += 1
    return grids


def _barred_runs(text: str) -> Iterator[list[list[Span]]]:
    """The cells of each run of adjacent lines drawn with bars (| a | b |), without the rule
    under a header (| --- | --- |): one row per line, the bars' outer cells dropped."""
    rows: list[list[Span]] = []
    end = -1
    for match in _BAR_LINE.finditer(text):
        if rows and text[end : match.start()] not in ("\n", "\r\n", "\r"):
            yield rows
            rows = []
        end = match.end()
        if not _BAR_RULE.fullmatch(match.group()):
            rows.append(_bar_cells(text, match.start(), match.end()))
    if rows:
        yield rows


def _bar_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells between the bars of text[start:end], each stripped of spaces."""
    bars = [index for index in range(start, end) if text[index] in _BARS]
    return [_stripped(text, left + 1, right) for left, right in pairwise(bars)]


def _candidate_runs(text: str) -> Iterator[list[Span]]:
    """Runs of adjacent lines that have a tab, or a wide gap between two words: the only lines a
    table can stand on (one scan of the text; most texts have none)."""
    run: list[Span] = []
    for match in _CANDIDATE_LINE.finditer(text):
        if run and text[run[-1][1] : match.start()] not in ("\n", "\r\n", "\r"):
            if len(run) >= 2:
                yield run
            run = []
        run.append((match.start(), match.end()))
    if len(run) >= 2:
        yield run


def _plain_table(
    reader: TableReader, text: str, run: list[list[Span]], separator: str | None, number: int
) -> Grid | None:
    """The rows of `run` as a table, when they are one: a header above rows of numbers."""
    least = 2 if separator is not None else ALIGNED_ROWS
    rows = [[text[start:end] for start, end in cells] for cells in run]
    # whether each cell past the first of its row is a number, read once (cell_number may fold the cell)
    numbers = [[index > 0 and reader.cell_number(cell) is not None for index, cell in enumerate(row)] for row in rows]
    data = [index for index, row in enumerate(numbers) if any(row)]
    if len(run) < least or not data:
        return None
    if separator is None:
        # aligned columns are a table only when every row below the first is a label and numbers
        # (and a unit, in a column headed so: 指标  单位  绝对数), or words in a column before the
        # numbers that holds none in any row (品种  规格  价格: a second column of labels; words after
        # the numbers, 下降4.0%, are prose laid out)
        units = {index for index, cell in enumerate(rows[0]) if cell.strip() in reader.unit_columns}
        labels: set[int] = set()
        for index in range(1, len(rows[0])):
            if any(index < len(row) and row[index] for row in numbers[1:]):
                break
            labels.add(index)
        # a header naming every column (序号  项目名称  总投资  建设进度) makes words after the numbers a
        # column of their own (主体完工, 完成60%), not prose laid out
        headed = not any(numbers[0]) and all(cell.strip() for cell in rows[0])
        for row, read in zip(rows[1:], numbers[1:], strict=True):
            if not headed and any(
                not read[index] and not reader.is_empty(cell)
                for index, cell in enumerate(row)
                if index and index not in units and index not in labels
            ):
                return None
        if len(data) < ALIGNED_ROWS:
            return None
    width = max(len(cells) for cells in run)
    grid = [cells + [(cells[-1][1], cells[-1][1])] * (width - len(cells)) for cells in run]
    table = Grid(number, grid)
    if separator is None:
        table.word_cells = [cells[index] for cells in run[1:] for index in labels if index < len(cells)]
    return table


def _run(text: str, lines: list[Span], index: int, separator: str | None) -> list[list[Span]]:
    """The cells of the lines from `index` on that split into two fields or more, as many each."""
    run: list[list[Span]] = []
    for start, end in lines[index:]:
        cells = _split(text, start, end, separator)
        if not cells and separator == _TAB and run:
            spaced = _split(text, start, end, None)
            if len(spaced) == len(run[0]):
                cells = spaced  # 乳制品  204  0  100%: a row of a tabbed table copied with spaces for its tabs
        if run and separator is None and len(cells) != len(run[0]):
            # 指  标 spaced out over its column in one of the two rows: one cell, if that aligns them
            if len(_spaced_out_joined(text, cells)) == len(run[0]):
                cells = _spaced_out_joined(text, cells)
            elif len(run) == 1 and len(_spaced_out_joined(text, run[0])) == len(cells):
                run[0] = _spaced_out_joined(text, run[0])
        if len(cells) < 2 or (run and separator is None and len(cells) != len(run[0])):
            break
        run.append(cells)
    return run


def _split(text: str, start: int, end: int, separator: str | None) -> list[Span]:
    line = text[start:end]
    if separator is not None:
        if separator not in line:
            return []
        pieces = []
        at = start
        for piece in line.split(separator):
            pieces.append(_stripped(text, at, at + len(piece)))
            at += len(piece) + len(separator)
        return pieces
    stripped = line.strip(" \u3000")
    if not stripped or "\t" in line:
        return []
    offset = start + line.index(stripped)
    cells = []
    at = 0
    for gap in _ALIGNED_GAP.finditer(stripped):
        cells.append((offset + at, offset + gap.start()))
        at = gap.end()
    cells.append((offset + at, offset + len(stripped)))
    return cells


def _spaced_out_joined(text: str, cells: list[Span]) -> list[Span]:
    """`cells` with a one-character Chinese cell joined to the cell before when that one is Chinese
    characters each alone: a header spaced out to its column's width (指  标, 项  目) is one cell.
    Used only where it makes a row as wide as the rows around it (男  女 may be two columns)."""
    joined: list[Span] = []
    for start, end in cells:
        if (
            joined
            and _spaced_characters(text[start:end])
            and end - start == 1
            and _spaced_characters(text[joined[-1][0] : joined[-1][1]])
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _spaced_characters(cell: str) -> bool:
    """True when `cell` is Chinese characters, each alone between spaces (指, 指  标)."""
    pieces = _ALIGNED_GAP.split(cell)
    return all(len(piece) == 1 and "\u4e00" <= piece <= "\u9fff" for piece in pieces)


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \u3000\r\n":
        start += 1
    while end > start and text[end - 1] in " \u3000\r\n":
        end -= 1
    return start, end


def with_tables(figures: list[Figure], document: Document, patterns: PatternSet) -> tuple[list[Figure], Document]:
    """The records of a document with its tables read: the core's records on a table's lines are
    replaced by one record per numeric cell; the document comes back with its cells' regions
    completed (row and column headers), for `presscan.readers.locate`."""
    tables = read_tables(document, patterns)
    if tables is None:
        return figures, document
    return tables.merged(figures), tables.document


class Tables:
    """The tables of a document, read: their cells' records (`found`), the lines they stand on
    (`rows`), and the document with its cells' regions completed (`document`)."""

    __slots__ = ("document", "found", "rows", "word_cells")

    def __init__(
        self, found: list[Figure], rows: list[Span], document: Document, word_cells: list[Span] | None = None
    ) -> None:
        self.found = found
        self.rows = rows
        self.document = document
        self.word_cells = word_cells or []  # cells of columns of labels and of header rows: no record

    def merged(self, figures: list[Figure]) -> list[Figure]:
        """The core's records `figures` with those on a table's lines given way to the cells' own:
        those that overlap a cell read here, those that run from one cell into the next, and those
        inside a cell of a column of labels (规格: HRB400E Φ20mm), which the core read as prose."""
        read_cells = sorted([*((figure.start, figure.end) for figure in self.found), *self.word_cells])
        rows = self.rows
        kept = [
            figure
            for figure in figures
            if not _overlaps(read_cells, figure.start, figure.end)
            and not ("\t" in figure.text and any(start <= figure.start < end for start, end in rows))
        ]
        return sorted([*kept, *self.found], key=lambda figure: (figure.start, figure.end))


def read_tables(document: Document, patterns: PatternSet) -> Tables | None:
    """The tables of `document` read (`with_tables`' first half), or None when it has none: its
    records are then the core's as they are, and can be written as they come."""
    text = document.text
    grids = grids_from_regions(document.regions)
    if not grids and not document.regions:
        grids = find_text_tables(text, patterns)
    if not grids:
        return None
    reader = table_reader(patterns)
    years = reader.document_years(text)
    lines = line_starts(text)
    found: list[Figure] = []
    cells: list[Region] = []
    word_cells: list[Span] = []
    for grid in grids:
        records, regions = reader.read(text, grid, document.source, years, lines)
        found.extend(records)
        cells.extend(regions)
        word_cells.extend(grid.word_cells)
        # the header rows above the first row with a figure name columns: the core's records in
        # them are names' numbers (三项基金收入), no figures
        first = min((record.table.row for record in records if record.table is not None), default=1)
        word_cells.extend(cell for row in grid.rows[: first - 1] for cell in row if cell[1] > cell[0])
    rows = [_line_span(text, grid.span) for grid in grids]
    others = tuple(region for region in document.regions if region.table is None)
    return Tables(
        found, rows, Document(document.source, text, document.format, document.encoding, (*others, *cells)), word_cells
    )


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, not overlapping each other)."""
    index = max(bisect_right(spans, (start, start)) - 1, 0)
    while index < len(spans) and spans[index][0] < end:
        if spans[index][1] > start:
            return True
        index += 1
    return False


def _line_span(text: str, span: Span) -> Span:
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return start, len(text) if end < 0 else end
