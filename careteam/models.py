"""The core domain: teams, staff, members, threads and their messages."""

from __future__ import annotations

import uuid
import zoneinfo
from collections.abc import Iterable
from datetime import time
from typing import Any

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q


def _validate_time_zone(value: str) -> None:
    from django.core.exceptions import ValidationError

    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"{value!r} is not an IANA time zone such as America/New_York.")


def _validate_weekdays(value: str) -> None:
    from django.core.exceptions import ValidationError

    if not value or any(day not in "1234567" for day in value):
        raise ValidationError("Write the working days as ISO weekday digits: 12345 is Mon-Fri.")


class Team(models.Model):
    """A care team: it owns a queue of member threads; staff see only their teams' threads.

    Response targets (careteam.sla) count only the team's business hours, in its time zone.
    """

    name = models.CharField(max_length=100, unique=True)
    time_zone = models.CharField(
        max_length=64, default="America/New_York", validators=[_validate_time_zone]
    )
    business_opens = models.TimeField(default=time(9, 0))
    business_closes = models.TimeField(default=time(17, 0))
    # ISO weekday digits the team works (1 = Monday ... 7 = Sunday).
    business_days = models.CharField(max_length=7, default="12345", validators=[_validate_weekdays])

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.business_closes <= self.business_opens:
            raise ValidationError({"business_closes": "Closing time must be after opening."})


class User(AbstractUser):
    """A staff user. What they may do comes from their role groups (see careteam.roles)."""

    teams = models.ManyToManyField(Team, related_name="staff", blank=True)
    # Single-key shortcuts (j, k, u, ...) can be turned off by the user (WCAG 2.1.4): they fire
    # by mistake for people who use speech input or a switch.
    keyboard_shortcuts = models.BooleanField(default=True)
    # Moved by careteam.access whenever what this user may do changes (roles, permissions, teams,
    # second-factor devices): a session keeps those answers only while it matches.
    access_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        permissions = [
            ("work_threads", "Can work member threads (read, reply, assign)"),
            ("view_dashboards", "Can see the acceptance dashboards"),
            ("run_training", "Can train, evaluate and promote suggestion models"),
            ("review_audit", "Can review and export the audit trail"),
        ]

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    def save(self, *args: Any, **kwargs: Any) -> None:
        # access_version only ever moves forward, by careteam.access's UPDATE: saving a user
        # loaded earlier (the admin's form) must not write its old value back over a change.
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "access_version"
            ]
        super().save(*args, **kwargs)


class MemberQuerySet(models.QuerySet["Member"]):
    def served_by(self, team_ids: Iterable[int]) -> MemberQuerySet:
        """The members enrolled with any of these teams (none for no teams)."""
        enrolled = Member.teams.through.objects.filter(team_id__in=list(team_ids))
        return self.filter(pk__in=enrolled.values("member_id"))


class Member(models.Model):
    """A plan member. `teams` are the care teams that serve them: a team's staff and its API
    clients reach only the members enrolled with it. Enrolment is an explicit act
    (`services.member_enrol`, `manage.py enrol_members`), never a side effect of a message
    or an import."""

    class Sex(models.TextChoices):
        FEMALE = "F", "Female"
        MALE = "M", "Male"
        UNKNOWN = "U", "Unknown"

    class Channel(models.TextChoices):
        APP = "app", "Member app"
        EMAIL = "email", "Email"
        SMS = "sms", "Text message"

    member_id = models.CharField("member id", max_length=32, unique=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    date_of_birth = models.DateField()
    sex = models.CharField(max_length=1, choices=Sex.choices)
    state = models.CharField(max_length=2)
    plan = models.CharField(max_length=100)
    contact_channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.APP)
    # The member's preferred language as an ISO 639-1 code ("en", "es"); "" when not known.
    language = models.CharField(max_length=8, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    teams = models.ManyToManyField(Team, related_name="members", blank=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["last_name", "first_name"])]

    def __str__(self) -> str:
        # Deliberately the id, not the name: str() ends up in logs and admin messages.
        return self.member_id

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Coverage(models.Model):
    """A span of a member's enrolment in a plan, as the plan's roster states it.

    `ends_on` is the last covered day (None while the coverage runs on); a termination sets it,
    a reinstatement clears it; an end before the start is a coverage cancelled before it began.
    `starts_on` is None only for a coverage that a roster ended before any roster said when it
    began. Written by `careteam.roster` imports only.
    """

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="coverages")
    plan = models.CharField(max_length=100)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["member", "plan", "starts_on"],
                name="coverage_member_plan_start_uniq",
            ),
        ]

    def __str__(self) -> str:
        return f"Coverage {self.pk}"


