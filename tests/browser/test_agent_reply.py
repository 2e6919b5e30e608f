"""An agent logs in, opens a thread and sends a reply, in a real browser."""

from __future__ import annotations

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.models import Message, Thread
from careteam.roles import Role
from tests.factories import (
    PASSWORD,
    MemberFactory,
    MessageFactory,
    TeamFactory,
    ThreadFactory,
    UserFactory,
)

TOTP_KEY = "3132333435363738393031323334353637383930"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def scene():
    team = TeamFactory(name="Member Services")
    agent = UserFactory(username="ana", first_name="Ana", last_name="Ortiz",
                        role=Role.CARE_AGENT, team=team)  # fmt: skip
    TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=TOTP_KEY)
    member = MemberFactory(first_name="Rosa", last_name="Quintero", member_id="M424242")
    thread = ThreadFactory(team=team, member=member, subject="Why was I billed twice?")
    MessageFactory(thread=thread, text="I see two charges of $80.00 for my visit on May 2.")
    return agent, thread


def open_page(browser, live_server, *, javascript: bool):  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=javascript, base_url=live_server.url)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response",
        lambda response: (
            problems.append(f"{response.status} {response.url}") if response.status >= 400 else None
        ),
    )
    return context, page, problems


def log_in(page, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto("/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/login/verify/**")
    code = f"{TOTP(bytes.fromhex(TOTP_KEY)).token():06d}"
    page.get_by_label("6-digit code from your authenticator app").fill(code)
    page.get_by_role("button", name="Continue").click()


def test_agent_sends_a_reply_with_htmx(browser, live_server, scene):
    agent, thread = scene
    context, page, problems = open_page(browser, live_server, javascript=True)
    log_in(page, agent.username)
    page.get_by_role("link", name="Unassigned").click()
    page.get_by_role("link", name="Rosa Quintero").click()
    page.wait_for_url(f"**/threads/{thread.pk}/")
    assert page.get_by_text("I see two charges of $80.00").is_visible()

    page.evaluate("window.__noFullReload = true")
    page.get_by_label("Reply to member").fill("Hi Rosa, the duplicate charge will be removed.")
    page.get_by_role("button", name="Send reply").click()
    sent = page.locator(".message-outbound", has_text="the duplicate charge will be removed")
    sent.wait_for()
    assert sent.get_by_text("Delivered").is_visible()
    assert page.evaluate("window.__noFullReload") is True  # htmx swapped a region, no reload
    assert page.get_by_label("Reply to member").input_value() == ""
    assert problems == []
    context.close()

    reply = Message.objects.get(thread=thread, direction=Message.Direction.OUTBOUND)
    assert reply.author == agent and reply.delivery_status == Message.Delivery.DELIVERED
    assert Thread.objects.get(pk=thread.pk).status == Thread.Status.WAITING


def test_agent_sends_a_reply_without_javascript(browser, live_server, scene):
    agent, thread = scene
    context, page, _ = open_page(browser, live_server, javascript=False)
    log_in(page, agent.username)
    page.goto(f"/threads/{thread.pk}/")
    page.get_by_label("Reply to member").fill("Sent from a page without scripts.")
    page.get_by_role("button", name="Send reply").click()
    page.wait_for_url(f"**/threads/{thread.pk}/")
    assert page.locator(".message-outbound", has_text="without scripts").is_visible()
    assert page.get_by_text("Reply sent.").is_visible()
    context.close()
    assert Message.objects.filter(thread=thread, direction=Message.Direction.OUTBOUND).count() == 1
