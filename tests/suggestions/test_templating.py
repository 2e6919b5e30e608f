import pytest

from careteam.demo import corpus
from careteam.demo.seed import DEMO_LOGINS
from suggestions.templating import KnownFacts, Placeholder, contains_any, fill, to_template

P = Placeholder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claim CLM-2026-0041532 was denied", "Claim {CLAIM_NUMBER} was denied"),
        ("about claim #A12B34567 please", "about claim {CLAIM_NUMBER} please"),
        ("You owe $1,234.56, not $80", "You owe {AMOUNT}, not {AMOUNT}"),
        ("on March 4, 2026 and 3/4/2026 and 2026-03-04", "on {DATE} and {DATE} and {DATE}"),
        ("seen on May 2.", "seen on {DATE}."),
        ("call 1-800-555-0142 or (555) 123-4567", "call {PHONE} or {PHONE}"),
        ("mail jo.doe+bills@example.org today", "mail {EMAIL} today"),
        ("Dr. Anjali Patel at Riverside Imaging Center", "{PROVIDER_NAME} at {PROVIDER_NAME}"),
        ("St. Brigid Regional Hospital billed me", "{PROVIDER_NAME} billed me"),
        ("use {AMOUNT} braces", "use (AMOUNT) braces"),
        ("my claim for blood work was denied", "my claim for {SERVICE} was denied"),
        ("I had an MRI of the knee and a chest CT scan", "I had {SERVICE} and {SERVICE}"),
    ],
)
def test_detected_details_become_typed_placeholders(text, expected):
    assert to_template(text) == expected


def test_the_threads_own_names_and_ids_are_replaced_whole_words_only():
    known = KnownFacts(member_first_name="Ann", member_last_name="Lee", member_id="DM000042",
                       plan="Gold PPO", agent_names=("Ben Carter", "Ben"))  # fmt: skip
    text = "Hi ann, member DM000042 on Gold PPO: Annual limits apply. Ben Carter / Ben"
    assert to_template(text, known) == (
        "Hi {MEMBER_FIRST_NAME}, member {MEMBER_ID} on {PLAN_NAME}: Annual limits apply. "
        "{AGENT_NAME} / {AGENT_NAME}"
    )


def test_fill_puts_facts_back_and_leaves_unknown_placeholders_visible():
    template = "Hi {MEMBER_FIRST_NAME}, claim {CLAIM_NUMBER} was {AMOUNT}. {AGENT_NAME}"
    filled = fill(template, {P.MEMBER_FIRST_NAME: "Rosa", P.AGENT_NAME: "Ana", P.AMOUNT: " "})
    assert filled.text == "Hi Rosa, claim {CLAIM_NUMBER} was {AMOUNT}. Ana"
    assert filled.unfilled == (P.CLAIM_NUMBER, P.AMOUNT)
    assert not filled.complete
    assert fill("No placeholders.", {}).complete


def test_demo_replies_lose_every_protected_detail():
    """Every reply template of the demo corpus, filled with facts, normalises back to no PHI."""
    facts = {
        "first_name": "Rosalind", "claim": "CLM-2026-7654321", "amount": "$2,345.67",
        "owed": "$234.57", "date": "October 3, 2026", "provider": "Riverside Imaging Center",
        "service": "an MRI of the knee", "deductible": "$1,000.00", "met": "$400.00",
        "remaining": "$600.00",
        "plan": "Gold PPO", "phone": corpus.PLAN_PHONE, "agent_name": "Ana",
    }  # fmt: skip
    agents = tuple(login.first_name for login in DEMO_LOGINS)
    known = KnownFacts(member_first_name="Rosalind", member_last_name="Quintero",
                       plan="Gold PPO", agent_names=agents)  # fmt: skip
    secrets = ["Rosalind", "CLM-2026-7654321", "2,345.67", "234.57", "October 3", "Riverside",
               "555-0142", "MRI", *agents]  # fmt: skip
    for provider in corpus.PROVIDERS:
        for intent in corpus.INTENTS:
            for reply in intent.replies:
                text = reply.format(**{**facts, "provider": provider})
                template = to_template(text, known)
                leaked = contains_any(template, [*secrets, provider])
                assert not leaked, (leaked, template)
