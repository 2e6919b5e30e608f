import csv
import io

import pytest
from django.urls import reverse

from careteam import api, audit
from careteam.models import AuditEvent
from careteam.roles import Role
from tests.factories import MemberFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(as_user, agent, other_agent, team):
    watched = ThreadFactory(team=team, member=MemberFactory(member_id="M555001"))
    other = ThreadFactory(team=team, member=MemberFactory(member_id="M555002"))
    as_user(agent).get(reverse("thread", args=[watched.pk]))
    as_user(other_agent).get(reverse("thread", args=[other.pk]))
    return watched, other


def test_supervisor_reviews_the_trail_of_one_member(as_user, supervisor, agent, history):
    response = as_user(supervisor).get(reverse("audit"), {"member": "m555001"})
    events = list(response.context["page"].object_list)
    assert [(event.actor, event.member.member_id) for event in events] == [(agent, "M555001")]
    body = response.content.decode()
    assert "M555001" in body and "M555002" not in body
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.REVIEW_AUDIT, actor=supervisor
    ).exists()


def test_supervisor_reviews_the_trail_of_one_staff_member(
    as_user, supervisor, other_agent, history
):
    response = as_user(supervisor).get(reverse("audit"), {"staff": other_agent.username})
    assert {event.actor for event in response.context["page"].object_list} == {other_agent}


def test_export_is_a_csv_of_the_same_rows_and_is_itself_audited(as_user, supervisor, history):
    response = as_user(supervisor).get(reverse("audit-export"), {"member": "M555001"})
    assert response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["at", "staff", "action", "member_id"]
    assert [row[2:4] for row in rows[1:]] == [["view_thread", "M555001"]]
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT_AUDIT).count() == 1


def test_exported_cells_never_run_as_spreadsheet_formulas(as_user, supervisor, agent):
    AuditEvent.objects.create(actor=agent, action=AuditEvent.Action.DENIED, detail="=HYPERLINK(1)")
    response = as_user(supervisor).get(reverse("audit-export"))
    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in text


def test_agents_and_analysts_cannot_review_the_trail(as_user, agent, analyst, history):
    for user in (agent, analyst):
        client = as_user(user)
        assert client.get(reverse("audit")).status_code == 403
        assert client.get(reverse("audit-export")).status_code == 403


def exported_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def two_teams(as_user, agent, outsider_agent, team, other_team):
    """A view of a member of each team, and a row of the other team's staff with no member."""
    ours = ThreadFactory(team=team, member=MemberFactory(member_id="M555101"))
    theirs = ThreadFactory(team=other_team, member=MemberFactory(member_id="M555202"))
    as_user(agent).get(reverse("thread", args=[ours.pk]))
    as_user(outsider_agent).get(reverse("thread", args=[theirs.pk]))
    AuditEvent.objects.create(actor=outsider_agent, action=AuditEvent.Action.DENIED)
    return ours, theirs


def test_supervisors_see_only_their_teams_members_and_staff(as_user, supervisor, two_teams):
    client = as_user(supervisor)
    page = client.get(reverse("audit"))
    members = {event.member.member_id for event in page.context["page"].object_list if event.member}
    assert members == {"M555101"}
    assert "outsider" not in {
        event.actor.username for event in page.context["page"].object_list if event.actor
    }
    body = page.content.decode()
    assert "M555202" not in body and "outsider" not in body
    assert not client.get(reverse("audit"), {"member": "M555202"}).context["page"].object_list
    rows = exported_rows(client.get(reverse("audit-export")))
    assert {row[3] for row in rows[1:]} == {"M555101", ""}
    assert "outsider" not in {row[1] for row in rows[1:]}


def test_admins_see_every_teams_trail(as_user, team, two_teams):
    admin = UserFactory(username="admin", role=Role.ADMIN, team=team)
    client = as_user(admin)
    page = client.get(reverse("audit"))
    members = {event.member.member_id for event in page.context["page"].object_list if event.member}
    assert members == {"M555101", "M555202"}
    rows = exported_rows(client.get(reverse("audit-export")))
    assert {"M555101", "M555202"} <= {row[3] for row in rows[1:]}
    assert "outsider" in {row[1] for row in rows[1:]}


def test_every_exported_text_cell_is_spreadsheet_safe(as_user, supervisor, team):
    staff = UserFactory(username="@agent", role=Role.CARE_AGENT, team=team)
    member = MemberFactory(member_id="-M1")
    ThreadFactory(team=team, member=member)
    AuditEvent.objects.create(
        actor=staff,
        member=member,
        action=AuditEvent.Action.VIEW_THREAD,
        object_type="+Thread",
        object_id="=1+1",
        detail="\t=2+3",
        request_id="-1-1-1-1",
    )
    rows = exported_rows(as_user(supervisor).get(reverse("audit-export")))
    row = next(row for row in rows if row[2] == "view_thread")
    assert row[1:] == [
        "'@agent",
        "view_thread",
        "'-M1",
        "'+Thread",
        "'=1+1",
        "'\t=2+3",
        "'-1-1-1-1",
    ]


@pytest.mark.parametrize(
    "supplied", ["-1-1-1-1-1", "=cmd|' /C calc'!A0", "a b", "x" * 65, "@SUM(1+1)*cmd"]
)
def test_a_malformed_request_id_is_replaced_by_our_own(client, supplied):
    response = client.get(reverse("health-live"), headers={"X-Request-ID": supplied})
    assert response["X-Request-ID"] != supplied
    assert len(response["X-Request-ID"]) == 32


@pytest.mark.parametrize("supplied", ["abc", "req-2024.06_01", "A" * 64])
def test_a_well_formed_request_id_is_kept(client, supplied):
    response = client.get(reverse("health-live"), headers={"X-Request-ID": supplied})
    assert response["X-Request-ID"] == supplied


def test_each_action_is_shown_with_its_owning_apps_label(as_user, supervisor, agent, team):
    member = ThreadFactory(team=team).member
    for action in ("view_thread", "view_claims", "model_change"):
        api.audit_record(actor=agent, action=action, member_pk=member.pk)
    body = as_user(supervisor).get(reverse("audit"), {"member": member.member_id}).content
    for label in ("Viewed a thread", "Viewed claims", "Trained, promoted or rolled back a model"):
        assert label in body.decode()


def test_an_action_no_app_registered_is_refused(agent):
    with pytest.raises(ValueError, match="not registered"):
        api.audit_record(actor=agent, action="view_thred")
    assert not AuditEvent.objects.filter(action="view_thred").exists()


def test_an_action_is_owned_by_one_app():
    from django.db import models

    class Clash(models.TextChoices):
        MODEL_CHANGE = "model_change", "Something else"

    with pytest.raises(ValueError, match="registered twice"):
        api.register_audit_actions(Clash)
    assert audit.audit_action_label("model_change") == "Trained, promoted or rolled back a model"
