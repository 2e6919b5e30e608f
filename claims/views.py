"""Claims pages: the thread page's claims panel, a claim, the flag worklist and imports.

Thin: parse input, call a selector or service, audit what was shown, render a page or one of
its partials (htmx). Every object comes through a claims.selectors `*_for_user` function.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages as flash
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from careteam import api as careteam_api
from claims import selectors
from claims.audit import AuditAction
from claims.forms import FlagDecisionForm, ImportForm, WorklistFilterForm
from claims.models import Claim
from claims.records import Problem
from claims.selectors import WorklistFilters
from claims.services import ServiceError
from claims.services import flags as flag_services
from claims.services.imports import ImportResult, claims_import

VIEW_CLAIMS = AuditAction.VIEW_CLAIMS
MAX_PROBLEMS_SHOWN = 500


def _background(request: careteam_api.StaffRequest) -> bool:
    return careteam_api.is_background_poll(request)


@require_GET
def claims_panel(request: careteam_api.StaffRequest, thread_id: int) -> HttpResponse:
    """The member's recent claims beside the conversation (htmx), or as a page without JS."""
    user = request.user
    selectors.require_claims_reader(user)
    facts = careteam_api.thread_facts_for_user(user=user, thread_id=thread_id)  # 404 outsiders
    member_pk = facts.member.member_pk
    claims = selectors.member_recent_claims(member_pk=member_pk, limit=settings.CLAIMS_PANEL_CLAIMS)
    if claims and not _background(request):
        careteam_api.audit_record(
            actor=user,
            action=VIEW_CLAIMS,
            member_pk=member_pk,
            obj=claims[0],
            detail=f"claims panel thread={thread_id} claims={len(claims)}",
            request=request,
        )
    context = {
        "thread_id": thread_id,
        "member": facts.member,
        "claims": claims,
        "more": selectors.member_claim_count(member_pk=member_pk) - len(claims) if claims else 0,
    }
    template = "claims/panel.html"
    if request.htmx:
        template += "#claims-panel"
    return TemplateResponse(request, template, context)


def _claim_context(claim: Claim, **extra: object) -> dict[str, object]:
    member = careteam_api.member_facts_by_pk([claim.member_id])[claim.member_id]
    lines = list(claim.lines.all())
    adjustments = list(claim.adjustments.all())
    return {
        "claim": claim,
        "member": member,
        "lines": lines,
        "claim_adjustments": [a for a in adjustments if a.line_id is None],
        "line_adjustments": {
            line.pk: [a for a in adjustments if a.line_id == line.pk] for line in lines
        },
        "flags": claim.all_flags,  # type: ignore[attr-defined]
        "decision_form": extra.pop("decision_form", None) or FlagDecisionForm(),
        "failed_flag": extra.pop("failed_flag", None),
        **extra,
    }


@require_GET
def claim_detail(request: careteam_api.StaffRequest, claim_id: int) -> HttpResponse:
    user = request.user
    claim = selectors.claim_for_user(user=user, claim_id=claim_id)
    careteam_api.audit_record(
        actor=user,
        action=VIEW_CLAIMS,
        member_pk=claim.member_id,
        obj=claim,
        detail="claim page",
        request=request,
    )
    template = "claims/claim.html"
    if request.htmx and request.htmx.target == "claim-flags":
        template += "#claim-flags"
    return TemplateResponse(request, template, _claim_context(claim))


@require_POST
def flag_decide(request: careteam_api.StaffRequest, flag_id: str, decision: str) -> HttpResponse:
    """Resolve or dismiss a flag with a reason. htmx gets the claim's flags; a form post is
    redirected to the claim (or shown again with the error)."""
    user = request.user
    flag = selectors.flag_for_user(user=user, flag_id=int(flag_id))
    form = FlagDecisionForm(request.POST)
    status = 200
    if form.is_valid():
        try:
            flag_services.flag_decide(
                flag=flag, actor=user, decision=decision, reason=form.cleaned_data["reason"]
            )
        except ServiceError as error:
            if error.field:
                form.add_error(error.field if error.field in form.fields else None, error.message)
                status = 422
            else:
                flash.error(request, error.message)
                status = 409
        else:
            flash.success(request, f"Flag {'resolved' if decision == 'resolve' else 'dismissed'}.")
            if not request.htmx:
                return redirect("claim", claim_id=flag.claim_id)
    else:
        status = 422
    claim = selectors.claim_for_user(user=user, claim_id=flag.claim_id)
    extra: dict[str, Any] = {}
    if status != 200:
        extra = {"decision_form": form, "failed_flag": flag.pk}
    template = "claims/claim.html#claim-flags" if request.htmx else "claims/claim.html"
    return TemplateResponse(request, template, _claim_context(claim, **extra), status=status)


def _worklist_filters(form: WorklistFilterForm) -> WorklistFilters:
    data = form.cleaned_data if form.is_valid() else {}
    return WorklistFilters(
        check_id=data.get("check", ""),
        severity=data.get("severity", ""),
        payer=data.get("payer", ""),
        provider=data.get("provider", ""),
        since=data.get("since"),
        until=data.get("until"),
    )


@require_GET
def worklist(request: careteam_api.StaffRequest) -> HttpResponse:
    """Open flags across the user's members, with filters, a page at a time."""
    user = request.user
    form = WorklistFilterForm(request.GET)
    filters = _worklist_filters(form)
    flags = selectors.flags_for_user(user=user, filters=filters)
    page = Paginator(flags, settings.CLAIMS_PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    members = careteam_api.member_facts_by_pk(flag.claim.member_id for flag in rows)
    careteam_api.audit_listing(
        actor=user,
        action=VIEW_CLAIMS,
        member_ids=[flag.claim.member_id for flag in rows],
        detail=f"claims worklist page={page.number}",
        request=request,
        background=_background(request),
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": [(flag, members.get(flag.claim.member_id)) for flag in rows],
        "check_ids": selectors.open_check_ids(),
        "filters": filters,
        "query_without_page": query.urlencode(),
    }
    template = "claims/worklist.html"
    if request.htmx and request.htmx.target == "flag-list":
        template += "#flag-list"
    return TemplateResponse(request, template, context)


@require_http_methods(["GET", "POST"])
def claims_upload(request: careteam_api.StaffRequest) -> HttpResponse:
    """Staff import a claims file; the page shows what was stored or every problem found."""
    user = request.user
    selectors.require_claims_reader(user)
    result: ImportResult | None = None
    problems: list[Problem] = []
    status = 200
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            limit = settings.CLAIMS_IMPORT_MAX_BYTES
            if upload.size > limit:  # refused before a byte of it is read
                problems = [
                    Problem(
                        upload.name,
                        "file",
                        "size",
                        f"the file is {upload.size:,} bytes; the limit is {limit:,}",
                    )
                ]
                status = 413
            else:
                try:  # for the uploader's teams: only their members can be named
                    result = claims_import(data=upload.read(), filename=upload.name, actor=user)
                except ServiceError as error:
                    form.add_error("file", error.message)
                    status = 422
                else:
                    problems = list(result.problems)
                    status = 422 if result.rejected else 200
        else:
            status = 422
    else:
        form = ImportForm()
    context = {
        "form": form,
        "result": result,
        "problems": problems[:MAX_PROBLEMS_SHOWN],
        "problems_hidden": max(len(problems) - MAX_PROBLEMS_SHOWN, 0),
        "recent": selectors.recent_imports(user=user),
        "max_bytes": settings.CLAIMS_IMPORT_MAX_BYTES,
    }
    return TemplateResponse(request, "claims/import.html", context, status=status)
