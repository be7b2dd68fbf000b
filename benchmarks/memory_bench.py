"""Peak memory of extracting one large input: does it grow with the input's records?

    python benchmarks/memory_bench.py [--mb 5,20] [--format jsonl] [--jobs 1]

Writes a text of each size (MB of UTF-8) from the texts in samples/, numbers
varied, then runs

    presscan extract BIG.txt --format FORMAT -o OUT --quiet --jobs J

in a fresh Python process and prints its peak RSS (and that of its worker with
--jobs 2), the records written, the peak beyond start-up per MB of input, and
how much the peak grows per MB of input from the smallest size to the largest.
Start-up is the peak RSS of the same command on a one-line input. The
bench holds no text itself: a child process starts with its parent's peak RSS.

A benchmark, not a test; run it with a regular install (`pip install .`).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_bench import run_child  # noqa: E402  (the CLI in a fresh process, reporting its peak RSS and CPU)


def write_text(path: Path, megabytes: float, seed: int = 7) -> int:
    """About `megabytes` MB of bulletin paragraphs, numbers varied, written a paragraph at a time."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    paragraphs = [line for text in texts for line in text.splitlines() if re.search(r"[0-9]", line)]
    target = int(megabytes * 1e6)
    size = 0
    with path.open("w", encoding="utf-8") as out:
        while size < target:
            line = re.sub(r"[0-9]", lambda _: str(rng.randrange(10)), rng.choice(paragraphs)) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
    return size


def run(path: Path, out: Path, fmt: str, jobs: int) -> dict[str, float]:
    argv = ["presscan", "extract", str(path), "--format", fmt, "-o", str(out), "--quiet", "--jobs", str(jobs)]
    argv += ["--max-size", "0", "--timeout", "0"]
    seconds, usage = run_child(argv)
    peak = max(usage["main_kib"], usage["worker_kib"]) / 1024
    return {"seconds": seconds, "peak_mib": peak, **usage}


def records(out: Path, fmt: str) -> str:
    """How many records JSON Lines holds (a line each); other formats are not counted."""
    if fmt != "jsonl":
        return "not counted:"
    with out.open("rb") as lines:
        return f"{sum(1 for _ in lines)} records,"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mb", default="5,20", help="comma-separated sizes of the input, MB (default 5,20)")
    parser.add_argument("--format", default="jsonl", help="the output format (default jsonl)")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs (1: no worker; 2: the input in a worker)")
    args = parser.parse_args()
    import presscan.core

    build = "compiled" if not presscan.core.__file__.endswith(".py") else "pure Python"
    folder = Path(tempfile.mkdtemp(prefix="presscan-memory-"))
    suffix = {"jsonl": "jsonl", "json": "json", "csv": "csv", "sqlite": "db", "parquet": "parquet"}[args.format]
    try:
        small = folder / "small.txt"
        small.write_text("全省建成充电桩890台。\n", encoding="utf-8")
        base = run(small, folder / f"small.{suffix}", args.format, args.jobs)["peak_mib"]
        print(f"presscan ({build}) --format {args.format} --jobs {args.jobs}; start-up peak RSS {base:.0f} MiB")
        peaks: list[tuple[float, float]] = []
        for megabytes in (float(mb) for mb in args.mb.split(",")):
            path = folder / "big.txt"
            size = write_text(path, megabytes) / 1e6
            out = folder / f"big.{suffix}"
            r = run(path, out, args.format, args.jobs)
            print(
                f"{size:5.1f} MB input: peak RSS {r['peak_mib']:6.0f} MiB (main {r['main_kib'] / 1024:.0f},"
                f" worker {r['worker_kib'] / 1024:.0f}), {(r['peak_mib'] - base) / size:5.1f} MiB per MB of input"
                f" beyond start-up; {records(out, args.format)} output {out.stat().st_size / 1e6:.0f} MB,"
                f" {r['seconds']:.0f} s, exit {r['code']}"
            )
            out.unlink()
            peaks.append((size, r["peak_mib"]))
        if len(peaks) > 1:
            (small_mb, small_peak), (large_mb, large_peak) = peaks[0], peaks[-1]
            slope = (large_peak - small_peak) / (large_mb - small_mb)
            print(f"growth from {small_mb:.1f} MB to {large_mb:.1f} MB of input: {slope:.1f} MiB of peak RSS per MB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
