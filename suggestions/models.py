"""The model registry: every trained suggestion model is a version with a checksummed artifact.

It lives here, not in training, because serving (this app) must find and verify the active
version and may not import the app above it; training registers and promotes through
suggestions.api.
"""

from __future__ import annotations

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
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+",
    )  # fmt: skip
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


class Draft(models.Model):
    """A drafted reply to one member message. The system never sends it; an agent may."""

    message = models.OneToOneField(
        "careteam.Message", on_delete=models.CASCADE, related_name="draft"
    )
    thread = models.ForeignKey("careteam.Thread", on_delete=models.CASCADE, related_name="drafts")
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
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["thread", "-created_at"], name="draft_thread_idx")]

    def __str__(self) -> str:
        return f"Draft {self.pk}"


class BlockedReply(models.Model):
    """A reply the team must never be offered again (whatever model version proposes it)."""

    key = models.CharField(max_length=2000, unique=True)  # engine.reply_key of the template
    template = models.TextField()
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
        related_name="+",
    )  # fmt: skip
    blocked_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.template[:60]
