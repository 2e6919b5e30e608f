import hashlib
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count, Q
from django.http import HttpRequest

from careteam.demo.seed import DEMO_API_TOKEN, DEMO_LOGINS, demo_seed
from careteam.models import ApiClient, Member, Message, Thread, User
from careteam.roles import can_run_training, can_view_dashboards, can_work_threads
from careteam.services import api_client_authenticate

pytestmark = pytest.mark.django_db


def fingerprint() -> str:
    texts = Message.objects.values_list("thread__member__member_id", "direction", "text")
    return hashlib.sha256(repr(sorted(texts)).encode()).hexdigest()


def counts() -> tuple[int, ...]:
    return (User.objects.count(), Member.objects.count(), Thread.objects.count(),
            Message.objects.count(), ApiClient.objects.count())  # fmt: skip


def test_seed_loads_a_history_staff_and_open_threads(capsys):
    call_command("seed_demo", allow_without_debug=True)
    assert "Demo data: 400 members" in capsys.readouterr().out
    assert Thread.objects.filter(status=Thread.Status.CLOSED).count() >= 5000
    open_threads = Thread.objects.exclude(status=Thread.Status.CLOSED)
    assert 30 <= open_threads.count() <= 60
    assert open_threads.filter(assignee__isnull=True).exists()
    assert open_threads.filter(assignee__username="ana").exists()
    # Every closed thread has an agent reply that mentions the member by first name.
    closed_without_reply = (
        Thread.objects.filter(status=Thread.Status.CLOSED)
        .annotate(
            replies=Count("messages", filter=Q(messages__direction=Message.Direction.OUTBOUND))
        )
        .filter(replies=0)
    )
    assert not closed_without_reply.exists()
    reply = Message.objects.filter(direction=Message.Direction.OUTBOUND).first()
    assert reply.thread.member.first_name in reply.text
    # Consistent denormalised fields and the constraints hold.
    assert not Thread.objects.filter(status=Thread.Status.CLOSED, closed_at__isnull=True).exists()
    sample = Thread.objects.order_by("pk")[:50]
    for thread in sample:
        assert thread.message_count == thread.messages.count()
    # Many different wordings of member questions.
    inbound = Message.objects.filter(direction=Message.Direction.INBOUND)
    assert inbound.values("text").distinct().count() > 3000


def test_demo_logins_work_with_their_roles(client):
    demo_seed()
    for login in DEMO_LOGINS:
        assert client.login(
            request=HttpRequest(), username=login.username, password=login.password
        ), login.username
        user = User.objects.get(username=login.username)
        assert user.groups.get().name == login.role.value
    by_name = {user.username: user for user in User.objects.all()}
    assert can_work_threads(by_name["ana"]) and not can_view_dashboards(by_name["ana"])
    assert can_view_dashboards(by_name["sam"])
    assert can_run_training(by_name["alex"]) and not can_work_threads(by_name["alex"])
    assert api_client_authenticate(token=DEMO_API_TOKEN) is not None


def test_seeding_twice_changes_nothing():
    demo_seed()
    before, texts = counts(), fingerprint()
    assert demo_seed() == {"members": 0, "threads": 0, "messages": 0}
    assert counts() == before and fingerprint() == texts


def test_seeding_is_deterministic():
    anchor = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    demo_seed(now=anchor)
    first = fingerprint()
    Message.objects.all().delete()
    Thread.objects.all().delete()
    Member.objects.all().delete()
    demo_seed(now=anchor)
    assert fingerprint() == first


def test_seed_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only with DEBUG=1"):
        call_command("seed_demo")
    assert not Member.objects.exists()
