"""Reading a table's cells: which rows are headers, which column holds the row headers, each cell's unit.

presscan.tables lays tables out and puts their records in place; this module
reads one table (a Grid: the spans of its cells in the document's text) with
the words of patterns/tables.toml and the measure, direction, status and period
words of the other pattern files. See presscan.tables for the rules.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property

from presscan.core import attributor
from presscan.match import find_figures
from presscan.normalise import normalise
from presscan.patterndata import PatternSet
from presscan.patternfile import TableSection
from presscan.periods import DocumentYears, PeriodFinder
from presscan.rawfigure import RawFigure
from presscan.readers.document import Region
from presscan.record import Figure, Period, TableCell, trusted_figure
from presscan.segment import line_of
from presscan.tablecolumns import label_column, place_indicators, title_indicator, titled
from presscan.tablegrid import Grid, Span, TableColumn

# A bare number in a cell, after full-width forms are folded: -2.3, 48,526, 3256.8
_NUMBER = re.compile(r"[-+\u2212]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
# A cell that is a number and nothing else, in ASCII
_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
# Rows an aligned plain-text table must have, header excluded, to be taken for one
ALIGNED_ROWS = 3
# Lines above a table searched for its title and its unit caption
_LINES_ABOVE = 3
_LONGEST_UNIT = 10
# Headers and units read are remembered (tables repeat them), up to this many of each
_MOST_REMEMBERED = 4096


def table_reader(patterns: PatternSet) -> TableReader:
    """The table rules of a pattern set, built on first use and kept with it."""
    built = patterns.built.get("tables")
    if not isinstance(built, TableReader):
        built = patterns.built["tables"] = TableReader(patterns)
    return built


class TableReader:
    """Reads the cells of tables with the words of one pattern set; built once per set."""

    def __init__(self, patterns: PatternSet) -> None:
        self.patterns = patterns
        words: TableSection = patterns.tables
        self.words = words
        self.marks = tuple(sorted(words.footnote_marks, key=len, reverse=True))
        self.placeholders = frozenset(words.placeholders)
        self.unit_columns = frozenset(words.unit_columns)
        self.serial_columns = frozenset(words.serial_columns)
        self.place_columns = frozenset("".join(header.split()) for header in words.place_columns)
        self.indicator_columns = frozenset("".join(header.split()) for header in words.indicator_columns)
        self.value_columns = frozenset("".join(header.split()) for header in words.value_columns)
        attribution = patterns.attribution
        # a column headed by a growth word, or by a comparison adverb (同比, 环比): changes
        self.growth = frozenset([*attribution.measure.growth, *attribution.comparison.adverbs])
        self.share = frozenset(attribution.measure.share)
        self.percent_kinds = frozenset(attribution.measure.percent_kinds)
        self.up = frozenset([*attribution.direction.up, *attribution.direction.up_nouns])
        self.down = frozenset([*attribution.direction.down, *attribution.direction.down_nouns])
        self.targets = frozenset(attribution.status.target)
        self.goal_nouns = frozenset(attribution.status.target_nouns)  # a header of goals: 年度任务
        self.title_generic = self.goal_nouns | self.share  # headers a table's title names: 比例, 目标
        self.comparisons = tuple(attribution.comparison.markers)
        self._units: dict[str, RawFigure | None] = {}
        self._header_units: dict[str, str | None] = {}
        self._row_context: tuple[int, str, str] = (-1, "", "")
        self._header_words: dict[str, frozenset[str]] = {}
        marks = "|".join(re.escape(mark) for mark in self.marks)
        ends = f"(?:{marks}|[ \u3000])+" if marks else "[ \u3000]+"
        self._ends = re.compile(f"^{ends}|{ends}$")

    @cached_property
    def periods(self) -> PeriodFinder:
        return attributor(self.patterns).periods

    def document_years(self, text: str) -> DocumentYears:
        head = self.patterns.attribution.document.head_characters or 400
        return self.periods.document_years(normalise(text[: head * 2]).text)

    # ----- what a cell holds -------------------------------------------------------------
    def unit(self, written: str) -> RawFigure | None:
        """The figure `1` + `written` reads as, when `written` is exactly a unit (万吨, %, 亿元)."""
        if written not in self._units:
            if len(self._units) > _MOST_REMEMBERED:
                self._units.clear()
            probe = "1" + written
            found = find_figures(probe, self.patterns) if written else []
            self._units[written] = found[0] if len(found) == 1 and found[0].end == len(probe) else None
        return self._units[written]

    def _bare(self, text: str) -> str:
        """`text` without footnote marks and spaces at its ends."""
        return self._ends.sub("", text)

    def is_empty(self, written: str) -> bool:
        bare = self._bare(normalise(written).text)
        return not bare or bare in self.placeholders

    def cell_number(self, written: str) -> tuple[Span, RawFigure | None] | None:
        """Where the number of a cell stands in it, and its figure when the cell states its own unit;
        None for a cell that is not a number."""
        if _PLAIN.fullmatch(written):  # the usual cell: nothing to fold
            return (0, len(written)), None
        folded = normalise(written)
        bare = self._bare(folded.text)
        if not bare:
            return None
        offset = folded.text.index(bare)
        number = _NUMBER.fullmatch(bare)
        if number is not None:
            return folded.span(offset, offset + len(bare)), None
        found = find_figures(bare, self.patterns)
        if len(found) == 1 and found[0].qualifier_start == 0 and self._cell_end(bare, found[0].qualifier_end):
            return folded.span(offset + found[0].start, offset + found[0].end), found[0]
        return None

    def _cell_end(self, bare: str, end: int) -> bool:
        """Whether a figure that ends at `end` is all the cell `bare` holds, or all but the other units
        it is counted in, in brackets (16000套[（间）], 63台[（套）]), which the core leaves out of it too."""
        if end == len(bare):
            return True
        for opening, closing in self.words.brackets:
            rest = bare[end:]
            if rest.startswith(opening) and rest.endswith(closing) and len(rest) > len(opening) + len(closing):
                inner = rest[len(opening) : -len(closing)]
                return all(self.unit(unit) is not None for unit in inner.split("、"))
        return False

    def header_unit(self, header: str) -> str | None:
        """The unit a header states: in brackets (粮食产量(万吨)), or at its end (比上年增长%)."""
        if header not in self._header_units:
            if len(self._header_units) > _MOST_REMEMBERED:
                self._header_units.clear()
            self._header_units[header] = self._header_unit(header)
        return self._header_units[header]

    def _header_unit(self, header: str) -> str | None:
        text = self._bare(normalise(header).text)
        for opening, closing in self.words.brackets:
            end = text.rfind(closing)
            start = text.rfind(opening, 0, end) if end >= 0 else -1
            if start >= 0 and self.unit(text[start + len(opening) : end].strip()) is not None:
                return text[start + len(opening) : end].strip()
        for unit in sorted(self.words.trailing_units, key=len, reverse=True):
            if text.endswith(unit) and self.unit(unit) is not None:
                return unit
        return None

    def caption_unit(self, line: str) -> str | None:
        """The unit a caption states: 单位：万吨 (the longest unit after the caption word)."""
        text = normalise(line).text
        for word in self.words.unit_captions:
            at = text.find(word)
            if at < 0:
                continue
            rest = text[at + len(word) :].strip()
            for length in range(min(len(rest), _LONGEST_UNIT), 0, -1):
                if self.unit(rest[:length]) is not None:
                    return rest[:length]
        return None

    def subject(self, header: str) -> str | None:
        """A row header as a subject: without its unit in brackets, footnote marks, and 其中："""
        text = header.strip(" \u3000")
        for opening, closing in self.words.brackets:
            end = text.rfind(closing)
            start = text.rfind(opening, 0, end) if end >= 0 else -1
            if start >= 0 and self.unit(normalise(text[start + len(opening) : end]).text.strip()) is not None:
                text = (text[:start] + text[end + len(closing) :]).strip(" \u3000")
        for prefix in sorted(self.words.row_header_prefixes, key=len, reverse=True):
            if text.startswith(prefix):
                text = text[len(prefix) :].strip(" \u3000")
        text = self._bare(text)
        return text or None

    # ----- the tables ---------------------------------------------------------------------
    def read(
        self, text: str, grid: Grid, source: str, years: DocumentYears, lines: list[int]
    ) -> tuple[list[Figure], list[Region]]:
        """The records of a table's numeric cells, and a region for every cell (headers filled in)."""
        rows = [[text[start:end].strip(" \u3000") for start, end in row] for row in grid.rows]
        width = max(len(row) for row in rows)
        numbers = [[self.cell_number(cell) if cell else None for cell in row] for row in rows]
        caption = self._caption_unit(text, grid)
        title = self._title(text, grid)
        headers = 0
        while headers < len(rows) and not any(numbers[headers]):
            if len([cell for cell in rows[headers] if cell]) == 1 and width > 2:
                only = next(cell for cell in rows[headers] if cell)
                caption = self.caption_unit(only) or caption
                if self.caption_unit(only) is None and title is None:
                    title = (grid.rows[headers][rows[headers].index(only)], only)
            headers += 1
        columns = self._columns(text, grid, rows, headers, width, years, title)
        # 排名  区县  综合指数: a column of serial numbers holds no figures and names no row
        serial = {index for index, column in enumerate(columns) if column.header in self.serial_columns}
        label = label_column(rows, numbers, headers, width, serial)
        indicators = place_indicators(
            columns[label].header if label is not None else None,
            self.place_columns,
            self.indicator_columns,
            [
                None if column.header and "".join(column.header.split()) in self.value_columns else column.header
                for column in columns
            ],
            [column.measure == "growth" for column in columns],
            [column.period.text if column.period is not None else None for column in columns],
            self.subject,
        )
        if indicators is not None and title is not None:
            dated = self._period(text, title[0], title[1], years)
            named = title_indicator(title[1], dated.text if dated else None, self.words)
            indicators = titled(indicators, named, self.title_generic)  # 比例 under 表1 …城镇化率
        unit_column = next((index for index, column in enumerate(columns) if column.header in self.unit_columns), None)
        records: list[Figure] = []
        regions: list[Region] = []
        for r, row in enumerate(rows):
            row_header = row[label] if label is not None and label < len(row) and row[label] else None
            row_unit = self.header_unit(row_header) if row_header else None
            if unit_column is not None and r >= headers and unit_column < len(row) and self.unit(row[unit_column]):
                row_unit = row[unit_column]
            for c, (start, end) in enumerate(grid.rows[r]):
                column = columns[c]
                stated = grid.given.get((grid.number, r + 1, c + 1))
                cell = TableCell(
                    number=grid.number,
                    row=r + 1,
                    column=c + 1,
                    row_header=stated.row_header if stated and stated.row_header else row_header,
                    column_header=stated.column_header if stated and stated.column_header else column.header,
                )
                regions.append(Region(start, end, table=cell))
                found = numbers[r][c]
                if r < headers or c in (label, unit_column) or c in serial or found is None:
                    continue
                unit = column.unit if column.unit and self._is_rate(column.unit) else row_unit or column.unit
                named = row_header
                if indicators is not None and row_header and indicators[c]:
                    named = f"{row_header}{indicators[c]}"  # 南湖区 + 基本养老保险参保人数
                elif label is None and column.header and column.measure != "growth":
                    named = self._column_name(column)  # rows with no name (12英寸  4  31.5  93.2%): the column's
                record = self._record(text, start, found, unit or caption, named, column, cell, source, lines)
                if record is not None:
                    records.append(record)
        return records, regions

    def _column_name(self, column: TableColumn) -> str | None:
        """What a column's header names, without its unit and its time; None for a header of values
        alone ([tables] value_columns: 数值, 本月) or of a time alone (2025年)."""
        header = column.header or ""
        if "".join(header.split()) in self.value_columns:
            return None
        named = self.subject(header)
        if named and column.period is not None:
            named = named.replace(column.period.text, "").strip(" \u3000")
        return named or None

    def _is_rate(self, unit: str) -> bool:
        figure = self.unit(unit)
        return figure is not None and figure.kind in self.percent_kinds

    def _columns(
        self,
        text: str,
        grid: Grid,
        rows: list[list[str]],
        headers: int,
        width: int,
        years: DocumentYears,
        title: tuple[Span, str] | None,
    ) -> list[TableColumn]:
        columns: list[TableColumn] = []
        header_rows = [r for r in range(headers) if len([cell for cell in rows[r] if cell]) > 1 or width <= 2]
        for c in range(width):
            parts: list[tuple[Span, str]] = []
            for position, r in enumerate(header_rows):
                written = rows[r][c] if c < len(rows[r]) else ""
                at = c
                # a header spanning columns stands in its first: the ones to its right inherit it
                while not written and position < len(header_rows) - 1 and at > 0:
                    at -= 1
                    written = rows[r][at]
                if written:
                    parts.append((grid.rows[r][at], written))
            column = TableColumn(" ".join(written for _, written in parts) or None)
            if column.header is not None:
                self._describe(text, column, parts, years)
            if column.period is None and column.measure == "growth":
                # 指标  2025年  2024年  同比: the change of the latest time to its left
                dated = [left.period for left in columns if left.period is not None]
                column.period = max(dated, key=lambda period: period.end_year or 0, default=None)
            if column.period is None and title is not None:
                column.period = self._period(text, title[0], title[1], years)
            columns.append(column)
        return columns

    def _describe(self, text: str, column: TableColumn, parts: list[tuple[Span, str]], years: DocumentYears) -> None:
        """What a column's header says: unit, growth or share, direction, period, target."""
        assert column.header is not None
        column.unit = self.header_unit(column.header)
        words = self._header_words.get(column.header)
        if words is None:
            if len(self._header_words) > _MOST_REMEMBERED:
                self._header_words.clear()
            cut = attributor(self.patterns).tagger.cut(normalise(column.header).text)
            words = self._header_words[column.header] = frozenset(word for word, _ in cut)
        if words & self.growth or words & self.up or words & self.down:
            column.measure = "growth"
        elif words & self.share:
            column.measure = "share"
        column.up = bool(words & self.up)
        column.down = bool(words & self.down)
        if words & self.targets or "".join(column.header.split()) in self.goal_nouns:
            column.status = "target"
        for span, written in parts:
            column.period = self._period(text, span, written, years)
            if column.period is not None:
                break

    def _period(self, text: str, span: Span, written: str, years: DocumentYears) -> Period | None:
        """The first time expression in a header, unless it is a comparison's baseline (比上年)."""
        folded = normalise(text[span[0] : span[1]])
        for found in self.periods.find(folded.text):
            if folded.text[: found.start].endswith(self.comparisons):
                continue
            resolved = self.periods.resolve(found, None, years)
            start, end = folded.span(found.start, found.end)
            return Period(
                text=text[span[0] + start : span[0] + end],
                start=span[0] + start,
                end=span[0] + end,
                start_year=resolved.start_year,
                end_year=resolved.end_year,
                start_month=resolved.start_month,
                end_month=resolved.end_month,
                resolved_from=resolved.resolved_from,  # type: ignore[arg-type]
            )
        return None

    def _lines_above(self, text: str, grid: Grid) -> list[tuple[int, str]]:
        """The non-empty lines right above a table, nearest first, with their offsets."""
        end = text.rfind("\n", 0, grid.span[0])
        found: list[tuple[int, str]] = []
        while end > 0 and len(found) < _LINES_ABOVE:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip(" \u3000\r\t")
            if line:
                found.append((start + text[start:end].index(line), line))
            end = start - 1
        return found

    def _caption_unit(self, text: str, grid: Grid) -> str | None:
        for _, line in self._lines_above(text, grid):
            unit = self.caption_unit(line)
            if unit is not None:
                return unit
        return None

    def _title(self, text: str, grid: Grid) -> tuple[Span, str] | None:
        for start, line in self._lines_above(text, grid):
            if line.startswith(tuple(self.words.titles)):
                return (start, start + len(line)), line
        return None

    def _context(self, text: str, at: int) -> str:
        """A cell's context: its row, normalised, the cells apart by a space (the same for a whole row)."""
        start = text.rfind("\n", 0, at) + 1
        if self._row_context[0] != start or self._row_context[1] is not text:
            end = text.find("\n", at)
            row = normalise(text[start : len(text) if end < 0 else end].replace("\t", " ")).text
            self._row_context = (start, text, row)
        return self._row_context[2]

    def _record(
        self,
        text: str,
        cell_start: int,
        found: tuple[Span, RawFigure | None],
        unit: str | None,
        row_header: str | None,
        column: TableColumn,
        cell: TableCell,
        source: str,
        lines: list[int],
    ) -> Figure | None:
        (start, end), own = found
        start, end = cell_start + start, cell_start + end
        written = text[start:end]
        if own is not None:
            raw = own
        else:
            if unit is None:
                return None  # a number whose unit the table does not state: not a figure
            number = written if _PLAIN.fullmatch(written) else normalise(written).text.replace("\u2212", "-")
            probe = number + unit
            matched = find_figures(probe, self.patterns)
            if len(matched) != 1 or matched[0].end != len(probe):
                return None
            raw = matched[0]
        measure = column.measure if raw.kind in self.percent_kinds else None
        direction: str | None = None
        if column.up and column.down:
            direction = "up" if raw.value > 0 else "down" if raw.value < 0 else None
        elif column.up or column.down or measure == "growth":
            direction = "down" if raw.value < Decimal(0) or (column.down and not column.up) else "up"
        context = self._context(text, start)
        return trusted_figure(
            {
                "source": source,
                "start": start,
                "end": end,
                "line": line_of(lines, start),
                "page": None,
                "text": written,
                "number": raw.number,
                "magnitude": raw.magnitude,
                "value": raw.value,
                "value_high": raw.value_high,
                "unit": raw.unit,
                "kind": raw.kind,
                "per": raw.per,
                "qualifier": raw.qualifier,
                "qualifier_text": raw.qualifier_text,
                "subject": self.subject(row_header) if row_header else None,
                "base": None,
                "period": column.period,
                "direction": direction,
                "status": column.status,
                "measure": measure,
                "table": cell,
                "context": context,
                "pattern": raw.pattern,
            }
        )
