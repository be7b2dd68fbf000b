"""Pattern files: a user's file extends a new PatternSet; broken files fail with the file and key named."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from presscan import PatternError, default_patterns, extract, load_patterns
from presscan.core import attributor
from presscan.patternset import shipped_patterns_dir


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
    path = write(tmp_path, '[units]\n"桶" = { kind = "volume", unit = "桶", not_before = ["装"] }\n')
    patterns = load_patterns([path])
    assert [f.text for f in extract("出口原油300桶", patterns=patterns)] == ["300桶"]
    assert extract("出口300桶装原油", patterns=patterns) == []


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


@pytest.mark.parametrize(
    ("text", "key", "problem"),
    [
        pytest.param('[unitz]\n"罐" = { kind = "count" }\n', "unitz", "unknown key", id="unknown section"),
        pytest.param(
            '[units]\n"罐" = { kind = "count", colour = "red" }\n', "units.罐.colour", "unknown key", id="unknown field"
        ),
        pytest.param('[units]\n"罐" = { kind = 3 }\n', "units.罐.kind", "string", id="wrong type"),
        pytest.param('[units]\n"罐" = { kind = "Count" }\n', "units.罐.kind", "pattern", id="kind not lower case"),
        pytest.param('[units]\n"罐" = { }\n', "units.罐.kind", "required", id="kind missing"),
        pytest.param('[magnitudes]\n"兆" = "big"\n', "magnitudes.兆", "integer", id="magnitude not a number"),
        pytest.param(
            '[qualifiers.before]\n"大约摸" = "roughly"\n', "qualifiers.before.大约摸", "approx", id="bad qualifier"
        ),
        pytest.param('[units]\n"吨" = { kind = "mass" }\n', "units.吨", "already defined", id="duplicate unit"),
        pytest.param('[magnitudes]\n"万" = 10000\n', "magnitudes.万", "already defined", id="duplicate magnitude"),
        pytest.param('[subject]\nboundry = ["打造"]\n', "subject.boundry", "unknown key", id="misspelt context key"),
        pytest.param('[status]\ntarget = "冲刺"\n', "status.target", "list", id="context words not a list"),
    ],
)
def test_broken_file_names_the_file_and_the_key(tmp_path: Path, text: str, key: str, problem: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PatternError) as caught:
        load_patterns([path])
    error = caught.value
    assert error.path == str(path)
    assert error.key == key
    message = str(error)
    assert message.startswith(f"{path}: {key}: ")
    assert problem in message
    assert error.exit_code == 3


def test_duplicate_names_the_file_that_defined_it_first(tmp_path: Path) -> None:
    with pytest.raises(PatternError, match=r"units\.吨: already defined in .*units\.toml"):
        load_patterns([write(tmp_path, '[units]\n"吨" = { kind = "mass" }\n')])


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        pytest.param(b"units = [\n", "not valid TOML", id="not TOML"),
        pytest.param(b'[units]\n"\xb9\xde" = { kind = "count" }\n', "not UTF-8", id="not UTF-8"),
    ],
)
def test_unreadable_file_names_the_file(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_bytes(data)
    with pytest.raises(PatternError) as caught:
        load_patterns([path])
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)


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
    assert {"萬", "億", "k"} <= set(patterns.magnitudes)
    assert patterns.digits["陸"] == 6 and patterns.places["佰"] == 100 and patterns.sections["萬"] == 10000
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
