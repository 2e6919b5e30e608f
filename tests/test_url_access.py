"""Every URL pattern x every role x an object of another team: no unauthorized success.

ACCESS declares, per URL name, who may use it. The meta-test fails the suite when a URL
pattern has no entry, so a new page cannot ship without its allow and deny cases.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from careteam.models import Message, Thread
from careteam.roles import Role
from claims.models import Claim, Flag
from claims.records import Finding, Severity
from claims.services.flags import flags_sync
from claims.services.imports import claims_import
from suggestions.models import Draft, ModelVersion
from tests.conftest import login
from tests.factories import MemberFactory, MessageFactory, TeamFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db

# "outsider" is a care agent of another team: allowed what agents are, on its own team's threads.
WORKERS = {"agent", "supervisor", "admin", "outsider"}
EVERY_STAFF = {"agent", "supervisor", "analyst", "admin", "outsider"}

# name -> (methods to try, roles allowed on their own team's object, what takes the object)
ACCESS: dict[str, dict[str, object]] = {
    "home": {"methods": ["get"], "allowed": EVERY_STAFF},
    "inbox": {"methods": ["get", "post"], "allowed": WORKERS, "listing": True},
    "thread": {"methods": ["get"], "allowed": WORKERS, "thread": True},
    "thread-reply": {"methods": ["post"], "allowed": WORKERS, "thread": True},
    "thread-note": {"methods": ["post"], "allowed": WORKERS, "thread": True},
    "draft-panel": {"methods": ["get"], "allowed": WORKERS, "thread": True},
    "draft-discard": {"methods": ["post"], "allowed": WORKERS, "thread": True, "draft": True},
    "draft-regenerate": {"methods": ["post"], "allowed": WORKERS, "thread": True, "draft": True},
    "acceptance-dashboard": {
        "methods": ["get"],
        "allowed": {"supervisor", "admin"},
        "listing": True,
    },
    "acceptance-export": {"methods": ["get"], "allowed": {"supervisor", "admin"}, "listing": True},
    "thread-action": {"methods": ["post"], "allowed": WORKERS, "thread": True, "action": True},
    "audit": {"methods": ["get"], "allowed": {"supervisor", "admin"}, "listing": True},
    "queue-health": {"methods": ["get"], "allowed": {"supervisor", "admin"}, "listing": True},
    "queue-rebalance": {"methods": ["post"], "allowed": {"supervisor", "admin"}},
    "queue-alerts-read": {"methods": ["post"], "allowed": {"supervisor", "admin"}},
    "availability": {"methods": ["get", "post"], "allowed": WORKERS, "listing": True},
    "audit-export": {"methods": ["get"], "allowed": {"supervisor", "admin"}, "listing": True},
    "login": {"methods": ["get"], "public": True},
    "health-live": {"methods": ["get"], "public": True},
    "health-ready": {"methods": ["get"], "public": True},
    # Scrapers only (a token or an allowed address, tests/careteam/test_telemetry.py).
    "metrics": {"methods": ["get"], "token": True},
    "response-times": {"methods": ["get"], "allowed": {"admin"}},
    "mfa-verify": {"methods": ["get"], "allowed": EVERY_STAFF},
    "mfa-setup": {"methods": ["get"], "allowed": EVERY_STAFF},
    "shortcuts-preference": {"methods": ["get", "post"], "allowed": EVERY_STAFF},
    "logout": {"methods": ["post"], "public": True},
    "api-member-messages": {"methods": ["post"], "token": True},
    "claims-panel": {"methods": ["get"], "allowed": WORKERS, "thread": True},
    "claim": {"methods": ["get"], "allowed": WORKERS, "thread": True, "claim": True},
    "flag-decide": {"methods": ["post"], "allowed": WORKERS, "thread": True, "flag": True},
    "claims-worklist": {"methods": ["get"], "allowed": WORKERS, "listing": True},
    "claims-import": {"methods": ["get", "post"], "allowed": WORKERS, "listing": True},
    "roster-import": {"methods": ["get", "post"], "allowed": {"admin"}},
}
DECISIONS = ["resolve", "dismiss"]
# "listing": a page that lists or counts many members' data; the content walk reads each for the
# other team's members.
SEES_ALL = {"audit", "audit-export", "claims-import"}  # admins see every team's here
LISTING_PROBES = 19  # of the 9 listing pages: agent 4, supervisor 9, analyst 0, admin 6
ADMIN_PREFIX = "staff-admin/"
ACTIONS = ["assign-to-me", "assign", "topic", "unassign", "close", "reopen", "acknowledge"]
DENIED = {401, 403, 404, 405}


def named_patterns() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[URLPattern | URLResolver], prefix: str = "") -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if str(pattern.pattern) == ADMIN_PREFIX:
                    continue  # Django's admin: covered by test_admin_needs_staff
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif pattern.name:
                names.add(pattern.name)
            else:
                names.add(prefix + str(pattern.pattern))

    walk(get_resolver().url_patterns)
    return names


def test_every_url_pattern_declares_who_may_use_it():
    undeclared = named_patterns() - set(ACCESS)
    assert not undeclared, (
        f"add these URL names to ACCESS with their allow/deny cases: {undeclared}"
    )


@pytest.fixture
def world():
    home_team = TeamFactory(name="Home team")
    away_team = TeamFactory(name="Away team")
    users = {
        "agent": UserFactory(role=Role.CARE_AGENT, team=home_team),
        "supervisor": UserFactory(role=Role.SUPERVISOR, team=home_team),
        "analyst": UserFactory(role=Role.ANALYST, team=home_team),
        "admin": UserFactory(role=Role.ADMIN, team=home_team, is_staff=True),
        "outsider": UserFactory(role=Role.CARE_AGENT, team=away_team),
    }
    home_thread = ThreadFactory(team=home_team, member=MemberFactory())
    # A surname no generated staff or provider name can carry, so its absence from a page means
    # the page told nothing about this member.
    away_thread = ThreadFactory(team=away_team, member=MemberFactory(last_name="Quennevilleau"))
    version = ModelVersion.objects.create(label="v1", artifact="v1.joblib", sha256="0" * 64)
    for thread in (home_thread, away_thread):
        Draft.objects.create(
            message=MessageFactory(thread=thread),
            thread=thread,
            version=version,
            text="Hello",
            confidence=0.9,
            shown=True,
            latency_ms=1.0,
        )
    for thread in (home_thread, away_thread):
        add_flagged_claim(thread)
    return {"users": users, "home_thread": home_thread, "away_thread": away_thread}


def add_flagged_claim(thread: Thread) -> None:
    """A claim of the thread's member with an open flag, for the claims pages."""
    number = f"W-{thread.pk}"
    data = (
        "claim_number,member_id,payer_name,service_from,billing_name,place_of_service,"
        f"procedure_code,billed\n{number},{thread.member.member_id},Acme,2026-01-05,"
        "Dr. Probe,11,99213,100.00\n"
    ).encode()
    assert not claims_import(
        data=data, filename="world.csv", actor=None, team_ids=[thread.team_id]
    ).problems
    claim = Claim.objects.get(claim_number=number)
    flags_sync(claim_id=claim.pk, findings=[Finding("probe", Severity.LOW, number, "s", "e")])
    thread.claim_pk = claim.pk  # type: ignore[attr-defined]
    thread.flag_pk = claim.flags.get().pk  # type: ignore[attr-defined]


