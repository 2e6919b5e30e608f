"""The hx-headers of a polling region, so that templates do not spell the header names."""

from __future__ import annotations

import json

from django import template
from django.utils.safestring import SafeString, mark_safe

from careteam.middleware import BACKGROUND_POLL_HEADER, POLL_VERSION_HEADER

register = template.Library()

# JSON's own quotes stay readable; what could end a single-quoted attribute or open markup is
# escaped (the templates write hx-headers='...').
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "'": "&#x27;", "<": "&lt;", ">": "&gt;"})


@register.simple_tag
def poll_headers(version: str | None = None, *, background: bool = True) -> SafeString:
    """{"X-Background-Poll": "1", "X-Poll-Version": version}; background=False marks a link
    inside a polling region as the user's own request, which its headers would otherwise
    inherit."""
    headers = {BACKGROUND_POLL_HEADER: "1" if background else "0"}
    if version is not None:
        headers[POLL_VERSION_HEADER] = str(version)
    return mark_safe(json.dumps(headers).translate(_ATTRIBUTE_ESCAPES))  # noqa: S308 (escaped)
