"""Batch throughput and memory: `presscan extract` over a folder of generated bulletins.

    python benchmarks/batch_bench.py [--n 2000] [--jobs 1,4] [--rounds 3] [--format jsonl] [--keep]

Generates N bulletins of about 3 KB each (from the texts in samples/, numbers
varied, or from a built-in template when samples/ is empty) in a temporary
folder, then runs

    presscan extract FOLDER --format jsonl -o out.jsonl --quiet --jobs J

once per J (default: 1 and the number of CPUs), each in a fresh Python
process, --rounds times in turn, and prints wall time, files/s, figures/s, the
CPU time of the main process and of its workers, the peak RSS of the main
process and of the largest worker, and the load average before the run; then
the ratio of wall times of each J to the first, round by round. Run it at two sizes (--n 2000, --n 20000)
to check that memory does not grow with the number of files.

A benchmark, not a test: the machine may be shared, so compare runs made together.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_BYTES = 3000

TEMPLATE = (
    "全年全市地区生产总值{a}.{b}亿元，比上年增长{c}.{d}%。年末常住人口{e}.{b}万人。\n"
    "全省建成充电桩{f}台，新能源车{c}.{a}万辆，增长{g}.{d}%。\n"
    "全年粮食产量{e}万吨，全社会用电量{f}.{b}亿千瓦时，新增绿地面积{g}公顷。\n"
    "规模以上工业企业{f}家，新建改造城市道路{g}.{d}公里，建成5G基站{c}.{b}万座。\n"
)

# The child: run the CLI in this fresh process, then report its own peak RSS and
# that of its largest child (the workers of a pool). ru_maxrss is in KiB on Linux.
CHILD = """
import json, resource, sys
from presscan.cli import main
try:
    main()
except SystemExit as done:
    code = done.code
own = resource.getrusage(resource.RUSAGE_SELF)
workers = resource.getrusage(resource.RUSAGE_CHILDREN)
usage = {
    "code": code,
    "main_kib": own.ru_maxrss,
    "worker_kib": workers.ru_maxrss,
    "main_cpu": own.ru_utime + own.ru_stime,
    "worker_cpu": workers.ru_utime + workers.ru_stime,
}
sys.stderr.write("\\nRUSAGE " + json.dumps(usage) + "\\n")
"""


def sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    return [t for t in texts if t.strip()]


def bulletin(rng: random.Random, texts: list[str]) -> str:
    """About TARGET_BYTES of bulletin text with numbers varied."""
    parts: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        if texts:
            text = rng.choice(texts)
            start = rng.randrange(max(1, len(text) - 200))
            chunk = re.sub(r"[0-9]", lambda _: str(rng.randrange(10)), text[start : start + 200])
        else:
            chunk = TEMPLATE.format(**{k: rng.randrange(1, 999) for k in "abcdefg"})
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
    return "".join(parts)


def generate(folder: Path, n: int, seed: int = 5) -> int:
    rng = random.Random(seed)
    texts = sources()
    total = 0
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        data = bulletin(rng, texts).encode("utf-8")
        (sub / f"bulletin-{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_child(argv: list[str]) -> tuple[float, dict[str, float]]:
    """Wall seconds and the RUSAGE report (CPU, peak RSS) of the CLI run with `argv` in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.argv = {argv!r}\n{CHILD}"], capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    report = next((line for line in done.stderr.splitlines() if line.startswith("RUSAGE ")), None)
    if report is None:
        raise SystemExit(f"presscan failed:\n{done.stderr}")
    return seconds, json.loads(report.removeprefix("RUSAGE "))


def run(folder: Path, out: Path, jobs: int, fmt: str) -> dict[str, float]:
    argv = ["presscan", "extract", str(folder), "--format", fmt, "-o", str(out), "--quiet", "--jobs", str(jobs)]
    seconds, usage = run_child(argv)
    with out.open(encoding="utf-8") as lines:
        figures = sum(1 for _ in lines)
    return {"seconds": seconds, "figures": figures, **usage}


def build() -> str:
    """Which build runs: compiled with mypyc, or pure Python (an editable install)."""
    import presscan.core

    return "compiled with mypyc" if not presscan.core.__file__.endswith(".py") else "pure Python (not compiled)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=2000, help="bulletins to generate (default 2000)")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}", help="comma-separated --jobs values")
    parser.add_argument("--rounds", type=int, default=1, help="run every --jobs value this many times, in turn")
    parser.add_argument("--format", default="jsonl", help="the output format (default jsonl)")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="presscan-batch-"))
    try:
        started = time.perf_counter()
        size = generate(folder / "bulletins", args.n) if (folder / "bulletins").mkdir() is None else 0
        print(
            f"{args.n} bulletins, {size / args.n / 1000:.1f} KB each ({'samples/' if sources() else 'template'}),"
            f" generated in {time.perf_counter() - started:.1f} s; {os.cpu_count()} CPUs; presscan {build()}"
        )
        outputs = []
        seconds: dict[int, list[float]] = {}
        for _ in range(args.rounds):
            for jobs in (int(j) for j in args.jobs.split(",")):
                out = folder / f"out-{jobs}.{args.format}"
                load = os.getloadavg()[0]
                r = run(folder / "bulletins", out, jobs, args.format)
                with out.open("rb") as written:  # a block at a time: a child starts with this process's peak RSS
                    outputs.append(hashlib.file_digest(written, "sha256").digest())
                seconds.setdefault(jobs, []).append(r["seconds"])
                print(
                    f"--jobs {jobs:<3} {r['seconds']:7.2f} s  {args.n / r['seconds']:7.1f} files/s"
                    f"  {r['figures'] / r['seconds']:9.0f} figures/s ({r['figures']} lines)"
                    f"  CPU: main {r['main_cpu']:.2f} s, workers {r['worker_cpu']:.2f} s"
                    f"  peak RSS: main {r['main_kib'] / 1024:.0f} MiB, largest worker {r['worker_kib'] / 1024:.0f} MiB"
                    f"  load before {load:.2f}  exit {r['code']}"
                )
        if len(seconds) > 1:
            first, *others = seconds
            for jobs in others:
                ratios = [b / a for a, b in zip(seconds[first], seconds[jobs], strict=True)]
                print(
                    f"--jobs {jobs} / --jobs {first}, time: "
                    + ", ".join(f"{ratio:.2f}" for ratio in ratios)
                    + f" (median {statistics.median(ratios):.2f}; speed-up {1 / statistics.median(ratios):.2f}x)"
                )
        if len(outputs) > 1:
            same = all(o == outputs[0] for o in outputs)
            print("outputs byte-identical across --jobs:", "yes" if same else "NO")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
