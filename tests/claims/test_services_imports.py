"""Imports touch only the members the uploader's teams serve (penetration test, issue 13).

Two teams: `agent` works team A ("Member Services"), `outsider_agent` team B. A member belongs
to a team's reach when the team has a thread with them (the rule that decides who sees a
member's claims). Team B's files must neither change nor reveal anything of team A's.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from careteam.roles import Role
from claims.models import Claim, ClaimAdjustment, ClaimLine, ImportBatch, Provider
from claims.services.imports import claims_import
from tests.claims.conftest import claim_rows, csv_bytes, served_member
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
A_MEMBER = "M00012345"  # the member of the X12 and FHIR fixtures
B_MEMBER = "M00054321"  # the same length, so X12 segments stay well-formed


def fixture(name: str, member: str = A_MEMBER) -> bytes:
    return (FIXTURES / name).read_bytes().replace(A_MEMBER.encode(), member.encode())


def upload(client: Client, name: str, data: bytes):  # type: ignore[no-untyped-def]
    return client.post(reverse("claims-import"), {"file": SimpleUploadedFile(name, data)})


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def team_a_claims(agent):  # type: ignore[no-untyped-def]
    """Team A's member with an 837P claim paid by its 835, a FHIR EOB and a CSV claim."""
    member = served_member(agent, member_id=A_MEMBER)
    for name in ("837p_icd10.837", "835_cost_sharing.835", "eob_professional_bundle.json"):
        result = claims_import(data=fixture(name), filename=name, actor=agent)
        assert not result.problems, result.problems
    result = claims_import(data=csv_bytes(claim_rows(A_MEMBER)), filename="a.csv", actor=agent)
    assert not result.problems, result.problems
    return member


@pytest.fixture
def team_b_member(outsider_agent):  # type: ignore[no-untyped-def]
    return served_member(outsider_agent, member_id=B_MEMBER)


def team_a_state(member) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """Everything of team A's claims a file could change, providers included."""
    claims = Claim.objects.filter(member=member)
    return (
        sorted(
            claims.values_list(
                "pk", "claim_number", "status", "paid", "allowed", "content_hash", "batch_id",
                "billing_provider_id", "updated_at",
            )
        ),
        sorted(ClaimLine.objects.filter(claim__in=claims).values_list("pk", "paid")),
        ClaimAdjustment.objects.filter(claim__in=claims).count(),
        sorted(Provider.objects.values_list("pk", "key", "name", "taxonomy")),
        [page_network(claim) for claim in claims.order_by("pk")],
    )  # fmt: skip


def page_network(claim: Claim) -> str:
    client = login(Client(), claim.batch.actor)
    body = client.get(reverse("claim", args=[claim.pk])).content.decode()
    return "out of network" if "out of network" in body else "in or unknown"


# --- HIGH 1: members, claims and providers of other teams -----------------------------------


def test_a_row_for_another_teams_member_is_refused_like_an_unknown_id(
    client, agent, outsider_agent, team_a_claims, team_b_member
):
    before = team_a_state(team_a_claims)
    login(client, outsider_agent)
    rows = claim_rows(A_MEMBER, number="B-1") + claim_rows("M404404", number="B-2")
    response = upload(client, "b.csv", csv_bytes(rows))
    assert response.status_code == 422
    problems = [(p.location, p.field, p.message) for p in response.context["problems"]]
    assert problems == [
        ("row 2", "member_id", f"no member with id {A_MEMBER} among your teams' members"),
        ("row 4", "member_id", "no member with id M404404 among your teams' members"),
    ]
    assert not Claim.objects.filter(claim_number__in=["B-1", "B-2"]).exists()
    assert team_a_state(team_a_claims) == before


def test_another_teams_claim_number_neither_moves_the_claim_nor_tells_it_exists(
    agent, outsider_agent, team_a_claims, team_b_member
):
    team_a = Claim.objects.get(claim_number="CLM-1")
    before = team_a_state(team_a_claims)
    taken = claims_import(
        data=csv_bytes(claim_rows(B_MEMBER, number="CLM-1", status="denied")),
        filename="b.csv",
        actor=outsider_agent,
    )
    fresh = claims_import(
        data=csv_bytes(claim_rows(B_MEMBER, number="CLM-NEVER-SEEN", status="denied")),
        filename="c.csv",
        actor=outsider_agent,
    )
    # The same report whether or not another team holds the number: one new claim each.
    counts = [(r.problems, r.batch.claims_created, r.batch.claims_updated) for r in (taken, fresh)]
    assert counts == [((), 1, 0), ((), 1, 0)]
    assert team_a_state(team_a_claims) == before
    mine = Claim.objects.get(claim_number="CLM-1", member=team_b_member)
    assert mine.pk != team_a.pk
    a_client, b_client = login(Client(), agent), login(Client(), outsider_agent)
    assert a_client.get(reverse("claim", args=[team_a.pk])).status_code == 200
    assert b_client.get(reverse("claim", args=[team_a.pk])).status_code == 404
    assert b_client.get(reverse("claim", args=[mine.pk])).status_code == 200


