import datetime as dt

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from careteam.models import AuditEvent

pytestmark = pytest.mark.django_db

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the trigger lives in PostgreSQL"
)


@pytest.fixture
def event(as_user, agent, thread):
    as_user(agent).get(reverse("thread", args=[thread.pk]))
    return AuditEvent.objects.get(action=AuditEvent.Action.VIEW_THREAD)


@needs_postgres
def test_audit_rows_cannot_be_updated(event):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(detail="tampered")
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        event.detail = "tampered"
        event.save()
    event.refresh_from_db()
    assert event.detail == ""


@needs_postgres
def test_recent_audit_rows_cannot_be_deleted(event):
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        event.delete()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@needs_postgres
def test_rows_older_than_six_years_can_be_purged(event):
    old = timezone.now() - dt.timedelta(days=6 * 366 + 2)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO careteam_auditevent (at, action, object_type, object_id, detail, "
            "request_id) VALUES (%s, 'view_thread', '', '', 'old', '') RETURNING id",
            [old],
        )
        old_id = cursor.fetchone()[0]
    AuditEvent.objects.filter(pk=old_id).delete()
    assert not AuditEvent.objects.filter(pk=old_id).exists()
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@needs_postgres
def test_purge_keeps_everything_inside_the_retention_period(event, settings, capsys):
    from django.core.management import call_command

    with connection.cursor() as cursor:
        for years in (5, 8):
            cursor.execute(
                "INSERT INTO careteam_auditevent (at, action, object_type, object_id, detail, "
                "request_id) VALUES (%s, 'view_thread', '', '', %s, '')",
                [timezone.now() - dt.timedelta(days=years * 366), f"{years}y"],
            )
    call_command("purge_audit")
    assert "Deleted 1 audit rows" in capsys.readouterr().out
    assert sorted(AuditEvent.objects.values_list("detail", flat=True)) == ["", "5y"]


def test_denied_attempts_leave_an_audit_row(as_user, outsider_agent, analyst, thread):
    as_user(outsider_agent).get(reverse("thread", args=[thread.pk]))
    as_user(analyst).post(reverse("thread-reply", args=[thread.pk]), {"text": "x"})
    as_user(analyst).get(reverse("inbox"))
    denied = AuditEvent.objects.filter(action=AuditEvent.Action.DENIED).order_by("pk")
    assert [(event.actor, event.member_id, event.object_id, event.detail) for event in denied] == [
        (outsider_agent, thread.member_id, str(thread.pk), "404 GET thread"),
        (analyst, thread.member_id, str(thread.pk), "403 POST thread-reply"),
        (analyst, None, "", "403 GET inbox"),
    ]


POLL = {"HX-Request": "true", "X-Background-Poll": "1"}


def test_an_inbox_listing_audits_each_member_it_shows(as_user, agent, team):
    from tests.factories import MemberFactory, ThreadFactory

    threads = [ThreadFactory(team=team, member=MemberFactory()) for _ in range(3)]
    client = as_user(agent)
    client.get(reverse("inbox"), {"tab": "open"})
    audited = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_INBOX, actor=agent)
    assert sorted(audited.values_list("member_id", flat=True)) == sorted(
        thread.member_id for thread in threads
    )
    # A background refresh of the same listing records nothing new...
    client.get(reverse("inbox"), {"tab": "open"}, headers={**POLL, "HX-Target": "thread-list"})
    assert audited.count() == 3
    # ...but a member who appears in it is recorded.
    newcomer = ThreadFactory(team=team, member=MemberFactory())
    client.get(reverse("inbox"), {"tab": "open"}, headers={**POLL, "HX-Target": "thread-list"})
    assert audited.count() == 4
    assert audited.filter(member_id=newcomer.member_id).count() == 1
    # Opening the inbox again (not a poll) records the listing again.
    client.get(reverse("inbox"), {"tab": "open"})
    assert audited.count() == 8


def test_conversation_polls_do_not_flood_the_audit_trail(as_user, agent, thread):
    client = as_user(agent)
    url = reverse("thread", args=[thread.pk])
    client.get(url)
    for _ in range(3):
        client.get(url, headers={**POLL, "HX-Target": "conversation"})
    views = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_THREAD)
    assert views.count() == 1
    client.get(url)
    assert views.count() == 2


def test_a_listing_pushed_to_several_viewers_audits_each_like_their_own_poll(
    as_user, agent, other_agent, team
):
    """The live updates send one rendered inbox list to several screens: each viewer gets the
    rows their own poll of that listing would have written, and shares its memory of what
    their session was shown."""
    from careteam.services import audit_listings_seen
    from tests.factories import MemberFactory, ThreadFactory

    members = [ThreadFactory(team=team, member=MemberFactory()).member_id for _ in range(3)]
    client = as_user(agent)
    client.get(reverse("inbox"), {"tab": "open"})  # the agent's own page shows the three
    viewers = [(agent.pk, client.session.session_key), (other_agent.pk, "another-session")]
    listing = {"action": AuditEvent.Action.VIEW_INBOX, "member_ids": members, "detail": "tab=open"}
    audited = AuditEvent.objects.filter(action=AuditEvent.Action.VIEW_INBOX)

    assert audit_listings_seen(viewers=viewers, **listing) == 3  # new to the other viewer only
    assert sorted(audited.filter(actor=other_agent).values_list("member_id", flat=True)) == sorted(
        members
    )
    assert audit_listings_seen(viewers=viewers, **listing) == 0  # seen by both
    newcomer = MemberFactory().pk
    listing["member_ids"] = [newcomer, *members]
    assert audit_listings_seen(viewers=viewers, **listing) == 2
    assert sorted(audited.filter(member_id=newcomer).values_list("actor_id", flat=True)) == sorted(
        [agent.pk, other_agent.pk]
    )
