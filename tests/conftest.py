"""Shared helpers for the presscan tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
BULLETIN = SAMPLES / "bulletin.txt"


def installed_script() -> Path:
    """The console script installed next to the interpreter running the tests."""
    return Path(sys.executable).parent / "presscan"


@pytest.fixture
def presscan_script() -> Path:
    script = installed_script()
    if not script.exists():
        pytest.fail(f"{script} is missing: install presscan into this environment (pip install -e '.[test]')")
    return script


def reference_json(figure: object, separators: tuple[str, str] = (",", ":")) -> str:
    """What the JSON writers must write for a record: json.dumps of pydantic's JSON
    dict, with the values JSON floats and integers would not carry exactly written
    from the Decimal (presscan.jsonline.exact_number)."""
    import json

    from presscan.jsonline import exact_number

    data = figure.model_dump(mode="json")  # type: ignore[attr-defined]
    exact = {}
    for name in ("value", "value_high"):
        value = getattr(figure, name)
        text = exact_number(value) if value is not None else None
        if text is not None:
            exact[name] = text
            data[name] = None
    line = json.dumps(data, ensure_ascii=False, separators=separators)
    for name, text in exact.items():
        # only the key itself can stand before a colon outside a string: inside one, a quote is escaped
        key = json.dumps(name) + separators[1]
        line = line.replace(key + "null", key + text, 1)
    return line
