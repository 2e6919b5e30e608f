import re

import pytest
from django.template import engines
from django.urls import reverse

pytestmark = pytest.mark.django_db

PATHS = [
    "favicon.svg",
    "css/console.css",
    "js/console.js",
    "vendor/idiomorph-0.8.0/idiomorph-ext.min.js",
]


@pytest.mark.parametrize("path", PATHS)
def test_static_url_writes_what_static_writes_first_time_and_after(path):
    engine = engines["django"]
    expected = engine.from_string("{% load static %}{% static path %}").render({"path": path})
    for _ in range(2):
        written = engine.from_string("{% load static_urls %}{% static_url path %}")
        assert written.render({"path": path}) == expected


def test_every_static_file_a_page_names_is_written_as_static_writes_it(as_user, agent):
    engine = engines["django"]
    body = as_user(agent).get(reverse("inbox")).content.decode()
    for path in [
        "favicon.svg",
        "css/console.css",
        "js/console.js",
        "js/shortcuts.js",
        "js/live.js",
    ]:
        url = engine.from_string("{% load static %}{% static path %}").render({"path": path})
        assert re.search(f'(href|src)="{re.escape(url)}"', body), path
