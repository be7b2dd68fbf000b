"""The scans of charfold give what the plain operations give: _decimal_dots replaces exactly the
middle dots that _DECIMAL_DOT reads as decimal points, and Folder.fold_marking folds as the
Folder does and finds the runs of the marks that a scan of the folded text finds, by re's scans
and by the tables of the compiled build (Folder.by_table), whichever build runs the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from presscan import default_patterns
from presscan.charfold import _DECIMAL_DOT, MARKING_AFTER, Folder, _decimal_dots, runs_of
from presscan.normalise import _INVISIBLE_CHARS, _SPACE_MARKS, _WHITE_SPACE_CHARS

# a folder past the characters it folds in two scans, so that fold_marking uses its one scan
FOLDER = Folder(default_patterns().traditional)
FOLDER.folded_before = MARKING_AFTER
FOLDER.by_table = False
SPACE_RUN = runs_of(_WHITE_SPACE_CHARS + _INVISIBLE_CHARS)
# re's scans, to compare with: sub for the runs to fold, the runs of marks in the folded text
SCANS = Folder(default_patterns().traditional)
SCANS.by_table = False


@pytest.mark.parametrize(
    "text",
    [
        "２·６亿元",
        "1・5倍",
        "马克思·韦伯",
        "4 · 9 %",
        "·5",
        "5·",
        "1·2·3",
        "1‧2 ･ 3",
        "",
        "·",
        "a·b 1 ·2",
        "11· 6万人",
        "0 ·18%",
    ],
)
def test_the_dots_replaced_are_the_pattern_s(text: str) -> None:
    assert _decimal_dots(text) == _DECIMAL_DOT.sub(".", text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 ·・‧･a.", max_size=20))
def test_the_dots_replaced_are_the_pattern_s_on_any_text(text: str) -> None:
    assert _decimal_dots(text) == _DECIMAL_DOT.sub(".", text)


def folded_then_found(text: str) -> tuple[str, list[int]]:
    folded = SCANS(text)
    return folded, [at for run in SPACE_RUN.finditer(folded) for at in run.span()]


@pytest.mark.parametrize(
    "text",
    [
        "全年　全市ＧＤＰ　３２５６.８亿元 ，比上年增長５·２％\n\n",
        "\u3000\u3000　一、綜合\u200b\ufeff ２０２５年 \t",
        "Ａ\u3000Ｂ  Ｃ\u00a0Ｄ\u2003Ｅ",
        "",
        "\u3000",
        "Ｘ",
    ],
)
def test_one_scan_folds_and_finds_the_spaces(text: str) -> None:
    assert FOLDER.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\u3000 \t\n\u00a0\u2003\u200b\ufeffＡＢ１２％．·5a國語萬年", max_size=30))
def test_one_scan_folds_and_finds_the_spaces_on_any_text(text: str) -> None:
    assert FOLDER.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)


def test_a_short_run_folds_in_two_scans_and_builds_no_pattern() -> None:
    fresh = Folder(default_patterns().traditional)
    fresh.by_table = False
    text = "全年　全市ＧＤＰ　３２５６.８亿元 ，比上年增長５·２％"
    assert fresh.fold_marking(text, _SPACE_MARKS) == FOLDER.fold_marking(text, _SPACE_MARKS)
    assert fresh.marked_runs == {} and fresh.folded_before == len(text)
    assert FOLDER.marked_runs[_SPACE_MARKS][0] is not None


TWO_SCANS = Folder(default_patterns().traditional)  # under MARKING_AFTER: fold, then split at the runs
TWO_SCANS.by_table = False


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\u3000 \t\n\u00a0\u2003\u200b\ufeffＡＢ１２％．·5a國語萬年", max_size=30))
def test_two_scans_fold_and_find_the_spaces_on_any_text(text: str) -> None:
    TWO_SCANS.folded_before = 0
    assert TWO_SCANS.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)


@pytest.mark.parametrize("text", ["", " ", "一 二", " 一\n\n二 ", "一二", "\u3000\u3000"])
def test_two_scans_find_the_runs_at_the_ends(text: str) -> None:
    TWO_SCANS.folded_before = 0
    assert TWO_SCANS.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)


TABLES = Folder(default_patterns().traditional)
TABLES.by_table = True  # the compiled build's way, in either build
EVERY_FOLD = "".join(sorted({chr(code) for code in TABLES.table if code < 0x10000}))


@settings(max_examples=1000, deadline=None)
@given(
    st.text(
        alphabet="\u3000 \t\n\r\u00a0\u2003\u200b\ufeffＡＢ１２％．·・5a國語萬年，。\U0001f600\U00020000", max_size=40
    )
)
def test_the_tables_fold_and_find_the_spaces_as_the_scans_do(text: str) -> None:
    assert TABLES.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)
    assert TABLES(text) == SCANS(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(EVERY_FOLD + " \u3000\u200b一"), max_size=40))
def test_the_tables_fold_every_character_the_scans_fold(text: str) -> None:
    assert TABLES.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)
    assert TABLES(text) == SCANS(text)


@pytest.mark.parametrize("text", ["", " ", "Ａ", "一 二", " 一\n\n二 ", "\u3000\u3000", "ＡＢ　", "國\U00020000 萬"])
def test_the_tables_find_the_runs_at_the_ends(text: str) -> None:
    assert TABLES.fold_marking(text, _SPACE_MARKS) == folded_then_found(text)