class ThreadQuerySet(models.QuerySet["Thread"]):
    def open(self) -> ThreadQuerySet:
        return self.exclude(status=Thread.Status.CLOSED)

    def assigned_to(self, user: User) -> ThreadQuerySet:
        return self.filter(assignee=user)

    def unassigned(self) -> ThreadQuerySet:
        return self.filter(assignee__isnull=True)


class Thread(models.Model):
    class Topic(models.TextChoices):
        # The questions a health plan's member services get, by family.
        DEDUCTIBLE = "deductible", "Deductible"
        COPAY_COINSURANCE = "copay_coinsurance", "Copay and coinsurance"
        OUT_OF_POCKET_MAX = "out_of_pocket_max", "Out-of-pocket maximum"
        EOB_QUESTION = "eob_question", "Reading an EOB"
        DENIED_CLAIM = "denied_claim", "Denied claim"
        PRIOR_AUTHORIZATION = "prior_authorization", "Prior authorization"
        OUT_OF_NETWORK = "out_of_network", "Network and providers"
        BALANCE_BILL = "balance_bill", "Balance bill, No Surprises Act"
        AMBULANCE = "ambulance", "Ambulance"
        EMERGENCY_CARE = "emergency_care", "Emergency care billing"
        DUPLICATE_CHARGE = "duplicate_charge", "Duplicate or incorrect bill"
        ITEMIZED_BILL = "itemized_bill", "Itemized bill"
        PAYMENT_PLAN = "payment_plan", "Payment plan"
        COLLECTIONS = "collections", "Collections"
        FINANCIAL_ASSISTANCE = "financial_assistance", "Financial assistance"
        APPEAL = "appeal", "Appeals and external review"
        COORDINATION_OF_BENEFITS = "coordination_of_benefits", "Coordination of benefits"
        ELIGIBILITY = "eligibility", "Dependants and eligibility"
        ID_CARD = "id_card", "ID card"
        PHARMACY = "pharmacy", "Pharmacy and formulary"
        HSA_FSA = "hsa_fsa", "HSA and FSA"
        PREMIUMS = "premiums", "Premiums and grace periods"
        CONTACT_CHANGE = "contact_change", "Address and contact changes"
        COMPLAINT = "complaint", "Complaint"
        THANKS_FOLLOWUP = "thanks_followup", "Thanks and follow-ups"
        OTHER = "other", "Other"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        WAITING = "waiting", "Waiting on member"
        CLOSED = "closed", "Closed"

    class Triage(models.TextChoices):
        # What safety triage (careteam.triage) found in a member's message; "" is nothing.
        EMERGENCY = "emergency", "Possible medical emergency"
        SELF_HARM = "self_harm", "Possible suicide or self-harm risk"
        VIOLENCE = "violence", "Threat of violence"
        ABUSE = "abuse", "Possible abuse or neglect"

    class Priority(models.IntegerChoices):
        LOW = 0, "Low"
        NORMAL = 1, "Normal"
        HIGH = 2, "High"
        URGENT = 3, "Urgent"

    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="threads")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="threads")
    subject = models.CharField(max_length=200)
    topic = models.CharField(max_length=32, choices=Topic.choices, default=Topic.OTHER)
    # How sure the topic classifier was (0-1); null when a person or the member's app set it.
    topic_confidence = models.FloatField(null=True, blank=True)
    # An agent (or the member's app) chose the topic: the classifier leaves it alone.
    topic_set_by_person = models.BooleanField(default=False)
    # The language the member writes in (ISO 639-1, "en", "es"), detected from their messages.
    language = models.CharField(max_length=8, blank=True, default="")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    assignee = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="assigned_threads"
    )
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    # The kind of danger the latest alarming member message showed ("" when none did): the
    # thread page shows the plan's protocol for it.
    triage_kind = models.CharField(max_length=16, choices=Triage.choices, blank=True, default="")
    # A person saw the alarm and is acting on it (one click on the thread page); cleared when a
    # new alarming member message arrives, since that is a new alarm.
    triage_acknowledged_at = models.DateTimeField(null=True, blank=True)
    triage_acknowledged_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    last_message_at = models.DateTimeField()
    last_member_message_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    due_by = models.DateTimeField(null=True, blank=True)
    # The due_by that the service-level escalation already acted on: escalating is a
    # conditional update on this marker, so each due time is escalated once (careteam.sla).
    escalated_due_by = models.DateTimeField(null=True, blank=True)
    # Since when the thread has waited in its team's queue for an agent (routing orders the
    # queue by priority, then this); only meaningful while the thread is open and unassigned.
    queued_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    message_count = models.PositiveIntegerField(default=0)
    # The thread's id in the system its history was imported from ("zendesk:3011"), else "".
    external_ref = models.CharField(max_length=120, blank=True, default="")

    objects = ThreadQuerySet.as_manager()

    class Meta:
        # The inbox orders by priority, then latest activity: these match that order, for all
        # threads and (partial) for the small set that is not closed.
        indexes = [
            models.Index(
                fields=["team", "-priority", "-last_message_at", "-id"], name="thread_inbox_idx"
            ),
            models.Index(
                fields=["team", "-priority", "-last_message_at", "-id"],
                condition=~Q(status="closed"),
                name="thread_open_inbox_idx",
            ),
            models.Index(
                fields=["assignee", "-priority", "-last_message_at", "-id"],
                condition=~Q(status="closed"),
                name="thread_mine_idx",
            ),
            models.Index(fields=["member", "status"], name="thread_member_idx"),
            # The team queues: open threads waiting for an agent, by priority and age.
            # Topic and language ride along so the queue health page counts from the index.
            models.Index(
                fields=["team", "-priority", "queued_at", "id"],
                include=["topic", "language"],
                condition=Q(assignee__isnull=True) & ~Q(status="closed"),
                name="thread_queue_idx",
            ),
            # The queue health page's counts by topic, priority and language: an index-only scan
            # of this narrow index reads the waiting threads in group order (no heap, no sort),
            # about a fifth of the pages of a scan of the table (bench/routing.py).
            models.Index(
                fields=["team", "topic", "priority", "language"],
                include=["queued_at"],
                condition=Q(assignee__isnull=True) & ~Q(status="closed"),
                name="thread_queue_groups_idx",
            ),
            # Open threads coming due: the escalation and the queue health's overdue count.
            models.Index(
                fields=["team", "due_by"],
                condition=Q(due_by__isnull=False) & ~Q(status="closed"),
                name="thread_due_idx",
            ),
            # The inbox tabs' counts (selectors.inbox_counts): an index-only scan of the open
            # threads' assignees instead of a heap visit per open thread (3,000 at the bench's
            # 100,000 threads: 2.2 ms, now 0.4 ms).
            models.Index(
                fields=["team", "assignee"],
                condition=~Q(status="closed"),
                name="thread_open_counts_idx",
            ),
        ]
        constraints = [
            # A member has at most one thread that is not closed per team: new messages append.
            models.UniqueConstraint(
                fields=["team", "member"],
                condition=~Q(status="closed"),
                name="one_unclosed_thread_per_member_and_team",
            ),
            models.UniqueConstraint(
                fields=["team", "external_ref"],
                condition=~Q(external_ref=""),
                name="one_thread_per_external_ref",
            ),
            models.CheckConstraint(
                condition=Q(status="closed", closed_at__isnull=False)
                | (~Q(status="closed") & Q(closed_at__isnull=True)),
                name="closed_at_set_only_when_closed",
            ),
        ]

    def __str__(self) -> str:
        return f"Thread {self.pk}"

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED


