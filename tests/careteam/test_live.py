"""Live updates over the websocket (careteam/live/): the right screens only, signed-out sessions
closed, nothing lost across a reconnect. Through the real Redis channel layer and the real
database: each test commits, as production does, so the pushes happen after commit."""

from __future__ import annotations

import json
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import connections, transaction
from django.test import Client
from django.urls import reverse

from careteam import services
from careteam.asgi import application
from careteam.live.publish import wait_for_async
from careteam.models import AuditEvent
from careteam.roles import Role
from tests.conftest import login
from tests.factories import MemberFactory, MessageFactory, TeamFactory, ThreadFactory, UserFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("fresh_cache")]

SOCKET = "/ws/live/"
WAIT = 10  # seconds a test waits for a push before it fails


@pytest.fixture
def layer(monkeypatch):
    from channels_redis.core import RedisChannelLayer

    # A page's version also turns each minute; a turn between loading a page and subscribing
    # would push a fresh render that the tests' "nothing was pushed" checks would misread.
    monkeypatch.setattr("careteam.selectors.POLL_VERSION_SECONDS", 10**9)

    channel_layer = get_channel_layer()
    assert isinstance(channel_layer, RedisChannelLayer), "the tests use the real Redis layer"
    wait_for_async(channel_layer.flush)
    return channel_layer


def run(scenario) -> None:  # type: ignore[no-untyped-def]
    """Run an async scenario on a thread of its own (a Playwright session earlier in the run
    keeps an event loop in this one), closing that thread's database connections after."""

    def in_thread() -> None:
        try:
            async_to_sync(scenario)()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(in_thread).result()


def signed_in(user) -> Client:
    return login(Client(), user)


def socket_for(client: Client | None) -> WebsocketCommunicator:
    headers = [(b"origin", b"http://localhost"), (b"host", b"localhost")]
    if client is not None:
        name = settings.SESSION_COOKIE_NAME
        headers.append((b"cookie", f"{name}={client.cookies[name].value}".encode()))
    return WebsocketCommunicator(application, SOCKET, headers=headers)


def shown_version(html: str) -> str:
    found = re.search(r'"X-Poll-Version": "([^"]+)"', html)
    assert found, "the polling region carries its version"
    return found.group(1)


def inbox_region(client: Client) -> dict[str, str]:
    page = client.get(reverse("inbox"), {"tab": "all"})
    assert page.status_code == 200
    return {"id": "thread-list", "url": "/inbox/?tab=all", "version": shown_version(page.text)}


def conversation_region(client: Client, thread_id: int) -> dict[str, str]:
    url = reverse("thread", args=[thread_id])
    page = client.get(url)
    assert page.status_code == 200
    return {"id": "conversation", "url": url, "version": shown_version(page.text)}


def post_member_message(token: str, member_id: str, text: str, key: str) -> int:
    response = Client().post(
        "/api/v1/messages",
        data=json.dumps({"member_id": member_id, "text": text}),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": key},
    )
    assert response.status_code == 201, response.content
    return response.json()["thread_id"]


async def subscribed(client: Client, *regions: dict[str, str]) -> WebsocketCommunicator:
    socket = socket_for(client)
    connected, _ = await socket.connect()
    assert connected
    await socket.send_json_to({"type": "subscribe", "regions": list(regions)})
    return socket


