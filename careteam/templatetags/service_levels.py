"""Time left before a response is due, and short durations, for the inbox and queue pages."""

from __future__ import annotations

from datetime import datetime, timedelta

from django import template

register = template.Library()


@register.filter
def duration_short(value: timedelta | None) -> str:
    """'3 d 4 h', '2 h 5 min', '7 min': the two largest units, never seconds."""
    if value is None:
        return ""
    minutes = max(0, int(value.total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


@register.filter
def time_left(due: datetime | None, now: datetime) -> str:
    """'due in 2 h 5 min' or 'overdue by 7 min'."""
    if due is None:
        return ""
    if due >= now:
        return f"due in {duration_short(due - now)}"
    return f"overdue by {duration_short(now - due)}"
