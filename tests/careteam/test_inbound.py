import json
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from careteam import services
from careteam.models import AuditEvent, Message, Thread
from tests.factories import MemberFactory, ThreadFactory

pytestmark = pytest.mark.usefixtures("fresh_cache")


URL = "/api/v1/messages"


@pytest.fixture
def member(team):
    return MemberFactory(member_id="M900001", teams=[team])


def post(
    client, token, body, key="key-1", content_type="application/json", address=None, **headers
):
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    extra = {"Authorization": f"Bearer {token}"} if token else {}
    if key is not None:
        extra["Idempotency-Key"] = key
    meta = {"REMOTE_ADDR": address} if address else {}
    return client.post(
        URL, data=data, content_type=content_type, headers={**extra, **headers}, **meta
    )


@pytest.mark.django_db
def test_a_member_message_opens_a_thread(client, api, member, team):
    response = post(
        client,
        api,
        {"member_id": "M900001", "text": "Why was I billed $80?", "topic": "balance_bill"},
    )
    assert response.status_code == 201
    body = response.json()
    message = Message.objects.get(uuid=body["message_id"])
    assert message.direction == Message.Direction.INBOUND and message.author is None
    thread = message.thread
    assert body["thread_id"] == thread.pk
    assert (thread.team, thread.member, thread.topic) == (team, member, "balance_bill")
    assert thread.subject == "Why was I billed $80?"
    assert thread.status == Thread.Status.OPEN and thread.due_by is not None
    assert (
        AuditEvent.objects.filter(action=AuditEvent.Action.API_INBOUND, member=member).count() == 1
    )


@pytest.mark.django_db
def test_a_second_message_appends_to_the_open_thread_and_reopens_waiting(client, api, member):
    first = post(client, api, {"member_id": "M900001", "text": "one"}, key="a").json()
    Thread.objects.filter(pk=first["thread_id"]).update(status=Thread.Status.WAITING)
    second = post(client, api, {"member_id": "M900001", "text": "two"}, key="b").json()
    assert second["thread_id"] == first["thread_id"]
    thread = Thread.objects.get(pk=first["thread_id"])
    assert thread.status == Thread.Status.OPEN and thread.message_count == 2


@pytest.mark.django_db
def test_a_closed_thread_is_not_reused(client, api, member, team):
    closed = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED)
    body = post(client, api, {"member_id": "M900001", "text": "new question"}).json()
    assert body["thread_id"] != closed.pk


@pytest.mark.django_db
def test_a_retried_post_returns_the_first_message_and_stores_nothing(client, api, member):
    payload = {"member_id": "M900001", "text": "Is my MRI covered?"}
    first = post(client, api, payload, key="retry-me")
    again = post(client, api, payload, key="retry-me")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Message.objects.count() == 1


@pytest.mark.django_db
def test_a_reused_key_with_a_different_body_is_refused(client, api, member):
    post(client, api, {"member_id": "M900001", "text": "first"}, key="k")
    response = post(client, api, {"member_id": "M900001", "text": "different"}, key="k")
    assert response.status_code == 422
    assert "Idempotency-Key" in response.json()["fields"]
    assert Message.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_retries_store_one_message(api, member):
    if connection.vendor != "postgresql":
        pytest.skip("concurrency needs a server database")
    payload = {"member_id": "M900001", "text": "sent twice at once"}
    statuses: list[int] = []
    barrier = threading.Barrier(4)

    def send() -> None:
        try:
            barrier.wait()
            statuses.append(post(Client(), api, payload, key="same-key").status_code)
        finally:
            connection.close()

    workers = [threading.Thread(target=send) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert sorted(statuses) == [200, 200, 200, 201]
    assert Message.objects.count() == 1
    assert Thread.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "hi"}, "member_id"),
        ({"member_id": "M900001"}, "text"),
        ({"member_id": "M900001", "text": "   "}, "text"),
        ({"member_id": 5, "text": "hi"}, "member_id"),
        ({"member_id": "M900001", "text": "hi", "topic": "gossip"}, "topic"),
        ({"member_id": "M900001", "text": "hi", "sent_at": "yesterday"}, "sent_at"),
        ({"member_id": "M900001", "text": "hi", "sent_at": "2026-01-01T10:00:00"}, "sent_at"),
        ({"member_id": "M900001", "text": "hi", "surprise": 1}, "surprise"),
        ({"member_id": "NOPE", "text": "hi"}, "member_id"),
        ({"member_id": "M900001", "text": "x" * 10_001}, "text"),
        ([1, 2], "body"),
    ],
)
def test_validation_errors_name_the_failing_field(client, api, member, body, field):
    response = post(client, api, body)
    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_malformed_json_is_a_400_that_says_where(client, api, member):
    response = post(client, api, b'{"member_id": "M900001", "text": }')
    assert response.status_code == 400
    assert "line 1, column" in response.json()["error"]
    assert post(client, api, b"\xff\xfe\x00junk").status_code == 400


