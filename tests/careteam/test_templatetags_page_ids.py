"""Region ids are written from careteam.page_ids, the one definition the views compare with."""

import pytest
from django.template import Context, Template, TemplateSyntaxError

from careteam.page_ids import SHOW_EARLIER, THREAD_LIST


def test_a_page_id_is_written_from_the_one_definition():
    written = Template(
        "{% load page_ids %}{% page_id 'THREAD_LIST' %} {% page_id 'SHOW_EARLIER' %}"
    )
    assert written.render(Context()) == f"{THREAD_LIST} {SHOW_EARLIER}"


def test_an_unknown_page_id_fails_the_render_rather_than_writing_an_empty_id():
    with pytest.raises(TemplateSyntaxError, match="THREAD_LIS"):
        Template("{% load page_ids %}{% page_id 'THREAD_LIS' %}").render(Context())
