"""Ids of page regions that both the server and the templates name: the views compare htmx's
HX-Target and HX-Trigger headers with them, live updates push the regions by them, and the
templates write them with {% page_id %} (careteam/templatetags/page_ids.py). The static scripts
(static/js) still spell them: keep these in step with them."""

from __future__ import annotations

# The inbox's list of threads: polled, pushed by live updates, the target of its filters.
THREAD_LIST = "thread-list"
# The thread page's link that loads earlier messages into the conversation.
SHOW_EARLIER = "show-earlier"

PAGE_IDS = {"THREAD_LIST": THREAD_LIST, "SHOW_EARLIER": SHOW_EARLIER}
