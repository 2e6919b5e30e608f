"""JSON too deep or with numbers too long, found before json.loads sees it.

Python's parser recurses once per nesting level (a body of 30,000 `[` ends in RecursionError)
and refuses integers past 4,300 digits with a ValueError that says nothing of where. One linear
scan over the brackets and numbers outside strings finds both first; callers say what it means
for them (the member API, claims files).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class JsonShapeProblem:
    offset: int  # where in the text
    kind: str  # "depth" or "number"
    size: int  # the nesting reached, or the number's length


@functools.cache
def _tokens(max_number_chars: int | None) -> re.Pattern[str]:
    number = "" if max_number_chars is None else r"|[-+0-9.eE]{" + str(max_number_chars + 1) + ",}"
    return re.compile(r'"(?:[^"\\]|\\.)*"?|[\[{]|[\]}]' + number)


def json_shape_problem(
    text: str, *, max_depth: int, max_number_chars: int | None = None
) -> JsonShapeProblem | None:
    """The first place where arrays and objects nest deeper than `max_depth`, or a number runs
    longer than `max_number_chars`; None when there is none. Strings are skipped."""
    depth = 0
    for token in _tokens(max_number_chars).finditer(text):
        first = token.group()[0]
        if first == '"':
            continue
        if first in "[{":
            depth += 1
            if depth > max_depth:
                return JsonShapeProblem(token.start(), "depth", depth)
        elif first in "]}":
            depth -= 1
        else:
            return JsonShapeProblem(token.start(), "number", len(token.group()))
    return None
