"""Pages for staff. Thin: parse input, call a selector or service, render a page or a partial."""

from __future__ import annotations

import sys

from django.contrib import messages as flash
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError
from django.forms import Form
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from careteam import roles, selectors, services
from careteam.forms import InboxFilterForm, NoteForm, ReplyForm
from careteam.middleware import BACKGROUND_POLL_HEADER, database_unavailable_response
from careteam.models import AuditEvent, Thread, User
from careteam.selectors import InboxFilters, InboxTab


def _staff(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # the login-required middleware guarantees it
    return user


def _require_thread_worker(user: User) -> None:
    if not roles.can_work_threads(user):
        raise PermissionDenied("Your role does not work member threads.")


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    user = _staff(request)
    if roles.can_work_threads(user):
        return redirect("inbox")
    return TemplateResponse(request, "careteam/home.html", {"staff": user})


@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    form = InboxFilterForm(request.GET)
    form.is_valid()  # invalid values are simply not applied
    data = form.cleaned_data if form.is_bound else {}
    filters = InboxFilters(
        tab=data.get("tab") or InboxTab.MINE,
        status=data.get("status", ""),
        topic=data.get("topic", ""),
        query=data.get("q", ""),
    )
    paginator = Paginator(selectors.inbox_threads(user=user, filters=filters), _page_size())
    page = paginator.get_page(request.GET.get("page"))
    counts = selectors.inbox_counts(user=user)
    services.audit_listing(
        actor=user,
        action=AuditEvent.Action.SEARCH if filters.query else AuditEvent.Action.VIEW_INBOX,
        member_ids=[thread.member_id for thread in page.object_list],
        detail=f"tab={filters.tab} page={page.number}",
        request=request,
        background=_is_background_poll(request),
    )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    context = {
        "form": form,
        "filters": filters,
        "page": page,
        "counts": counts,
        "tabs": [(key, label, counts[key]) for key, label in InboxTab.CHOICES],
        "query_without_page": query_without_page.urlencode(),
        "now": timezone.now(),
    }
    template = "careteam/inbox.html"
    if request.htmx and request.htmx.target == "thread-list":
        template += "#thread-list"
    return TemplateResponse(request, template, context)


def _is_background_poll(request: HttpRequest) -> bool:
    return request.headers.get(BACKGROUND_POLL_HEADER) == "1"


def _page_size() -> int:
    from django.conf import settings

    return settings.INBOX_PAGE_SIZE


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _thread_context(request: HttpRequest, thread: Thread, **extra: object) -> dict[str, object]:
    return {
        "thread": thread,
        "member": thread.member,
        "conversation": list(selectors.thread_messages(thread=thread)),
        "reply_form": extra.pop("reply_form", None) or ReplyForm(),
        "note_form": extra.pop("note_form", None) or NoteForm(),
        "colleagues": selectors.assignable_staff(thread=thread),
        **extra,
    }


@require_GET
def thread_detail(request: HttpRequest, thread_id: int) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    services.audit_view_once(
        actor=user, obj=thread, request=request, background=_is_background_poll(request)
    )
    template = "careteam/thread.html"
    if request.htmx and request.htmx.target == "conversation":
        template += "#conversation"
    return TemplateResponse(request, template, _thread_context(request, thread))


def _after_mutation(
    request: HttpRequest, thread: Thread, *, status: int = 200, **extra: object
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


def _report(request: HttpRequest, form: Form, error: services.ServiceError, *, field: str) -> None:
    if error.field == field:
        form.add_error(field, error.message)
    else:
        flash.error(request, error.message)


@require_POST
def thread_reply(request: HttpRequest, thread_id: int) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            services.reply_send(thread=thread, author=user, text=form.cleaned_data["text"])
        except services.ServiceError as error:
            _report(request, form, error, field="text")
        else:
            flash.success(request, "Reply sent.")
            return _after_mutation(request, thread)
    return _after_mutation(request, thread, status=422, reply_form=form)


@require_POST
def thread_note(request: HttpRequest, thread_id: int) -> HttpResponse:
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
def thread_action(request: HttpRequest, thread_id: int, action: str) -> HttpResponse:
    user = _staff(request)
    _require_thread_worker(user)
    thread = selectors.thread_for_user(user=user, thread_id=thread_id)
    try:
        if action == "assign-to-me":
            services.thread_assign(thread=thread, assignee=user, actor=user)
            flash.success(request, "Assigned to you.")
        elif action == "assign":
            assignee = selectors.assignable_staff(thread=thread).filter(
                pk=_int_or_none(request.POST.get("assignee"))
            )
            if not assignee:
                raise services.ServiceError("Choose a colleague who works this team's threads.")
            services.thread_assign(thread=thread, assignee=assignee[0], actor=user)
            flash.success(request, f"Assigned to {assignee[0].display_name}.")
        elif action == "unassign":
            services.thread_unassign(thread=thread, actor=user)
            flash.success(request, "Unassigned.")
        elif action == "close":
            services.thread_close(thread=thread, actor=user)
            flash.success(request, "Thread closed.")
        elif action == "reopen":
            services.thread_reopen(thread=thread, actor=user)
            flash.success(request, "Thread reopened.")
        else:  # the URL pattern only admits the four actions above
            raise PermissionDenied
    except services.ServiceError as error:
        flash.error(request, error.message)
        return _after_mutation(request, thread, status=409)
    return _after_mutation(request, thread)


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage is a 503 (try again), anything else a plain 500."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable_response()
    return HttpResponseServerError(render_to_string("500.html"))
