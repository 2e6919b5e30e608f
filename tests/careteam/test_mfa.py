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
        client.post(
            reverse("login"),
            {"username": agent.username, "password": "wrong"},
            REMOTE_ADDR="10.9.9.9",
        )
    locked = sign_in(client, agent, ip="10.9.9.9")
    assert locked.status_code == 429
    assert "Too many sign-in attempts" in locked.content.decode()
    # The same account from another address is not locked: no one can lock staff out.
    assert sign_in(client, agent, ip="10.1.1.1").status_code == 302
    # After the cool-off, the paused pair may try again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(hours=1))
    assert sign_in(client, agent, ip="10.9.9.9").status_code == 302


def secret_on(page) -> str:  # type: ignore[no-untyped-def]
    match = re.search(r'class="secret">([A-Z2-7 ]+)<', page.content.decode())
    assert match, "the enrolment page shows no key"
    return match.group(1)


def device_for_secret(user, secret: str) -> TOTPDevice:  # type: ignore[no-untyped-def]
    from base64 import b32encode

    wanted = secret.replace(" ", "")
    return next(
        device
        for device in TOTPDevice.objects.filter(user=user)
        if b32encode(device.bin_key).decode() == wanted
    )


def test_each_enrolment_visit_gets_its_own_secret_bound_to_its_session(agent):
    """Someone holding only the password must not learn the secret the user is enrolling."""
    from django.test import Client

    victim, attacker = Client(), Client()
    sign_in(victim, agent, ip="10.1.1.1")
    sign_in(attacker, agent, ip="10.6.6.6")
    first = secret_on(victim.get(reverse("mfa-setup")))
    captured = secret_on(attacker.get(reverse("mfa-setup")))
    assert captured != first
    # Each visit replaces this session's secret; the previous one is gone.
    secret = secret_on(victim.get(reverse("mfa-setup")))
    assert secret not in (first, captured)
    assert TOTPDevice.objects.filter(user=agent, confirmed=False).count() == 2
    # The attacker's unconfirmed device cannot be confirmed through the victim's session.
    attacker_device = device_for_secret(agent, captured)
    refused = victim.post(reverse("mfa-setup"), {"code": code_for(attacker_device)})
    assert refused.status_code == 422
    device = device_for_secret(agent, secret)
    wait_out_throttle(device)
    accepted = victim.post(reverse("mfa-setup"), {"code": code_for(device), "next": "/inbox/"})
    assert accepted.status_code == 302 and accepted["Location"] == "/inbox/"
    assert list(TOTPDevice.objects.filter(user=agent).values_list("pk", "confirmed")) == [
        (device.pk, True)
    ]
    # The attacker's session now needs the code of the device the victim confirmed.
    late = attacker.post(reverse("mfa-setup"), {"code": code_for(attacker_device)})
    assert late.status_code == 302 and late["Location"].startswith(reverse("mfa-verify"))
    assert attacker.get(reverse("inbox")).status_code == 302
    assert victim.get(reverse("inbox")).status_code == 200


def test_changing_the_authenticator_needs_the_current_second_factor(client, agent):
    old = TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=KEY)
    sign_in(client, agent)
    # A password alone cannot start a new enrolment once a device exists.
    response = client.get(reverse("mfa-setup"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("mfa-verify"))
    assert not TOTPDevice.objects.filter(user=agent, confirmed=False).exists()
    assert client.post(reverse("mfa-verify"), {"code": code_for(old)}).status_code == 302
    # A verified session may replace the device, with a code from the current one.
    new = device_for_secret(agent, secret_on(client.get(reverse("mfa-setup"))))
    assert new.pk != old.pk and not new.confirmed
    missing = client.post(reverse("mfa-setup"), {"code": code_for(new)})
    assert missing.status_code == 422
    assert "current authenticator" in missing.content.decode()
    wait_out_throttle(new)
    wrong = client.post(reverse("mfa-setup"), {"code": code_for(new), "current_code": "000000"})
    assert wrong.status_code == 422
    wait_out_throttle(old)
    wait_out_throttle(new)
    done = client.post(
        reverse("mfa-setup"), {"code": code_for(new), "current_code": code_for(old, 1)}
    )
    assert done.status_code == 302
    assert list(TOTPDevice.objects.filter(user=agent).values_list("pk", "confirmed")) == [
        (new.pk, True)
    ]
    assert client.get(reverse("inbox")).status_code == 200


PROXY = "10.0.0.2"  # the TLS proxy: every request reaches Django from its address


def sign_in_through_proxy(client, user, forwarded_for: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("login"),
        {"username": user.username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_behind_the_proxy_an_attacker_elsewhere_does_not_lock_the_user_out(agent, settings):
    from django.test import Client

    settings.TRUSTED_PROXY_COUNT = 1
    attacker, victim = Client(), Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        # The proxy appends the address it saw; what the attacker wrote before it is not trusted.
        sign_in_through_proxy(attacker, agent, "198.51.100.7, 203.0.113.9", password="wrong")
    assert sign_in_through_proxy(attacker, agent, "203.0.113.9").status_code == 429
    # A forged left-hand entry does not get the attacker a fresh address either.
    assert sign_in_through_proxy(attacker, agent, "198.51.100.99, 203.0.113.9").status_code == 429
    assert sign_in_through_proxy(victim, agent, "198.51.100.7").status_code == 302
    assert AccessAttempt.objects.get().ip_address == "203.0.113.9"


def test_without_the_proxy_a_forged_forwarded_for_is_ignored(client, agent, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for number in range(settings.AXES_FAILURE_LIMIT):
        sign_in_through_proxy(client, agent, f"198.51.100.{number}", password="wrong")
    assert sign_in_through_proxy(client, agent, "198.51.100.200").status_code == 429
    assert AccessAttempt.objects.get().ip_address == PROXY
