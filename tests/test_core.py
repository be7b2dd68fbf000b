"""The pure core reads a text piece by piece: the same records as in one go, with whole-text offsets."""

from __future__ import annotations

import itertools

import pytest

from conftest import SAMPLES
from presscan import extract
from presscan.core import _pieces, iter_extract

BULLETINS = "\n".join(path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt")))


def dumped(figures: list) -> list[dict]:
    return [figure.model_dump() for figure in figures]


@pytest.mark.parametrize("size", [1500, 4000, 100_000])
def test_pieces_cut_at_paragraph_ends_give_the_same_records(size: int) -> None:
    text = BULLETINS * 4
    assert len(list(_pieces(text, size))) > (1 if size < len(text) else 0)
    assert dumped(list(iter_extract(text, chunk_characters=size))) == dumped(extract(text))


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_offsets_and_lines_refer_to_the_whole_text(line_break: str) -> None:
    paragraph = "全省建成充电桩890台。" + line_break + "新增就业5.62万人，增长3%。" + line_break
    text = paragraph * 300
    figures = list(iter_extract(text, chunk_characters=100))
    assert len(figures) == 900
    for index, figure in enumerate(figures):
        assert text[figure.start : figure.end] == figure.text
        assert figure.line == 1 + 2 * (index // 3) + (index % 3 > 0)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1" * 5000 + "台",  # nowhere to cut: one piece, the number stays whole
        "增长" + "1%，" * 3000,  # clauses only
        "。" * 5000,
        "全省建成充电桩890台。\r\n" * 400,
    ],
    ids=["empty", "digits", "clauses", "stops", "crlf"],
)
def test_pieces_cover_the_text_and_never_split_a_line_break(text: str) -> None:
    pieces = list(_pieces(text, 1000))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(text[end - 1 : end + 1] != "\r\n" for _, end in pieces[:-1])


def test_a_number_with_nowhere_to_cut_stays_whole() -> None:
    (figure,) = iter_extract("共" + "1234567890" * 2 + "台", chunk_characters=10)
    assert figure.number == "1234567890" * 2


def test_a_long_paragraph_is_cut_at_a_sentence_end() -> None:
    text = "全年新增就业5.62万人。" * 2000  # one paragraph of 26 000 characters
    pieces = list(_pieces(text, 10_000))
    assert len(pieces) > 2
    assert all(text[end - 1] == "。" for _, end in pieces[:-1])
    assert dumped(list(iter_extract(text, chunk_characters=10_000))) == dumped(extract(text))


def test_records_share_their_set_of_field_names_and_stay_correct() -> None:
    """Memory: records built alike share one set of field names; pydantic's views of it are unchanged."""
    first, second, third = extract("全年新增就业5.62万人，增长3%。2025年建成充电桩890台。")
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.model_fields_set == set(type(first).model_fields)
    assert third.period is not None and third.period.model_fields_set == set(type(third.period).model_fields)
    assert third.period.__pydantic_fields_set__ is extract("2024年增长3%。")[0].period.__pydantic_fields_set__  # type: ignore[union-attr]
    copied = first.model_copy(update={"subject": "城镇就业"})
    assert copied.subject == "城镇就业" and first.subject != "城镇就业"
    assert first.model_fields_set == set(type(first).model_fields)  # the copy did not touch the shared set
    assert extract("全年新增就业5.62万人，增长3%。2025年建成充电桩890台。") == [first, second, third]
