"""The JSON endpoint the member-facing app posts member messages to.

POST /api/v1/messages
  Authorization: Bearer <client token>
  Idempotency-Key: <unique per message, 1-100 visible characters>
  {"member_id": "M123", "text": "...", "subject": "...", "topic": "deductible",
   "sent_at": "2026-11-24T10:00:00Z"}
201 with the stored message's ids; 200 with the same body when the key was seen before.

Where a member message goes from here (drawn in full, with file names, in docs/flow.md):

    post_member_message -> services.member_message_receive, one transaction:
        store Message -> triage (safety) -> signal member_message_stored
            (suggestions: topic, enqueue "draft_reply") -> due time (sla) -> routing
    after commit: job "draft_reply" -> suggestions.drafting.draft_create -> Draft
    agent: thread page + draft panel (review) -> services.reply_send (reply checks,
        signal reply_stored -> outcome) -> job "deliver_reply" -> webhook to the member's app
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta
from typing import Any

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from careteam import ratelimit, services
from careteam.jsonshape import json_shape_problem
from careteam.models import Member, Thread

_KEY = re.compile(r"^[\x21-\x7e]{1,100}$")
# The body is one flat object; anything nested deeper than this is refused before parsing, so
# a crafted body never reaches the parser's recursion limit.
MAX_JSON_DEPTH = 20
_ALLOWED_FIELDS = {"member_id", "text", "subject", "topic", "sent_at"}


def _error(status: int, message: str, fields: dict[str, str] | None = None) -> JsonResponse:
    body: dict[str, Any] = {"error": message}
    if fields:
        body["fields"] = fields
    return JsonResponse(body, status=status)


def _read_body(request: HttpRequest) -> bytes | None:
    """The body, or None when it is larger than allowed (checked before reading it all)."""
    limit = settings.MEMBER_API_MAX_BODY_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return None
    body = request.read(limit + 1)
    return None if len(body) > limit else body


def _parse_json(body: bytes) -> tuple[Any, str]:
    """The parsed body, or what is wrong with it (safe to show: it quotes none of the body)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None, "The body is not valid UTF-8 JSON (encoding)."
    if json_shape_problem(text, max_depth=MAX_JSON_DEPTH):
        return None, f"The body is nested deeper than {MAX_JSON_DEPTH} levels."
    try:
        return json.loads(text), ""
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        return None, f"The body is not valid UTF-8 JSON ({where})."
    except RecursionError:  # a backstop: the depth check above should have refused it
        return None, f"The body is nested deeper than {MAX_JSON_DEPTH} levels."
    except ValueError:  # an integer longer than sys.get_int_max_str_digits()
        return None, f"A number in the body has more than {sys.get_int_max_str_digits()} digits."


def _sent_at_problem(sent_at: datetime) -> str:
    """Why a member's sent_at is outside the window we accept, or "" when it is inside."""
    now = timezone.now()
    oldest = now - timedelta(days=settings.MEMBER_API_SENT_AT_MAX_AGE_DAYS)
    if sent_at < oldest:
        return f"is more than {settings.MEMBER_API_SENT_AT_MAX_AGE_DAYS} days in the past"
    if sent_at > now + timedelta(seconds=settings.MEMBER_API_SENT_AT_MAX_AHEAD_SECONDS):
        ahead = settings.MEMBER_API_SENT_AT_MAX_AHEAD_SECONDS
        return f"is in the future (more than {ahead} seconds ahead of our clock)"
    return ""


def _too_many(retry_after: int, message: str) -> JsonResponse:
    response = _error(429, message)
    response["Retry-After"] = str(retry_after)
    return response


