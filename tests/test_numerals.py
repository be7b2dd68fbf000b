"""The numeral parsers alone: exact Decimals, strict about what is not a quantity."""

from __future__ import annotations

from decimal import Decimal

import pytest

from presscan import default_patterns
from presscan.numerals import parse_arabic, parse_chinese, parse_chinese_decimal


def chinese(text: str) -> Decimal | None:
    """`text` parsed as presscan reads it: traditional characters folded first (兩萬 as 两万)."""
    patterns = default_patterns()
    return parse_chinese(patterns.traditional(text), patterns.digits, patterns.places, patterns.sections)


def chinese_decimal(text: str) -> Decimal | None:
    patterns = default_patterns()
    folded = patterns.traditional(text)
    return parse_chinese_decimal(folded, patterns.digits, patterns.places, patterns.sections, patterns.decimal_points)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百二十", 120),
        ("一百零五", 105),
        ("三千五百", 3500),
        ("三千五", 3500),
        ("一万五", 15000),
        ("两万", 20000),
        ("十二万", 120000),
        ("二十万零十", 200010),
        ("一亿两千万", 120000000),
        ("二十亿零五百万", 2005000000),
        ("一亿零一万", 100010000),
        ("九万九千九百九十九亿", 9999900000000),
        ("一万亿", 1000000000000),
        # traditional characters and the financial numerals of amounts
        ("兩萬", 20000),
        ("十億", 1000000000),
        ("一億兩千萬", 120000000),
        ("壹佰贰拾", 120),
        ("陆仟伍佰", 6500),
        ("陸仟伍佰", 6500),
        ("貳拾萬", 200000),
        ("拾萬零五十六", 100056),
        ("玖萬玖仟玖佰玖拾玖", 99999),
        ("叁", 3),
        ("叄拾", 30),
        ("參佰", 300),
        ("叄拾參", 33),
    ],
    ids=lambda value: str(value),
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "二〇二三",
        "三五",
        "一一",
        "十十",
        "百",
        "千五",
        "一万零一万",
        "三千三千",
        "万",
        "两万千",
        "十二点",
        "陆陆",
        "佰",
        "萬",
    ],
)
def test_not_a_quantity(text: str) -> None:
    assert chinese(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十二点五", "12.5"),
        ("零点五", "0.5"),
        ("零点零三", "0.03"),
        ("一百点二五", "100.25"),
        ("三", "3"),
        ("六十二點五", "62.5"),
        ("陆点五", "6.5"),
        ("拾萬零五十六點叁叁", "100056.33"),
        ("零點三", "0.3"),
    ],
)
def test_chinese_decimals(text: str, value: str) -> None:
    assert chinese_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["十二点", "十二点万", "点五", "三五点五"])
def test_not_a_chinese_decimal(text: str) -> None:
    assert chinese_decimal(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,234.5", "1234.5"), ("1，234", "1234"), ("0.5", "0.5"), ("16.4", "16.4"), ("007", "7")],
)
def test_arabic(text: str, value: str) -> None:
    assert parse_arabic(text) == Decimal(value)


def test_values_are_exact() -> None:
    assert isinstance(chinese_decimal("十二点五"), Decimal)
    assert parse_arabic("0.1") + parse_arabic("0.2") == Decimal("0.3")  # type: ignore[operator]
    assert parse_arabic("1.2.3") is None
