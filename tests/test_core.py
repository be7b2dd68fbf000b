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


def test_a_heading_in_a_later_piece_stands_under_the_sections_of_the_pieces_before() -> None:
    """（二） stands under 一、 (and the title) though they were cut off in a piece before."""
    text = (
        "2025年全市统计公报\n一、2024年工作回顾\n（一）农业\n"
        + "全市新建公园12个。\n" * 200
        + "（二）工业\n规模以上工业企业2486家。\n"
        + "二、发展目标\n新增城镇就业6万人。\n"
    )
    whole = extract(text)
    pieces = list(iter_extract(text, chunk_characters=1000))
    assert dumped(pieces) == dumped(whole)
    industry, jobs = whole[-2:]
    assert industry.period is not None and (industry.period.text, industry.status) == ("2024年", "actual")
    assert jobs.period is not None and (jobs.period.text, jobs.period.resolved_from) == ("2025年", "document")


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


def test_a_paragraph_that_runs_past_its_piece_is_read_whole() -> None:
    """Pieces of 1 000 characters: a paragraph of 6 000 is not cut at a sentence end (as pieces cut
    at most every `size` characters would cut it) but read whole, up to `longest` characters."""
    short = "全省建成充电桩890台。\n" * 60
    long_paragraph = "2025年，全年新增就业5.62万人，比上年增长3%。" * 230 + "\n"
    text = short + long_paragraph + short
    pieces = list(_pieces(text, 1000, None, 10_000))
    paragraph_start, paragraph_end = len(short), len(short) + len(long_paragraph)
    assert all(not paragraph_start < end < paragraph_end for _, end in pieces)  # never inside it
    assert all(text[end - 2 : end] == "。\n" for _, end in pieces[:-1])
    assert dumped(list(iter_extract(text, chunk_characters=1000, longest_piece=10_000))) == dumped(extract(text))
    # the way it replaces: at most `size` characters a piece, the paragraph cut at sentence ends
    cut = list(_pieces(text, 1000))
    assert any(paragraph_start < end < paragraph_end for _, end in cut)
    # a paragraph longer than `longest` is cut at sentence ends, in the second half of `longest`
    pieces = list(_pieces(text, 1000, None, 3000))
    inside = [end for _, end in pieces if paragraph_start < end < paragraph_end]
    assert inside and all(text[end - 1] == "。" for end in inside)


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
