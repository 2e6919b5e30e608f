"""Formatting for the dashboard's figures."""

from __future__ import annotations

from django import template

register = template.Library()
NONE = "\u2013"  # an en dash: no figure


@register.filter
def get(mapping: dict[str, object], key: str) -> object:
    return mapping.get(key) if mapping else None


@register.filter
def percent(value: float | None) -> str:
    return NONE if value is None else f"{value * 100:.0f}%"


@register.filter
def similarity(value: float | None) -> str:
    return NONE if value is None else f"{value:.2f}"


@register.filter
def duration(seconds: float | None) -> str:
    if seconds is None:
        return NONE
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"
