"""The report at scale, in Chromium: 2 000 bulletins with 100 000 figures.

    python benchmarks/report_bench.py [--documents 2000] [--runs 3] [--keep DIR]

Generates the bulletins (50 figures each, regions over ten years, so that the
charts have indicators to draw), then runs

    presscan extract FOLDER --format jsonl -o figures.jsonl
    presscan report FOLDER -o report.html

and prints the report's size against the JSON Lines (target: under 3x). Then it
opens the report in headless Chromium (Debian's chromium and chromium-driver,
driven by selenium), each run in a fresh browser profile, and prints:

- ready: milliseconds from the start of navigation until the page's script has
  read the index and drawn the first document (presscanReport.readyAt), and
  shown: until the frame after that was drawn (the page is usable);
- then, in the open page, how long each first use takes: the table, a filter
  over all figures, a sort, a document in the middle, the charts.

Target: usable in under 3 seconds. A benchmark, not a test: the machine may be
shared, so compare runs made together. Run it with the presscan it should
measure (`.venv/bin/python benchmarks/report_bench.py` uses that .venv's).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIGURES_PER_DOCUMENT = 50
REGIONS = ("河川", "青山", "临江", "东湖", "南岭", "西岗", "北原", "中平")
# Each sentence holds exactly two figures.
SENTENCES = (
    "全年全市地区生产总值{a}.{b}亿元，比上年增长{c}.{d}%。",
    "第一产业增加值{a}.{b}亿元，增长{c}.{d}%。",
    "第二产业增加值{a}.{b}亿元，增长{c}.{d}%。",
    "第三产业增加值{a}.{b}亿元，增长{c}.{d}%。",
    "年末全市常住人口{a}.{b}万人，比上年末增加{c}.{d}万人。",
    "全年粮食产量{a}.{b}万吨，比上年增长{c}.{d}%。",
    "规模以上工业增加值{a}.{b}亿元，比上年增长{c}.{d}%。",
    "全社会用电量{a}.{b}亿千瓦时，增长{c}.{d}%。",
    "全年社会消费品零售总额{a}.{b}亿元，比上年增长{c}.{d}%。",
    "全年进出口总额{a}.{b}亿元，比上年增长{c}.{d}%。",
    "一般公共预算收入{a}.{b}亿元，增长{c}.{d}%。",
    "全年新增城镇就业{a}.{b}万人，城镇调查失业率{c}.{d}%。",
    "全市建成充电桩{e}台，新能源汽车保有量{c}.{b}万辆。",
    "全年接待游客{a}.{b}万人次，旅游总收入{c}.{d}亿元。",
    "全年完成货运量{a}.{b}万吨，增长{c}.{d}%。",
    "年末全市公路总里程{e}公里，其中高速公路{c}{d}公里。",
    "全年新增绿地面积{e}公顷，人均公园绿地面积{c}.{d}平方米。",
    "全市居民人均可支配收入{e}{d}元，比上年增长{c}.{d}%。",
    "全年新建改造城市道路{c}.{d}公里，建成5G基站{c}.{b}万座。",
    "年末全市共有医疗卫生机构{e}个，卫生技术人员{c}.{b}万人。",
    "全年专利授权量{e}件，增长{c}.{d}%。",
    "全年研究与试验发展经费支出{a}.{b}亿元，增长{c}.{d}%。",
    "年末金融机构本外币存款余额{a}.{b}亿元，比上年末增长{c}.{d}%。",
    "全年规模以上工业企业{e}家，实现利润总额{a}.{b}亿元。",
    "全市空气质量优良天数比例{c}{d}.{b}%，细颗粒物平均浓度{c}{d}微克/立方米。",
)
# Sentences without figures, so that a bulletin has about as much text per figure as real ones (about 40 characters).
PROSE = (
    "经济运行总体平稳，发展质量稳步提升，民生保障有力有效。",
    "产业结构持续优化，新动能加快成长，创新驱动作用明显增强。",
    "城乡区域协调发展，生态环境质量持续改善，社会大局和谐稳定。",
    "重点领域改革深入推进，营商环境不断优化，市场主体活力增强。",
)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,860",
)


def bulletin(region: str, year: int, rng: random.Random) -> str:
    parts = [f"{region}市{year}年国民经济和社会发展统计公报\n\n{region}市统计局\n"]
    for k, sentence in enumerate(SENTENCES):
        if k % 5 == 0:
            parts.append(f"\n{'一二三四五'[k // 5]}、综合\n\n")
        numbers = {name: rng.randint(100, 9999) if name in "ae" else rng.randint(1, 9) for name in "abcde"}
        parts.append(sentence.format(**numbers) + PROSE[k % len(PROSE)] + PROSE[(k + 1) % len(PROSE)])
        if k % 2:
            parts.append("\n")
    return "".join(parts) + "\n"


def generate(folder: Path, documents: int) -> None:
    rng = random.Random(2026)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(documents):
        region = f"{REGIONS[i // 10 % len(REGIONS)]}{i // 10:03d}"
        year = 2014 + i % 10
        (folder / f"{region}-{year}.txt").write_text(bulletin(region, year, rng), encoding="utf-8")


def presscan(*args: str) -> float:
    script = Path(sys.executable).parent / "presscan"
    started = time.perf_counter()
    subprocess.run([str(script), *args, "--quiet"], check=True)
    return time.perf_counter() - started


def browser(profile: str):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    return webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))


# Each first use, timed inside the page (milliseconds), up to the next frame drawn.
USES = {
    "table (all figures)": "presscanReport.show('figures')",
    "filter: kind = percent": "var s = document.getElementById('f-kind'); s.value = 'percent';"
    " s.dispatchEvent(new Event('change'))",
    "sort by value": "document.querySelector('#table-head button[data-column=\"4\"]').click()",
    "row to its figure": "document.querySelector('.trow').click()",
    "document in the middle": "presscanReport.select(Math.floor(presscanReport.figures / 2))",
    "charts": "presscanReport.show('charts')",
}
TIMED = """
var done = arguments[arguments.length - 1];
var started = performance.now();
%s;
requestAnimationFrame(function () { setTimeout(function () { done(performance.now() - started); }, 0); });
"""


def measure(page: Path, runs: int) -> None:
    print(f"\nChromium, {runs} runs, each in a fresh profile (milliseconds):")
    results: dict[str, list[float]] = {}
    for _ in range(runs):
        profile = tempfile.mkdtemp(prefix="presscan-bench-")
        driver = browser(profile)
        driver.set_script_timeout(60)
        try:
            started = time.perf_counter()
            driver.get(page.as_uri())
            while driver.execute_script("return document.documentElement.dataset.ready") != "true":
                time.sleep(0.01)
            shown = driver.execute_async_script(
                "var done = arguments[0]; requestAnimationFrame(function () {"
                " setTimeout(function () { done(performance.now()); }, 0); });"
            )
            results.setdefault("navigation to driver's return (wall)", []).append(
                (time.perf_counter() - started) * 1000
            )
            results.setdefault("ready: index read, first document drawn", []).append(
                driver.execute_script("return presscanReport.readyAt")
            )
            results.setdefault("shown: the frame after it drawn (usable)", []).append(shown)
            figures = driver.execute_script("return presscanReport.figures")
            for name, code in USES.items():
                results.setdefault(name, []).append(driver.execute_async_script(TIMED % code))
        finally:
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)
    print(f"  ({figures} figures in the page)")
    for name, times in results.items():
        print(f"  {name:44} " + "  ".join(f"{t:7.0f}" for t in times) + f"   best {min(times):6.0f}")
    usable = min(results["shown: the frame after it drawn (usable)"]) / 1000
    print(f"\nusable after {usable:.2f} s (best run; target under 3 s): {'ok' if usable < 3 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it (and the outputs)")
    arguments = parser.parse_args()
    work = arguments.keep or Path(tempfile.mkdtemp(prefix="presscan-report-bench-"))
    try:
        folder = work / "bulletins"
        if not folder.is_dir():
            generate(folder, arguments.documents)
        jsonl, page = work / "figures.jsonl", work / "report.html"
        extract_seconds = presscan("extract", str(folder), "--format", "jsonl", "-o", str(jsonl))
        report_seconds = presscan("report", str(folder), "-o", str(page))
        lines = sum(1 for _ in jsonl.open(encoding="utf-8"))
        ratio = page.stat().st_size / jsonl.stat().st_size
        print(f"{arguments.documents} documents, {lines} figures")
        print(f"presscan extract -> JSON Lines: {extract_seconds:6.1f} s, {jsonl.stat().st_size / 2**20:6.1f} MB")
        print(f"presscan report  -> HTML:       {report_seconds:6.1f} s, {page.stat().st_size / 2**20:6.1f} MB")
        print(f"size ratio (report / JSON Lines): {ratio:.2f} (target under 3): {'ok' if ratio < 3 else 'MISSED'}")
        measure(page, arguments.runs)
    finally:
        if arguments.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
