"""What is taken out of a text before the engine reads it: the member's details, every staff
name, and the names and values the records hold (each replaced by its placeholder)."""

from __future__ import annotations

import time

from careteam import api as careteam_api
from claims import api as claims_api
from suggestions.templating import Gazetteer, KnownFacts, Placeholder


def known_facts(
    member: careteam_api.MemberFacts,
    agent_names: tuple[str, ...] | None = None,
    names: Gazetteer | None = None,
    record_values: tuple[tuple[str, Placeholder], ...] = (),
    amount_choices: tuple[tuple[str, tuple[Placeholder, ...]], ...] = (),
) -> KnownFacts:
    """The details of this member, every staff name, and the names the records hold (other
    members, providers), to take out of a text."""
    staff = agent_names if agent_names is not None else tuple(careteam_api.staff_names())
    return KnownFacts(
        member_first_name=member.first_name,
        member_last_name=member.last_name,
        member_id=member.member_id,
        plan=member.plan,
        agent_names=staff,
        names=names if names is not None else records_gazetteer(),
        record_values=record_values,
        amount_choices=amount_choices,
    )


GAZETTEER_SECONDS = 300
_gazetteer: tuple[float, Gazetteer] | None = None


def records_gazetteer(*, fresh: bool = False) -> Gazetteer:
    """The names the records hold, read at most every GAZETTEER_SECONDS per process."""
    global _gazetteer
    now = time.monotonic()
    if fresh or _gazetteer is None or now - _gazetteer[0] > GAZETTEER_SECONDS:
        entries = [(name, Placeholder.PERSON_NAME) for name in careteam_api.people_names()]
        entries += [(name, Placeholder.PROVIDER_NAME) for name in claims_api.provider_names()]
        _gazetteer = (now, Gazetteer(entries))
    return _gazetteer[1]
