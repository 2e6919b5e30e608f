import datetime as dt
import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from careteam.models import AuditEvent, Thread
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def subjects(response) -> list[str]:
    """The subjects of the listed threads, in order, as the page shows them."""
    rows = re.findall(
        r'<td data-label="Subject"><strong><bdi>(.*?)</bdi>', response.content.decode()
    )
    return [html.unescape(subject) for subject in rows]


@pytest.fixture
def threads(team, agent, other_agent):
    now = timezone.now()
    mine = ThreadFactory(team=team, assignee=agent, subject="Mine", last_message_at=now)
    theirs = ThreadFactory(team=team, assignee=other_agent, subject="Theirs")
    unassigned = ThreadFactory(
        team=team,
        subject="Unassigned",
        topic=Thread.Topic.DENIED_CLAIM,
        last_message_at=now - dt.timedelta(hours=1),
    )
    waiting = ThreadFactory(team=team, subject="Waiting", status=Thread.Status.WAITING)
    closed = ThreadFactory(team=team, assignee=agent, subject="Closed", status=Thread.Status.CLOSED)
    return {
        "mine": mine,
        "theirs": theirs,
        "unassigned": unassigned,
        "waiting": waiting,
        "closed": closed,
    }


def test_tabs_hold_the_right_threads_with_counts(as_user, agent, threads):
    client = as_user(agent)
    assert subjects(client.get(reverse("inbox"))) == ["Mine"]
    assert sorted(subjects(client.get(reverse("inbox"), {"tab": "unassigned"}))) == [
        "Unassigned",
        "Waiting",
    ]
    assert sorted(subjects(client.get(reverse("inbox"), {"tab": "open"}))) == [
        "Mine",
        "Theirs",
        "Unassigned",
        "Waiting",
    ]
    response = client.get(reverse("inbox"), {"tab": "all"})
    assert len(subjects(response)) == 5
    assert response.context["counts"] == {"mine": 1, "unassigned": 2, "open": 4, "all": None}


def test_filters_by_status_and_topic(as_user, agent, threads):
    client = as_user(agent)
    assert subjects(client.get(reverse("inbox"), {"tab": "all", "status": "waiting"})) == [
        "Waiting"
    ]
    assert subjects(client.get(reverse("inbox"), {"tab": "all", "topic": "denied_claim"})) == [
        "Unassigned"
    ]


def test_invalid_filter_values_are_ignored_not_errors(as_user, agent, threads):
    response = as_user(agent).get(reverse("inbox"), {"tab": "open", "status": "bogus"})
    assert response.status_code == 200


def search(client, query: str, **filters: str):  # type: ignore[no-untyped-def]
    """Search as the page does without JavaScript: a POST, then the redirect's listing."""
    response = client.post(reverse("inbox"), {"q": query, **filters})
    assert response.status_code == 302
    return client.get(response["Location"])


def test_search_by_member_name_member_id_and_message_text(as_user, agent, team):
    rosa = MemberFactory(first_name="Rosalind", last_name="Quartermaine", member_id="M777001")
    thread = ThreadFactory(team=team, member=rosa, subject="Rosa's bill")
    other = ThreadFactory(team=team, subject="Someone else")
    MessageFactory(thread=other, text="My colonoscopy was billed as diagnostic")
    client = as_user(agent)
    for query in ["quarterm", "Rosalind Quartermaine", "m777001"]:
        assert subjects(search(client, query, tab="all")) == [thread.subject], query
    assert subjects(search(client, "COLONOSCOPY", tab="all")) == ["Someone else"]
    assert subjects(search(client, "no such words", tab="all")) == []
    assert AuditEvent.objects.filter(actor=agent, action=AuditEvent.Action.SEARCH).exists()


def test_the_search_never_reaches_a_url(as_user, agent, team, settings):
    """Member names typed into the search stay out of request lines, history and proxy logs."""
    settings.INBOX_PAGE_SIZE = 1
    for first_name in ("Rosalind", "Rosa"):
        member = MemberFactory(first_name=first_name, last_name="Quartermaine")
        ThreadFactory(team=team, member=member, subject=f"{first_name}'s bill")
    ThreadFactory(team=team, subject="Someone else")
    client = as_user(agent)
    # Without JavaScript: POST, then a redirect that keeps only the filters.
    posted = client.post(reverse("inbox"), {"q": "Quartermaine", "tab": "all", "status": "open"})
    assert posted.status_code == 302
    assert "Quartermaine" not in posted["Location"] and "status=open" in posted["Location"]
    page = client.get(posted["Location"])
    assert page.context["page"].paginator.count == 2
    html = page.content.decode()
    assert 'method="post"' in html and "Quartermaine" in html  # the box still shows it
    for url in re.findall(r'(?:href|hx-get|hx-push-url)="([^"]*)"', html):
        assert "Quartermaine" not in url and "q=" not in url, url
    # The next page and the background poll keep the search without carrying it.
    second = client.get(reverse("inbox"), {"tab": "all", "status": "open", "page": 2})
    assert second.context["page"].paginator.count == 2
    # htmx live filtering: the list fragment, and a pushed URL with the filters only.
    live = client.post(
        reverse("inbox"),
        {"q": "Rosa", "tab": "all"},
        headers={"HX-Request": "true", "HX-Target": "thread-list"},
    )
    assert live.status_code == 200 and live.context["page"].paginator.count == 2
    assert live["HX-Push-Url"] == reverse("inbox") + "?tab=all"
    assert "<html" not in live.content.decode()
    # A query in the URL is not a search (no page of ours makes one).
    assert (
        client.get(reverse("inbox"), {"tab": "all", "q": "Someone"}).context["page"].paginator.count
        == 2
    )
    # An empty search clears it.
    assert search(client, "", tab="all").context["page"].paginator.count == 3