def _validate(payload: Any) -> tuple[dict[str, Any], dict[str, str]]:
    if not isinstance(payload, dict):
        return {}, {"body": "must be a JSON object"}
    errors: dict[str, str] = {}
    for unknown in sorted(set(payload) - _ALLOWED_FIELDS):
        errors[unknown] = "unknown field"
    member_id = payload.get("member_id")
    if not isinstance(member_id, str) or not member_id.strip():
        errors["member_id"] = "required, a non-empty string"
    text = payload.get("text")
    if not isinstance(text, str) or not text.strip():
        errors["text"] = "required, a non-empty string"
    elif len(text) > settings.MEMBER_MESSAGE_MAX_CHARS:
        errors["text"] = f"at most {settings.MEMBER_MESSAGE_MAX_CHARS} characters"
    elif "\x00" in text:
        errors["text"] = "must not contain NUL characters"
    subject = payload.get("subject", "")
    if not isinstance(subject, str) or len(subject) > 200:
        errors["subject"] = "a string of at most 200 characters"
    topic = payload.get("topic", Thread.Topic.OTHER)
    if topic not in Thread.Topic.values:
        errors["topic"] = "one of: " + ", ".join(Thread.Topic.values)
    sent_at = payload.get("sent_at")
    parsed_sent_at: datetime | None = None
    if sent_at is not None:
        try:
            parsed_sent_at = datetime.fromisoformat(str(sent_at))
        except ValueError:
            errors["sent_at"] = "an ISO 8601 date-time with a UTC offset"
        else:
            if timezone.is_naive(parsed_sent_at):
                errors["sent_at"] = "needs a UTC offset, such as 2026-11-24T10:00:00Z"
    cleaned = {
        "member_id": member_id.strip() if isinstance(member_id, str) else "",
        "text": text,
        "subject": subject.strip() if isinstance(subject, str) else "",
        "topic": topic,
        "sent_at": parsed_sent_at,
    }
    return cleaned, errors


@csrf_exempt  # machine-to-machine: authenticated by a bearer token, never by a cookie
@login_not_required
@require_POST
def post_member_message(request: HttpRequest) -> JsonResponse:
    # An address that has failed the token check too often is refused before any check.
    address = get_client_ip_address(request) or "unknown"
    bad_tokens = ratelimit.Limit(
        settings.MEMBER_API_BAD_TOKEN_LIMIT, settings.MEMBER_API_BAD_TOKEN_WINDOW_SECONDS
    )
    wait = ratelimit.exceeded("api-bad-token", address, bad_tokens)
    if wait is not None:
        return _too_many(wait, "Too many requests with an invalid token; try again later.")
    auth = request.headers.get("Authorization", "")
    token = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else ""
    client = services.api_client_authenticate(token=token) if token else None
    if client is None:
        wait = ratelimit.hit("api-bad-token", address, bad_tokens)
        if wait is not None:
            return _too_many(wait, "Too many requests with an invalid token; try again later.")
        response = _error(401, "A valid API token is required (Authorization: Bearer <token>).")
        response["WWW-Authenticate"] = 'Bearer realm="careteam"'
        return response
    posts = ratelimit.Limit(
        settings.MEMBER_API_CLIENT_LIMIT, settings.MEMBER_API_CLIENT_WINDOW_SECONDS
    )
    wait = ratelimit.hit("api-client", str(client.pk), posts)
    if wait is not None:
        return _too_many(wait, "This client sent too many messages; try again later.")

    key = request.headers.get("Idempotency-Key", "")
    if not _KEY.match(key):
        return _error(
            400,
            "Invalid request.",
            {"Idempotency-Key": "required header, 1-100 visible ASCII characters"},
        )
    if request.content_type != "application/json":
        return _error(415, "Send the body as application/json.")
    body = _read_body(request)
    if body is None:
        return _error(413, f"The body is larger than {settings.MEMBER_API_MAX_BODY_BYTES} bytes.")
    payload, problem = _parse_json(body)
    if problem:
        return _error(400, problem, {"body": "invalid JSON"})

    cleaned, errors = _validate(payload)
    if errors:
        return _error(400, "Invalid request.", errors)
    if cleaned["sent_at"] is not None and (problem := _sent_at_problem(cleaned["sent_at"])):
        return _error(422, "Invalid request.", {"sent_at": problem})
    # Only the members the client's team serves; any other id answers as if it did not exist.
    member = (
        Member.objects.served_by([client.team_id]).filter(member_id=cleaned["member_id"]).first()
    )
    if member is None:
        return _error(400, "Invalid request.", {"member_id": services.UNKNOWN_MEMBER})

    try:
        result = services.member_message_receive(
            client=client,
            member=member,
            text=cleaned["text"],
            subject=cleaned["subject"],
            topic=cleaned["topic"],
            received_at=cleaned["sent_at"],
            idempotency_key=key,
            fingerprint=services.request_fingerprint(payload),
        )
    except services.ServiceError as error:
        if error.field == "member_id":
            return _error(400, "Invalid request.", {"member_id": error.message})
        return _error(422, error.message, {error.field: "reused with a different body"})
    message = result.message
    response = JsonResponse(
        {
            "message_id": str(message.uuid),
            "thread_id": message.thread_id,
            "received_at": message.created_at.isoformat(),
        },
        status=201 if result.created else 200,
    )
    if not result.created:
        response["Idempotent-Replayed"] = "true"
    return response
