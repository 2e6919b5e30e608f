"""What the server gives the keyboard workflow: where focus goes after a send, a refusal that
says "Not sent", the per-user switch for single-key shortcuts, the vendored idiomorph."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from careteam.models import Message, Thread, User
from careteam.selectors import next_waiting_thread_id
from tests.factories import ThreadFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
IDIOMORPH = Path(settings.BASE_DIR) / "static/vendor/idiomorph-0.8.0/idiomorph-ext.min.js"
# sha256 of dist/idiomorph-ext.min.js in the npm package idiomorph@0.8.0 (npm pack).
IDIOMORPH_SHA256 = "5811b9a7eda14878b7dab4378bf60432e1bb6f11fcfb970cc26540642650181e"


def test_after_a_send_the_page_offers_the_next_thread_waiting_and_the_inbox_row(
    as_user, agent, team, thread
):
    now = timezone.now()
    urgent = ThreadFactory(team=team, priority=Thread.Priority.HIGH, last_message_at=now)
    ThreadFactory(team=team, assignee=agent, last_message_at=now - dt.timedelta(days=1))
    response = as_user(agent).post(
        reverse("thread-reply", args=[thread.pk]), {"text": "Sent via htmx"}, headers=HTMX
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert f'id="next-thread" href="{reverse("thread", args=[urgent.pk])}"' in body
    assert f'href="{reverse("inbox")}#thread-row-{thread.pk}"' in body
    # A fresh, empty reply box: the text that went out is not offered again.
    box = re.search(r"<textarea[^>]*>(.*?)</textarea>", body, re.S)
    assert box is not None and box.group(1).strip() == ""


def test_the_next_thread_waiting_is_open_mine_or_nobodys_and_most_urgent_first(
    agent, other_agent, team, thread
):
    now = timezone.now()
    ThreadFactory(team=team, assignee=other_agent, priority=Thread.Priority.HIGH)
    ThreadFactory(team=team, status=Thread.Status.WAITING, priority=Thread.Priority.HIGH)
    ThreadFactory(team=ThreadFactory().team, priority=Thread.Priority.HIGH)  # another team's
    later = ThreadFactory(team=team, assignee=agent, due_by=now + dt.timedelta(hours=5))
    sooner = ThreadFactory(team=team, due_by=now + dt.timedelta(hours=1))
    assert next_waiting_thread_id(user=agent, after=thread) == sooner.pk
    Thread.objects.filter(pk=sooner.pk).update(status=Thread.Status.WAITING)
    assert next_waiting_thread_id(user=agent, after=thread) == later.pk
    assert next_waiting_thread_id(user=agent, after=later) in (None, thread.pk)


def test_a_refused_send_answers_422_saying_not_sent_in_one_alert(as_user, agent, thread):
    response = as_user(agent).post(
        reverse("thread-reply", args=[thread.pk]),
        {"text": "Hi, your {SERVICE} claim is fine.", "send_token": str(uuid.uuid4())},
        headers=HTMX,
    )
    body = response.content.decode()
    assert response.status_code == 422
    alert = re.search(
        r'<div id="reply-alert"[^>]*role="alert">(.*?)</div>\s*<div class="composer', body, re.S
    )
    assert alert is not None
    assert "Not sent." in alert.group(1) and "Fill in {SERVICE} before sending" in alert.group(1)
    assert alert.group(1).count("Fill in {SERVICE}") == 1  # named once, not twice
    assert not Message.objects.filter(direction=Message.Direction.OUTBOUND).exists()


def test_a_double_submit_stores_one_reply(as_user, agent, thread):
    client = as_user(agent)
    post = {"text": "Only once, please.", "send_token": str(uuid.uuid4())}
    first = client.post(reverse("thread-reply", args=[thread.pk]), post, headers=HTMX)
    second = client.post(reverse("thread-reply", args=[thread.pk]), post, headers=HTMX)
    assert (first.status_code, second.status_code) == (200, 200)
    assert Message.objects.filter(thread=thread, direction="outbound").count() == 1


def test_the_page_tells_the_script_whether_shortcuts_are_on(as_user, agent):
    client = as_user(agent)
    assert 'data-shortcuts="on"' in client.get(reverse("inbox")).content.decode()
    response = client.post(reverse("shortcuts-preference"), {})
    assert response.status_code == 302
    assert User.objects.get(pk=agent.pk).keyboard_shortcuts is False
    page = client.get(reverse("shortcuts-preference")).content.decode()
    assert "Keyboard shortcuts are off." in page
    assert (
        'data-shortcuts="off"' in page and "checked" not in page.split("Use single-key")[0][-200:]
    )
    client.post(reverse("shortcuts-preference"), {"keyboard_shortcuts": "on"})
    assert User.objects.get(pk=agent.pk).keyboard_shortcuts is True


def test_the_shortcuts_preference_needs_a_login(client):
    response = client.post(reverse("shortcuts-preference"), {})
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_polls_and_swaps_morph_with_the_vendored_idiomorph(as_user, agent, thread):
    body = as_user(agent).get(reverse("thread", args=[thread.pk])).content.decode()
    assert 'hx-ext="morph"' in body
    assert "vendor/idiomorph-0.8.0/idiomorph-ext.min.js" in body
    assert 'hx-swap="outerHTML"' not in body.split('id="claims-panel"')[0]
    config = json.loads(re.search(r'name="htmx-config" content=\'(.*?)\'', body).group(1))
    swapped = [rule["code"] for rule in config["responseHandling"] if rule["swap"]]
    assert "^(409|422)$" in swapped  # refusals carry the fragment that says why


def test_the_vendored_idiomorph_is_the_published_0_8_0():
    assert hashlib.sha256(IDIOMORPH.read_bytes()).hexdigest() == IDIOMORPH_SHA256
    assert "Zero-Clause BSD" in (IDIOMORPH.parent / "LICENSE").read_text()
