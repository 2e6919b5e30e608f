"""The supervisors' acceptance dashboard: figures from the database, filters, CSV, access."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from careteam.roles import Role
from suggestions.models import Draft, ModelVersion, Outcome
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true", "HX-Target": "dashboard-figures"}


@pytest.fixture
def recorded(team, agent, other_agent, other_team):
    """Outcomes over three days, two agents, two topics, two model versions."""
    agent.first_name, agent.last_name = "Ana", "Alves"
    agent.save()
    other_agent.first_name, other_agent.last_name = "Ben", "Brook"
    other_agent.save()
    v1 = ModelVersion.objects.create(label="v1", artifact="a", sha256="0" * 64)
    v2 = ModelVersion.objects.create(label="v2", artifact="b", sha256="1" * 64)
    today = timezone.localdate()
    noon = dt.datetime.combine(today, dt.time(12), tzinfo=timezone.get_current_timezone())
    plan = [
        # (days ago, agent, topic, version, kind, similarity, seconds to send, response s)
        (0, agent, "deductible", v2, "as_is", 1.0, 30, 600),
        (0, agent, "deductible", v2, "edited", 0.6, 90, 1200),
        (0, other_agent, "appeal", v2, "discarded", None, None, None),
        (1, other_agent, "appeal", v1, "edited", 0.5, 120, 1800),
        (1, agent, "deductible", v1, "ignored", 0.1, None, 3000),
        (2, agent, "appeal", v1, "as_is", 0.9, 10, 900),
        (2, other_agent, "appeal", None, "no_draft", None, None, 7200),
        (40, agent, "appeal", v1, "as_is", 1.0, 10, 60),  # outside the default 30 days
    ]
    for days, who, topic, version, kind, score, to_send, response in plan:
        thread = ThreadFactory(team=team, member=MemberFactory(), topic=topic)
        at = noon - dt.timedelta(days=days)
        draft = None
        if kind != "no_draft":
            message = MessageFactory(thread=thread, created_at=at)
            draft = Draft.objects.create(
                message=message, thread=thread, team=team, topic=topic, version=version,
                text="x", confidence=0.7, shown=True, latency_ms=1.0, state="sent",
                decided_at=at,
            )  # fmt: skip
            Draft.objects.filter(pk=draft.pk).update(created_at=at)
        Outcome.objects.create(
            kind=kind, draft=draft, thread=thread, team=team, topic=topic, agent=who,
            version=version, similarity=score, seconds_to_send=to_send, decided_at=at,
            reason="tone" if kind == "discarded" else "", first_response=True,
            response_seconds=response,
        )  # fmt: skip
        MessageFactory(thread=thread, created_at=at)  # a member message without a draft
    # Another team's figures never show.
    stranger = UserFactory(role=Role.CARE_AGENT, team=other_team)
    elsewhere = ThreadFactory(team=other_team, member=MemberFactory())
    Outcome.objects.create(
        kind="as_is", thread=elsewhere, team=other_team, topic="appeal", agent=stranger,
        draft=Draft.objects.create(
            message=MessageFactory(thread=elsewhere), thread=elsewhere, team=other_team,
            version=v1, confidence=0.9, shown=True, latency_ms=1.0,
        ), decided_at=noon,
    )  # fmt: skip
    return {"v1": v1, "v2": v2}


def rows(response, table: str) -> dict[str, list[str]]:
    import re

    body = response.content.decode()
    section = body[body.index(f'id="by-{table}"') :]
    section = section[: section.index("</table>")]
    found = {}
    for row in re.findall(r"<tr><th scope=\"row\">(.*?)</th>(.*?)</tr>", section, re.S):
        cells = [
            re.sub(r"<[^>]+>", "", cell).split()[0]
            for cell in re.findall(r"<td>(.*?)</td>", row[1], re.S)
        ]
        found[row[0]] = cells
    return found


def test_dashboard_counts_by_agent_topic_and_version(as_user, supervisor, recorded):
    response = as_user(supervisor).get(reverse("acceptance-dashboard"))
    assert response.status_code == 200
    headline = response.context["headline"]
    # 6 decisions in the last 30 days in this team (the no-draft reply is not a decision).
    assert headline.totals.counts == {"as_is": 2, "edited": 2, "discarded": 1, "ignored": 1}
    assert headline.median_similarity == pytest.approx(0.75)  # 1.0, 0.6, 0.5, 0.9
    assert headline.response_seconds["with_draft"] == pytest.approx(1050)  # 600,1200,1800,900
    assert headline.response_seconds["without_draft"] == pytest.approx(7200)
    assert headline.response_seconds["draft_not_used"] == pytest.approx(3000)
    # columns: as is, edited, discarded, ignored, decided, accepted, median sim, median time
    by_agent = rows(response, "agent")
    assert by_agent["Ana Alves"][:6] == ["2", "1", "0", "1", "4", "75%"]
    assert by_agent["Ben Brook"][:6] == ["0", "1", "1", "0", "2", "50%"]
    by_version = rows(response, "version")
    assert by_version["v1"][:5] == ["1", "1", "0", "1", "3"]
    assert by_version["v2"][:5] == ["1", "1", "1", "0", "3"]
    assert rows(response, "topic")["Appeals and external review"][:5] == ["1", "1", "1", "0", "3"]


def test_share_of_member_messages_that_got_a_draft(as_user, supervisor, recorded):
    headline = as_user(supervisor).get(reverse("acceptance-dashboard")).context["headline"]
    # 7 threads in range: 6 with a drafted message plus one plain message each, one without.
    assert (headline.messages_with_draft, headline.member_messages) == (6, 13)


def test_todays_member_messages_count_this_teams_threads_only(
    as_user, supervisor, recorded, other_team
):
    """A single day counts by looking up each message's thread (not the join longer ranges
    use): the same figures, the other team's messages and other topics left out."""
    elsewhere = ThreadFactory(team=other_team, member=MemberFactory(), topic="deductible")
    at = timezone.now() - dt.timedelta(seconds=1)
    MessageFactory.create_batch(3, thread=elsewhere, created_at=at)
    today = timezone.localdate().isoformat()
    client = as_user(supervisor)
    url = reverse("acceptance-dashboard")

    def member_messages(**extra) -> int:
        query = {"since": today, "until": today, **extra}
        return client.get(url, query).context["headline"].member_messages

    # Today: three threads of this team, each a drafted message and a plain one.
    assert member_messages() == 6
    assert member_messages(topic="deductible") == 4
    assert member_messages(topic="appeal") == 2
    assert member_messages(topic="denied_claim") == 0
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    # Two days take the join: the same count plus yesterday's two threads.
    assert member_messages(since=yesterday) == 10


