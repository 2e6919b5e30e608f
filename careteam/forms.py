from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from django import forms

from careteam.models import Thread
from careteam.selectors import InboxTab

MAX_TEXT = 10_000


class FixedChoiceField(forms.ChoiceField):
    """A ChoiceField whose choices are fixed with the form class: each form's copy of the field
    shares them (a tuple, so nothing changes them in place) instead of deep-copying every
    pair, which cost the inbox's filter form, built on every view, a tenth of a kept page.
    Other choices can still be given to one form's field by assigning them."""

    def __init__(self, *, choices: Sequence[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(choices=choices, **kwargs)
        self._choices = self.widget.choices = tuple(self._choices)  # type: ignore[has-type]

    def __deepcopy__(self, memo: dict[int, Any]) -> FixedChoiceField:
        copied = forms.Field.__deepcopy__(self, memo)  # the widget's copy shares the tuple
        assert isinstance(copied, FixedChoiceField)
        return copied


class InboxFilterForm(forms.Form):
    tab = FixedChoiceField(choices=InboxTab.CHOICES, required=False)
    status = FixedChoiceField(choices=[("", "Any status"), *Thread.Status.choices], required=False)
    topic = FixedChoiceField(choices=[("", "Any topic"), *Thread.Topic.choices], required=False)
    q = forms.CharField(max_length=100, required=False, strip=True, label="Search")


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Reply to member",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    # One token per composer: the server stores one reply however often it is posted.
    send_token = forms.UUIDField(widget=forms.HiddenInput, required=False)
    # Which drafted reply the text started from (set when the agent takes a draft).
    draft_ref = forms.CharField(widget=forms.HiddenInput, required=False, max_length=40)
    # The server's token for the concerns the agent saw and confirmed.
    confirmation = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)
    # The newest message of the thread when this composer was drawn: a colleague's reply after
    # it is said before this one is sent (services.ReplyCollision).
    seen_up_to = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("initial", {"send_token": uuid.uuid4()})
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


class NoteForm(forms.Form):
    note = forms.CharField(
        label="Internal note (never sent to the member)",
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ShortcutsForm(forms.Form):
    keyboard_shortcuts = forms.BooleanField(
        required=False,
        label="Use single-key shortcuts (j, k, o, r, u, d, m, e, g i, / and ?)",
    )


class AuditFilterForm(forms.Form):
    member = forms.CharField(max_length=32, required=False, label="Member id")
    staff = forms.CharField(max_length=150, required=False, label="Staff username")
    since = forms.DateField(required=False, label="From", widget=forms.DateInput({"type": "date"}))
    until = forms.DateField(required=False, label="To", widget=forms.DateInput({"type": "date"}))


class RosterImportForm(forms.Form):
    file = forms.FileField(
        label="Roster file (X12 834, FHIR bundle of Patient and Coverage, or the roster CSV)",
        allow_empty_file=False,
    )
