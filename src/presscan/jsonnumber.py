"""A record's number as JSON text: an integer, a float's repr, or the Decimal's own text where
neither carries it exactly (jsonline.py writes the records with it; the writers of other formats
read `exact_number`)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Final

from presscan.record import LONGEST_JSON_INTEGER

_COMPILED: Final = not __file__.endswith(".py")  # mypyc's module is a shared library

# Up to this many significant digits a float keeps a decimal exactly: its repr
# gives the decimal back (sys.float_info.dig). A Decimal's plain text (no
# exponent) stands for a value far from a float's limits.
_FLOAT_DIGITS: Final = 15
# repr of a float below 0.0001 (four zeros after the point or more) is written with an exponent
_FIXED_ZEROS: Final = 4


def exact_number(value: Decimal) -> str | None:
    """The JSON number text for a value that a JSON float or integer would
    not carry exactly, or not cheaply; None for every other value.

    Integral values of up to LONGEST_JSON_INTEGER digits are integers, and other
    values floats when the float is the decimal (36.8, 0.333333). The rest are
    written from the Decimal: 1234567890123456789.5 (a float would round it),
    1E-400 (a float would make it 0) and integral values of thousands of digits
    (1.111E+5000: Python refuses to print such ints, and would take quadratic
    time). Read them back exactly with json.loads(line, parse_float=Decimal).
    """
    if value == value.to_integral_value():
        if value.adjusted() < LONGEST_JSON_INTEGER:
            return None
        mantissa, _, exponent = f"{value:E}".partition("E")
        if "." in mantissa:
            mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}E{exponent}"
    number = float(value)
    if math.isfinite(number) and Decimal(repr(number)) == value:
        return None
    return str(value)


def json_number(value: Decimal) -> str:
    """A value as JSON: an integer, a float's repr, or exact_number's text."""
    # Most values are read from the Decimal's own text: plain digits with at
    # most one point, which is what values of figures mostly are.
    text = str(value)
    if _COMPILED:
        plain = _plain(text)  # read by code point: no strings cut, stripped and joined
        if plain is not None:
            return plain
    return long_way(value, text)


def long_way(value: Decimal, text: str) -> str:
    """json_number of `value`, whose text is `text`, read from the text's pieces as strings."""
    if text[-1].isdigit() and "E" not in text:
        whole, _, fraction = (text[1:] if text[0] == "-" else text).partition(".")
        if not fraction and len(whole) < LONGEST_JSON_INTEGER:
            return "0" if text == "-0" else text  # int(value) has the same digits
        if fraction and len((whole + fraction).lstrip("0")) <= _FLOAT_DIGITS:
            if not fraction.strip("0"):
                return str(int(value))  # 2.0 is the integer 2
            if whole != "0" or len(fraction) - len(fraction.lstrip("0")) < _FIXED_ZEROS:
                # a float keeps up to 15 digits exactly, so repr(float(value)) gives back these
                # digits, without trailing zeros, and in this notation down to 0.0001
                return text.rstrip("0")
            return repr(float(value))
    exact = exact_number(value)
    if exact is not None:
        return exact
    return str(int(value)) if value == value.to_integral_value() else repr(float(value))


def _plain(text: str) -> str | None:
    """What json_number gives for a Decimal's text of ASCII digits with a sign and a point at most
    (the text itself, or without the zeros that end its fraction), told by one walk over its code
    points; None when the text is any other, or json_number would make a number of it (2.0, 0.00001,
    more than 15 digits): json_number reads it the long way then. tests/test_output_json.py checks
    the two ways against each other."""
    size = len(text)
    start = 1 if size > 0 and text[0] == "-" else 0
    point = -1
    lead = 0  # the zeros the digits open with, the point passed over
    leading = True
    for index in range(start, size):
        code = ord(text[index])
        if code == 46:  # .
            if point >= 0:
                return None
            point = index
        elif 48 <= code <= 57:
            if leading:
                if code == 48:
                    lead += 1
                else:
                    leading = False
        else:
            return None
    if point < 0:
        if start < size and size - start < LONGEST_JSON_INTEGER:
            return "0" if text == "-0" else text
        return None
    if point == start or point == size - 1 or size - start - 1 - lead > _FLOAT_DIGITS:
        return None
    end = size
    while text[end - 1] == "0":
        end -= 1
    if end == point + 1:
        return None  # a fraction of zeros: an integer
    whole_zero = point - start == 1 and text[start] == "0"
    if whole_zero and lead - 1 >= _FIXED_ZEROS:
        return None  # 0.0000x: a float's repr, with an exponent
    return text[:end] if end < size else text
