"""The model registry: every trained suggestion model is a version with a checksummed artifact.

It lives here, not in training, because serving (this app) must find and verify the active
version and may not import the app above it; training registers and promotes through
suggestions.api.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q


class ModelVersion(models.Model):
    class Status(models.TextChoices):
        CANDIDATE = "candidate", "Candidate"
        ACTIVE = "active", "Active"
        RETIRED = "retired", "Retired"

    label = models.CharField(max_length=32, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    trained_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    data_from = models.DateTimeField(null=True, blank=True)
    data_until = models.DateTimeField(null=True, blank=True)
    examples = models.PositiveIntegerField(default=0)
    metrics = models.JSONField(default=dict, blank=True)
    parameters = models.JSONField(default=dict, blank=True)
    artifact = models.CharField(max_length=200)
    sha256 = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CANDIDATE)
    activated_at = models.DateTimeField(null=True, blank=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=Q(status="active"), name="exactly_one_active_model"
            )
        ]

    def __str__(self) -> str:
        return self.label


class DraftStateError(Exception):
    """The draft is no longer waiting for review (sent, discarded, or replaced)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Draft(models.Model):
    """A drafted reply to one member message. The system never sends it; an agent may.

    Its state changes only on the server, under a row lock: drafted -> sent (an agent sent it,
    as it is or edited), ignored (the agent sent their own reply), discarded (with a reason, or
    because the agent asked for a new draft), or superseded (the thread was answered while
    this draft was never shown). Each agent decision is recorded as an Outcome.
    """

    class State(models.TextChoices):
        DRAFTED = "drafted", "Waiting for review"
        SENT = "sent", "Sent"
        DISCARDED = "discarded", "Discarded"
        IGNORED = "ignored", "Ignored"
        SUPERSEDED = "superseded", "Superseded"

    # The only moves there are: a decided draft is never decided again.
    TRANSITIONS: dict[str, frozenset[str]] = {
        State.DRAFTED: frozenset({State.SENT, State.DISCARDED, State.IGNORED, State.SUPERSEDED}),
    }
    ALREADY_DECIDED = (
        "This draft was already sent, discarded or replaced, perhaps in another tab. "
        "The panel now shows its latest state."
    )

    message = models.ForeignKey("careteam.Message", on_delete=models.CASCADE, related_name="drafts")
    attempt = models.PositiveSmallIntegerField(default=1)  # 2, 3...: "ask for a new draft"
    thread = models.ForeignKey("careteam.Thread", on_delete=models.CASCADE, related_name="drafts")
    # The thread's team and topic when drafted, so the dashboard counts drafts without a join.
    team = models.ForeignKey(
        "careteam.Team", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    topic = models.CharField(max_length=32, blank=True)
    version = models.ForeignKey(ModelVersion, on_delete=models.PROTECT, related_name="drafts")
    template = models.TextField(blank=True)
    text = models.TextField(blank=True)  # placeholders filled from the thread's records
    unfilled = models.JSONField(default=list, blank=True)
    alternatives = models.JSONField(default=list, blank=True)  # [{template, text, score}]
    examples = models.JSONField(default=list, blank=True)  # normalised past messages it answered
    confidence = models.FloatField()
    shown = models.BooleanField(help_text="confident enough to show (the threshold)")
    latency_ms = models.FloatField()
    polished = models.BooleanField(
        default=False, help_text="text reworded by the optional LLM polish (placeholders only sent)"
    )
    # The claim whose details filled the draft, and why that claim (shown to the agent); blank
    # when the message singles out none (suggestions.grounding).
    claim_number = models.CharField(max_length=80, blank=True)
    claim_reason = models.CharField(max_length=200, blank=True)
    # Statements the agent must check: ones no record confirms, and actions said to be done.
    marks = models.JSONField(default=list, blank=True)  # [{fragment, note, statement}]
    # Why a draft is not shown although it was made (its topic is paused for this version).
    held_back = models.CharField(max_length=200, blank=True)
    reply_topic = models.CharField(max_length=32, blank=True)  # what the proposed reply is about
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFTED)
    first_shown_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["thread", "-created_at"], name="draft_thread_idx"),
            models.Index(fields=["thread"], condition=Q(state="drafted"), name="draft_pending_idx"),
            # Member messages that got a draft (the dashboard's days not rolled up yet).
            models.Index(
                fields=["team", "created_at"],
                include=["topic"],
                condition=Q(shown=True, attempt=1),
                name="draft_shown_first_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["message", "attempt"], name="one_draft_per_attempt"),
            models.CheckConstraint(
                condition=Q(state__in=["drafted", "sent", "discarded", "ignored", "superseded"]),
                name="draft_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(state="drafted", decided_at__isnull=True)
                | (~Q(state="drafted") & Q(decided_at__isnull=False)),
                name="draft_decided_when_not_drafted",
            ),
        ]

    def __str__(self) -> str:
        return f"Draft {self.pk}"

    def decide(self, state: str, *, at: datetime) -> None:
        """Move this draft, locked by the caller, to `state`: only from drafted, and the server
        alone decides (DraftStateError otherwise)."""
        if state not in self.TRANSITIONS.get(self.state, frozenset()):
            raise DraftStateError(self.ALREADY_DECIDED)
        self.state = state
        self.decided_at = at
        self.save(update_fields=["state", "decided_at"])


