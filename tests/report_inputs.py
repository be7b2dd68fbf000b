"""Inputs for the report's tests: yearly bulletins, a hostile document, text that is hard to keep exact.

Each writes files into a folder and returns it; `extract_records` and `report_page` run
the installed command line on them.
"""

from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

from conftest import installed_script

# One region's bulletins, one a year: the same indicators with other values every year.
YEARS = (2019, 2020, 2021, 2022, 2023)
GDP = {2019: "2981.4", 2020: "3012.6", 2021: "3145.2", 2022: "3198.7", 2023: "3256.8"}
GROWTH = {2019: "6.1", 2020: "2.3", 2021: "7.9", 2022: "3.1", 2023: "5.2"}
POPULATION = {2019: "480.2", 2020: "481.5", 2021: "483.9", 2022: "485.0", 2023: "486.3"}


def yearly_bulletin(year: int) -> str:
    return (
        f"河川市{year}年国民经济和社会发展统计公报\n\n"
        f"一、综合\n\n初步核算，全年全市地区生产总值{GDP[year]}亿元，比上年增长{GROWTH[year]}%。"
        f"年末全市常住人口{POPULATION[year]}万人。\n\n"
        f"二、农业\n\n全年粮食产量{100 + year % 7}.5万吨，比上年增长1.{year % 10}%。\n"
    )


def write_yearly_bulletins(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for year in YEARS:
        (folder / f"bulletin-{year}.txt").write_text(yearly_bulletin(year), encoding="utf-8")
    return folder


# Markup, script endings and line separators in a document and in its file's name: shown as text, run never.
HOSTILE_NAME = "<img src=x onerror=\"window.pwned='name'\">.txt"
HOSTILE_TEXT = (
    "全年新增充电桩890台<script>window.pwned = 'script'</script>，"
    "</script><script>window.pwned = 'closed'</script>新能源车1.46万辆。\n"
    "<img src=x onerror=\"window.pwned='img'\">建成5G基站1.1万座。\n"
    "<a href=\"javascript:window.pwned='link'\">点此</a>新增就业5.62万人。\n"
    "</textarea><textarea>全市用电量216.4亿千瓦时。<!-- <script>\n"
    "<svg onload=\"window.pwned='svg'\"></svg><style>body{display:none}</style>"
    "行分隔\u2028段分隔\u2029粮食产量1350万吨&amp;&lt;。\n"
)
HOSTILE_PIECES = (
    "<script>window.pwned = 'script'</script>",
    "</script><script>window.pwned = 'closed'</script>",
    "<img src=x onerror=\"window.pwned='img'\">",
    "<a href=\"javascript:window.pwned='link'\">",
    "</textarea><textarea>",
    "<!-- <script>",
    "<svg onload=\"window.pwned='svg'\"></svg>",
    "<style>body{display:none}</style>",
    "\u2028",
    "\u2029",
    "&amp;&lt;",
)


def write_hostile(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    return folder


# Text whose offsets are easy to get wrong: characters beyond the BMP before figures (one code point,
# two UTF-16 units), CRLF line ends, a figure broken across a line, full-width digits, values a
# browser's numbers would round, and a text long enough to be shown in several blocks, with a line
# longer than a block.
TRICKY = {
    "astral.txt": "𠀀𠀁𪚥新增5吨。😀😀全省建成充电桩890台，新能源车1.46万辆。\n𠀀比上年增长36.8%。\n",
    "crlf.txt": "全年粮食产量1350万吨。\r\n全市用电量216.4亿\r\n千瓦时，增长５.２％。\r\n",
    "exact.txt": "全省存款余额12345678901234567.89元，贷款余额9007199254740993元，降尘量0.00005吨。\n",
    "empty.txt": "这一段没有数字。\n",
    "long.txt": "𠀀全省建成充电桩890台，新能源车1.46万辆。\n" * 150 + "新能源车增长5.2%，" * 400 + "\n\n𠀀新增5吨。\n",
}


def write_tricky(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TRICKY.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def run_presscan(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(installed_script()), *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd
    )


def extract_records(*paths: str | Path) -> list[dict[str, Any]]:
    """The records of `presscan extract --format jsonl`, read exactly (values as Decimal or int)."""
    done = run_presscan("extract", "--format", "jsonl", "--jobs", "1", *paths)
    assert done.returncode == 0, done.stderr
    return [json.loads(line, parse_float=Decimal) for line in done.stdout.splitlines()]


def report_page(output: Path, *paths: str | Path, jobs: int = 1) -> str:
    """`presscan report PATHS -o output`, and the page it wrote."""
    done = run_presscan("report", "--jobs", str(jobs), "-o", output, *paths)
    assert done.returncode == 0, done.stderr
    return output.read_text(encoding="utf-8")
