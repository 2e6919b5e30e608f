"""Which open inbox lists would be the same bytes, told apart cheaply, so each is rendered once.

After an event every open inbox of the team is stale, and most of those lists are identical:
the same page of the same tab of the same teams' threads, with the same tab counts. The
consumer renders such a list once, through the whole request path of one of its screens
(regions.render_region: session, second factor, idle logoff, the view's checks and audit, the
template partial), and sends those bytes to the others. Each of the others is first checked
here, from its session, in one batch of queries for all of them: still signed in as that user
with the second factor passed, neither idle nor past the absolute limit, the user active, the
password unchanged, and the access the session recorded (roles, teams, device) still current
(careteam.access moves `access_version` whenever any of it changes). A screen that does not
plainly pass, or whose list depends on the viewer (the "My threads" tab, a search kept in the
session), gets its own request as before, and that request decides what it is sent or whether
it is closed: this check can only spare a render, never allow what the request would refuse.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib import import_module
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django_otp import DEVICE_ID_SESSION_KEY

from careteam import roles, selectors
from careteam.access import ACCESS_SESSION_KEY
from careteam.middleware import session_timed_out
from careteam.models import User
from careteam.selectors import InboxTab
from careteam.views import INBOX_SEARCH_SESSION_KEY

# The tabs whose list is the same for everyone in the same teams ("My threads" is not).
_SHARED_TABS = {InboxTab.UNASSIGNED, InboxTab.OPEN, InboxTab.ALL}

type Audience = tuple[str, tuple[int, ...], int]


@dataclass(frozen=True)
class Screen:
    """An open inbox list: whose session asks, and the list's poll URL."""

    session_key: str
    user_id: int
    url: str


def audiences(*, screens: list[Screen]) -> list[Audience | None]:
    """For each screen, the key it shares with every screen whose list would be the same bytes
    (URL, teams, the count on the "My threads" tab); None where it needs a request of its own."""
    sessions = _sessions([screen.session_key for screen in screens])
    users = User.objects.in_bulk({screen.user_id for screen in screens})
    vouched: dict[int, tuple[int, ...]] = {}  # screen index -> the teams its session recorded
    for index, screen in enumerate(screens):
        teams = _teams_if_plainly_allowed(
            screen, sessions.get(screen.session_key), users.get(screen.user_id)
        )
        if teams is not None and _list_is_shared(screen.url):
            vouched[index] = teams
    mine = selectors.open_assigned_counts(
        user_ids=sorted({screens[index].user_id for index in vouched})
    )
    keys: list[Audience | None] = [None] * len(screens)
    for index, teams in vouched.items():
        screen = screens[index]
        assigned = sum(mine.get((screen.user_id, team_id), 0) for team_id in teams)
        keys[index] = (screen.url, teams, assigned)
    return keys


def _sessions(keys: list[str]) -> dict[str, dict]:
    """The live sessions among these keys, decoded (one query with database sessions)."""
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store_class, "get_model_class"):
        return {key: data for key in set(keys) if (data := store_class(key).load())}
    rows = store_class.get_model_class().objects.filter(
        session_key__in=set(keys), expire_date__gt=timezone.now()
    )
    store = store_class()
    return {row.session_key: store.decode(row.session_data) for row in rows}


def _teams_if_plainly_allowed(
    screen: Screen, session: dict | None, user: User | None
) -> tuple[int, ...] | None:
    """The teams whose threads this screen's own request would list, when its session plainly
    passes every check that request makes; None when anything is not plainly so."""
    if session is None or user is None or not user.is_active or user.is_superuser:
        return None
    if session.get(SESSION_KEY) != str(user.pk):
        return None  # signed out, or another user's session now
    if session_timed_out(session, now=int(time.time())):  # type: ignore[arg-type]
        return None
    if not constant_time_compare(session.get(HASH_SESSION_KEY, ""), user.get_session_auth_hash()):
        return None  # the password changed (or the hash is an old key's): the request decides
    recorded = session.get(ACCESS_SESSION_KEY)
    device = session.get(DEVICE_ID_SESSION_KEY) or ""
    if (
        not isinstance(recorded, dict)
        or recorded.get("user") != user.pk
        or recorded.get("version") != user.access_version
        or recorded.get("device") != device
    ):
        return None
    if settings.MFA_REQUIRED and not device:
        return None
    if roles.WORK_THREADS not in recorded.get("perms", ()):
        return None
    if session.get(INBOX_SEARCH_SESSION_KEY):
        return None  # a search of this session's own
    return tuple(sorted(int(team_id) for team_id in recorded.get("teams", ())))


def _list_is_shared(url: str) -> bool:
    tabs = parse_qs(urlsplit(url).query).get("tab", [])
    return bool(tabs) and tabs[-1] in _SHARED_TABS
