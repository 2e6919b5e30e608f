"""gunicorn's settings for serving the pages (README, "Production"; bench/load.py serves with
the same):

    gunicorn -c python:careteam.gunicorn_config careteam.wsgi

One synchronous worker process per core: a page is CPU work in Python between a few short
queries, so more processes (or gthread's threads, which share one interpreter lock) only queue
for the same cores. On the 2-core bench machine 4 sync workers, and 2 workers of 4 threads
each, served no more thread pages or inboxes a second than 2 sync workers, and the threads had
the longer tail (bench/load.py, docs/FIGURES.md "Pages over HTTP"). The proxy in front buffers slow
clients, which is what sync workers need. WEB_CONCURRENCY (processes), GUNICORN_THREADS
(threads per process, gthread when above 1) and GUNICORN_BIND override the defaults.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "0")) or os.cpu_count() or 2
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = 30
