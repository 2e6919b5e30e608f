"""Normalising many texts over the machine's cores.

Training's one step that grows with the history and runs in Python alone is normalising each
member message and reply (the patterns' scan of its text): map_in_processes runs such pure work
in forked worker processes, chunk by chunk, and gives the results in the jobs' order, so what
follows is exactly what one process gives. The jobs are read in the calling thread (training's
come from the database), the workers never touch the database, and what every job needs alike
(the records' names, thousands of them) is handed over once, when the workers fork, rather than
pickled with each chunk.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any

CHUNK = 500  # jobs per task sent to a worker
MINIMUM_JOBS = 2000  # fewer: in this process (starting the workers would cost more)
AHEAD = 4  # chunks queued per worker while the caller reads more jobs

_shared: Any = None  # what every job needs alike, as the workers inherit it when they fork
_forking = threading.Lock()


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def map_in_processes[Job, Result](
    work: Callable[[Job, Any], Result],
    jobs: Iterable[Job],
    *,
    shared: Any = None,
    processes: int | None = None,
    chunk: int | None = None,
    minimum: int | None = None,
) -> Iterator[Result]:
    """work(job, shared) for each job, in the jobs' order, in `processes` forked workers (the
    cores by default); in this process when there is one core or fewer than `minimum` jobs
    (MINIMUM_JOBS by default).
    `work` must be a module-level function (it is sent to the workers by name) and pure: the
    same job gives the same result wherever it runs."""
    processes = processes or cores()
    minimum = MINIMUM_JOBS if minimum is None else minimum
    chunk = chunk or CHUNK
    jobs = iter(jobs)
    first = list(islice(jobs, max(minimum, 1)))
    if processes < 2 or len(first) < minimum:
        for job in chain(first, jobs):
            yield work(job, shared)
        return
    global _shared
    with _forking:
        _shared = shared
        # What exists now is never collected in a worker: a finaliser there (a database
        # cursor's, say) would act on the parent's connection, which the workers share.
        gc.freeze()
        try:
            pool = multiprocessing.get_context("fork").Pool(processes)
        finally:
            gc.unfreeze()
            _shared = None
    with pool:
        pending: deque[multiprocessing.pool.AsyncResult[list[Result]]] = deque()
        for part in _chunks(chain(first, jobs), chunk):
            pending.append(pool.apply_async(_run_chunk, (work, part)))
            while len(pending) >= AHEAD * processes:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _chunks[Job](jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    while part := list(islice(jobs, size)):
        yield part


def _run_chunk[Job, Result](work: Callable[[Job, Any], Result], part: list[Job]) -> list[Result]:
    """In a worker: the chunk's results, with what the workers inherited when they forked."""
    return [work(job, _shared) for job in part]