def test_the_same_search_again_leaves_the_session_row_as_it_was(as_user, agent, team):
    """Changing a filter beside the search posts the same search: no session write for it."""
    from django.contrib.sessions.models import Session

    member = MemberFactory(first_name="Rosalind", last_name="Quartermaine")
    ThreadFactory(team=team, member=member, subject="Rosa's bill", status=Thread.Status.OPEN)
    client = as_user(agent)
    htmx = {"HX-Request": "true", "HX-Target": "thread-list"}
    client.post(reverse("inbox"), {"q": "Quartermaine", "tab": "all"}, headers=htmx)
    row = Session.objects.get(pk=client.session.session_key)
    again = client.post(
        reverse("inbox"), {"q": "Quartermaine", "tab": "all", "status": "open"}, headers=htmx
    )
    assert subjects(again) == ["Rosa's bill"]
    after = Session.objects.get(pk=row.pk)
    assert (after.session_data, after.expire_date) == (row.session_data, row.expire_date)
    # Another search is written, and is what the next listing applies.
    client.post(reverse("inbox"), {"q": "nobody by that name", "tab": "all"}, headers=htmx)
    assert Session.objects.get(pk=row.pk).session_data != row.session_data
    assert subjects(client.get(reverse("inbox"), {"tab": "all"})) == []


def test_searching_needs_the_csrf_token(agent):
    from django.test import Client

    from tests.conftest import login

    client = login(Client(enforce_csrf_checks=True), agent)
    assert client.post(reverse("inbox"), {"q": "Quartermaine"}).status_code == 403


def test_pagination(as_user, agent, team, settings):
    settings.INBOX_PAGE_SIZE = 3
    for number in range(7):
        ThreadFactory(team=team, subject=f"T{number}")
    client = as_user(agent)
    first = client.get(reverse("inbox"), {"tab": "open"})
    third = client.get(reverse("inbox"), {"tab": "open", "page": 3})
    assert len(subjects(first)) == 3 and len(subjects(third)) == 1
    assert set(subjects(first)).isdisjoint(subjects(third))
    assert "page=2" in first.content.decode()


def test_urgent_threads_come_first_then_most_recent(as_user, agent, team):
    now = timezone.now()
    ThreadFactory(team=team, subject="old", last_message_at=now - dt.timedelta(days=2))
    ThreadFactory(team=team, subject="new", last_message_at=now)
    ThreadFactory(
        team=team,
        subject="urgent",
        priority=Thread.Priority.URGENT,
        last_message_at=now - dt.timedelta(days=3),
    )
    assert subjects(as_user(agent).get(reverse("inbox"), {"tab": "open"})) == [
        "urgent",
        "new",
        "old",
    ]


def test_htmx_poll_returns_only_the_list_fragment(as_user, agent, threads):
    response = as_user(agent).get(
        reverse("inbox"),
        {"tab": "open"},
        headers={"HX-Request": "true", "HX-Target": "thread-list"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="thread-list"')
    assert "<html" not in body
    assert "Unassigned" in body


def test_member_text_is_escaped_and_inert_in_the_inbox(as_user, agent, team):
    member = MemberFactory(first_name="<img src=x onerror=alert(1)>", last_name="Doe")
    thread = ThreadFactory(team=team, member=member, subject="<script>alert(1)</script>")
    MessageFactory(thread=thread, text='<button hx-post="/logout/">x</button>')
    body = as_user(agent).get(reverse("inbox"), {"tab": "open"}).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "<img src=x" not in body
    assert '<button hx-post="/logout/">' not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_inbox_pages_are_not_cached_and_carry_a_csp_with_a_nonce(as_user, agent, threads):
    response = as_user(agent).get(reverse("inbox"))
    assert response["Cache-Control"] == "no-store"
    csp = response["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in csp
    assert "unsafe-eval" not in csp and "unsafe-inline" not in csp
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [({}, 1), ({"tab": "unassigned"}, 2), ({"tab": "open"}, 4), ({"tab": "all"}, 5),
     ({"tab": "open", "status": "waiting"}, 1), ({"tab": "open", "topic": "denied_claim"}, 1)],
)  # fmt: skip
def test_each_listing_says_how_many_threads_it_holds_with_one_count_query(
    as_user, agent, threads, params, expected
):
    """An unfiltered tab takes its total from the tabs' counts; a filtered one counts itself."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = as_user(agent)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("inbox"), params)
    assert response.context["page"].paginator.count == expected
    assert f"{expected} thread{'s' if expected != 1 else ''}" in response.content.decode()
    counting = [q for q in captured.captured_queries if "COUNT(" in q["sql"]]
    filtered = bool(params.get("status") or params.get("topic")) or params.get("tab") == "all"
    assert len(counting) == (2 if filtered else 1)