FIGURES = ["kind", "version", "similarity", "seconds_to_send", "first_response", "response_seconds"]


class Outcome(models.Model):
    """What became of a shown draft, or of a reply sent with none: one row per decision.

    Denormalised (team, topic, agent, version, time) so the dashboard aggregates one table.
    """

    class Kind(models.TextChoices):
        AS_IS = "as_is", "Sent as is"
        EDITED = "edited", "Sent after edits"
        DISCARDED = "discarded", "Discarded"
        IGNORED = "ignored", "Ignored (own reply)"
        NO_DRAFT = "no_draft", "Replied without a draft"

    class Reason(models.TextChoices):
        WRONG_TOPIC = "wrong_topic", "Wrong topic"
        WRONG_FACTS = "wrong_facts", "Wrong facts"
        TONE = "tone", "Tone"
        OTHER = "other", "Other"
        NEW_DRAFT = "new_draft", "Asked for a new draft"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    draft = models.OneToOneField(
        Draft, on_delete=models.CASCADE, null=True, blank=True, related_name="outcome"
    )
    reply = models.OneToOneField(
        "careteam.Message",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="draft_outcome",
    )
    thread = models.ForeignKey("careteam.Thread", on_delete=models.CASCADE, related_name="+")
    team = models.ForeignKey("careteam.Team", on_delete=models.PROTECT, related_name="+")
    topic = models.CharField(max_length=32)
    agent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    version = models.ForeignKey(
        ModelVersion, on_delete=models.PROTECT, null=True, blank=True, related_name="outcomes"
    )
    alternative = models.PositiveSmallIntegerField(default=0)  # 0: the draft, 1-3: alternatives
    similarity = models.FloatField(null=True, blank=True)  # draft vs sent text, 0..1
    diff = models.TextField(blank=True)  # word diff of the placeholder forms (no member details)
    reason = models.CharField(max_length=12, choices=Reason.choices, blank=True)
    decided_at = models.DateTimeField()
    seconds_to_send = models.FloatField(null=True, blank=True)  # draft first shown -> sent
    first_response = models.BooleanField(default=False)
    response_seconds = models.FloatField(null=True, blank=True)  # member message -> reply

    class Meta:
        # Covering indexes: the dashboard's aggregates read only the index (PostgreSQL).
        indexes = [
            models.Index(
                fields=["team", "decided_at"],
                include=[*FIGURES, "agent", "topic"],
                name="outcome_team_time_idx",
            ),
            models.Index(
                fields=["team", "agent", "decided_at"],
                include=[*FIGURES, "topic"],
                name="outcome_agent_idx",
            ),
            models.Index(
                fields=["team", "topic", "decided_at"],
                include=[*FIGURES, "agent"],
                name="outcome_topic_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="no_draft", draft__isnull=True)
                | (~Q(kind="no_draft") & Q(draft__isnull=False)),
                name="outcome_draft_unless_no_draft",
            ),
            models.CheckConstraint(
                condition=Q(similarity__isnull=True) | Q(similarity__gte=0.0, similarity__lte=1.0),
                name="outcome_similarity_range",
            ),
            models.CheckConstraint(
                condition=~Q(kind="discarded") | ~Q(reason=""), name="outcome_discard_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"Outcome {self.pk} {self.kind}"


class BlockedReply(models.Model):
    """A reply the team must never be offered again (whatever model version proposes it)."""

    key = models.CharField(max_length=2000, unique=True)  # engine.reply_key of the template
    template = models.TextField()
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    blocked_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.template[:60]


class OutcomeRollup(models.Model):
    """The dashboard's figures for one day or week, one team and one combination of topic, agent
    and model version, any of which may stand for "all" (NULL): every GROUP BY the dashboard
    needs, computed ahead by suggestions.rollups. Counts are exact; the histograms hold each
    median's values in buckets (suggestions.rollups says how wide)."""

    class Grain(models.TextChoices):
        DAY = "d", "Day"
        WEEK = "w", "Week (Monday to Sunday)"
        MONTH = "m", "Month"

    team = models.ForeignKey("careteam.Team", on_delete=models.CASCADE, related_name="+")
    grain = models.CharField(max_length=1, choices=Grain.choices)
    period = models.DateField()  # the day, the week's Monday or the month's first (local dates)
    level = models.PositiveSmallIntegerField()  # which of topic (1), agent (2), version (4) are set
    topic = models.CharField(max_length=32, null=True, blank=True)  # noqa: DJ001 (NULL: all)
    agent_id = models.BigIntegerField(null=True, blank=True)
    version_id = models.BigIntegerField(null=True, blank=True)  # 0: outcomes with no version
    as_is = models.PositiveIntegerField(default=0)
    edited = models.PositiveIntegerField(default=0)
    discarded = models.PositiveIntegerField(default=0)
    ignored = models.PositiveIntegerField(default=0)
    no_draft = models.PositiveIntegerField(default=0)
    # Levels 0 and 1 only: first attempts shown, and member messages (by their thread's topic
    # when the day was rolled up).
    drafts_shown = models.PositiveIntegerField(default=0)
    member_messages = models.PositiveIntegerField(default=0)
    # One histogram per median, packed (suggestions.rollups.Histogram.pack: the first bucket's
    # number, then the counts as uint32); one column each, so a query reads only the ones it
    # needs, and the page sums them as arrays.
    similarity = models.BinaryField(default=b"")
    to_send = models.BinaryField(default=b"")
    with_draft = models.BinaryField(default=b"")
    draft_not_used = models.BinaryField(default=b"")
    without_draft = models.BinaryField(default=b"")

    class Meta:
        indexes = [
            models.Index(fields=["team", "level", "grain", "period"], name="rollup_lookup_idx"),
        ]

    def __str__(self) -> str:
        return f"Rollup {self.grain} {self.period} level {self.level}"


class RollupState(models.Model):
    """One row: rollups hold every day before rolled_until; later days are read from outcomes.

    A change to an outcome of an earlier day moves rolled_until back to that day, so the
    dashboard never shows a stale rollup; the next rollup run brings it forward again.
    """

    rolled_until = models.DateField(null=True, blank=True)
    # The day rollups of rolled_until hold that day's figures before this moment (the open day,
    # suggestions.rollups.open_day_update); None, or another day: they are not read.
    open_until = models.DateTimeField(null=True, blank=True)
    changes = models.PositiveBigIntegerField(default=0)  # bumped by every such change

    def __str__(self) -> str:
        return f"rolled until {self.rolled_until}"


class TextScan(models.Model):
    """What the scan of one text found (suggestions.templating._detected: the offsets and kinds
    of the details its patterns and cues take out, never the text), filed under the text's keyed
    digest (templating.text_key), so training does not scan a member message or a sent reply
    again: made when the message arrives (drafting) and when the reply is sent, and by training
    for any text it finds none of the current TEMPLATING_VERSION for. The thread's own facts are
    not in it: training applies the facts it reads then (suggestions.scans)."""

    key = models.CharField(max_length=32, primary_key=True)  # text_key, in hexadecimal
    version = models.PositiveIntegerField()  # templating.TEMPLATING_VERSION
    found = models.TextField()  # scans.encoded

    def __str__(self) -> str:
        return self.key
