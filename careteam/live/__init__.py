"""Live updates: changes pushed to the open inbox and thread pages over a websocket.

publish.py tells the screens after a write commits (small events to team groups); consumer.py
keeps one socket per open page and, for each event, re-renders the page's regions through the
same views and templates its background poll uses (regions.py), so a push and a poll show the
same thing, checked the same way. An inbox list that several screens would show alike is
rendered once for them, each screen's session checked cheaply first (audience.py).
"""

# Where a page opens its socket (routing.py serves it; base.html tells live.js).
SOCKET_PATH = "/ws/live/"
