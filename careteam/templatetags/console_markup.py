"""The inbox rows, a thread's messages and the small forms of the thread page, written in
Python: the same bytes the templates' loops wrote (tests/careteam/test_console_markup.py
renders both and compares), at a fraction of the template engine's cost per row.

Every value from the database is escaped exactly as `{{ value }}` escapes it
under autoescaping, and member text is made bidi-visible first; only the fixed markup written
here is trusted. Dates are in the current time zone, as the templates' `date` filter puts them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from functools import cache

from django import template
from django.conf import settings
from django.db.models import Field, Model
from django.forms import BoundField
from django.template.context import Context
from django.template.defaulttags import CsrfTokenNode
from django.urls import get_script_prefix, reverse
from django.utils import timezone, translation
from django.utils.dates import MONTHS_3
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import normalize_newlines

from careteam.models import Message, Thread, User
from careteam.templatetags.member_text import bidi_visible
from careteam.templatetags.service_levels import time_left

register = template.Library()


def _e(value: object) -> str:
    """`{{ value }}` under autoescaping (None renders empty): conditional_escape without its
    lazy-argument wrapper, which cost more than the escaping itself."""
    if value is None:
        return ""
    if isinstance(value, Promise):
        value = str(value)
    if hasattr(value, "__html__"):
        return str(value.__html__())
    return html.escape(str(value))


def _member_text(value: object) -> str:
    """`{{ value|bidi_visible }}`."""
    return html.escape(bidi_visible(value))


class _Dates:
    """The templates' `date` filter for the formats these pages use, in the current time zone
    (read once per render, as are the month names)."""

    def __init__(self) -> None:
        self.zone = timezone.get_current_timezone() if settings.USE_TZ else None
        self.months = [""] + [str(MONTHS_3[month]).title() for month in range(1, 13)]

    def local(self, value: datetime) -> datetime:
        if self.zone is not None and timezone.is_aware(value):
            return value.astimezone(self.zone)
        return value

    def iso(self, value: datetime) -> str:
        """`{{ value|date:'c' }}`."""
        return self.local(value).isoformat()

    def day_time(self, value: datetime) -> str:
        """`{{ value|date:"M j, H:i" }}`."""
        local = self.local(value)
        return f"{self.months[local.month]} {local.day}, {local.hour:02d}:{local.minute:02d}"

    def day_year_time(self, value: datetime) -> str:
        """`{{ value|date:"M j, Y H:i" }}`."""
        local = self.local(value)
        return (
            f"{self.months[local.month]} {local.day}, {local.year:04d} "
            f"{local.hour:02d}:{local.minute:02d}"
        )


@cache
def _choice_labels(model: type[Model], field_name: str) -> dict[object, object]:
    """A field's value -> label, as get_FOO_display() looks it up (labels stay lazy)."""
    field = model._meta.get_field(field_name)
    assert isinstance(field, Field)
    return dict(field.flatchoices)


def _label(instance: Model, field_name: str) -> str:
    """`{{ instance.get_FOO_display }}`: the label, or the value itself when it has none."""
    value = getattr(instance, field_name)
    return _e(_choice_labels(type(instance), field_name).get(value, value))


def _display_name(user: User | None) -> str:
    return user.display_name if user is not None else ""


@cache
def _thread_url_parts(script_prefix: str) -> tuple[str, str]:
    """The thread page's URL around its id, reversed once per script prefix: `{% url 'thread'
    pk %}` per row costs a resolver walk each."""
    marker = 987654321
    before, _, after = reverse("thread", args=[marker]).partition(str(marker))
    return _e(before), _e(after)  # escaped as `{% url %}` escapes


