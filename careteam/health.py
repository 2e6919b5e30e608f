"""Liveness and readiness for load balancers and operators. No member data, no secrets."""

from __future__ import annotations

import asyncio

import redis
from channels.layers import get_channel_layer
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from careteam import jobs
from careteam.live.publish import wait_for_async
from careteam.models import Job

# The probe's own bound on each Redis round trip (connect, PING, the configuration read), well
# inside a load balancer's usual 5 s, so a Redis that does not answer gets a 503, not a timeout.
PROBE_TIMEOUT_SECONDS = 1.0


def broker_durability_warnings(config: dict[str, str]) -> list[str]:
    """What in a Redis configuration would lose queued work."""
    warnings = []
    policy = config.get("maxmemory-policy", "")
    if policy and policy != "noeviction":
        warnings.append(f"Redis may evict queued work under memory pressure ({policy=})")
    if config.get("appendonly") != "yes" and not config.get("save"):
        warnings.append(
            "Redis keeps nothing on disk: a restart drops queued work (the outbox relay "
            "publishes it again, after JOBS_PUBLISH_LEASE_SECONDS)"
        )
    return warnings


def _broker() -> dict[str, object]:
    if not settings.REDIS_URL:
        return {"status": "ok", "mode": "in-process (no REDIS_URL)", "warnings": []}
    client = redis.Redis.from_url(
        settings.REDIS_URL,
        socket_timeout=PROBE_TIMEOUT_SECONDS,
        socket_connect_timeout=PROBE_TIMEOUT_SECONDS,
    )
    try:
        return _broker_status(client)
    finally:
        client.close()


def _broker_status(client: redis.Redis) -> dict[str, object]:
    try:
        client.ping()
    except redis.RedisError as error:
        return {"status": "down", "error": type(error).__name__, "warnings": []}
    try:
        pipeline = client.pipeline(transaction=False)  # one round trip for the three settings
        for key in ("maxmemory-policy", "appendonly", "save"):
            pipeline.config_get(key)
        config: dict[str, str] = {}
        for reply in pipeline.execute():
            config.update({k.decode() if isinstance(k, bytes) else k:
                           v.decode() if isinstance(v, bytes) else v
                           for k, v in reply.items()})  # fmt: skip
    except redis.RedisError:
        return {"status": "ok", "warnings": ["cannot read the Redis configuration (CONFIG GET)"]}
    return {"status": "ok", "warnings": broker_durability_warnings(config)}


def _live_updates() -> dict[str, object]:
    """One message through the live channel layer and back (careteam.live). When it fails,
    pages still work: they poll (so this is reported, and does not make the instance unready)."""
    layer = get_channel_layer()
    if layer is None:
        return {"status": "off"}

    async def round_trip() -> bool:
        channel = await layer.new_channel("health.")
        await layer.send(channel, {"type": "health.probe"})
        return (await layer.receive(channel)).get("type") == "health.probe"

    async def bounded() -> bool:
        return await asyncio.wait_for(round_trip(), timeout=PROBE_TIMEOUT_SECONDS)

    try:
        arrived = wait_for_async(bounded)
    except Exception as error:  # any failure of the layer: its kind, never its message
        return {"status": "down", "error": type(error).__name__}
    return {"status": "ok" if arrived else "down", "layer": type(layer).__name__}


@login_not_required
@require_GET
def live(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@login_not_required
@require_GET
def ready(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        job_counts = {
            "overdue": jobs.overdue().count(),
            "failed": Job.objects.filter(status=Job.Status.FAILED).count(),
        }
        database = {"status": "ok"}
    except Exception as error:  # any database failure makes the instance not ready
        database = {"status": "down", "error": type(error).__name__}
        job_counts = {}
    broker = _broker()
    live_updates = _live_updates()
    healthy = database["status"] == "ok" and broker["status"] == "ok"
    return JsonResponse(
        {
            "status": "ok" if healthy else "down",
            "database": database,
            "broker": broker,
            "jobs": job_counts,
            "live_updates": live_updates,
        },
        status=200 if healthy else 503,
    )
