"""The inbox rows, messages, menus and buttons written in Python (careteam/templatetags/
console_markup.py) are byte for byte what the template loops they replaced wrote, for varied
rows, hostile member text, another time zone and every message kind.

The templates below are the replaced markup, verbatim from templates/careteam/inbox.html,
thread.html and _action.html before the change."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.template import Context, Template, engines
from django.utils import timezone

from careteam import selectors
from careteam.forms import InboxFilterForm, NoteForm, ReplyForm
from careteam.models import Message, Thread
from careteam.roles import Role
from careteam.templatetags import console_markup
from tests.careteam.test_xss_corpus import PAYLOADS
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db

INBOX_ROWS = """{% load member_text service_levels %}{% for thread in page.object_list %}
        <tr id="thread-row-{{ thread.pk }}" class="priority-{{ thread.priority }}{% if thread.due_by and thread.due_by < now %} overdue{% endif %}">
          <td data-label="Member"><a href="{% url 'thread' thread.pk %}"><bdi>{{ thread.member.first_name|bidi_visible }} {{ thread.member.last_name|bidi_visible }}</bdi></a><br><span class="muted">{{ thread.member.member_id }}</span></td>
          <td data-label="Subject"><strong><bdi>{{ thread.subject|bidi_visible }}</bdi></strong>{% if thread.preview %}<br><span class="preview"><bdi>{{ thread.preview|bidi_visible }}</bdi></span>{% endif %}</td>
          <td data-label="Topic"><span class="tag">{{ thread.get_topic_display }}</span>{% if thread.language %} <span class="tag" title="Language">{{ thread.language|upper }}</span>{% endif %}</td>
          <td data-label="Status"><span class="status status-{{ thread.status }}">{{ thread.get_status_display }}</span>{% if thread.priority >= 2 %} <span class="tag tag-warn">{{ thread.get_priority_display }}</span>{% endif %}{% if thread.triage_kind %} <span class="tag tag-warn">{{ thread.get_triage_kind_display }}</span>{% endif %}{% if thread.due_by and thread.due_by < now %} <span class="tag tag-overdue">Overdue</span>{% endif %}</td>
          <td data-label="Assignee">{{ thread.assignee.display_name|default:"—" }}</td>
          <td data-label="Last activity"><time datetime="{{ thread.last_message_at|date:'c' }}">{{ thread.last_message_at|date:"M j, H:i" }}</time>{% if thread.due_by %}<br><span class="{% if thread.due_by < now %}tag tag-warn{% else %}muted{% endif %}" title="Reply due {{ thread.due_by|date:'M j, H:i' }}"><time datetime="{{ thread.due_by|date:'c' }}">{{ thread.due_by|time_left:now }}</time></span>{% endif %}</td>
        </tr>
      {% endfor %}"""  # noqa: E501

MESSAGES = """{% load member_text %}{% for message in conversation %}
        <li class="message message-{{ message.direction }}" id="message-{{ message.pk }}" tabindex="-1">
          <div class="message-meta">
            {% if message.direction == "inbound" %}<strong><bdi>{{ member.first_name|bidi_visible }} {{ member.last_name|bidi_visible }}</bdi></strong> (member)
            {% elif message.direction == "note" %}<strong>{{ message.author.display_name }}</strong> · internal note
            {% else %}<strong>{{ message.author.display_name }}</strong> to member{% endif %}
            · <time datetime="{{ message.created_at|date:'c' }}">{{ message.created_at|date:"M j, Y H:i" }}</time>
            {% if message.triage_kind %}· <span class="tag tag-warn">{{ message.get_triage_kind_display }}</span>{% endif %}
            {% if message.direction == "outbound" %}· <span class="delivery delivery-{{ message.delivery_status }}">{{ message.get_delivery_status_display }}</span>{% endif %}
          </div>
          <div class="message-text" dir="auto">{{ message.text|bidi_visible|linebreaksbr }}</div>
        </li>
        {% empty %}
        <li class="empty">No messages yet.</li>
        {% endfor %}"""  # noqa: E501

ACTION = """<form method="post" action="{% url 'thread-action' thread.pk action %}" hx-post="{% url 'thread-action' thread.pk action %}" hx-target="#thread-main" hx-swap="morph" class="inline" data-action="{{ action }}">{% csrf_token %}<button type="submit">{{ label }}</button></form>"""  # noqa: E501

COLLEAGUES = """{% for colleague in colleagues %}<option value="{{ colleague.pk }}"{% if colleague.pk == thread.assignee_id %} selected{% endif %}>{{ colleague.display_name }}</option>{% endfor %}"""  # noqa: E501

TOPICS = """{% for value, label in topics %}<option value="{{ value }}"{% if value == thread.topic %} selected{% endif %}>{{ label }}</option>{% endfor %}"""  # noqa: E501


def old(source: str, **context: object) -> str:
    return engines["django"].from_string(source).render(context)


def new(source: str, **context: object) -> str:
    return Template("{% load console_markup %}" + source).render(Context(context))


TEXTS = [
    "Plain words",
    "Line one\r\nline two\rline three\nend",
    "\u202eexe.pdf\u202c and \u2066isolated\u2069 \u200fmark",
    "Ampersand & 'quotes' \"double\" <tags>",
    *PAYLOADS,
]


@pytest.fixture
def varied_threads(team):
    now = timezone.now()
    agent = UserFactory(first_name="Ana <b>", last_name="O'Neil & co", team=team)
    nameless = UserFactory(username="agent<script>", first_name="", last_name="", team=team)
    kinds = itertools.cycle(
        [
            {"priority": priority, "triage_kind": triage, "language": language}
            for priority, triage, language in itertools.product(
                [p for p, _ in Thread.Priority.choices],
                ["", *[kind for kind, _ in Thread.Triage.choices]],
                ["", "es", "<x>"],
            )
        ]
    )
    dues = itertools.cycle([None, now + dt.timedelta(hours=3), now - dt.timedelta(minutes=7)])
    assignees = itertools.cycle([None, agent, nameless])
    statuses = itertools.cycle([s for s, _ in Thread.Status.choices])
    topics = itertools.cycle([t for t, _ in Thread.Topic.choices])
    threads = []
    for number, text in enumerate(TEXTS * 2):
        member = MemberFactory(
            first_name=text[:60], last_name=TEXTS[-number % len(TEXTS)][:60],
            member_id=f"M{number}{text[:8]}", teams=[team],
        )  # fmt: skip
        thread = ThreadFactory(
            team=team, member=member, subject=text[:200], status=next(statuses),
            topic=next(topics), assignee=next(assignees), due_by=next(dues),
            last_message_at=now - dt.timedelta(days=number * 17, minutes=number),
            **next(kinds),
        )  # fmt: skip
        thread.preview = "" if number % 4 == 0 else TEXTS[(number * 3) % len(TEXTS)]
        threads.append(thread)
    return threads, now


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Kolkata"])
def test_inbox_rows_are_the_template_rows(varied_threads, zone):
    threads, now = varied_threads
    with timezone.override(zone):
        expected = old(INBOX_ROWS, page={"object_list": threads}, now=now)
        written = new("{% inbox_rows threads now %}", threads=threads, now=now)
    assert "&lt;script&gt;" in written and "<script>" not in written
    assert written == expected
    assert new("{% inbox_rows threads now %}", threads=[], now=now) == old(
        INBOX_ROWS, page={"object_list": []}, now=now
    )


@pytest.mark.parametrize("zone", ["UTC", "America/New_York"])
def test_messages_are_the_template_messages(team, zone):
    member = MemberFactory(first_name="<img src=x onerror=alert(1)>", last_name="\u202eRosa")
    thread = ThreadFactory(team=team, member=member)
    author = UserFactory(first_name='Ben "B"', last_name="<i>", team=team)
    kinds = itertools.cycle(
        [
            {"direction": direction, "delivery_status": delivery, "triage_kind": triage}
            for direction, delivery, triage in itertools.product(
                [d for d, _ in Message.Direction.choices],
                [d for d, _ in Message.Delivery.choices],
                ["", *[kind for kind, _ in Thread.Triage.choices]],
            )
        ]
    )
    now = timezone.now()
    for number, text in enumerate(TEXTS * 3):
        kind = next(kinds)
        MessageFactory(
            thread=thread, text=text, created_at=now - dt.timedelta(days=number * 29, hours=number),
            author=None if kind["direction"] == "inbound" else author, **kind,
        )  # fmt: skip
    conversation = list(thread.messages.select_related("author").order_by("created_at", "pk"))
    assert {m.direction for m in conversation} == {d for d, _ in Message.Direction.choices}
    with timezone.override(zone):
        expected = old(MESSAGES, conversation=conversation, member=member)
        written = new(
            "{% conversation_messages conversation member %}",
            conversation=conversation,
            member=member,
        )
    assert "onerror=alert" in written and "<img" not in written
    assert written == expected
    assert new("{% conversation_messages conversation member %}", conversation=[],
               member=member) == old(MESSAGES, conversation=[], member=member)  # fmt: skip


def test_menus_and_buttons_are_the_template_ones(team):
    thread = ThreadFactory(team=team, topic=Thread.Topic.EOB_QUESTION)
    colleagues = [
        UserFactory(first_name="<Zed>", last_name="&", team=team, role=Role.CARE_AGENT),
        UserFactory(first_name="", last_name="", username="plain", team=team, role=Role.CARE_AGENT),
        UserFactory(first_name=" Ann ", last_name="", team=team, role=Role.SUPERVISOR),
        UserFactory(first_name="", last_name="Lee", team=team, role=Role.CARE_AGENT),
    ]
    UserFactory(first_name="Not", last_name="Assignable", team=team)  # no role that works threads
    # The assign menu is built from (id, name) pairs read without Users: the same menu as the
    # template's loop over the Users themselves.
    choices = selectors.assignable_staff_choices(thread=thread)
    users = list(selectors.assignable_staff(thread=thread))
    assert [pk for pk, _ in choices] == [user.pk for user in users]
    assert {user.pk for user in users} == {user.pk for user in colleagues}
    assert choices == selectors.assignable_staff_choices_orm(thread=thread)
    for assignee in [None, *colleagues]:
        thread.assignee = assignee
        assert new(
            "{% options colleagues thread.assignee_id %}", colleagues=choices, thread=thread
        ) == old(COLLEAGUES, colleagues=users, thread=thread)  # fmt: skip
    for topic in [None, *Thread.Topic.values, "not-a-topic", "<b>"]:
        thread.topic = topic
        expected = old(TOPICS, topics=Thread.Topic.choices, thread=thread)
        assert (
            new("{% options topics thread.topic %}", topics=Thread.Topic.choices, thread=thread)
            == expected
        )
        # Drawn once per language and topic: the first draw and the kept one alike.
        for _ in range(2):
            assert new("{% topic_options thread.topic %}", thread=thread) == expected
    for action, label in [("close", "Close"), ("assign-to-me", "Assign to me & <go>")]:
        for token in ["a-token<'\">", "RealLooking0123", None]:
            context = {"thread": thread, "action": action, "label": label}
            if token:
                context["csrf_token"] = token
            expected = Template(ACTION).render(Context(context))
            written = new("{% thread_action thread action label %}", **context)
            assert written == expected


@pytest.mark.parametrize(
    "form",
    [
        InboxFilterForm({}),
        InboxFilterForm({"status": "open", "topic": Thread.Topic.EOB_QUESTION}),
        InboxFilterForm({"status": "<script>", "topic": 'x" onload="y'}),
        InboxFilterForm({"status": "", "topic": ""}),
        ReplyForm(initial={"send_token": "abc", "seen_up_to": 3}),
        ReplyForm({"text": "<b>typed</b>"}),
        ReplyForm({"text": ""}),
        NoteForm(),
        NoteForm({"note": ""}),
    ],
)
def test_kept_widgets_are_what_the_form_draws(form):
    form.is_valid()
    for name in form.fields:
        field = form[name]
        drawn = str(field)
        assert console_markup.widget(field) == drawn
        assert console_markup.widget(field) == drawn  # kept or drawn again: the same


def test_only_values_a_user_cannot_choose_freely_are_kept():
    console_markup._WIDGETS.clear()
    for value in ["<script>", "anything", "open"]:
        form = InboxFilterForm({"status": value})
        form.is_valid()
        console_markup.widget(form["status"])
    form = ReplyForm({"text": "secret words"})
    console_markup.widget(form["text"])
    kept = {key[-1] for key in console_markup._WIDGETS}
    assert kept == {"open"}