@register.simple_tag
def inbox_rows(threads: Iterable[Thread], now: datetime) -> SafeString:
    """The `<tr>` of each listed thread (templates/careteam/inbox.html)."""
    dates = _Dates()
    url_before, url_after = _thread_url_parts(get_script_prefix())
    parts = []
    for thread in threads:
        member = thread.member
        due_by = thread.due_by
        overdue = bool(due_by and due_by < now)
        status = [
            f'<span class="status status-{_e(thread.status)}">{_label(thread, "status")}</span>'
        ]
        if thread.priority >= 2:
            status.append(f' <span class="tag tag-warn">{_label(thread, "priority")}</span>')
        if thread.triage_kind:
            status.append(f' <span class="tag tag-warn">{_label(thread, "triage_kind")}</span>')
        if overdue:
            status.append(' <span class="tag tag-overdue">Overdue</span>')
        preview = getattr(thread, "preview", None)
        activity = (
            f'<time datetime="{dates.iso(thread.last_message_at)}">'
            f"{dates.day_time(thread.last_message_at)}</time>"
        )
        if due_by:
            activity += (
                f'<br><span class="{"tag tag-warn" if due_by < now else "muted"}" '
                f'title="Reply due {dates.day_time(due_by)}"><time datetime="{dates.iso(due_by)}">'
                f"{_e(time_left(due_by, now))}</time></span>"
            )
        parts.append(
            f'\n        <tr id="thread-row-{thread.pk}" class="priority-{_e(thread.priority)}'
            f'{" overdue" if overdue else ""}">\n'
            f'          <td data-label="Member"><a href="{url_before}{thread.pk}{url_after}"><bdi>'
            f"{_member_text(member.first_name)} {_member_text(member.last_name)}</bdi></a><br>"
            f'<span class="muted">{_e(member.member_id)}</span></td>\n'
            f'          <td data-label="Subject"><strong><bdi>{_member_text(thread.subject)}'
            f"</bdi></strong>"
            + (
                f'<br><span class="preview"><bdi>{_member_text(preview)}</bdi></span>'
                if preview
                else ""
            )
            + "</td>\n"
            f'          <td data-label="Topic"><span class="tag">{_label(thread, "topic")}</span>'
            + (
                f' <span class="tag" title="Language">{_e(thread.language.upper())}</span>'
                if thread.language
                else ""
            )
            + "</td>\n"
            f'          <td data-label="Status">{"".join(status)}</td>\n'
            f'          <td data-label="Assignee">'
            f"{_e(_display_name(thread.assignee) or '—')}</td>\n"
            f'          <td data-label="Last activity">{activity}</td>\n'
            "        </tr>\n      "
        )
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)


def _message_meta(message: Message, member_name: str, dates: _Dates) -> str:
    if message.direction == Message.Direction.INBOUND:
        author = f"<strong><bdi>{member_name}</bdi></strong> (member)\n            "
    elif message.direction == Message.Direction.NOTE:
        author = (
            f"<strong>{_e(_display_name(message.author))}</strong> · internal note\n            "
        )
    else:
        author = f"<strong>{_e(_display_name(message.author))}</strong> to member"
    triage = (
        f'· <span class="tag tag-warn">{_label(message, "triage_kind")}</span>'
        if message.triage_kind
        else ""
    )
    delivery = (
        f'· <span class="delivery delivery-{_e(message.delivery_status)}">'
        f"{_label(message, 'delivery_status')}</span>"
        if message.direction == Message.Direction.OUTBOUND
        else ""
    )
    return (
        f"{author}\n"
        f'            · <time datetime="{dates.iso(message.created_at)}">'
        f"{dates.day_year_time(message.created_at)}</time>\n"
        f"            {triage}\n"
        f"            {delivery}\n"
    )


def _message_text(text: str) -> str:
    """`{{ text|bidi_visible|linebreaksbr }}`."""
    return _member_text(normalize_newlines(text)).replace("\n", "<br>")


