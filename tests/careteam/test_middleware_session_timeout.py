"""Automatic logoff after idle time and after an absolute lifetime; polling is not activity."""

import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

POLL = {"HX-Request": "true", "HX-Target": "thread-list", "X-Background-Poll": "1"}


def age_session(client, *, idle: int = 0, since_login: int = 0) -> None:
    session = client.session
    now = int(time.time())
    session["last_activity_at"] = now - idle
    session["auth_started_at"] = now - since_login
    session.save()


def test_login_records_when_the_session_started(as_user, agent):
    client = as_user(agent)
    assert abs(client.session["auth_started_at"] - time.time()) < 5


def test_idle_session_is_logged_off_and_htmx_gets_hx_redirect(as_user, agent, settings):
    client = as_user(agent)
    age_session(client, idle=settings.SESSION_IDLE_SECONDS + 1)
    response = client.get(reverse("inbox"), headers=POLL)
    assert response["HX-Redirect"] == reverse("login")
    assert b"<table" not in response.content
    assert client.get(reverse("inbox")).status_code == 302  # still signed out


def test_idle_session_page_request_redirects_to_login(as_user, agent, settings):
    client = as_user(agent)
    age_session(client, idle=settings.SESSION_IDLE_SECONDS + 1)
    response = client.get(reverse("inbox"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_activity_within_the_idle_limit_keeps_the_session(as_user, agent, settings):
    client = as_user(agent)
    age_session(client, idle=settings.SESSION_IDLE_SECONDS - 120)
    assert client.get(reverse("inbox")).status_code == 200
    assert time.time() - client.session["last_activity_at"] < 5


def test_background_polling_does_not_count_as_activity(as_user, agent, settings):
    client = as_user(agent)
    age_session(client, idle=settings.SESSION_IDLE_SECONDS - 120)
    before = client.session["last_activity_at"]
    assert client.get(reverse("inbox"), headers=POLL).status_code == 200
    assert client.session["last_activity_at"] == before
    age_session(client, idle=settings.SESSION_IDLE_SECONDS + 1)
    assert client.get(reverse("inbox"), headers=POLL)["HX-Redirect"] == reverse("login")


def test_absolute_lifetime_ends_even_an_active_session(as_user, agent, settings):
    client = as_user(agent)
    age_session(client, idle=0, since_login=settings.SESSION_ABSOLUTE_SECONDS + 1)
    response = client.get(reverse("inbox"))
    assert response.status_code == 302


def test_the_session_key_changes_at_login(client, agent):
    anonymous_session = client.session
    anonymous_session["seen"] = True
    anonymous_session.save()
    before = client.cookies["sessionid"].value
    response = client.post(reverse("login"), {"username": agent.username, "password": PASSWORD})
    assert response.status_code == 302
    assert client.cookies["sessionid"].value != before


def test_reads_within_a_minute_of_activity_leave_the_session_row_untouched(
    as_user, agent, thread, settings
):
    """The idle clock moves at most once a minute; audit bookkeeping lives in the cache."""
    from django.contrib.sessions.models import Session

    client = as_user(agent)
    age_session(client, idle=10)
    row = Session.objects.get(pk=client.session.session_key)
    thread_url = reverse("thread", args=[thread.pk])
    client.get(reverse("inbox"))
    client.get(reverse("inbox"), headers=POLL)
    client.get(thread_url)
    client.get(thread_url, headers={**POLL, "HX-Target": "conversation"})
    after = Session.objects.get(pk=row.pk)
    assert (after.session_data, after.expire_date) == (row.session_data, row.expire_date)
    # Past the minute, one request moves the clock (and so writes the session once).
    age_session(client, idle=61)
    row = Session.objects.get(pk=row.pk)
    client.get(thread_url)
    assert Session.objects.get(pk=row.pk).session_data != row.session_data
    assert time.time() - client.session["last_activity_at"] < 5


def test_the_session_row_is_read_only_while_it_has_not_expired(client, agent):
    """careteam.sessions reads the row with its own statement: an expired row, or a key with no
    row, is no session (signed out), as Django's own store answers."""
    from django.contrib.sessions.models import Session

    from careteam.sessions import SessionStore
    from tests.conftest import login

    login(client, agent)
    key = client.session.session_key
    assert SessionStore(key).load() == client.session.load() != {}
    assert client.get(reverse("inbox")).status_code == 200
    Session.objects.filter(pk=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    store = SessionStore(key)
    assert store.load() == {} and store.session_key is None
    assert SessionStore("no-such-session-key").load() == {}
    assert client.get(reverse("inbox")).status_code == 302  # signed out: to the login page
