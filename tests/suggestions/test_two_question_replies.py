"""A reply to two questions is signed once: the sign-off of each reply it joins is found
(whatever its closing words), and the demo's two-question replies are joined before their
signature is filled, so no literal or bracketed AGENT_NAME is left in a reply or learned."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from careteam.demo.seed import demo_seed
from careteam.models import Message
from suggestions.demo.history import seed_demo_history
from suggestions.questions import joined, reply_parts

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "closing",
    ["Atentamente,", "Warm regards,", "Best wishes,", "Saludos a usted y a su familia,", "—", ""],
)
def test_the_sign_off_is_found_whatever_its_closing_words(closing):
    template = f"Hi {{MEMBER_FIRST_NAME}}, your card is on its way. {closing} {{AGENT_NAME}}"
    greeting, body, sign_off = reply_parts(template)
    assert greeting == "Hi {MEMBER_FIRST_NAME},"
    assert body == "your card is on its way."
    assert sign_off == f"{closing} {{AGENT_NAME}}".strip()


def test_two_joined_replies_keep_one_signature_and_no_stray_closing():
    first = "Hola {MEMBER_FIRST_NAME}, su parte es {MEMBER_OWES}. Atentamente, {AGENT_NAME}"
    second = "Hi {MEMBER_FIRST_NAME}, you can print a card. Warm regards, {AGENT_NAME}"
    both = joined(first, second)
    assert both.count("{AGENT_NAME}") == 1
    assert both.endswith("Atentamente, {AGENT_NAME}")
    assert "Warm regards" not in both
    assert "Su parte es {MEMBER_OWES}." not in both  # the first body still follows its greeting
    assert "You can print a card." in both


@pytest.mark.django_db
def test_the_demos_two_question_replies_are_signed_once_by_their_agent():
    demo_seed(now=NOW)
    seed_demo_history(now=NOW, history_threads=400)
    replies = Message.objects.filter(direction=Message.Direction.OUTBOUND).select_related(
        "author", "thread"
    )
    assert not [m.pk for m in replies if "AGENT_NAME" in m.text]
    two_question_threads = {
        m.thread_id
        for m in Message.objects.filter(
            direction=Message.Direction.INBOUND, text__contains=" Also, "
        )
    }
    joined_replies = [m for m in replies if m.thread_id in two_question_threads and m.author]
    assert joined_replies
    for reply in joined_replies:
        name = reply.author.first_name
        assert reply.text.rstrip(" .!").endswith(name)
        # the name as a word: "Ben" is no signature in "Summary of Benefits"
        assert len(re.findall(rf"\b{re.escape(name)}\b", reply.text)) == 1, reply.pk
