"""From sent replies to a drafted reply on the thread page, with no member details in the model."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.urls import reverse

from careteam import services as careteam_services
from careteam.models import Thread
from suggestions import drafting
from suggestions.api import model_version_promote
from suggestions.models import Draft
from suggestions.serving import serving_engine
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from tests.support.artifacts import artifact_text
from training.services import model_train

pytestmark = pytest.mark.django_db


def test_training_registers_a_model_that_holds_no_member_details(history, analyst):
    run = model_train(actor=analyst)
    assert run.version.status == "candidate" and run.version.trained_by == analyst
    assert run.train_pairs + run.calibration_pairs + run.test_pairs == 72
    assert run.evaluation.top1 > 0.9
    artifact = artifact_text(run.version)
    leaked = [name for name in history if name in artifact]
    assert leaked == [] and "CLM-2025-1000" not in artifact and "Ana" not in artifact


def test_a_member_message_gets_a_draft_filled_from_the_thread(
    drafting_model, team, agent, django_capture_on_commit_callbacks
):
    version = drafting_model
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    member = MemberFactory(first_name="Rosalind", teams=[team])
    with django_capture_on_commit_callbacks(execute=True):
        result = careteam_services.member_message_receive(
            client=client_row, member=member, idempotency_key="k", fingerprint="f",
            text="Hello, I was charged twice for my visit on May 3, claim CLM-2026-7777777.",
        )  # fmt: skip
    draft = Draft.objects.get(message=result.message)
    assert draft.version == version
    assert "duplicate" in draft.template and "{MEMBER_FIRST_NAME}" in draft.template
    assert draft.text.startswith("Hi Rosalind,")
    assert "CLAIM_NUMBER" in draft.unfilled  # the engine never invents a claim number
    assert 0 <= draft.confidence <= 1 and draft.latency_ms > 0
    assert len(draft.alternatives) <= 3
    # Running the job again changes nothing.
    assert drafting.draft_create(result.message.pk) == "exists"


def test_a_new_member_message_gets_its_topic_from_the_classifier_unless_a_person_chose_it(
    drafting_model, team, agent, django_capture_on_commit_callbacks
):
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    member = MemberFactory(teams=[team])
    result = careteam_services.member_message_receive(
        client=client_row, member=member, idempotency_key="k1", fingerprint="f1",
        text="Why was my claim denied? Something about authorization.",
    )  # fmt: skip
    thread = result.message.thread
    thread.refresh_from_db()
    assert thread.topic == Thread.Topic.DENIED_CLAIM and 0.34 < thread.topic_confidence < 1
    careteam_services.thread_topic_set(thread=thread, topic=Thread.Topic.APPEAL, actor=agent)
    careteam_services.member_message_receive(
        client=client_row, member=member, idempotency_key="k2", fingerprint="f2",
        text="Also, how much of my deductible is left this year?",
    )  # fmt: skip
    thread.refresh_from_db()
    assert (thread.topic, thread.topic_confidence) == (Thread.Topic.APPEAL, None)


def test_a_message_that_fits_no_topic_family_gets_the_topic_other(drafting_model, team, settings):
    client_row, _ = careteam_services.api_client_create(name="app", team=team)

    def topic_of(text: str, key: str) -> tuple[str, float | None]:
        result = careteam_services.member_message_receive(
            client=client_row, member=MemberFactory(teams=[team]), idempotency_key=key,
            fingerprint=key, text=text,
        )  # fmt: skip
        thread = Thread.objects.get(pk=result.message.thread_id)
        return thread.topic, thread.topic_confidence

    # No word the team's history knows: nothing to classify.
    assert topic_of("asdfjkl;; qwpoeiru", "k1") == (Thread.Topic.OTHER, 1.0)
    # An emergency is no billing question, whatever words it shares with one.
    text = "I'm having crushing chest pain right now, is the ER covered? my claim was denied"
    assert topic_of(text, "k2") == (Thread.Topic.OTHER, 1.0)
    # The likeliest family is not likely enough.
    text = "Why was my claim denied? Something about authorization."
    assert topic_of(text, "k3")[0] == Thread.Topic.DENIED_CLAIM
    settings.SUGGESTION_TOPIC_MIN_CHANCE = 0.999
    topic, confidence = topic_of(text, "k4")
    assert topic == Thread.Topic.OTHER and 0 < confidence < 1


def test_a_follow_up_after_a_reply_keeps_the_threads_topic(drafting_model, team, agent):
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    member = MemberFactory(teams=[team])
    first = careteam_services.member_message_receive(
        client=client_row, member=member, idempotency_key="k1", fingerprint="f1",
        text="Why was my claim denied? Something about authorization.",
    )  # fmt: skip
    thread = first.message.thread
    MessageFactory(thread=thread, direction="outbound", author=agent, text="It needed approval.")
    careteam_services.member_message_receive(
        client=client_row, member=member, idempotency_key="k2", fingerprint="f2",
        text="Ok. And how much of my deductible is left this year?",
    )  # fmt: skip
    thread.refresh_from_db()
    assert thread.topic == Thread.Topic.DENIED_CLAIM and thread.topic_confidence is not None


def test_a_topic_the_members_app_sent_is_kept(drafting_model, team):
    client_row, _ = careteam_services.api_client_create(name="app", team=team)
    result = careteam_services.member_message_receive(
        client=client_row, member=MemberFactory(teams=[team]), idempotency_key="k",
        fingerprint="f", text="I was charged twice for my visit.", topic=Thread.Topic.ID_CARD,
    )  # fmt: skip
    thread = result.message.thread
    thread.refresh_from_db()
    assert (thread.topic, thread.topic_set_by_person) == (Thread.Topic.ID_CARD, True)


@pytest.mark.parametrize("text", ["?", "asdfjkl;; kkkk", "....,,, ok ok the the"])
def test_a_message_with_nothing_to_answer_gets_no_draft_shown(drafting_model, team, text):
    thread = ThreadFactory(team=team, member=MemberFactory())
    message = MessageFactory(thread=thread, text=text)
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert not draft.shown and "no words" in draft.held_back
    known = MessageFactory(thread=ThreadFactory(team=team), text="deductible left?")
    drafting.draft_create(known.pk)
    assert Draft.objects.get(message=known).shown


@pytest.mark.parametrize(
    ("text", "insulting"),
    [
        ("Do you morons even read these? I need my deductible fixed", True),
        ("Worst insurer ever, pathetic. Fix my deductible", True),
        # Swearing at the team is abuse; at the claim, frustration (issue 10).
        ("you guys are full of shit, how much of my deductible is left", True),
        ("pay the damn claim already", False),
        ("answer your f***ing phone, my deductible is wrong", True),
        ("son unos ladrones! how much of my deductible is left", True),
        ("This is ridiculous and I'm upset: how much deductible is left?", False),
        ("I feel stupid asking, but how much deductible is left?", False),
    ],
)
def test_a_message_that_insults_the_team_gets_no_draft_shown(drafting_model, team, text, insulting):
    message = MessageFactory(thread=ThreadFactory(team=team), text=text)
    drafting.draft_create(message.pk)
    draft = Draft.objects.get(message=message)
    assert draft.shown is not insulting
    assert ("insults the team" in draft.held_back) is insulting


def test_a_tampered_new_model_is_refused_and_the_old_one_keeps_serving(
    drafting_model, settings, django_capture_on_commit_callbacks
):
    first = drafting_model
    assert serving_engine()[0] == first
    second = model_train(actor=None).version
    model_version_promote(version=second, actor=None)
    (settings.SUGGESTION_MODEL_DIR / second.artifact).write_bytes(b"tampered")
    version, _ = serving_engine()
    assert version == first


def test_the_draft_panel_is_for_the_threads_team_only(
    drafting_model,
    as_user,
    agent,
    outsider_agent,
    analyst,
    team,
    django_capture_on_commit_callbacks,
):
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"))
    message = MessageFactory(thread=thread, text="How much of my deductible is left?")
    assert drafting.draft_create(message.pk) == "drafted"
    url = reverse("draft-panel", args=[thread.pk])
    body = as_user(agent).get(url).content.decode()
    assert "Hi Rosalind" in body and "Use this draft" in body
    assert as_user(outsider_agent).get(url).status_code == 404
    assert as_user(analyst).get(url).status_code == 404


def test_a_draft_is_signed_by_the_agent_reading_it_not_the_assignee(
    drafting_model, team, agent, other_agent, as_user
):
    agent.first_name, other_agent.first_name = "Ana", "Bartholomew"
    agent.save()
    other_agent.save()
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"), assignee=agent)
    message = MessageFactory(thread=thread, text="How much of my deductible is left?")
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert "{AGENT_NAME}" in draft.text and "AGENT_NAME" not in draft.unfilled
    url = reverse("draft-panel", args=[thread.pk])
    body = as_user(other_agent).get(url).content.decode()
    assert "Bartholomew" in body and "Ana" not in body and "{AGENT_NAME}" not in body


def test_backfill_drafts_open_threads_once(
    drafting_model, team, as_user, agent, django_capture_on_commit_callbacks
):
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"))
    MessageFactory(thread=thread, text="How much of my deductible is left?")
    url = reverse("draft-panel", args=[thread.pk])
    assert "No draft for this message." in as_user(agent).get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("draft_open_threads")
    drafts = Draft.objects.filter(thread=thread)
    assert drafts.count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        call_command("draft_open_threads")
    assert Draft.objects.filter(thread=thread).count() == 1
    assert "Hi Rosalind" in as_user(agent).get(url).content.decode()


def test_a_model_of_an_older_engine_format_is_refused_and_the_old_one_keeps_serving(
    drafting_model,
):
    import io

    import joblib

    from suggestions.api import model_version_register
    from training.services import load_engine

    first = drafting_model
    assert serving_engine()[0] == first
    old = load_engine(first)
    old.format = 1
    buffer = io.BytesIO()
    joblib.dump(old, buffer)
    older = model_version_register(artifact=buffer.getvalue(), trained_by=None, examples=1,
                                   metrics={})  # fmt: skip
    model_version_promote(version=older, actor=None)
    assert serving_engine()[0] == first


@pytest.mark.parametrize("where", ["fitting", "writing the artifact"])
def test_an_interrupted_training_run_leaves_no_version_and_serving_unchanged(
    drafting_model, settings, monkeypatch, where
):
    import os

    import suggestions.api
    from suggestions.api import ModelVersion

    serving = drafting_model
    files = sorted(path.name for path in settings.SUGGESTION_MODEL_DIR.iterdir())

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    if where == "fitting":
        monkeypatch.setattr(suggestions.api, "engine_fit", interrupt)
    else:
        monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        model_train(actor=None)
    assert list(ModelVersion.objects.values_list("pk", flat=True)) == [serving.pk]
    assert sorted(path.name for path in settings.SUGGESTION_MODEL_DIR.iterdir()) == files
    assert serving_engine()[0] == serving


def test_confidence_is_continuous_and_never_certain(history):
    from training.services import load_engine

    engine = load_engine(model_train(actor=None).version)
    texts = ("I was charged twice", "my deductible left?", "denied for prior authorization",
             "hello", "what is an EOB", "billed twice")  # fmt: skip
    extras = ("please", "on May 3", "thanks!", "urgent", "claim CLM-2025-1")
    messages = [f"{text} {extra}" for text in texts for extra in extras]
    confidences = [engine.confidence(engine.rank(message, top=2)) for message in messages]
    assert all(0.01 <= confidence <= 0.97 for confidence in confidences)
    assert len({round(confidence, 4) for confidence in confidences}) >= 10


def test_a_topic_whose_drafts_agents_mostly_discard_stops_showing_them(
    drafting_model, team, agent, supervisor, as_user, settings
):
    from django.utils import timezone

    from suggestions.models import Outcome

    settings.SUGGESTION_TOPIC_MIN_OUTCOMES = 10
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"),
                           topic="deductible")  # fmt: skip
    for number in range(10):
        kind = "as_is" if number < 2 else "discarded"  # 20 % accepted, under the 25 % floor
        earlier = Draft.objects.create(
            message=MessageFactory(thread=thread, text="deductible?"), thread=thread, team=team,
            topic="deductible", version=drafting_model, confidence=0.5, shown=True,
            latency_ms=1.0, state="sent" if kind == "as_is" else "discarded",
            decided_at=timezone.now(),
        )  # fmt: skip
        Outcome.objects.create(
            kind=kind, draft=earlier, thread=thread, team=team, topic="deductible", agent=agent,
            version=drafting_model, decided_at=timezone.now(), first_response=True,
            reason="" if kind == "as_is" else "wrong_facts",
        )  # fmt: skip
    message = MessageFactory(thread=thread, text="How much of my deductible is left?")
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert not draft.shown and "paused" in draft.held_back
    panel = as_user(agent).get(reverse("draft-panel", args=[thread.pk])).content.decode()
    assert "drafts on this topic are paused" in panel and "Use this draft" not in panel
    dashboard = as_user(supervisor).get(reverse("acceptance-dashboard")).content.decode()
    assert "Topics with drafts paused" in dashboard and "20%" in dashboard
    # Another topic still gets its draft.
    other = ThreadFactory(team=team, member=MemberFactory(), topic="denied_claim")
    other_message = MessageFactory(thread=other, text="How much of my deductible is left?")
    drafting.draft_create(other_message.pk)
    assert Draft.objects.get(message=other_message).shown


def test_a_message_with_two_questions_gets_a_draft_that_answers_both(drafting_model, team):
    from suggestions.questions import questions_in

    text = "I was charged twice for my visit on May 3. Also, how much of my deductible is left?"
    assert len(questions_in(text)) == 2
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"))
    message = MessageFactory(thread=thread, text=text)
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert "duplicate" in draft.template and "deductible so far" in draft.template
    assert draft.template.count("{MEMBER_FIRST_NAME}") == 1  # one greeting, one sign-off
    assert draft.template.count("{AGENT_NAME}") == 1


@pytest.mark.parametrize(
    "text",
    [
        # announced as two, asked in one sentence
        "Two questions: was I charged twice for my visit on May 3, and how much of my deductible "
        "is left?",
        # dictated: the marks spelt out as words
        "I was charged twice for my visit on May 3 period also comma how much of my deductible "
        "is left question mark",
    ],
)
def test_two_questions_in_one_sentence_or_dictated_get_both_answers(drafting_model, team, text):
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"))
    message = MessageFactory(thread=thread, text=text)
    assert drafting.draft_create(message.pk) == "drafted"
    draft = Draft.objects.get(message=message)
    assert "duplicate" in draft.template and "deductible so far" in draft.template
    assert draft.template.count("{AGENT_NAME}") == 1


def test_a_sentence_asking_one_thing_twice_is_not_split():
    from suggestions.questions import questions_in

    # no word of several questions: ", and what ..." goes on with the same question
    text = "Why was my claim denied, and what can I do about it?"
    assert questions_in(text) == [text]


def test_a_question_no_reply_answers_is_named_for_the_agent(drafting_model, team, settings):
    settings.SUGGESTION_MIN_CONFIDENCE = 0.3
    text = "How much of my deductible is left? And can I get my hearing aids covered by Medicaid?"
    thread = ThreadFactory(team=team, member=MemberFactory(first_name="Rosalind"))
    message = MessageFactory(thread=thread, text=text)
    drafting.draft_create(message.pk)
    draft = Draft.objects.get(message=message)
    unanswered = [m["fragment"] for m in draft.marks if m["statement"] == "unanswered_question"]
    assert unanswered == ["And can I get my hearing aids covered by Medicaid?"]
