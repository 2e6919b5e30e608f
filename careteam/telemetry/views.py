"""/metrics for Prometheus (a token or an allowed address, never public) and the admins' page
of response times."""

from __future__ import annotations

import hmac
import ipaddress

import redis
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from prometheus_client import CONTENT_TYPE_LATEST

from careteam import roles
from careteam.clientip import client_ip
from careteam.telemetry import prometheus, store


def scrape_allowed(request: HttpRequest) -> bool:
    """A bearer token equal to METRICS_TOKEN, or a client address inside METRICS_ALLOWED_IPS."""
    token = settings.METRICS_TOKEN
    supplied = request.headers.get("Authorization", "")
    if token and hmac.compare_digest(supplied.encode(), f"Bearer {token}".encode()):
        return True
    address = client_ip(request)
    if not address or not settings.METRICS_ALLOWED_IPS:
        return False
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in settings.METRICS_ALLOWED_IPS)


@login_not_required
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    if not (settings.METRICS_TOKEN or settings.METRICS_ALLOWED_IPS):
        raise Http404("metrics are off")  # neither a token nor addresses: nobody may scrape
    if not scrape_allowed(request):
        response = HttpResponse("Not allowed.\n", status=403, content_type="text/plain")
        response["WWW-Authenticate"] = "Bearer"
        return response
    try:
        body = prometheus.exposition()
    except redis.RedisError:
        return HttpResponse(
            "The metrics store is not answering.\n", status=503, content_type="text/plain"
        )
    return HttpResponse(body, content_type=CONTENT_TYPE_LATEST)


@require_GET
def response_times(request: HttpRequest) -> TemplateResponse:
    if not roles.sees_all_teams(request.user):  # type: ignore[arg-type]
        raise PermissionDenied("Only admins see response times.")
    sections = []
    unavailable = False
    for kind, title, columns in (
        (store.REQUEST, "Endpoints", ["Method", "Route", "Status"]),
        (store.TASK, "Celery tasks", ["Task", "State"]),
        (store.JOB, "Outbox jobs", ["Job", "Result"]),
    ):
        try:
            hour = {summary.label: summary for summary in store.last_hour(kind)}
            day = {summary.label: summary for summary in store.last_day(kind)}
        except redis.RedisError:
            unavailable, hour, day = True, {}, {}
        rows = [
            {"parts": store.parts_of(label), "hour": hour.get(label), "day": day.get(label)}
            for label in sorted(set(hour) | set(day))
        ]
        sections.append({"title": title, "columns": columns, "rows": rows})
    return TemplateResponse(
        request,
        "careteam/response_times.html",
        {"sections": sections, "unavailable": unavailable},
    )
