"""The audit page's action labels, named by the app that owns each action."""

from django import template

from careteam.audit import audit_action_label

register = template.Library()


@register.filter
def action_label(action: str) -> str:
    return audit_action_label(action)
