"""Pattern files: a user's file extends a new PatternSet; its words are taken literally, never as
regular expressions; a broken file fails with one line naming the file, the key and the fix."""

from __future__ import annotations

import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import cpu_seconds, jsonl, python_lines
from presscan import PatternError, default_patterns, extract, load_patterns
from presscan.cli import app
from presscan.core import attributor
from presscan.patternset import shipped_patterns_dir

runner = CliRunner()


def write(tmp_path: Path, text: str, name: str = "my-units.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_user_unit_is_found_with_the_user_patterns_only(tmp_path: Path) -> None:
    path = write(tmp_path, '[units]\n"罐" = { kind = "count" }\n')
    patterns = load_patterns([path])
    (figure,) = extract("生产了12罐", patterns=patterns)
    assert (figure.text, figure.value, figure.unit, figure.kind) == ("12罐", Decimal(12), "罐", "count")
    assert str(path) in patterns.sources
    # nothing leaked into the shipped set
    assert extract("生产了12罐") == []
    assert "罐" not in default_patterns().units
    assert extract("生产了12罐", patterns=default_patterns()) == []


def test_user_unit_takes_magnitudes_and_qualifiers(tmp_path: Path) -> None:
    patterns = load_patterns([write(tmp_path, '[units]\n"罐" = { kind = "count", unit = "罐" }\n')])
    (figure,) = extract("全年生产约 1.5 万罐以上", patterns=patterns)
    assert (figure.text, figure.value, figure.unit, figure.qualifier) == ("1.5 万罐", Decimal(15000), "罐", "approx")


def test_user_unit_alias_and_not_before(tmp_path: Path) -> None:
    path = write(tmp_path, '[units]\n"篓" = { kind = "count", unit = "篓", not_before = ["子"] }\n')
    patterns = load_patterns([path])
    assert [f.text for f in extract("出口柑橘300篓", patterns=patterns)] == ["300篓"]
    assert extract("出口300篓子柑橘", patterns=patterns) == []


def test_several_user_files_stack(tmp_path: Path) -> None:
    first = write(tmp_path, '[units]\n"罐" = { kind = "count" }\n', "a.toml")
    second = write(tmp_path, '[qualifiers.before]\n"约莫" = "approx"\n', "b.toml")
    (figure,) = extract("约莫12罐", patterns=load_patterns([first, second]))
    assert (figure.value, figure.qualifier, figure.qualifier_text) == (Decimal(12), "approx", "约莫")


def test_shipped_files_load_and_hold_every_documented_unit() -> None:
    patterns = default_patterns()
    assert default_patterns() is patterns  # loaded once
    assert {path.name for path in shipped_patterns_dir().glob("*.toml")} >= {
        "units.toml",
        "magnitudes.toml",
        "numerals.toml",
        "qualifiers.toml",
    }
    for word in (
        "台",
        "辆",
        "座",
        "个",
        "项",
        "家",
        "人",
        "千瓦时",
        "兆瓦",
        "吨",
        "公斤",
        "平方米",
        "元",
        "%",
        "‰",
        "个百分点",
    ):
        assert word in patterns.units, word
    assert "兆" not in patterns.magnitudes  # 兆瓦 is a unit, not 10^12 瓦
    assert patterns.units["个百分点"].unit == "百分点"


# A broken file: (its bytes, the key the error names or None for a file that is not TOML or not
# UTF-8, words the one-line message must hold: the problem, and the fix where one is named).
BROKEN = {
    "unknown section": ('[unitz]\n"罐" = { kind = "count" }\n', "unitz", ("unknown key",)),
    "unknown field": (
        '[units]\n"罐" = { kind = "count", colour = "red" }\n',
        "units.罐.colour",
        ("unknown key", "see patterns/"),
    ),
    "wrong type": ('[units]\n"罐" = { kind = 3 }\n', "units.罐.kind", ("should be a valid string",)),
    "kind not lower case": ('[units]\n"罐" = { kind = "Count" }\n', "units.罐.kind", ("pattern",)),
    "kind missing": ('[units]\n"罐" = { }\n', "units.罐.kind", ("required",)),
    "magnitude not a number": ('[magnitudes]\n"兆" = "big"\n', "magnitudes.兆", ("integer",)),
    "bad qualifier": ('[qualifiers.before]\n"大约摸" = "roughly"\n', "qualifiers.before.大约摸", ("approx",)),
    "unit already shipped": (
        '[units]\n"吨" = { kind = "mass" }\n',
        "units.吨",
        ("already defined in", "units.toml", "define each unit once"),
    ),
    "magnitude already shipped": ('[magnitudes]\n"万" = 10000\n', "magnitudes.万", ("already defined",)),
    "misspelt context key": ('[subject]\nboundry = ["打造"]\n', "subject.boundry", ("unknown key",)),
    "context words not a list": ('[status]\ntarget = "冲刺"\n', "status.target", ("list",)),
    "a unit with a space": ('[units]\n"a b" = { kind = "count" }\n', "units.a b", ("space",)),
    "a unit that is not a table": ('[units]\n"罐" = "count"\n', "units.罐", ("{ kind =",)),
    "not TOML": ('[units\n"罐" = { kind = "count" }\n', None, ("not valid TOML", "line 1", "Expected ']'")),
    "not TOML at the end": ("units = [\n", None, ("not valid TOML",)),
    "a unit defined twice in one file": (
        '[units]\n"罐" = { kind = "count" }\n"罐" = { kind = "count" }\n',
        None,
        ("罐", "define each once"),
    ),
    "a key that is not quoted": ('[units]\n罐 = { kind = "count" }\n', None, ("line 2", "quote")),
    "not UTF-8": (b'[units]\n"\xb9\xde" = { kind = "count" }\n', None, ("not UTF-8",)),
}


@pytest.mark.parametrize(("data", "key", "words"), BROKEN.values(), ids=list(BROKEN))
def test_a_broken_file_is_one_line_naming_the_file_the_key_and_the_fix(
    tmp_path: Path, data: str | bytes, key: str | None, words: tuple[str, ...]
) -> None:
    path = tmp_path / "my-units.toml"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    with pytest.raises(PatternError) as caught:
        load_patterns([path])
    error = caught.value
    assert (error.path, error.key, error.exit_code) == (str(path), key, 3)
    message = str(error)
    assert message.startswith(f"{path}: {key}: " if key else f"{path}: ")
    assert all(word in message for word in words), message
    # the command line says the same in one line, before reading any input
    result = runner.invoke(app, ["extract", "-p", str(path), "-"], input="生产12罐。")
    assert (result.exit_code, result.stdout, result.stderr) == (3, "", f"presscan: error: {message}\n")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.toml"
    with pytest.raises(PatternError, match=r"nowhere\.toml: cannot read"):
        load_patterns([missing])


def test_a_failed_load_leaves_the_default_set_alone(tmp_path: Path) -> None:
    before = default_patterns()
    with pytest.raises(PatternError):
        load_patterns([write(tmp_path, '[units]\n"罐" = { kind = "count" }\n"吨" = { kind = "mass" }\n')])
    assert default_patterns() is before
    assert "罐" not in before.units


def test_user_file_adds_context_words(tmp_path: Path) -> None:
    """Attribution words extend like units: a goal word and a subject boundary from the user's file."""
    path = write(tmp_path, '[status]\ntarget = ["冲刺"]\n[subject]\nboundary = ["冲刺"]\n')
    sentence = "冲刺粮食产量500万吨。"
    (shipped,) = extract(sentence)
    (extended,) = extract(sentence, patterns=load_patterns([path]))
    assert (shipped.subject, shipped.status) == ("冲刺粮食产量", "actual")
    assert (extended.subject, extended.status) == ("粮食产量", "target")
    assert load_patterns([path]).attribution.sources["status.target.冲刺"] == str(path)


def test_user_dictionary_words_reach_the_tagger(tmp_path: Path) -> None:
    path = write(tmp_path, '[subject]\ndictionary = ["碳达峰"]\n')
    tagger = attributor(load_patterns([path])).tagger
    assert "碳达峰" in [word for word, _ in tagger.cut("碳达峰试点园区4个")]
    assert "碳达峰" not in [word for word, _ in attributor(default_patterns()).tagger.cut("碳达峰试点园区4个")]


# ----- issue #12 B: the number sections ---------------------------------------------------------


def test_shipped_number_sections() -> None:
    patterns = default_patterns()
    assert [unit.unit for unit in patterns.context_units["度"]] == ["千瓦时", "℃", "℉"]
    assert str(patterns.currency_signs["US$"].value) == "美元"
    assert (patterns.subunits["角"].of, patterns.subunits["角"].value) == ("元", Decimal("0.1"))
    counted = {noun: str(patterns.counted_nouns[noun].value) for noun in ("农户", "村民", "游客", "家庭", "工人")}
    assert counted == {"农户": "户", "村民": "人", "游客": "人次", "家庭": "户", "工人": "人"}
    assert {"万", "亿", "k"} <= set(patterns.magnitudes)
    assert patterns.digits["陆"] == 6 and patterns.places["佰"] == 100 and patterns.sections["万"] == 10000
    assert "陆" in patterns.formal_digits and "一" not in patterns.formal_digits


def test_user_counted_noun_takes_the_unit_of_its_last_character(tmp_path: Path) -> None:
    path = write(tmp_path, '[units]\n"罐" = { kind = "count" }\n[counted_nouns]\nnouns = ["种植户", "骑手"]\n')
    patterns = load_patterns([path])
    assert [(f.text, f.value, f.unit) for f in extract("帮助300种植户和1.2万骑手", patterns=patterns)] == [
        ("300", Decimal(300), "户"),
        ("1.2万", Decimal(12000), "人"),
    ]
    assert extract("帮助300骑手") == []  # the shipped set knows no 骑手


def test_user_context_unit_and_currency_sign(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[context_units]\n"码" = [{ kind = "length", unit = "码", context = ["球场", "跑道"] }]\n'
        '[currency_signs]\n"₩" = "韩元"\n',
    )
    patterns = load_patterns([path])
    assert [(f.text, f.unit) for f in extract("新建跑道长400码", patterns=patterns)] == [("400码", "码")]
    assert extract("扫描400码", patterns=patterns) == []
    assert [(f.text, f.value, f.unit) for f in extract("票价₩5000", patterns=patterns)] == [
        ("₩5000", Decimal(5000), "韩元")
    ]


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        pytest.param(
            '[context_units]\n"度" = [{ kind = "angle" }]\n', "units.度", "already defined", id="context unit twice"
        ),
        pytest.param(
            '[context_units]\n"码" = []\n', "context_units.码", "at least 1", id="context unit without a reading"
        ),
        pytest.param(
            '[counted_nouns]\nnouns = ["骑手"]\n[counted_nouns.units]\n"车手" = "人"\n',
            "counted_nouns.units.车手",
            "not in counted_nouns.nouns",
            id="counted noun unit for an unlisted noun",
        ),
        pytest.param(
            '[counted_nouns]\nnouns = ["村民"]\n', "counted_nouns.村民", "already defined", id="counted noun twice"
        ),
        pytest.param(
            '[subunits]\n"厘" = { of = "元", value = "one" }\n', "subunits.厘.value", "pattern", id="subunit value"
        ),
        pytest.param(
            '[qualifiers.around]\n"冲上" = { after = ["台阶"], qualifier = "above" }\n',
            "qualifiers.around.冲上.qualifier",
            "approx",
            id="around qualifier",
        ),
        pytest.param('[currency_signs]\n"$" = "美元"\n', "currency_signs.$", "already defined", id="sign twice"),
        pytest.param('[units]\n"罐" = { kind = "count", below = 0 }\n', "units.罐.below", "greater than 0", id="below"),
    ],
)
def test_broken_number_section_names_the_file_and_the_key(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PatternError) as caught:
        load_patterns([path])
    assert caught.value.key == key
    assert str(caught.value).startswith(f"{path}: {key}: ")
    assert problem in str(caught.value)


