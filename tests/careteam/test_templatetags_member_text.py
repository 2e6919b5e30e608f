"""Bidi control characters in member text cannot reorder what staff read."""

from __future__ import annotations

import pytest
from django.urls import reverse

from careteam.models import Message
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db

RLO, PDF, LRI, PDI, RLM = "\u202e", "\u202c", "\u2066", "\u2069", "\u200f"


def test_overrides_and_isolates_are_shown_not_obeyed(as_user, agent, team):
    member = MemberFactory(first_name=f"Ro{RLO}asor", last_name="Quartermaine")
    thread = ThreadFactory(team=team, member=member, subject=f"Invoice {RLO}fdp.exe{PDF}")
    MessageFactory(thread=thread, text=f"Pay to {LRI}account 1234{PDI} today {RLM}please")
    client = as_user(agent)
    for url in (reverse("inbox") + "?tab=all", reverse("thread", args=[thread.pk])):
        html = client.get(url).content.decode()
        for control in (RLO, PDF, LRI, PDI):
            assert control not in html, (url, hex(ord(control)))
        assert "[U+202E]" in html
        assert "<bdi>" in html
    page = client.get(reverse("thread", args=[thread.pk])).content.decode()
    assert "[U+2066]account 1234[U+2069]" in page
    assert 'dir="auto"' in page
    # Stored text stays as received.
    assert Message.objects.get(thread=thread).text.startswith(f"Pay to {LRI}")
