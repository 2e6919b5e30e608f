"""The second factor (TOTP) for every staff member, and login throttling with a cool-off."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

KEY = "3132333435363738393031323334353637383930"


def code_for(device: TOTPDevice, offset_steps: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + offset_steps * device.step
    return f"{totp.token():06d}"


def wait_out_throttle(device: TOTPDevice) -> None:
    """django-otp slows tries down after a failure (1 s, 2 s, 4 s...): let that time pass."""
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - timedelta(hours=1)
    )


def sign_in(client, user, ip: str = "10.1.1.1"):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD}, REMOTE_ADDR=ip
    )


def test_without_a_device_every_page_leads_to_enrolment(client, agent, thread):
    sign_in(client, agent)
    response = client.get(reverse("thread", args=[thread.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa-setup") + "?next=")
    htmx = client.get(reverse("inbox"), headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"].startswith(reverse("mfa-setup"))
    assert thread.member.last_name not in htmx.content.decode()


def test_enrolment_shows_a_qr_code_and_confirms_with_a_code(client, agent):
    sign_in(client, agent)
    page = client.get(reverse("mfa-setup")).content.decode()
    assert "<svg" in page and re.search(r"[A-Z2-7]{4}( [A-Z2-7]{4}){3,}", page)
    device = TOTPDevice.objects.get(user=agent, confirmed=False)
    wrong = client.post(reverse("mfa-setup"), {"code": "000000"})
    assert wrong.status_code == 422
    wait_out_throttle(device)
    right = client.post(reverse("mfa-setup"), {"code": code_for(device), "next": "/inbox/"})
    assert right.status_code == 302 and right["Location"] == "/inbox/"
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("inbox")).status_code == 200


def test_login_with_a_device_needs_its_current_code(client, agent):
    device = TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=KEY)
    sign_in(client, agent)
    assert client.get(reverse("inbox"))["Location"].startswith(reverse("mfa-verify"))
    assert client.post(reverse("mfa-verify"), {"code": "123"}).status_code == 422
    assert client.post(reverse("mfa-verify"), {"code": code_for(device, -20)}).status_code == 422
    # Right after a failure even the right code waits: guessing is slowed down.
    assert client.post(reverse("mfa-verify"), {"code": code_for(device)}).status_code == 422
    wait_out_throttle(device)
    response = client.post(reverse("mfa-verify"), {"code": code_for(device), "next": "/inbox/"})
    assert response.status_code == 302 and response["Location"] == "/inbox/"
    assert client.get(reverse("inbox")).status_code == 200


def test_a_replayed_code_is_refused(client, agent):
    from django.test import Client

    device = TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=KEY)
    code = code_for(device)
    sign_in(client, agent)
    assert client.post(reverse("mfa-verify"), {"code": code}).status_code == 302
    other = Client()
    sign_in(other, agent)
    assert other.post(reverse("mfa-verify"), {"code": code}).status_code == 422
    assert other.get(reverse("inbox")).status_code == 302


def test_the_next_url_cannot_send_the_user_elsewhere(client, agent):
    device = TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=KEY)
    sign_in(client, agent)
    response = client.post(
        reverse("mfa-verify"), {"code": code_for(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_repeated_failures_pause_that_username_from_that_address(client, agent, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("login"), {"username": agent.username, "password": "wrong"},
                    REMOTE_ADDR="10.9.9.9")  # fmt: skip
    locked = sign_in(client, agent, ip="10.9.9.9")
    assert locked.status_code == 429
    assert "Too many sign-in attempts" in locked.content.decode()
    # The same account from another address is not locked: no one can lock staff out.
    assert sign_in(client, agent, ip="10.1.1.1").status_code == 302
    # After the cool-off, the paused pair may try again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1))
    assert sign_in(client, agent, ip="10.9.9.9").status_code == 302
