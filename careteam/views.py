"""Pages for staff. Thin: parse input, call a selector or service, render a page or a partial."""

from __future__ import annotations

import io
import sys
import uuid
from collections.abc import Iterable, Iterator
from typing import Any, TypedDict
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.forms import Form
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseServerError,
    StreamingHttpResponse,
)
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from careteam import (
    conversations,
    kept_pages,
    listings,
    roles,
    routing,
    safety,
    selectors,
    services,
    sla,
)
from careteam import queue_health as health_figures
from careteam.exports import csv_writer
from careteam.forms import (
    AuditFilterForm,
    InboxFilterForm,
    NoteForm,
    ReplyForm,
    RosterImportForm,
    ShortcutsForm,
)
from careteam.marking import mark_fragments
from careteam.middleware import (
    POLL_VERSION_HEADER,
    database_unavailable_response,
    is_background_poll,
)
from careteam.models import AgentProfile, AuditEvent, Team, Thread, User
from careteam.page_ids import CONVERSATION, SHOW_EARLIER, THREAD_LIST
from careteam.roster import MAX_UPLOAD_BYTES, Problem, RosterImportResult, roster_import
from careteam.selectors import AuditFilters, InboxFilters, InboxTab
from careteam.staff_request import StaffRequest


class ListingAudit(TypedDict):
    """What a listing audited (services.audit_listing's words): the live updates record the
    same for each screen they push the listing to."""

    action: str
    member_ids: list[int]
    detail: str


