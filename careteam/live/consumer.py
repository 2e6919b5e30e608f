"""One socket per open inbox or thread page: events in, the page's own fragments out.

The page says which regions it shows ({"type": "subscribe", "regions": [...]}, each with the
poll URL and the version it shows). The consumer answers at once with whatever changed since
those versions (so nothing is lost across a reconnect), then joins the groups of the viewer's
teams and, for each burst of events (LIVE_COALESCE_MS), re-renders the regions they may concern
through their poll (careteam.live.regions), skipping a region that already shows the current
change counter. Access is decided per render by the views themselves; an answer that
is not a fragment or 204 (signed out, idle logoff, no longer allowed) closes the socket.
Inbox lists are refreshed for all of this process's sockets together (_InboxLists): one
render per set of screens that would get the same bytes, each of the others checked from
its session in one batch (careteam.live.audience) and audited as a viewer of that listing.
Between events a heartbeat re-reads the session, so a signed-out or timed-out session is
closed within one beat even when nothing happens.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
import weakref
from dataclasses import dataclass
from importlib import import_module

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpResponse

from careteam import roles, selectors, services
from careteam.live import audience
from careteam.live.publish import Change, session_group, team_group, thread_group
from careteam.live.regions import Region, RegionRefused, region_from, render_region
from careteam.middleware import session_timed_out
from careteam.models import User
from careteam.page_ids import CONVERSATION, THREAD_LIST
from careteam.views import POLL_VERSION_HEADER

logger = logging.getLogger(__name__)

# Close codes the page reads (4000-4999 are the application's): it stops reconnecting after
# these and lets its next poll lead to the login page or the error it gets.
CLOSE_SIGNED_OUT = 4401
CLOSE_REFUSED = 4403
_MAX_REGIONS = 4
INBOX_LIST = THREAD_LIST
# The page event that reloads the draft panel (templates/careteam/thread.html).
DRAFT_READY_EVENT = "live-draft-ready"
# A colleague on the thread is shown while heard from within this long (they announce every
# heartbeat); "writing a reply" lasts this long after their last key press.
PRESENCE_SECONDS = 2.5 * settings.LIVE_HEARTBEAT_SECONDS
TYPING_SECONDS = 6.0


@dataclass
class Colleague:
    """Another agent with the same thread open, as last heard (monotonic clock)."""

    name: str
    until: float
    typing_until: float


class LiveConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self) -> None:
        user = self.scope.get("user")
        session = self.scope.get("session")
        self.regions: dict[str, Region] = {}
        self.team_groups: set[str] = set()
        self.dirty: set[str] = set()
        # Regions whose page is told (after a render proves it may still see the thread) that a
        # draft is ready: the draft panel then loads it over HTTP, with its own checks.
        self.draft_ready: set[str] = set()
        # Presence on the open thread: who else has it open, who is writing a reply. Told
        # between the sockets on that thread (its group) and kept only here, with expiry.
        self.watching: int | None = None
        self.colleagues: dict[int, Colleague] = {}
        self.presence_sent: object = None
        self.refresher: asyncio.Task[None] | None = None
        self.heartbeat: asyncio.Task[None] | None = None
        if user is None or not user.is_authenticated or session is None:
            await self.close(code=CLOSE_SIGNED_OUT)
            return
        self.user_id = user.pk
        self.display_name = user.display_name
        self.session_key = session.session_key
        if not self.session_key or not await self._session_is_live():
            await self.close(code=CLOSE_SIGNED_OUT)
            return
        await self.accept()
        await self.channel_layer.group_add(session_group(self.session_key), self.channel_name)
        self.heartbeat = asyncio.create_task(self._beat())

    async def disconnect(self, code: int) -> None:
        self.regions = {}  # a list refresh under way for several screens skips this one
        for task in (self.heartbeat, self.refresher):
            if task is not None:
                task.cancel()
        await self._stop_watching()
        if getattr(self, "session_key", None):
            await self.channel_layer.group_discard(
                session_group(self.session_key), self.channel_name
            )
        for group in self.team_groups:
            await self.channel_layer.group_discard(group, self.channel_name)

    async def receive_json(self, content: object, **kwargs: object) -> None:
        if not isinstance(content, dict):
            return
        if content.get("type") == "typing":
            if self.watching is not None:
                await self._announce(typing=True)
            return
        if content.get("type") != "subscribe":
            return
        specs = content.get("regions")
        try:
            if not isinstance(specs, list) or not 0 < len(specs) <= _MAX_REGIONS:
                raise RegionRefused("a page has one to four regions")
            regions = [region_from(spec) for spec in specs]
        except RegionRefused as refusal:
            await self.send_json({"type": "refused", "reason": str(refusal)})
            return
        self.regions = {region.id: region for region in regions}
        # What changed since the page's versions first, then the events from here on: a change
        # committed in between is seen twice at worst (the second render answers 204).
        await self._join_team_groups()
        await self._refresh(set(self.regions))
        conversation = self.regions.get(CONVERSATION)
        watch = conversation.thread_id if conversation else None
        if watch != self.watching:
            await self._stop_watching()
            if watch is not None and self.regions:  # still open: the render allowed it
                self.watching = watch
                await self.channel_layer.group_add(thread_group(watch), self.channel_name)
                await self._announce(ask=True)

    # --- events from the channel layer ------------------------------------------------------

    async def thread_changed(self, event: dict[str, object]) -> None:
        concerned = {
            region.id
            for region in self.regions.values()
            if region.thread_id is None or region.thread_id == event.get("thread")
        }
        if event.get("change") == Change.DRAFT:
            concerned = {region_id for region_id in concerned if region_id == CONVERSATION}
            self.draft_ready |= concerned
        if INBOX_LIST in concerned:
            concerned.discard(INBOX_LIST)
            _inbox_lists().add(self)
        if concerned:
            self._schedule(concerned)

    async def session_ended(self, event: dict[str, object]) -> None:
        await self.close(code=CLOSE_SIGNED_OUT)

    async def presence_here(self, event: dict[str, object]) -> None:
        if event.get("thread") != self.watching or event.get("user") == self.user_id:
            return  # another thread's, or this agent's own other tab
        now = time.monotonic()
        self.colleagues[int(str(event["user"]))] = Colleague(
            name=str(event.get("name", "")),
            until=now + PRESENCE_SECONDS,
            typing_until=now + TYPING_SECONDS if event.get("typing") else 0.0,
        )
        if event.get("ask"):
            await self._announce()
        if event.get("typing"):
            asyncio.get_running_loop().call_later(
                TYPING_SECONDS + 0.1, lambda: asyncio.ensure_future(self._send_presence())
            )
        await self._send_presence()

    async def presence_gone(self, event: dict[str, object]) -> None:
        if event.get("thread") == self.watching and event.get("user") != self.user_id:
            self.colleagues.pop(int(str(event["user"])), None)
            await self._send_presence()

    async def _announce(self, *, typing: bool = False, ask: bool = False) -> None:
        await self.channel_layer.group_send(
            thread_group(self.watching),  # type: ignore[arg-type]
            {
                "type": "presence.here",
                "thread": self.watching,
                "user": self.user_id,
                "name": self.display_name,
                "typing": typing,
                "ask": ask,
            },
        )

    async def _stop_watching(self) -> None:
        if self.watching is None:
            return
        group = thread_group(self.watching)
        await self.channel_layer.group_send(
            group, {"type": "presence.gone", "thread": self.watching, "user": self.user_id}
        )
        await self.channel_layer.group_discard(group, self.channel_name)
        self.watching, self.colleagues = None, {}

    async def _send_presence(self) -> None:
        now = time.monotonic()
        self.colleagues = {key: c for key, c in self.colleagues.items() if c.until > now}
        here = sorted(c.name for c in self.colleagues.values())
        typing = sorted(c.name for c in self.colleagues.values() if c.typing_until > now)
        state = (here, typing)
        if state == self.presence_sent:
            return
        self.presence_sent = state
        await self.send_json({"type": "presence", "here": here, "typing": typing})

    # --- refreshing -------------------------------------------------------------------------

    def _schedule(self, region_ids: set[str]) -> None:
        """Events that arrive within LIVE_COALESCE_MS of the first, or while a refresh
        runs, are folded into one refresh: a burst costs one render per screen, not one each."""
        self.dirty |= region_ids
        if self.refresher is None or self.refresher.done():
            self.refresher = asyncio.create_task(self._refresh_dirty())

    async def _refresh_dirty(self) -> None:
        await asyncio.sleep(settings.LIVE_COALESCE_MS / 1000)
        while self.dirty:
            region_ids, self.dirty = self.dirty, set()
            await self._refresh(region_ids, skip_current=True)

    async def _refresh(self, region_ids: set[str], *, skip_current: bool = False) -> None:
        # After an event, a region already showing the current change counter (an earlier
        # render saw this change too) would answer 204: one lookup skips the whole request.
        # Nothing is sent for it, so there is nothing to authorise; a page's first render
        # (subscribe) always runs, and so does a region told of a draft (its trigger waits
        # for a render that proves access).
        current = None
        if skip_current:
            current = await database_sync_to_async(selectors.poll_version, thread_sensitive=False)()
        for region_id in sorted(region_ids):
            region = self.regions.get(region_id)
            if region is None:
                continue
            if current and region.version == current and region_id not in self.draft_ready:
                continue
            await self._refresh_region(region_id)
            if not self.regions:
                return  # closed

    async def _refresh_region(self, region_id: str) -> HttpResponse | None:
        """Render one region through its poll and send it; the response when a fragment went
        out, None for 204 or when the answer closed the socket."""
        region = self.regions[region_id]
        # In the shared pool, not the one thread sync code gets by default: one socket's
        # render waits on the database while another's runs.
        response = await database_sync_to_async(render_region, thread_sensitive=False)(
            socket_scope=self.scope, region=region
        )
        if region_id in self.draft_ready and response.status_code in (200, 204):
            self.draft_ready.discard(region_id)
            await self.send_json({"type": "trigger", "event": DRAFT_READY_EVENT})
        if response.status_code == 204:
            return None
        if response.status_code != 200 or response.has_header("HX-Redirect"):
            # Signed out, timed out, or no longer allowed to see this: the page's own poll
            # gets the same answer and shows it.
            signed_out = response.status_code in (301, 302) or response.has_header("HX-Redirect")
            self.regions = {}
            await self.close(code=CLOSE_SIGNED_OUT if signed_out else CLOSE_REFUSED)
            return None
        region.version = response.get(POLL_VERSION_HEADER, "")
        await self.send(text_data=fragment_message(region, response.content.decode()))
        return response

    # --- who may listen -----------------------------------------------------------------------

    async def _join_team_groups(self) -> None:
        wanted = {team_group(team_id) for team_id in await self._team_ids()}
        for group in wanted - self.team_groups:
            await self.channel_layer.group_add(group, self.channel_name)
        for group in self.team_groups - wanted:
            await self.channel_layer.group_discard(group, self.channel_name)
        self.team_groups = wanted

    @database_sync_to_async
    def _team_ids(self) -> list[int]:
        user = User.objects.filter(pk=self.user_id, is_active=True).first()
        if user is None or not roles.can_work_threads(user):
            return []
        return list(user.teams.values_list("pk", flat=True))

    @database_sync_to_async
    def _session_is_live(self) -> bool:
        session = import_module(settings.SESSION_ENGINE).SessionStore(self.session_key)
        if session.get(SESSION_KEY) != str(self.user_id):
            return False  # signed out (the row is gone) or another user's session now
        return not session_timed_out(session, now=int(time.time()))

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(settings.LIVE_HEARTBEAT_SECONDS)
            if not await self._session_is_live():
                await self.close(code=CLOSE_SIGNED_OUT)
                return
            if self.regions:
                await self._join_team_groups()  # a changed team or role takes effect here
            await self.send_json({"type": "beat"})
            if self.watching is not None:
                await self._announce()
                await self._send_presence()


def fragment_message(region: Region, html: str) -> str:
    return json.dumps(
        {"type": "fragment", "target": region.id, "version": region.version, "html": html}
    )


class _InboxLists:
    """This process's open inbox lists that events made stale, refreshed together: rendered
    once per audience (careteam.live.audience) and the same bytes sent to each of its screens.

    Events that arrive within LIVE_COALESCE_MS of the first, or while a refresh runs, are
    folded into the next one, as a socket folds its own regions' events.
    """

    def __init__(self) -> None:
        self.stale: dict[LiveConsumer, None] = {}
        self.refresher: asyncio.Task[None] | None = None

    def add(self, socket: LiveConsumer) -> None:
        self.stale[socket] = None
        if self.refresher is None or self.refresher.done():
            self.refresher = asyncio.create_task(self._refresh_stale())

    async def _refresh_stale(self) -> None:
        await asyncio.sleep(settings.LIVE_COALESCE_MS / 1000)
        while self.stale:
            sockets, self.stale = list(self.stale), {}
            try:
                await self._refresh(sockets)
            except Exception:  # the pages' polls catch up; the next event tries again
                logger.exception("inbox lists not refreshed")

    async def _refresh(self, sockets: list[LiveConsumer]) -> None:
        # A list already showing the current change counter would answer 204 (see _refresh).
        current = await database_sync_to_async(selectors.poll_version, thread_sensitive=False)()
        stale = [
            socket
            for socket in sockets
            if INBOX_LIST in socket.regions
            and not (current and socket.regions[INBOX_LIST].version == current)
        ]
        if not stale:
            return
        keys = await database_sync_to_async(audience.audiences, thread_sensitive=False)(
            screens=[
                audience.Screen(socket.session_key, socket.user_id, socket.regions[INBOX_LIST].url)
                for socket in stale
            ]
        )
        groups: dict[audience.Audience, list[LiveConsumer]] = {}
        alone = []
        for socket, key in zip(stale, keys, strict=True):
            if key is None:
                alone.append(socket)
            else:
                groups.setdefault(key, []).append(socket)
        outcomes = await asyncio.gather(
            *(socket._refresh({INBOX_LIST}) for socket in alone),
            *(self._render_once(group) for group in groups.values()),
            return_exceptions=True,  # one screen's failure leaves the others' refresh alone
        )
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                logger.error("inbox list not refreshed", exc_info=outcome)

    async def _render_once(self, group: list[LiveConsumer]) -> None:
        """The first screen's own request renders the list (and decides for that screen); the
        others, vouched for by their sessions, are audited as its viewers and sent its bytes."""
        for position, first in enumerate(group):
            if INBOX_LIST not in first.regions:
                continue
            response = await first._refresh_region(INBOX_LIST)
            if response is None:
                continue  # already current, or refused: the next screen renders instead
            others = [socket for socket in group[position + 1 :] if INBOX_LIST in socket.regions]
            if not others:
                return
            await database_sync_to_async(services.audit_listings_seen, thread_sensitive=False)(
                viewers=[(socket.user_id, socket.session_key) for socket in others],
                **response.listing_audit,  # type: ignore[attr-defined]
                request_id=response.get("X-Request-ID", ""),  # the render they were sent
            )
            version = response.get(POLL_VERSION_HEADER, "")
            html = response.content.decode()
            message = None
            for socket in others:
                region = socket.regions.get(INBOX_LIST)
                if region is None:
                    continue  # closed meanwhile
                region.version = version
                message = message or fragment_message(region, html)
                await socket.send(text_data=message)
            return


_inbox_lists_by_loop: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _InboxLists] = (
    weakref.WeakKeyDictionary()
)


def _inbox_lists() -> _InboxLists:
    """One per event loop (daphne runs one; tests start several, one after another)."""
    loop = asyncio.get_running_loop()
    lists = _inbox_lists_by_loop.get(loop)
    if lists is None:
        lists = _inbox_lists_by_loop[loop] = _InboxLists()
    return lists
