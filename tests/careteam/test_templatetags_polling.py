"""The hx-headers the polling regions send, written by one template tag."""

import json
from html import unescape

from django.template import Context, Template


def render(source: str, **context) -> str:
    return Template("{% load polling %}" + source).render(Context(context))


def test_a_poll_sends_the_background_header_and_its_version():
    assert render("{% poll_headers %}") == '{"X-Background-Poll": "1"}'
    assert render("{% poll_headers v %}", v="abc.12") == (
        '{"X-Background-Poll": "1", "X-Poll-Version": "abc.12"}'
    )


def test_a_link_inside_a_polling_region_says_it_is_no_background_poll():
    assert render("{% poll_headers background=False %}") == '{"X-Background-Poll": "0"}'


def test_a_version_cannot_end_the_single_quoted_attribute_or_open_markup():
    html = render("<div hx-headers='{% poll_headers v %}'>", v="x'><script>&")
    assert "<script>" not in html and "'>" not in html.removesuffix("'>")
    attribute = unescape(html.removeprefix("<div hx-headers='").removesuffix("'>"))
    assert json.loads(attribute)["X-Poll-Version"] == "x'><script>&"
