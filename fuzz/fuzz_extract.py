"""Fuzz presscan.extract with atheris (libFuzzer): any text, and every record must hold.

Checked for each input: extract does not raise; every record has 0 <= start < end <=
len(text), text[start:end] == record.text, a finite value and value_high >= value;
its JSON line reads back to the same record and its CSV row can be built.

Not part of the test suite: run it for a bounded time with fuzz/run.sh. An input
that breaks an invariant is written to fuzz/findings/ and the run stops.

PRESSCAN_FUZZ_SKIP_KNOWN=1 lets the run go past the bugs already known (kept as
xfail tests in tests/test_record_properties.py), to look for others.
"""

from __future__ import annotations

import decimal
import json
import os
import sys
from decimal import Decimal

import atheris

with atheris.instrument_imports():
    from presscan import Figure, extract
    from presscan.writers.csv_rows import csv_row
    from presscan.writers.jsonl import json_line

SKIP_KNOWN = os.environ.get("PRESSCAN_FUZZ_SKIP_KNOWN") == "1"


def _text(data: bytes) -> str:
    """Half the inputs as UTF-8 (so that the dictionary's words come through), half as any code points."""
    if not data:
        return ""
    if data[0] % 2:
        return data[1:].decode("utf-8", "replace")
    provider = atheris.FuzzedDataProvider(data[1:])
    return provider.ConsumeUnicode(len(data))


def _check(text: str, figure: Figure) -> None:
    assert 0 <= figure.start < figure.end <= len(text), figure
    assert text[figure.start : figure.end] == figure.text, figure
    assert figure.value.is_finite(), figure
    if figure.value_high is not None:
        assert figure.value_high >= figure.value, figure
    line = json_line(figure)
    assert Figure.model_validate(json.loads(line, parse_float=Decimal)) == figure, line
    csv_row(figure)


def TestOneInput(data: bytes) -> None:  # the name atheris looks for
    text = _text(data)
    try:
        figures = extract(text)
    except decimal.InvalidOperation:
        if SKIP_KNOWN:  # match.py: quantize past 28 digits (占111.../3, 一分之一亿亿...)
            return
        raise
    starts = [figure.start for figure in figures]
    assert starts == sorted(starts), starts
    for figure in figures:
        _check(text, figure)


def main() -> None:
    extract("全省建成充电桩890台。")  # load jieba before the fuzzer starts counting time
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
