"""How long the console takes: every request by route, every Celery task and outbox job.

Durations go to one shared store (careteam.telemetry.store: Redis, or memory without Redis) as
histograms, so all gunicorn workers and Celery workers on any host add to the same counts. Two
readers: the Prometheus endpoint (/metrics, cumulative histograms and queue depths) and the
admins' page of p50/p95 per endpoint over the last hour and day. Labels are route names, task
and job names only: never a path, a query or anything a member wrote.
"""
