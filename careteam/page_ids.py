"""Ids of page regions that both the server and the pages name: the views compare htmx's
HX-Target and HX-Trigger headers with them, live updates push the regions by them, the templates
write them with {% page_id %} (careteam/templatetags/page_ids.py), and the static scripts read
them from the page (FOR_SCRIPTS, written by base.html as the JSON script "page-ids")."""

from __future__ import annotations

# The inbox's list of threads: polled, pushed by live updates, the target of its filters.
THREAD_LIST = "thread-list"
# The thread page's conversation: polled, pushed by live updates, where earlier messages go.
CONVERSATION = "conversation"
# The thread page's link that loads earlier messages into the conversation.
SHOW_EARLIER = "show-earlier"

PAGE_IDS = {"THREAD_LIST": THREAD_LIST, "CONVERSATION": CONVERSATION, "SHOW_EARLIER": SHOW_EARLIER}

# The regions a page may ask live updates to push, and the page (URL name) that serves each.
LIVE_REGION_PAGES = {THREAD_LIST: "inbox", CONVERSATION: "thread"}

# What static/js reads: every id by its name here, and the ids of the live regions.
FOR_SCRIPTS: dict[str, object] = {**PAGE_IDS, "LIVE_REGIONS": list(LIVE_REGION_PAGES)}
