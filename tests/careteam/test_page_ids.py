"""The static scripts read region ids from the page (careteam/page_ids.py FOR_SCRIPTS, written by
base.html), so the ids the scripts look for are the ones the page carries."""

import json
import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

_FOR_SCRIPTS = re.compile(r'<script id="page-ids" type="application/json">(.*?)</script>')


def _ids_for_scripts(body: str) -> dict[str, object]:
    found = _FOR_SCRIPTS.search(body)
    assert found is not None, "the page gives the scripts no region ids"
    return json.loads(found.group(1))


def test_a_thread_page_gives_the_scripts_the_ids_its_regions_carry(as_user, agent, thread):
    body = as_user(agent).get(reverse("thread", args=[thread.pk])).content.decode()
    ids = _ids_for_scripts(body)
    assert ids == {
        "THREAD_LIST": "thread-list",
        "CONVERSATION": "conversation",
        "SHOW_EARLIER": "show-earlier",
        "LIVE_REGIONS": ["thread-list", "conversation"],
    }
    assert f'id="{ids["CONVERSATION"]}"' in body


def test_the_inbox_gives_the_scripts_the_id_of_its_thread_list(as_user, agent, thread):
    body = as_user(agent).get(reverse("inbox")).content.decode()
    assert f'id="{_ids_for_scripts(body)["THREAD_LIST"]}"' in body
