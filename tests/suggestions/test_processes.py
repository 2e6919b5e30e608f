"""Work run over the cores in worker processes gives what one process gives, in order."""

from __future__ import annotations

import dataclasses
import os

import pytest

from suggestions import processes, templating
from suggestions.processes import map_in_processes, map_normalising


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


# map_normalising: a history's repeated texts are scanned once, and the templates are the same.
MESSAGES = [
    "Hi, my claim CLM-2026-4410871 from March 3, 2026 shows $1,240.50 owed. Maria Lopez",
    "thanks! call me at 555-201-3344",
    "Is Dr. Imelda Vantongeren in network? My member ID is W123456789.",
]


def templates_of(job: tuple[str, str], shared: object) -> tuple[str, str]:
    from suggestions.templating import KnownFacts, to_template

    text, first_name = job
    return to_template(text, KnownFacts(member_first_name=first_name))


@dataclasses.dataclass(frozen=True)
class Normalised:
    template: str
    rejected: tuple[str, ...] = ()


def normalised(job: tuple[str, str], shared: object) -> Normalised:
    template = templates_of(job, shared)
    return Normalised(template, (template,))


def repeated_jobs() -> list[tuple[str, str]]:
    # Each text again after more than _detected's own cache of the last 64 texts.
    fillers = [f"filler message number {number}" for number in range(80)]
    names = ("Maria", "Ana", "Lopez")
    return [(text, names[round_ % 3]) for round_ in range(3) for text in [*MESSAGES, *fillers]]


def test_map_normalising_gives_the_templates_normalising_one_by_one_gives():
    jobs = repeated_jobs()
    one_by_one = [templates_of(job, None) for job in jobs]
    over_cores = list(
        map_normalising(templates_of, jobs, texts=lambda job: [job[0]], processes=2, minimum=0)
    )
    here = list(map_normalising(templates_of, jobs, texts=lambda job: [job[0]], processes=1))
    assert over_cores == here == one_by_one
    # The thread's own facts still count where the scan is reused: "Maria" is the member once.
    assert "{MEMBER_FIRST_NAME}" in one_by_one[0] and "{MEMBER_FIRST_NAME}" not in one_by_one[83]


def test_map_normalising_scans_each_distinct_text_once(monkeypatch):
    scanned: list[str] = []
    scan = templating._detected.__wrapped__

    def counted(text: str) -> templating.Detected:
        scanned.append(text)
        return scan(text)

    monkeypatch.setattr(templating, "_detected", counted)
    jobs = repeated_jobs()
    list(map_normalising(templates_of, jobs, texts=lambda job: [job[0]], processes=1))
    assert len(scanned) == len(set(scanned)) == len({text for text, _ in jobs}) == 83


def test_map_normalising_keeps_one_object_per_distinct_template():
    jobs = repeated_jobs()
    results = list(
        map_normalising(normalised, jobs, texts=lambda job: [job[0]], processes=2, minimum=0)
    )
    first, again = results[1], results[84]
    assert first == again and first.template is again.template
    assert first.rejected[0] is first.template
