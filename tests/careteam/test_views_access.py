"""Every staff page: the allowed role, a forbidden role, an outsider and an anonymous visitor."""

import pytest
from django.urls import reverse

from careteam.models import Message, Thread

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def thread_urls(thread: Thread) -> list[tuple[str, str]]:
    return [
        ("get", reverse("thread", args=[thread.pk])),
        ("post", reverse("thread-reply", args=[thread.pk])),
        ("post", reverse("thread-note", args=[thread.pk])),
        ("post", reverse("thread-action", args=[thread.pk, "assign-to-me"])),
        ("post", reverse("thread-action", args=[thread.pk, "assign"])),
        ("post", reverse("thread-action", args=[thread.pk, "unassign"])),
        ("post", reverse("thread-action", args=[thread.pk, "close"])),
        ("post", reverse("thread-action", args=[thread.pk, "reopen"])),
    ]


def test_anonymous_visitors_are_sent_to_the_login_page(client, thread):
    for method, url in [("get", "/"), ("get", reverse("inbox")), *thread_urls(thread)]:
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url


def test_anonymous_htmx_requests_get_an_hx_redirect_not_a_login_form(client, thread):
    for method, url in [("get", reverse("inbox")), *thread_urls(thread)]:
        response = getattr(client, method)(url, headers=HTMX)
        assert response.status_code == 200, url
        assert response["HX-Redirect"] == reverse("login"), url
        assert b"password" not in response.content


def test_analyst_gets_403_on_the_inbox_and_404_on_threads(as_user, analyst, thread):
    client = as_user(analyst)
    assert client.get(reverse("inbox")).status_code == 403
    for method, url in thread_urls(thread):
        assert getattr(client, method)(url, {"text": "x", "note": "x"}).status_code == 403, url
    assert client.get("/").status_code == 200  # a home page that explains the role


def test_agent_of_another_team_gets_404_and_changes_nothing(as_user, outsider_agent, thread):
    client = as_user(outsider_agent)
    for method, url in thread_urls(thread):
        response = getattr(client, method)(url, {"text": "hello", "note": "note"})
        assert response.status_code == 404, url
    assert not Message.objects.filter(thread=thread).exists()
    thread.refresh_from_db()
    assert thread.status == Thread.Status.OPEN and thread.assignee is None


def test_agent_and_supervisor_of_the_team_may_open_the_thread(as_user, agent, supervisor, thread):
    for user in (agent, supervisor):
        assert as_user(user).get(reverse("thread", args=[thread.pk])).status_code == 200


def test_outsiders_do_not_see_other_teams_threads_in_the_inbox(as_user, outsider_agent, thread):
    response = as_user(outsider_agent).get(reverse("inbox"), {"tab": "all"})
    assert response.status_code == 200
    assert thread.subject not in response.content.decode()


def test_state_changing_urls_refuse_get(as_user, agent, thread):
    client = as_user(agent)
    for method, url in thread_urls(thread):
        if method == "post":
            assert client.get(url).status_code == 405, url


def test_csrf_is_enforced_on_thread_mutations(agent, thread):
    from django.test import Client

    from tests.conftest import login

    client = login(Client(enforce_csrf_checks=True), agent)
    response = client.post(reverse("thread-reply", args=[thread.pk]), {"text": "hi"})
    assert response.status_code == 403
    assert not Message.objects.filter(thread=thread).exists()


def test_admin_lives_at_a_non_default_path(client):
    assert client.get("/admin/").status_code == 404
    assert client.get("/staff-admin/").status_code == 302
