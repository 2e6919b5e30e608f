"""An agent edits a drafted reply and sends it; the dashboard then counts one edited reply."""

from __future__ import annotations

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.models import Message
from careteam.roles import Role
from suggestions.models import Draft, ModelVersion, Outcome
from tests.browser.test_agent_reply import TOTP_KEY, log_in, open_page
from tests.browser.test_agent_reply import scene as scene  # the shared fixture
from tests.factories import MessageFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DRAFT = (
    "Hi Rosa, thank you for writing. We found the duplicate charge and asked the provider to "
    "remove it. You do not need to pay the second bill. {AGENT_NAME}"
)
EDITED = (
    "Hi Rosa, thank you for writing. We found the duplicate charge. The provider confirmed "
    "they will send you a corrected bill within two weeks, so please wait for it. Ana"
)


def test_agent_edits_a_draft_and_sends_it_and_the_dashboard_counts_it(browser, live_server, scene):
    agent, thread = scene
    supervisor = UserFactory(username="sam", first_name="Sam", last_name="Lee",
                             role=Role.SUPERVISOR, team=thread.team)  # fmt: skip
    TOTPDevice.objects.create(user=supervisor, name="phone", confirmed=True, key=TOTP_KEY)
    version = ModelVersion.objects.create(
        label="v1", artifact="v1.joblib", sha256="0" * 64, status="active"
    )
    message = MessageFactory(thread=thread, text="Can you fix the double charge?")
    draft = Draft.objects.create(
        message=message, thread=thread, team=thread.team, topic=thread.topic, version=version,
        template=DRAFT.replace("Rosa", "{MEMBER_FIRST_NAME}"), text=DRAFT, confidence=0.72,
        shown=True, latency_ms=4.0,
    )  # fmt: skip

    context, page, problems = open_page(browser, live_server, javascript=True)
    log_in(page, agent.username)
    page.goto(f"/threads/{thread.pk}/")
    panel = page.locator("#draft-panel")
    panel.get_by_text("Confidence 72%").wait_for()
    composer = page.get_by_label("Reply to member")
    # The box is filled once htmx has settled the panel, a moment after its text shows.
    page.wait_for_function("document.querySelector('#reply-form textarea').value !== ''")
    # The draft is in the reply box, signed by the agent, ready to edit.
    assert composer.input_value() == DRAFT.replace("{AGENT_NAME}", "Ana")
    composer.fill(EDITED)
    page.get_by_role("button", name="Send reply").click()
    page.locator(".message-outbound", has_text="corrected bill within two weeks").wait_for()
    panel.get_by_text("The reply was sent from this draft (sent after edits).").wait_for()
    assert problems == []
    context.close()

    outcome = Outcome.objects.get(draft=draft)
    assert outcome.kind == "edited" and outcome.agent == agent
    assert outcome.reply == Message.objects.get(thread=thread, direction="outbound")

    context, page, problems = open_page(browser, live_server, javascript=True)
    log_in(page, supervisor.username)
    page.get_by_role("link", name="Dashboard").click()
    row = page.locator("#by-agent tr", has_text="Ana Ortiz")
    row.wait_for()
    cells = row.locator("td").all_inner_texts()
    assert [cell.split()[0] for cell in cells[:5]] == ["0", "1", "0", "0", "1"]
    assert page.get_by_text("sent after edits (1)").is_visible()
    assert problems == []
    context.close()
