"""Member text never becomes markup: a corpus of XSS and htmx payloads through every page
(inbox, its list partial, thread page, conversation partial, draft panel and page, claims
panel and page, claim page, claim flags worklist and its partial, and the claims import report).

Each payload is planted in every member-controlled field; the page is parsed and compared with
the same page rendered with harmless text. Any element or attribute the payload added, or any
htmx attribute outside an hx-disable region, counts as an active payload.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from careteam.models import Member, Message, Thread
from claims.models import Claim, Flag, Provider
from claims.records import Finding, Severity
from claims.services.flags import flag_decide, flags_sync
from claims.services.imports import claims_import
from suggestions.models import Draft, ModelVersion

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<div hx-get="/logout/" hx-trigger="load">x</div>',
    '<button hx-post="/threads/1/close/" hx-trigger="load">x</button>',
    '<form hx-post="/x"><input name=a></form>',
    "<iframe src=//evil.example></iframe>",
    "<style>body{display:none}</style>",
    '<meta http-equiv="refresh" content="0;url=//evil.example">',
    "{{ request.user.password }}",
    "{% csrf_token %}",
    "<p onmouseover='alert(1)'>hover</p>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<scr<script>ipt>alert(1)</script>",
    '<div data-hx-get="/logout/" data-hx-trigger="load">x</div>',
    "<base href=//evil.example/>",
    "javascript:alert(1)",
    "\u202e<script>alert(1)</script>",
]


class Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.signature: list[tuple[str, tuple[str, ...]]] = []
        self.htmx_outside_disabled: list[str] = []
        self._stack: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = tuple(sorted(name for name, _ in attrs))
        self.signature.append((tag, names))
        disabled = (self._stack[-1] if self._stack else False) or "hx-disable" in names
        if tag not in {"br", "img", "input", "meta", "link", "hr"}:
            self._stack.append(disabled)
        values = " ".join(value or "" for _, value in attrs)
        if "logout" in values and "hx-" in " ".join(names) and not disabled:
            self.htmx_outside_disabled.append(f"{tag} {names}")

    def handle_endtag(self, tag: str) -> None:
        if self._stack and tag not in {"br", "img", "input", "meta", "link", "hr"}:
            self._stack.pop()


def markup_of(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    return parser


def plant(thread: Thread, text: str) -> None:
    Member.objects.filter(pk=thread.member_id).update(first_name=text, last_name=text, plan=text)
    Thread.objects.filter(pk=thread.pk).update(subject=text[:200])
    Message.objects.filter(thread=thread).update(text=text)
    Draft.objects.filter(thread=thread).update(
        text=f"Hi {text}",
        alternatives=[{"template": "x", "text": text, "score": 1.0}],
        examples=[text],
    )
    claims = Claim.objects.filter(member_id=thread.member_id)
    claims.update(payer_name=text, claim_number=text[:80], payer_claim_number=text[:80])
    Provider.objects.update(name=text)
    Flag.objects.filter(claim__in=claims).update(
        summary=text, explanation=text, evidence={"note": text}, check_id=text[:64]
    )
    Flag.objects.filter(claim__in=claims).exclude(status="open").update(decision_reason=text)


def add_claim(thread: Thread, agent) -> None:  # type: ignore[no-untyped-def]
    data = (
        "claim_number,member_id,payer_name,service_from,billing_name,place_of_service,"
        f"procedure_code,billed\nX-1,{thread.member.member_id},Acme,2026-01-05,Dr. A,11,"
        "99213,100.00\n"
    ).encode()
    assert not claims_import(data=data, filename="x.csv", actor=agent).problems
    claim = Claim.objects.get()
    flags_sync(
        claim_id=claim.pk,
        findings=[
            Finding("a", Severity.HIGH, "X-1", "s", "e"),
            Finding("b", Severity.LOW, "X-1", "s", "e"),
        ],
    )
    flag_decide(flag=claim.flags.get(check_id="b"), actor=agent, decision="dismiss", reason="ok ok")


def import_report(client, text: str) -> str:  # type: ignore[no-untyped-def]
    """A file whose cells hold the payload: the report quotes the bad values back."""
    import csv
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "claim_number",
            "member_id",
            "payer_name",
            "service_from",
            "billing_name",
            "procedure_code",
            "billed",
            "units",
        ]
    )
    writer.writerow(["X-2", "M0", "Acme", "2026-01-05", "Dr. A", "99213", "1.00", text])
    upload = SimpleUploadedFile("report.csv", buffer.getvalue().encode())
    return client.post(reverse("claims-import"), {"file": upload}).content.decode()


def pages(client, thread: Thread) -> dict[str, str]:  # type: ignore[no-untyped-def]
    htmx = {"HX-Request": "true"}
    return {
        "inbox": client.get(reverse("inbox"), {"tab": "open"}).content.decode(),
        "inbox list": client.get(
            reverse("inbox"), {"tab": "open"}, headers={**htmx, "HX-Target": "thread-list"}
        ).content.decode(),
        "thread": client.get(reverse("thread", args=[thread.pk])).content.decode(),
        "draft page": client.get(reverse("draft-panel", args=[thread.pk])).content.decode(),
        "draft panel": client.get(
            reverse("draft-panel", args=[thread.pk]), headers=htmx
        ).content.decode(),
        "claims panel": client.get(
            reverse("claims-panel", args=[thread.pk]), headers=htmx
        ).content.decode(),
        "claims panel page": client.get(reverse("claims-panel", args=[thread.pk])).content.decode(),
        "claim": client.get(reverse("claim", args=[Claim.objects.get().pk])).content.decode(),
        "claim flags worklist": client.get(reverse("claims-worklist")).content.decode(),
        "claim flags list": client.get(
            reverse("claims-worklist"), headers={**htmx, "HX-Target": "flag-list"}
        ).content.decode(),
        "conversation": client.get(
            reverse("thread", args=[thread.pk]), headers={**htmx, "HX-Target": "conversation"}
        ).content.decode(),
    }


def test_no_payload_becomes_active_markup_anywhere(as_user, agent, thread):
    message = Message.objects.create(
        thread=thread, direction=Message.Direction.INBOUND, text="x", created_at=thread.created_at
    )
    version = ModelVersion.objects.create(
        label="vx", artifact="x", sha256="0" * 64, status=ModelVersion.Status.ACTIVE
    )
    Draft.objects.create(
        message=message,
        thread=thread,
        version=version,
        template="t",
        text="t",
        confidence=0.9,
        shown=True,
        latency_ms=1.0,
    )
    add_claim(thread, agent)
    client = as_user(agent)
    plant(thread, "harmless words")
    baseline = {name: markup_of(html).signature for name, html in pages(client, thread).items()}
    for _ in range(10):  # the page lists the 10 latest imports: fill it so its shape is fixed
        report_baseline = markup_of(import_report(client, "harmless words")).signature
    active: list[tuple[str, str]] = []
    renderings = 0
    for payload in PAYLOADS:
        plant(thread, payload)
        for name, html in pages(client, thread).items():
            renderings += 1
            parsed = markup_of(html)
            if parsed.signature != baseline[name] or parsed.htmx_outside_disabled:
                active.append((payload, name))
            assert "harmless words" not in html
        report = markup_of(import_report(client, payload))
        renderings += 1
        if report.signature != report_baseline or report.htmx_outside_disabled:
            active.append((payload, "claims import report"))
    assert active == [], f"{len(active)} active payload renderings: {active}"
    assert len(PAYLOADS) == 22 and renderings == 22 * 12
