"""Two agents on one thread: a reply sent after a colleague's, unseen, asks first."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from careteam.models import Message
from tests.conftest import login
from tests.factories import MessageFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true", "HX-Target": "thread-main"}


def composer_seen_up_to(html: str) -> str:
    found = re.search(r'name="seen_up_to" value="(\d+)"', html)
    assert found, "the reply form says which messages it was drawn with"
    return found.group(1)


def reply(client: Client, thread, text: str, seen_up_to: str, **headers):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("thread-reply", args=[thread.pk]),
        {"text": text, "seen_up_to": seen_up_to},
        headers=headers,
    )


@pytest.fixture
def asked(thread):
    return MessageFactory(thread=thread, text="Is my claim paid?")


def test_a_reply_after_a_colleagues_unseen_reply_asks_before_sending(
    agent, other_agent, thread, asked
):
    ana, ben = login(Client(), agent), login(Client(), other_agent)
    ana_seen = composer_seen_up_to(ana.get(reverse("thread", args=[thread.pk])).text)
    ben_seen = composer_seen_up_to(ben.get(reverse("thread", args=[thread.pk])).text)
    assert ana_seen == ben_seen == str(asked.pk)

    assert reply(ben, thread, "Thanks, we are looking into it.", ben_seen).status_code == 302

    response = reply(ana, thread, "We will check and write back.", ana_seen, **HTMX)
    assert response.status_code == 409
    page = response.text
    assert f"{other_agent.display_name} replied" in page and "s ago" in page
    assert "Send anyway" in page and "We will check and write back." in page  # the text is kept
    assert Message.objects.filter(thread=thread, author=agent).count() == 0

    # Having read it, the agent may still send: the composer now counts the colleague's reply
    # as seen, so sending again goes through without asking twice.
    newest = composer_seen_up_to(page)
    assert int(newest) > int(ana_seen)
    assert reply(ana, thread, "We will check and write back.", newest, **HTMX).status_code == 200
    assert Message.objects.filter(thread=thread, author=agent).count() == 1


def test_no_question_without_a_colleagues_reply(agent, thread, asked):
    ana = login(Client(), agent)
    seen = composer_seen_up_to(ana.get(reverse("thread", args=[thread.pk])).text)
    MessageFactory(thread=thread, text="Hello? Anyone there?")  # the member again: no collision
    assert reply(ana, thread, "Here I am.", seen).status_code == 302
    # The agent's own earlier reply never counts as a colleague's.
    assert reply(ana, thread, "And one more thing.", seen).status_code == 302
    assert Message.objects.filter(thread=thread, author=agent).count() == 2


def test_a_page_without_scripts_gets_the_question_as_a_page(agent, other_agent, thread, asked):
    ana, ben = login(Client(), agent), login(Client(), other_agent)
    seen = composer_seen_up_to(ana.get(reverse("thread", args=[thread.pk])).text)
    reply(ben, thread, "Thanks, we are looking into it.", seen)
    response = reply(ana, thread, "We will check.", seen)
    assert response.status_code == 409 and "<html" in response.text
    assert "Send anyway" in response.text
