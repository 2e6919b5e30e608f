"""The dashboard's rollups give the figures computed directly from the outcomes: counts exactly,
medians within their buckets (0.005 of similarity, 1.1 % of seconds); a late change to a
rolled-up day is never hidden by a stale rollup."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from careteam.roles import Role
from suggestions import dashboard, rollups
from suggestions.models import Draft, ModelVersion, Outcome, OutcomeRollup, RollupState
from tests.factories import MemberFactory, MessageFactory, ThreadFactory, UserFactory

pytestmark = pytest.mark.django_db

TOPICS = ["deductible", "appeal", "balance_bill"]
KINDS = ["as_is", "as_is", "edited", "discarded", "ignored", "no_draft"]


def noon(days_ago: int) -> dt.datetime:
    day = timezone.localdate() - dt.timedelta(days=days_ago)
    return dt.datetime.combine(day, dt.time(12), tzinfo=timezone.get_current_timezone())


def add_outcome(*, team, agent, topic, version, kind, at, rng, thread=None) -> Outcome:  # type: ignore[no-untyped-def]
    thread = thread or ThreadFactory(team=team, member=MemberFactory(), topic=topic)
    message = MessageFactory(thread=thread, created_at=at)
    draft = None
    if kind != "no_draft":
        draft = Draft.objects.create(
            message=message, thread=thread, team=team, topic=topic, version=version, text="x",
            confidence=0.7, shown=True, latency_ms=1.0, state="sent", decided_at=at,
        )  # fmt: skip
        Draft.objects.filter(pk=draft.pk).update(created_at=at)
    sent = kind in ("as_is", "edited")
    similarity = {"as_is": rng.choice([1.0, 0.9, 0.93]), "edited": rng.uniform(0.4, 0.85),
                  "ignored": rng.uniform(0, 0.4)}.get(kind)  # fmt: skip
    return Outcome.objects.create(
        kind=kind, draft=draft, thread=thread, team=team, topic=topic, agent=agent,
        version=None if kind == "no_draft" else version, similarity=similarity,
        seconds_to_send=rng.uniform(5, 900) if sent else None, decided_at=at,
        reason="tone" if kind == "discarded" else "", first_response=rng.random() < 0.7,
        response_seconds=rng.uniform(30, 90_000),
    )  # fmt: skip


@pytest.fixture
def history(team, other_team, supervisor):
    """About 240 outcomes over 70 days (so at least one whole month): three agents, three
    topics, two versions, every kind, and another team's outcomes that must never count."""
    rng = random.Random(14)
    agents = [UserFactory(role=Role.CARE_AGENT, team=team) for _ in range(3)]
    versions = [ModelVersion.objects.create(label=f"v{n}", artifact=f"{n}", sha256=str(n) * 64)
                for n in (1, 2)]  # fmt: skip
    threads = [ThreadFactory(team=team, member=MemberFactory(), topic=t) for t in TOPICS]
    for number in range(240):
        days_ago = rng.randrange(0, 70)
        add_outcome(
            team=team, agent=rng.choice(agents), topic=TOPICS[number % 3],
            version=versions[days_ago < 20], kind=rng.choice(KINDS),
            at=noon(days_ago) + dt.timedelta(minutes=rng.randrange(-600, 600)), rng=rng,
            thread=threads[number % 3],
        )  # fmt: skip
    stranger = UserFactory(role=Role.CARE_AGENT, team=other_team)
    for days_ago in range(0, 30, 3):
        add_outcome(team=other_team, agent=stranger, topic="appeal", version=versions[0],
                    kind="as_is", at=noon(days_ago), rng=rng)  # fmt: skip
    return {"agents": agents, "versions": versions, "team": team, "other_team": other_team}


def cases(history) -> list[dashboard.Filters]:  # type: ignore[no-untyped-def]
    team_ids = (history["team"].pk,)
    today = timezone.localdate()
    month = today - dt.timedelta(days=29)
    agent = history["agents"][0].pk
    return [
        dashboard.Filters(team_ids=team_ids, since=month, until=today),
        dashboard.Filters(team_ids=team_ids, since=month, until=today, bucket="week"),
        dashboard.Filters(
            team_ids=team_ids, since=today - dt.timedelta(days=69), until=today, topic="appeal"
        ),
        dashboard.Filters(team_ids=team_ids, since=month, until=today, agent_id=agent),
        dashboard.Filters(
            team_ids=team_ids,
            since=month,
            until=today,
            topic="deductible",
            agent_id=agent,
            bucket="week",
        ),
        # Ends before today: every day rolled up, whole weeks and edge days.
        dashboard.Filters(
            team_ids=team_ids,
            since=today - dt.timedelta(days=40),
            until=today - dt.timedelta(days=3),
        ),
        # A supervisor of both teams: the other team's outcomes count too.
        dashboard.Filters(
            team_ids=(*team_ids, history["other_team"].pk),
            since=today - dt.timedelta(days=69),
            until=today,
            bucket="week",
        ),
    ]


