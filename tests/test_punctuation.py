"""Punctuation classes (issue 17): one source, patterns/punctuation.toml, validated on load and
read by segment, core and match from the PatternSet."""

from __future__ import annotations

from pathlib import Path

import pytest

from presscan import PatternError, default_patterns, extract, load_patterns
from presscan.normalise import normalise
from presscan.segment import layout


def write(tmp_path: Path, text: str, name: str = "my-marks.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_classes() -> None:
    marks = default_patterns().punctuation
    assert {"。", "！", "？", ".", "!", "?"} <= marks.full_stop
    assert {"；", ";"} <= marks.part_end and not marks.part_end & marks.full_stop
    assert marks.sentence_end == marks.full_stop | marks.part_end
    assert {"，", ",", "：", ":"} <= marks.clause_end
    assert {"：", ":"} <= marks.colons <= marks.clause_end
    assert marks.quotes["“"] == "”" and marks.brackets["（"] == "）"
    assert {"“", "”", "‘", "’"} <= marks.quote_marks
    assert "（" in marks.opening_brackets and "）" in marks.closing_brackets
    assert "、" in marks.list_marks
    assert "No." in marks.abbreviations and "www." in marks.url_starts


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        ('[punctuation]\nfull_stop = ["。。"]\n', "punctuation.full_stop.0", "at most 1 character"),
        ('[punctuation]\nclause_end = ["a"]\n', "punctuation.clause_end.0", "should match pattern"),
        ('[punctuation]\npart_end = [" "]\n', "punctuation.part_end.0", "should match pattern"),
        ('[punctuation]\ncolons = ["、"]\n', "punctuation.colons.、", "must be a clause end too"),
        ('[punctuation]\nquotes = { "“" = 3 }\n', "punctuation.quotes.“", "valid string"),
        ('[punctuation]\nfull_stops = ["。"]\n', "punctuation.full_stops", "unknown key"),
        ('[punctuation]\nabbreviations = ["No"]\n', "punctuation.abbreviations.0", "should match pattern"),
    ],
    ids=[
        "two characters",
        "a letter",
        "a space",
        "a colon that ends no clause",
        "not a mark",
        "unknown",
        "no dot",
    ],
)
def test_a_broken_punctuation_file_names_the_file_and_the_key(
    tmp_path: Path, text: str, key: str, problem: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PatternError) as raised:
        load_patterns([path])
    message = str(raised.value)
    assert str(path) in message and key in message and problem in message, message


def test_a_user_file_adds_a_full_stop(tmp_path: Path) -> None:
    text = "全年新增充电桩890台｡新建5G基站1200座｡"  # U+FF61, the half-width ideographic full stop
    assert [figure.context for figure in extract(text)] == [text, text]
    patterns = load_patterns([write(tmp_path, '[punctuation]\nfull_stop = ["｡"]\n')])
    assert [figure.context for figure in extract(text, patterns=patterns)] == [
        "全年新增充电桩890台｡",
        "新建5G基站1200座｡",
    ]
    # it ends a line's sentence before the line break, so the line break is kept
    assert normalise("全年新增充电桩890台｡\n新建5G基站1200座", punctuation=patterns.punctuation).text == (
        "全年新增充电桩890台｡\n新建5G基站1200座"
    )
    paragraphs = layout("全年新增充电桩890台｡\n新建5G基站1200座", patterns.punctuation).paragraphs
    assert paragraphs.starts == [0, len("全年新增充电桩890台｡\n")]
    assert "｡" not in default_patterns().punctuation.full_stop  # nothing leaked into the shipped set


@pytest.mark.parametrize(
    "text",
    ["全面实施“三项改革”。", "深入开展‘五个一批’行动。", "推进「两个中心」建设。"],
    ids=lambda text: text,
)
def test_a_number_in_short_quotes_is_a_name(text: str) -> None:
    assert extract(text) == []


def test_a_restatement_in_any_bracket_of_the_file_is_one_figure() -> None:
    (figure,) = extract("每周参加三次【含三次】以上体育锻炼。")
    assert (figure.text, figure.qualifier) == ("三次", "at_least")
