"""Formatting for the response-times page."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def milliseconds(seconds: float | None) -> str:
    if seconds is None:
        return "\u2013"
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"