@pytest.mark.django_db
def test_oversized_bodies_get_413_before_being_read(client, api, member, settings):
    settings.MEMBER_API_MAX_BODY_BYTES = 1000
    response = post(client, api, {"member_id": "M900001", "text": "x" * 2000})
    assert response.status_code == 413
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_missing_or_bad_idempotency_key(client, api, member):
    assert post(client, api, {"member_id": "M900001", "text": "hi"}, key=None).status_code == 400
    assert (
        post(client, api, {"member_id": "M900001", "text": "hi"}, key="x" * 101).status_code == 400
    )


@pytest.mark.django_db
def test_authentication(client, api, member, team):
    body = {"member_id": "M900001", "text": "hi"}
    assert post(client, None, body).status_code == 401
    assert post(client, "ct_nope_wrong", body).status_code == 401
    assert post(client, api[:-1] + ("A" if api[-1] != "A" else "B"), body).status_code == 401
    client_row, token = services.api_client_create(name="retired", team=team)
    client_row.is_active = False
    client_row.save()
    assert post(client, token, body).status_code == 401
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_only_json_posts_are_accepted(client, api, member):
    assert post(client, api, "member_id=M900001", content_type="text/plain").status_code == 415
    assert client.get(URL).status_code == 405


@pytest.mark.django_db
def test_the_api_does_not_need_a_csrf_token_but_the_staff_pages_do(api, member):
    strict = Client(enforce_csrf_checks=True)
    assert post(strict, api, {"member_id": "M900001", "text": "hi"}).status_code == 201
    assert strict.post(reverse("login"), {"username": "x", "password": "y"}).status_code == 403


