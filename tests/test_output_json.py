"""The JSON writers write exactly what json.dumps gives for a record's JSON dict
(conftest.reference_json), whatever the text, the value and the separators."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import BULLETIN, REPO, reference_json
from presscan import extract
from presscan.core import iter_extract, iter_record_values
from presscan.jsonline import JsonEncoder, exact_number, json_number
from presscan.jsonnumber import _plain, long_way
from presscan.output import JsonLinesWriter, JsonWriter
from presscan.record import Figure, Period, TableCell, _json_number
from presscan.recordvalues import RecordValues, figure_of, values_of

TEXTS = [
    pytest.param(BULLETIN.read_text(encoding="utf-8"), id="bulletin"),
    pytest.param('增长\x01\x1f\t\b\f\x7f 5.2%，\u2028新增0.00001吨，“引号”"\\ 30万台', id="control characters"),
    pytest.param("1234567890123456789.5%，0.0000000001吨，9999999999999999万亿吨，1.5E+5000", id="extreme values"),
    pytest.param("增长\ud800 5.2%", id="lone surrogate"),
    pytest.param("2023年全省新增充电桩890台、换电站12座，新能源车1.46万辆、占比95.65%。" * 3, id="shared context"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_json_lines_are_what_json_dumps_writes(text: str) -> None:
    figures = extract(text, source="bad\udcff.txt" if "\ud800" in text else "a.txt")
    assert figures
    stream = io.StringIO()
    writer = JsonLinesWriter(stream)
    for figure in figures:
        writer.write(figure)
    writer.close()
    assert stream.getvalue().splitlines() == [reference_json(figure) for figure in figures]


@pytest.mark.parametrize("text", TEXTS)
def test_a_json_array_is_what_json_dumps_writes(text: str) -> None:
    figures = extract(text)
    stream = io.StringIO()
    writer = JsonWriter(stream)
    for figure in figures:
        writer.write(figure)
    writer.close()
    expected = "[\n" + ",\n".join(reference_json(figure, (", ", ": ")) for figure in figures) + "\n]\n"
    assert stream.getvalue() == expected


def test_one_encoder_over_many_texts_writes_each_record_as_a_fresh_one_would() -> None:
    """The encoder keeps the last context and period it escaped: a record of another
    text, with an equal context in a different string, is written the same."""
    first = extract("全省新增充电桩890台、换电站12座。")
    second = extract("全省新增充电桩890台、换电站12座。".replace("890", "891"))
    again = extract("全省新增充电桩890台、换电站12座。")
    encoder = JsonEncoder()
    for figure in first + second + again:
        assert encoder.encode(figure) == JsonEncoder().encode(figure) == reference_json(figure)


def test_a_line_is_the_record_and_a_line_break() -> None:
    """encode_line writes the record's line break in the string itself: the same text as encode's
    and "\\n", whichever of the two an encoder wrote before."""
    figures = extract(BULLETIN.read_text(encoding="utf-8"))
    encoder = JsonEncoder()
    for index, figure in enumerate(figures):
        if index % 3:
            assert encoder.encode_line(figure) == reference_json(figure) + "\n"
        else:
            assert encoder.encode(figure) == reference_json(figure)


def _reference_number(value: Decimal) -> str:
    exact = exact_number(value)
    return exact if exact is not None else json.dumps(_json_number(value))


@pytest.mark.parametrize(
    "value",
    [
        "0",
        "-0",
        "2.0",
        "-0.00",
        "0E-7",
        "1.50",
        "0.000001",
        "0.0000001",
        "1E+2",
        "-12.5",
        "123456789012345.6",
        "1.1E+5000",
    ],
)
def test_values_at_the_edges_of_the_quick_way(value: str) -> None:
    assert json_number(Decimal(value)) == _reference_number(Decimal(value))


@settings(max_examples=2000, deadline=None)
@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.decimals(allow_nan=False, allow_infinity=False, places=3),
        st.builds(lambda digits, exponent: Decimal(f"{digits}E{exponent}"), st.integers(), st.integers(-400, 400)),
        st.builds(
            lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
            st.integers(-(10**16), 10**16),
            st.integers(-330, 330),
        ),
    )
)
def test_a_value_is_written_as_json_dumps_writes_it_or_exactly(value: Decimal) -> None:
    """Record values are finite: for every finite decimal, the quick way and the reference agree."""
    assert json_number(value) == _reference_number(value), value


@pytest.mark.parametrize(
    "text",
    [
        "0",
        "-0",
        "5",
        "-12",
        "5.2",
        "5.20",
        "0.5",
        "0.0001",
        "0.00001",
        "-0.00012",
        "2.0",
        "0.000",
        "1" * 18,
        "1" * 19,
        "1234567890.12345",
        "1234567890.123456",
        "0.1234567890123456",
        "100.0100",
        "0.00010",
    ],
)
def test_a_plain_value_read_by_code_point_is_written_as_the_long_way_writes_it(text: str) -> None:
    plain = _plain(text)
    assert plain is None or plain == long_way(Decimal(text), text) == _reference_number(Decimal(text))
    if ("." not in text and len(text.lstrip("-")) < 19) or text in ("5.2", "5.20", "0.5", "0.0001", "100.0100"):
        assert plain is not None


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        st.decimals(allow_nan=False, allow_infinity=False),
        st.decimals(allow_nan=False, allow_infinity=False, places=3),
        st.decimals(allow_nan=False, allow_infinity=False, places=7),
    )
)
def test_any_value_read_by_code_point_is_written_as_the_long_way_writes_it(value: Decimal) -> None:
    text = str(value)
    plain = _plain(text)
    assert plain is None or plain == long_way(value, text) == _reference_number(value), value


def test_an_encoder_over_more_inputs_than_its_word_store_holds_still_writes_each_name() -> None:
    """Input names are kept escaped like unit words; past the store's size it starts again."""
    from presscan.jsonline import _LARGEST_VOCABULARY

    (figure,) = extract("全省新增充电桩890台。")
    encoder = JsonEncoder()
    for number in range(_LARGEST_VOCABULARY + 50):
        renamed = figure.model_copy(update={"source": f"bulletins/{number}\\“{number}”.txt"})
        assert encoder.encode(renamed) == reference_json(renamed)
    assert max(len(field.words) for field in encoder.figure_plan.fields) <= _LARGEST_VOCABULARY


