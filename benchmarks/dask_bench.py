"""presscan on Dask: figures per second with 1 and 2 workers, and the overhead against a local run.

    python benchmarks/dask_bench.py [--n 1000] [--kb 10] [--keep]

Needs the dask extra (pip install '.[dask]'); run it with a compiled build, as
benchmarks/bench.py. Generates N bulletins of about KB kilobytes each (the texts
of samples/ and ../shared/corpus, numbers varied: benchmarks/batch_bench.py)
and runs, each in a fresh process of the console script, writing JSON Lines:

    presscan extract FOLDER -o out.jsonl --jobs 1                       one core: the per-core rate
    presscan extract FOLDER -o out.jsonl --jobs 2                       this machine's cores, locally
    presscan extract FOLDER -o out.jsonl --scheduler local --jobs 1     a LocalCluster of 1 worker
    presscan extract FOLDER -o out.jsonl --scheduler local --jobs 2     a LocalCluster of 2 workers

and prints for each the wall time (start-up, the cluster's too, included), the
job's own time (from presscan's summary line: reading and extracting, after the
cluster is up) with figures per second, and the CPU time of all its processes
with MB and figures per CPU-second; the outputs must be the same bytes. Then
the library, in this process: `presscan.dask.scan(FOLDER).figures` computed on
a LocalCluster of 1 and of 2 workers (already started and warmed up). A
benchmark, not a test: on a shared machine the wall times vary with the load,
the CPU times much less; compare runs made together.
"""

from __future__ import annotations

import argparse
import os
import pickle
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import batch_bench  # the generator of bulletins, beside this file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SUMMARY = re.compile(r"presscan: (\d+) files? read, (\d+) figures?, (\d+) with errors, ([0-9.]+) s")


_SAMPLES = batch_bench.sources


def texts() -> list[str]:
    found = _SAMPLES()
    if CORPUS.is_dir():
        found += [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    return found


def generate(folder: Path, n: int, kilobytes: int) -> int:
    batch_bench.TARGET_BYTES = kilobytes * 1000
    batch_bench.sources = texts  # the corpus too: more varied text
    return batch_bench.generate(folder, n)


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def console(args: list[str]) -> tuple[float, float, float, int]:
    """Wall seconds, the job's seconds (presscan's summary line), CPU seconds (the command and every
    process it started: workers, a cluster's) and figures, of one run of the console script."""
    script = Path(sys.executable).parent / "presscan"
    cpu = _cpu_seconds(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([str(script), *args], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    cpu = _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu
    found = SUMMARY.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"presscan {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return wall, float(found.group(4)), cpu, int(found.group(2))


def _worker_usage() -> tuple[float, float]:
    """A worker's CPU seconds so far, and its peak memory (RSS, MiB)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def library(folder: Path, workers: int) -> tuple[float, float, int, float]:
    """Computing presscan.dask.scan(folder).figures on a LocalCluster whose workers are warm: wall
    seconds, CPU seconds (this process and the workers), figures, and the largest peak memory (MiB)
    of a worker."""
    from distributed import Client, LocalCluster

    import presscan.dask

    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            worker_dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
    ):
        presscan.dask.figures(str(ROOT / "samples")).compute()  # the workers import presscan and its lexicon
        before = client.run(_worker_usage)
        cpu = _cpu_seconds(resource.RUSAGE_SELF)
        started = time.perf_counter()
        rows = len(presscan.dask.figures(str(folder)).compute())
        wall = time.perf_counter() - started
        after = client.run(_worker_usage)
        cpu = _cpu_seconds(resource.RUSAGE_SELF) - cpu + sum(after[w][0] - before[w][0] for w in after)
        return wall, cpu, rows, max(peak for _, peak in after.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=1000, help="bulletins to generate (default 1000)")
    parser.add_argument("--kb", type=int, default=10, help="kilobytes per bulletin (default 10)")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    args = parser.parse_args()
    import presscan
    from presscan.dask import inputs

    folder = Path(tempfile.mkdtemp(prefix="presscan-dask-"))
    try:
        bulletins = folder / "bulletins"
        bulletins.mkdir()
        size = generate(bulletins, args.n, args.kb)
        build = "compiled" if presscan.compiled else "pure Python"
        print(
            f"{args.n} bulletins, {size / 1e6:.1f} MB ({size / args.n / 1000:.1f} KB each); {build}; {os.cpu_count()} CPUs"
        )
        runs = {
            "local --jobs 1": ["--jobs", "1"],
            "local --jobs 2": ["--jobs", "2"],
            "--scheduler local, 1 worker": ["--scheduler", "local", "--jobs", "1"],
            "--scheduler local, 2 workers": ["--scheduler", "local", "--jobs", "2"],
        }
        outputs = []
        measured = {}
        figures = 0
        for name, options in runs.items():
            out = folder / f"out-{len(outputs)}.jsonl"
            wall, job, cpu, figures = console(["extract", str(bulletins), "-o", str(out), *options])
            outputs.append(out.read_bytes())
            measured[name] = (wall, job, cpu)
            print(
                f"{name:<29} wall {wall:5.1f} s, job {job:5.1f} s: {figures / job:6.0f} figures/s;"
                f" CPU {cpu:5.1f} s: {size / cpu / 1e6:4.2f} MB and {figures / cpu:5.0f} figures per CPU-second"
            )
        print("outputs byte-identical:", "yes" if all(o == outputs[0] for o in outputs) else "NO")
        local = measured["local --jobs 2"]
        dask = measured["--scheduler local, 2 workers"]
        print(
            f"2 Dask workers against local --jobs 2: wall {dask[0] / local[0]:.2f}x, job {dask[1] / local[1]:.2f}x,"
            f" CPU {dask[2] / local[2]:.2f}x"
        )
        print(f"JSON Lines: {len(outputs[0]) / figures:.0f} bytes per figure, {len(outputs[0]) / size:.1f}x the input")
        for workers in (1, 2):
            wall, cpu, rows, peak = library(bulletins, workers)
            print(
                f"library, {workers} worker{'s' if workers > 1 else ' '}: wall {wall:5.1f} s: {rows / wall:6.0f} figures/s;"
                f" CPU {cpu:5.1f} s: {size / cpu / 1e6:4.2f} MB per CPU-second; peak memory of a worker {peak:.0f} MiB"
            )
        listed = list(inputs.batches(inputs.expand(str(bulletins))))
        print(f"a batch's paths, pickled: {len(pickle.dumps(listed)) / args.n:.0f} bytes per file")
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
