"""Time per character of one endless sentence against the same text cut into sentences.

    python benchmarks/clauses_bench.py [--size 400000] [--rounds 3]

Builds texts of the same clauses (figures in each), --size characters long, that differ
only in their punctuation, and times `extract` plus JSON Lines (what `presscan extract
--format jsonl` does) on each, best of --rounds:

- full stops: every third clause ends with 。 (the reference);
- commas: every clause ends with ，, no full stop anywhere: one sentence of thousands of
  clauses (issue 12: it cost about 40x as much per character, because every record
  carried the whole sentence as its context);
- ASCII marks: the full-stop text typed with , and . (a web page, a plain-text mail);
- no marks: the clauses run into each other without punctuation.

It prints microseconds per character and the ratio of each to the full-stop text, and
the JSON Lines written per character (the context of a record is bounded by
core.CONTEXT_CHARACTERS, so that ratio stays near 1). The target is a ratio of 2 or less.
Like bench.py it measures the presscan it imports: compiled with `pip install .`, pure
Python in an editable install; the first line says which.
"""

from __future__ import annotations

import argparse
import io
import time

CLAUSES = ("全省新增充电桩1.46万辆", "比上年增长36.8%", "建成5G基站1200座")


def texts(size: int) -> dict[str, str]:
    """The same clauses, `size` characters of each punctuation."""
    sentence = "，".join(CLAUSES)
    variants = {
        "full stops": sentence + "。",
        "commas": sentence + "，",
        "ASCII marks": sentence.replace("，", ",") + ".",
        "no marks": "".join(CLAUSES),
    }
    return {name: (unit * (size // len(unit) + 1))[:size] for name, unit in variants.items()}


def timed(text: str, rounds: int) -> tuple[float, int, int]:
    """Best seconds of extract + JSON Lines over `rounds`, the figures, and the characters written."""
    from presscan import extract
    from presscan.writers.jsonl import JsonLinesWriter

    best = float("inf")
    figures = written = 0
    for _ in range(rounds):
        stream = io.StringIO()
        started = time.perf_counter()
        writer = JsonLinesWriter(stream)
        found = extract(text)
        for figure in found:
            writer.write(figure)
        writer.close()
        best = min(best, time.perf_counter() - started)
        figures, written = len(found), len(stream.getvalue())
        del found
    return best, figures, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=400_000, help="characters of each text (two pieces or more)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each, the best kept")
    args = parser.parse_args()
    import presscan
    from presscan import extract
    from presscan.collector import tune_collector

    tune_collector()  # as the console script runs
    extract("全省建成充电桩890台，增长5%。")  # load patterns and the tagger first
    print(f"presscan {presscan.__version__}, {'compiled with mypyc' if presscan.compiled else 'pure Python'}")
    results = {name: timed(text, args.rounds) for name, text in texts(args.size).items()}
    reference, _, reference_written = results["full stops"]
    for name, (seconds, figures, written) in results.items():
        print(
            f"{name:>10}: {seconds / args.size * 1e6:6.3f} us/char ({figures} figures), "
            f"ratio {seconds / reference:5.2f}; JSON {written / args.size:6.1f} chars/char, "
            f"ratio {written / reference_written:5.2f}"
        )
    worst = max(seconds for seconds, _, _ in results.values()) / reference
    print(f"worst per-character ratio to the full-stop text: {worst:.2f}  (target <= 2.0)")


if __name__ == "__main__":
    main()