# ----- the straight writer of a Figure (JsonEncoder._figure) against the walk over the plan --------
def _walked(figure: Figure, line: bool = False) -> str:
    """What the encoder wrote before it had a straight writer: its plan's fields in turn."""
    walker = JsonEncoder()
    walker.straight_period = False  # a period walked over its plan too, not written by _period_text
    return walker._object(figure, walker.line_plan if line else walker.figure_plan)


def _assert_written_as_fresh(figures: list[Figure]) -> None:
    """One encoder writes `figures` twice over, records and lines in turn, each as a fresh encoder
    and the walk over the plan write it."""
    encoder = JsonEncoder()
    for index, figure in enumerate(figures * 2):
        line = index % 3 != 0
        written = encoder.encode_line(figure) if line else encoder.encode(figure)
        fresh = JsonEncoder()
        assert written == (fresh.encode_line(figure) if line else fresh.encode(figure))
        assert written == _walked(figure, line)


def test_the_straight_writer_writes_as_the_plan_on_the_samples_and_the_corpus() -> None:
    paths = sorted((REPO / "samples").glob("*.txt"))
    shared = REPO.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    encoder = JsonEncoder()
    assert encoder.straight and encoder.straight_period
    count = 0
    for path in paths:
        for index, figure in enumerate(extract(path.read_text(encoding="utf-8"), source=path.name)):
            if index % 2:
                assert encoder.encode_line(figure) == _walked(figure, line=True)
            else:
                assert encoder.encode(figure) == _walked(figure)
            count += 1
    assert count > 500


