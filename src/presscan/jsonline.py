"""A record as JSON text: what `json.dumps` gives for the record's JSON dict, written faster.

The text is exactly `json.dumps(figure.model_dump(mode="json"), ensure_ascii=False,
separators=...)`, with the values that a JSON float or integer would not carry
written from the Decimal itself (`exact_number`). tests/test_output_json.py
holds that reference and checks this module against it, on every record of the
property tests too. Writing the text here, in a module mypyc compiles, takes a
third of the time pydantic's serializer took with its Python callback for
values, and a sentence's context, written once for every figure in it, is
escaped once.
"""

from __future__ import annotations

from decimal import Decimal
from json.encoder import encode_basestring  # the C escaper of json.dumps(ensure_ascii=False)
from typing import Final

from pydantic import BaseModel

from presscan.jsonnumber import exact_number as exact_number
from presscan.jsonnumber import json_number
from presscan.record import Figure, Period, TableCell
from presscan.recordvalues import RecordValues, figure_of, values_of

FIGURE_FIELDS: tuple[str, ...] = tuple(Figure.model_fields)
PERIOD_FIELDS: tuple[str, ...] = tuple(Period.model_fields)
TABLE_FIELDS: tuple[str, ...] = tuple(TableCell.model_fields)

# Strings at least this long are kept, escaped, until a different one comes:
# figures of one sentence share their context string.
_REUSED_LENGTH: Final = 40
# Fields whose strings come from a small vocabulary (the pattern files, the
# schema's literals, the input's name): each string is escaped once and kept.
_VOCABULARY_FIELDS = frozenset(
    (
        "source",
        "magnitude",
        "unit",
        "kind",
        "per",
        "qualifier",
        "qualifier_text",
        "direction",
        "status",
        "measure",
        "pattern",
        "resolved_from",
    )
)
_UNSET: Final = object()  # JsonEncoder's last moves before the first record
_LARGEST_VOCABULARY: Final = 10_000  # kept strings; past this many, the store starts again


def _whole(value: object) -> bool:
    """An int or None: a value whose text a key of equal values gives (True == 1, but is written true)."""
    return value is None or type(value) is int


def _word(value: object) -> bool:
    """A string or None: a value whose text a key of equal values gives (see JsonEncoder._units)."""
    return value is None or type(value) is str


# Names imported from modules that are not compiled are looked up in this module's dict at
# every use; these Final aliases are read from C statics instead (a few instructions, not a
# lookup of some 130), and _value uses them for every field.
_ENCODE: Final = encode_basestring
_DECIMAL: Final = Decimal
_PERIOD: Final = Period
_TABLE_CELL: Final = TableCell


# The fields JsonEncoder._figure writes, in this order; a schema with other fields is written by
# _object (tests/test_output_json.py checks that the two agree).
_STRAIGHT_FIELDS: Final = (
    "source",
    "start",
    "end",
    "line",
    "page",
    "text",
    "number",
    "magnitude",
    "value",
    "value_high",
    "unit",
    "kind",
    "per",
    "qualifier",
    "qualifier_text",
    "subject",
    "base",
    "period",
    "direction",
    "status",
    "measure",
    "table",
    "context",
    "pattern",
)
# ...and the fields _period_text writes for a Period
_STRAIGHT_PERIOD_FIELDS: Final = (
    "text",
    "start",
    "end",
    "start_year",
    "end_year",
    "start_month",
    "end_month",
    "resolved_from",
)


class _Field:
    """One field of a record as the encoder writes it: the value's JSON is followed by what
    comes after it in the object (the next field's key, `,"end":`, or the closing brace),
    so that a record is written in about one piece per field, not two."""

    __slots__ = ("after", "name", "null", "vocabulary", "words")

    def __init__(self, name: str, vocabulary: bool, after: str) -> None:
        self.name = name
        self.vocabulary = vocabulary  # its strings come from a small vocabulary: kept with `after`
        self.after = after
        self.null = "null" + after
        self.words: dict[str, str] = {}  # a vocabulary field's strings: their JSON and `after`


class _Plan:
    """How a record of one model is written: its opening (`{"source":`) and its fields."""

    __slots__ = ("fields", "opening")

    def __init__(self, names: tuple[str, ...], item_separator: str, key_separator: str, closing: str = "}") -> None:
        keys = [item_separator + encode_basestring(name) + key_separator for name in names]
        self.opening = "{" + keys[0][len(item_separator) :] if names else "{"
        self.fields = [
            _Field(name, name in _VOCABULARY_FIELDS, keys[i + 1] if i + 1 < len(names) else closing)
            for i, name in enumerate(names)
        ]


