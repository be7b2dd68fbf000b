"""Instructions per stage of extract + JSON Lines, and of jieba.lcut, counted by valgrind's callgrind.

    python benchmarks/instructions.py [--size 60000] [--top 40] [--keep DIR]

Wall-clock time on a shared machine varies by the minute; instruction counts do
not. For each of presscan (every record written as a line of JSON Lines, as
`presscan extract --format jsonl` writes a plain text: from the core's values,
without making Figures; `--records figures`: presscan.extract's Figures, each
written as a line) and jieba.lcut, this runs two
children under `valgrind --tool=callgrind` on the same text
(bench.corpus_text(--size)): one that warms up (one pass over the text: patterns,
lexicon blocks, caches) and one that warms up and then makes a second pass. The
difference of their totals is the steady-state cost of one pass; the same
difference per function (`callgrind_annotate --inclusive=yes`, the compiled
functions mypyc names CPyDef_<module>___<function>) is the per-stage table.
Counts are given per 100 000 characters of text.

Run it with the compiled build (`pip install .` into a venv with jieba), whose
python runs it: `/tmp/NAME-venv/bin/python benchmarks/instructions.py`. It takes
a few minutes. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PER = 100_000  # characters: counts are given per this many

# a line of callgrind_annotate: count, share, file:function [object]
_LINE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+(?:\S*?:)?(CPyDef_\w+?)(?:'\d+)?(?: \[|$)")
_TOTAL = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+PROGRAM TOTALS")


def child(which: str, second: bool, size: int, collector: str, records: str) -> None:
    sys.path.insert(0, str(HERE))
    from bench import corpus_text

    if collector == "tuned":
        from presscan.collector import tune_collector

        tune_collector()  # as bench.py and the console script run, for jieba as well
    text = corpus_text(size)
    if which == "jieba":
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        jieba.lcut(text)
        if second:
            jieba.lcut(text)
        return
    from presscan import extract
    from presscan.core import iter_record_values
    from presscan.jsonline import JsonEncoder

    encoder = JsonEncoder()
    for _ in range(2 if second else 1):
        if records == "lines":
            # what `presscan extract --format jsonl` runs for a plain text (batch._write_records)
            for values in iter_record_values(text):
                encoder.encode_values_line(values)
        else:
            # the library's records, each written as the JSON Lines writer writes a Figure
            for figure in extract(text):
                encoder.encode_line(figure)


def counted(
    which: str, second: bool, size: int, folder: Path, collector: str, records: str
) -> tuple[int, dict[str, int]]:
    """The total and the inclusive count of each compiled function, of one child under callgrind."""
    out = folder / f"{which}.{'run' if second else 'warm'}.out"
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            which,
            "--second" if second else "--first",
            "--size",
            str(size),
            "--collector",
            collector,
            "--records",
            records,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    report = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    total = 0
    functions: dict[str, int] = {}
    for line in report.splitlines():
        found = _TOTAL.match(line)
        if found:
            total = int(found.group(1).replace(",", ""))
            continue
        found = _LINE.match(line)
        if found:
            name = found.group(2)
            functions.setdefault(name, int(found.group(1).replace(",", "")))  # the largest line of a name
    return total, functions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=60_000, help="characters of text (bench.corpus_text)")
    parser.add_argument("--top", type=int, default=45, help="compiled functions listed, the costliest first")
    parser.add_argument("--keep", type=Path, help="keep callgrind's output files in this folder")
    parser.add_argument("--only", choices=["presscan", "jieba"], help="measure one of the two")
    parser.add_argument(
        "--collector",
        choices=["tuned", "default"],
        default="tuned",
        help="Python's cycle collector at presscan.collector's thresholds, as bench.py runs (tuned), or CPython's",
    )
    parser.add_argument(
        "--records",
        choices=["lines", "figures"],
        default="lines",
        help="JSON Lines written from the core's values, as the CLI writes a plain text (lines),"
        " or from the Figure records of presscan.extract (figures)",
    )
    parser.add_argument("--child", choices=["presscan", "jieba"], help=argparse.SUPPRESS)
    parser.add_argument("--second", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--first", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.second, args.size, args.collector, args.records)
        return
    import presscan

    print(
        f"presscan {presscan.__version__}, {'compiled with mypyc' if presscan.compiled else 'pure Python'};"
        f" cycle collector: {args.collector}; records: {args.records}"
    )
    scale = PER / args.size
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        steady: dict[str, int] = {}
        for which in ("presscan", "jieba"):
            if args.only and which != args.only:
                continue
            warm_total, warm = counted(which, False, args.size, folder, args.collector, args.records)
            run_total, run = counted(which, True, args.size, folder, args.collector, args.records)
            steady[which] = run_total - warm_total
            print(f"{which}: {steady[which] * scale / 1e6:,.1f} M instructions per {PER:,} characters")
            if which == "presscan":
                stages = {name: run[name] - warm.get(name, 0) for name in run}
    if len(steady) == 2:
        print(f"instruction ratio jieba.lcut/presscan: {steady['jieba'] / steady['presscan']:.2f}")
    if "presscan" in steady:
        print(f"\nper stage, inclusive, M instructions per {PER:,} characters (steady state):")
        ordered = sorted(stages.items(), key=lambda item: -item[1])[: args.top]
        for name, count in ordered:
            print(f"{count * scale / 1e6:8.1f}  {name.removeprefix('CPyDef_')}")


if __name__ == "__main__":
    main()
