"""Score `presscan extract` on the second evaluation set, eval/heldout/ (see its README).

    python eval/score_heldout.py [--verbose] [--set a|b|c]

Runs the presscan of this interpreter (`python -m presscan extract --format jsonl`) over
each set's texts and scores the records with the project's scorer,
../shared/eval/score.py (the one `../shared/eval/scorecard` runs on the corpus): the same
fields, the same leniency. Prints one line per set (every miss with --verbose). A measurement,
not a test: the sets are annotations, and some of their choices are arguable.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = HERE / "heldout"
SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def score(names: list[str], verbose: bool) -> int:
    if not SCORER.is_file():
        print(
            f"score_heldout: the scorer is missing: {SCORER} (a checkout of ../shared beside this one)", file=sys.stderr
        )
        return 2
    with tempfile.TemporaryDirectory() as work:
        for name in names:
            folder = SETS / name
            texts = sorted(folder.glob("*.txt"))
            gold = Path(work, f"{name}.gold.jsonl")
            gold.write_text(
                "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.gold.jsonl"))),
                encoding="utf-8",
            )
            pred = Path(work, f"{name}.pred.jsonl")
            with pred.open("w", encoding="utf-8") as out:
                subprocess.run(
                    [sys.executable, "-m", "presscan", "extract", "--format", "jsonl", *map(str, texts)],
                    stdout=out,
                    check=True,
                )
            arguments = ["--gold", str(gold), "--docs", str(folder), "--pred", str(pred)]
            shown = (
                subprocess.run(
                    [sys.executable, str(SCORER), *arguments, *(["--verbose"] if verbose else [])],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                .stdout.strip()
                .splitlines()
            )
            for line in shown if verbose else shown[-1:]:
                print(f"{name}: {line}" if not verbose else line)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", choices=sorted(path.name for path in SETS.iterdir() if path.is_dir()), help="one set only"
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    options = parser.parse_args()
    names = [options.set] if options.set else sorted(path.name for path in SETS.iterdir() if path.is_dir())
    return score(names, options.verbose)


if __name__ == "__main__":
    sys.exit(main())
