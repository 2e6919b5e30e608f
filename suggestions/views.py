"""The drafted-reply panel that the thread page loads with htmx."""

from __future__ import annotations

import re

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_GET

from careteam import api as careteam_api
from suggestions import selectors
from suggestions.registry import active_version

_TOKEN = re.compile(r"\{([A-Z_]+)\}")


def highlight_unfilled(text: str) -> SafeString:
    """Escape the draft, then mark each placeholder the records could not fill."""
    return mark_safe(  # noqa: S308 (escaped first; only our own <mark> is added)
        _TOKEN.sub(r'<mark class="unfilled">{\1}</mark>', str(escape(text)))
    )


def _drafting(thread_id: int) -> bool:
    message_id = careteam_api.latest_member_message_id(thread_id=thread_id)
    return message_id is not None and careteam_api.job_pending(key=f"draft_reply:{message_id}")


def _signed(text: str, signer: str) -> str:
    """A draft made before anyone took the thread is signed by the agent reading it."""
    return text.replace("{AGENT_NAME}", signer) if signer else text


@require_GET
def draft_panel(request: HttpRequest, thread_id: int) -> HttpResponse:
    user = request.user
    facts = careteam_api.thread_facts_for_user(user=user, thread_id=thread_id)  # 404 outsiders
    draft = selectors.latest_draft(thread_id=thread_id)
    background = request.headers.get("X-Background-Poll") == "1"
    if draft is not None and draft.shown and not background:
        careteam_api.audit_record(
            actor=user, action="view_thread", member_pk=facts.member.member_pk, obj=draft,
            detail="draft panel", request=request,
        )  # fmt: skip
    signer = getattr(user, "first_name", "")
    text = _signed(draft.text, signer) if draft else ""
    alternatives = [
        {**alternative, "text": _signed(alternative["text"], signer)}
        for alternative in (draft.alternatives if draft else [])
    ]
    context = {
        "thread_id": thread_id,
        "draft": draft,
        "draft_text": text,
        "draft_html": highlight_unfilled(text),
        "unfilled": sorted(set(_TOKEN.findall(text))),
        "alternatives": [{**alt, "html": highlight_unfilled(alt["text"])} for alt in alternatives],
        "model_active": active_version() is not None,
        "waiting": draft is None and _drafting(thread_id),
    }
    return TemplateResponse(request, "suggestions/draft_panel.html", context)
