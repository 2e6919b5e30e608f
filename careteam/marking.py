"""Member text shown with some of its words marked, without ever trusting the text."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def mark_matches(text: str, pattern: re.Pattern[str], css_class: str) -> SafeString:
    """Escape the text, then wrap what `pattern` matches in the escaped text in <mark>.

    The pattern runs over the escaped text, so it must match escaped forms (build it from
    escaped fragments); only our own <mark> elements are added.
    """
    html = pattern.sub(
        lambda match: f'<mark class="{css_class}">{match.group(0)}</mark>', str(escape(text))
    )
    return mark_safe(html)  # noqa: S308 (escaped first; only our own <mark> is added)


def mark_fragments(text: str, fragments: list[str], css_class: str) -> SafeString:
    """Mark each occurrence of the fragments, longest first so one inside another is not
    marked twice."""
    escaped = sorted({str(escape(fragment)) for fragment in fragments if fragment}, key=len)
    if not escaped:
        return escape(text)
    pattern = re.compile("|".join(re.escape(fragment) for fragment in reversed(escaped)))
    return mark_matches(text, pattern, css_class)