def test_other_separators_walk_the_plan() -> None:
    assert not JsonEncoder(", ", ": ").straight
    assert not JsonEncoder(", ", ": ").straight_period


_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=50) | st.sampled_from(
    ["", "元", "亿", '\\“”"\n', "x" * 45, "增长" * 30]
)
_NUMBER = st.decimals(allow_nan=False, allow_infinity=False) | st.sampled_from([Decimal("1.5E+5000"), Decimal("0")])
_PERIODS = st.none() | st.builds(
    Period,
    text=_TEXT,
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    start_year=st.none() | st.integers(1900, 2100),
    end_year=st.none() | st.integers(1900, 2100),
    start_month=st.none() | st.integers(1, 12),
    end_month=st.none() | st.integers(1, 12),
    resolved_from=st.none() | st.sampled_from(["text", "document", "option"]),
)
_TABLES = st.none() | st.builds(
    TableCell,
    number=st.integers(1, 99),
    row=st.integers(1, 999),
    column=st.integers(1, 99),
    row_header=st.none() | _TEXT,
    column_header=st.none() | _TEXT,
)
_OPTIONAL = st.none() | _TEXT


@settings(max_examples=400, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "source": _TEXT,
            "start": st.integers(0, 10**9),
            "end": st.integers(0, 10**9),
            "line": st.integers(1, 10**6),
            "page": st.none() | st.integers(1, 9999),
            "text": _TEXT,
            "number": _TEXT,
            "magnitude": _OPTIONAL,
            "value": _NUMBER,
            "value_high": st.none() | _NUMBER,
            "unit": _TEXT,
            "kind": _TEXT,
            "per": _OPTIONAL,
            "qualifier": st.none() | st.sampled_from(["approx", "at_least", "at_most", "more_than", "less_than"]),
            "qualifier_text": _OPTIONAL,
            "subject": _OPTIONAL,
            "base": _OPTIONAL,
            "period": _PERIODS,
            "direction": st.none() | st.sampled_from(["up", "down"]),
            "status": st.none() | st.sampled_from(["actual", "target"]),
            "measure": _OPTIONAL,
            "table": _TABLES,
            "context": _TEXT,
            "pattern": _TEXT,
        }
    ),
    st.booleans(),
)
def test_the_straight_writer_writes_any_record_as_the_plan(values: dict[str, object], line: bool) -> None:
    figure = Figure(**values)
    encoder = JsonEncoder()
    written = encoder.encode_line(figure) if line else encoder.encode(figure)
    assert written == _walked(figure, line)
    assert encoder.encode(figure) == _walked(figure)  # the second time, from what the encoder kept


# ----- JSON Lines from the core's values, without the Figure (recordvalues.py) ---------------------
def test_record_values_hold_the_fields_of_a_figure_in_its_order() -> None:
    # positional, in the schema's order (the compiled class has no __code__ to read its names from)
    names = list(Figure.model_fields)
    assert RecordValues(*range(len(names))).fields() == dict(zip(names, range(len(names)), strict=True))
    (figure,) = extract("全省新增充电桩890台。")
    assert values_of(figure.__dict__).fields() == figure.__dict__
    assert list(values_of(figure.__dict__).fields()) == list(Figure.model_fields)


def test_the_values_are_written_as_their_figures_on_the_samples_and_the_corpus() -> None:
    paths = sorted((REPO / "samples").glob("*.txt"))
    shared = REPO.parent / "shared" / "corpus"
    paths += sorted(shared.glob("*.txt")) if shared.is_dir() else []
    lines, values_lines = JsonEncoder(), JsonEncoder()
    other, other_values = JsonEncoder(", ", ": "), JsonEncoder(", ", ": ")
    count = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        figures = list(iter_extract(text, source=path.name))
        records = list(iter_record_values(text, source=path.name))
        assert [figure_of(values) for values in records] == figures
        for figure, values in zip(figures, records, strict=True):
            assert values_lines.encode_values_line(values) == lines.encode_line(figure)
            assert other_values.encode_values_line(values) == other.encode_line(figure)
            count += 1
    assert count > 500