class ApiClient(models.Model):
    """A system (such as the member-facing app) allowed to post member messages.

    Only a hash of the token is stored; the token itself is shown once, when it is created.
    """

    name = models.CharField(max_length=100, unique=True)
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="api_clients")
    token_prefix = models.CharField(max_length=12, unique=True)
    token_hash = models.CharField(max_length=64)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Message(models.Model):
    class Direction(models.TextChoices):
        INBOUND = "inbound", "From member"
        OUTBOUND = "outbound", "To member"
        NOTE = "note", "Internal note"

    class Delivery(models.TextChoices):
        NOT_APPLICABLE = "n/a", "Not applicable"
        PENDING = "pending", "Sending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Delivery failed"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=10, choices=Direction.choices)
    author = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, blank=True, related_name="messages"
    )
    text = models.TextField()
    created_at = models.DateTimeField(db_index=True)
    delivery_status = models.CharField(
        max_length=10, choices=Delivery.choices, default=Delivery.NOT_APPLICABLE
    )
    delivered_at = models.DateTimeField(null=True, blank=True)
    delivery_attempts = models.PositiveSmallIntegerField(default=0)
    delivery_error = models.CharField(max_length=200, blank=True)
    # Inbound only: which client posted it and the key that makes a retried POST harmless.
    api_client = models.ForeignKey(
        ApiClient, on_delete=models.PROTECT, null=True, blank=True, related_name="messages"
    )
    # NULL (not ""), so staff messages stay outside the unique (client, key) constraint.
    idempotency_key = models.CharField(max_length=100, null=True, blank=True)  # noqa: DJ001
    request_fingerprint = models.CharField(max_length=64, blank=True)
    # Staff replies: the composer's one-time token, so a double click or a retried POST of the
    # same composer stores (and delivers) one reply.
    send_token = models.UUIDField(null=True, blank=True, editable=False)
    # The message's id in the system its history was imported from, else "".
    external_ref = models.CharField(max_length=120, blank=True, default="")
    # Inbound only: what safety triage found ("" nothing), and the phrases that showed it, for
    # the agent (member data: shown on the thread page, never logged or put in an audit row).
    triage_kind = models.CharField(
        max_length=16, choices=Thread.Triage.choices, blank=True, default=""
    )
    triage_reasons = models.JSONField(default=list, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["thread", "created_at"], name="message_thread_time_idx"),
            # Member messages per period (the acceptance dashboard's denominator).
            models.Index(
                fields=["created_at"],
                include=["thread"],
                condition=Q(direction="inbound"),
                name="message_inbound_time_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["api_client", "idempotency_key"], name="one_message_per_idempotency_key"
            ),
            models.UniqueConstraint(
                fields=["author", "send_token"], name="one_message_per_send_token"
            ),
            models.UniqueConstraint(
                fields=["thread", "external_ref"],
                condition=~Q(external_ref=""),
                name="one_message_per_external_ref",
            ),
            models.CheckConstraint(
                condition=Q(direction="inbound", author__isnull=True)
                | (~Q(direction="inbound") & Q(author__isnull=False)),
                name="staff_messages_have_an_author",
            ),
        ]

    def __str__(self) -> str:
        return f"Message {self.pk}"


