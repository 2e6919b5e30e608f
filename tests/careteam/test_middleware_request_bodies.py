"""Before login, a request body is refused by its declared size, before anything reads it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

BOUNDARY = "BoUnDaRy"


class UnreadableBody:
    """A request body that remembers whether anything read it."""

    def __init__(self) -> None:
        self.reads = 0

    def read(self, *args: object) -> bytes:
        self.reads += 1
        raise OSError("the body of an anonymous request was read")

    readline = read


def test_an_anonymous_large_upload_is_refused_without_reading_its_body():
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("login"))  # a CSRF cookie, so the CSRF check would read the form
    assert client.cookies.get("csrftoken")
    body = UnreadableBody()
    response = client.generic(
        "POST",
        "/claims/import/",
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
        **{"wsgi.input": body},
    )
    assert body.reads == 0
    assert response.status_code == 413
    assert "sign in" in response.content.decode().lower()


def test_an_anonymous_body_without_a_length_is_refused(client):
    body = UnreadableBody()
    response = client.generic(
        "POST",
        "/claims/import/",
        CONTENT_TYPE=f"multipart/form-data; boundary={BOUNDARY}",
        HTTP_TRANSFER_ENCODING="chunked",
        **{"wsgi.input": body},
    )
    assert body.reads == 0
    assert response.status_code == 411


def test_an_anonymous_sign_in_still_works(client, agent):
    from tests.factories import PASSWORD

    response = client.post(reverse("login"), {"username": agent.username, "password": PASSWORD})
    assert response.status_code == 302


def test_the_member_api_keeps_its_own_body_limit(client, settings):
    """Token-authenticated, not session: bounded by MEMBER_API_MAX_BODY_BYTES, not the anonymous
    limit, so a body between the two reaches the API (which answers 401 without a token)."""
    settings.ANONYMOUS_MAX_BODY_BYTES = 1024
    body = b'{"text": "' + b"a" * 4096 + b'"}'
    response = client.post(reverse("api-member-messages"), body, content_type="application/json")
    assert response.status_code == 401


def test_a_signed_in_upload_larger_than_the_anonymous_limit_works(as_user, agent, settings):
    settings.ANONYMOUS_MAX_BODY_BYTES = 1024
    client = as_user(agent)
    header = "member_id,claim_number,line,service_date,cpt,units,billed,allowed,paid,npi\n"
    upload = SimpleUploadedFile("claims.csv", (header + "x" * 8000).encode(), "text/csv")
    response = client.post("/claims/import/", {"file": upload})
    assert response.status_code != 413
