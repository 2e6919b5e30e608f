"""An agent's day at the keyboard, in a real Chromium: shortcuts, focus that stays put, a refused
send that speaks, polls that change only what changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from careteam.models import Job, Message, Thread, User
from careteam.roles import Role
from suggestions.drafting import draft_job_key
from suggestions.models import Draft, ModelVersion
from tests.browser.test_agent_reply import TOTP_KEY, log_in, open_page
from tests.factories import MemberFactory, MessageFactory, TeamFactory, ThreadFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A draft the records could not fill completely: {SERVICE} is left for the agent.
DRAFT = (
    "Hi {MEMBER_FIRST_NAME}, thank you for writing about the second charge for {SERVICE}. "
    "You do not need to pay it while we look into it. {AGENT_NAME}"
)

DRAFT_IN_BOX = "() => document.querySelector('#reply-form textarea').value.includes('{SERVICE}')"
BOX_FILLED = "() => document.querySelector('#reply-form textarea').value !== ''"

# Counts, after every htmx swap or answer, whether the keyboard was left on the page body. Runs
# after the page's own handlers (a timer), so it sees where they put the focus.
WATCH_FOCUS = """
window.__swaps = 0; window.__focusOnBody = [];
for (const name of ["htmx:afterSettle", "htmx:afterRequest"]) {
  document.addEventListener(name, (event) => setTimeout(() => {
    window.__swaps += 1;
    if (document.activeElement === document.body || document.activeElement === null) {
      window.__focusOnBody.push(name + " " + (event.detail.elt && event.detail.elt.id));
    }
  }, 30));
}
"""


@dataclass
class Scene:
    agent: User
    thread: Thread
    next_thread: Thread
    draft: Draft
    problems: list[str] = field(default_factory=list)


@pytest.fixture
def desk(settings) -> Scene:  # type: ignore[no-untyped-def]
    settings.INBOX_POLL_SECONDS = 1
    team = TeamFactory(name="Member Services")
    agent = UserFactory(username="ana", first_name="Ana", last_name="Ortiz",
                        role=Role.CARE_AGENT, team=team)  # fmt: skip
    TOTPDevice.objects.create(user=agent, name="phone", confirmed=True, key=TOTP_KEY)
    now = timezone.now()
    waiting = ThreadFactory(
        team=team, assignee=agent, subject="Card not arrived",
        member=MemberFactory(first_name="Li", last_name="Wei"),
        last_message_at=now - dt.timedelta(hours=3), due_by=now - dt.timedelta(hours=1),
    )  # fmt: skip
    MessageFactory(thread=waiting, text="My new card has not arrived yet.")
    member = MemberFactory(first_name="Rosa", last_name="Quintero", member_id="M424242")
    thread = ThreadFactory(team=team, member=member, assignee=agent,
                           subject="Why was I billed twice?", last_message_at=now)  # fmt: skip
    message = MessageFactory(thread=thread, text="I see two charges for my visit.")
    version = ModelVersion.objects.create(
        label="v1", artifact="v1.joblib", sha256="0" * 64, status="active"
    )
    draft = Draft.objects.create(
        message=message, thread=thread, team=team, topic=thread.topic, version=version,
        template=DRAFT, text=DRAFT.replace("{MEMBER_FIRST_NAME}", "Rosa"), confidence=0.72,
        shown=True, latency_ms=4.0,
    )  # fmt: skip
    return Scene(agent=agent, thread=thread, next_thread=waiting, draft=draft)


class Keys:
    """The keyboard, counting every key pressed (each typed character is one)."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        self.page = page
        self.count = 0

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)
        self.count += 1

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)
        self.count += len(text)


def focused(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return e === document.body ? 'body' : (e.id || e.getAttribute('href') || e.tagName); })()"
    )


