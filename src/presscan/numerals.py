"""Exact numbers from the ways bulletins write them: Arabic digits and Chinese numerals.

Everything here is Decimal: 16.4亿 must come out as 1640000000, never as a float
that has drifted.

Why our own parser and not cn2an (decided for issue #4, cn2an 0.5 tested):
- cn2an returns floats for decimals (十二点五 -> 12.5 as float), and presscan's
  values are exact Decimals.
- Its "normal"/"smart" modes accept what must not be a quantity: 二〇二三 ->
  2023 and 三五 -> 35 (years and codes); its "strict" mode rejects what
  bulletins do write: 两万, 一万五, 三千五, 一亿两千万.
- It has no notion of a run that ends inside a unit (两万千瓦 raises instead of
  giving 两万), so the caller could not try shorter prefixes cheaply.
- 百分之三十, 三成, 五百多万 raise in every mode: the surrounding words are ours
  to read anyway (patterns/number_words.toml).
- It would add a dependency for about a hundred lines we already have and test.
What we took from it: decimals written with 点 (十二点五, 零点五), read by
`parse_chinese_decimal`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Final

# compiled, a static read from C: `Decimal` itself is looked up in the module's dict at every call
_DECIMAL: Final = Decimal


def parse_arabic(text: str) -> Decimal | None:
    """'1,234.5' -> Decimal('1234.5'); None when it is not a number."""
    if "," in text or "，" in text:  # a test in C, where a call of str.replace is one of a Python method
        text = text.replace(",", "").replace("，", "")
    try:
        return _DECIMAL(text)
    except InvalidOperation:
        return None


def parse_chinese(
    text: str,
    digits: Mapping[str, int],
    places: Mapping[str, int],
    sections: Mapping[str, int],
) -> Decimal | None:
    """A well-formed Chinese numeral to its value, or None.

    Strict on purpose: the caller tries shorter prefixes when a run of numeral
    characters does not parse, so '两万千瓦' is read as 两万 + 千瓦 rather than as
    a malformed 两万千. Accepts 十二, 三千五百, 一百零五, 十二万, 一亿两千万, and
    the spoken abbreviation 一万五 (= 15000). Strings of bare digits (二〇二三)
    are years or codes, not quantities, and give None.
    """
    if not text:
        return None
    total = 0  # everything closed by a section character (万, 亿)
    section = 0  # the current section, below 万
    digit: int | None = None
    last_place: int | None = None  # the place just written, for 一万五-style endings
    last_place_in_section = 10**9  # places must fall inside a section: 千 > 百 > 十
    zero_seen = False
    closed: set[int] = set()  # small sections (万) closed since the last 亿
    for index, char in enumerate(text):
        if char in digits:
            value = digits[char]
            if digit is not None:
                return None  # two digits in a row: 二〇二三, 三五
            if value == 0:
                zero_seen = True
                last_place = None
                continue
            digit = value
        elif char in places:
            place = places[char]
            if place >= last_place_in_section:
                return None
            if digit is None:
                # only 十 may stand without a digit, and only to begin a number
                # or a section (十二, 二十万零十)
                if place != 10 or (section != 0 and not zero_seen):
                    return None
                if index > 0 and text[index - 1] not in sections and not zero_seen:
                    return None
                digit = 1
            section += digit * place
            digit = None
            last_place = place
            last_place_in_section = place
            zero_seen = False
        elif char in sections:
            factor = sections[char]
            if digit is not None:
                section += digit
                digit = None
            if section == 0 and total == 0:
                return None
            if factor > 10000:
                total = (total + section) * factor
                closed = set()
            else:
                if section == 0 or factor in closed:
                    return None  # 一万零一万 is not a number: 万 twice with no 亿 between
                total += section * factor
                closed.add(factor)
            section = 0
            last_place = factor
            last_place_in_section = 10**9
            zero_seen = False
        else:
            return None
    if digit is not None:
        if last_place is not None and not zero_seen:
            # 一万五 = 15000, 三千五 = 3500: the digit fills the next place down
            section += digit * last_place // 10
        else:
            section += digit
    return _DECIMAL(total + section)


def parse_chinese_decimal(
    text: str,
    digits: Mapping[str, int],
    places: Mapping[str, int],
    sections: Mapping[str, int],
    points: Iterable[str],
) -> Decimal | None:
    """十二点五 -> Decimal('12.5'), 零点五 -> 0.5; digits after the point are read one by one."""
    for point in points:
        whole, found, fraction = text.partition(point)
        if not found:
            continue
        if whole in digits and digits[whole] == 0:
            integral: Decimal | None = Decimal(0)
        else:
            integral = parse_chinese(whole, digits, places, sections)
        if integral is None or not fraction or any(char not in digits for char in fraction):
            return None
        return integral + Decimal("0." + "".join(str(digits[char]) for char in fraction))
    return parse_chinese(text, digits, places, sections)