def test_an_835_naming_another_teams_claim_fills_only_the_uploaders_own(
    agent, outsider_agent, team_a_claims, team_b_member
):
    before = team_a_state(team_a_claims)
    result = claims_import(
        data=fixture("835_cost_sharing.835", B_MEMBER), filename="r.835", actor=outsider_agent
    )
    assert not result.problems and result.batch.claims_updated == 0
    assert team_a_state(team_a_claims) == before
    assert Claim.objects.filter(claim_number="PCN-1001").count() == 2


def test_a_claim_does_not_move_to_another_member_of_the_same_team(agent, team_a_claims):
    served_member(agent, member_id="M00099999")
    before = team_a_state(team_a_claims)
    result = claims_import(
        data=csv_bytes(claim_rows("M00099999", number="CLM-1")), filename="m.csv", actor=agent
    )
    assert [(p.field, p.message) for p in result.problems] == [
        (
            "member_id",
            "claim CLM-1 is on file for a different member of your teams; "
            "a claim is not moved to another member",
        ),
    ]
    assert team_a_state(team_a_claims) == before


def test_another_teams_file_does_not_change_a_providers_network_on_our_claims(
    agent, outsider_agent, team_a_claims, team_b_member
):
    team_a = Claim.objects.get(claim_number="CLM-1")
    assert page_network(team_a) == "in or unknown"
    result = claims_import(
        data=csv_bytes(claim_rows(B_MEMBER, number="B-9", billing_network="out")),
        filename="b.csv",
        actor=outsider_agent,
    )
    assert not result.problems
    assert page_network(team_a) == "in or unknown"
    assert page_network(Claim.objects.get(claim_number="B-9")) == "out of network"


@pytest.mark.parametrize(
    "name",
    [
        "837p_icd10.837",
        "835_cost_sharing.835",
        "eob_professional_bundle.json",
        "a.csv",
        "all.zip",
    ],
)
def test_every_file_kind_naming_team_a_is_refused_and_changes_nothing(
    client, outsider_agent, team_a_claims, team_b_member, name
):
    files = {
        "837p_icd10.837": fixture("837p_icd10.837"),
        "835_cost_sharing.835": fixture("835_cost_sharing.835"),
        "eob_professional_bundle.json": fixture("eob_professional_bundle.json"),
        "a.csv": csv_bytes(claim_rows(A_MEMBER, billing_network="out")),
    }
    files["all.zip"] = zipped(files)
    before = team_a_state(team_a_claims)
    batches = ImportBatch.objects.count()
    login(client, outsider_agent)
    response = upload(client, name, files[name])
    assert response.status_code == 422
    messages = {p.message for p in response.context["problems"]}
    assert messages == {f"no member with id {A_MEMBER} among your teams' members"}
    assert team_a_state(team_a_claims) == before
    batch = ImportBatch.objects.order_by("-pk").first()
    assert ImportBatch.objects.count() == batches + 1 and batch.outcome == "rejected"


# --- The import_claims command: for a named team --------------------------------------------


def test_the_command_needs_a_team_when_there_are_several(
    tmp_path, agent, outsider_agent, team_a_claims, team_b_member
):
    path = tmp_path / "b.csv"
    path.write_bytes(csv_bytes(claim_rows(B_MEMBER, number="CMD-1")))
    with pytest.raises(CommandError, match="name the team"):
        call_command("import_claims", str(path))
    with pytest.raises(CommandError, match="no team named 'Nobody'"):
        call_command("import_claims", str(path), "--team", "Nobody")
    with pytest.raises(CommandError, match="1 of 1 file"):  # team A does not serve B's member
        call_command("import_claims", str(path), "--team", "Member Services")
    call_command("import_claims", str(path), "--team", "Other Plan Services")
    batch = ImportBatch.objects.get(filename="b.csv", outcome="stored")
    assert [team.name for team in batch.teams.all()] == ["Other Plan Services"]
    with pytest.raises(CommandError, match="not on every team"):
        call_command("import_claims", str(path), "--as", "agent", "--team", "Other Plan Services")


