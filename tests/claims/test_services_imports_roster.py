"""Claims after a roster load: the roster's members can be named, members it does not know (or
another team's roster holds) still fail with their row named, and nothing is stored then."""

from __future__ import annotations

import pytest

from careteam.roster import roster_import
from claims.models import Claim
from claims.records import Problem
from claims.services.imports import claims_import
from tests.careteam.roster import SHARED
from tests.claims.conftest import claim_rows, csv_bytes

pytestmark = pytest.mark.django_db
ADD_DEPENDENT = SHARED / "data" / "claims" / "samples" / "x12" / "lfh-834" / "add-dependent.834"


def test_claims_name_the_roster_members_and_unknown_ones_fail_by_row(agent, team, other_team):
    loaded = roster_import(
        data=ADD_DEPENDENT.read_bytes(), filename="add-dependent.834", teams=[team], actor=None
    )
    assert not loaded.rejected
    other = roster_import(
        data=b"member_id,first_name,last_name,date_of_birth\nX100001,Oz,Other,1980-01-01\n",
        filename="o.csv",
        teams=[other_team],
        actor=None,
    )
    assert not other.rejected
    rows = claim_rows("103229876") + claim_rows("M404", number="CLM-2")
    rows += claim_rows("X100001", number="CLM-3")
    result = claims_import(data=csv_bytes(rows), filename="c.csv", actor=agent)
    assert result.problems == (
        Problem("c.csv", "row 4", "member_id", "no member with id M404 among your teams' members"),
        Problem(
            "c.csv", "row 6", "member_id", "no member with id X100001 among your teams' members"
        ),
    )
    assert not Claim.objects.exists()
    stored = claims_import(data=csv_bytes(claim_rows("103229876")), filename="c.csv", actor=agent)
    assert stored.problems == () and Claim.objects.get().member.member_id == "103229876"
