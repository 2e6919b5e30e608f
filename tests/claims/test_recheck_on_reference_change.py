"""Loading a new reference table checks every stored claim again."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from careteam.jobs import run
from careteam.models import Job
from claims.demo import REFERENCE_DATA
from claims.models import Flag
from claims.services import RECHECK_ALL, claims_import
from tests.claims.conftest import claim_rows, csv_bytes
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def test_a_new_mue_table_flags_claims_stored_before_it(agent, capsys):
    MemberFactory(member_id="M900001")
    rows = claim_rows("M900001")
    rows[1] = {**rows[1], "procedure_code": "J1885", "units": "40"}  # ketorolac: MUE 8 a day
    claims_import(data=csv_bytes(rows), filename="before.csv", actor=agent)
    assert not Flag.objects.filter(check_id="mue-units").exists()  # no MUE table yet

    call_command(
        "load_reference",
        "mue",
        str(REFERENCE_DATA / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"),
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
        str(REFERENCE_DATA / "mue_practitioner_2026Q2_hcpcs_level2_only.csv"),
    )
    assert Job.objects.filter(name=RECHECK_ALL).count() == 1
