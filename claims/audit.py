"""The audit actions claims performs (registered with careteam's audit trail in apps.py).

The values are those of the rows already written.
"""

from django.db import models


class AuditAction(models.TextChoices):
    VIEW_CLAIMS = "view_claims", "Viewed claims"
    IMPORT_CLAIMS = "import_claims", "Imported a claims file"
    DECIDE_FLAG = "decide_flag", "Resolved or dismissed a claim flag"