# A word in traditional characters could never match: text is read with them folded to
# simplified ones (patterns/traditional.txt). It is refused, naming the word to write instead.
TRADITIONAL_WORDS = [
    ('[units]\n"噸位" = { kind = "count" }\n', "units.噸位", "吨位"),
    ('[units]\n"罐" = { kind = "count", not_before = ["頭"] }\n', "units.罐.not_before.頭", "头"),
    ('[magnitudes]\n"萬萬" = 100000000\n', "magnitudes.萬萬", "万万"),
    ('[qualifiers.before]\n"約莫" = "approx"\n', "qualifiers.before.約莫", "约莫"),
    (
        '[qualifiers.around]\n"衝上" = { after = ["台阶"], qualifier = "at_least" }\n',
        "qualifiers.around.衝上",
        "冲上",
    ),
    ('[number_words]\nnegative_words = ["負數"]\n', "number_words.negative_words.負數", "负数"),
    ('[number_words.half]\nword = "半數"\n', "number_words.half.word", "半数"),
    ('[counted_nouns]\nnouns = ["騎手"]\n', "counted_nouns.nouns.騎手", "骑手"),
    ('[status]\ntarget = ["衝刺"]\n', "status.target.衝刺", "冲刺"),
    ('[period]\nfirst_months = ["頭幾"]\n', "period.first_months.頭幾", "头几"),
    ('[subject]\ndictionary = ["碳達峰"]\n', "subject.dictionary.碳達峰", "碳达峰"),
]