def urls_for(name: str, spec: dict[str, object], thread: Thread) -> list[str]:
    if spec.get("action"):
        return [reverse(name, args=[thread.pk, action]) for action in ACTIONS]
    if spec.get("draft"):
        return [reverse(name, args=[thread.pk, Draft.objects.get(thread=thread).pk])]
    if spec.get("claim"):
        return [reverse(name, args=[thread.claim_pk])]  # type: ignore[attr-defined]
    if spec.get("flag"):
        return [reverse(name, args=[thread.flag_pk, d]) for d in DECISIONS]  # type: ignore[attr-defined]
    if spec.get("thread"):
        return [reverse(name, args=[thread.pk])]
    return [reverse(name)]


def state_of(thread: Thread) -> tuple[object, ...]:
    fresh = Thread.objects.get(pk=thread.pk)
    flags = Flag.objects.filter(claim__member_id=thread.member_id).order_by("pk")
    return (
        fresh.status,
        fresh.assignee_id,
        Message.objects.filter(thread=thread).count(),
        list(flags.values_list("status", "decided_by_id")),
        Claim.objects.count(),
    )


def request(client, method: str, url: str):  # type: ignore[no-untyped-def]
    data = {"text": "probe", "note": "probe", "assignee": "1", "reason": "probe reason"}
    return client.get(url) if method == "get" else client.post(url, data)


@pytest.mark.parametrize("name", sorted(ACCESS))
def test_no_role_gets_a_success_it_is_not_allowed(client, world, name):
    spec = ACCESS[name]
    if spec.get("public"):
        return
    probes = 0
    for role, user in [("anonymous", None), *world["users"].items()]:
        client.logout()
        if user is not None:
            login(client, user)
        for thread_key in ("home_thread", "away_thread"):
            thread = world[thread_key]
            for url in urls_for(name, spec, thread):
                for method in spec["methods"]:  # type: ignore[attr-defined]
                    before = state_of(thread)
                    response = request(client, method, url)
                    probes += 1
                    same_team = user is not None and user.teams.filter(pk=thread.team_id).exists()
                    allowed = (
                        role in spec.get("allowed", set())  # type: ignore[operator]
                        and (same_team or not spec.get("thread"))
                        and not spec.get("token")
                    )
                    if role == "anonymous" and not spec.get("token"):
                        assert response.status_code == 302, (role, url)
                        assert response["Location"].startswith(reverse("login")), (role, url)
                    elif allowed:
                        assert response.status_code not in DENIED, (role, method, url)
                    else:
                        assert response.status_code in DENIED, (role, method, url)
                    if not allowed:
                        assert state_of(thread) == before, (role, url)
    assert probes > 0


