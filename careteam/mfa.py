"""The second factor: enrol an authenticator app (TOTP) once, then enter its code at each login.

django-otp verifies the codes: a code is accepted once (a replayed code is refused because the
device remembers the last time step it accepted) and failures slow further tries down.
"""

from __future__ import annotations

import segno
from django import forms
from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

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
            return redirect(_next_url(request))
        audit_record(actor=user, action=AuditEvent.Action.DENIED, detail="second factor refused",
                     request=request)  # fmt: skip
        form.add_error("code", "That code is not right, or was used already. Try the next one.")
    return TemplateResponse(
        request, "careteam/mfa_verify.html", {"form": form, "next": _next_url(request)},
        status=422 if form.errors else 200,
    )  # fmt: skip


@require_http_methods(["GET", "POST"])
def mfa_setup(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    if user_has_device(user):
        flash.info(request, "Your authenticator app is set up already.")
        return redirect("mfa-verify")
    device, _ = TOTPDevice.objects.get_or_create(user=user, confirmed=False, name=DEVICE_NAME)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            flash.success(request, "Your authenticator app is set up.")
            return redirect(_next_url(request))
        form.add_error("code", "That code does not match. Check the app and try the next one.")
    context = {
        "form": form,
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=4, dark="#14213d"),
        "secret": _base32_secret(device),
        "next": _next_url(request),
    }
    return TemplateResponse(request, "careteam/mfa_setup.html", context,
                            status=422 if form.errors else 200)  # fmt: skip


def _base32_secret(device: TOTPDevice) -> str:
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))
