"""`presscan extract --scheduler`: a batch run whose inputs are extracted on a Dask cluster.

ClusterRun is a presscan.batchrun.BatchRun whose inputs are expanded by
presscan.dask.inputs (paths and folders as locally, globs and URLs besides)
and extracted in batches on the cluster's workers (presscan.dask.work); the
rest is the batch policy every command shares: one line on stderr per failed
input, --fail-fast, the progress bar and the summary line, the exit code.

Results come back in input order, as from a local run, with a few batches
per worker thread in flight (enough to keep every worker busy; the ones done
wait on their workers until their turn comes; the scheduler never holds more
than these); the client writes them through presscan's writers. When the
workers write the records themselves (a folder of part files: `ClusterRun(...,
folder=...)`), results come back as they finish, each input with the count of
its records, and a batch that finishes makes room for the next.

Faults: a worker that dies is Dask's to handle: the tasks it held are run
again on the others, from the start, so every input's records come back once.
A batch whose workers died more than the scheduler allows
(distributed.scheduler.allowed-failures, 3 by default) is tried again one
input at a time, and an input that still kills its workers is reported as an
error, as in a local run.
"""

from __future__ import annotations

import logging
from array import array
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presscan import __version__, batch
from presscan.batchrun import BatchRun, InputOptions
from presscan.dask import inputs, work
from presscan.errors import InputError, InternalError, UsageError
from presscan.patternset import PatternSet
from presscan.readers.source import STDIN

if TYPE_CHECKING:
    from distributed import Client, Future

INSTALL_HINT = "pip install 'presscan[dask]'"
# How long to try to reach a scheduler before saying it cannot be reached.
CONNECT_SECONDS = 20
# Batches in flight for each worker thread.
WINDOW_PER_THREAD = 2
_DIED = "not processed: the workers running it died each time (killed, or out of memory)"


def import_distributed() -> Any:
    """distributed, or a UsageError that names the extra to install."""
    try:
        import distributed
    except ImportError:
        raise UsageError(f"--scheduler needs Dask's distributed, which is not installed: {INSTALL_HINT}") from None
    return distributed


