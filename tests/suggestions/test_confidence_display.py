"""The draft panel shows the calibrated confidence as a whole percent with words beside it, for a
draft shown and for one held back as not confident enough (issue 10, item 6)."""

import pytest
from django.urls import reverse

from suggestions.models import Draft, ModelVersion
from tests.factories import MemberFactory, MessageFactory, ThreadFactory

pytestmark = pytest.mark.django_db


def panel_with(as_user, agent, team, *, confidence: float, shown: bool) -> str:
    thread = ThreadFactory(team=team, member=MemberFactory())
    message = MessageFactory(thread=thread, text="How much of my deductible is left?")
    version = ModelVersion.objects.create(
        label="v9", artifact="x", sha256="0" * 64, status=ModelVersion.Status.ACTIVE
    )
    Draft.objects.create(
        message=message, thread=thread, team=team, version=version, template="t", text="t",
        confidence=confidence, shown=shown, latency_ms=1.0,
    )  # fmt: skip
    return as_user(agent).get(reverse("draft-panel", args=[thread.pk])).content.decode()


@pytest.mark.parametrize(
    ("confidence", "words"),
    [
        (0.97, "Confidence 97%, likely right as it is"),  # the ceiling: never shown as 100 %
        (0.62, "Confidence 62%, may need small edits"),
        (0.47, "Confidence 47%, check it closely"),
    ],
)
def test_a_shown_draft_has_its_confidence_and_words_beside_it(
    as_user, agent, team, confidence, words
):
    panel = panel_with(as_user, agent, team, confidence=confidence, shown=True)
    assert words in panel and "100%" not in panel


def test_a_draft_held_back_as_not_confident_enough_says_how_confident_in_words(
    as_user, agent, team
):
    panel = panel_with(as_user, agent, team, confidence=0.22, shown=False)
    assert "not confident enough for this message (22%, a guess: read it carefully)" in panel