@register.simple_tag
def conversation_messages(conversation: Iterable[Message], member: object) -> SafeString:
    """The `<li>` of each message shown (templates/careteam/thread.html), or the empty line."""
    dates = _Dates()
    member_name = (
        f"{_member_text(getattr(member, 'first_name', ''))} "
        f"{_member_text(getattr(member, 'last_name', ''))}"
    )
    parts = [
        f'\n        <li class="message message-{_e(message.direction)}" id="message-{message.pk}"'
        ' tabindex="-1">\n'
        '          <div class="message-meta">\n'
        f"            {_message_meta(message, member_name, dates)}"
        "          </div>\n"
        f'          <div class="message-text" dir="auto">{_message_text(message.text)}</div>\n'
        "        </li>\n        "
        for message in conversation
    ]
    if not parts:
        parts = ['\n        <li class="empty">No messages yet.</li>\n        ']
    return mark_safe("".join(parts))  # noqa: S308 (every value above is escaped)


@cache
def _action_url_parts(script_prefix: str, action: str) -> tuple[str, str]:
    """A thread action's URL around the thread's id, reversed once per prefix and action (the
    actions are the templates' own words)."""
    marker = 987654321
    before, _, after = reverse("thread-action", args=[marker, action]).partition(str(marker))
    return _e(before), _e(after)  # escaped as `{% url %}` escapes


@register.simple_tag
def topic_options(selected: object) -> SafeString:
    """`{% options topics thread.topic %}` over Thread.Topic.choices, drawn once per language
    and topic (any other value is drawn each time, as `options` draws it)."""
    if selected not in Thread.Topic.values:
        return options(Thread.Topic.choices, selected)
    return _topic_options(translation.get_language(), selected)


@cache
def _topic_options(language: str | None, selected: str) -> SafeString:
    return options(Thread.Topic.choices, selected)


@register.simple_tag
def options(choices: Iterable[tuple[object, object]], selected: object) -> SafeString:
    """`<option>`s of (value, label) pairs, the one equal to `selected` selected."""
    return mark_safe(  # noqa: S308 (values and labels are escaped)
        "".join(
            f'<option value="{_e(value)}"{" selected" if value == selected else ""}>'
            f"{_e(label)}</option>"
            for value, label in choices
        )
    )


@register.simple_tag(takes_context=True)
def thread_action(context: Context, thread: Thread, action: str, label: str) -> SafeString:
    """templates/careteam/_action.html: one button that posts a thread action."""
    before, after = _action_url_parts(get_script_prefix(), action)
    url = f"{before}{thread.pk}{after}"
    return mark_safe(  # noqa: S308 (the URL, action and label are escaped; the token is Django's)
        f'<form method="post" action="{url}" hx-post="{url}" hx-target="#thread-main" '
        f'hx-swap="morph" class="inline" data-action="{_e(action)}">'
        f"{_CSRF_TOKEN.render(context)}"
        f'<button type="submit">{_e(label)}</button></form>'
    )


_CSRF_TOKEN = CsrfTokenNode()

# Widgets whose markup does not depend on the request: a filter menu at one of its own choices,
# an empty text box. Django renders each through its form templates (about half a millisecond a
# menu); the same bytes are kept here, keyed by everything they are drawn from. Values outside
# the field's choices (anything a URL can carry) are never kept, so the cache stays this small.
# Only for forms whose fields and widgets are the class's own (no per-instance changes): the
# key is the form class, not the instance.
_WIDGETS: dict[tuple[object, ...], SafeString] = {}


@register.filter
def widget(field: BoundField) -> str:
    """`{{ field }}`, kept once drawn when it shows no value typed or chosen by a user."""
    value = field.value()
    keepable = not field.errors and (
        value in (None, "")
        or (
            isinstance(value, str)
            and value in {str(choice) for choice, _ in getattr(field.field, "choices", ())}
        )
    )
    if not keepable:
        return str(field)
    key = (
        type(field.form),
        field.form.prefix,
        field.form.auto_id,
        field.form.is_bound,
        field.name,
        value,
    )
    drawn = _WIDGETS.get(key)
    if drawn is None:
        drawn = _WIDGETS[key] = SafeString(str(field))
    return drawn