@pytest.mark.django_db
def test_a_token_reaches_only_the_members_its_team_serves(client, api, member, other_team):
    """Pen test 4: team B's client opened a thread for team A's member, and with it the
    member's claims. A member outside the token's team answers like one that does not exist."""
    served_elsewhere = MemberFactory(member_id="M900002", teams=[other_team])
    ThreadFactory(team=other_team, member=served_elsewhere)
    enrolled_nowhere = MemberFactory(member_id="M900003")
    threads_before = Thread.objects.count()
    unknown = post(client, api, {"member_id": "M999999", "text": "hi"}, key="u")
    for member_id in ("M900002", "M900003"):
        response = post(client, api, {"member_id": member_id, "text": "hi"}, key=member_id)
        assert (response.status_code, response.json()) == (unknown.status_code, unknown.json())
    assert unknown.status_code == 400
    assert Thread.objects.count() == threads_before
    assert not Message.objects.filter(thread__member=enrolled_nowhere).exists()
    assert not served_elsewhere.threads.exclude(team=other_team).exists()
    # The member its team serves still gets through.
    assert post(client, api, {"member_id": "M900001", "text": "hi"}, key="ok").status_code == 201


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"[" * 30_000, "nested"),
        (b'{"a":' * 5_000 + b"1" + b"}" * 5_000, "nested"),
        (b'{"member_id": "M900001", "text": "hi", "topic": ' + b"9" * 60_000 + b"}", "digits"),
    ],
    ids=["30000-arrays", "5000-objects", "60000-digit-number"],
)
def test_hostile_json_is_a_400_that_says_why(client, api, member, body, says):
    """Pen test 5: these answered 500 (RecursionError, int digit limit)."""
    response = post(client, api, body)
    assert response.status_code == 400
    assert says in response.json()["error"]
    assert response.json()["fields"] == {"body": "invalid JSON"}
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_brackets_and_quotes_inside_strings_do_not_count_as_nesting(client, api, member):
    text = 'He said "[[[" ' + "{[" * 40 + " \\ done"
    response = post(client, api, {"member_id": "M900001", "text": text})
    assert response.status_code == 201
    assert Message.objects.get().text == text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sent_at",
    [
        lambda: "1970-01-01T00:00:00Z",
        # Made when the test runs, not when it is collected: a long run would turn "ahead"
        # into the past.
        lambda: (timezone.now() - timedelta(days=31)).isoformat(),
        lambda: (timezone.now() + timedelta(minutes=10)).isoformat(),
    ],
    ids=["1970", "31-days-ago", "10-minutes-ahead"],
)
def test_sent_at_outside_a_sane_window_is_refused(client, api, member, sent_at):
    """Pen test 14: sent_at accepted 1970."""
    response = post(client, api, {"member_id": "M900001", "text": "hi", "sent_at": sent_at()})
    assert response.status_code == 422
    assert "sent_at" in response.json()["fields"]
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_sent_at_within_the_window_is_kept(client, api, member):
    sent = (timezone.now() - timedelta(days=29)).replace(microsecond=0)
    response = post(
        client, api, {"member_id": "M900001", "text": "hi", "sent_at": sent.isoformat()}
    )
    assert response.status_code == 201
    assert Message.objects.get().created_at == sent


@pytest.mark.django_db
def test_bad_tokens_are_limited_per_address(client, api, member, settings):
    """Pen test 8: 1,000 bad-token tries went through in 8.5 s."""
    settings.MEMBER_API_BAD_TOKEN_LIMIT = 3
    body = {"member_id": "M900001", "text": "hi"}
    attacker = {"address": "203.0.113.9"}
    statuses = [post(client, f"ct_nope_{n}", body, **attacker).status_code for n in range(3)]
    assert statuses == [401, 401, 401]
    refused = post(client, "ct_nope_4", body, **attacker)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= settings.MEMBER_API_BAD_TOKEN_WINDOW_SECONDS
    assert "error" in refused.json()
    # The address is refused before any token is checked, a valid one included ...
    assert post(client, api, body, key="a", **attacker).status_code == 429
    # ... while the member app's own address is not affected.
    assert post(client, "ct_nope_5", body, address="198.51.100.7").status_code == 401
    assert post(client, api, body, key="b", address="198.51.100.7").status_code == 201
    assert Message.objects.count() == 1


@pytest.mark.django_db
def test_posts_are_limited_per_client(client, api, member, settings, other_team):
    """Pen test 8: 200 valid posts in a row were each stored and drafted."""
    settings.MEMBER_API_CLIENT_LIMIT = 2
    body = {"member_id": "M900001", "text": "hi"}
    assert [post(client, api, body, key=f"k{n}").status_code for n in range(2)] == [201, 201]
    refused = post(client, api, {**body, "text": "third"}, key="k3")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= settings.MEMBER_API_CLIENT_WINDOW_SECONDS
    assert Message.objects.count() == 2
    # Another team's client has its own allowance.
    _, other_token = services.api_client_create(name="other-app", team=other_team)
    MemberFactory(member_id="M900009", teams=[other_team])
    assert post(client, other_token, {"member_id": "M900009", "text": "hi"}).status_code == 201