async def fragments_until(socket: WebsocketCommunicator, text: str) -> dict[str, object]:
    """The first pushed fragment holding `text` (earlier ones, of other changes, are skipped)."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        event = await socket.receive_json_from(timeout=deadline - time.monotonic())
        if event["type"] == "fragment" and text in event["html"]:
            return event
    raise AssertionError(f"no fragment with {text!r}")


@pytest.fixture
def two_teams(layer):
    team, other_team = TeamFactory(name="North"), TeamFactory(name="South")
    ana = UserFactory(username="ana", first_name="Ana", role=Role.CARE_AGENT, team=team)
    ben = UserFactory(username="ben", first_name="Ben", role=Role.CARE_AGENT, team=team)
    olga = UserFactory(username="olga", first_name="Olga", role=Role.CARE_AGENT, team=other_team)
    member = MemberFactory(member_id="M100001", teams=[team])
    other_member = MemberFactory(member_id="M200002", teams=[other_team])
    _, token = services.api_client_create(name="north-app", team=team)
    _, other_token = services.api_client_create(name="south-app", team=other_team)
    thread = ThreadFactory(team=team, member=member, subject="Billing")
    MessageFactory(thread=thread, text="First question")
    return {
        "team": team,
        "ana": ana,
        "ben": ben,
        "olga": olga,
        "member": member,
        "other_member": other_member,
        "token": token,
        "other_token": other_token,
        "thread": thread,
    }


def test_a_member_message_reaches_its_teams_screens_and_no_other(two_teams):
    scene = two_teams
    ana, ben, olga = (signed_in(scene[name]) for name in ("ana", "ben", "olga"))
    ana_inbox, olga_inbox = inbox_region(ana), inbox_region(olga)
    ben_thread = conversation_region(ben, scene["thread"].pk)

    async def scenario() -> None:
        sockets = [
            await subscribed(ana, ana_inbox),
            await subscribed(ben, ben_thread),
            await subscribed(olga, olga_inbox),
        ]
        for socket in sockets:  # subscribed at the versions they show: nothing to catch up
            assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker north 7731", "k-1"
        )
        inbox = await fragments_until(sockets[0], "Marker north 7731")
        assert inbox["target"] == "thread-list" and 'id="thread-list"' in inbox["html"]
        conversation = await fragments_until(sockets[1], "Marker north 7731")
        assert conversation["target"] == "conversation"
        assert conversation["version"] and conversation["version"] != ben_thread["version"]
        assert await sockets[2].receive_nothing(timeout=1), "another team's screen got it"

        await sync_to_async(post_member_message)(
            scene["other_token"], "M200002", "Marker south 4410", "k-2"
        )
        await fragments_until(sockets[2], "Marker south 4410")
        for socket in sockets[:2]:
            while not await socket.receive_nothing(timeout=1):
                event = await socket.receive_json_from()
                assert "Marker south" not in json.dumps(event)
        for socket in sockets:
            await socket.disconnect()

    run(scenario)
    # The pushed inbox was a read of member data like a poll's: audited, for Ana.
    assert AuditEvent.objects.filter(
        actor=scene["ana"], member=scene["member"], action=AuditEvent.Action.VIEW_INBOX
    ).exists()


def test_a_screen_without_a_session_is_refused(layer):
    async def scenario() -> None:
        socket = socket_for(None)
        connected, code = await socket.connect()
        assert not connected and code == 4401

    run(scenario)


def test_a_socket_from_another_site_is_refused(two_teams):
    ana = signed_in(two_teams["ana"])

    async def scenario() -> None:
        socket = socket_for(ana)
        socket.scope["headers"] = [
            (b"origin", b"https://evil.example") if name == b"origin" else (name, value)
            for name, value in socket.scope["headers"]
        ]
        connected, _ = await socket.connect()
        assert not connected

    run(scenario)


def test_signing_out_closes_the_sessions_sockets(two_teams):
    ana = signed_in(two_teams["ana"])
    region = inbox_region(ana)

    async def scenario() -> None:
        socket = await subscribed(ana, region)
        assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(ana.post)(reverse("logout"))
        closed = await socket.receive_output(timeout=WAIT)
        assert closed == {"type": "websocket.close", "code": 4401}

    run(scenario)


def test_an_idle_expired_session_gets_no_push_and_is_closed(two_teams):
    scene = two_teams
    ana = signed_in(scene["ana"])
    region = inbox_region(ana)
    session = Session.objects.get(pk=ana.session.session_key)
    data = session.get_decoded()

    def idle_for_an_hour() -> None:
        data["last_activity_at"] = int(time.time()) - 3600
        store = ana.session
        store.update(data)
        store.save()

    audit_rows = AuditEvent.objects.filter(actor=scene["ana"]).count()

    async def scenario() -> None:
        socket = await subscribed(ana, region)
        assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(idle_for_an_hour)()
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker idle 5521", "k-3"
        )
        closed = await socket.receive_output(timeout=WAIT)
        assert closed == {"type": "websocket.close", "code": 4401}

    run(scenario)
    # Signed out before anything was read: no member data went out, and none was audited.
    assert AuditEvent.objects.filter(actor=scene["ana"]).count() == audit_rows


def test_nothing_is_lost_across_a_reconnect(two_teams):
    scene = two_teams
    ben = signed_in(scene["ben"])
    region = conversation_region(ben, scene["thread"].pk)

    async def scenario() -> None:
        socket = await subscribed(ben, region)
        assert await socket.receive_nothing(timeout=0.5)
        await socket.disconnect()
        # While the page is offline, the member writes.
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker offline 8890", "k-4"
        )
        socket = await subscribed(ben, region)  # the page still shows the old version
        caught_up = await fragments_until(socket, "Marker offline 8890")
        await socket.disconnect()
        # A page that already shows the latest version gets nothing on reconnect.
        socket = await subscribed(ben, {**region, "version": caught_up["version"]})
        assert await socket.receive_nothing(timeout=1)
        await socket.disconnect()

    run(scenario)


def test_a_page_cannot_subscribe_to_another_teams_thread(two_teams):
    scene = two_teams
    olga = signed_in(scene["olga"])
    url = reverse("thread", args=[scene["thread"].pk])

    async def scenario() -> None:
        socket = await subscribed(olga, {"id": "conversation", "url": url, "version": ""})
        closed = await socket.receive_output(timeout=WAIT)
        assert closed == {"type": "websocket.close", "code": 4403}

    run(scenario)
    # Refused like the page itself: a 404 and an audit row of the attempt.
    assert AuditEvent.objects.filter(actor=scene["olga"], member=scene["member"]).exists()


@pytest.mark.parametrize(
    "region",
    [
        {"id": "conversation", "url": "/inbox/", "version": ""},
        {"id": "thread-list", "url": "//evil.example/inbox/", "version": ""},
        {"id": "draft-panel", "url": "/inbox/", "version": ""},
        {"id": "thread-list", "url": "/audit/", "version": ""},
    ],
)
def test_only_the_pages_own_regions_can_be_asked_for(two_teams, region):
    ana = signed_in(two_teams["ana"])

    async def scenario() -> None:
        socket = await subscribed(ana, region)
        answer = await socket.receive_json_from(timeout=WAIT)
        assert answer["type"] == "refused"
        await socket.disconnect()

    run(scenario)


async def presence_until(socket: WebsocketCommunicator, here: list[str], typing: list[str]):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        event = await socket.receive_json_from(timeout=deadline - time.monotonic())
        if event["type"] == "presence" and (event["here"], event["typing"]) == (here, typing):
            return
    raise AssertionError(f"no presence {here} {typing}")


def test_colleagues_on_the_same_thread_see_each_other_and_who_is_writing(two_teams):
    scene = two_teams
    ana, ben, olga = (signed_in(scene[name]) for name in ("ana", "ben", "olga"))
    ana_thread = conversation_region(ana, scene["thread"].pk)
    ben_thread = conversation_region(ben, scene["thread"].pk)
    other_thread = ThreadFactory(team=scene["olga"].teams.get(), member=scene["other_member"])
    olga_thread = conversation_region(olga, other_thread.pk)
    ana_name, ben_name = scene["ana"].display_name, scene["ben"].display_name

    async def scenario() -> None:
        ana_socket = await subscribed(ana, ana_thread)
        olga_socket = await subscribed(olga, olga_thread)
        ben_socket = await subscribed(ben, ben_thread)
        await presence_until(ana_socket, [ben_name], [])
        await presence_until(ben_socket, [ana_name], [])  # told by Ana, who was there first
        await ben_socket.send_json_to({"type": "typing"})
        await presence_until(ana_socket, [ben_name], [ben_name])
        await presence_until(ana_socket, [ben_name], [])  # stops a few seconds after the keys
        await ben_socket.disconnect()
        await presence_until(ana_socket, [], [])
        # Another team's thread page heard nothing of it.
        while not await olga_socket.receive_nothing(timeout=0.5):
            assert (await olga_socket.receive_json_from())["type"] != "presence"
        for socket in (ana_socket, olga_socket):
            await socket.disconnect()

    run(scenario)


def test_the_demos_in_memory_layer_pushes_too(two_teams, settings):
    """`make run` has no Redis: the layer is the process's memory, and pushes still arrive."""
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    scene = two_teams
    ana = signed_in(scene["ana"])
    region = inbox_region(ana)

    async def scenario() -> None:
        socket = await subscribed(ana, region)
        assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker memory 3307", "k-5"
        )
        await fragments_until(socket, "Marker memory 3307")
        await socket.disconnect()

    run(scenario)


