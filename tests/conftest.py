"""Shared helpers for the presscan tests."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# The suite keeps its pattern cache (presscan.patterncache) in a folder of its own, not the user's;
# the presscan processes it starts inherit it.
if "PRESSCAN_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="presscan-test-cache-")
    os.environ["PRESSCAN_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)
SAMPLES = REPO / "samples"
BULLETIN = SAMPLES / "bulletin.txt"


def installed_script() -> Path:
    """The console script installed next to the interpreter running the tests."""
    return Path(sys.executable).parent / "presscan"


# A folder of bulletins for batch tests: good files in five encodings (name: text, encoding,
# (value, unit) of each figure), and files that cannot be read.
GOOD = {
    "a-utf8.txt": ("全省建成充电桩890台，新能源车1.46万辆。", "utf-8", [(890, "台"), (14600, "辆")]),
    "b-gbk.txt": ("全年粮食产量1350万吨，比上年增长2.1%。", "gbk", [(13500000, "吨"), (2.1, "%")]),
    "c-bom.md": ("建成5G基站1.1万座。", "utf-8-sig", [(11000, "座")]),
    "d-utf16.txt": ("全市用电量216.4亿千瓦时。", "utf-16", [(21640000000, "千瓦时")]),
    "e-utf16-nobom.txt": ("新增绿地面积560公顷。", "utf-16-le", [(560, "公顷")]),
    "nested/deeper/f.txt": ("新增就业5.62万人。", "utf-8", [(56200, "人")]),
}
BAD = {
    "g-binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "h-undecodable.txt": b"\x81\x30\xff\xff\xff\xfe",
}


@pytest.fixture
def bulletins(tmp_path: Path) -> Path:
    """A folder with good files in five encodings, bad files, an empty one, hidden ones and a symlink loop."""
    root = tmp_path / "bulletins"
    for name, (text, encoding, _) in GOOD.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode(encoding))
    for name, data in BAD.items():
        (root / name).write_bytes(data)
    (root / "empty.txt").write_bytes(b"")
    (root / "notes.csv").write_text("新增就业5.62万人", encoding="utf-8")
    (root / ".hidden.txt").write_text("隐藏文件100台。", encoding="utf-8")
    (root / ".drafts").mkdir()
    (root / ".drafts" / "draft.txt").write_text("草稿200台。", encoding="utf-8")
    (root / "nested" / "loop").symlink_to(root, target_is_directory=True)
    return root


@pytest.fixture
def presscan_script() -> Path:
    script = installed_script()
    if not script.exists():
        pytest.fail(f"{script} is missing: install presscan into this environment (pip install -e '.[test]')")
    return script


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder anyone may enter (pytest's tmp_path is root's alone when tests run as root)."""
    folder = Path(tempfile.mkdtemp(prefix="presscan-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        subprocess.run(["chmod", "-R", "u+rwx", str(folder)], check=False)
        subprocess.run(["rm", "-rf", str(folder)], check=False)


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
