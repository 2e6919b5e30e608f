"""Work run over the cores in worker processes gives what one process gives, in order."""

from __future__ import annotations

import os

import pytest

from suggestions import processes
from suggestions.processes import map_in_processes


def where_and_what(job: int, shared: int) -> tuple[int, int]:
    return os.getpid(), job * shared


def fails_on_seven(job: int, shared: object) -> int:
    if job == 7:
        raise ValueError("job seven")
    return job


def test_jobs_run_in_worker_processes_and_come_back_in_order_with_what_they_share():
    results = list(
        map_in_processes(where_and_what, range(100), shared=3, processes=2, chunk=7, minimum=10)
    )
    assert [value for _, value in results] == [job * 3 for job in range(100)]
    workers = {pid for pid, _ in results}
    assert os.getpid() not in workers and len(workers) >= 1


def test_few_jobs_or_one_core_run_here():
    few = list(map_in_processes(where_and_what, range(5), shared=2, processes=2, minimum=10))
    assert few == [(os.getpid(), job * 2) for job in range(5)]
    one_core = list(map_in_processes(where_and_what, range(50), shared=1, processes=1, minimum=0))
    assert {pid for pid, _ in one_core} == {os.getpid()}


def test_a_failing_job_fails_the_whole_map():
    with pytest.raises(ValueError, match="job seven"):
        list(map_in_processes(fails_on_seven, range(40), processes=2, chunk=5, minimum=0))


def test_the_shared_value_is_not_kept_in_this_process_after_the_workers_fork():
    list(map_in_processes(where_and_what, range(20), shared=5, processes=2, minimum=0))
    assert processes._shared is None
