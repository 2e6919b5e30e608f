"""A member's message pushed into open pages in a real browser, under the ASGI server (daphne),
through the real Redis channel layer: it arrives well before the 15-second poll could bring it,
as the same morph, and what the agent was typing stays put."""

from __future__ import annotations

import json
import time

import pytest
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam import services
from careteam.roles import Role
from tests.browser.test_agent_reply import TOTP_KEY, log_in
from tests.factories import (
    MemberFactory,
    MessageFactory,
    TeamFactory,
    ThreadFactory,
    UserFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Inside the poll's 15 s, with room for a busy machine; what proves a push is that no
# background poll was sent at all (asserted below).
PUSH_WITHIN_MS = 12000


@pytest.fixture
def scene():
    team = TeamFactory(name="Member Services")
    agent = UserFactory(username="ana", first_name="Ana", role=Role.CARE_AGENT, team=team)
    TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=TOTP_KEY)
    member = MemberFactory(first_name="Rosa", last_name="Quintero", member_id="M424242",
                           teams=[team])  # fmt: skip
    thread = ThreadFactory(team=team, member=member, subject="Why was I billed twice?")
    MessageFactory(thread=thread, text="I see two charges of $80.00 for my visit on May 2.")
    _, token = services.api_client_create(name="member-app", team=team)
    return agent, thread, token


def member_writes(token: str, text: str, key: str) -> None:
    response = Client().post(
        "/api/v1/messages",
        data=json.dumps({"member_id": "M424242", "text": text}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
    )
    assert response.status_code == 201, response.content


def test_a_member_message_is_pushed_into_the_open_thread_and_inbox(
    browser, asgi_live_server, scene
):
    agent, thread, token = scene
    context = browser.new_context(base_url=asgi_live_server)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    polls: list[str] = []
    page.on(
        "request",
        lambda request: (
            polls.append(request.url) if request.headers.get("x-background-poll") == "1" else None
        ),
    )
    log_in(page, agent.username)
    page.goto(f"/threads/{thread.pk}/")
    page.wait_for_selector("body[data-live='on']")
    box = page.get_by_label("Reply to member")
    box.fill("Hi Rosa, I am checking")
    box.focus()

    started = time.monotonic()
    member_writes(token, "Also, the second charge is still pending.", "k-1")
    page.locator(".message-inbound", has_text="second charge is still pending").wait_for(
        timeout=PUSH_WITHIN_MS
    )
    arrived_after = time.monotonic() - started
    # The morph kept the agent's words and the keyboard where they were.
    assert box.input_value() == "Hi Rosa, I am checking"
    assert page.evaluate("document.activeElement.name") == "text"
    # The region now carries the version it shows, which the next poll or reconnect sends.
    assert "X-Poll-Version" in page.locator("#conversation").get_attribute("hx-headers")

    page.goto("/inbox/?tab=all")
    page.wait_for_selector("body[data-live='on']")
    member_writes(token, "One more thing about my bill.", "k-2")
    page.locator("#thread-list", has_text="One more thing about my bill").wait_for(
        timeout=PUSH_WITHIN_MS
    )
    assert polls == [], "no background poll ran while the socket was live"
    assert problems == []
    context.close()
    assert arrived_after < PUSH_WITHIN_MS / 1000


def test_agents_of_a_team_each_get_the_pushed_inbox_and_the_other_team_does_not(
    browser, asgi_live_server, scene
):
    """Two agents of the team on the same inbox tab (one render, the same bytes for both) see the
    member's message; an agent of another team, with her inbox open too, never does."""
    agent, thread, token = scene
    colleague = UserFactory(
        username="ben", first_name="Ben", role=Role.CARE_AGENT, team=thread.team
    )
    other_team = TeamFactory(name="Pharmacy")
    stranger = UserFactory(username="olga", first_name="Olga", role=Role.CARE_AGENT,
                           team=other_team)  # fmt: skip
    for user in (colleague, stranger):
        TOTPDevice.objects.create(user=user, name="phone", confirmed=True, key=TOTP_KEY)
    pages = {}
    for user in (agent, colleague, stranger):
        context = browser.new_context(base_url=asgi_live_server)
        page = context.new_page()
        log_in(page, user.username)
        page.goto("/inbox/?tab=all")
        page.wait_for_selector("body[data-live='on']")
        pages[user.username] = page

    member_writes(token, "Marker for the whole team 9061", "k-3")
    for username in ("ana", "ben"):
        pages[username].locator("#thread-list", has_text="Marker for the whole team 9061").wait_for(
            timeout=PUSH_WITHIN_MS
        )
    pages["olga"].wait_for_timeout(1500)
    assert "Marker for the whole team" not in pages["olga"].content()
    assert "Rosa" not in pages["olga"].locator("#thread-list").inner_text()
    for page in pages.values():
        page.context.close()
