"""{% page_id "THREAD_LIST" %}: a region's id from careteam.page_ids, so that templates do not
spell it; an unknown name fails the render instead of writing an empty id."""

from __future__ import annotations

from django import template

from careteam.page_ids import PAGE_IDS

register = template.Library()


@register.simple_tag
def page_id(name: str) -> str:
    try:
        return PAGE_IDS[name]
    except KeyError:
        raise template.TemplateSyntaxError(
            f"no page id named {name!r} in careteam.page_ids"
        ) from None
