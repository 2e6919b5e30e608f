"""The second factor: enrol an authenticator app (TOTP) once, then enter its code at each login.

Enrolment shows a new secret on every visit, held by that session alone (an unconfirmed
TOTPDevice whose id is in the session), so a second session signed in with the password only
never sees, nor confirms, the secret the user is setting up. Once a device is confirmed,
replacing it needs a session that passed it and a code from it.

django-otp verifies the codes: a code is accepted once (a replayed code is refused because the
device remembers the last time step it accepted) and failures slow further tries down.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

import segno
from django import forms
from django.contrib import messages as flash
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp import verify_token as otp_verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.access import session_remember
from careteam.models import AuditEvent, User
from careteam.services import audit_record

DEVICE_NAME = "Authenticator app"


class CodeForm(forms.Form):
    code = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        label="6-digit code from your authenticator app",
        error_messages={"invalid": "Enter the 6 digits your authenticator app shows."},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return "/"


@require_http_methods(["GET", "POST"])
def mfa_verify(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    if not user_has_device(user):
        return redirect("mfa-setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = next(
            (
                device
                for device in TOTPDevice.objects.devices_for_user(user, confirmed=True)
                if device.verify_is_allowed()[0]
                and device.verify_token(form.cleaned_data["code"].strip())
            ),
            None,
        )
        if device is not None:
            otp_login(request, device)
            session_remember(request=request)
            return redirect(_next_url(request))
        audit_record(
            actor=user,
            action=AuditEvent.Action.DENIED,
            detail="second factor refused",
            request=request,
        )
        form.add_error("code", "That code is not right, or was used already. Try the next one.")
    return TemplateResponse(
        request,
        "careteam/mfa_verify.html",
        {"form": form, "next": _next_url(request)},
        status=422 if form.errors else 200,
    )


class EnrolForm(CodeForm):
    """The new app's code; replacing a confirmed device also needs a code from the current one."""

    current_code = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        label="6-digit code from your current authenticator app",
        error_messages={
            "invalid": "Enter the 6 digits your current authenticator app shows.",
            "required": "Enter a code from your current authenticator app to replace it.",
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )

    def __init__(self, *args: object, replacing: bool, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if not replacing:
            del self.fields["current_code"]


# The unconfirmed device this session is enrolling: a new secret for every visit of the page,
# never shared with another session, so a password alone cannot capture the secret being set up.
_ENROLMENT_SESSION_KEY = "mfa_enrolment_device"
# Unconfirmed devices abandoned longer ago than this are removed when anyone of the user enrols.
_ABANDONED_ENROLMENT = timedelta(hours=1)


def _start_enrolment(request: HttpRequest, user: User) -> TOTPDevice:
    """A fresh unconfirmed device for this session, replacing the one it showed before."""
    previous = request.session.get(_ENROLMENT_SESSION_KEY)
    pending = TOTPDevice.objects.devices_for_user(user, confirmed=False)
    pending.filter(created_at__lt=timezone.now() - _ABANDONED_ENROLMENT).delete()
    if previous:
        pending.filter(pk=_device_pk(previous)).delete()
    device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    request.session[_ENROLMENT_SESSION_KEY] = device.persistent_id
    return device


def _device_pk(persistent_id: str) -> int | None:
    model_label, _, pk = persistent_id.rpartition("/")
    return int(pk) if model_label == TOTPDevice.model_label() and pk.isdigit() else None


def _session_enrolment(request: HttpRequest, user: User) -> TOTPDevice | None:
    """The unconfirmed device this session was shown, if it is still pending."""
    persistent_id = request.session.get(_ENROLMENT_SESSION_KEY) or ""
    pk = _device_pk(persistent_id)
    if pk is None:
        return None
    return TOTPDevice.objects.devices_for_user(user, confirmed=False).filter(pk=pk).first()


def _current_code_accepted(user: User, code: str) -> bool:
    return any(
        otp_verify_token(user, device.persistent_id, code)
        for device in TOTPDevice.objects.devices_for_user(user, confirmed=True)
    )


@require_http_methods(["GET", "POST"])
def mfa_setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app, or replace it from a session that passed the current one."""
    user = request.user
    assert isinstance(user, User)
    replacing = user_has_device(user)
    if replacing and not user.is_verified():  # type: ignore[attr-defined]
        flash.info(
            request,
            "Your authenticator app is set up already. Enter its code first; "
            "you can change it after that.",
        )
        return redirect(f"{reverse('mfa-verify')}?{urlencode({'next': reverse('mfa-setup')})}")
    form = EnrolForm(request.POST or None, replacing=replacing)
    device = _session_enrolment(request, user) if request.method == "POST" else None
    if request.method == "POST" and device is None:
        form = EnrolForm(replacing=replacing)
        form.add_error(None, "This set-up page has expired. Scan the new code below.")
    elif device is not None and form.is_valid():
        current = form.cleaned_data.get("current_code", "").strip()
        if replacing and not _current_code_accepted(user, current):
            form.add_error(
                "current_code",
                "That code from your current app is not right, or "
                "was used already. Try the next one.",
            )
        elif otp_verify_token(user, device.persistent_id, form.cleaned_data["code"].strip()):
            _confirm(request, user, device, replacing=replacing)
            return redirect(_next_url(request))
        else:
            form.add_error("code", "That code does not match. Check the app and try the next one.")
    if device is None:
        device = _start_enrolment(request, user)
    context = {
        "form": form,
        "replacing": replacing,
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#14213d"),
        "secret": _base32_secret(device),
        "next": _next_url(request),
    }
    return TemplateResponse(
        request, "careteam/mfa_setup.html", context, status=422 if form.errors else 200
    )


def _confirm(request: HttpRequest, user: User, device: TOTPDevice, *, replacing: bool) -> None:
    """The session's device becomes the user's only one: other pending and old devices go, and
    other sessions verified with an old device must pass the new one."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    request.session.pop(_ENROLMENT_SESSION_KEY, None)
    otp_login(request, device)
    session_remember(request=request)
    flash.success(
        request,
        "Your new authenticator app is set up."
        if replacing
        else "Your authenticator app is set up.",
    )


def _base32_secret(device: TOTPDevice) -> str:
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))
