"""The drafted-reply panel that the thread page loads with htmx, and the agent's decisions."""

from __future__ import annotations

import io
import uuid

from django.conf import settings
from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET, require_POST

from careteam import api as careteam_api
from suggestions import charts, dashboard, drafting, review, selectors
from suggestions.forms import DashboardFilterForm
from suggestions.models import Draft, Outcome
from suggestions.registry import active_version
from suggestions.templating import PLACEHOLDER_SHAPE


def highlight_unfilled(text: str) -> SafeString:
    """Escape the draft, then mark each placeholder the records could not fill."""
    return careteam_api.mark_matches(text, PLACEHOLDER_SHAPE, "unfilled")


def _next_attempt_pending(message_id: int | None, draft: Draft | None) -> bool:
    if message_id is None:
        return False
    attempt = draft.attempt + 1 if draft is not None else 1
    return careteam_api.job_pending(key=drafting.draft_job_key(message_id, attempt))


def confidence_words(confidence: float) -> str:
    """What the calibrated chance means for the agent, beside the number."""
    if confidence >= 0.75:
        return "likely right as it is"
    if confidence >= 0.5:
        return "may need small edits"
    if confidence >= 0.3:
        return "check it closely"
    return "a guess: read it carefully"


def _panel_context(request: careteam_api.StaffRequest, thread_id: int) -> dict[str, object]:
    user = request.user
    facts = careteam_api.thread_facts_for_user(user=user, thread_id=thread_id)  # 404 outsiders
    message_id = careteam_api.latest_member_message_id(thread_id=thread_id)
    draft = selectors.latest_draft(message_id=message_id)
    background = careteam_api.is_background_poll(request)
    reviewable = draft is not None and draft.shown and draft.state == Draft.State.DRAFTED
    if draft is not None and draft.shown and not background:
        careteam_api.audit_record(
            actor=user,
            action=careteam_api.AuditAction.VIEW_THREAD,
            member_pk=facts.member.member_pk,
            obj=draft,
            detail="draft panel",
            request=request,
        )
        if reviewable:
            review.draft_mark_shown(draft=draft)
    signer = getattr(user, "first_name", "")
    text = review.sign_draft(draft.text, signer) if draft else ""
    options = []
    if draft is not None:
        for index, alternative in enumerate(draft.alternatives, start=1):
            alternative_text = review.sign_draft(alternative["text"], signer)
            options.append(
                {
                    "ref": f"{draft.pk}.{index}",
                    "text": alternative_text,
                    "html": highlight_unfilled(alternative_text),
                    "score": alternative["score"],
                }
            )
    waiting = _next_attempt_pending(message_id, draft) if draft is None or not reviewable else False
    return {
        "thread_id": thread_id,
        "thread_closed": facts.status == "closed",
        "draft": draft,
        "reviewable": reviewable,
        "draft_ref": str(draft.pk) if draft else "",
        "draft_text": text,
        "confidence_words": confidence_words(draft.confidence) if draft else "",
        "draft_html": highlight_unfilled(text),
        "unfilled": sorted(set(PLACEHOLDER_SHAPE.findall(text))),
        "alternatives": options,
        "discard_reasons": [
            (value, label) for value, label in Outcome.Reason.choices if value != "new_draft"
        ],
        "can_regenerate": draft is not None and draft.attempt < settings.SUGGESTION_MAX_ATTEMPTS,
        "model_active": active_version() is not None,
        "waiting": waiting,
    }


@require_GET
def draft_panel(request: careteam_api.StaffRequest, thread_id: int) -> HttpResponse:
    context = _panel_context(request, thread_id)
    if request.htmx:
        return TemplateResponse(request, "suggestions/draft_panel.html", context)
    # Without JavaScript the panel is a page of its own, with a reply form that starts from it.
    return TemplateResponse(
        request, "suggestions/draft_page.html", {**context, "send_token": uuid.uuid4()}
    )


def _after_decision(
    request: careteam_api.StaffRequest, thread_id: int, *, status: int = 200
) -> HttpResponse:
    if request.htmx:
        return TemplateResponse(
            request,
            "suggestions/draft_panel.html",
            _panel_context(request, thread_id),
            status=status,
        )
    return redirect("thread", thread_id=thread_id)


def _require_worker(request: careteam_api.StaffRequest, thread_id: int) -> None:
    """404 unless the user works this thread (roles that work no threads see none)."""
    careteam_api.thread_facts_for_user(user=request.user, thread_id=thread_id)


@require_POST
def draft_discard(
    request: careteam_api.StaffRequest, thread_id: int, draft_id: int
) -> HttpResponse:
    _require_worker(request, thread_id)
    try:
        review.draft_discard(
            draft_id=draft_id,
            thread_id=thread_id,
            agent=request.user,
            reason=request.POST.get("reason", ""),
        )
    except review.DraftStateError as error:
        flash.error(request, error.message)
        return _after_decision(request, thread_id, status=409)
    flash.success(request, "Draft discarded. Thank you: it helps the next model.")
    return _after_decision(request, thread_id)