@pytest.mark.parametrize(("text", "key", "simplified"), TRADITIONAL_WORDS, ids=[row[1] for row in TRADITIONAL_WORDS])
def test_a_word_in_traditional_characters_is_refused(tmp_path: Path, text: str, key: str, simplified: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PatternError) as caught:
        load_patterns([path])
    assert str(caught.value) == (
        f"{path}: {key}: write it in simplified characters: {simplified}; traditional text is read as simplified"
    )


def test_written_in_simplified_the_word_reads_traditional_text(tmp_path: Path) -> None:
    patterns = load_patterns([write(tmp_path, '[units]\n"舱位" = { kind = "count" }\n')])
    assert [(f.text, f.unit) for f in extract("郵輪3萬艙位", patterns=patterns)] == [("3萬艙位", "舱位")]


def test_names_and_words_read_as_written_may_be_traditional(tmp_path: Path) -> None:
    """A unit's name in records, a currency sign's unit and the words of tables and pages (read
    from documents before any folding) are not matched against folded text: they are kept."""
    text = (
        '[units]\n"罐" = { kind = "count", unit = "罐頭" }\n'
        '[currency_signs]\n"NTD" = "新臺幣"\n'
        '[pages]\nchrome_words = ["返回頂部"]\n'
        '[tables]\nunit_columns = ["計量單位"]\n'
    )
    patterns = load_patterns([write(tmp_path, text)])
    assert [(f.text, f.unit) for f in extract("生產了12罐，價值NTD 500", patterns=patterns)] == [
        ("12罐", "罐頭"),
        ("NTD 500", "新臺幣"),
    ]