def test_a_burst_of_changes_is_pushed_as_one_render_with_the_latest_state(two_teams, settings):
    """Events within LIVE_COALESCE_MS of the first are folded: the first fragment the screen
    gets already shows the last change of the burst (without folding it would show the first)."""
    settings.LIVE_COALESCE_MS = 1500  # longer than two API calls take on a busy machine
    scene = two_teams
    MemberFactory(member_id="M100003", teams=[scene["team"]])
    ana = signed_in(scene["ana"])
    region = inbox_region(ana)

    async def scenario() -> None:
        socket = await subscribed(ana, region)
        assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker burst one 5101", "k-6"
        )
        await sync_to_async(post_member_message)(
            scene["token"], "M100003", "Marker burst two 5102", "k-7"
        )
        first = await socket.receive_json_from(timeout=WAIT)
        assert first["type"] == "fragment"
        assert "Marker burst one 5101" in first["html"]
        assert "Marker burst two 5102" in first["html"]
        await socket.disconnect()

    run(scenario)


def test_an_event_with_nothing_new_renders_nothing(two_teams, monkeypatch, settings):
    """A screen already showing the current change counter is not re-rendered for an event;
    a real change still is (and only for the team's screens)."""
    from careteam.live import consumer

    # The message's own later commits (its routing, its jobs) fold into the one render even on
    # a slow machine.
    settings.LIVE_COALESCE_MS = 1000

    renders: list[str] = []
    users: list[str] = []  # whose screen each render was for
    real_render = consumer.render_region

    def counted_render(*, socket_scope, region):  # type: ignore[no-untyped-def]
        renders.append(region.id)
        users.append(socket_scope["user"].username)
        return real_render(socket_scope=socket_scope, region=region)

    monkeypatch.setattr(consumer, "render_region", counted_render)
    scene = two_teams
    ana, olga = signed_in(scene["ana"]), signed_in(scene["olga"])
    ana_inbox, olga_inbox = inbox_region(ana), inbox_region(olga)

    async def scenario() -> None:
        ana_socket = await subscribed(ana, ana_inbox)
        olga_socket = await subscribed(olga, olga_inbox)
        for socket in (ana_socket, olga_socket):
            assert await socket.receive_nothing(timeout=0.5)
        subscribe_renders = len(renders)
        assert subscribe_renders == 2, "each page's first render runs, current or not"
        # An event for the team with no write behind it: nothing to render or send.
        await get_channel_layer().group_send(
            f"live.team.{scene['team'].pk}",
            {"type": "thread.changed", "thread": scene["thread"].pk, "change": "thread"},
        )
        assert await ana_socket.receive_nothing(timeout=1)
        assert len(renders) == subscribe_renders
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker counted 6201", "k-8"
        )
        await fragments_until(ana_socket, "Marker counted 6201")
        # Ana's inbox only. The message's later commits (its draft, on a slow machine after the
        # fold) may each render it again; what must never run is a render for Olga's screen.
        after = renders[subscribe_renders:]
        assert after and set(after) == {"thread-list"}, "inbox lists only"
        assert set(users[subscribe_renders:]) == {scene["ana"].username}, "Ana's only"
        assert await olga_socket.receive_nothing(timeout=0.5)
        for socket in (ana_socket, olga_socket):
            await socket.disconnect()

    run(scenario)