@require_POST
def draft_regenerate(
    request: careteam_api.StaffRequest, thread_id: int, draft_id: int
) -> HttpResponse:
    _require_worker(request, thread_id)
    try:
        review.draft_regenerate(draft_id=draft_id, thread_id=thread_id, agent=request.user)
    except review.DraftStateError as error:
        flash.error(request, error.message)
        return _after_decision(request, thread_id, status=409)
    return _after_decision(request, thread_id)


# --- The supervisors' acceptance dashboard (figures only, never member text) -------------------


def _dashboard_filters(
    request: careteam_api.StaffRequest,
) -> tuple[DashboardFilterForm, dashboard.Filters, list[careteam_api.StaffMember]]:
    user = request.user
    if not careteam_api.user_can_view_dashboards(user):
        raise PermissionDenied("Your role does not see the dashboards.")
    team_ids = careteam_api.dashboard_team_ids(user=user)
    agents = careteam_api.team_staff(team_ids=team_ids)
    form = DashboardFilterForm(request.GET, agents=agents)
    data = form.cleaned_data if form.is_valid() else {}
    default_since, default_until = dashboard.default_range()
    until = data.get("until") or default_until
    since = data.get("since") or (until - (default_until - default_since))
    filters = dashboard.Filters(
        team_ids=tuple(team_ids),
        since=since,
        until=until,
        topic=data.get("topic") or "",
        agent_id=data.get("agent"),
        bucket=data.get("bucket") or "day",
    )
    return form, filters, agents


@require_GET
def acceptance_dashboard(request: careteam_api.StaffRequest) -> HttpResponse:
    form, filters, agents = _dashboard_filters(request)
    with dashboard.reporting():
        timeline = dashboard.over_time(filters)
        headline = dashboard.headline(filters)
        gates = dashboard.topic_gate_rows(filters)
        tables = [
            ("agent", "By agent", dashboard.by_agent(filters, agents)),
            ("topic", "By topic", dashboard.by_topic(filters)),
            ("version", "By model version", dashboard.by_version(filters)),
        ]
    context = {
        "form": form,
        "filters": filters,
        "headline": headline,
        "timeline": timeline,
        "chart": charts.stacked_bars(timeline),
        "tables": tables,
        "paused": [row for row in gates if row.threshold is None],
        "raised": [row for row in gates if row.threshold is not None],
        "min_accepted": settings.SUGGESTION_TOPIC_MIN_ACCEPTED,
        "kinds": [(kind.value, kind.label) for kind in dashboard.DECISIONS],
        "query": request.GET.urlencode(),
    }
    template = "suggestions/dashboard.html"
    if request.htmx and request.htmx.target == "dashboard-figures":
        template += "#figures"
    return TemplateResponse(request, template, context)


@require_GET
def acceptance_export(request: careteam_api.StaffRequest) -> HttpResponse:
    _, filters, agents = _dashboard_filters(request)
    buffer = io.StringIO()
    writer = careteam_api.csv_writer(buffer)
    kinds = [kind.value for kind in dashboard.DECISIONS]
    writer.writerow(["section", "key", "label", *kinds, "decided", "accepted_share",
                     "median_similarity", "median_seconds_to_send"])  # fmt: skip
    with dashboard.reporting():
        headline = dashboard.headline(filters)
        sections = [
            ("total", [headline.totals]),
            (f"per_{filters.bucket}", dashboard.over_time(filters)),
            ("agent", dashboard.by_agent(filters, agents)),
            ("topic", dashboard.by_topic(filters)),
            ("version", dashboard.by_version(filters)),
        ]
    for section, rows in sections:
        for row in rows:
            writer.writerow([
                section, row.key, row.label,
                *(row.counts[kind] for kind in kinds), row.decided, _figure(row.accepted),
                _figure(row.median_similarity), _figure(row.median_seconds_to_send),
            ])  # fmt: skip
    writer.writerow(["messages", "member_messages", "Member messages", *[""] * len(kinds),
                     headline.member_messages, "", "", ""])  # fmt: skip
    writer.writerow(["messages", "with_draft", "Member messages with a draft",
                     *[""] * len(kinds), headline.messages_with_draft,
                     _figure(headline.draft_share), "", ""])  # fmt: skip
    for key, seconds in headline.response_seconds.items():
        writer.writerow(["first_response", key, f"Median seconds to first response ({key})",
                         *[""] * len(kinds), "", "", "", _figure(seconds)])  # fmt: skip
    response = HttpResponse(buffer.getvalue(), content_type="text/csv")
    name = f"acceptance-{filters.since.isoformat()}-{filters.until.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _figure(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
