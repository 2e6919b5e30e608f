"""The request a staff page's view receives: signed in (LoginRequiredMiddleware sends everyone
else to the login page before any view runs) and read by django-htmx's HtmxMiddleware. Views
take it instead of HttpRequest so that the type checker knows `request.user` is a staff User and
`request.htmx` is there."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from careteam.models import User


class StaffRequest(HttpRequest):
    user: User
    htmx: HtmxDetails