def selected_text(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate(
        "(() => { const e = document.activeElement;"
        " return e.value ? e.value.slice(e.selectionStart, e.selectionEnd) : ''; })()"
    )


def unexpected(problems: list[str], *expected: str) -> list[str]:
    """The browser's errors, less the refusals a test provokes on purpose."""
    return [p for p in problems if not any(word in p for word in expected)]


def signed_in(browser, live_server, desk: Scene):  # type: ignore[no-untyped-def]
    context, page, problems = open_page(browser, live_server, javascript=True)
    page.add_init_script(WATCH_FOCUS)
    log_in(page, desk.agent.username)
    page.wait_for_url("**/inbox/**")
    return context, page, problems


def htmx_settled(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until htmx has no request, swap or settle under way on the page."""
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')"
    )


def test_keyboard_walk_from_the_inbox_to_a_sent_reply(browser, live_server, desk):
    context, page, problems = signed_in(browser, live_server, desk)
    keys = Keys(page)
    keys.press("j")  # the first thread (the newest)
    assert focused(page) == f"/threads/{desk.thread.pk}/"
    keys.press("Enter")
    page.wait_for_url(f"**/threads/{desk.thread.pk}/")
    # The draft arrives in the reply box, where the keyboard already is, its blank selected.
    page.wait_for_function(DRAFT_IN_BOX)
    assert focused(page) == "id_text"
    assert selected_text(page) == "{SERVICE}"
    keys.type("MRI")
    keys.press("Control+Enter")
    page.locator(".message-outbound", has_text="the second charge for MRI").wait_for()
    # j, Enter, M, R, I, Ctrl+Enter: the figure in the README (the target: at most 8).
    assert keys.count == 6

    # Focus goes on to the next thread waiting; the box is empty and stays empty.
    page.wait_for_function("() => document.activeElement.id === 'next-thread'")
    panel = page.locator("#draft-panel")
    panel.get_by_text("The reply was sent from this draft").wait_for()
    composer = page.get_by_label("Reply to member")
    assert composer.input_value() == ""
    page.wait_for_timeout(1500)  # a poll or two
    assert composer.input_value() == ""
    # Sending again from the page sends nothing: the used draft is gone from the box.
    page.keyboard.press("r")
    page.keyboard.press("Control+Enter")  # the browser refuses an empty reply box
    page.wait_for_timeout(300)
    assert Message.objects.filter(thread=desk.thread, direction="outbound").count() == 1

    page.keyboard.press("Shift+Tab")  # out of the box
    page.keyboard.press("g")
    page.keyboard.press("i")
    page.wait_for_url("**/inbox/")
    assert page.evaluate("window.__focusOnBody") == []
    assert unexpected(problems) == []
    context.close()


def test_a_refused_send_shows_and_announces_its_reason(browser, live_server, desk):
    context, page, problems = signed_in(browser, live_server, desk)
    page.goto(f"/threads/{desk.thread.pk}/")
    page.wait_for_function(DRAFT_IN_BOX)
    alert = page.locator("#reply-alert")
    alert_before = alert.element_handle()
    assert alert.get_attribute("role") == "alert"
    # Send with the blank still there, by the button this time (it is disabled while sending).
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    alert.get_by_text("Fill in {SERVICE} before sending").wait_for()
    assert alert.get_by_text("Not sent.").is_visible()
    # The same live region, with new words, and the keyboard on the blank to fill (the focus
    # moves when htmx settles the swap, a moment after the words appear).
    assert alert_before.evaluate("element => element.isConnected")
    page.wait_for_function("() => document.activeElement.id === 'id_text'")
    assert focused(page) == "id_text" and selected_text(page) == "{SERVICE}"
    assert not Message.objects.filter(thread=desk.thread, direction="outbound").exists()

    # The server fails, then the connection drops: each is said, and nothing moves the focus.
    page.route("**/reply/", lambda route: route.fulfill(status=503, body="unavailable"))
    page.keyboard.press("Control+Enter")
    status = page.locator("#request-status")
    status.get_by_text("(503)").wait_for()
    assert "Nothing was saved or sent" in status.inner_text()
    page.unroute("**/reply/")
    # A dropped connection fails the polls too: were only the send refused, the next poll's
    # answer would rightly say "The connection is back." before the check below reads it.
    page.route("**/*", lambda route: route.abort("internetdisconnected"))
    page.keyboard.press("Control+Enter")
    status.get_by_text("connection to the console is lost").wait_for()
    page.wait_for_timeout(200)
    assert focused(page) == "id_text"
    assert page.evaluate("window.__focusOnBody") == []
    assert not Message.objects.filter(thread=desk.thread, direction="outbound").exists()
    provoked = ("422", "503", "ERR_INTERNET_DISCONNECTED", "htmx:afterRequest", "htmx:sendError")
    assert unexpected(problems, *provoked) == [], problems
    context.close()


def test_polls_change_only_what_changed_and_never_move_focus_or_scroll(browser, live_server, desk):
    context, page, problems = signed_in(browser, live_server, desk)
    page.set_viewport_size({"width": 1000, "height": 300})  # room to scroll
    page.keyboard.press("j")
    page.keyboard.press("j")  # the second row
    link = f"/threads/{desk.next_thread.pk}/"
    assert focused(page) == link
    count = page.locator("#thread-count")
    count_before = count.element_handle()
    page.evaluate("window.scrollTo(0, 60)")
    scroll = page.evaluate("window.scrollY")
    newcomer = ThreadFactory(team=desk.thread.team, assignee=desk.agent, subject="New one",
                             last_message_at=timezone.now())  # fmt: skip
    page.locator(f"#thread-row-{newcomer.pk}").wait_for()
    count.get_by_text("3 threads").wait_for()
    assert count_before.evaluate("element => element.isConnected")  # the same live region
    assert focused(page) == link
    assert page.evaluate("window.scrollY") == scroll

    # On the thread page the conversation grows under the agent's typing.
    Thread.objects.filter(pk=desk.thread.pk).update(assignee=None)
    page.goto(f"/threads/{desk.thread.pk}/")
    page.wait_for_function(BOX_FILLED)
    conversation = page.locator("#conversation").element_handle()
    news = page.locator("#draft-news")
    news.get_by_text("A drafted reply is ready, with 1 blank to fill.").wait_for(state="attached")
    page.evaluate(
        "window.__newsChanges = 0; new MutationObserver(() => window.__newsChanges++)"
        ".observe(document.getElementById('draft-news'), {childList: true, characterData: true,"
        " subtree: true})"
    )
    # The panel is refreshed when the thread changes; its news, said once, is not said again.
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("m")
    page.get_by_text("Assigned to you.").wait_for()
    page.wait_for_timeout(500)
    assert page.evaluate("window.__newsChanges") == 0
    page.keyboard.press("r")
    page.keyboard.press("Control+End")
    page.keyboard.type(" PS")
    MessageFactory(thread=desk.thread, text="Also, my card is missing.",
                   created_at=timezone.now())  # fmt: skip
    page.locator("#conversation", has_text="my card is missing").wait_for()
    assert conversation.evaluate("element => element.isConnected")
    assert focused(page) == "id_text"
    assert page.get_by_label("Reply to member").input_value().endswith(" PS")
    assert page.evaluate("window.__focusOnBody") == []
    assert problems == []
    context.close()


def test_thread_shortcuts_use_discard_assign_close(browser, live_server, desk):
    desk.thread.assignee = None
    desk.thread.save()
    context, page, problems = signed_in(browser, live_server, desk)
    page.goto(f"/threads/{desk.thread.pk}/")
    composer = page.get_by_label("Reply to member")
    page.wait_for_function(BOX_FILLED)
    assert (
        page.locator("#draft-panel button[data-use-draft]").get_attribute("aria-keyshortcuts")
        == "u"
    )
    assert composer.get_attribute("aria-keyshortcuts") == "r"

    page.keyboard.type("u")  # typing in the box is never a shortcut: it fills the blank
    assert "second charge for u." in composer.input_value()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("u")  # the draft again, as it was, its blank selected
    assert focused(page) == "id_text" and selected_text(page) == "{SERVICE}"
    assert "second charge for {SERVICE}." in composer.input_value()

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("d")  # asks the reason
    assert focused(page) == "discard-reason"
    page.keyboard.press("Enter")  # no reason yet: nothing happens
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.locator("#draft-panel").get_by_text("Draft discarded (wrong topic)").wait_for()
    page.wait_for_function("() => document.activeElement.id === 'id_text'")
    assert composer.input_value() == ""
    assert Draft.objects.get(pk=desk.draft.pk).state == "discarded"

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("m")
    page.get_by_text("Assigned to you.").wait_for()
    assert Thread.objects.get(pk=desk.thread.pk).assignee_id == desk.agent.pk
    htmx_settled(page)  # a key pressed mid-swap reaches the button being replaced
    # "Assign to me" is gone once the thread is the agent's: the keyboard stays in the row of
    # thread actions, on what now holds its place, whether the morph kept the button or drew anew.
    page.wait_for_function("() => document.activeElement !== document.body")
    assert page.evaluate("document.activeElement.closest('#thread-actions') !== null")
    page.keyboard.press("e")
    page.get_by_text("Thread closed.").wait_for()
    assert Thread.objects.get(pk=desk.thread.pk).status == Thread.Status.CLOSED
    assert page.evaluate("window.__focusOnBody") == []

    page.keyboard.press("?")
    help_overlay = page.get_by_role("dialog", name="Keyboard shortcuts")
    help_overlay.wait_for()
    rows = help_overlay.locator("tbody tr")
    assert rows.count() == page.evaluate("document.querySelectorAll('#shortcut-help tbody tr')"
                                         ".length") >= 12  # fmt: skip
    assert help_overlay.get_by_text("Assign the thread to me").is_visible()
    page.keyboard.press("Escape")
    assert not help_overlay.is_visible()
    assert focused(page) != "body"
    assert problems == []
    context.close()


def test_shortcuts_can_be_turned_off(browser, live_server, desk):
    context, page, problems = signed_in(browser, live_server, desk)
    page.keyboard.press("j")
    assert focused(page) == f"/threads/{desk.thread.pk}/"
    page.goto("/account/shortcuts/")
    assert page.locator("[data-shortcut-list] tbody tr").count() >= 12
    page.get_by_label("Use single-key shortcuts").uncheck()
    page.get_by_role("button", name="Save").click()
    page.get_by_text("Keyboard shortcuts are off.").wait_for()
    assert User.objects.get(pk=desk.agent.pk).keyboard_shortcuts is False

    page.goto("/inbox/")
    page.keyboard.press("j")
    assert focused(page) == "body"
    page.keyboard.press("?")
    assert page.locator("dialog[open]").count() == 0
    page.goto(f"/threads/{desk.thread.pk}/")
    page.wait_for_function(BOX_FILLED)
    assert page.locator("[aria-keyshortcuts='u']").count() == 0
    page.keyboard.type("MRI")  # replaces the selected blank
    page.keyboard.press("Control+Enter")  # not a single key: always on
    page.keyboard.press("Control+Enter")  # a double submit
    page.locator(".message-outbound", has_text="for MRI").wait_for()
    page.wait_for_timeout(500)
    assert Message.objects.filter(thread=desk.thread, direction="outbound").count() == 1
    assert problems == []
    context.close()


def test_a_draft_that_arrives_later_is_announced_once(browser, live_server, desk):
    draft_fields = {
        "message": desk.draft.message, "thread": desk.thread, "team": desk.thread.team,
        "topic": desk.thread.topic, "version": desk.draft.version, "template": DRAFT,
        "text": desk.draft.text, "confidence": 0.72, "shown": True, "latency_ms": 4.0,
    }  # fmt: skip
    desk.draft.delete()
    job = Job.objects.create(
        name="draft_reply", key=draft_job_key(desk.draft.message.pk),
        status=Job.Status.RUNNING, available_at=timezone.now(),
        lease_until=timezone.now() + dt.timedelta(hours=1),
    )  # fmt: skip
    context, page, problems = signed_in(browser, live_server, desk)
    page.goto(f"/threads/{desk.thread.pk}/")
    page.locator("#draft-panel").get_by_text("Drafting a reply").wait_for()
    page.evaluate(
        "window.__news = []; const news = document.getElementById('draft-news');"
        "new MutationObserver(() => window.__news.push(news.textContent))"
        ".observe(news, {childList: true, characterData: true, subtree: true})"
    )
    Draft.objects.create(**draft_fields)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.DONE)
    page.wait_for_function(DRAFT_IN_BOX)  # the panel's poll brought it; the box took it
    assert focused(page) == "id_text" and selected_text(page) == "{SERVICE}"
    page.wait_for_timeout(2500)  # more refreshes would have said it again
    assert page.evaluate("window.__news") == ["A drafted reply is ready, with 1 blank to fill."]
    assert page.evaluate("window.__focusOnBody") == []
    assert problems == []
    context.close()


def test_quiet_polls_are_204_and_leave_the_page_alone(browser, live_server, desk, monkeypatch):
    # A poll's version also turns with the minute (relative times stay fresh): a window that
    # crossed a minute would see one honest 200. This test is about quiet polls, so the minute
    # does not turn while it runs (the server thread reads the same module).
    monkeypatch.setattr("careteam.selectors.POLL_VERSION_SECONDS", 10**9)
    context, page, problems = signed_in(browser, live_server, desk)
    statuses: list[int] = []
    page.on(
        "response",
        lambda response: (
            statuses.append(response.status)
            if response.request.headers.get("x-background-poll") == "1"
            else None
        ),
    )
    page.goto(f"/threads/{desk.thread.pk}/")
    page.evaluate(
        "window.__conversationChanges = 0; new MutationObserver(() =>"
        " window.__conversationChanges++).observe(document.getElementById('conversation'),"
        " {childList: true, characterData: true, subtree: true})"
    )  # (attributes not watched: htmx marks the region while its request is in flight)
    page.wait_for_timeout(3500)  # three polls or so, with nothing new
    assert statuses and set(statuses) == {204}
    assert page.evaluate("window.__conversationChanges") == 0
    version = page.locator("#conversation").get_attribute("hx-headers")
    MessageFactory(thread=desk.thread, text="One more thing about the bill.",
                   created_at=timezone.now())  # fmt: skip
    page.locator("#conversation", has_text="One more thing about the bill").wait_for()
    assert 200 in statuses
    # The region now carries the new version, so the next quiet polls are 204 again.
    assert page.locator("#conversation").get_attribute("hx-headers") != version
    statuses.clear()
    page.wait_for_timeout(2500)
    assert statuses and set(statuses) == {204}
    assert problems == []
    context.close()


def test_earlier_messages_come_on_demand_and_polls_keep_them(browser, live_server, desk):
    from careteam.selectors import CONVERSATION_STEP

    start = timezone.now() - dt.timedelta(days=2)
    for n in range(CONVERSATION_STEP + 10):
        MessageFactory(thread=desk.thread, text=f"Earlier note {n}",
                       created_at=start + dt.timedelta(minutes=n))  # fmt: skip
    context, page, problems = signed_in(browser, live_server, desk)
    page.goto(f"/threads/{desk.thread.pk}/")
    messages = page.locator("#conversation li.message")
    assert messages.count() == CONVERSATION_STEP
    conversation = page.locator("#conversation").element_handle()
    page.locator("#show-earlier").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Earlier note 0", exact=True).wait_for()
    assert messages.count() == CONVERSATION_STEP + 11  # ours and the fixture's one
    assert conversation.evaluate("element => element.isConnected")  # morphed, not replaced
    assert page.locator("#show-earlier").count() == 0
    htmx_settled(page)  # the keyboard moves once the swap has settled
    assert page.evaluate("document.activeElement.id") == messages.first.get_attribute("id")
    page.locator("#request-status", has_text="start of the conversation").wait_for()
    assert page.locator("#conversation").get_attribute("aria-busy") is None
    # A new message arrives: the poll brings it and keeps the earlier ones shown.
    MessageFactory(thread=desk.thread, text="Newest words.", created_at=timezone.now())
    page.locator("#conversation", has_text="Newest words.").wait_for()
    assert messages.count() == CONVERSATION_STEP + 12
    assert problems == []
    context.close()
