"""Member text as staff read it: bidi controls that reorder text are shown, not obeyed.

Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) change the order in which
everything after them is displayed ("Invoice <RLO>fdp.exe" reads "Invoice exe.pdf"); a member
has no need for them in a message, so they are replaced by a visible "[U+202E]" and an agent
sees that the text carried one. The marks (U+200E, U+200F, U+061C) are kept: they cannot
reorder letters, only set the direction of neighbouring punctuation, and right-to-left writing
uses them. Templates also isolate each piece of member text (<bdi>, or dir="auto" on blocks),
so nothing in it can change the layout around it. The stored text stays as received.
"""

from __future__ import annotations

from django import template

register = template.Library()

_REORDERING = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_VISIBLE = {code: f"[U+{code:04X}]" for code in _REORDERING}


@register.filter
def bidi_visible(value: object) -> str:
    return str(value if value is not None else "").translate(_VISIBLE)
