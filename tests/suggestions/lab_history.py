"""A team whose past replies to "did you pay my lab bill" say the plan paid it, and the member's
lab claim: shared by the statement tests (open statements marked, then dropped)."""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal

from django.utils import timezone

from careteam.models import Message, Team, Thread, User
from claims.models import Claim, ImportBatch, Provider
from suggestions.api import ModelVersion, model_version_promote
from tests.factories import MemberFactory, MessageFactory, ThreadFactory
from training.services import model_train


def lab_claim(member, *, number: str, status: str, paid: str | None) -> Claim:  # type: ignore[no-untyped-def]
    provider, _ = Provider.objects.get_or_create(
        key="name:harborview", defaults={"name": "Harborview Laboratory Services"}
    )
    batch = ImportBatch.objects.create(filename="t.csv", sha256="0" * 64, outcome="imported")
    return Claim.objects.create(
        member=member, payer_key="ACME1", payer_name="Acme", claim_number=number,
        kind="professional", status=status, service_from=date(2026, 9, 14),
        service_to=date(2026, 9, 14), billing_provider=provider, billing_network="in",
        billed=Decimal("240.00"), paid=Decimal(paid) if paid else None,
        batch=batch, content_hash=number,
    )  # fmt: skip


def lab_model(*, team: Team, agent: User, reply: str) -> ModelVersion:
    """A model trained on 40 threads asking "Did you pay my lab bill yet?" answered with
    "Hi <first name>, <reply>", and promoted."""
    start = timezone.now() - dt.timedelta(days=60)
    for number in range(40):
        member = MemberFactory(first_name=f"Zelda{number}")
        at = start + dt.timedelta(hours=number)
        thread = ThreadFactory(team=team, member=member, status=Thread.Status.CLOSED,
                               created_at=at, closed_at=at)  # fmt: skip
        MessageFactory(thread=thread, text="Did you pay my lab bill yet?", created_at=at)
        MessageFactory(thread=thread, direction=Message.Direction.OUTBOUND, author=agent,
                       text=f"Hi {member.first_name}, {reply}",
                       created_at=at + dt.timedelta(minutes=5))  # fmt: skip
    return model_version_promote(version=model_train(actor=None).version, actor=None)
