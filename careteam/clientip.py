"""The address a request came from, for login throttling (django-axes) and anything else that
keys on the client.

Behind the TLS proxy every request reaches Django from the proxy's address, so the client's is
taken from X-Forwarded-For, read from the right: each trusted proxy appends the address it saw,
and whatever the client wrote itself sits further left. With TRUSTED_PROXY_COUNT proxies the
client is the entry that many places from the right end. A direct deployment (the count is 0,
which it is unless BEHIND_TLS_PROXY is set) never reads the header, so a forged one changes
nothing.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR") or None
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(entries) < count or not entries[-count]:
        return remote  # the request did not come through every trusted proxy
    try:
        return str(ipaddress.ip_address(entries[-count]))
    except ValueError:
        return remote