class JsonEncoder:
    """Records as JSON objects, one line each, with json.dumps's `separators`."""

    def __init__(self, item_separator: str = ",", key_separator: str = ":") -> None:
        self.figure_plan = _Plan(FIGURE_FIELDS, item_separator, key_separator)
        # a line of JSON Lines: the record and its line break in one string, not a copy of it with one
        self.line_plan = _Plan(FIGURE_FIELDS, item_separator, key_separator, "}\n")
        self.period_plan = _Plan(PERIOD_FIELDS, item_separator, key_separator)
        self.table_plan = _Plan(TABLE_FIELDS, item_separator, key_separator)
        self.last_string = ""
        self.last_string_json = '""'
        self.last_period: object = None
        self.last_period_json = "null"
        # runs of vocabulary fields that follow one another (unit to qualifier_text; direction to
        # measure), by their values: their text, each field's JSON and what follows it, as one piece
        self.units: dict[tuple[object, ...], str] = {}
        self.moves: dict[tuple[object, ...], str] = {}
        self.dates: dict[tuple[object, ...], str] = {}  # a period's years, months and resolved_from, as _units
        # the last moves, by identity (a marker no value is until then): the figures of a sentence mostly
        # share them, and three identity tests cost less than a tuple made, hashed and compared in the dict
        self.last_moves: tuple[object, ...] = (_UNSET, _UNSET, _UNSET)
        self.last_moves_fields: list[_Field] = []
        self.last_moves_text = ""
        self.last_units: tuple[object, ...] = (_UNSET, _UNSET, _UNSET, _UNSET, _UNSET)  # as last_moves, for _units
        self.last_units_fields: list[_Field] = []
        self.last_units_text = ""
        # the fields of the schema, with json.dumps's separators: each record written by _figure
        self.straight = FIGURE_FIELDS == _STRAIGHT_FIELDS and (item_separator, key_separator) == (",", ":")
        # the last source, period (with no base) and context, by identity, and their pieces (_figure)
        self.last_source: object = _UNSET
        self.last_head = ""
        self.last_base_period: object = _UNSET
        self.last_base_period_text = ""
        self.last_context: object = _UNSET
        self.last_context_tail = ""
        self.straight_period = PERIOD_FIELDS == _STRAIGHT_PERIOD_FIELDS and (item_separator, key_separator) == (
            ",",
            ":",
        )

    def encode(self, figure: Figure) -> str:
        if self.straight:
            return self._figure(values_of(figure.__dict__), self.figure_plan.fields)
        return self._object(figure, self.figure_plan)

    def encode_line(self, figure: Figure) -> str:
        """encode(figure) + "\\n", written as one string."""
        if self.straight:
            return self._figure(values_of(figure.__dict__), self.line_plan.fields)
        return self._object(figure, self.line_plan)

    def encode_values_line(self, values: RecordValues) -> str:
        """encode_line of the Figure of `values` (core.figure_of), written without making it."""
        if self.straight:
            return self._figure(values, self.line_plan.fields)
        return self._object(figure_of(values), self.line_plan)

    def _figure(self, values: RecordValues, fields: list[_Field]) -> str:
        """What _object writes for a Figure, written field by field in one string: no list of pieces
        and no loop over the plan (an f-string is one CPyStr_Build call in the compiled module);
        the keys are written out as _STRAIGHT_FIELDS names them. A vocabulary field's text holds
        what follows it (its `after`), as in _object. The values are read from a native object's
        slots (recordvalues.py), not looked up in a dict."""
        return (
            f"{self._head(fields, values.source)}"
            f'{self._integer(values.start)},"end":{self._integer(values.end)}'
            f',"line":{self._integer(values.line)},"page":{self._mostly_null(fields[4], values.page)}'
            f'{self._string(values.text)},"number":{self._string(values.number)}'
            f',"magnitude":{self._vocabulary(fields[7], values.magnitude)}'
            f"{self._value(values.value)}{self._units(fields, values)}"
            f'{self._string(values.subject)},"base":{self._base_period(fields, values)}'
            f"{self._moves(fields, values)}{self._tail(fields, values)}"
            f"{self._vocabulary(fields[23], values.pattern)}"
        )

    def _head(self, fields: list[_Field], source: object) -> str:
        """`{"source":` and the source's text, with what follows it: the same for every record of an
        input (kept by identity), one piece."""
        if source is not self.last_source:
            self.last_source = source
            self.last_head = "{" + '"source":' + self._vocabulary(fields[0], source)
        return self.last_head

    def _base_period(self, fields: list[_Field], values: RecordValues) -> str:
        """base, and the period after it: with no base (most records), kept with the last period
        (by identity) as one piece."""
        base, period = values.base, values.period
        if base is not None:
            return f"{self._value(base)}{fields[16].after}{self._period(period)}"
        if period is not self.last_base_period:
            self.last_base_period = period
            self.last_base_period_text = fields[16].null + self._period(period)
        return self.last_base_period_text

    def _tail(self, fields: list[_Field], values: RecordValues) -> str:
        """table, then the context, then the key of the pattern: with no table (most records), kept
        with the context (by identity: the figures of a sentence share it, short or long) as one
        piece, written once a sentence."""
        table, context = values.table, values.context
        if table is None and type(context) is str:
            if context is not self.last_context:
                self.last_context = context
                self.last_context_tail = f'{fields[21].null}{self._text(context)},"pattern":'
            return self.last_context_tail
        return f'{self._mostly_null(fields[21], table)}{self._string(context)},"pattern":'

    def _units(self, fields: list[_Field], values: RecordValues) -> str:
        """value_high's key and value (mostly null), then unit, kind, per, qualifier and
        qualifier_text, each with what follows it, as one string, kept by their values: a record is
        built of some 20 pieces, and each costs the builder about 170 instructions, more than a
        lookup of the five. Values other than strings (a Figure made by hand) are written one by
        one: values equal as keys may be written differently (1, True)."""
        unit, kind, per = values.unit, values.kind, values.per
        qualifier, qualifier_text = values.qualifier, values.qualifier_text
        high = values.value_high
        if high is not None:
            return f',"value_high":{self._value(high)}{fields[9].after}{self._units_of(fields, values)}'
        last = self.last_units  # the record before's: the same objects, the same text (no tuple built, hashed)
        same = unit is last[0] and kind is last[1] and per is last[2] and qualifier is last[3]
        if same and qualifier_text is last[4] and fields is self.last_units_fields:
            return self.last_units_text
        if _word(unit) and _word(kind) and _word(per) and _word(qualifier) and _word(qualifier_text):
            key = (unit, kind, per, qualifier, qualifier_text)
            text = self.units.get(key)
            if text is None:
                if len(self.units) >= _LARGEST_VOCABULARY:
                    self.units.clear()
                text = self.units[key] = f',"value_high":{fields[9].null}{self._units_of(fields, values)}'
            self.last_units, self.last_units_fields, self.last_units_text = key, fields, text
            return text
        return f',"value_high":{fields[9].null}{self._units_of(fields, values)}'

    def _units_of(self, fields: list[_Field], values: RecordValues) -> str:
        return (
            f"{self._vocabulary(fields[10], values.unit)}"
            f"{self._vocabulary(fields[11], values.kind)}"
            f"{self._vocabulary(fields[12], values.per)}"
            f"{self._vocabulary(fields[13], values.qualifier)}"
            f"{self._vocabulary(fields[14], values.qualifier_text)}"
        )

    def _moves(self, fields: list[_Field], values: RecordValues) -> str:
        """direction's key, then direction, status and measure as one string, as _units writes its five."""
        direction, status, measure = values.direction, values.status, values.measure
        last = self.last_moves
        if direction is last[0] and status is last[1] and measure is last[2] and fields is self.last_moves_fields:
            return self.last_moves_text  # the record before's: the same objects, the same text
        if _word(direction) and _word(status) and _word(measure):
            key = (direction, status, measure)
            text = self.moves.get(key)
            if text is None:
                if len(self.moves) >= _LARGEST_VOCABULARY:
                    self.moves.clear()
                text = self.moves[key] = self._moves_of(fields, values)
            self.last_moves, self.last_moves_fields, self.last_moves_text = key, fields, text
            return text
        return self._moves_of(fields, values)

    def _moves_of(self, fields: list[_Field], values: RecordValues) -> str:
        return (
            f',"direction":{self._vocabulary(fields[18], values.direction)}'
            f"{self._vocabulary(fields[19], values.status)}"
            f"{self._vocabulary(fields[20], values.measure)}"
        )

    def _vocabulary(self, field: _Field, value: object) -> str:
        """A field's value from a small vocabulary, and what follows it."""
        if value is None:
            return field.null
        if isinstance(value, str):
            text = field.words.get(value)
            if text is None:
                text = self._word(field, value)
            return text
        return self._value(value) + field.after

    def _mostly_null(self, field: _Field, value: object) -> str:
        """A field's value and what follows it, for a field that is mostly null (page, value_high,
        base, table): null and the next key are one piece then, one copy fewer in the line."""
        if value is None:
            return field.null
        return self._value(value) + field.after

    def _integer(self, value: object) -> str:
        if type(value) is int:
            return str(value)
        return self._value(value)

    def _string(self, value: object) -> str:
        if type(value) is str:
            return self._text(value)
        return self._value(value)

    def _text(self, value: str) -> str:
        """A string's JSON; a long one (a context) is encoded once for the figures that share it."""
        if len(value) < _REUSED_LENGTH:
            return _ENCODE(value)
        if value is not self.last_string:
            self.last_string = value
            self.last_string_json = _ENCODE(value)
        return self.last_string_json

    def _period(self, value: object) -> str:
        if value is None:
            return "null"
        if value is self.last_period:
            return self.last_period_json
        return self._value(value)

    def _period_text(self, period: BaseModel) -> str:
        """What _object writes for a Period, in one string as _figure writes a record: a period is
        written for a fifth of the records (the figures of a sentence mostly share theirs). Its
        years, months and where they come from are kept by their values, as _units keeps its five:
        periods of a text mostly share them (2024年, 上半年), each with its own offsets."""
        values = period.__dict__
        start_year, end_year = values["start_year"], values["end_year"]
        start_month, end_month, resolved_from = values["start_month"], values["end_month"], values["resolved_from"]
        if (
            _whole(start_year)
            and _whole(end_year)
            and _whole(start_month)
            and _whole(end_month)
            and _word(resolved_from)
        ):
            key = (start_year, end_year, start_month, end_month, resolved_from)
            dates = self.dates.get(key)
            if dates is None:
                if len(self.dates) >= _LARGEST_VOCABULARY:
                    self.dates.clear()
                dates = self.dates[key] = self._dates_of(values)
        else:
            dates = self._dates_of(values)
        return (
            f'{{"text":{self._string(values["text"])},"start":{self._integer(values["start"])}'
            f',"end":{self._integer(values["end"])}{dates}'
        )

    def _dates_of(self, values: dict[str, object]) -> str:
        return (
            f',"start_year":{self._optional(values["start_year"])},"end_year":{self._optional(values["end_year"])}'
            f',"start_month":{self._optional(values["start_month"])},"end_month":{self._optional(values["end_month"])}'
            f',"resolved_from":{self._vocabulary(self.period_plan.fields[7], values["resolved_from"])}'
        )

    def _optional(self, value: object) -> str:
        if value is None:
            return "null"
        if type(value) is int:
            return str(value)
        return self._value(value)

    def _object(self, record: BaseModel, plan: _Plan) -> str:
        values = record.__dict__
        parts = [plan.opening]
        for field in plan.fields:
            value = values[field.name]
            if value is None:
                parts.append(field.null)
            elif field.vocabulary and isinstance(value, str):
                text = field.words.get(value)
                if text is None:
                    text = self._word(field, value)
                parts.append(text)
            else:
                parts.append(self._value(value))
                parts.append(field.after)
        return "".join(parts)

    @staticmethod
    def _word(field: _Field, word: str) -> str:
        if len(field.words) >= _LARGEST_VOCABULARY:
            field.words.clear()  # a field with more words than a vocabulary has
        text = field.words[word] = encode_basestring(word) + field.after
        return text

    def _value(self, value: object) -> str:
        if value is None:
            return "null"
        if isinstance(value, str):
            return self._text(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if type(value) is int:
            return str(value)
        if isinstance(value, int):
            return int.__repr__(value)  # as json.dumps writes an int subclass
        if isinstance(value, _DECIMAL):
            return json_number(value)
        if isinstance(value, _PERIOD):
            if value is not self.last_period:
                self.last_period = value
                self.last_period_json = (
                    self._period_text(value) if self.straight_period else self._object(value, self.period_plan)
                )
            return self.last_period_json
        if isinstance(value, _TABLE_CELL):
            return self._object(value, self.table_plan)
        raise TypeError(f"no JSON form for a record value of type {type(value).__name__}")
