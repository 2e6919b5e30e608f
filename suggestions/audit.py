"""The audit actions suggestions performs (registered with careteam's audit trail in apps.py).

Drafts shown and discarded are recorded under careteam's thread actions (careteam.api.AuditAction).
"""

from django.db import models


class AuditAction(models.TextChoices):
    MODEL_CHANGE = "model_change", "Trained, promoted or rolled back a model"
