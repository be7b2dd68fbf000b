"""The pure core: text in, figures out. No I/O, no state beyond the pattern data.

Why this module is long: it runs one piece of a text through every stage (normalise, match,
layout, attribute) and builds the records, and the few whole-text decisions that sit between
the stages (the title, the headings, where paragraphs end for carrying a period, a record's
context) are read here, next to the loop that uses them; the record building is here so that
mypyc compiles it together with that loop (a figure costs a call less).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import regex

from presscan.attribute import Attribution, Attributor
from presscan.match import RawFigure, find_figures
from presscan.matchwords import code_table_of, has_code
from presscan.normalise import normalise
from presscan.normalised import Normalised
from presscan.pagelines import blank_page_furniture
from presscan.patternset import HARD_BREAK, PatternSet, default_patterns
from presscan.periods import DocumentYears, PeriodFinder
from presscan.record import PERIOD_FIELD_SET, Figure, Period
from presscan.recordvalues import RecordValues, figure_of, fill
from presscan.sections import Section
from presscan.segment import Layout, Spans, bisect_near, bisect_right, layout, line_starts
from presscan.titleline import title_line
from presscan.wordclass import Phrase

# A record's context is the sentence its figure stands in, but never more than this
# many characters of it: the whole clauses around the figure that fit, or, in a
# clause longer than this, this many characters around the figure. Without a bound,
# a text without sentence ends (a list of thousands of clauses, a table run into one
# line, a text with punctuation presscan does not know) gives every figure the whole
# text as its context, and the output grows with the square of the input (a 295 KB
# file gave 2.85 GB of JSON Lines). 300 characters keep every sentence of the real
# bulletins in ../shared/corpus whole but a few (see README, Limits).
CONTEXT_CHARACTERS: Final = 300

# Text is read in pieces of about this many characters, cut where a paragraph ends:
# the working set stays small however big the text, and what is read across a cut is
# unchanged. Each stage runs over a whole piece before the next one starts; in pieces
# of 25 000 characters what one stage leaves for the next is still in the processor's
# caches, and a 1 MB text is read some 10 % faster than in pieces of 200 000, for the
# same number of instructions (docs/performance.md, "The second round, sixth pass").
CHUNK_CHARACTERS: Final = 25_000
# A paragraph that runs past the end of its piece is read whole, its piece running on
# to its end, up to this many characters; a longer one is cut at a sentence end.
LONGEST_PIECE: Final = 200_000


def extract(
    text: str, *, patterns: PatternSet | None = None, source: str = "-", year: int | None = None
) -> list[Figure]:
    """Every statistical figure in `text`, in order of position; [] when there is none.

    `patterns` defaults to the shipped pattern files; pass `load_patterns([...])`
    to add your own. `source` is copied into each record (a path, or "-").
    `year` is the year the text was written, for 今年 and 五年来 where the text
    itself (a date in its first lines, a title with a year) does not say.
    Offsets in the records refer to `text` exactly as given.
    """
    return list(iter_extract(text, patterns=patterns, source=source, year=year))


def attributor(patterns: PatternSet) -> Attributor:
    """The attribution rules of a pattern set, built on first use and kept with it."""
    built = patterns.built.get("attributor")
    if not isinstance(built, Attributor):
        built = patterns.built["attributor"] = Attributor(patterns)
    return built


def iter_extract(
    text: str,
    *,
    patterns: PatternSet | None = None,
    source: str = "-",
    chunk_characters: int = CHUNK_CHARACTERS,
    year: int | None = None,
    longest_piece: int = LONGEST_PIECE,
) -> Iterator[Figure]:
    """The figures of `extract`, one piece of the text at a time: memory does not grow with the text.

    The pieces, of about `chunk_characters`, end where a paragraph ends (a sentence
    end at the end of a line), so periods, subjects and lists read the same as over
    the whole text; a paragraph that runs past its piece is read whole, up to
    `longest_piece` characters from the piece's start; a longer one is cut at a
    sentence end, and a period does not carry across that cut.
    """
    for values in iter_record_values(
        text,
        patterns=patterns,
        source=source,
        chunk_characters=chunk_characters,
        year=year,
        longest_piece=longest_piece,
    ):
        yield figure_of(values)


def iter_record_values(
    text: str,
    *,
    patterns: PatternSet | None = None,
    source: str = "-",
    chunk_characters: int = CHUNK_CHARACTERS,
    year: int | None = None,
    longest_piece: int = LONGEST_PIECE,
) -> Iterator[RecordValues]:
    """iter_extract's records as their values, not made into Figures: for a writer that writes them
    as they are (JSON Lines: jsonline.JsonEncoder.encode_values_line), and for nothing else."""
    for piece in _pieces_read(text, patterns, source, chunk_characters, year, longest_piece):
        yield from piece


def _pieces_read(
    text: str,
    patterns: PatternSet | None,
    source: str,
    chunk_characters: int,
    year: int | None,
    longest_piece: int,
) -> Iterator[list[RecordValues]]:
    """The records of each piece of `text` in turn (iter_extract's pieces)."""
    patterns = patterns or default_patterns()
    rules = attributor(patterns)
    head = rules.periods.document.head_characters or 400
    opening = text[: head * 2]
    title = title_line(opening, patterns)
    document = rules.periods.document_years(
        normalise(opening, punctuation=patterns.punctuation, traditional=patterns.traditional).text,
        year,
        None if title is None else normalise(title, traditional=patterns.traditional).text,
    )
    line_base = 0
    previous_end = 0
    section: Section | None = None  # the section in force where the next piece starts
    reading = blank_page_furniture(text, patterns)  # page numbers copied from a PDF, as spaces
    for start, end in _pieces(reading, chunk_characters, patterns, longest_piece):
        line_base += _line_breaks(text, previous_end, start)
        previous_end = start
        records, section = _extract_piece(text, reading, start, end, line_base, patterns, source, document, section)
        if records:
            yield records


def _extract_piece(
    text: str,
    reading: str,
    base: int,
    end: int,
    line_base: int,
    patterns: PatternSet,
    source: str,
    document: DocumentYears,
    section: Section | None,
) -> tuple[list[RecordValues], Section | None]:
    """Records of text[base:end], and the section in force at its end; offsets and lines are
    moved to the whole text's by `base` and `line_base`.

    The whole text is passed for its lines around the piece: they tell wrapped lines from others;
    `reading` is `text` with its page furniture blanked (pagelines.py), which the figures are read in."""
    piece = text[base:end]
    folded = normalise(reading, base, end, punctuation=patterns.punctuation, traditional=patterns.traditional)
    raw = find_figures(folded.text, patterns)
    structure = layout(folded.text, patterns.punctuation)
    if not raw and not structure.headings:
        return [], section
    headings = _headings(folded.text, structure)
    title = _title(piece, folded, patterns) if base == 0 else None
    if title is not None and title not in headings:
        headings.insert(0, title)
    punctuation = patterns.punctuation
    rules = attributor(patterns)
    paragraph_ends = _paragraph_ends(
        folded.text, structure, title, punctuation.clause_end - punctuation.colons, rules.periods
    )
    full_sentences = _full_sentences(folded.text, structure, patterns, title)
    attributions, last = rules.attribute(
        folded.text, raw, full_sentences, paragraph_ends, headings, document, section, title
    )
    if not raw:
        return [], _carried(last, piece, folded, base)
    lines = line_starts(piece)
    shared = _Shared()
    if len(attributions) != len(raw):
        raise ValueError("one attribution per figure")
    # an index loop: compiled code iterates zip(..., strict=True) through the generic iterator protocol
    return [
        _record(raw[index], attributions[index], piece, folded, lines, structure, source, base, line_base, shared)
        for index in range(len(raw))
    ], _carried(last, piece, folded, base)


def _carried(section: Section | None, piece: str, folded: Normalised, base: int) -> Section | None:
    """The section in force at the end of a piece, as the next piece takes it: from its start,
    its period at its offsets in the whole original text, and the sections it stands under
    (a heading in the next piece may stand under one of them)."""
    if section is None:
        return None
    period = section.period
    if period is not None and not period.absolute:
        start, end = folded.span(period.start, period.end)
        period = period.moved(base + start, base + end, piece[start:end])
    carried = Section(-1, section.level, section.status, period)
    carried.resolved, carried.titled = section.resolved, section.titled
    carried.outer = _carried(section.outer, piece, folded, base)
    return carried


class _Shared:
    """What figures of one piece have in common, built once and shared: records are
    immutable, and a sentence of ten figures then holds one context, not ten."""

    def __init__(self) -> None:
        self.contexts: dict[tuple[int, int], str] = {}  # by span
        # the last figure's context and its span: the figures of a sentence come one after another,
        # and two native integers compared cost less than a tuple made, hashed and compared in the dict
        self.context_start = self.context_end = -1
        self.context = ""
        self.periods: dict[int, Period | None] = {}  # by the period's normalised start
        self.period_key = -2  # the last figure's key in `periods` (-1 for no period) and its period
        self.period: Period | None = None
        # the last figure's subject phrase and its text as written: a group's figures share the phrase
        self.subject: Phrase | None = None
        self.subject_text: str | None = None
        self.line = 0  # line_of the figure before: the next one mostly stands on that line or the next


_SAFE_CUT = regex.compile(r"[^0-9A-Za-z\p{Han}]")


def _pieces(text: str, size: int, patterns: PatternSet | None = None, longest: int = 0) -> Iterator[tuple[int, int]]:
    """[start, end) pieces of about `size` characters, cut after a paragraph end when there is
    one in the second half of the piece. When there is none, the piece runs on to the first
    paragraph end (the last of the first `size` characters that hold one), up to `longest`
    characters; a paragraph longer than that (or than `size`, when `longest` is not more) is cut
    after a sentence end in the second half of those characters, else at a character that
    cannot be inside a figure; a piece with none of these runs on until one comes."""
    punctuation = (patterns or default_patterns()).punctuation
    last_paragraph_end = punctuation.last_paragraph_end_re
    last_sentence_end = punctuation.last_sentence_end_re
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        cut = _last_end(last_paragraph_end, text, low, high)
        reach, bound = high, min(start + longest, len(text))
        while cut is None and reach < bound:  # a paragraph runs past the piece: read it whole
            cut = _last_end(last_paragraph_end, text, reach, min(reach + size, bound))
            reach += size
        if cut is None and longest > size:  # a paragraph longer than `longest`
            low, high = start + longest // 2, start + longest
        if cut is None:
            cut = _last_end(last_sentence_end, text, low, high)
        if cut is None:
            found = _SAFE_CUT.search(text, high)
            cut = found.end() if found else len(text)
        if text[cut - 1 : cut + 1] == "\r\n":
            cut += 1  # one line break, not two
        yield start, cut
        start = cut
    if start < len(text) or not text:
        yield start, len(text)


def _last_end(pattern: regex.Pattern[str], text: str, low: int, high: int) -> int | None:
    found = pattern.search(text, low, high)
    return found.end() if found else None


def _line_breaks(text: str, start: int, end: int) -> int:
    """Line breaks in text[start:end], counted as line_starts counts them (\\r\\n is one). Most
    texts hold no \\r: a search for one (memchr) spares the two counts of every character."""
    breaks = text.count("\n", start, end)
    if text.find("\r", start, end) < 0:
        return breaks
    return breaks + text.count("\r", start, end) - text.count("\r\n", start, end)


def _record(
    figure: RawFigure,
    attribution: Attribution,
    original: str,
    folded: Normalised,
    lines: list[int],
    structure: Layout,
    source: str,
    base: int,
    line_base: int,
    shared: _Shared,
) -> RecordValues:
    start, end = folded.span(figure.start, figure.end)
    context_start, context_end = context_of(folded.text, structure, figure.start, figure.end)
    if context_start == shared.context_start and context_end == shared.context_end:
        context = shared.context
    else:
        context_span = (context_start, context_end)
        known = shared.contexts.get(context_span)
        if known is None:
            known = shared.contexts[context_span] = folded.text[context_start:context_end].strip()
        context = known
        shared.context_start, shared.context_end, shared.context = context_start, context_end, context
    line = shared.line = bisect_near(lines, start, shared.line)  # line_of(lines, start), looked for near
    period_key = id(attribution.resolved) if attribution.period is not None else -1
    if period_key != shared.period_key:  # as the context: the period of the figure before, mostly
        if period_key in shared.periods:
            shared.period = shared.periods[period_key]
        else:
            shared.period = shared.periods[period_key] = _period(attribution, original, folded, base)
        shared.period_key = period_key
    period = shared.period
    if attribution.subject is not shared.subject:  # the records are made once the piece is read: no phrase changes
        shared.subject = attribution.subject
        shared.subject_text = _as_written(attribution.subject, original, folded)
    return RecordValues(
        source,
        base + start,
        base + end,
        line_base + line,
        None,
        original[start:end],
        figure.number,
        figure.magnitude,
        figure.value,
        figure.value_high,
        figure.unit,
        attribution.kind or figure.kind,
        figure.per,
        figure.qualifier,
        figure.qualifier_text,
        shared.subject_text,
        _as_written(attribution.base, original, folded),
        period,
        attribution.direction,
        attribution.status,
        attribution.measure,
        None,
        context,
        figure.pattern,
    )


# read from C statics, not looked up in the module's dict per record
_PERIOD: Final = Period
_PERIOD_FIELDS: Final = PERIOD_FIELD_SET
_NEW_OBJECT: Final[Any] = object.__new__


def _period_of(values: dict[str, object]) -> Period:
    """A Period built as recordvalues.figure_of builds a Figure: without validating its values."""
    record: Period = _NEW_OBJECT(_PERIOD)
    fill(record, _PERIOD_FIELDS, values)
    return record


def context_of(text: str, structure: Layout, start: int, end: int) -> tuple[int, int]:
    """The [start, end) of the context of the figure text[start:end]: its sentence when that is
    at most CONTEXT_CHARACTERS long, else the most whole clauses around the figure's clause that
    fit in as many characters (one before, one after, in turn), else that many characters of the
    figure's clause around the figure. The work is bounded by CONTEXT_CHARACTERS."""
    sentence = structure.sentences.index(start)
    sentence_start = structure.sentences.starts[sentence]
    sentence_end = structure.sentences.ends[sentence]
    if sentence_end - sentence_start <= CONTEXT_CHARACTERS:
        return sentence_start, sentence_end
    clauses = structure.clauses
    first = last = clauses.index(start)
    low, high = clauses.starts[first], clauses.ends[last]
    if high - low > CONTEXT_CHARACTERS:
        room = max(0, CONTEXT_CHARACTERS - (end - start))
        low = max(low, min(start - room // 2, high - CONTEXT_CHARACTERS))
        return low, min(high, low + CONTEXT_CHARACTERS)
    grew = True
    while grew:
        grew = False
        if (
            first > 0
            and clauses.starts[first - 1] >= sentence_start
            and high - clauses.starts[first - 1] <= CONTEXT_CHARACTERS
        ):
            first -= 1
            low = clauses.starts[first]
            grew = True
        if (
            last + 1 < len(clauses)
            and clauses.ends[last + 1] <= sentence_end
            and clauses.ends[last + 1] - low <= CONTEXT_CHARACTERS
        ):
            last += 1
            high = clauses.ends[last]
            grew = True
    return low, high


def _as_written(phrase: Phrase | None, original: str, folded: Normalised) -> str | None:
    """A noun phrase as the original text writes it (萬元, ５Ｇ基站): each of its characters is
    read back from where it came from (normalising folds one character for one)."""
    if phrase is None:
        return None
    positions = phrase.positions
    if not positions:
        return phrase.text
    if _put_in(positions):
        # words put in where the text abbreviates (城乡 -> 城镇, 农村): those as given, the rest as written
        return "".join(
            char if position < 0 else original[folded.original_offset(position)]
            for char, position in zip(phrase.text, positions, strict=True)
        )
    first, last = positions[0], positions[-1]
    if last - first + 1 == len(positions):
        # one run of the normalised text (the usual case): one slice, if nothing was dropped inside it
        start, end = folded.span(first, last + 1)
        if end - start == len(positions):
            return original[start:end]
    return "".join(original[folded.original_offset(position)] for position in positions)


def _put_in(positions: list[int]) -> bool:
    """True when a phrase has words put in (a negative position): any() over a generator is a
    loop in compiled code, where min() is a call of the Python builtin."""
    return any(position < 0 for position in positions)


def _period(attribution: Attribution, original: str, folded: Normalised, base: int) -> Period | None:
    found, resolved = attribution.period, attribution.resolved
    if found is None:
        return None
    if found.absolute:
        start, end, written = found.start, found.end, found.text
    else:
        start, end = folded.span(found.start, found.end)
        written = original[start:end]
        start, end = base + start, base + end
    return _period_of(
        {
            "text": written,
            "start": start,
            "end": end,
            "start_year": resolved.start_year if resolved is not None else None,
            "end_year": resolved.end_year if resolved is not None else None,
            "start_month": resolved.start_month if resolved is not None else None,
            "end_month": resolved.end_month if resolved is not None else None,
            "resolved_from": resolved.resolved_from if resolved is not None else None,
        }
    )


# ----- headings, paragraphs and full sentences, for attribution ----------------------------
def _headings(text: str, structure: Layout) -> list[tuple[int, int]]:
    """Spans of the lines that stand alone without an end mark (titles, headings, date lines),
    without their line break; attribution takes the numbered ones as sections."""
    found: list[tuple[int, int]] = []
    for index in structure.headings:
        start, end = structure.sentences.starts[index], structure.sentences.ends[index]
        while end > start and text[end - 1] == HARD_BREAK:
            end -= 1
        found.append((start, end))
    return found


def _title(piece: str, folded: Normalised, patterns: PatternSet) -> tuple[int, int] | None:
    """The normalised span of the text's title line (see _title_line), if it has one."""
    line = title_line(piece, patterns)
    if line is None:
        return None
    start = piece.index(line)
    return folded.folded_offset(start), folded.folded_offset(start + len(line))


def _paragraph_ends(
    text: str,
    structure: Layout,
    title: tuple[int, int] | None,
    clause_ends: frozenset[str],
    time: PeriodFinder,
) -> list[int]:
    """Where paragraphs end for carrying a period: at every line that was not wrapped (normalise
    keeps those breaks, and only those), after the title, besides segment's paragraph ends; but
    not after a line that ends inside its sentence at a comma (前三季度，⏎全市…), which the next
    line continues (a colon's line may be a salutation: 各位代表：), nor after a line that is a
    time and nothing else (前三季度⏎全市…, as phone articles set their lines): it frames the next."""
    ends = set(structure.paragraph_ends())
    if title is not None:
        ends.add(title[1])
    line_start = 0
    ending = code_table_of(clause_ends)  # the character before a break, by code point: no string made of it
    at = text.find(HARD_BREAK)
    while at != -1:
        continued = at > line_start and (has_code(ending, text, at - 1) or time.fills(text, line_start, at))
        if not continued:
            ends.add(at + 1)
        line_start = at + 1
        at = text.find(HARD_BREAK, at + 1)
    ends.discard(len(text))
    return sorted(ends)


def _full_sentences(text: str, structure: Layout, patterns: PatternSet, title: tuple[int, int] | None) -> Spans:
    """Sentences to their full stop (a ； does not end one) or to a line that was not wrapped
    (a heading, a title, an item of a list); the title is one of its own."""
    punctuation = patterns.punctuation
    closers = punctuation.closing_brackets | punctuation.quote_marks
    full_stop = punctuation.full_stop
    size = len(text)
    # the sentences' ends come in order, each in (0, size): the cuts are found in order, no set sorted
    ordered: list[int] = []
    ends = structure.sentences.ends
    # the marks by code point (matchwords.code_table): a character read from the text is a new string
    closer_codes, stop_codes, hard_break = code_table_of(closers), code_table_of(full_stop), ord(HARD_BREAK)
    for index in range(len(ends) - 1):
        end = ends[index]
        last = end - 1
        code = ord(text[last])
        while last > 0 and code < len(closer_codes) and closer_codes[code]:
            last -= 1
            code = ord(text[last])
        if code == hard_break or (code < len(stop_codes) and stop_codes[code]):
            ordered.append(end)
    if title is not None and 0 < title[1] < size:
        at = bisect_right(ordered, title[1])
        if at == 0 or ordered[at - 1] != title[1]:
            ordered.insert(at, title[1])
    return Spans([0, *ordered], [*ordered, size])