def assert_same_row(rolled: dashboard.Row, direct: dashboard.Row) -> None:
    assert rolled.counts == direct.counts
    assert_close_similarity(rolled.median_similarity, direct.median_similarity)
    assert_close_seconds(rolled.median_seconds_to_send, direct.median_seconds_to_send)


def assert_close_similarity(rolled: float | None, direct: float | None) -> None:
    assert (rolled is None) == (direct is None)
    if direct is not None:
        assert abs(rolled - direct) <= 0.005 + 1e-9  # type: ignore[operator]


def assert_close_seconds(rolled: float | None, direct: float | None) -> None:
    assert (rolled is None) == (direct is None)
    if direct is not None:
        assert rolled == pytest.approx(direct, rel=0.011, abs=0.25)


def assert_figures_match(filters: dashboard.Filters) -> None:
    with dashboard.reporting():
        assert [(r.key, r.counts) for r in dashboard.over_time(filters)] == [
            (r.key, r.counts) for r in dashboard.direct_over_time(filters)
        ]
        rolled, direct = dashboard.headline(filters), dashboard.direct_headline(filters)
        assert_same_row(rolled.totals, direct.totals)
        assert (rolled.member_messages, rolled.messages_with_draft) == (
            direct.member_messages, direct.messages_with_draft,
        )  # fmt: skip
        assert rolled.response_seconds.keys() == direct.response_seconds.keys()
        for key, seconds in direct.response_seconds.items():
            assert_close_seconds(rolled.response_seconds[key], seconds)
        for dimension, rows in (("agent", dashboard.by_agent), ("topic", dashboard.by_topic),
                                ("version", dashboard.by_version)):  # fmt: skip
            exact = dashboard.direct_rows(filters, dimension)
            found = rows(filters)
            assert [row.key for row in found] == sorted(
                exact, key=lambda key: (key is None, key if dimension != "agent" else 0)
            ) or dimension == "agent"
            assert {row.key for row in found} == set(exact)
            for row in found:
                assert_same_row(row, exact[row.key])


def test_rollup_figures_equal_the_direct_computation(history):
    assert rollups.rollups_update() > 0
    assert RollupState.objects.get().rolled_until == timezone.localdate()
    months = set()
    for filters in cases(history):
        periods = dashboard.plan(filters).periods
        assert periods is not None  # the rollups are read, not the direct queries
        months.update(periods.months)
        assert_figures_match(filters)
    assert months  # whole months read from month rollups too


def test_the_open_day_rolled_up_so_far_gives_the_same_figures(history):
    """Today until a minute before the run comes from day rollups of today, the rest of today
    from the outcomes; a late write before that moment sends the page back to the outcomes."""
    rollups.rollups_update()
    moment = noon(0)  # today's outcomes lie on both sides of it (02:00 to 22:00)
    assert rollups.open_day_update(now=moment)
    cutoff = moment - rollups.OPEN_DAY_LAG
    assert RollupState.objects.get().open_until == cutoff
    before = Outcome.objects.filter(decided_at__date=timezone.localdate())
    assert before.filter(decided_at__lt=cutoff).exists()
    assert before.filter(decided_at__gte=cutoff).exists()
    for filters in cases(history):
        planned = dashboard.plan(filters)
        if filters.until == timezone.localdate():
            assert planned.raw_from == cutoff
            assert planned.periods is not None and timezone.localdate() in planned.periods.days
        assert_figures_match(filters)
    # An outcome written now with an earlier time of today: today is read afresh, still exact.
    add_outcome(
        team=history["team"], agent=history["agents"][1], topic="appeal",
        version=history["versions"][1], kind="as_is", at=cutoff - dt.timedelta(hours=1),
        rng=random.Random(2),
    )  # fmt: skip
    assert RollupState.objects.get().open_until is None
    assert dashboard.plan(cases(history)[0]).raw_from == noon(0).replace(hour=0)
    for filters in cases(history):
        assert_figures_match(filters)
    assert rollups.open_day_update(now=moment)
    for filters in cases(history):
        assert_figures_match(filters)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's isolation levels")
def test_the_page_reads_the_open_days_rollup_and_its_mark_from_one_snapshot():
    with dashboard.reporting(), connection.cursor() as cursor:
        cursor.execute("SHOW transaction_isolation")
        assert cursor.fetchone()[0] == "repeatable read"


def test_the_open_day_waits_for_the_closed_days(history):
    assert not rollups.open_day_update(now=noon(0))  # nothing rolled up yet
    rollups.rollups_update()
    just_after_midnight = noon(0).replace(hour=0, second=30)
    assert not rollups.open_day_update(now=just_after_midnight)  # its cutoff is yesterday
    assert RollupState.objects.get().open_until is None
    assert not OutcomeRollup.objects.filter(period=timezone.localdate()).exists()


