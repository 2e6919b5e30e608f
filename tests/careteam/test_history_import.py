"""Importing a team's past conversations: located errors, all or nothing, idempotent, per team."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from careteam.history_import import history_import
from careteam.models import AuditEvent, Message, Thread, User
from tests.factories import MemberFactory
from training.dataset import pairs_from_history

pytestmark = pytest.mark.django_db
ZENDESK = Path(__file__).parent / "fixtures" / "zendesk_tickets.json"


def jsonl(*rows: dict[str, str]) -> bytes:
    return "\n".join(json.dumps(row) for row in rows).encode()


def conversation(member_id: str, thread: str = "T-1") -> list[dict[str, str]]:
    return [
        {
            "thread_id": thread,
            "member_id": member_id,
            "direction": "member",
            "author": "",
            "sent_at": "2025-03-04T09:30:00Z",
            "text": "Why was I billed twice?",
            "subject": "Billed twice",
            "topic": "duplicate_charge",
        },
        {
            "thread_id": thread,
            "member_id": member_id,
            "direction": "agent",
            "author": "Priya Raman",
            "sent_at": "2025-03-04T11:00:00Z",
            "text": "Hi Odile, the second bill is a second submission; pay only one. Priya",
        },
    ]


def test_a_jsonl_history_is_imported_once_with_its_authors(team):
    MemberFactory(member_id="H100001", first_name="Odile", teams=[team])
    data = jsonl(*conversation("H100001"))
    result = history_import(data=data, filename="history.jsonl", team=team, actor=None)
    assert not result.rejected and (result.threads_created, result.messages_created) == (1, 2)
    thread = Thread.objects.get(external_ref="import:T-1")
    assert thread.status == "closed" and thread.topic == "duplicate_charge"
    assert thread.message_count == 2 and thread.first_response_at is not None
    reply = thread.messages.get(direction=Message.Direction.OUTBOUND)
    # A past agent who is not staff here keeps an author, who cannot sign in.
    assert reply.author.first_name == "Priya" and not reply.author.is_active
    assert not reply.author.has_usable_password()
    again = history_import(data=data, filename="history.jsonl", team=team, actor=None)
    assert (again.threads_created, again.messages_created, again.messages_unchanged) == (0, 0, 2)
    assert AuditEvent.objects.filter(action="import_history").count() == 2
    # The imported reply is training data, with the member's and the agent's names taken out.
    pairs = list(pairs_from_history())
    assert len(pairs) == 1 and "{MEMBER_FIRST_NAME}" in pairs[0].reply
    assert "Priya" not in pairs[0].reply and "Odile" not in pairs[0].reply


def test_a_bad_row_stores_nothing_and_says_where(team):
    MemberFactory(member_id="H100002", teams=[team])
    rows = conversation("H100002")
    rows.append({**rows[0], "sent_at": "2025-03-05 10:00", "direction": "shouted"})
    result = history_import(data=jsonl(*rows), filename="h.jsonl", team=team, actor=None)
    assert [str(problem) for problem in result.problems] == [
        "line 3, direction: must be member, agent or note",
        "line 3, sent_at: must be ISO 8601 with an offset (2025-03-04T09:30Z)",
    ]
    assert not Thread.objects.exists() and not Message.objects.exists()


def test_another_teams_member_is_refused_like_an_unknown_one(team, other_team):
    MemberFactory(member_id="H100003", teams=[other_team])
    rows = conversation("H100003") + conversation("NOPE0001", thread="T-2")
    result = history_import(data=jsonl(*rows), filename="h.jsonl", team=team, actor=None)
    messages = sorted({problem.message for problem in result.problems})
    assert messages == [
        "no member with id H100003 among the team's members",
        "no member with id NOPE0001 among the team's members",
    ]
    assert not Thread.objects.exists()


def test_a_csv_history_reads_the_same_columns(team):
    MemberFactory(member_id="H100004", teams=[team])
    data = (
        b"thread_id,member_id,direction,author,sent_at,text\n"
        b"C-9,H100004,member,,2025-01-02T08:00:00+01:00,Is my deductible met?\n"
        b"C-9,H100004,note,Priya Raman,2025-01-02T08:30:00+01:00,checked accumulators\n"
    )
    result = history_import(data=data, filename="h.csv", team=team, actor=None)
    assert not result.rejected and result.messages_created == 2
    assert Message.objects.filter(direction=Message.Direction.NOTE).count() == 1


def test_a_zendesk_export_becomes_threads_with_member_replies_and_notes(team, capsys):
    for member_id in ("ZD000901", "ZD000902"):
        MemberFactory(member_id=member_id, teams=[team])
    call_command("import_history", str(ZENDESK), "--team", team.name)
    assert "2 new threads, 5 new messages" in capsys.readouterr().out
    thread = Thread.objects.get(external_ref="zendesk:3011")
    directions = list(thread.messages.order_by("created_at").values_list("direction", flat=True))
    assert directions == ["inbound", "note", "outbound"]
    assert User.objects.filter(first_name="Lucas", is_active=False).exists()
    with pytest.raises(CommandError, match="no team named"):
        call_command("import_history", str(ZENDESK), "--team", "Nobody")
