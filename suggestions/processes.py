"""Normalising many texts over the machine's cores.

Training's one step that grows with the history and runs in Python alone is normalising each
member message and reply (the patterns' scan of its text): map_in_processes runs such pure work
in forked worker processes, chunk by chunk, and gives the results in the jobs' order, so what
follows is exactly what one process gives. The jobs are read in the calling thread (training's
come from the database), the workers never touch the database, and what every job needs alike
(the records' names, thousands of them) is handed over once, when the workers fork, rather than
pickled with each chunk.

map_normalising adds what a history's repetition allows: the same text (a "thanks!", a question
asked the same way, a reply sent as it is) is scanned once, wherever and however often it
occurs, and the templates that come back are kept once each.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import multiprocessing.pool
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import Any

from suggestions.templating import Detected, scanned_forms, scans_reused, text_key

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


def map_normalising[Job, Result](
    work: Callable[[Job, Any], Result],
    jobs: Iterable[Job],
    *,
    texts: Callable[[Job], Iterable[str]],
    shared: Any = None,
    processes: int | None = None,
    minimum: int | None = None,
    scans: dict[bytes, Detected | str] | None = None,
    made: dict[bytes, Detected] | None = None,
) -> Iterator[Result]:
    """map_in_processes(work, jobs, shared=shared), with each distinct text that the jobs
    normalise scanned once over the whole run: `texts(job)` names the texts a job's work
    templates, and a job whose texts were scanned before (by any worker) gets those scans along
    with it, so its worker scans only what is new. The results are the same as without (the scan
    depends on the text alone); a text met again while its first scan is still in a worker is
    scanned twice, which costs time, never a different result. The parent keeps each distinct
    text's scan by a 16-byte key (text_key), not the text. Strings in the results (the
    templates, which repeat far more than the texts do) come back as one object per distinct
    string: see _Interned.

    `scans` are scans made before (suggestions.scans: stored when the texts came in), by
    text_key, as they are or as stored (decoded in the worker that uses one): a text among them
    is not scanned at all, and the dict gains the scans made here.
    `made`, when given, receives the scans made here alone (to store them)."""
    found: dict[bytes, Detected | str] = scans if scans is not None else {}
    if made is None:
        made = {}
    interned = _Interned()
    processes = processes or cores()
    minimum = MINIMUM_JOBS if minimum is None else minimum
    jobs = iter(jobs)
    first = list(islice(jobs, max(minimum, 1)))
    if processes < 2 or len(first) < minimum:
        for job in chain(first, jobs):
            with scans_reused(found) as scanned:
                result = work(job, shared)
            found.update(scanned)
            made.update(scanned)
            yield interned.strings_of(result)
        return

    def with_scans() -> Iterator[tuple[Job, dict[bytes, Detected | str]]]:
        for job in chain(first, jobs):
            given: dict[bytes, Detected | str] = {}
            for text in texts(job):
                for form in scanned_forms(text):
                    key = text_key(form)
                    if (scan := found.get(key)) is not None:
                        given[key] = scan
            yield job, given

    for result, scanned in map_in_processes(
        _work_with_scans, with_scans(), shared=(work, shared), processes=processes, minimum=minimum
    ):
        found.update(scanned)
        made.update(scanned)
        yield interned.strings_of(result)


def _work_with_scans[Job, Result](
    job_and_scans: tuple[Job, dict[bytes, Detected | str]],
    shared: tuple[Callable[[Job, Any], Result], Any],
) -> tuple[Result, dict[bytes, Detected]]:
    """In a worker: the job's result, with the scans it made (those it was not given)."""
    job, given = job_and_scans
    work, work_shared = shared
    with scans_reused(given) as scanned:
        return work(job, work_shared), scanned


class _Interned:
    """One object per distinct string among the results' string fields (a dataclass's): a
    million pairs' templates are a few hundred thousand distinct strings, and every template
    unpickled from a worker is a new object."""

    def __init__(self) -> None:
        self.strings: dict[str, str] = {}

    def strings_of[Result](self, result: Result) -> Result:
        fields = getattr(result, "__dataclass_fields__", None)
        if fields is None:
            return result
        changes: dict[str, object] = {}
        for name in fields:
            value = getattr(result, name)
            if isinstance(value, str):
                changes[name] = self.strings.setdefault(value, value)
            elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
                changes[name] = tuple(self.strings.setdefault(v, v) for v in value)
        return dataclasses.replace(result, **changes) if changes else result  # type: ignore[type-var]