def count_renders(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The usernames whose sockets ran a region's request, in order."""
    from careteam.live import consumer

    renders: list[str] = []
    real_render = consumer.render_region

    def counted_render(*, socket_scope, region):  # type: ignore[no-untyped-def]
        response = real_render(socket_scope=socket_scope, region=region)
        renders.append(socket_scope["user"].username)
        return response

    monkeypatch.setattr(consumer, "render_region", counted_render)
    return renders


def my_threads_count(html: str) -> str:
    found = re.search(r"My threads <span class=\"count\">(\d+)</span>", html)
    assert found, "the list shows the My threads tab with its count"
    return found.group(1)


def test_screens_showing_the_same_list_share_one_render_each_audited(two_teams, monkeypatch):
    """Two agents of a team on the same tab get the same bytes from one render; each of them is
    audited for what it showed; the other team's screen gets nothing."""
    scene = two_teams
    renders = count_renders(monkeypatch)
    newcomer = MemberFactory(member_id="M100004", teams=[scene["team"]])  # no thread yet
    ana, ben, olga = (signed_in(scene[name]) for name in ("ana", "ben", "olga"))
    regions = [inbox_region(client) for client in (ana, ben, olga)]

    async def scenario() -> None:
        sockets = [
            await subscribed(client, region)
            for client, region in zip((ana, ben, olga), regions, strict=True)
        ]
        for socket in sockets:
            assert await socket.receive_nothing(timeout=0.5)
        subscribed_renders = len(renders)
        await sync_to_async(post_member_message)(
            scene["token"], "M100004", "Marker shared 7001", "k-9"
        )
        ana_list = await fragments_until(sockets[0], "Marker shared 7001")
        ben_list = await fragments_until(sockets[1], "Marker shared 7001")
        assert ana_list == ben_list
        assert len(renders[subscribed_renders:]) == 1, "one render for both screens"
        assert await sockets[2].receive_nothing(timeout=1), "another team's screen got it"
        for socket in sockets:
            await socket.disconnect()

    since = AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first()
    run(scenario)
    # The newcomer's thread was new to both lists: a row for each viewer, as their polls write.
    audited = AuditEvent.objects.filter(
        pk__gt=since, member=newcomer, action=AuditEvent.Action.VIEW_INBOX
    )
    assert sorted(audited.values_list("actor__username", flat=True)) == ["ana", "ben"]


def test_a_shared_list_still_shows_each_agent_their_own_count(two_teams, monkeypatch):
    """Lists that differ by the viewer (the My threads count, the My threads tab itself) are
    rendered for each of them."""
    scene = two_teams
    renders = count_renders(monkeypatch)
    services.thread_assign(thread=scene["thread"], assignee=scene["ana"], actor=scene["ana"])
    ana, ben = signed_in(scene["ana"]), signed_in(scene["ben"])
    ana_all, ben_all = inbox_region(ana), inbox_region(ben)
    ben_mine = {"id": "thread-list", "url": "/inbox/?tab=mine", "version": ""}

    async def scenario() -> None:
        ana_socket = await subscribed(ana, ana_all)
        ben_socket = await subscribed(ben, ben_all)
        ben_mine_socket = await subscribed(ben, ben_mine)
        for socket in (ana_socket, ben_socket):
            assert await socket.receive_nothing(timeout=0.5)
        await ben_mine_socket.receive_json_from(timeout=WAIT)  # its first render
        subscribed_renders = len(renders)
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker counts 7002", "k-10"
        )
        ana_list = await fragments_until(ana_socket, "Marker counts 7002")
        ben_list = await fragments_until(ben_socket, "Marker counts 7002")
        assert my_threads_count(ana_list["html"]) == "1"
        assert my_threads_count(ben_list["html"]) == "0"
        ben_mine_list = await ben_mine_socket.receive_json_from(timeout=WAIT)
        assert "Marker counts 7002" not in ben_mine_list["html"]  # not his thread
        assert sorted(renders[subscribed_renders:]) == ["ana", "ben", "ben"]
        for socket in (ana_socket, ben_socket, ben_mine_socket):
            await socket.disconnect()

    run(scenario)