def test_admin_needs_staff(client, world):
    assert client.get("/" + ADMIN_PREFIX).status_code == 302
    for role in ("agent", "supervisor", "analyst", "outsider"):
        login(client, world["users"][role])
        response = client.get("/" + ADMIN_PREFIX)
        assert response.status_code == 302 and "/login/" in response["Location"], role
    login(client, world["users"]["admin"])
    assert client.get("/" + ADMIN_PREFIX).status_code == 200


def _csv_row(member_id: str, number: str) -> bytes:
    return (
        "claim_number,member_id,payer_name,service_from,billing_name,billing_npi,"
        "billing_network,place_of_service,procedure_code,billed\n"
        f"{number},{member_id},Acme,2026-02-05,Probe Clinic,1234567893,out,11,99213,100.00\n"
    ).encode()


def test_imports_exports_and_the_api_never_reach_another_team(client, world):
    """The content behind the URLs, with two teams: what each role of the home team can import,
    export or post never touches, shows or tells anything of the away team's members."""
    from careteam.services import api_client_create
    from suggestions.models import Outcome

    home, away = world["home_thread"], world["away_thread"]
    away_claim = Claim.objects.get(pk=away.claim_pk)
    # The away team's member was viewed (an audit row) and got an outcome (a dashboard row).
    login(client, world["users"]["outsider"])
    assert client.get(reverse("thread", args=[away.pk])).status_code == 200
    Outcome.objects.create(
        kind="no_draft",
        thread=away,
        team=away.team,
        topic="other",
        agent=world["users"]["outsider"],
        decided_at=away.created_at,
        first_response=True,
    )
    probes = 0
    for role in ("agent", "supervisor", "admin"):
        client.logout()
        login(client, world["users"][role])
        before = (Claim.objects.count(), away_claim.billing_network, away_claim.member_id)
        answer = client.post(
            reverse("claims-import"),
            {
                "file": SimpleUploadedFile(
                    "x.csv", _csv_row(away.member.member_id, f"X-{role}"), "text/csv"
                )
            },
        )
        body = answer.content.decode()
        away_claim.refresh_from_db()
        assert (Claim.objects.count(), away_claim.billing_network, away_claim.member_id) == before
        assert "no member with id" in body and away.member.last_name not in body
        # A claim number of the away team, named for a home member: stored as the home member's
        # own claim (never moved), the report the same as for any new number.
        named = _csv_row(home.member.member_id, away_claim.claim_number)
        client.post(
            reverse("claims-import"), {"file": SimpleUploadedFile("y.csv", named, "text/csv")}
        )
        away_claim.refresh_from_db()
        assert away_claim.member_id == away.member_id
        probes += 2
    for role in ("supervisor", "admin"):
        client.logout()
        login(client, world["users"][role])
        audit = b"".join(client.get(reverse("audit-export")).streaming_content).decode()
        assert (away.member.member_id in audit) == (role == "admin"), role
        probes += 1
    # The supervisor's figures are the same with or without the away team's outcome.
    client.logout()
    login(client, world["users"]["supervisor"])
    with_away = client.get(reverse("acceptance-export")).content
    Outcome.objects.filter(team=away.team).delete()
    assert client.get(reverse("acceptance-export")).content == with_away
    probes += 2
    # Every page that lists or counts (not one object's page), seen by each home-team role it
    # is for: the away member's name, id and claim number nowhere. Admins see every team on the
    # audit trail and the recent imports by design.
    away_marks = (away.member.last_name, away.member.member_id, f">{away_claim.claim_number}<")
    listings = [name for name, spec in ACCESS.items() if spec.get("listing")]
    for role in ("agent", "supervisor", "analyst", "admin"):
        client.logout()
        login(client, world["users"][role])
        for name in listings:
            if role not in ACCESS[name]["allowed"] or (role == "admin" and name in SEES_ALL):  # type: ignore[operator]
                continue
            answer = client.get(reverse(name))
            assert answer.status_code == 200, (role, name)
            body = answer.getvalue().decode()
            assert [mark for mark in away_marks if mark in body] == [], (role, name)
            probes += 1
    _, token = api_client_create(name="home app", team=home.team)
    threads_before = Thread.objects.count()
    answer = client.post(
        reverse("api-member-messages"),
        data={"member_id": away.member.member_id, "text": "hello"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "probe-1"},
    )
    unknown = client.post(
        reverse("api-member-messages"),
        data={"member_id": "NOPE000000", "text": "hello"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "probe-2"},
    )
    assert answer.status_code == unknown.status_code == 400
    assert answer.json() == unknown.json()  # another team's member reads as no member at all
    assert Thread.objects.count() == threads_before
    probes += 2
    assert probes == 12 + LISTING_PROBES