def test_runs_of_vocabulary_fields_are_kept_by_their_strings_only() -> None:
    """JsonEncoder._units and _moves keep a run's text by its values when they are strings or None:
    values equal as keys but written differently (1 and True, in a Figure made by hand) are not."""
    (figure,) = extract("全省新增充电桩890台。")
    encoder = JsonEncoder()
    for update in ({"unit": 1}, {"unit": True}, {"status": 1}, {"status": True}, {"measure": "x"}, {}):
        changed = figure.model_copy(update=update)
        assert encoder.encode_line(changed) == _walked(changed, line=True)
        assert encoder.encode_line(changed) == _walked(changed, line=True)  # from the store, if kept


def test_the_dates_of_periods_are_kept_by_their_values_only() -> None:
    """JsonEncoder._period_text keeps a period's years, months and resolved_from by their values
    when they are ints, strings or None: values equal as keys but written differently (1 and True)
    are not, and periods sharing them keep their own text and offsets."""
    (figure,) = extract("2024年全省新增充电桩890台。")
    assert figure.period is not None
    encoder = JsonEncoder()
    updates: list[dict[str, object]] = [
        {"start_month": 1},
        {"start_month": True},
        {"end_year": 1},
        {"end_year": True},
        {"text": "2024年度", "start": 7},
        {"resolved_from": "document"},
        {},
    ]
    for update in updates:
        changed = figure.model_copy(update={"period": figure.period.model_copy(update=update)})
        for _ in range(2):  # the second time from the store, if kept
            assert encoder.encode_line(changed) == _walked(changed, line=True)


def test_a_short_context_kept_with_the_record_before_is_written_for_each_figure() -> None:
    """JsonEncoder._tail keeps the last context (by identity, short or long) with its key and the
    pattern's: the figures of a short sentence share it, another sentence's is its own."""
    figures = list(iter_extract("增长5%，下降3%。\n新增8台。\n增长5%，下降3%。"))
    assert len(figures) == 5 and len(figures[0].context) < 40
    encoder = JsonEncoder()
    for figure in figures:
        assert encoder.encode_line(figure) == _walked(figure, line=True)
        assert encoder.encode(figure.model_copy(update={"table": None})) == _walked(figure)


def test_the_last_moves_kept_are_those_of_the_record_before_only() -> None:
    """JsonEncoder._moves gives the record before's text again when its three values are the same
    objects (and the plan the same): every record is still written as a fresh encoder writes it,
    whether moves repeat, change, or the plan changes between a record and a line."""
    figures = list(iter_extract(BULLETIN.read_text(encoding="utf-8")))
    (one,) = extract("全省新增充电桩890台。")
    for update in ({"direction": "up"}, {"direction": "down"}, {"status": "actual"}, {"measure": "x"}, {}):
        figures += [one.model_copy(update=update)] * 2
    _assert_written_as_fresh(figures)


def test_the_last_units_kept_are_those_of_the_record_before_only() -> None:
    """JsonEncoder._units gives the record before's text again when its five values are the same
    objects (and the plan the same), as _moves does: every record is still written as a fresh
    encoder writes it, whether the units repeat, change, or the plan changes between two records."""
    figures = list(iter_extract(BULLETIN.read_text(encoding="utf-8")))
    (one,) = extract("全省新增充电桩890台。")
    for update in ({"unit": "台"}, {"unit": "万台"}, {"kind": "count"}, {"per": "年"}, {"qualifier": "about"}, {}):
        figures += [one.model_copy(update=update)] * 2
    _assert_written_as_fresh(figures)
