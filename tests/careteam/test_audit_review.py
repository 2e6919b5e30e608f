import csv
import io

import pytest
from django.urls import reverse

from careteam.models import AuditEvent
from tests.factories import MemberFactory, ThreadFactory

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
