"""Speed and memory of presscan against jieba, measured side by side in one run.

    python benchmarks/bench.py [--size 1000000] [--runs 7]

Prints, from one run:
- throughput: presscan.extract plus JSON-lines output on a ~1 MB text of
  bulletins (samples/, plus ../shared/corpus when it is there) vs jieba.lcut on
  the same text, best of --rounds each (5), alternating, in characters per
  second, and their ratio (issue #6 asks for >= 2.0);
- end to end: the console script on that text in a file, start-up included
  (a check on the in-process figure; best of --rounds);
- start-up: wall time of `presscan extract <3 KB sample> --format jsonl` vs
  `python -c "import jieba; jieba.initialize()"`, both caches warm (jieba's
  dictionary cache, presscan's pattern cache: presscan.patterncache), median of
  --runs each, alternating, and their ratio (issue #20 asks for <= 0.5); and
  presscan without its pattern cache (PRESSCAN_NO_CACHE=1), as on a first run;
- peak RSS of the start-up commands.
A benchmark, not a test: the machine is shared, so only the ratios mean much.
It measures the presscan it imports: run it with a regular install (compiled,
`pip install .`), not an editable one (pure Python); the first line says which.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus_text(size: int) -> str:
    paths = sorted((ROOT / "samples").glob("*.txt"))
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        paths += sorted(shared.glob("*.txt"))
    text = "\n".join(path.read_text(encoding="utf-8") for path in paths)
    return (text * (size // len(text) + 1))[:size]


def throughput(text: str, rounds: int = 5) -> tuple[float, float, int]:
    """Best of `rounds` for each, alternating: presscan (extract + JSON lines, as
    `presscan extract --format jsonl` does for a plain text: each record written from its
    values, without making a Figure, batch._write_records) and jieba.lcut, in characters per
    second."""
    import io

    import jieba

    from presscan import extract
    from presscan.collector import tune_collector
    from presscan.core import iter_record_values
    from presscan.writers.jsonl import JsonLinesWriter

    # The console script runs Python's cycle collector less often
    # (presscan.collector); so does this process, for jieba as well.
    tune_collector()
    jieba.setLogLevel(60)
    jieba.initialize()
    extract("全省建成充电桩890台，增长5%。")  # load patterns and the tagger first
    ours = theirs = float("inf")
    figures = 0
    for _ in range(rounds):
        started = time.perf_counter()
        jieba.lcut(text)
        theirs = min(theirs, time.perf_counter() - started)
        started = time.perf_counter()
        writer = JsonLinesWriter(io.StringIO())
        line = writer.record_text.values_text
        write = writer.stream.write
        count = 0
        for values in iter_record_values(text):
            write(line(values))
            count += 1
        writer.close()
        ours = min(ours, time.perf_counter() - started)
        figures = count
    return len(text) / ours, len(text) / theirs, figures


def end_to_end(text: str, rounds: int = 5) -> float:
    """Characters per second of the console script itself, `presscan extract FILE --format jsonl`,
    start-up included: best of `rounds`."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bulletins.txt"
        path.write_text(text, encoding="utf-8")
        command = [str(Path(sys.executable).parent / "presscan"), "extract", str(path), "--format", "jsonl"]
        best = min(timed(command)[0] for _ in range(rounds))
    return len(text) / best


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one command, run in a fresh child (with `env` added to
    the environment)."""
    import os

    probe = (
        "import resource,subprocess,sys,time;"
        "t=time.perf_counter();subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,check=True);"
        "w=time.perf_counter()-t;"
        "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *command],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
    )
    wall, rss = out.stdout.split()
    return float(wall), int(rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of text for throughput")
    parser.add_argument("--runs", type=int, default=7, help="start-up runs of each command")
    parser.add_argument("--rounds", type=int, default=5, help="throughput rounds of each, the best kept")
    parser.add_argument("--only", choices=["throughput", "startup"], help="run one of the two measurements")
    args = parser.parse_args()
    import presscan

    print(f"presscan {presscan.__version__}, {'compiled with mypyc' if presscan.compiled else 'pure Python'}")
    if args.only != "startup":
        report_throughput(args.size, args.rounds)
    if args.only != "throughput":
        report_startup(args.runs)


def report_throughput(size: int, rounds: int) -> None:
    text = corpus_text(size)
    ours, theirs, figures = throughput(text, rounds)
    print(
        f"throughput: presscan {ours / 1e6:.3f} M chars/s ({figures} figures), jieba.lcut {theirs / 1e6:.3f} M chars/s"
    )
    print(f"throughput ratio presscan/jieba.lcut: {ours / theirs:.2f}  (target >= 4.0)")
    whole = end_to_end(text, rounds)
    print(
        f"end to end: presscan extract FILE --format jsonl {whole / 1e6:.3f} M chars/s, start-up included;"
        f" ratio to jieba.lcut {whole / theirs:.2f}"
    )


def report_startup(runs: int) -> None:

    sample = min((ROOT / "samples").glob("*.txt"), key=lambda p: abs(p.stat().st_size - 3000))
    presscan = [str(Path(sys.executable).parent / "presscan"), "extract", str(sample), "--format", "jsonl"]
    jieba_only = [sys.executable, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize()"]
    cold = {"PRESSCAN_NO_CACHE": "1"}
    timed(jieba_only)  # warm jieba's cache file
    timed(presscan)  # and presscan's pattern cache
    ours_runs, cold_runs, theirs_runs = [], [], []
    for _ in range(runs):
        ours_runs.append(timed(presscan))
        cold_runs.append(timed(presscan, cold))
        theirs_runs.append(timed(jieba_only))
    ours_wall = statistics.median(wall for wall, _ in ours_runs)
    cold_wall = statistics.median(wall for wall, _ in cold_runs)
    theirs_wall = statistics.median(wall for wall, _ in theirs_runs)
    print(f"start-up: presscan extract {sample.name} {ours_wall:.3f} s, jieba.initialize() {theirs_wall:.3f} s")
    print(f"start-up ratio presscan/jieba: {ours_wall / theirs_wall:.2f}  (target <= 0.5)")
    print(
        f"without the pattern cache (PRESSCAN_NO_CACHE=1, as a first run): {cold_wall:.3f} s,"
        f" ratio {cold_wall / theirs_wall:.2f}"
    )
    print(
        f"peak RSS: presscan {max(r for _, r in ours_runs) / 1024:.0f} MB"
        f" ({max(r for _, r in cold_runs) / 1024:.0f} MB without the cache), "
        f"jieba {max(r for _, r in theirs_runs) / 1024:.0f} MB  (target < 80 MB)"
    )


if __name__ == "__main__":
    main()