def test_a_screen_whose_session_expired_is_closed_not_sent_the_shared_list(two_teams, monkeypatch):
    scene = two_teams
    ana, ben = signed_in(scene["ana"]), signed_in(scene["ben"])
    ana_inbox, ben_inbox = inbox_region(ana), inbox_region(ben)

    def ben_idle_for_an_hour() -> None:
        store = ben.session
        store["last_activity_at"] = int(time.time()) - 3600
        store.save()

    ben_rows = AuditEvent.objects.filter(actor=scene["ben"]).count()

    async def scenario() -> None:
        ana_socket = await subscribed(ana, ana_inbox)
        ben_socket = await subscribed(ben, ben_inbox)
        for socket in (ana_socket, ben_socket):
            assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(ben_idle_for_an_hour)()
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker expired 7003", "k-11"
        )
        await fragments_until(ana_socket, "Marker expired 7003")
        closed = await ben_socket.receive_output(timeout=WAIT)
        assert closed == {"type": "websocket.close", "code": 4401}
        await ana_socket.disconnect()

    run(scenario)
    assert AuditEvent.objects.filter(actor=scene["ben"]).count() == ben_rows


def test_an_agent_taken_off_the_team_is_not_sent_its_list(two_teams):
    """Ben's socket is still in the team's group (groups are re-read at the heartbeat), but his
    access changed: his own request renders his list, without the team's threads."""
    scene = two_teams
    ana, ben = signed_in(scene["ana"]), signed_in(scene["ben"])
    ana_inbox, ben_inbox = inbox_region(ana), inbox_region(ben)

    async def scenario() -> None:
        ana_socket = await subscribed(ana, ana_inbox)
        ben_socket = await subscribed(ben, ben_inbox)
        for socket in (ana_socket, ben_socket):
            assert await socket.receive_nothing(timeout=0.5)
        await sync_to_async(scene["ben"].teams.clear)()
        await sync_to_async(post_member_message)(
            scene["token"], "M100001", "Marker moved 7004", "k-12"
        )
        await fragments_until(ana_socket, "Marker moved 7004")
        while not await ben_socket.receive_nothing(timeout=1):
            event = await ben_socket.receive_json_from()
            assert "Marker moved" not in json.dumps(event)
            assert "M100001" not in json.dumps(event)
        for socket in (ana_socket, ben_socket):
            await socket.disconnect()

    run(scenario)


