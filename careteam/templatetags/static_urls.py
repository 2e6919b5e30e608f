"""`{% static_url 'path' %}`: `{% static 'path' %}`, looked up once per process and path.

base.html names six static files on every page; with the manifest storage each `{% static %}`
looks the hashed name up again (about a twentieth of an inbox's rendering). The storage reads
its manifest once per process anyway, so the answer cannot change while the process lives.
Only for the literal paths a template names (the cache grows with nothing a request carries).
"""

from __future__ import annotations

from functools import cache

from django import template
from django.templatetags.static import static

register = template.Library()


@register.simple_tag
def static_url(path: str) -> str:
    return _static(path)


@cache
def _static(path: str) -> str:
    return static(path)
