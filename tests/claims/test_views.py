"""Claims pages over HTTP for every role: allowed, another team's agent (404), an analyst
(403), anonymous (redirect) and anonymous htmx (HX-Redirect); audit rows; query counts."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from careteam.models import AuditEvent
from claims.models import Claim, Flag
from claims.services.imports import claims_import
from tests.claims.conftest import claim_rows, csv_bytes
from tests.factories import MemberFactory, ThreadFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def urls(claim: Claim, thread_id: int) -> list[tuple[str, str]]:
    flag = claim.flags.first()
    return [
        ("get", reverse("claims-panel", args=[thread_id])),
        ("get", reverse("claim", args=[claim.pk])),
        ("post", reverse("flag-decide", args=[flag.pk, "resolve"])),
        ("post", reverse("flag-decide", args=[flag.pk, "dismiss"])),
    ]


def test_anonymous_visitors_are_sent_to_log_in(client, flagged_claim, thread):
    pages = [
        *urls(flagged_claim, thread.pk),
        ("get", reverse("claims-worklist")),
        ("get", reverse("claims-import")),
        ("post", reverse("claims-import")),
    ]
    for method, url in pages:
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/"), url
        response = getattr(client, method)(url, headers=HTMX)
        assert response.status_code == 200 and response["HX-Redirect"] == reverse("login"), url
        assert b"J1885" not in response.content


def test_an_agent_of_another_team_gets_404_and_changes_nothing(
    as_user, outsider_agent, flagged_claim, thread
):
    client = as_user(outsider_agent)
    for method, url in urls(flagged_claim, thread.pk):
        response = getattr(client, method)(url, {"reason": "not mine"})
        assert response.status_code == 404, url
    assert Flag.objects.get().status == Flag.Status.OPEN
    response = client.get(reverse("claims-worklist"))
    assert response.status_code == 200 and b"CLM-1" not in response.content
    denied = AuditEvent.objects.filter(action="denied", actor=outsider_agent)
    assert denied.count() == 4


def test_an_analyst_gets_403_everywhere(as_user, analyst, flagged_claim, thread):
    client = as_user(analyst)
    pages = [
        *urls(flagged_claim, thread.pk),
        ("get", reverse("claims-worklist")),
        ("get", reverse("claims-import")),
        ("post", reverse("claims-import")),
    ]
    for method, url in pages:
        assert getattr(client, method)(url, {"reason": "x"}).status_code == 403, url
    assert Flag.objects.get().status == Flag.Status.OPEN


def test_the_panel_shows_recent_claims_lines_amounts_and_open_flags(
    as_user, agent, supervisor, flagged_claim, thread
):
    for user in (agent, supervisor):
        response = as_user(user).get(reverse("claims-panel", args=[thread.pk]), headers=HTMX)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.strip().startswith('<section id="claims-panel"')  # the fragment, not a page
        assert "CLM-1" in html and "$220.00" in html and "$92.00" in html and "$30.00" in html
        assert "More units of J1885" in html and "ask the provider to confirm" in html
        assert "hx-disable" in html
    page = as_user(agent).get(reverse("claims-panel", args=[thread.pk]))
    assert "<html" in page.content.decode() and "CLM-1" in page.content.decode()
    events = AuditEvent.objects.filter(action="view_claims", member_id=thread.member_id)
    assert events.count() == 3 and {e.actor for e in events} == {agent, supervisor}


def test_the_thread_page_loads_the_panel_with_htmx(as_user, agent, thread):
    html = as_user(agent).get(reverse("thread", args=[thread.pk])).content.decode()
    assert f'hx-get="/claims/threads/{thread.pk}/panel/"' in html
    assert reverse("claims-panel", args=[thread.pk]) == f"/claims/threads/{thread.pk}/panel/"


def test_a_member_without_claims_gets_an_empty_panel_and_no_audit_row(as_user, agent, thread):
    response = as_user(agent).get(reverse("claims-panel", args=[thread.pk]), headers=HTMX)
    assert "No claims loaded" in response.content.decode()
    assert not AuditEvent.objects.filter(action="view_claims").exists()


def test_the_claim_page_shows_lines_adjustments_diagnoses_and_flags(as_user, agent, flagged_claim):
    response = as_user(agent).get(reverse("claim", args=[flagged_claim.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "CLM-1",
        "E11.9",
        "I10",
        "99213",
        "CO-45 $70.00",
        "PR-3 $30.00",
        "Lakeview Family Medicine",
        "1234567893",
        "in network",
        "More units of J1885",
        'name="csrfmiddlewaretoken"',
        "Resolve",
        "Dismiss",
    ):
        assert text in html, text
    event = AuditEvent.objects.get(action="view_claims")
    assert (event.actor, event.member_id, event.object_id) == (
        agent,
        flagged_claim.member_id,
        str(flagged_claim.pk),
    )


def test_resolving_a_flag_records_who_when_why_and_audits(as_user, agent, flagged_claim):
    flag = flagged_claim.flags.get()
    client = as_user(agent)
    url = reverse("flag-decide", args=[flag.pk, "resolve"])
    assert client.get(url).status_code == 405
    response = client.post(url, {"reason": "Provider sent a corrected claim"})
    assert response.status_code == 302 and response["Location"] == reverse(
        "claim", args=[flagged_claim.pk]
    )
    flag.refresh_from_db()
    assert (flag.status, flag.decided_by, flag.decision_reason) == (
        "resolved",
        agent,
        "Provider sent a corrected claim",
    )
    assert AuditEvent.objects.filter(action="decide_flag", object_id=str(flag.pk)).count() == 1
    again = client.post(url, {"reason": "twice"})
    assert again.status_code == 409 and "already resolved" in again.content.decode()


def test_dismissing_with_htmx_returns_the_flags_fragment(as_user, agent, flagged_claim):
    flag = flagged_claim.flags.get()
    client = as_user(agent)
    url = reverse("flag-decide", args=[flag.pk, "dismiss"])
    response = client.post(url, {"reason": "x"}, headers={**HTMX, "HX-Target": "claim-flags"})
    assert response.status_code == 422 and "at least 3 characters" in response.content.decode()
    assert Flag.objects.get().status == "open"
    response = client.post(url, {"reason": "Member confirmed"}, headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200 and html.strip().startswith('<section id="claim-flags"')
    assert "Dismissed by" in html and "Flag dismissed." in html


def test_flag_decisions_need_the_csrf_token(agent, flagged_claim):
    from django.test import Client

    from tests.conftest import login

    client = login(Client(enforce_csrf_checks=True), agent)
    flag = flagged_claim.flags.get()
    response = client.post(reverse("flag-decide", args=[flag.pk, "resolve"]), {"reason": "ok ok"})
    assert response.status_code == 403
    assert Flag.objects.get().status == "open"


def test_the_worklist_lists_open_flags_with_filters_and_audits_each_member(
    as_user, agent, flagged_claim, thread, team
):
    other = ThreadFactory(team=team, member=MemberFactory(member_id="M777"))
    claims_import(
        data=csv_bytes(
            claim_rows(
                "M777",
                number="CLM-9",
                payer_name="Other Payer",
                payer_id="OTH",
                service_from="2025-01-05",
            )
        ),
        filename="b.csv",
        actor=agent,
    )
    from claims.records import Finding, Severity
    from claims.services.flags import flags_sync

    claim = Claim.objects.get(claim_number="CLM-9")
    flags_sync(
        claim_id=claim.pk,
        findings=[Finding("pos-invalid", Severity.LOW, "CLM-9", "Odd place of service", "Ask.")],
    )
    client = as_user(agent)
    html = client.get(reverse("claims-worklist")).content.decode()
    assert "CLM-1" in html and "CLM-9" in html and "2 open flags" in html
    assert html.index("CLM-1") < html.index("CLM-9")  # high before low
    assert set(
        AuditEvent.objects.filter(action="view_claims").values_list("member_id", flat=True)
    ) == {thread.member_id, other.member_id}
    filters = [
        ({"check": "pos-invalid"}, "CLM-9"),
        ({"severity": "high"}, "CLM-1"),
        ({"payer": "other"}, "CLM-9"),
        ({"payer": "ACME1"}, "CLM-1"),
        ({"provider": "lakeview"}, None),
        ({"since": "2026-01-01"}, "CLM-1"),
        ({"until": "2025-12-31"}, "CLM-9"),
    ]
    for params, only in filters:
        html = client.get(
            reverse("claims-worklist"), params, headers={**HTMX, "HX-Target": "flag-list"}
        ).content.decode()
        assert html.strip().startswith('<div id="flag-list"'), params
        if only is not None:
            assert only in html and ({"CLM-1", "CLM-9"} - {only}).pop() not in html, params
        else:
            assert "CLM-1" in html and "CLM-9" in html


def test_the_worklist_is_paginated(as_user, agent, settings, flagged_claim):
    settings.CLAIMS_PAGE_SIZE = 1
    from claims.records import Finding, Severity
    from claims.services.flags import flags_sync

    flags_sync(
        claim_id=flagged_claim.pk,
        findings=[
            Finding("a", Severity.LOW, "CLM-1", "First low", "x"),
            Finding("b", Severity.LOW, "CLM-1", "Second low", "x"),
        ],
    )
    client = as_user(agent)
    first = client.get(reverse("claims-worklist")).content.decode()
    assert "Page 1 of 2" in first
    second = client.get(reverse("claims-worklist"), {"page": 2}).content.decode()
    assert "Page 2 of 2" in second


def test_uploading_a_file_stores_it_and_shows_the_counts(as_user, agent, thread):
    client = as_user(agent)
    assert client.get(reverse("claims-import")).status_code == 200
    upload = SimpleUploadedFile("claims.csv", csv_bytes(claim_rows(thread.member.member_id)))
    response = client.post(reverse("claims-import"), {"file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and "Imported" in html and "claims.csv" in html
    assert Claim.objects.count() == 1


def test_uploading_a_bad_file_shows_every_problem(as_user, agent, thread, settings):
    client = as_user(agent)
    rows = claim_rows(thread.member.member_id, units="many")
    upload = SimpleUploadedFile("bad.csv", csv_bytes(rows))
    response = client.post(reverse("claims-import"), {"file": upload})
    html = response.content.decode()
    assert response.status_code == 422 and "was not imported" in html
    assert html.count("is not a quantity") == 2 and "row 2" in html and "row 3" in html
    assert not Claim.objects.exists()
    settings.CLAIMS_IMPORT_MAX_BYTES = 10
    upload = SimpleUploadedFile("big.csv", csv_bytes(rows))
    response = client.post(reverse("claims-import"), {"file": upload})
    assert response.status_code == 413 and "the limit is 10" in response.content.decode()
    assert client.post(reverse("claims-import"), {}).status_code == 422


def queries(client, url, headers=None) -> int:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers or {})
    assert response.status_code == 200
    return len(captured)


def add_claims(member_id: str, count: int, start: int) -> None:
    rows = []
    for number in range(start, start + count):
        rows += claim_rows(
            member_id, number=f"CLM-X{number}", billing_npi="", billing_name=f"Provider {number}"
        )
    claims_import(data=csv_bytes(rows), filename=f"{start}.csv", actor=None)
    from claims.records import Finding, Severity
    from claims.services.flags import flags_sync

    for claim in Claim.objects.filter(claim_number__startswith="CLM-X"):
        flags_sync(claim_id=claim.pk, findings=[Finding("dup", Severity.MEDIUM, "x", "s", "e")])


def test_query_counts_do_not_grow_with_claims_lines_or_flags(as_user, agent, thread, settings):
    settings.CLAIMS_PANEL_CLAIMS = 50
    client = as_user(agent)
    member_id = thread.member.member_id
    add_claims(member_id, 2, 0)
    claim_id = Claim.objects.order_by("pk").first().pk
    pages = [
        (reverse("claims-panel", args=[thread.pk]), HTMX),
        (reverse("claims-worklist"), {}),
        (reverse("claim", args=[claim_id]), {}),
    ]
    small = [queries(client, url, headers) for url, headers in pages]
    add_claims(member_id, 20, 100)
    large = [queries(client, url, headers) for url, headers in pages]
    assert small == large
    assert max(large) <= 15, large


def test_the_claim_page_names_its_import_by_time_not_by_the_global_import_number(
    as_user, agent, flagged_claim
):
    # Import numbers count every team's imports, so showing one told an agent how many files
    # other teams had loaded; the time of the import says what an agent needs.
    html = as_user(agent).get(reverse("claim", args=[flagged_claim.pk])).content.decode()
    batch = flagged_claim.batch
    assert f"import {batch.pk}" not in html
    assert f'datetime="{batch.created_at.isoformat()}"' in html