def test_filters_by_topic_agent_and_dates(as_user, supervisor, agent, recorded):
    client = as_user(supervisor)
    url = reverse("acceptance-dashboard")
    by_topic = client.get(url, {"topic": "deductible"}).context["headline"].totals.counts
    assert by_topic == {"as_is": 1, "edited": 1, "discarded": 0, "ignored": 1}
    by_agent = client.get(url, {"agent": agent.pk}).context["headline"].totals.counts
    assert by_agent == {"as_is": 2, "edited": 1, "discarded": 0, "ignored": 1}
    today = timezone.localdate()
    old = client.get(url, {"since": (today - dt.timedelta(days=45)).isoformat(),
                           "until": (today - dt.timedelta(days=35)).isoformat()})  # fmt: skip
    assert old.context["headline"].totals.counts["as_is"] == 1
    backwards = client.get(url, {"since": today.isoformat(), "until": "2020-01-01"})
    assert "before its start" in backwards.content.decode()


def test_the_chart_has_one_bar_per_day_or_week(as_user, supervisor, recorded):
    client = as_user(supervisor)
    response = client.get(reverse("acceptance-dashboard"), headers=HTMX)
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="dashboard-figures"') and "<html" not in body
    timeline = response.context["timeline"]
    assert len(timeline) == 30 and timeline[-1].decided == 3 and timeline[-2].decided == 2
    assert response.content.decode().count('class="kind-as_is"') >= 2
    weekly = client.get(reverse("acceptance-dashboard"), {"bucket": "week"}).context["timeline"]
    assert sum(row.decided for row in weekly) == 6 and len(weekly) in {5, 6}


def test_csv_export_has_the_same_figures(as_user, supervisor, recorded):
    response = as_user(supervisor).get(reverse("acceptance-export"), {"topic": "appeal"})
    assert response["Content-Type"] == "text/csv"
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    total = next(row for row in table if row["section"] == "total")
    assert (total["as_is"], total["edited"], total["discarded"], total["decided"]) == (
        "1", "1", "1", "3",
    )  # fmt: skip
    agents = {row["label"]: row for row in table if row["section"] == "agent"}
    assert agents["Ben Brook"]["median_similarity"] == "0.5000"


def test_csv_export_cells_never_run_as_spreadsheet_formulas(as_user, supervisor, recorded):
    # A tab before a formula is still run by some spreadsheet apps (OWASP, CSV injection).
    ModelVersion.objects.filter(pk=recorded["v1"].pk).update(label="\t=1+2")
    ModelVersion.objects.filter(pk=recorded["v2"].pk).update(label="-2+3")
    response = as_user(supervisor).get(reverse("acceptance-export"))
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    labels = {row["label"] for row in table if row["section"] == "version"}
    assert {"'\t=1+2", "'-2+3"} <= labels


def test_figures_come_from_a_fixed_number_of_queries(as_user, supervisor, recorded):
    client = as_user(supervisor)
    client.get(reverse("acceptance-dashboard"))
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("acceptance-dashboard"))
    for number in range(20):
        thread = ThreadFactory(team=supervisor.teams.first(), member=MemberFactory())
        Outcome.objects.create(
            kind="no_draft", thread=thread, team=thread.team, topic="other",
            agent=supervisor, decided_at=timezone.now(), first_response=True,
            response_seconds=number,
        )  # fmt: skip
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("acceptance-dashboard"))
    assert len(many) == len(few)


@pytest.mark.parametrize("role", [Role.CARE_AGENT, Role.ANALYST])
def test_roles_without_dashboards_are_refused(client, team, role, recorded):
    from tests.conftest import login

    login(client, UserFactory(role=role, team=team))
    assert client.get(reverse("acceptance-dashboard")).status_code == 403
    assert client.get(reverse("acceptance-export")).status_code == 403


def test_the_dashboard_shows_no_member_text(as_user, supervisor, recorded, team):
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Quillon"))
    MessageFactory(thread=thread, text="My secret diagnosis text")
    body = as_user(supervisor).get(reverse("acceptance-dashboard")).content.decode()
    assert "Quillon" not in body and "secret diagnosis" not in body