def test_counts_are_exact_and_the_medians_land_where_the_direct_ones_do(history):
    rollups.rollups_update()
    filters = cases(history)[0]
    direct = dashboard.direct_headline(filters)
    rolled = dashboard.headline(filters)
    assert rolled.totals.decided == direct.totals.decided > 60
    assert rolled.totals.accepted == direct.totals.accepted  # the shares: exact
    # Shown as the page shows them (two decimals), the medians are the same figures.
    assert f"{rolled.median_similarity:.2f}" == f"{direct.median_similarity:.2f}"


def test_a_change_to_a_rolled_up_day_is_never_hidden(history, supervisor):
    rollups.rollups_update()
    filters = cases(history)[0]
    before = dashboard.headline(filters).totals.counts["as_is"]
    late = add_outcome(
        team=history["team"], agent=history["agents"][1], topic="appeal",
        version=history["versions"][1], kind="as_is", at=noon(10), rng=random.Random(1),
    )  # fmt: skip
    assert RollupState.objects.get().rolled_until == noon(10).date()
    assert dashboard.headline(filters).totals.counts["as_is"] == before + 1
    assert_figures_match(filters)
    rollups.rollups_update()
    assert RollupState.objects.get().rolled_until == timezone.localdate()
    assert dashboard.headline(filters).totals.counts["as_is"] == before + 1
    late.delete()
    assert dashboard.headline(filters).totals.counts["as_is"] == before
    assert_figures_match(filters)


def test_running_the_rollup_twice_changes_nothing(history):
    rollups.rollups_update()

    def snapshot() -> list[tuple[object, ...]]:
        return sorted(OutcomeRollup.objects.values_list(
            "team_id", "grain", "period", "level", "topic", "agent_id", "version_id", "as_is",
            "edited", "discarded", "ignored", "no_draft", "drafts_shown", "member_messages",
            *rollups.MEASURES,
        ), key=repr)  # fmt: skip

    first = snapshot()
    rollups.rollups_update()
    assert snapshot() == first
    rollups.rollups_update(rebuild=True)
    assert snapshot() == first


def test_the_page_reads_rollups_in_a_fixed_number_of_queries(as_user, supervisor, history):
    rollups.rollups_update()
    client = as_user(supervisor)
    url = reverse("acceptance-dashboard")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for days_ago in (0, 0, 1):  # today's outcomes are read directly; a late one un-rolls a day
        add_outcome(team=history["team"], agent=history["agents"][2], topic="appeal",
                    version=history["versions"][1], kind="edited", at=noon(days_ago),
                    rng=random.Random(days_ago))  # fmt: skip
    with CaptureQueriesContext(connection) as many:
        assert client.get(url).status_code == 200
    assert len(many) == len(few)
    # The outcomes of the days not rolled up are read once for every table and the chart.
    reads = [q for q in many.captured_queries if 'FROM "suggestions_outcome"' in q["sql"]]
    assert len(reads) == 1, [q["sql"][:120] for q in reads]
    # The headline's and the three tables' rollup sums come from one query.
    sums = [q for q in many.captured_queries if q["sql"].startswith("WITH r0 AS")]
    assert len(sums) == 1 and "r3 AS" in sums[0]["sql"]
    # The teams' staff are read once, for the agent filter and the by-agent table's names.
    staff = [
        q for q in many.captured_queries if q["sql"].startswith('SELECT DISTINCT "careteam_user"')
    ]
    assert len(staff) == 1


def test_buckets_and_medians():
    assert rollups.bucket_value(rollups.SIMILARITY, rollups.similarity_bucket(0.7349)) == 0.73
    for seconds in (0.0, 0.3, 7.5, 95.0, 86_400.0):
        value = rollups.bucket_value(rollups.TO_SEND, rollups.seconds_bucket(seconds))
        assert value == pytest.approx(seconds, rel=0.011, abs=0.25)
    histogram = {rollups.similarity_bucket(v): 1 for v in (0.5, 0.6, 0.9, 1.0)}
    # Between the two middle values, as percentile_cont.
    assert rollups.median(histogram, rollups.SIMILARITY) == pytest.approx(0.75)
    assert rollups.median({}, rollups.SIMILARITY) is None


def test_beat_rolls_up_the_closed_days_and_the_open_day(history):
    from django.conf import settings

    from suggestions import tasks

    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert {tasks.rollup_outcomes.name, tasks.rollup_open_day.name} <= scheduled
    assert tasks.rollup_outcomes.apply().get() > 0
    if timezone.localtime().time() >= dt.time(0, 2):  # the first minutes roll up nothing of today
        assert tasks.rollup_open_day.apply().get() is True
        assert RollupState.objects.get().open_until is not None
        assert_figures_match(cases(history)[0])
