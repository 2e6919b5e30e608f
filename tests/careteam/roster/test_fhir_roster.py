"""The roster from FHIR: the CARIN Blue Button IG's own Patient and Coverage examples, bundled as
a plan would send them, and bundles that are broken or name what they must not."""

from __future__ import annotations

import json
from datetime import date

import pytest

from careteam.models import Coverage, Member
from careteam.roster import roster_import
from tests.careteam.roster import SHARED
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db
CARIN = SHARED / "data" / "claims" / "samples" / "fhir" / "carin-bb-2.0.0"
RESOURCES = [
    "Patient-Patient1", "Patient-Patient2", "Coverage-Coverage1", "Coverage-Coverage2",
    "Coverage-Coverage3", "Coverage-CoverageDental1",
]  # fmt: skip


def bundle(*resources: dict[str, object]) -> bytes:
    return json.dumps(
        {
            "resourceType": "Bundle",
            "type": "collection",
            "entry": [{"resource": resource} for resource in resources],
        }
    ).encode()


def carin() -> list[dict[str, object]]:
    return [json.loads((CARIN / f"{name}.json").read_text()) for name in RESOURCES]


def load(data: bytes, team, name: str = "roster.json"):  # type: ignore[no-untyped-def]
    return roster_import(data=data, filename=name, teams=[team], actor=None)


def test_the_carin_examples_give_two_members_with_their_coverage_periods(team):
    result = load(bundle(*carin()), team)
    assert not result.rejected, result.problems
    assert (result.format, result.members_added, result.coverages_started) == ("fhir", 2, 1)
    # Patient1: member id from its self Coverage's subscriberId (as the claims importer reads an
    # explanation of benefit's member), name, sex, birth date and state from the Patient.
    johnny = Member.objects.get(member_id="888009335")
    assert (johnny.first_name, johnny.last_name, johnny.sex) == ("Johnny", "Example1", "M")
    assert (johnny.date_of_birth, johnny.state, johnny.language) == (date(1986, 1, 1), "PA", "")
    assert list(
        johnny.coverages.order_by("starts_on").values_list("plan", "starts_on", "ends_on")
    ) == [
        ("GI8-HMO DEDUCTIBLE", date(2017, 1, 1), date(2017, 6, 30)),
        ("GR5-HMO DEDUCTIBLE", date(2020, 1, 1), None),
    ]
    assert johnny.plan == "GR5-HMO DEDUCTIBLE"  # the running coverage
    other = Member.objects.get(member_id="12345678901")  # the first of its two self coverages
    assert (other.first_name, other.last_name, other.language) == ("Member 01", "Test", "en")
    assert list(other.coverages.order_by("starts_on").values_list("plan", "ends_on")) == [
        ("XYZ123-UPMC CONSUMER ADVA", date(2019, 10, 31)),
        ("INSURANCE COMPANY XYZ - PRIME", date(2021, 12, 31)),
    ]
    again = load(bundle(*carin()), team)
    assert (again.members_added, again.members_changed, again.members_unchanged) == (0, 0, 2)
    assert Coverage.objects.count() == 4


def test_a_cancelled_coverage_ends_the_running_one(team):
    resources = carin()
    load(bundle(*resources), team)
    coverage1 = dict(resources[2], status="cancelled", period={"end": "2020-12-31"})
    result = load(bundle(resources[0], coverage1), team)
    assert result.coverages_ended == 1
    assert Coverage.objects.get(plan="GR5-HMO DEDUCTIBLE").ends_on == date(2020, 12, 31)


def test_a_patient_alone_with_a_member_number(team):
    patient = json.loads((CARIN / "Patient-Patient2.json").read_text())
    result = load(json.dumps(patient).encode(), team)
    assert not result.rejected
    assert Member.objects.get().member_id == "88800933501"  # its identifier typed MB


def test_truncated_json_says_where_it_broke(team):
    result = load(bundle(*carin())[:5000], team)
    assert len(result.problems) == 1
    assert result.problems[0].location.startswith("line 1 column ")
    assert result.problems[0].message.startswith("not JSON: ")


def test_broken_resources_are_refused_with_their_entry_and_field(team):
    patient1, patient2, coverage1, *_ = carin()
    bad_patient = dict(
        patient2, birthDate="1943-02-30", gender="robot", address=[{"state": "Atlantis"}]
    )
    orphan = dict(coverage1, beneficiary={"reference": "Patient/nobody"})
    nameless = dict(patient1, id="p3", identifier=[], name=[{"family": "X" * 101, "given": ["A"]}])
    result = load(bundle(bad_patient, orphan, nameless), team)
    assert {(p.location, p.field) for p in result.problems} == {
        ("entry 1 (Patient)", "birthDate"),
        ("entry 1 (Patient)", "gender"),
        ("entry 1 (Patient)", "address.state"),
        ("entry 2 (Coverage)", "beneficiary"),
        ("entry 3 (Patient)", "identifier"),
    }
    assert not Member.objects.exists()


def test_another_teams_member_is_refused_in_the_words_for_an_unknown_id(team, other_team):
    MemberFactory(member_id="888009335", teams=[other_team], first_name="Kept")
    result = load(bundle(*carin()[:1], carin()[2]), team)
    assert [p.message for p in result.problems] == [
        "no member with id 888009335 among your team's members"
    ]
    kept = Member.objects.get(member_id="888009335")
    assert kept.first_name == "Kept" and list(kept.teams.all()) == [other_team]


def test_not_a_bundle_and_deep_nesting_are_refused(team):
    assert load(b'{"resourceType": "Claim"}', team).problems[0].field == "resourceType"
    assert load(b"[1, 2]", team).rejected
    deep = b'{"resourceType": "Bundle", "entry": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    result = load(deep, team)
    assert result.rejected and not Member.objects.exists()


def test_two_patients_with_one_id_are_refused(team):
    patient = carin()[0]
    result = load(bundle(patient, patient), team)
    assert [(p.location, p.field) for p in result.problems] == [("entry 2 (Patient)", "id")]
    assert not Member.objects.exists()


def test_coverages_may_name_their_patient_by_the_entrys_full_url(team):
    patient, coverage = carin()[0], carin()[2]
    patient = {key: value for key, value in patient.items() if key != "id"}
    coverage = dict(coverage, beneficiary={"reference": "urn:uuid:5f4e"})
    data = json.dumps(
        {
            "resourceType": "Bundle",
            "entry": [
                {"fullUrl": "urn:uuid:5f4e", "resource": patient},
                {"resource": coverage},
            ],
        }
    ).encode()
    result = load(data, team)
    assert not result.rejected, result.problems
    assert Member.objects.get().coverages.get().plan == "GR5-HMO DEDUCTIBLE"
