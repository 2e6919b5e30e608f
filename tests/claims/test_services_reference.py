"""Loading a new reference table checks every stored claim again."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from careteam.jobs import run
from careteam.models import Job
from claims.demo import REFERENCE_DATA
from claims.models import Flag
from claims.reference.loading import current_reference_version
from claims.reference.models import ReferenceTable
from claims.services import reference
from claims.services.checks import CHECK_BATCH, RECHECK_ALL
from claims.services.imports import claims_import
from tests.claims.conftest import claim_rows, csv_bytes, served_member

pytestmark = pytest.mark.django_db

MUE_FILE = REFERENCE_DATA / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"


def test_a_new_mue_table_flags_claims_stored_before_it(
    agent, capsys, django_capture_on_commit_callbacks
):
    served_member(agent, member_id="M900001")
    rows = claim_rows("M900001")
    rows[1] = {**rows[1], "procedure_code": "J1885", "units": "40"}  # ketorolac: MUE 8 a day
    # The import's checks job runs on commit: without it no check would have run at all.
    with django_capture_on_commit_callbacks(execute=True):
        claims_import(data=csv_bytes(rows), filename="before.csv", actor=agent)
    assert Job.objects.get(name=CHECK_BATCH).status == Job.Status.DONE
    assert not Flag.objects.filter(check_id="mue-units").exists()  # no MUE table yet

    call_command(
        "load_reference",
        "mue",
        str(MUE_FILE),
    )
    assert "checked again" in capsys.readouterr().out
    job = Job.objects.get(name=RECHECK_ALL)
    assert run(job_id=job.pk) == "done"
    flag = Flag.objects.get(check_id="mue-units")
    assert flag.status == "open" and "J1885" in flag.codes

    # The same file again is no change: nothing new to check.
    call_command(
        "load_reference",
        "mue",
        str(MUE_FILE),
    )
    assert Job.objects.filter(name=RECHECK_ALL).count() == 1


def test_a_table_is_not_stored_without_its_recheck(monkeypatch):
    def broker_refuses(**_: object) -> None:
        raise RuntimeError("enqueue failed")

    monkeypatch.setattr(reference, "claims_recheck_enqueue", broker_refuses)
    with pytest.raises(RuntimeError):
        reference.reference_load("mue", [MUE_FILE])
    assert not ReferenceTable.objects.exists()

    monkeypatch.undo()
    load = reference.reference_load("mue", [MUE_FILE])
    assert load.result.loaded and load.reference_version == current_reference_version()
    assert Job.objects.filter(name=RECHECK_ALL).count() == 1
