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
