"""Where a run's work is done: in this process, in a pool of processes, or on a Dask cluster.

An :class:`Engine` is opened once per run and kept for its rounds (the shares, then the corpus
pass), so workers start once. Work goes out as small descriptions (a share of the plan, a list of
partition names), never as article text: workers read and write the run folder themselves, which on
a cluster must be on storage they all share (:meth:`Engine.check_shared` says so at the start).
Workers count the articles they have done in ``progress/`` files of the run folder
(:class:`ProgressFile`), and the engine moves the client's bar from them.
"""

from __future__ import annotations

import gc
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as wait_local
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .partitions import replace_text


class Engine:
    """``jobs`` processes on this machine (1: this process alone), or the Dask scheduler at
    ``scheduler`` (nothing of Dask is imported without one)."""

    def __init__(self, jobs: int = 1, scheduler: str = ""):
        self.jobs, self.scheduler = jobs, scheduler
        self.client = self.pool = None
        if scheduler:
            from distributed import Client

            self.client = Client(scheduler)

    @property
    def workers(self) -> int:
        """How many tasks run at once: the cluster's worker threads, or ``jobs``."""
        return sum(self.client.nthreads().values()) if self.client is not None else self.jobs

    @property
    def name(self) -> str:
        """What did the work so far: ``dask``, ``processes`` (a pool was started) or ``one process``."""
        return "dask" if self.client is not None else "processes" if self.pool is not None else "one process"

    def results(self, function: Callable, items: Iterable, *args, out: Path | None = None, bar=None,
                meanwhile: Callable[[], list] | None = None) -> Iterator:
        """``function(item, *args)`` for every item, as each finishes (in any order). With ``bar``,
        the bar follows the articles the workers count in ``out/progress``; here, the function is
        given ``tick=bar.update`` instead. ``meanwhile()`` is called as the workers go, about five
        times a second (here: after each item); it may return more tasks, ``(function, item, *args)``,
        which join the others (their results are yielded too)."""
        items = list(items)
        meanwhile = meanwhile or (lambda: [])
        if self.client is None and (self.jobs == 1 or len(items) <= 1):
            for item in items:
                yield function(item, *args, tick=bar.update) if bar is not None else function(item, *args)
                for task, more, *rest in meanwhile() or []:
                    yield task(more, *rest)
            return
        submit = self._submitter()
        pending = {submit(function, item, *args) for item in items}
        try:
            while pending:
                done = self._wait(pending)
                if bar is not None:
                    bar.update(max(0, done_so_far(out) - bar.n))
                for future in done:
                    pending.discard(future)
                    yield future.result()
                pending.update(submit(*task) for task in meanwhile() or [])
        finally:
            for future in pending:
                future.cancel()

    def _submitter(self) -> Callable:
        if self.client is not None:
            return lambda function, *args: self.client.submit(function, *args, pure=False)
        if self.pool is None:
            gc.freeze()  # (forked workers then share this process's objects instead of copying them)
            self.pool = ProcessPoolExecutor(max_workers=self.jobs)
        return self.pool.submit

    def _wait(self, pending: set) -> set:
        """The futures done within a fifth of a second (or as soon as one is)."""
        if self.client is not None:
            from distributed import wait

            try:
                return wait(pending, timeout=0.2, return_when="FIRST_COMPLETED").done
            except TimeoutError:  # (Dask's wait says so when nothing finished in time)
                return set()
        return wait_local(pending, timeout=0.2, return_when=FIRST_COMPLETED).done

    def check_shared(self, out: Path) -> None:
        """Stop with a clear message when a Dask worker does not see the run folder."""
        if self.client is None:
            return
        import secrets

        from .corpus import CorpusError

        token = secrets.token_hex(8)
        (out / "shared-check").write_text(token)
        seen = self.client.run(_reads, str(out / "shared-check"))
        (out / "shared-check").unlink()
        blind = sorted(worker for worker, found in seen.items() if found != token)
        if blind:
            raise CorpusError(f"{out}: the run folder is not visible to the Dask worker(s) {', '.join(blind)}; "
                              "it must be on storage that this process and every worker share")

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            gc.unfreeze()
        if self.client is not None:
            self.client.close()

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _reads(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


class ProgressFile:
    """A worker's count of articles done, written to a file of the run folder at most twice a second
    (and by :meth:`close`)."""

    def __init__(self, path: Path):
        self.path, self.done, self.written = path, 0, 0.0

    def __call__(self, n: int = 1) -> None:
        self.done += n
        if time.monotonic() - self.written >= 0.5:
            self.close()

    def close(self) -> None:
        self.written = time.monotonic()
        replace_text(self.path, str(self.done))


def done_so_far(out: Path) -> int:
    """The articles all workers have counted so far."""
    total = 0
    for path in (out / "progress").glob("*.count"):
        try:
            total += int(path.read_text() or 0)
        except (OSError, ValueError):  # (a file being replaced)
            continue
    return total