def test_without_the_shipped_files_there_is_no_table_and_no_refusal(tmp_path: Path) -> None:
    path = write(tmp_path, '[units]\n"噸" = { kind = "mass" }\n')
    patterns = load_patterns([path], include_shipped=False)
    assert len(patterns.traditional) == 0
    assert [f.text for f in extract("回收3噸", patterns=patterns)] == ["3噸"]


def test_pattern_words_are_literal_text_never_regular_expressions(tmp_path: Path) -> None:
    """Pattern files hold words, escaped before any regex is built: a unit named (a+)+$ is those
    six characters, and matching stays linear on the input that would make the regex backtrack."""
    path = write(
        tmp_path,
        '[units]\n"(a+)+$" = { kind = "count" }\n".*" = { kind = "count" }\n"[万]" = { kind = "count" }\n'
        '[qualifiers.before]\n"(x|x)*" = "approx"\n[ordinals]\nprefixes = ["(?:"]\n',
    )
    patterns = load_patterns([path])
    text = "生产12(a+)+$，(x|x)*3.*，5[万]，7aaaa$，(?:8吨。"
    assert [(f.text, f.unit, f.qualifier) for f in extract(text, patterns=patterns)] == [
        ("12(a+)+$", "(a+)+$", None),
        ("3.*", ".*", "approx"),
        ("5[万]", "[万]", None),
    ]
    hostile = lambda n: "12" + "a" * n + "!"  # noqa: E731 - what (a+)+$ would backtrack on
    extract(hostile(10), patterns=patterns)
    small = python_lines(lambda: extract(hostile(2_000), patterns=patterns))
    large = python_lines(lambda: extract(hostile(8_000), patterns=patterns))
    assert large <= 5 * max(small, 100), (small, large)
    small_time = cpu_seconds(lambda: extract(hostile(100_000), patterns=patterns), repeat=3)
    large_time = cpu_seconds(lambda: extract(hostile(400_000), patterns=patterns), repeat=1)
    assert large_time <= 12 * max(small_time, 0.005), (small_time, large_time)


def test_a_user_pattern_file_through_the_cli(tmp_path: Path) -> None:
    path = write(tmp_path, '[units]\n"(a+)+$" = { kind = "count" }\n')
    result = runner.invoke(app, ["extract", "-p", str(path), "-"], input="生产12(a+)+$。")
    assert result.exit_code == 0, result.stderr
    assert [r["unit"] for r in jsonl(result.stdout)] == ["(a+)+$"]


def test_a_unit_defined_in_two_user_files_names_both(tmp_path: Path) -> None:
    first = write(tmp_path, '[units]\n"罐" = { kind = "count" }\n', "a.toml")
    second = write(tmp_path, '[units]\n"罐" = { kind = "count" }\n', "b.toml")
    with pytest.raises(
        PatternError, match=rf"^{second}: units\.罐: already defined in {first}; define each unit once$"
    ):
        load_patterns([first, second])


def test_the_same_pattern_file_given_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, '[units]\n"罐" = { kind = "count" }\n')
    assert "罐" in load_patterns([path, path]).units


def test_a_pattern_file_from_a_pipe_reaches_every_worker(tmp_path: Path) -> None:
    """-p <(...) is a pipe: it can be read once. Workers must not read it again (they used to
    find it empty, or wait for it forever)."""
    for index in range(12):
        (tmp_path / f"{index:02d}.txt").write_text(f"生产了{index + 2}罐。", encoding="utf-8")
    fifo = tmp_path / "patterns.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text('[units]\n"罐" = { kind = "count" }\n', encoding="utf-8"))
    writer.start()
    try:
        result = runner.invoke(app, ["extract", "-q", "--jobs", "2", "-p", str(fifo), str(tmp_path)])
    finally:
        writer.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert [r["text"] for r in jsonl(result.stdout)] == [f"{index + 2}罐" for index in range(12)]
