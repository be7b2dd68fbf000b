"""Records as JSON Lines from a fixed set of inputs, to check that a change leaves them byte-identical.

    python benchmarks/same_records.py OUT.jsonl          # write them
    python benchmarks/same_records.py OUT.jsonl --against REFERENCE.jsonl

The inputs: every text file of samples/ and ../shared/corpus (whole, through the
library as `presscan extract FILE` reads it); the benchmark text (bench.corpus_text,
1 MB, read in pieces as the core reads a long text); every sentence of the test
tables (tests/test_*table*.py, with the year a row gives). Each record is one line,
as the JSON Lines writer writes it, after a line naming its input. Write the
reference with the build before a change (say, a venv installed from main), the
output with the build after, and compare: `--against` names the first line that
differs. A check for speed work, which must not change a record; not a test.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def inputs() -> Iterator[tuple[str, str, int | None]]:
    """(name, text, year) of every input, in a fixed order."""
    paths = sorted((ROOT / "samples").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        paths += sorted(corpus.glob("*.txt"))
    for path in paths:
        yield path.name, path.read_text(encoding="utf-8"), None
    sys.path.insert(0, str(HERE))
    from bench import corpus_text

    yield "bench.corpus_text(1_000_000)", corpus_text(1_000_000), None
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT))
    for module_path in sorted((ROOT / "tests").glob("test_*table*.py")):
        module = importlib.import_module(f"tests.{module_path.stem}")
        for name, value in sorted(vars(module).items()):
            if not name.isupper() or not isinstance(value, list):
                continue
            for param in value:
                values = getattr(param, "values", None)
                if not values or not isinstance(values[0], str):
                    continue
                year = values[2] if len(values) > 2 and isinstance(values[2], int) else None
                yield f"{module_path.stem}.{name}: {values[0]}", values[0], year


def write(out: Path) -> int:
    from presscan import iter_extract
    from presscan.jsonline import JsonEncoder

    encoder = JsonEncoder()
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        for name, text, year in inputs():
            stream.write(f"# {name}\n")
            for figure in iter_extract(text, source=name, year=year):
                stream.write(encoder.encode(figure) + "\n")
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, help="a reference file written the same way")
    args = parser.parse_args()
    import presscan

    count = write(args.out)
    build = "compiled" if presscan.compiled else "pure Python"
    print(f"{count} records ({build}) written to {args.out}")
    if args.against is None:
        return
    ours = args.out.read_text(encoding="utf-8").splitlines()
    theirs = args.against.read_text(encoding="utf-8").splitlines()
    for number, (mine, reference) in enumerate(zip(ours, theirs, strict=False), start=1):
        if mine != reference:
            print(f"line {number} differs:\n  reference: {reference}\n  this build: {mine}")
            sys.exit(1)
    if len(ours) != len(theirs):
        print(f"{len(ours)} lines here, {len(theirs)} in the reference")
        sys.exit(1)
    print(f"identical to {args.against} ({len(ours)} lines)")


if __name__ == "__main__":
    main()