AUDIT_ACTION_MAX_LENGTH = 32


class AuditEvent(models.Model):
    """Who looked at or changed which member's data, and when. Rows are only ever added.

    `action` is a name an app registered (careteam.audit.audit_actions_register); careteam's own
    are Action below, the other apps' live in those apps.
    """

    class Action(models.TextChoices):
        VIEW_THREAD = "view_thread", "Viewed a thread"
        VIEW_INBOX = "view_inbox", "Viewed an inbox listing"
        SEARCH = "search", "Searched threads"
        REPLY = "reply", "Sent a reply"
        NOTE = "note", "Added an internal note"
        UPDATE_THREAD = "update_thread", "Changed a thread"
        DENIED = "denied", "Was refused access"
        API_INBOUND = "api_inbound", "Member message received"
        REVIEW_AUDIT = "review_audit", "Reviewed the audit trail"
        EXPORT_AUDIT = "export_audit", "Exported the audit trail"
        IMPORT_HISTORY = "import_history", "Imported past conversations"
        IMPORT_ROSTER = "import_roster", "Imported a member roster"
        TRIAGE_URGENT = "triage_urgent", "Member message triaged as urgent"
        TRIAGE_ACKNOWLEDGED = "triage_acknowledged", "Acknowledged a safety alert"
        ALERTS_READ = "alerts_read", "Marked safety alerts or escalation notices read"
        ROUTE_THREAD = "route_thread", "Assigned a thread by routing"
        ESCALATE_THREAD = "escalate_thread", "Escalated a thread nearing its response target"
        SET_AVAILABILITY = "set_availability", "Changed an agent's availability"

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    # No index of their own: audit_actor_idx and audit_member_idx lead with them and serve every
    # lookup by either (and the checks PROTECT makes); a listing writes a row per member shown,
    # so each index less is 25 fewer index entries written per inbox view.
    actor = models.ForeignKey(
        User,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="audit_events",
        db_index=False,
    )
    member = models.ForeignKey(
        Member,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="audit_events",
        db_index=False,
    )
    action = models.CharField(max_length=AUDIT_ACTION_MAX_LENGTH)
    object_type = models.CharField(max_length=50, blank=True)
    object_id = models.CharField(max_length=50, blank=True)
    detail = models.CharField(max_length=200, blank=True)
    request_id = models.CharField(max_length=64, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["member", "at"], name="audit_member_idx"),
            models.Index(fields=["actor", "at"], name="audit_actor_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_id} at {self.at:%Y-%m-%d %H:%M}"


class Job(models.Model):
    """A unit of background work, written in the same transaction as the data it is about.

    The transactional outbox: a relay publishes due jobs to Celery and re-publishes any whose
    lease ran out, so work survives a broker restart or a killed worker. `key` makes enqueueing
    idempotent; handlers are idempotent too, since a job can run more than once.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be published"
        PUBLISHED = "published", "Published to the broker"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Gave up"

    name = models.CharField(max_length=64)
    key = models.CharField(max_length=200, unique=True)
    args = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    available_at = models.DateTimeField()
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "available_at"], name="job_due_idx"),
            models.Index(fields=["status", "lease_until"], name="job_lease_idx"),
        ]

    def __str__(self) -> str:
        return f"Job {self.pk} {self.name}"


class SupervisorAlert(models.Model):
    """A supervisor is told that a member message was triaged as urgent; shown on their pages
    until they open the thread or dismiss it. One per message and supervisor."""

    supervisor = models.ForeignKey(User, on_delete=models.CASCADE, related_name="alerts")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="alerts")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=16, choices=Thread.Triage.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    seen_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["supervisor", "-created_at"],
                condition=Q(seen_at__isnull=True),
                name="alert_unseen_idx",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["message", "supervisor"], name="one_alert_per_message_and_supervisor"
            ),
        ]

    def __str__(self) -> str:
        return f"Alert {self.pk} on thread {self.thread_id}"


class AgentProfile(models.Model):
    """What routing knows of an agent: what they handle, how much, and whether they are in.

    Empty `skills` means any topic and empty `licensed_states` any state; `languages` are ISO
    639-1 codes, and a thread whose language is not known goes to any agent.
    """

    class Availability(models.TextChoices):
        AVAILABLE = "available", "Available"
        AWAY = "away", "Away"
        OFFLINE = "offline", "Offline"

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="agent_profile")
    skills = models.JSONField(default=list, blank=True)
    languages = models.JSONField(default=list, blank=True)
    licensed_states = models.JSONField(default=list, blank=True)
    capacity = models.PositiveSmallIntegerField(default=8)
    availability = models.CharField(
        max_length=10, choices=Availability.choices, default=Availability.OFFLINE
    )
    availability_changed_at = models.DateTimeField(null=True, blank=True)
    # Routing breaks ties by the longest idle: the agent assigned least recently goes first.
    last_assigned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["availability"], name="agent_availability_idx")]

    def __str__(self) -> str:
        return f"Agent profile {self.user_id}"

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        topics = set(Thread.Topic.values)
        problems = {}
        if not isinstance(self.skills, list) or not set(self.skills) <= topics:
            problems["skills"] = "Skills are a list of thread topics."
        if not isinstance(self.languages, list) or any(
            not isinstance(code, str) or len(code) != 2 for code in self.languages
        ):
            problems["languages"] = "Languages are a list of two-letter ISO codes, e.g. en, es."
        if not isinstance(self.licensed_states, list) or any(
            not isinstance(state, str) or len(state) != 2 for state in self.licensed_states
        ):
            problems["licensed_states"] = "States are a list of two-letter codes, e.g. CA, TX."
        if problems:
            raise ValidationError(problems)

    def handles(self, *, topic: str, language: str, state: str) -> bool:
        """Whether this agent has the skill, language and licence a thread needs."""
        return agent_handles(
            skills=self.skills,
            languages=self.languages,
            licensed_states=self.licensed_states,
            topic=topic,
            language=language,
            state=state,
        )


def agent_handles(
    *,
    skills: list[str],
    languages: list[str],
    licensed_states: list[str],
    topic: str,
    language: str,
    state: str,
) -> bool:
    """AgentProfile.handles on plain values (routing reads profiles as rows, not models)."""
    return (
        (not skills or topic in skills)
        and (not language or language in (languages or ["en"]))
        and (not licensed_states or state in licensed_states)
    )


class ResponseRecord(models.Model):
    """One agent reply that answered waiting member messages: how long the member waited and
    whether the reply came after its target. Written with the reply (careteam.services)."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="responses")
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="responses")
    responded_at = models.DateTimeField()
    waited_seconds = models.PositiveIntegerField()
    first_response = models.BooleanField()
    due_by = models.DateTimeField(null=True, blank=True)
    breached = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(
                fields=["team", "responded_at"],
                include=["waited_seconds", "breached"],
                name="response_team_time_idx",
            )
        ]

    def __str__(self) -> str:
        return f"Response {self.pk}"


class SupervisorNotice(models.Model):
    """Something a team's supervisors must act on, shown on the queue health page until read.
    The text carries ids and times only, never member data."""

    class Kind(models.TextChoices):
        SLA_ESCALATION = "sla_escalation", "Response target nearly due"

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="notices")
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="notices"
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    text = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["team", "-created_at"], name="notice_team_idx")]

    def __str__(self) -> str:
        return f"Notice {self.pk}"