# --- LOW 7: recent imports of other teams ---------------------------------------------------


def test_recent_imports_show_only_the_viewers_teams_and_admins_see_all(
    client, agent, outsider_agent, team_a_claims, supervisor
):
    secret = "team-a-member-list.csv"
    claims_import(data=csv_bytes(claim_rows(A_MEMBER, number="R-1")), filename=secret, actor=agent)
    admin = UserFactory(role=Role.ADMIN, is_staff=True)  # on no team at all
    seen = {}
    for user in (agent, supervisor, outsider_agent, admin):
        response = login(Client(), user).get(reverse("claims-import"))
        assert response.status_code == 200
        seen[user.username] = secret in response.content.decode()
    assert seen == {"agent": True, "supervisor": True, "outsider": False, admin.username: True}


# --- LOW 5: FHIR documents no claims file looks like ----------------------------------------


@pytest.mark.parametrize(
    ("body", "where", "message"),
    [
        (
            '{"resourceType": "Bundle", "entry": ' + "[" * 2000 + "]" * 2000 + "}",
            "line 1 column 136",
            "nested more than 100 levels deep: not a claims file",
        ),
        (
            '{"resourceType": "Bundle", "x": ' + '{"a": ' * 2000 + "1" + "}" * 2001,
            "line 1 column 627",
            "nested more than 100 levels deep: not a claims file",
        ),
        (
            '{"resourceType": "ExplanationOfBenefit",\n "total": [{"amount": {"value": '
            + "9" * 60_000
            + "}}]}",
            "line 2 column 33",
            "a number of 60,000 characters; numbers longer than 40 are refused",
        ),
    ],
)
def test_a_pathological_fhir_file_is_refused_with_what_and_where(
    client, agent, body, where, message
):
    login(client, agent)
    response = upload(client, "deep.json", body.encode())
    assert response.status_code == 422
    problems = [(p.file, p.location, p.field, p.message) for p in response.context["problems"]]
    assert problems == [("deep.json", where, "JSON", message)]
    assert message in response.content.decode()
    assert ImportBatch.objects.get().outcome == "rejected"


def test_a_deep_fhir_file_inside_a_zip_is_refused_too(client, agent):
    login(client, agent)
    deep = '{"resourceType": "Bundle", "entry": ' + "[" * 2000 + "]" * 2000 + "}"
    response = upload(client, "z.zip", zipped({"deep.json": deep.encode()}))
    assert response.status_code == 422
    [problem] = response.context["problems"]
    assert (problem.file, problem.field) == ("z.zip:deep.json", "JSON")


def test_staff_on_no_team_cannot_import(client):
    loner = UserFactory(role=Role.CARE_AGENT)
    login(client, loner)
    response = upload(client, "a.csv", csv_bytes(claim_rows("M404404")))
    assert response.status_code == 422
    assert "on no team that works claims" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_the_service_refuses_an_import_for_a_team_the_uploader_is_not_on(
    agent, outsider_agent, team_b_member
):
    from claims.services import ServiceError

    with pytest.raises(ServiceError, match="not on every team"):
        claims_import(
            data=csv_bytes(claim_rows(B_MEMBER)),
            filename="b.csv",
            actor=agent,
            team_ids=list(outsider_agent.teams.values_list("pk", flat=True)),
        )
    assert not Claim.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("collecting", [True, False])
def test_an_import_leaves_the_cycle_collector_as_it_found_it(agent, collecting):
    """The import pauses Python's cycle collector while it reads and stores a file, and puts
    it back as it was whether the file is stored or refused."""
    import gc

    served_member(agent, member_id="M900001")
    good = csv_bytes(claim_rows("M900001"))
    bad = csv_bytes(claim_rows("M900001", billed="1,000.00"))
    (gc.enable if collecting else gc.disable)()
    try:
        assert not claims_import(data=good, filename="a.csv", actor=agent).problems
        assert gc.isenabled() is collecting
        assert claims_import(data=bad, filename="b.csv", actor=agent).problems
        assert gc.isenabled() is collecting
    finally:
        gc.enable()