def test_a_render_made_while_a_write_was_open_is_refreshed_by_its_push(two_teams):
    """The triggers move the change counter before the writer commits: a render in that window
    carries the new counter with the old data, and the write's push must still reach it."""
    scene = two_teams
    ana = signed_in(scene["ana"])
    region = inbox_region(ana)
    written, release = threading.Event(), threading.Event()

    def write_held_open() -> None:
        try:
            with transaction.atomic():
                post_member_message(scene["token"], "M100001", "Marker held 5150", "k-held")
                written.set()
                assert release.wait(WAIT)
        finally:
            connections.close_all()

    async def scenario() -> None:
        socket = await subscribed(ana, region)
        assert await socket.receive_nothing(timeout=0.5)
        with ThreadPoolExecutor(max_workers=1) as pool:
            writer = pool.submit(write_held_open)
            assert await sync_to_async(written.wait, thread_sensitive=False)(WAIT)
            # The page subscribes again (as after a reconnect): its render sees the moved
            # counter but not the message, which is not committed yet.
            await socket.send_json_to({"type": "subscribe", "regions": [region]})
            before_commit = await socket.receive_json_from(timeout=WAIT)
            assert before_commit["type"] == "fragment"
            assert "Marker held 5150" not in before_commit["html"]
            release.set()
            await sync_to_async(writer.result, thread_sensitive=False)(WAIT)
        await fragments_until(socket, "Marker held 5150")
        await socket.disconnect()

    run(scenario)