def _staff(request: StaffRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the login-required middleware guarantees it
    return user


def _require_thread_worker(user: User) -> None:
    if not roles.can_work_threads(user):
        raise PermissionDenied("Your role does not work member threads.")


@require_GET
def home(request: StaffRequest) -> HttpResponse:
    user = _staff(request)
    if roles.can_work_threads(user):
        return redirect("inbox")
    return TemplateResponse(request, "careteam/home.html", {"staff": user})


# The inbox search lives in the session, never in a URL: member names typed into it would
# otherwise reach browser history, proxy logs and Referer headers. The search is sent by POST
# (with the CSRF token); listings, pages, tabs and polls are GETs with the filters only.
INBOX_SEARCH_SESSION_KEY = "inbox_search"
_INBOX_URL_FILTERS = ("tab", "status", "topic")


@require_http_methods(["GET", "POST"])
def inbox(request: StaffRequest) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    searching = request.method == "POST"
    version = selectors.poll_version()
    # A poll that finds nothing new is answered before anything else is built (a search, a
    # POST, is never one).
    if not searching and _poll_finds_nothing_new(request, poller=THREAD_LIST, version=version):
        return HttpResponse(status=204)
    form = InboxFilterForm(request.POST if searching else request.GET)
    form_valid = form.is_valid()  # invalid values are simply not applied
    data = form.cleaned_data
    if searching:
        if data.get("q"):
            # Written only when it changed: a filter changed beside the same search, or the
            # same search sent again, leaves the session row as it is.
            if request.session.get(INBOX_SEARCH_SESSION_KEY) != data["q"]:
                request.session[INBOX_SEARCH_SESSION_KEY] = data["q"]
        else:
            request.session.pop(INBOX_SEARCH_SESSION_KEY, None)
    filters = InboxFilters(
        tab=data.get("tab") or InboxTab.MINE,
        status=data.get("status", ""),
        topic=data.get("topic", ""),
        query=request.session.get(INBOX_SEARCH_SESSION_KEY, ""),
    )
    filter_params = urlencode([(name, data[name]) for name in _INBOX_URL_FILTERS if data.get(name)])
    list_url = reverse("inbox") + (f"?{filter_params}" if filter_params else "")
    if searching and not request.htmx:
        return redirect(list_url)  # the result page's URL holds the filters only
    asked_page = None if searching else request.GET.get("page")
    # Alerts go to supervisors only; the permission check is cached, so agents' inboxes cost no
    # query for them.
    alerts = safety.alerts_unseen(user=user) if roles.can_view_dashboards(user) else []
    template = "careteam/inbox.html"
    if request.htmx and request.htmx.target == THREAD_LIST:
        template += "#thread-list"
    drawn = listings.inbox_page(
        request,
        user=user,
        form=form,
        form_valid=form_valid,
        filters=filters,
        template=template,
        version=version,
        asked_page=asked_page,
        filter_params=filter_params,
        alerts=alerts,
        page_size=_page_size(),
        viewer_key=_viewer_key(request, user),
    )
    member_ids, page_number = drawn.member_ids, drawn.page_number
    listing_audit: ListingAudit = {
        "action": AuditEvent.Action.SEARCH if filters.query else AuditEvent.Action.VIEW_INBOX,
        "member_ids": member_ids,
        "detail": f"tab={filters.tab} page={page_number}",
    }
    services.audit_listing(
        actor=user, **listing_audit, request=request, background=is_background_poll(request)
    )
    response = kept_pages.respond(request, drawn.html, fresh={})
    response[POLL_VERSION_HEADER] = version  # what a pushed refresh sends next (careteam.live)
    # What this listing audited: the live updates, which push these same bytes to every screen
    # that would get them, record it for each of those viewers too.
    response.listing_audit = listing_audit  # type: ignore[attr-defined]
    if searching:
        response["HX-Push-Url"] = list_url
    return response


def _poll_finds_nothing_new(request: StaffRequest, *, poller: str, version: str) -> bool:
    """True for a background poll sent by `poller` (the polling element's id) that already shows
    `version`: it is answered 204, which htmx does not swap, so the page stays as it is.

    Only the polling element itself qualifies (HX-Trigger): links inside it inherit its headers
    and must always get their page.
    """
    return (
        bool(version)
        and is_background_poll(request)
        and request.headers.get("HX-Trigger") == poller
        and request.headers.get(POLL_VERSION_HEADER) == version
    )


def _page_size() -> int:
    return settings.INBOX_PAGE_SIZE


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _conversation(thread: Thread, *, shown: int) -> dict[str, Any]:
    drawn = conversations.thread_conversation(thread=thread, shown=shown)
    step = selectors.CONVERSATION_STEP
    return {
        "conversation_html": drawn.html,
        "first_shown_id": drawn.first_shown_id,
        "newest_shown_id": drawn.newest_id,
        # The poll asks for as many as are shown, so what the agent opened stays open.
        "conversation_url": reverse("thread", args=[thread.pk])
        + (f"?shown={shown}" if shown > step else ""),
        "earlier_url": reverse("thread", args=[thread.pk]) + f"?shown={shown + step}"
        if drawn.has_earlier
        else "",
    }


def _shown(request: StaffRequest) -> int:
    """How many of the latest messages to show: a whole number of steps, at least one."""
    step = selectors.CONVERSATION_STEP
    asked = _int_or_none(request.GET.get("shown")) or step
    return min(max(step, -(-asked // step) * step), 100 * step)


def _thread_context(
    request: StaffRequest,
    thread: Thread,
    *,
    shown: int = selectors.CONVERSATION_STEP,
    send_token: object = None,
    **extra: object,
) -> dict[str, object]:
    conversation = _conversation(thread, shown=shown)
    newest = conversation["newest_shown_id"]
    return {
        "thread": thread,
        "member": thread.member,
        **conversation,
        "reply_form": extra.pop("reply_form", None)
        or ReplyForm(initial={"send_token": send_token or uuid.uuid4(), "seen_up_to": newest}),
        "note_form": extra.pop("note_form", None) or NoteForm(),
        "colleagues": selectors.assignable_staff_choices(thread=thread),
        "protocol": safety.protocol_for(thread.triage_kind),
        "triage_reasons": safety.latest_triage_reasons(thread=thread),
        "now": timezone.now(),
        "poll_version": extra.pop("poll_version", None) or selectors.poll_version(),
        **extra,
    }


@require_GET
def thread_detail(request: StaffRequest, thread_id: int) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    version = selectors.poll_version()
    # After the access check (an outsider gets 404 and an audit row), before any member data
    # is read: a 204 shows nothing, so it leaves no audit row.
    if _poll_finds_nothing_new(request, poller=CONVERSATION, version=version):
        selectors.thread_visible_or_404(user=user, thread_id=thread_id)
        return HttpResponse(status=204)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    services.audit_view_once(
        actor=user, obj=thread, request=request, background=is_background_poll(request)
    )
    # Alerts go to supervisors, and only they see them (the inbox): an agent's view writes nothing.
    if not is_background_poll(request) and roles.can_view_dashboards(user):
        safety.alerts_mark_seen(user=user, thread=thread)
    shown = _shown(request)
    loading_earlier = request.headers.get("HX-Trigger") == SHOW_EARLIER
    if request.htmx and request.htmx.target == CONVERSATION:
        response: HttpResponse = TemplateResponse(
            request,
            "careteam/thread.html#conversation",
            _thread_context(
                request, thread, poll_version=version, shown=shown, loading_earlier=loading_earlier
            ),
        )
    else:
        # The whole page, kept per viewer under the poll version; its CSRF token, CSP nonce
        # and reply form's send token are this request's (careteam.kept_pages).
        response = kept_pages.render_kept(
            request,
            template="careteam/thread.html",
            key_parts=_thread_page_key(request, user, thread, version, shown, loading_earlier),
            context=lambda: _thread_context(
                request,
                thread,
                poll_version=version,
                shown=shown,
                loading_earlier=loading_earlier,
                send_token=kept_pages.hole("send_token"),
            ),
            fresh={"send_token": str(uuid.uuid4())},
        )
    response[POLL_VERSION_HEADER] = version
    return response


def _thread_page_key(
    request: StaffRequest,
    user: User,
    thread: Thread,
    version: str,
    shown: int,
    loading_earlier: bool,
) -> list[object] | None:
    """What a thread page shows beyond the poll version's tables: the viewer as base.html and
    the actions draw them (their role through access_version), the page's parameters and the
    server it is drawn for (ASGI pages open the live socket). None (not kept) off PostgreSQL."""
    if not version:
        return None
    return [
        "thread", version, thread.pk, shown, loading_earlier, _display_name(thread.assignee),
        thread.triage_acknowledged_by_id, *_viewer_key(request, user),
    ]  # fmt: skip


def _viewer_key(request: StaffRequest, user: User) -> list[object]:
    """What a kept page shows of its viewer (base.html's header, their role's links and
    actions, through access_version) and of the server it is drawn for (ASGI pages open the
    live socket)."""
    return [
        get_script_prefix(), type(request).__name__, user.pk, user.access_version,
        user.is_superuser, user.display_name, user.keyboard_shortcuts,
    ]  # fmt: skip


def _display_name(user: User | None) -> str:
    return user.display_name if user is not None else ""


def _after_mutation(
    request: StaffRequest, thread: Thread, *, status: int = 200, **extra: Any
) -> HttpResponse:
    """htmx gets the refreshed thread region; a plain form post is redirected (PRG)."""
    if request.htmx:
        thread = selectors.thread_for_user(user=_staff(request), thread_id=thread.pk)
        response = TemplateResponse(
            request,
            "careteam/thread.html#thread-main",
            _thread_context(request, thread, **extra),
            status=status,
        )
        return trigger_client_event(response, "thread-changed", {"thread": thread.pk})
    if status >= 400:
        thread = selectors.thread_for_user(user=_staff(request), thread_id=thread.pk)
        return TemplateResponse(
            request,
            "careteam/thread.html",
            _thread_context(request, thread, **extra),
            status=status,
        )
    return redirect("thread", thread_id=thread.pk)


def _report(request: StaffRequest, form: Form, error: services.ServiceError, *, field: str) -> None:
    if error.field == field:
        form.add_error(field, error.message)
    else:
        flash.error(request, error.message)


@require_POST
def thread_reply(request: StaffRequest, thread_id: int) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    form = ReplyForm(request.POST)
    if form.is_valid():
        data = dict(form.cleaned_data)  # add_error() below takes the field out of cleaned_data
        try:
            services.reply_send(
                thread=thread,
                author=user,
                text=data["text"],
                send_token=data["send_token"],
                draft_ref=data["draft_ref"],
                confirmation=data["confirmation"],
                seen_up_to=data["seen_up_to"],
            )
        except services.ReplyCollision as error:
            # The text stays; sending it again now is the agent's choice, after reading.
            form = ReplyForm({**request.POST.dict(), "seen_up_to": error.newest_message_id})
            form.is_valid()
            form.add_error("text", error.message)
            return _after_mutation(
                request, thread, status=409, reply_form=form, refused=True, collision=True
            )
        except services.SendTokenUsedElsewhere as error:
            # A fresh composer keeps the agent's text, with a new token so sending again works.
            form = ReplyForm({**request.POST.dict(), "send_token": str(uuid.uuid4())})
            form.is_valid()
            form.add_error("text", error.message)
            return _after_mutation(request, thread, status=422, reply_form=form, refused=True)
        except services.ServiceError as error:
            _report(request, form, error, field="text")
            return _after_mutation(
                request,
                thread,
                status=422,
                reply_form=form,
                refused=True,
                concerns=error.concerns,
                concern_preview=mark_fragments(
                    data["text"].strip(), [c.fragment for c in error.concerns], "concern"
                ),
                confirmation_token=getattr(error, "token", ""),
            )
        flash.success(request, "Reply sent.")
        # Where the keyboard goes next: the next thread waiting for an answer, or the inbox.
        next_id = selectors.next_waiting_thread_id(user=user, after=thread)
        return _after_mutation(request, thread, sent=True, next_thread_id=next_id)
    return _after_mutation(request, thread, status=422, reply_form=form, refused=True)


@require_POST
def thread_note(request: StaffRequest, thread_id: int) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.note_add(thread=thread, author=user, text=form.cleaned_data["note"])
        except services.ServiceError as error:
            _report(request, form, error, field="note")
        else:
            flash.success(request, "Note added.")
            return _after_mutation(request, thread)
    return _after_mutation(request, thread, status=422, note_form=form)


@require_POST
def thread_action(request: StaffRequest, thread_id: int, action: str) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    try:
        if action == "assign-to-me":
            services.thread_assign(thread=thread, assignee=user, actor=user)
            flash.success(request, "Assigned to you.")
        elif action == "assign":
            assignee = selectors.assignable_staff(thread=thread).filter(
                pk=_int_or_none(request.POST.get("assignee")) or 0  # 0: no such user
            )
            if not assignee:
                raise services.ServiceError("Choose a colleague who works this team's threads.")
            services.thread_assign(thread=thread, assignee=assignee[0], actor=user)
            flash.success(request, f"Assigned to {assignee[0].display_name}.")
        elif action == "topic":
            services.thread_topic_set(
                thread=thread, topic=request.POST.get("topic", ""), actor=user
            )
            flash.success(request, f"Topic set to {thread.get_topic_display()}.")
        elif action == "unassign":
            services.thread_unassign(thread=thread, actor=user)
            flash.success(request, "Unassigned.")
        elif action == "close":
            services.thread_close(thread=thread, actor=user)
            flash.success(request, "Thread closed.")
        elif action == "reopen":
            services.thread_reopen(thread=thread, actor=user)
            flash.success(request, "Thread reopened.")
        elif action == "acknowledge":
            services.thread_triage_acknowledge(thread=thread, actor=user)
            flash.success(request, "Safety alert acknowledged.")
        else:  # the URL pattern only admits the actions above
            raise PermissionDenied
    except services.ServiceError as error:
        flash.error(request, error.message)
        return _after_mutation(request, thread, status=409)
    return _after_mutation(request, thread)


def _supervised_team_ids(user: User) -> list[int]:
    """The teams whose queues this user supervises; 403 for roles without the dashboards."""
    if not roles.can_view_dashboards(user):
        raise PermissionDenied("Your role does not supervise queues.")
    if roles.sees_all_teams(user):
        return list(Team.objects.order_by("pk").values_list("pk", flat=True))
    return selectors.team_ids_for_user(user=user)


@require_GET
def queue_health(request: StaffRequest) -> HttpResponse:
    user = _staff(request)
    return _queue_health_page(request, user, _supervised_team_ids(user))


def _queue_health_page(request: StaffRequest, user: User, team_ids: list[int]) -> HttpResponse:
    context = {
        "health": health_figures.queue_health(team_ids=team_ids, days=settings.QUEUE_HEALTH_DAYS),
        "alerts": safety.alerts_unseen(user=user),
        "now": timezone.now(),
    }
    template = "careteam/queue_health.html"
    if request.htmx and request.htmx.target == "queue-health":
        template += "#queue-health"
    return TemplateResponse(request, template, context)


@require_POST
def queue_alerts_read(request: StaffRequest) -> HttpResponse:
    """A supervisor marks their safety alerts, or their teams' escalation notices, read (one,
    or all) from the queue page."""
    user = _staff(request)
    team_ids = _supervised_team_ids(user)
    alert_id = _int_or_none(request.POST.get("alert"))
    notice_id = _int_or_none(request.POST.get("notice"))
    if (request.POST.get("alert") and alert_id is None) or (
        request.POST.get("notice") and notice_id is None
    ):
        raise Http404
    if notice_id is not None or request.POST.get("escalations"):
        marked = sla.notices_mark_read(user=user, team_ids=team_ids, notice_id=notice_id)
    else:
        marked = safety.alerts_mark_read(user=user, alert_id=alert_id)
    flash.success(request, f"{marked} alert{'s' if marked != 1 else ''} marked read.")
    if request.htmx:
        return _queue_health_page(request, user, team_ids)
    return redirect("queue-health")


@require_POST
def queue_rebalance(request: StaffRequest) -> HttpResponse:
    user = _staff(request)
    moved = routing.team_rebalance(team_ids=_supervised_team_ids(user))
    services.audit_record(
        actor=user,
        action=AuditEvent.Action.UPDATE_THREAD,
        detail=f"rebalance moved={moved}",
        request=request,
    )
    flash.success(request, f"Rebalanced: {moved} thread{'s' if moved != 1 else ''} routed again.")
    return redirect("queue-health")


@require_http_methods(["GET", "POST"])
def agent_availability(request: StaffRequest) -> HttpResponse:
    """An agent's own availability: available takes threads from the queue at once."""
    user = _staff(request)
    _require_thread_worker(user)
    if request.method == "POST":
        try:
            routing.agent_set_availability(
                user=user, availability=request.POST.get("availability", ""), actor=user
            )
        except services.ServiceError as error:
            flash.error(request, error.message)
            return redirect("availability")
        flash.success(request, "Availability updated.")
        return redirect("availability")
    profile = routing.profile_for(user)
    topics = dict(Thread.Topic.choices)
    context = {
        "profile": profile,
        "choices": AgentProfile.Availability.choices,
        "skills": [topics.get(skill, skill) for skill in profile.skills],
        "load": routing.open_loads([user.pk]).get(user.pk, 0),
    }
    return TemplateResponse(request, "careteam/availability.html", context)


@require_http_methods(["GET", "POST"])
def shortcuts_preference(request: StaffRequest) -> HttpResponse:
    user = _staff(request)
    if request.method == "POST":
        form = ShortcutsForm(request.POST)
        form.is_valid()  # a missing checkbox is "off"; there is nothing else to get wrong
        enabled = form.cleaned_data.get("keyboard_shortcuts", False)
        services.user_set_keyboard_shortcuts(user=user, enabled=enabled)
        flash.success(request, f"Keyboard shortcuts are {'on' if enabled else 'off'}.")
        return redirect("shortcuts-preference")
    form = ShortcutsForm(initial={"keyboard_shortcuts": user.keyboard_shortcuts})
    return TemplateResponse(request, "careteam/shortcuts.html", {"form": form})


def server_error(request: StaffRequest) -> HttpResponse:
    """handler500: a database outage is a 503 (try again), anything else a plain 500."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable_response()
    return HttpResponseServerError(render_to_string("500.html"))


def _audit_filters(request: StaffRequest) -> tuple[AuditFilterForm, AuditFilters]:
    form = AuditFilterForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    filters = AuditFilters(
        member_id=data.get("member", "").strip(),
        staff_username=data.get("staff", "").strip(),
        since=data.get("since"),
        until=data.get("until"),
    )
    return form, filters


@require_GET
def audit_trail(request: StaffRequest) -> HttpResponse:
    user = _staff(request)
    form, filters = _audit_filters(request)
    events = selectors.audit_events_for_user(user=user, filters=filters)
    services.audit_record(
        actor=user,
        action=AuditEvent.Action.REVIEW_AUDIT,
        detail=f"member={filters.member_id} staff={filters.staff_username}",
        request=request,
    )
    # Counted after this review's own row is written, so the count and the rows agree.
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {"form": form, "page": page, "query": query_without_page.urlencode()}
    template = "careteam/audit.html"
    if request.htmx and request.htmx.target == "audit-list":
        template += "#audit-list"
    return TemplateResponse(request, template, context)


ROSTER_PROBLEMS_SHOWN = 100


@require_http_methods(["GET", "POST"])
def roster_upload(request: StaffRequest) -> HttpResponse:
    """Admins load the plan's member roster for their teams; the page shows what changed or
    every problem found (nothing is stored then)."""
    user = _staff(request)
    if not roles.sees_all_teams(user):
        raise PermissionDenied("Only administrators load the member roster.")
    result: RosterImportResult | None = None
    problems: list[Problem] = []
    status = 200
    posted = request.method == "POST"
    form = RosterImportForm(request.POST, request.FILES) if posted else RosterImportForm()
    if posted:
        teams = list(user.teams.order_by("name"))
        if not form.is_valid():
            status = 422
        elif not teams:
            form.add_error("file", "You are on no team: a roster is loaded for your teams.")
            status = 422
        elif form.cleaned_data["file"].size > MAX_UPLOAD_BYTES:  # refused before it is read
            upload = form.cleaned_data["file"]
            form.add_error(
                "file", f"The file is {upload.size:,} bytes; the limit is {MAX_UPLOAD_BYTES:,}."
            )
            status = 413
        else:
            upload = form.cleaned_data["file"]
            result = roster_import(
                data=upload.read(), filename=upload.name, teams=teams, actor=user, request=request
            )
            problems = result.problems
            status = 422 if result.rejected else 200
    context = {
        "form": form,
        "result": result,
        "problems": problems[:ROSTER_PROBLEMS_SHOWN],
        "problems_hidden": (result.problem_count if result else 0)
        - len(problems[:ROSTER_PROBLEMS_SHOWN]),
        "teams": user.teams.order_by("name"),
        "max_bytes": MAX_UPLOAD_BYTES,
    }
    return TemplateResponse(request, "careteam/roster_import.html", context, status=status)


AUDIT_EXPORT_LIMIT = 100_000


@require_GET
def audit_export(request: StaffRequest) -> StreamingHttpResponse:
    user = _staff(request)
    _, filters = _audit_filters(request)
    events = selectors.audit_events_for_user(user=user, filters=filters)[:AUDIT_EXPORT_LIMIT]
    services.audit_record(
        actor=user,
        action=AuditEvent.Action.EXPORT_AUDIT,
        detail=f"member={filters.member_id} staff={filters.staff_username}",
        request=request,
    )
    response = StreamingHttpResponse(_audit_csv_rows(events), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="audit-trail.csv"'
    return response


def _audit_csv_rows(events: Iterable[AuditEvent]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow(
        ["at", "staff", "action", "member_id", "object", "object_id", "detail", "request_id"]
    )
    for event in events:
        writer.writerow(
            [
                event.at.isoformat(),
                event.actor.username if event.actor else "",
                event.action,
                event.member.member_id if event.member else "",
                event.object_type,
                event.object_id,
                event.detail,
                event.request_id,
            ]
        )
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()