@contextmanager
def connect(scheduler: str, workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at `scheduler` (tcp://HOST:8786, or a scheduler file ending in .json),
    or of a LocalCluster of `workers` processes on 127.0.0.1 for "local"; closed at the end."""
    distributed = import_distributed()
    logging.getLogger("distributed").setLevel(logging.ERROR)  # stderr is for presscan's own lines
    if scheduler == "local":
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # its web pages too on this machine only, on a free port
                worker_dashboard_address="127.0.0.1:0",
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    if workers is not None:
        raise UsageError("--jobs sets the workers of --scheduler local; a cluster of its own has the workers it has")
    try:
        if scheduler.endswith(".json"):
            client = distributed.Client(scheduler_file=scheduler, timeout=CONNECT_SECONDS)
        else:
            client = distributed.Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, ValueError, TypeError) as error:
        raise UsageError(f"--scheduler {scheduler}: cannot reach the scheduler: {error}") from None
    with client:
        check_workers(client, scheduler)
        yield client


def _worker_version() -> str:
    import presscan

    return presscan.__version__


def check_workers(client: Client, scheduler: str) -> None:
    """The workers run this version of presscan: the same version has the same shipped patterns,
    so gives the same records."""
    try:
        versions = client.run(_worker_version)
    except ImportError:
        raise UsageError(f"the workers of {scheduler} cannot import presscan: {INSTALL_HINT} on them") from None
    other = {worker: version for worker, version in versions.items() if version != __version__}
    if other:
        worker, version = sorted(other.items())[0]
        raise UsageError(
            f"the workers of {scheduler} run presscan {version} ({worker}), this is {__version__}:"
            " install the same version on them"
        )


def threads(client: Client) -> int:
    """The worker threads of the cluster (at least 1: workers may join later)."""
    return max(1, int(sum(client.nthreads().values())))


class ClusterRun(BatchRun):
    """A BatchRun whose inputs are extracted on a Dask cluster (`client`). With `folder`, the workers
    write each batch's records to a file of their own in it, in the format `fmt` (a writer's name)."""

    def __init__(
        self,
        options: InputOptions,
        patterns: PatternSet,
        client: Client,
        *,
        folder: Path | None = None,
        fmt: str | None = None,
        batch_bytes: int = inputs.BATCH_BYTES,
        batch_files: int = inputs.BATCH_FILES,
    ) -> None:
        super().__init__(options, patterns)
        self.client = client
        self.folder = folder
        self.fmt = fmt
        self.batch_bytes = batch_bytes
        self.batch_files = batch_files
        self.sizes = array("q")  # each source's size in bytes: 8 bytes a file, for millions of files

    def sources(self) -> list[batch.Input]:
        options = self.options
        found: list[batch.Input] = []
        for path in options.paths:
            if path == STDIN:  # read here, in this process: a worker has no stdin of ours
                found.append(STDIN)
                self.sizes.append(0)
                continue
            for source, size in inputs.expand([path], options.globs, hidden=options.hidden):
                found.append(source)
                self.sizes.append(size)
        return found

    def _batches(self, sources: list[batch.Input]) -> Iterator[list[inputs.Item] | batch.Result]:
        """The sources in batches for the workers, and stdin's result, read here, where it stands."""
        sized: list[inputs.Sized] = []
        least = 4 * threads(self.client)
        for index, source in enumerate(sources):
            if source == STDIN:
                yield from inputs.batches(sized, *inputs.caps(sized, self.batch_bytes, self.batch_files, least))
                sized = []
                options = self.options
                yield batch.process(STDIN, self.patterns, options.encoding, options.limits, year=options.year)
            else:
                sized.append((source, self.sizes[index]))
        yield from inputs.batches(sized, *inputs.caps(sized, self.batch_bytes, self.batch_files, least))

    def run(self, sources: list[batch.Input], up_to_date: Mapping[str, str] | None = None) -> Iterator[batch.Result]:
        """The results of `sources` from the cluster; every input is extracted (`up_to_date` is not
        looked at: an incremental output is written as with --force)."""
        options = self.options
        packed = work.pack_patterns(self.patterns)
        patterns = self.client.scatter(packed, broadcast=True, hash=True) if packed is not None else None
        arguments = (patterns, options.encoding, options.limits, options.year)
        if self.folder is None:
            return _in_order(self.client, self._batches(sources), arguments)
        assert self.fmt is not None, "a folder needs a format"
        return _as_written(self.client, self._batches(sources), arguments, self.folder, self.fmt)


def _unpacked(packed: list[work.Packed]) -> list[batch.Result]:
    return [
        batch.Result(
            source,
            figures,
            work.unpack_error(error) if error else None,
            encoding,
            reader,
            sha256=sha256,
            size=size,
            characters=characters,
        )
        for source, figures, error, encoding, reader, (sha256, size, characters) in packed
    ]


def _failed(items: Sequence[inputs.Item], error: BaseException) -> list[batch.Result]:
    """Every input of a batch whose task failed: a bug in presscan (the task itself never raises)."""
    results = []
    for item in items:
        source = _source(item)
        results.append(batch.Result(source, error=InternalError(source, f"{type(error).__name__}: {error}"[:300])))
    return results


def _died(group: Sequence[inputs.Item]) -> list[batch.Result]:
    source = _source(group[0])
    return [batch.Result(source, error=InputError(source, _DIED, f"try it alone: presscan extract {source}"))]


def _source(item: inputs.Item) -> str:
    return item if isinstance(item, str) else item[0]


def _in_order(
    client: Client, batches: Iterator[list[inputs.Item] | batch.Result], arguments: tuple[object, ...]
) -> Iterator[batch.Result]:
    window: deque[tuple[list[inputs.Item], Future] | batch.Result] = deque()
    most = WINDOW_PER_THREAD * threads(client)
    try:
        for group in batches:
            if isinstance(group, batch.Result):
                window.append(group)
                continue
            window.append((group, client.submit(work.run_batch, group, *arguments, pure=False)))
            while len(window) > most:
                yield from _collect(client, window.popleft(), arguments)
        while window:
            yield from _collect(client, window.popleft(), arguments)
    finally:
        # also when stopped early (--fail-fast, Ctrl-C): what is queued on the cluster is dropped
        client.cancel([entry[1] for entry in window if not isinstance(entry, batch.Result)])


def _collect(
    client: Client, entry: tuple[list[inputs.Item], Future] | batch.Result, arguments: tuple[object, ...]
) -> list[batch.Result]:
    if isinstance(entry, batch.Result):
        return [entry]
    group, future = entry
    distributed = import_distributed()
    try:
        return _unpacked(future.result())
    except distributed.KilledWorker:
        if len(group) == 1:
            return _died(group)
        # one of its inputs may kill every worker that reads it: each is tried alone
        singles = [(item, client.submit(work.run_batch, [item], *arguments, pure=False)) for item in group]
        return [result for single in singles for result in _collect(client, ([single[0]], single[1]), arguments)]
    except Exception as error:
        return _failed(group, error)
    finally:
        future.release()


def _as_written(
    client: Client,
    batches: Iterator[list[inputs.Item] | batch.Result],
    arguments: tuple[object, ...],
    folder: Path,
    fmt: str,
) -> Iterator[batch.Result]:
    distributed = import_distributed()
    from presscan import writers

    suffixes = writers.formats()[fmt].suffixes
    running: dict[Future, tuple[list[inputs.Item], str]] = {}
    done = distributed.as_completed()

    def submit(group: list[inputs.Item], name: str) -> None:
        output = str(folder / f"{name}{suffixes[0] if suffixes else ''}")
        future = client.submit(work.write_batch, group, *arguments, output, fmt, pure=False)
        running[future] = (group, name)
        done.add(future)

    waiting = enumerate(batches)

    def submit_next() -> None:
        for index, group in waiting:
            assert not isinstance(group, batch.Result), "stdin is refused with a folder (presscan.dask.command)"
            submit(group, f"part-{index:06d}")
            return

    try:
        # a window of batches in flight, refilled as they finish: the scheduler holds few paths at a time
        for _ in range(WINDOW_PER_THREAD * threads(client)):
            submit_next()
        for future in done:
            submit_next()
            group, name = running.pop(future)
            try:
                counted = future.result()
            except distributed.KilledWorker:
                if len(group) > 1:  # one of its inputs may kill every worker that reads it: each is tried alone
                    for number, item in enumerate(group):
                        submit([item], f"{name}-{number:04d}")
                    continue
                yield from _died(group)
                continue
            except Exception as error:
                yield from _failed(group, error)
                continue
            finally:
                future.release()
            for source, written, failure in counted:
                yield batch.Result(source, error=work.unpack_error(failure) if failure else None, written=written)
    finally:
        client.cancel(list(running))
